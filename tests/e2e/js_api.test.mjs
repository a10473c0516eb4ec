// The engine's JavaScript API, called from the page that loads the built app.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { servedApp } from './harness.mjs';

const env = servedApp();

test('plan() computes seed 004 exactly, reports field errors and rejects non-plans', async () => {
  const { page, context } = await env.open(env.url);
  const result = await page.evaluate(() => {
    const { plan, defaultPlan, schemaVersion } = window.wasmBindings;
    const ok = plan({ goal: 10000, deal_size: 1000, funnel: { mode: 'simple', overall_rate: '0.02' } });
    const bad = plan({ goal: 0, funnel: { mode: 'simple', overall_rate: 1.5 } });
    const junk = plan('not a plan');
    return {
      customers: ok.report.customers,
      leads: ok.report.stages[0].volume,
      errors: bad.errors.map((e) => `${e.path}:${e.reason}`),
      junk: junk.errors[0].reason,
      version: schemaVersion(),
      quota: defaultPlan().team.quota_per_rep,
    };
  });
  assert.deepEqual(result, {
    customers: 10,
    leads: 500,
    errors: ['goal:must_be_positive', 'funnel.overall_rate:above_hundred_percent'],
    junk: 'invalid_json',
    version: 2,
    quota: 125000,
  });
  await context.close();
});

test('the API comes after the first paint, whole: published ready, and a part that failed says so and loads again', async () => {
  const context = await env.browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  const isApi = (url) => /\/split_api\.wasm$/.test(url.pathname);
  let blocked = true;
  await page.route(isApi, (route) => (blocked ? route.abort() : route.continue()));
  // What a host page does: it waits for the loader's event, then calls.
  await page.addInitScript(() => {
    window.fpStarted = new Promise((resolve) => addEventListener('TrunkApplicationStarted', () => resolve(performance.now())));
  });
  await page.goto(env.url);
  await page.waitForSelector('.fp[data-ready="true"]');
  const offline = await page.evaluate(async () => {
    const started = await window.fpStarted;
    let error = '';
    try { window.wasmBindings.plan({}); } catch (e) { error = String(e.message || e); }
    return { started, mark: performance.getEntriesByName('fp-first-result')[0].startTime, error, version: window.wasmBindings.schemaVersion() };
  });
  assert.ok(offline.started > offline.mark, `published after the first render: ${JSON.stringify(offline)}`);
  assert.match(offline.error, /still loading; await wasmBindings\.apiReady\(\)/);
  assert.equal(offline.version, 2, 'what needs no part answers at once');
  blocked = false;
  const customers = await page.evaluate(async () => {
    await window.wasmBindings.apiReady();
    return window.wasmBindings.plan({ goal: 10000, deal_size: 1000 }).report.customers;
  });
  assert.equal(customers, 10);
  await context.close();

  // Served normally, every call answers as soon as the page says it started.
  const c2 = await env.browser.newContext({ locale: 'fr-FR' });
  const p2 = await c2.newPage();
  await p2.addInitScript(() => {
    addEventListener('TrunkApplicationStarted', () => {
      window.fpFirstCall = window.wasmBindings.plan({ goal: 10000, deal_size: 1000 }).report.customers;
    });
  });
  await p2.goto(env.url);
  await p2.waitForFunction(() => window.fpFirstCall !== undefined);
  assert.equal(await p2.evaluate(() => window.fpFirstCall), 10);
  await c2.close();
});
