// The main thread's work between a goal keystroke and the frame that paints its result (the
// window of measure.mjs's "input → result painted"), summed by trace event over 8 keystrokes:
// script, style, layout (objects dirty of those walked), pre-paint, paint, commit. Not a test.
// Usage: node scripts/lib/trace_keystroke.mjs <dist/ or bench/> [CPU rate, 1] [width, 1280]
import { serve, launch } from '../../tests/e2e/harness.mjs';
const dir = process.argv[2]; const rate = Number(process.argv[3] || 1); const width = Number(process.argv[4] || 1280);
const server = await serve(dir); const browser = await launch();
const context = await browser.newContext({ locale: 'en-US', viewport: { width, height: 900 } });
const page = await context.newPage();
await page.goto(server.url + (dir.includes('bench') ? 'floor.html' : ''));
await page.waitForSelector('#fp-customers:not(:empty)'); await page.waitForTimeout(1500);
const cdp = await context.newCDPSession(page);
await cdp.send('Emulation.setCPUThrottlingRate', { rate });
const agg = {}; const N = 8; const totals = [];
for (let i = 0; i < N; i++) {
  await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing'] });
  const ms = await page.evaluate(async (text) => {
    const input = document.querySelector('#fp-goal'); const output = document.querySelector('#fp-customers');
    let changed = false; const o = new MutationObserver(() => { changed = true; }); o.observe(output, { childList: true, subtree: true, characterData: true });
    const done = new Promise((resolve) => { const f = () => { if (changed) setTimeout(() => { performance.mark('k-end'); resolve(performance.now()); }, 0); else requestAnimationFrame(f); }; requestAnimationFrame(f); });
    performance.mark('k-start'); const start = performance.now();
    input.value = text; input.dispatchEvent(new InputEvent('input', { bubbles: true }));
    const t = (await done) - start; o.disconnect(); return t;
  }, String(200000 + i * 12345));
  totals.push(ms);
  const ev = JSON.parse((await browser.stopTracing()).toString()).traceEvents;
  const main = ev.find((e) => e.name === 'thread_name' && e.args.name === 'CrRendererMain');
  const s = ev.find((e) => e.name === 'k-start')?.ts; const en = ev.find((e) => e.name === 'k-end')?.ts;
  if (!s || !en) { console.log('no marks'); continue; }
  const mine = ev.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.ts >= s && e.ts <= en);
  for (const e of mine) { if (!['EventDispatch', 'FireAnimationFrame', 'UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Layerize', 'Commit', 'TimerFire', 'RunMicrotasks', 'FunctionCall', 'HitTest', 'IntersectionObserverController::computeIntersections', 'ScrollLayer', 'UpdateLayer'].includes(e.name)) continue; const a = (agg[e.name] ||= { n: 0, ms: 0, dirty: 0, total: 0, el: 0 }); a.n++; a.ms += e.dur / 1000; a.dirty += e.args?.beginData?.dirtyObjects || 0; a.total += e.args?.beginData?.totalObjects || 0; a.el += e.args?.elementCount || 0; }
  await page.waitForTimeout(400);
}
console.log('painted ms (sorted)', totals.map((t) => t.toFixed(1)).sort((a, b) => a - b).join(' '));
for (const [k, a] of Object.entries(agg)) console.log(k.padEnd(20), `per key: n ${(a.n / N).toFixed(1)} ms ${(a.ms / N).toFixed(2)} dirty ${(a.dirty / N).toFixed(0)} of ${(a.total / N).toFixed(0)} styled ${(a.el / N).toFixed(0)}`);
await browser.close(); server.close();
