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
