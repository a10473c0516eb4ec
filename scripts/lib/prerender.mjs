// Trunk post-build hook: the first screen in the HTML (README "How the first screen is made").
// Runs src/bin/prerender.rs natively (Yew's server renderer over the app's own components, for
// the default plan in English and French) and puts each language's markup in a <template>
// before index.html's inline `fp-first-screen` script, which copies the visitor's language into
// the mount point before the first paint, or a neutral placeholder when a link, a saved plan,
// blocked storage or URL parameters would change the first screen. The app replaces that markup
// with the same markup in the task it starts in, before the next paint. Runs on Trunk's staging
// directory, or by hand: `node scripts/lib/prerender.mjs [dir]`. Needs cargo (it builds the bin).
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR || process.argv[2] || 'dist';
const file = path.join(dir, 'index.html');
let html = readFileSync(file, 'utf8');
const anchor = /<script id="fp-first-screen">/;
if (!anchor.test(html)) {
  console.error('prerender: no <script id="fp-first-screen"> in index.html');
  process.exit(1);
}
// The native build of the view: the debug profile is enough (it runs once, on two states).
const json = execFileSync('cargo', ['run', '--quiet', '--features', 'prerender', '--bin', 'prerender'], {
  encoding: 'utf8',
  stdio: ['ignore', 'pipe', 'inherit'],
  maxBuffer: 16 * 1024 * 1024,
});
const screens = JSON.parse(json);
const templates = Object.entries(screens)
  .map(([lang, markup]) => {
    if (/<script/i.test(markup)) throw new Error('prerender: a script in the rendered markup');
    return `<template id="fp-first-${lang}">${markup}</template>`;
  })
  .join('\n    ');
html = html.replace(anchor, (m) => `${templates}\n    ${m}`);
writeFileSync(file, html);
console.log(`prerender: first screen in ${Object.keys(screens).join(', ')} (${Object.values(screens).map((s) => Buffer.byteLength(s)).join(' + ')} bytes) in ${file}`);
