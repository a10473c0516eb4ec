// Performance figures (not a test): bytes of every dist/ file raw, gzip and brotli; time from
// navigation to the first result painted; and input-to-update latency, in headless Chromium.
// The single-file app (funnel-planner.html) is listed apart: the served app never loads it,
// and it repeats the wasm in base64 (about 4/3 of its size before compression).
// Usage: scripts/measure  (builds dist/ first)
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { serve, launch, DIST } from '../tests/e2e/harness.mjs';

const RUNS = Number(process.env.RUNS || 9);

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full) : [full];
  });
}

const STANDALONE = 'funnel-planner.html';
const measured = files(DIST).map((file) => {
  const bytes = readFileSync(file);
  return {
    file: path.relative(DIST, file),
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
});
const rows = measured.filter((r) => r.file !== STANDALONE);
const single = measured.filter((r) => r.file === STANDALONE);
const total = rows.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }), { raw: 0, gzip: 0, brotli: 0 });
const pad = (v, n) => String(v).padStart(n);
const line = (r) => console.log(`${r.file.padEnd(48)}${pad(r.raw, 10)}${pad(r.gzip, 10)}${pad(r.brotli, 10)}`);
console.log(`${'served app (dist/ without the single file)'.padEnd(48)}${pad('raw', 10)}${pad('gzip', 10)}${pad('brotli', 10)}`);
rows.forEach(line);
line({ file: 'TOTAL', ...total });
console.log(`\n${'single file, opens from file:// (base64 wasm)'.padEnd(48)}${pad('raw', 10)}${pad('gzip', 10)}${pad('brotli', 10)}`);
if (single.length) single.forEach(line);
else console.log(`${STANDALONE} is missing: run scripts/build`);

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// The page is left alone while it boots: Playwright's waitForSelector would force style and
// layout on every DOM mutation, on the main thread the app renders on. Instead an init script
// watches animation frames: the first frame whose callback runs after the app's
// `fp-first-result` mark is the frame that paints the result (rAF runs just before paint).
const WATCH_FRAMES = () => {
  const tick = () => {
    if (performance.getEntriesByName('fp-first-result').length) performance.mark('fp-first-frame');
    else requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
};
async function boot(context, url) {
  await context.addInitScript(WATCH_FRAMES);
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('fp-first-frame').length > 0, null, { polling: 100 });
  const at = (name) => page.evaluate((n) => performance.getEntriesByName(n)[0]?.startTime ?? NaN, name);
  return { page, painted: await at('fp-first-frame'), rust: (await at('fp-first-result')) - (await at('fp-wasm-started')) };
}

const server = await serve();
const browser = await launch();
const firstResult = [];
const rustPart = [];
const inputLatency = [];
for (let i = 0; i < RUNS; i++) {
  const context = await browser.newContext({ locale: 'en-US' });
  const { page, painted, rust } = await boot(context, server.url);
  firstResult.push(painted);
  // Where the time goes: wasm fetched and compiled (until Rust's main starts), then Rust.
  rustPart.push(rust);
  inputLatency.push(await page.evaluate(async () => {
    const input = document.querySelector('#fp-goal');
    const output = document.querySelector('#fp-leads');
    const changed = new Promise((resolve) => new MutationObserver(resolve).observe(output, { childList: true, subtree: true, characterData: true }));
    const start = performance.now();
    input.value = '250000';
    input.dispatchEvent(new InputEvent('input', { bubbles: true }));
    await changed;
    return performance.now() - start;
  }));
  await context.close();
}
const singleFirst = [];
for (let i = 0; single.length && i < RUNS; i++) {
  const context = await browser.newContext({ locale: 'en-US' });
  singleFirst.push((await boot(context, pathToFileURL(path.join(DIST, STANDALONE)).href)).painted);
  await context.close();
}
await browser.close();
server.close();
const fmt = (xs) => `median ${median(xs).toFixed(1)} ms (min ${Math.min(...xs).toFixed(1)}, max ${Math.max(...xs).toFixed(1)}, ${xs.length} runs)`;
console.log(`\nnavigation → frame painting the first result: ${fmt(firstResult)}`);
console.log(`  of which Rust main → first result:  ${fmt(rustPart)}`);
console.log(`input → result updated:            ${fmt(inputLatency)}`);
if (singleFirst.length) console.log(`single file from file://, first result: ${fmt(singleFirst)}`);
