// Trunk post-build hook, after the single file is made: the script of the first load is
// minified with terser (README "Where the bytes go"): the app's two JavaScript files,
// wasm-bindgen's glue (`main.js`) and the split runtime (`__wasm_split.js`), 8.3 → 5.6 KB
// brotli, and index.html's inline scripts, with its comments and the line breaks between its
// tags. Only the served files: standalone.mjs, which runs before, reads the glue's own layout
// (its export lines) and the page's comments, so the single file keeps them as written.
// Export names are kept (the page's loader and the chunks import them by name); the scripts'
// ids are kept (prerender.mjs, which runs next, finds the first screen's script by its id).
// Release builds only, so `trunk serve` keeps readable glue. Run by Trunk with
// TRUNK_STAGING_DIR set, or by hand: `node scripts/lib/minify-js.mjs [dir]`.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { minify } from 'terser';

const dir = process.env.TRUNK_STAGING_DIR || process.argv[2] || 'dist';
if (process.env.TRUNK_PROFILE === 'debug') process.exit(0);
const app = readdirSync(dir).find((name) => /^app-[0-9a-f]{16}$/.test(name));
if (!app) {
  console.error(`minify-js: no app-<hash>/ folder in ${dir}`);
  process.exit(1);
}
for (const name of ['main.js', '__wasm_split.js']) {
  const file = path.join(dir, app, name);
  const source = readFileSync(file, 'utf8');
  const { code } = await minify(source, { module: true, ecma: 2020, compress: { passes: 2 }, mangle: true });
  if (!code) {
    console.error(`minify-js: terser gave nothing for ${name}`);
    process.exit(1);
  }
  writeFileSync(file, `${code}\n`);
  console.log(`minify-js: ${app}/${name} ${source.length} → ${code.length} bytes`);
}

// index.html: each inline script minified (a module as a module), the comments out, and the
// line breaks and indentation between tags. The CSP hashes the scripts afterwards (csp.mjs).
const page = path.join(dir, 'index.html');
const html = readFileSync(page, 'utf8');
let out = html.replace(/<!--[\s\S]*?-->/g, '');
const scripts = [...out.matchAll(/(<script(?![^>]*\bsrc=)([^>]*)>)([\s\S]*?)(<\/script>)/g)];
let minified = 0;
for (const [whole, open, attributes, body, close] of scripts) {
  // Only scripts: a data block (`type="application/json"`, say) is left as it is.
  if (/\btype="(?!module")/.test(attributes)) continue;
  minified += 1;
  const module = /type="module"/.test(attributes);
  const { code } = await minify(body, { module, ecma: 2020, compress: { passes: 2 }, mangle: true });
  if (code === undefined) {
    console.error(`minify-js: terser gave nothing for the inline script ${open}`);
    process.exit(1);
  }
  out = out.replace(whole, () => `${open}${code}${close}`);
}
out = out.replace(/>\s*\n\s*</g, '><');
writeFileSync(page, out);
console.log(`minify-js: index.html ${html.length} → ${out.length} characters (${minified} inline scripts)`);
