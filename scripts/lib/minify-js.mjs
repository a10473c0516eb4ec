// Trunk post-build hook, after the single file is made: the app's two JavaScript files on the
// first load, wasm-bindgen's glue (`main.js`) and the split runtime (`__wasm_split.js`), are
// minified with terser (README "Where the bytes go": 8.4 → 5.5 KB brotli). Only the served
// files: standalone.mjs, which runs before, reads the glue's own layout (its export lines) to
// inline it, so the single file keeps the glue as wasm-bindgen wrote it. Export names are
// kept (the page's loader and the chunks import them by name); nothing else is assumed.
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
