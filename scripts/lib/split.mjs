// Builds the app's main module split in parts (README "Where the bytes go"): the tab panels
// are split points (src/app/lazy_split.rs, cargo feature `split`), which wasm_split_cli cuts
// out of the main wasm into chunks the app fetches after its first paint. Trunk cannot split
// (trunk-rs/trunk#1022), so this is the first post-build hook (Trunk.toml) and does for the
// app what Trunk's `rel="rust"` link did: cargo build → wasm_split_cli → wasm-bindgen
// (--keep-lld-exports: the chunks import the main module's table, memory and functions) →
// the main module's import names shortened (short_imports.mjs) → wasm-opt on every part, then the parts in `app-<hash>/` of the staging directory, and in
// index.html Trunk's preload hints and loader script, pointed at them. The directory's name is
// a hash of every part, so the names inside it (which the parts use to find each other) stay
// fixed. Run by Trunk with TRUNK_STAGING_DIR and TRUNK_PROFILE set, or by hand:
// `node scripts/lib/split.mjs [dir]` (a release build into dist/).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import path from 'node:path';
import { shortenExports, shortenImports } from './short_imports.mjs';
import { patchRuntime } from './split_runtime.mjs';
import { stackLayout } from './stack_first.mjs';

const dir = process.env.TRUNK_STAGING_DIR || process.argv[2] || 'dist';
const release = process.env.TRUNK_PROFILE !== 'debug';
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
// CARGO_TARGET_DIR: scripts/measure builds a baseline from a copy with the same target folder.
const target = process.env.CARGO_TARGET_DIR || path.join(root, 'target');
const work = path.join(target, 'split');
// The flags index.html gave Trunk's wasm-opt for the worker: the features rustc's wasm32
// target emits, which binaryen must be told about.
// Plus, for the app's parts, `--low-memory-unused`: sound because the stack lies below the
// data (checked on the linked module below, scripts/lib/stack_first.mjs); and the tools'
// `producers` and `target_features` sections left out (no browser reads them; 0.48 KB brotli
// of the main module, README "Where the bytes go").
const WASM_OPT = ['-Oz', '--converge', '--enable-bulk-memory', '--enable-nontrapping-float-to-int',
  '--enable-sign-ext', '--enable-mutable-globals', '--enable-reference-types', '--enable-multivalue',
  '--low-memory-unused', '--strip-producers', '--strip-target-features',
  // FP_WASM_NAMES=1 keeps the function names, for CPU profiles only (never a shipped build).
  ...(process.env.FP_WASM_NAMES ? ['-g'] : [])];
const fail = (message) => {
  console.error(`split: ${message}`);
  process.exit(1);
};
const run = (cmd, args, options = {}) => {
  try {
    execFileSync(cmd, args, { stdio: ['ignore', 'inherit', 'inherit'], cwd: root, ...options });
  } catch (e) {
    fail(`${cmd} ${args.join(' ')} failed${e.code === 'ENOENT' ? ' (not installed: run scripts/setup)' : ''}`);
  }
};

// 1. The app with its split points, linked with relocations (wasm_split_cli reads them to
//    find every function and data reference it must move or rewire). `cargo rustc` gives the
//    link argument to the bin alone: the dependencies keep the builds Trunk's worker shares.
//    A release build also compiles the standard library with the app (`-Z build-std`, from
//    rustup's rust-src) with `-C panic=immediate-abort`: a panic is a bare trap, so no panic
//    message, file name or formatting code is shipped (README "Panics in the release build";
//    the page's own handler shows the crash panel). These are unstable options of the stable
//    compiler, enabled for this one build with RUSTC_BOOTSTRAP=1, and built in a target folder
//    of their own so the worker's and the tests' builds keep theirs.
const profileDir = release ? 'release' : 'debug';
const buildDir = release ? path.join(target, 'std-abort') : target;
const stdFlags = release ? ['-Z', 'build-std=std,panic_abort'] : [];
const env = release ? {
  ...process.env,
  CARGO_TARGET_DIR: buildDir,
  RUSTC_BOOTSTRAP: '1',
  RUSTFLAGS: `${process.env.RUSTFLAGS || ''} -Zunstable-options -Cpanic=immediate-abort`.trim(),
} : process.env;
run('cargo', ['rustc', ...(release ? ['--release'] : []), '--target', 'wasm32-unknown-unknown',
  '--bin', 'funnel-planner', '--features', 'split', ...stdFlags, '--', '-C', 'link-arg=--emit-relocs'], { env });
const input = path.join(buildDir, 'wasm32-unknown-unknown', profileDir, 'funnel-planner.wasm');
{
  const layout = stackLayout(readFileSync(input));
  if (!layout.stackFirst) {
    fail(`the stack (top ${layout.stackTop}) is not below the data (from ${layout.dataStart}): --low-memory-unused would be unsound`);
  }
}

// 2. Split, 3. bind the main part. The chunks need no binding: they import only the main
//    module's exports, through the __wasm_split.js the CLI writes.
rmSync(work, { recursive: true, force: true });
run('wasm-split-cli', [input, path.join(work, 'raw')]);
run('wasm-bindgen', [path.join(work, 'raw', 'main.wasm'), '--out-dir', path.join(work, 'out'),
  '--target', 'web', '--keep-lld-exports', '--no-typescript']);
for (const name of readdirSync(path.join(work, 'raw'))) {
  if (name !== 'main.wasm') copyFileSync(path.join(work, 'raw', name), path.join(work, 'out', name));
}
// The split runtime, with a fallback for parts served with the wrong type and the later
// styles loaded with the parts that draw them (scripts/lib/split_runtime.mjs).
const runtimeFile = path.join(work, 'out', '__wasm_split.js');
let runtime;
try {
  runtime = patchRuntime(readFileSync(runtimeFile, 'utf8'));
} catch (e) {
  fail(`__wasm_split.js: ${e.message}`);
}
writeFileSync(runtimeFile, runtime);

// 4. wasm-opt every part (release only, as Trunk does), then name the directory by the hash.
const out = path.join(work, 'out');
const parts = readdirSync(out).sort();
if (!parts.includes('main.js') || !parts.includes('main_bg.wasm') || !parts.includes('__wasm_split.js')) {
  fail(`unexpected output: ${parts.join(', ')}`);
}
// Shorter import names, and closure shims' export names, in the main module and its glue
// (scripts/lib/short_imports.mjs).
{
  const wasmFile = path.join(out, 'main_bg.wasm');
  const glueFile = path.join(out, 'main.js');
  let shortened;
  try {
    const imports = shortenImports(readFileSync(wasmFile), readFileSync(glueFile, 'utf8'), './main_bg.js');
    shortened = shortenExports(imports.wasm, imports.glue);
  } catch (e) {
    fail(`shortening the import and export names: ${e.message}`);
  }
  writeFileSync(wasmFile, shortened.wasm);
  writeFileSync(glueFile, shortened.glue);
}
if (release) {
  const wasmOpt = existsSync(path.join(root, 'node_modules/.bin/wasm-opt')) ? path.join(root, 'node_modules/.bin/wasm-opt') : 'wasm-opt';
  for (const name of parts.filter((n) => n.endsWith('.wasm'))) {
    run(wasmOpt, [...WASM_OPT, path.join(out, name), '-o', path.join(out, name)]);
  }
}
const hash = createHash('sha256');
for (const name of parts) hash.update(name).update(readFileSync(path.join(out, name)));
const sub = `app-${hash.digest('hex').slice(0, 16)}`;
mkdirSync(path.join(dir, sub), { recursive: true });
for (const name of parts) copyFileSync(path.join(out, name), path.join(dir, sub, name));

// 5. index.html: what Trunk's link would have put there (preload hints, the loader module
//    with `window.wasmBindings` and the TrunkApplicationStarted event), before </head>.
const file = path.join(dir, 'index.html');
let html = readFileSync(file, 'utf8');
if (/<script type="module">/.test(html)) fail('index.html already has a loader (a rel="rust" link for the app?)');
// The plan reader's part and the chunks it needs (src/browser/persist.rs), as the runtime
// lists them: a visit with something to read fetches them before the app's first render.
const persistLoader = runtime.match(/__wasm_split_load_persist = wrapAsyncCb\(makeLoad\(\(\) => \{\s*const src = fetch\(new URL\("\.\/(split_persist\.wasm)"[\s\S]*?, \[([^\]]*)\]\)\)/);
if (!persistLoader) fail('__wasm_split.js: no loader for the persist part');
const persistFiles = [persistLoader[1], ...persistLoader[2].split(',').map((d) => d.trim()).filter(Boolean)
  .map((d) => `${d.replace(/^__chunk_/, 'chunk_')}.wasm`)];
for (const name of persistFiles) if (!parts.includes(name)) fail(`persist needs ${name}, which is not in ${parts}`);
// The loader's test mirrors src/browser/boot.rs `needs_reader`: the two keys a visit reads
// (taken from src/browser/storage.rs, so they cannot drift), a hash, and not an embedded
// widget (`embed`'s last value, read as src/embed/config.rs reads it). Not mirrored: a host's
// starting value in one of the engine's occasional sections, which also opens through the
// reader; such a widget fetches it after the main module rather than alongside it.
const readKeys = [...readFileSync(path.join(root, 'src/browser/storage.rs'), 'utf8')
  .matchAll(/const (?:SESSION|SCENARIOS)_KEY: &str = "([^"]+)";/g)].map((m) => m[1]);
if (readKeys.length !== 2) fail(`src/browser/storage.rs: expected the session and scenarios keys, found ${readKeys}`);
const tags = [
  `<link rel="modulepreload" href="./${sub}/main.js" crossorigin="anonymous">`,
  `<link rel="preload" href="./${sub}/main_bg.wasm" crossorigin="anonymous" as="fetch" type="application/wasm">`,
  '<script type="module">',
  `import init, * as bindings from './${sub}/main.js';`,
  // A link or a saved plan to read (src/browser/boot.rs `needs_reader`): the reader's part is
  // fetched alongside the main module rather than after it. Not in the single file (its
  // parts are inside it) nor in an embedded widget (it reads only its configuration).
  'const fpEmbed = new URLSearchParams(location.search).getAll("embed").pop()?.trim();',
  `if (!window.fpStandalone && (fpEmbed === undefined || ["0", "false", "no"].includes(fpEmbed)) && (location.hash.length > 1 || (() => { try { return ${JSON.stringify(readKeys)}.some((k) => localStorage.getItem(k) !== null); } catch (_) { return false; } })())) {`,
  `  for (const f of ${JSON.stringify(persistFiles)}) document.head.append(Object.assign(document.createElement("link"), { rel: "preload", as: "fetch", crossOrigin: "anonymous", href: "./${sub}/" + f }));`,
  '}',
  `const wasm = await init({ module_or_path: './${sub}/main_bg.wasm' });`,
  // The API's part comes after the first paint (src/api/loader.rs); its calls are synchronous
  // once it is in, so the page publishes them only then. Offline, they throw, saying why.
  'await bindings.apiReady().catch((e) => console.warn(e));',
  'window.wasmBindings = bindings;',
  'dispatchEvent(new CustomEvent("TrunkApplicationStarted", {detail: {wasm}}));',
  '</script>',
];
html = html.replace('</head>', `${tags.join('\n')}\n</head>`);
writeFileSync(file, html);
const sizes = parts.filter((n) => n.endsWith('.wasm')).map((n) => `${n} ${readFileSync(path.join(out, n)).length}`);
console.log(`split: ${sub}/ (${sizes.join(', ')} bytes)`);
