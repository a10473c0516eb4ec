// The Risk section in the built dist/: switch on, give a range, the headline chance appears
// and moves, the histogram and the P80/P90 table are there; the JS API carries risk too.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { servedApp, plain, RESULTS } from './harness.mjs';

const env = servedApp();

/** Waits until the simulation has settled on a headline different from `previous`. */
async function settledHeadline(page, previous = '') {
  await page.waitForFunction((prev) => {
    const h = document.querySelector('#fp-risk-headline');
    const root = document.querySelector('.fp-risk');
    return h && root && root.dataset.pending === 'false' && h.textContent !== prev && /\d/.test(h.textContent);
  }, previous, { timeout: 10000 });
  return plain(await page.locator('#fp-risk-headline').textContent());
}

const percentOf = (text) => Number(/([\d.,]+)\s?%/.exec(text)[1].replace(',', '.'));

test('English: enable, set a range, the chance of reaching the goal appears and changes', async () => {
  const { page, context, errors } = await env.open(env.url, { locale: 'en-US' });
  await page.getByRole('tab', { name: 'Risk' }).click();
  await page.getByLabel('Account for uncertain rates and deal size (Monte-Carlo simulation)').check();
  const first = await settledHeadline(page);
  assert.match(first, /^125,000 “Visitor” give a [\d.]+% chance of reaching the goal; [\d,]+ give 80%, [\d,]+ give 90%\.$/);
  // Only binomial noise: about half the years reach the goal (exactly P(Bin(125 000, 0.08 %) ≥ 100) ≈ 51 %).
  assert.ok(Math.abs(percentOf(first) - 51.3) < 3, first);

  await page.locator('#fp-risk-kind-0').selectOption('range');
  const ranged = await settledHeadline(page, first);
  await page.getByLabel('Low', { exact: true }).fill('1');
  const wide = await settledHeadline(page, ranged);
  assert.ok(percentOf(wide) < percentOf(first), `${wide} vs ${first}`);

  const hist = page.locator('svg.fp-risk__hist[role="img"]');
  assert.match(await hist.locator('title').textContent(), /goal 100 customers/);
  assert.ok((await page.locator('.fp-risk__bar').count()) > 5);
  assert.ok((await page.locator('#fp-risk-hist-table tbody tr').count()) > 5);
  const p80 = plain(await page.locator('#fp-risk-needed tbody tr').first().locator('td').nth(1).textContent());
  const avg = plain(await page.locator('#fp-risk-needed tbody tr').first().locator('td').nth(0).textContent());
  assert.equal(avg, '125,000');
  assert.ok(Number(p80.replace(/,/g, '')) > 125000, p80);
  await page.screenshot({ path: path.join(RESULTS, 'risk-en-1280.png'), fullPage: true });
  assert.deepEqual(errors, []);
  await context.close();
});

test('French at 360 px: the headline reads in French and the API carries risk', async () => {
  const { page, context, errors } = await env.open(env.url, { locale: 'fr-FR', width: 360 });
  await page.getByRole('tab', { name: 'Risque' }).click();
  await page.locator('#fp-risk-on').check();
  const text = await settledHeadline(page);
  assert.match(text, /^125 000 « Visiteur » donnent [\d,]+ % de chances d'atteindre l'objectif ; [\d ]+ donnent 80 %, [\d ]+ donnent 90 %\.$/);
  await page.screenshot({ path: path.join(RESULTS, 'risk-fr-360.png'), fullPage: true });

  const api = await page.evaluate(() => {
    const { plan, simulateRisk } = window.wasmBindings;
    const input = { risk: { enabled: true, trials: 2000, stages: [{ range: { low: 0.015, likely: 0.02, high: 0.025 } }] } };
    const full = plan(input);
    const alone = simulateRisk(input);
    const bad = simulateRisk({ risk: { stages: [{ range: { low: 0.5, likely: 0.2, high: 0.6 } }] } });
    return {
      same: JSON.stringify(full.report.risk) === JSON.stringify(alone.risk),
      pHit: alone.risk.p_hit,
      bins: alone.risk.histogram.length,
      bad: bad.errors.map((e) => `${e.path}:${e.reason}`),
      off: plan({}).report.risk,
    };
  });
  assert.equal(api.same, true);
  assert.ok(api.pHit > 0 && api.pHit < 1);
  assert.ok(api.bins > 0 && api.bins <= 40);
  assert.deepEqual(api.bad, ['risk.stages.0.likely:out_of_range']);
  assert.equal(api.off, null);
  assert.deepEqual(errors, []);
  await context.close();
});
