// Performance figures (not a test), every one also as a ratio to the floor page measured in
// the same run (bench/floor.html: the default reverse funnel by hand, README "Measuring"):
// - bytes of every dist/ file raw, gzip and brotli, and what a first visit downloads before
//   the page answers input (the files fetched until the app has taken over), brotli;
// - navigation → the frame that paints the first result, with the CPU at 1× and throttled 4×
//   (DevTools `Emulation.setCPUThrottlingRate`, set before navigation);
// - navigation → the page answers input (the app's `fp-first-result` mark: it has taken over);
// - input → result painted at 1× and 4×, and engine runs per keystroke (`fp-engine` marks).
// A fresh browser context per load, runs interleaved between the pages measured.
// Usage: scripts/measure (builds dist/ first). With BASELINE_DIST=<another build's dist/>, that
// build is measured too, side by side.
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { serve, launch, DIST, ROOT } from '../../tests/e2e/harness.mjs';

const RUNS = Number(process.env.RUNS || 9);
const brotli = (bytes) => brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full) : [full];
  });
}

const STANDALONE = 'funnel-planner.html';
const measured = files(DIST).map((file) => {
  const bytes = readFileSync(file);
  return { file: path.relative(DIST, file), raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, brotli: brotli(bytes) };
});
const rows = measured.filter((r) => r.file !== STANDALONE);
const single = measured.filter((r) => r.file === STANDALONE);
const total = rows.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }), { raw: 0, gzip: 0, brotli: 0 });
const pad = (v, n) => String(v).padStart(n);
const line = (r) => console.log(`${r.file.padEnd(48)}${pad(r.raw, 10)}${pad(r.gzip, 10)}${pad(r.brotli, 10)}`);
console.log(`${'served app (dist/ without the single file)'.padEnd(48)}${pad('raw', 10)}${pad('gzip', 10)}${pad('brotli', 10)}`);
rows.forEach(line);
line({ file: 'TOTAL (the whole served app)', ...total });
console.log(`\n${'single file, opens from file:// (base64 wasm)'.padEnd(48)}${pad('raw', 10)}${pad('gzip', 10)}${pad('brotli', 10)}`);
if (single.length) single.forEach(line);
else console.log(`${STANDALONE} is missing: run scripts/build`);

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// The page is left alone while it loads: Playwright's waitForSelector would force style and
// layout on every DOM mutation, on the main thread the app renders on. Instead an init script
// watches animation frames (rAF runs just before paint): the first frame whose callback sees
// the result (#fp-customers holding text, prerendered or drawn) is the frame that paints it.
const WATCH_FRAMES = () => {
  const tick = () => {
    const out = document.getElementById('fp-customers');
    if (out && out.textContent.trim()) performance.mark('fp-first-frame');
    else requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
};
/** Loads `url` in a fresh context with the CPU slowed `rate`×; resolves once the page answers
 * input (its `fp-first-result` mark), with the timings and the brotli bytes it fetched. */
async function load(browser, url, dir, rate) {
  const context = await browser.newContext({ locale: 'en-US' });
  await context.addInitScript(WATCH_FRAMES);
  const page = await context.newPage();
  const fetched = new Set();
  page.on('request', (r) => fetched.add(new URL(r.url()).pathname));
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  await page.goto(url);
  await page.waitForFunction(
    () => ['fp-first-frame', 'fp-first-result'].every((n) => performance.getEntriesByName(n).length > 0),
    null, { polling: 100 });
  const at = (name) => page.evaluate((n) => performance.getEntriesByName(n)[0]?.startTime ?? NaN, name);
  // Only what was requested before the mark: the polling above sees the mark up to 100 ms late,
  // and by then the app may have asked for the tab panels' parts, which it requests only after
  // its first paint (scripts/lib/split.mjs, README "Code splitting").
  const requested = new Set(await page.evaluate((t) => performance.getEntriesByType('resource')
    .filter((e) => e.startTime <= t).map((e) => new URL(e.name).pathname), await at('fp-first-result')));
  const before = [...fetched].filter((p) => p === new URL(url).pathname || requested.has(p));
  const bytes = before.reduce((t, p) => {
    const file = path.join(dir, decodeURIComponent(p === '/' ? '/index.html' : p));
    return t + (existsSync(file) && statSync(file).isFile() ? brotli(readFileSync(file)) : 0);
  }, 0);
  return { context, page, cdp, painted: await at('fp-first-frame'), ready: await at('fp-first-result'), bytes };
}

const KEYS = ['250000', '2500000', '25000', '125000', '100000'];

/** Input → result painted, per keystroke: the time from the input event to the first task
 * after the animation frame that shows the DOM update (rAF runs just before paint, a timer set
 * in it fires once that frame is painted). The frame callback is requested *before* the input
 * is dispatched, so its timer is the first one that frame queues: work a page schedules for
 * after its paint (the app's storage, address bar and below-the-fold charts) queues behind it
 * and is not counted as painting. That work is measured apart: input → the keystroke's work
 * done (a frame callback requested once the DOM has changed, after the page's own: its timer
 * queues behind theirs; this was the only figure until 2026-11-26). */
const TYPE = async (keys) => {
  const input = document.querySelector('#fp-goal');
  const output = document.querySelector('#fp-customers');
  const out = [];
  for (const text of keys) {
    const runs = performance.getEntriesByName('fp-engine').length;
    let updated = false;
    const changed = new Promise((resolve) => {
      const observer = new MutationObserver(() => { updated = true; observer.disconnect(); resolve(); });
      observer.observe(output, { childList: true, subtree: true, characterData: true });
    });
    const painted = new Promise((resolve) => {
      const frame = () => {
        if (updated) setTimeout(() => resolve(performance.now()), 0);
        else requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
    });
    const start = performance.now();
    input.value = text;
    input.dispatchEvent(new InputEvent('input', { bubbles: true }));
    await changed;
    // Requested once the DOM has changed, so after the frame requests the page made while
    // updating it: its timer fires after the after-paint work they queued.
    const done = new Promise((r) => requestAnimationFrame(() => setTimeout(() => r(performance.now()), 0)));
    const paintedAt = await painted;
    const doneAt = await done;
    // Let the deferred work of this keystroke (storage, address bar) finish before the next.
    await new Promise((r) => setTimeout(r, 300));
    const engine = performance.getEntriesByName('fp-engine').slice(runs);
    out.push({ ms: paintedAt - start, all: doneAt - start, runs: engine.length, reduce: engine.reduce((t, e) => t + e.duration, 0) });
  }
  return out;
};

async function oneRun(browser, target) {
  const slowLoad = await load(browser, target.url, target.dir, 4);
  await slowLoad.context.close();
  const { context, page, cdp, painted, ready, bytes } = await load(browser, target.url, target.dir, 1);
  // A frame for the app's after-paint work (the sections below the fold) before typing.
  await page.waitForTimeout(300);
  const marked = await page.evaluate(() => performance.getEntriesByName('fp-engine').length > 0);
  const normal = await page.evaluate(TYPE, KEYS);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const slow = await page.evaluate(TYPE, KEYS);
  await context.close();
  return { painted, painted4: slowLoad.painted, ready, ready4: slowLoad.ready, bytes, normal, slow, marked };
}

const targets = [
  { name: 'floor (bench/floor.html)', dir: path.join(ROOT, 'bench'), page: 'floor.html' },
  { name: 'this build', dir: DIST, page: '' },
];
if (process.env.BASELINE_DIST) targets.push({ name: `baseline (${process.env.BASELINE_DIST})`, dir: process.env.BASELINE_DIST, page: '' });
const browser = await launch();
const KINDS = ['first', 'first4', 'ready', 'ready4', 'bytes', 'x1', 'x4', 'w1', 'w4', 'r1', 'r4', 'runs'];
for (const t of targets) {
  t.server = await serve(t.dir);
  t.url = t.server.url + t.page;
  for (const k of KINDS) t[k] = [];
  t.marked = false;
}
for (let i = 0; i < RUNS; i++) {
  for (const t of targets) {
    const r = await oneRun(browser, t);
    t.first.push(r.painted);
    t.first4.push(r.painted4);
    t.ready.push(r.ready);
    t.ready4.push(r.ready4);
    t.bytes.push(r.bytes);
    t.x1.push(...r.normal.map((k) => k.ms));
    t.x4.push(...r.slow.map((k) => k.ms));
    t.w1.push(...r.normal.map((k) => k.all));
    t.w4.push(...r.slow.map((k) => k.all));
    t.r1.push(...r.normal.map((k) => k.reduce));
    t.r4.push(...r.slow.map((k) => k.reduce));
    t.runs.push(...r.normal.map((k) => k.runs), ...r.slow.map((k) => k.runs));
    t.marked ||= r.marked;
  }
}
const singleFirst = [];
for (let i = 0; single.length && i < RUNS; i++) {
  const r = await load(browser, pathToFileURL(path.join(DIST, STANDALONE)).href, DIST, 1);
  singleFirst.push(r.painted);
  await r.context.close();
}
await browser.close();
targets.forEach((t) => t.server.close());
const floor = targets[0];
const fmt = (xs) => `median ${median(xs).toFixed(1)} ms (min ${Math.min(...xs).toFixed(1)}, max ${Math.max(...xs).toFixed(1)}, n ${xs.length})`;
const ratio = (t, k) => (t === floor ? '' : `  = ${(median(t[k]) / median(floor[k])).toFixed(2)}× the floor`);
for (const t of targets) {
  console.log(`\n${t.name}`);
  console.log(`  first visit downloads before answering input: ${(median(t.bytes) / 1000).toFixed(1)} KB brotli${ratio(t, 'bytes')}`);
  console.log(`  navigation → frame painting the first result, CPU 1×: ${fmt(t.first)}${ratio(t, 'first')}`);
  console.log(`  navigation → frame painting the first result, CPU 4×: ${fmt(t.first4)}${ratio(t, 'first4')}`);
  console.log(`  navigation → answers input (app took over), CPU 1×:   ${fmt(t.ready)}${ratio(t, 'ready')}`);
  console.log(`  navigation → answers input (app took over), CPU 4×:   ${fmt(t.ready4)}${ratio(t, 'ready4')}`);
  console.log(`  input → result painted, CPU 1×: ${fmt(t.x1)}${ratio(t, 'x1')}`);
  console.log(`  input → result painted, CPU 4×: ${fmt(t.x4)}${ratio(t, 'x4')}`);
  console.log(`  input → keystroke's work done (after-paint work too), CPU 1×: ${fmt(t.w1)}${ratio(t, 'w1')}`);
  console.log(`  input → keystroke's work done (after-paint work too), CPU 4×: ${fmt(t.w4)}${ratio(t, 'w4')}`);
  if (t.marked) {
    console.log(`  engine runs per keystroke: ${(t.runs.reduce((a, n) => a + n, 0) / t.runs.length).toFixed(2)} (min ${Math.min(...t.runs)}, max ${Math.max(...t.runs)})`);
    console.log(`  reducer call that ran the engine, 1×: ${fmt(t.r1)}`);
    console.log(`  reducer call that ran the engine, 4×: ${fmt(t.r4)}`);
  }
}
if (singleFirst.length) console.log(`\nsingle file from file://, first result painted: ${fmt(singleFirst)}`);
