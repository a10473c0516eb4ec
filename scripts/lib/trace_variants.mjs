// Where a goal keystroke's frame goes, for variants of the page: the main thread's work from
// the input event to the frame that paints the result (measure.mjs's "input → result
// painted"), summed by phase (the event, microtasks, frame callbacks, style, layout,
// pre-paint, paint, layerize, commit) over 8 keystrokes per variant and round, two rounds,
// 1280 × 720, CPU 4×. A variant is CSS added to the page, or `JS:` and a script run before
// the page's own (to switch off a browser API, say). Not a test: the figures drift with the
// machine, so only variants measured in one run compare (README "Measuring").
// Usage: VARIANTS='["", ".fp-panel{display:none}"]' node scripts/lib/trace_variants.mjs dist/
import { serve, launch } from '../../tests/e2e/harness.mjs';

const dir = process.argv[2];
const rate = Number(process.env.RATE || 4);
const variants = JSON.parse(process.env.VARIANTS || '[""]');
const KEYS = ['250000', '2500000', '25000', '125000', '100000'];
const PHASES = ['EventDispatch', 'RunMicrotasks', 'FireAnimationFrame', 'UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Layerize', 'Commit'];

/** One keystroke, marked for the trace; resolves with its painted time (measure.mjs's rule). */
const TYPE = async (text) => {
  const input = document.querySelector('#fp-goal');
  const output = document.querySelector('#fp-customers');
  let changed = false;
  const observer = new MutationObserver(() => { changed = true; });
  observer.observe(output, { childList: true, subtree: true, characterData: true });
  const done = new Promise((resolve) => {
    const frame = () => {
      if (changed) setTimeout(() => { performance.mark('k-end'); resolve(performance.now()); }, 0);
      else requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
  performance.mark('k-start');
  const start = performance.now();
  input.value = text;
  input.dispatchEvent(new InputEvent('input', { bubbles: true }));
  const t = (await done) - start;
  observer.disconnect();
  return t;
};

const server = await serve(dir);
const browser = await launch();
const results = new Map(variants.map((v) => [v, { keys: 0, painted: [] }]));
for (let round = 0; round < 2; round++) {
  for (const variant of variants) {
    const context = await browser.newContext({ bypassCSP: true, locale: 'en-US', viewport: { width: 1280, height: 720 } });
    if (variant.startsWith('JS:')) await context.addInitScript(variant.slice(3));
    const page = await context.newPage();
    await page.goto(server.url);
    if (variant && !variant.startsWith('JS:')) await page.addStyleTag({ content: variant });
    await page.waitForSelector('.fp[data-ready]');
    await page.waitForTimeout(1200);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    const sum = results.get(variant);
    for (let i = 0; i < 8; i++) {
      await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing'] });
      sum.painted.push(await page.evaluate(TYPE, KEYS[i % KEYS.length]));
      const events = JSON.parse((await browser.stopTracing()).toString()).traceEvents;
      const main = events.find((e) => e.name === 'thread_name' && e.args.name === 'CrRendererMain');
      const from = events.find((e) => e.name === 'k-start')?.ts;
      const to = events.find((e) => e.name === 'k-end')?.ts;
      sum.keys++;
      for (const e of events) {
        if (e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.ts >= from && e.ts <= to && PHASES.includes(e.name)) {
          sum[e.name] = (sum[e.name] || 0) + e.dur / 1000;
        }
      }
      await page.waitForTimeout(250);
    }
    await context.close();
  }
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
for (const [variant, sum] of results) {
  const phases = PHASES.map((p) => `${p} ${((sum[p] || 0) / sum.keys).toFixed(2)}`).join(', ');
  console.log(`${variant || '(the page as built)'}\n  painted: median ${median(sum.painted).toFixed(1)} ms; ms per keystroke: ${phases}`);
}
await browser.close();
server.close();
