// Trunk post-build hook, first step: the stylesheets (one source file per concern under
// style/) become one file, so the page makes one request for its styles instead of six; those
// of style/later/ become another, fetched after the first paint.
// Each render-blocking request costs a round trip before the first paint, and browsers open
// at most six connections per host. Order and content are kept; the name carries a content
// hash like Trunk's, and the link its Subresource Integrity hash; comments and layout whitespace
// are left out (`minify`). Run on Trunk's staging
// directory, or by hand: `node scripts/lib/bundle-css.mjs [dir]`.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync, unlinkSync } from 'node:fs';
import path from 'node:path';

/** The sheets of style/later/, in the cascade order their rules had among the first sheets
 * (index.html's links: main, risk, share, sections, team, funnel, first, monthly, plan,
 * sources), so a rule still wins over the same ones it did. */
const LATER = ['risk', 'share', 'sections', 'team', 'funnel', 'monthly', 'plan', 'sources'];

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
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const file = path.join(dir, 'index.html');
let html = readFileSync(file, 'utf8');
const links = [...html.matchAll(/[ \t]*<link rel="stylesheet" href="\.\/([^"]+\.css)"[^>]*>\n?/g)];
if (links.length < 2) {
  console.log(`bundle-css: ${links.length} stylesheet, nothing to bundle`);
  process.exit(0);
}
const sri = (text) => `sha384-${createHash('sha384').update(text).digest('base64')}`;
const css = minify(links.map((m) => readFileSync(path.join(dir, m[1]), 'utf8')).join('\n')) + '\n';
const name = `app-${createHash('sha256').update(css).digest('hex').slice(0, 16)}.css`;
writeFileSync(path.join(dir, name), css);
// With its integrity hash, a sheet is fetched with CORS (`crossorigin`): a widget framed in a
// sandbox without same-origin has an opaque origin, where a sheet fetched without CORS cannot
// be checked and is refused (README "Security and hosting headers").
const hashed = /\bintegrity="/.test(links[0][0]);
const integrity = hashed ? ` integrity="${sri(css)}" crossorigin="anonymous"` : '';

// The styles of what the app draws after its first paint (style/later/): a second file, not
// linked, so no visit waits for it or downloads it before the page answers. A meta tag names
// it; the split runtime adds its link with the parts fetched after the first paint, and a part
// needing it is in once it is too (scripts/lib/split_runtime.mjs). The single file inlines it
// (standalone.mjs).
const laterDir = path.join(root, 'style', 'later');
const present = readdirSync(laterDir).filter((f) => f.endsWith('.css')).map((f) => f.slice(0, -4)).sort();
if (present.join() !== [...LATER].sort().join()) {
  console.error(`bundle-css: style/later/ holds ${present.join(', ')}; LATER lists ${LATER.join(', ')}`);
  process.exit(1);
}
const later = minify(LATER.map((f) => readFileSync(path.join(laterDir, `${f}.css`), 'utf8')).join('\n')) + '\n';
const laterName = `later-${createHash('sha256').update(later).digest('hex').slice(0, 16)}.css`;
writeFileSync(path.join(dir, laterName), later);
const laterMeta = `    <meta name="fp-later-styles" content="./${laterName}"${hashed ? ` data-integrity="${sri(later)}"` : ''}/>\n`;

links.forEach((m, i) => {
  html = html.replace(m[0], i === 0 ? `    <link rel="stylesheet" href="./${name}"${integrity}/>\n${laterMeta}` : '');
  unlinkSync(path.join(dir, m[1]));
});
writeFileSync(file, html);
console.log(`bundle-css: ${links.length} stylesheets → ${name} (${Buffer.byteLength(css)} bytes), ` +
  `style/later/ → ${laterName} (${Buffer.byteLength(later)} bytes)`);
