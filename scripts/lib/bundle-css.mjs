// Trunk post-build hook, first step: the stylesheets (one source file per concern under
// style/) become one file, so the page makes one request for its styles instead of six.
// Each render-blocking request costs a round trip before the first paint, and browsers open
// at most six connections per host. Order and content are kept; the name carries a content
// hash like Trunk's, and the link its Subresource Integrity hash; comments and layout whitespace
// are left out (`minify`). Run on Trunk's staging
// directory, or by hand: `node scripts/lib/bundle-css.mjs [dir]`.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync, unlinkSync } from 'node:fs';
import path from 'node:path';

/** The stylesheets without their comments and layout whitespace (2.6 KB brotli of the first
 * load, README "Where the bytes go"): comments out, runs of whitespace made one space, none
 * around `{`, `}`, `;` and `,`, and no `;` before `}`. The styles hold no strings or `url()`
 * where these could matter; a stray comment marker fails the build instead. */
export function minify(css) {
  const out = css.replace(/\/\*[\s\S]*?\*\//g, '');
  if (out.includes('/*') || out.includes('*/')) throw new Error('bundle-css: an unclosed comment');
  return out.replace(/\s+/g, ' ').replace(/\s*([{};,])\s*/g, '$1').replace(/;}/g, '}').trim();
}

const dir = process.env.TRUNK_STAGING_DIR || process.argv[2] || 'dist';
const file = path.join(dir, 'index.html');
let html = readFileSync(file, 'utf8');
const links = [...html.matchAll(/[ \t]*<link rel="stylesheet" href="\.\/([^"]+\.css)"[^>]*>\n?/g)];
if (links.length < 2) {
  console.log(`bundle-css: ${links.length} stylesheet, nothing to bundle`);
  process.exit(0);
}
const css = minify(links.map((m) => readFileSync(path.join(dir, m[1]), 'utf8')).join('\n')) + '\n';
const name = `app-${createHash('sha256').update(css).digest('hex').slice(0, 16)}.css`;
writeFileSync(path.join(dir, name), css);
const integrity = /\bintegrity="/.test(links[0][0])
  ? ` integrity="sha384-${createHash('sha384').update(css).digest('base64')}"`
  : '';
links.forEach((m, i) => {
  html = html.replace(m[0], i === 0 ? `    <link rel="stylesheet" href="./${name}"${integrity}/>\n` : '');
  unlinkSync(path.join(dir, m[1]));
});
writeFileSync(file, html);
console.log(`bundle-css: ${links.length} stylesheets → ${name} (${Buffer.byteLength(css)} bytes)`);
