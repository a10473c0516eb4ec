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
const server = await serve();
const browser = await launch();
const firstResult = [];
const rustPart = [];
const inputLatency = [];
for (let i = 0; i < RUNS; i++) {
  const context = await browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  await page.goto(server.url);
  await page.waitForSelector('.fp[data-ready="true"]');
  firstResult.push(await page.evaluate(() => performance.getEntriesByName('fp-first-result')[0].startTime));
  // Where the time goes: wasm fetched and compiled (until Rust's main starts), then Rust.
  rustPart.push(await page.evaluate(() => {
    const at = (name) => performance.getEntriesByName(name)[0]?.startTime ?? NaN;
    return at('fp-first-result') - at('fp-wasm-started');
  }));
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
  const page = await context.newPage();
  await page.goto(pathToFileURL(path.join(DIST, STANDALONE)).href);
  await page.waitForSelector('.fp[data-ready="true"]');
  singleFirst.push(await page.evaluate(() => performance.getEntriesByName('fp-first-result')[0].startTime));
  await context.close();
}
await browser.close();
server.close();
const fmt = (xs) => `median ${median(xs).toFixed(1)} ms (min ${Math.min(...xs).toFixed(1)}, max ${Math.max(...xs).toFixed(1)}, ${xs.length} runs)`;
console.log(`\nnavigation → first result painted: ${fmt(firstResult)}`);
console.log(`  of which Rust main → first result:  ${fmt(rustPart)} (includes the page's first Intl.NumberFormat, 18–54 ms of ICU start-up)`);
console.log(`input → result updated:            ${fmt(inputLatency)}`);
if (singleFirst.length) console.log(`single file from file://, first result: ${fmt(singleFirst)}`);
