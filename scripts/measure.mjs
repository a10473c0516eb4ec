// Performance figures (not a test): bytes of every dist/ file raw, gzip and brotli; time from
// navigation to the first result painted; input → result painted at 1× and with the CPU
// throttled 4× (DevTools `Emulation.setCPUThrottlingRate`); and engine runs per keystroke
// (the app's `fp-engine` performance marks), in headless Chromium.
// The single-file app (funnel-planner.html) is listed apart: the served app never loads it,
// and it repeats the wasm in base64 (about 4/3 of its size before compression).
// Usage: scripts/measure  (builds dist/ first). With BASELINE_DIST=<another build's dist/>,
// the same figures are taken for both builds in the same run, runs interleaved, side by side.
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

const BASELINE = process.env.BASELINE_DIST;
const KEYS = ['250000', '2500000', '25000', '125000', '100000'];

/** Input → result painted, per keystroke: the time from the input event to the first task
 * after the animation frame that follows the DOM update (rAF runs just before paint), and the
 * engine runs each keystroke made. */
const TYPE = async (keys) => {
  const input = document.querySelector('#fp-goal');
  const output = document.querySelector('#fp-customers');
  const out = [];
  for (const text of keys) {
    const runs = performance.getEntriesByName('fp-engine').length;
    const changed = new Promise((resolve) => {
      const observer = new MutationObserver(() => { observer.disconnect(); resolve(); });
      observer.observe(output, { childList: true, subtree: true, characterData: true });
    });
    const start = performance.now();
    input.value = text;
    input.dispatchEvent(new InputEvent('input', { bubbles: true }));
    await changed;
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    const ms = performance.now() - start;
    // Let the deferred work of this keystroke (storage, address bar) finish before the next.
    await new Promise((r) => setTimeout(r, 300));
    const engine = performance.getEntriesByName('fp-engine').slice(runs);
    out.push({ ms, runs: engine.length, reduce: engine.reduce((t, e) => t + e.duration, 0) });
  }
  return out;
};

async function oneRun(browser, url) {
  const context = await browser.newContext({ locale: 'en-US' });
  const { page, painted, rust } = await boot(context, url);
  const marked = await page.evaluate(() => performance.getEntriesByName('fp-engine').length > 0);
  const normal = await page.evaluate(TYPE, KEYS);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const slow = await page.evaluate(TYPE, KEYS);
  await context.close();
  return { painted, rust, normal, slow, marked };
}

const builds = [{ name: 'this build', dir: DIST }];
if (BASELINE) builds.unshift({ name: `baseline (${BASELINE})`, dir: BASELINE });
const browser = await launch();
for (const b of builds) Object.assign(b, { server: await serve(b.dir), first: [], rust: [], x1: [], x4: [], r1: [], r4: [], runs: [], marked: false });
for (let i = 0; i < RUNS; i++) {
  for (const b of builds) {
    const r = await oneRun(browser, b.server.url);
    b.first.push(r.painted);
    b.rust.push(r.rust);
    b.x1.push(...r.normal.map((k) => k.ms));
    b.x4.push(...r.slow.map((k) => k.ms));
    b.r1.push(...r.normal.map((k) => k.reduce));
    b.r4.push(...r.slow.map((k) => k.reduce));
    b.runs.push(...r.normal.map((k) => k.runs), ...r.slow.map((k) => k.runs));
    b.marked ||= r.marked;
  }
}
const singleFirst = [];
for (let i = 0; single.length && i < RUNS; i++) {
  const context = await browser.newContext({ locale: 'en-US' });
  singleFirst.push((await boot(context, pathToFileURL(path.join(DIST, STANDALONE)).href)).painted);
  await context.close();
}
await browser.close();
builds.forEach((b) => b.server.close());
const fmt = (xs) => `median ${median(xs).toFixed(1)} ms (min ${Math.min(...xs).toFixed(1)}, max ${Math.max(...xs).toFixed(1)}, ${xs.length} samples)`;
for (const b of builds) {
  const perKey = b.marked
    ? `${(b.runs.reduce((t, n) => t + n, 0) / b.runs.length).toFixed(2)} (min ${Math.min(...b.runs)}, max ${Math.max(...b.runs)})`
    : 'not marked by this build';
  console.log(`\n${b.name}`);
  console.log(`  navigation → frame painting the first result: ${fmt(b.first)}`);
  console.log(`    of which Rust main → first result:  ${fmt(b.rust)}`);
  console.log(`  input → result painted, CPU 1×:       ${fmt(b.x1)}`);
  console.log(`  input → result painted, CPU 4× slower: ${fmt(b.x4)}`);
  console.log(`  engine runs per keystroke:            ${perKey}`);
  if (b.marked) {
    console.log(`  reducer call that ran the engine, 1×: ${fmt(b.r1)}`);
    console.log(`  reducer call that ran the engine, 4×: ${fmt(b.r4)}`);
  }
}
if (singleFirst.length) console.log(`\nsingle file from file://, first result: ${fmt(singleFirst)}`);
