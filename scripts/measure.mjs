// Performance figures (not a test): bytes of every dist/ file raw, gzip and brotli; time from
// navigation to the first result painted; and input-to-update latency, in headless Chromium.
// Usage: scripts/measure  (builds dist/ first)
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import path from 'node:path';
import { serve, launch, DIST } from '../tests/e2e/harness.mjs';

const RUNS = Number(process.env.RUNS || 9);

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full) : [full];
  });
}

const rows = files(DIST).map((file) => {
  const bytes = readFileSync(file);
  return {
    file: path.relative(DIST, file),
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
});
const total = rows.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }), { raw: 0, gzip: 0, brotli: 0 });
const pad = (v, n) => String(v).padStart(n);
console.log(`${'file'.padEnd(48)}${pad('raw', 10)}${pad('gzip', 10)}${pad('brotli', 10)}`);
for (const r of rows) console.log(`${r.file.padEnd(48)}${pad(r.raw, 10)}${pad(r.gzip, 10)}${pad(r.brotli, 10)}`);
console.log(`${'TOTAL'.padEnd(48)}${pad(total.raw, 10)}${pad(total.gzip, 10)}${pad(total.brotli, 10)}`);

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const server = await serve();
const browser = await launch();
const firstResult = [];
const inputLatency = [];
for (let i = 0; i < RUNS; i++) {
  const context = await browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  await page.goto(server.url);
  await page.waitForSelector('.fp[data-ready="true"]');
  firstResult.push(await page.evaluate(() => performance.getEntriesByName('fp-first-result')[0].startTime));
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
await browser.close();
server.close();
const fmt = (xs) => `median ${median(xs).toFixed(1)} ms (min ${Math.min(...xs).toFixed(1)}, max ${Math.max(...xs).toFixed(1)}, ${xs.length} runs)`;
console.log(`\nnavigation → first result painted: ${fmt(firstResult)}`);
console.log(`input → result updated:            ${fmt(inputLatency)}`);
