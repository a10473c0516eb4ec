// Builds funnel-planner.html: the whole app in one file that opens from file:// with no server
// and no network. Run by Trunk as a post-build hook (Trunk.toml), on its staging directory;
// `node scripts/lib/standalone.mjs [dir]` runs it by hand on dist/. No dependencies.
//
// The file holds, in document order: one <style id="fp-style"> with every stylesheet (those
// fetched after the first paint too), an empty
// <script type="application/json" id="fp-preload"> (filled by "Download as a file"), the module
// <script type="module" id="fp-main"> (wasm-bindgen's glue wrapped in a function, then Trunk's
// loader fed with the decoded bytes), and <script type="application/octet-stream" id="fp-wasm">
// with the wasm parts (the main module and the chunks scripts/lib/split.mjs cut out of it, in
// one container: a little-endian u32 header length, a JSON header of [name, length] pairs, the
// bytes) deflated (raw DEFLATE, level 9) and then in base64: the file is an e-mail
// attachment, and deflating first makes it less than half the size (DecompressionStream
// inflates it in every current browser, from file:// too). No eval, no blob: or data: script: every script is inline and can be
// hashed for a Content-Security-Policy. The module also knows the file's skeleton, so
// `window.fpStandalone.source()` rebuilds this exact pristine file from the three elements'
// texts (never from the live DOM), which is how a standalone file can save a copy of itself.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { deflateRawSync, constants } from 'node:zlib';
import path from 'node:path';

const OUTPUT = 'funnel-planner.html';
const dir = process.argv[2] || process.env.TRUNK_STAGING_DIR || 'dist';
const fail = (message) => {
  console.error(`standalone: ${message}`);
  process.exit(1);
};
const read = (name) => readFileSync(path.join(dir, name), 'utf8').replace(/\r\n?/g, '\n');
const once = (text, regex, what) => {
  const all = [...text.matchAll(new RegExp(regex.source, `${regex.flags.replace('g', '')}g`))];
  if (all.length !== 1) fail(`expected one ${what} in ${dir}/index.html, found ${all.length}`);
  return all[0];
};
/** Content that cannot end its raw-text element early or switch the HTML parser's state. */
const rawText = (text, tag, what) => {
  if (new RegExp(`</${tag}|<!--`, 'i').test(text)) fail(`${what} contains </${tag} or <!--`);
  return text;
};

// The served page's Content-Security-Policy hashes its own loader, not this file's scripts.
let html = read('index.html').replace(/\s*<meta http-equiv="Content-Security-Policy"[^>]*>/g, '');

// Styles: every stylesheet link becomes part of one <style>, at the first link's place.
const links = [...html.matchAll(/<link rel="stylesheet" href="\.\/([^"]+)"[^>]*>\n?/g)];
if (links.length === 0) fail('no stylesheet in index.html');
// The styles the served app fetches after its first paint (bundle-css.mjs) are in the file
// too, after the others as there: no meta tag, so the app has nothing to fetch.
const laterMeta = once(html, /\s*<meta name="fp-later-styles" content="\.\/([^"]+)"[^>]*>/, 'later styles meta');
html = html.replace(laterMeta[0], '');
const css = [...links.map((m) => m[1]), laterMeta[1]].map((f) => rawText(read(f), 'style', f).trimEnd()).join('\n');
links.forEach((m, i) => {
  html = html.replace(m[0], i === 0 ? '<style id="fp-style">\u0000STYLE</style>\n    ' : '');
});

// Preload hints point at files the standalone page does not have.
html = html.replace(/<link rel="(?:modulepreload|preload)"[^>]*>/g, '');
// The Intl warm-up only helps while a wasm downloads; here the bytes are already in the page.
html = html
  .replace(/\s*<!-- Inline \(hashed by the CSP[\s\S]*?-->/, '')
  .replace(/\s*<script type="module" id="fp-intl-warm">[\s\S]*?<\/script>/, '')
  // The prerendered first screen is the served page's (scripts/lib/prerender.mjs runs after this).
  .replace(/\s*<!-- The first screen before the WebAssembly[\s\S]*?-->/, '')
  .replace(/\s*<script id="fp-first-screen">[\s\S]*?<\/script>/, '');
// `trunk serve` appends a live-reload script that would open a WebSocket.
html = html.replace(/<script>(?:(?!<\/script>)[\s\S])*WebSocket[\s\S]*?<\/script>/g, '');

// The loader: Trunk's module script, with its import replaced by the inlined glue.
const loader = once(html, /<script type="module">([\s\S]*?)<\/script>/, 'module script');
const imported = once(loader[1], /import init, \* as bindings from '\.\/([^']+\.js)';/, 'glue import');
once(loader[1], /init\(\{ module_or_path: '\.\/[^']+\.wasm' \}\)/, 'wasm path');
const wasmFile = loader[1].match(/module_or_path: '\.\/([^']+\.wasm)'/)[1];
const partsDir = path.dirname(wasmFile);
// The split runtime (__wasm_split.js, next to the glue): its chunk fetches read the container.
const split = splitRuntime(read(path.join(path.dirname(imported[1]), '__wasm_split.js')));
const glue = read(imported[1]).replace(/^import \* as (\w+) from "\.\/__wasm_split\.js";?$/gm, 'const $1 = fpSplit;');
if (/^\s*import\b/m.test(glue)) fail('the glue imports other modules (snippets are not supported)');
const names = [];
let body = glue.replace(/^export (function|class|const|let) ([A-Za-z_$][\w$]*)/gm, (_, kind, name) => {
  names.push(name);
  return `${kind} ${name}`;
});
const exportList = once(body, /^export \{([^}]*)\};?\s*$/m, 'export list in the glue');
body = body.replace(exportList[0], '');
for (const item of exportList[1].split(',').map((s) => s.trim()).filter(Boolean)) {
  const [local, , alias] = item.split(/\s+/);
  names.push(alias ? `${alias}: ${local}` : local);
}
if (!names.some((n) => n.startsWith('default:'))) fail('the glue has no default export (init)');

const partNames = readdirSync(path.join(dir, partsDir)).filter((n) => n.endsWith('.wasm')).sort();
const partBytes = partNames.map((n) => readFileSync(path.join(dir, partsDir, n)));
const header = Buffer.from(JSON.stringify(partNames.map((n, i) => [n, partBytes[i].length])));
const headerLength = Buffer.alloc(4);
headerLength.writeUInt32LE(header.length);
const container = Buffer.concat([headerLength, header, ...partBytes]);
const wasm = deflateRawSync(container, { level: constants.Z_BEST_COMPRESSION }).toString('base64');
const main = rawText(
  [
    '// The wasm parts, inflated once: name → bytes.',
    'const fpParts = (() => {',
    '  let parts;',
    '  return () => (parts ??= (async () => {',
    "    const text = atob(fpText('fp-wasm'));",
    '    const bytes = new Uint8Array(text.length);',
    '    for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);',
    "    const inflated = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate-raw'));",
    '    const all = new Uint8Array(await new Response(inflated).arrayBuffer());',
    '    const headerLength = new DataView(all.buffer).getUint32(0, true);',
    '    const map = new Map();',
    '    let at = 4 + headerLength;',
    '    for (const [name, length] of JSON.parse(new TextDecoder().decode(all.subarray(4, at)))) {',
    '      map.set(name, all.slice(at, at + length));',
    '      at += length;',
    '    }',
    '    return map;',
    '  })());',
    '})();',
    "const fpPart = async (name) => new Response((await fpParts()).get(name), { headers: { 'Content-Type': 'application/wasm' } });",
    '// The split runtime, inlined: it loads the chunks from the parts above.',
    `const fpSplit = (() => {\n${split.body.trim()}\nreturn { ${split.names.join(', ')} };\n})();`,
    '// wasm-bindgen glue, inlined: its exports are the properties of fpGlue.',
    `const fpGlue = Object.freeze((() => {\n${body.trim()}\nreturn { ${names.join(', ')} };\n})());`,
    '// This file rebuilt from its own parts: shell pieces around the texts of these elements.',
    'const fpShell = __FP_SHELL__;',
    "const fpSlots = ['fp-style', 'fp-main', 'fp-wasm'];",
    'const fpText = (id) => document.getElementById(id).textContent;',
    "const fpSource = () => fpShell.map((piece, i) => piece + (i < fpSlots.length ? fpText(fpSlots[i]) : '')).join('');",
    'window.fpStandalone = Object.freeze({ source: fpSource });',
    'const init = fpGlue.default, bindings = fpGlue;',
    loader[1]
      .replace(imported[0], '')
      .replace(/init\(\{ module_or_path: '\.\/[^']+\.wasm' \}\)/, `init({ module_or_path: (await fpParts()).get('${path.basename(wasmFile)}') })`)
      .trim(),
  ].join('\n'),
  'script',
  'the module script',
);
html = html.replace(
  loader[0],
  '<script type="application/json" id="fp-preload"></script>\n' +
    '<script type="module" id="fp-main">\u0000MAIN</script>',
);
html = html.replace(/<\/body>/, '<script type="application/octet-stream" id="fp-wasm">\u0000WASM</script>\n</body>');
html = html.replace(/\n\s*\n/g, '\n');
for (const attr of html.matchAll(/\s(?:href|src)="(?!data:|#)([^"]*)"/g)) {
  fail(`a reference to another file is left: ${attr[1]}`);
}

// The skeleton split at the three slots, in document order (style, main, wasm).
const pieces = html.split(/\u0000(?:STYLE|MAIN|WASM)/);
const order = [...html.matchAll(/\u0000(STYLE|MAIN|WASM)/g)].map((m) => m[1]).join(',');
if (order !== 'STYLE,MAIN,WASM') fail(`unexpected slot order ${order}`);
const mainText = main.replace('__FP_SHELL__', () => jsonForScript(pieces));
const out = pieces[0] + css + pieces[1] + mainText + pieces[2] + wasm + pieces[3];
writeFileSync(path.join(dir, OUTPUT), out);
console.log(`standalone: wrote ${path.join(dir, OUTPUT)} (${Buffer.byteLength(out)} bytes)`);

/** JSON that is safe inside a <script>: no `<` at all, so no `</script>` and no `<!--`. */
function jsonForScript(value) {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

/** __wasm_split.js as a function body: `initSync` from the inlined glue (called only when a
 *  chunk loads, after the glue is defined), each chunk fetched from the inlined parts. */
function splitRuntime(text) {
  const names = [];
  let body = text.replace(/^import \{ initSync \} from "\.\/main\.js";?$/m, '');
  if (body === text) fail('__wasm_split.js: no initSync import from ./main.js');
  body = body.replace(/\binitSync\(/g, 'fpGlue.initSync(');
  const fetches = [...body.matchAll(/fetch\(new URL\("\.\/([\w.-]+\.wasm)", import\.meta\.url\)\)/g)];
  if (fetches.length === 0) fail('__wasm_split.js: no chunk fetch');
  body = body.replace(/fetch\(new URL\("\.\/([\w.-]+\.wasm)", import\.meta\.url\)\)/g, 'fpPart("$1")');
  if (/import\.meta|^\s*import\b/m.test(body)) fail('__wasm_split.js: an import or import.meta is left');
  body = body.replace(/^export const (\w+)/gm, (_, name) => {
    names.push(name);
    return `const ${name}`;
  });
  return { body, names };
}
