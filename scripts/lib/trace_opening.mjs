// The longest main-thread task when a stored plan of many stages opens (robust.test.mjs's
// 10 000-stage case), traced three times per build, with the app's performance marks, so
// builds compare side by side. Not a test: the figures drift with the machine.
// Usage: node scripts/lib/trace_opening.mjs dist/ [other-dist/ …]   (STAGES, default 10000)
import { serve, launch } from '../../tests/e2e/harness.mjs';

const SESSION = 'funnel-planner.v1.session';
const stages = Number(process.env.STAGES || 10_000);
const browser = await launch();
for (const dir of process.argv.slice(2)) {
  const server = await serve(dir);
  const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(server.url);
  await page.waitForFunction((k) => localStorage.getItem(k), SESSION);
  const plan = await page.evaluate((k) => JSON.parse(localStorage.getItem(k)).plan, SESSION);
  plan.funnel.stages = Array.from({ length: stages }, (_, i) => ({ name: `S${i}`, team: 'sales', rate: 0.9 }));
  const text = JSON.stringify({ lang: 'en', plan });
  const cpu = [];
  for (let run = 0; run < 3; run++) {
    await page.evaluate(([k, t]) => { localStorage.clear(); localStorage.setItem(k, t); }, [SESSION, text]);
    await page.goto('about:blank');
    await browser.startTracing(page, { categories: ['disabled-by-default-devtools.timeline', 'blink.user_timing'] });
    await page.goto(server.url);
    await page.waitForSelector('.fp[data-ready="true"]');
    await page.waitForTimeout(600);
    const events = JSON.parse((await browser.stopTracing()).toString()).traceEvents;
    const main = events.find((e) => e.name === 'thread_name' && e.args.name === 'CrRendererMain');
    const tasks = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.name === 'RunTask');
    const worst = tasks.reduce((a, t) => ((t.tdur ?? 0) > (a?.tdur ?? 0) ? t : a), null);
    const marks = events.filter((e) => e.name.startsWith('fp-') && e.cat?.includes('user_timing'));
    const at = (e) => ((e.ts - worst.ts) / 1000).toFixed(0);
    cpu.push(Math.round(worst.tdur / 1000));
    console.log(`${dir} run ${run + 1}: longest task ${(worst.tdur / 1000).toFixed(1)} ms of CPU, ${(worst.dur / 1000).toFixed(1)} wall;`
      + ` marks from its start: ${marks.map((m) => `${m.name} ${at(m)}`).join(', ')}`);
  }
  console.log(`${dir}: longest task ${cpu.join(', ')} ms of CPU`);
  await context.close();
  server.close();
}
await browser.close();
