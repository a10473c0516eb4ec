// The built dist/ in headless Chromium: defaults, typing in both languages, bad input.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { servedApp, plain, RESULTS, DIST } from './harness.mjs';

const env = servedApp();

test('the Intl warm-up loads under the CSP and runs on its own, not in the single file', async () => {
  const { page, context, errors } = await env.open(env.url, { locale: 'fr-FR' });
  assert.equal(await page.evaluate(() => performance.getEntriesByName('fp-intl-warm').length), 1);
  assert.deepEqual(errors, []);
  await context.close();
  const single = readFileSync(path.join(DIST, 'funnel-planner.html'), 'utf8');
  assert.ok(!single.includes('intl-warm'), 'the single file has its wasm inline and needs no warm-up');
});

const value = async (page, label) => plain(await page.getByLabel(label, { exact: true }).textContent());

test('English: opens with a plan, follows typing, seeds 003 and 004 come out exactly', async () => {
  const { page, context, errors } = await env.open(env.url, { locale: 'en-US' });
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.equal(await value(page, 'Customers needed'), '100');
  assert.equal(await value(page, 'Leads needed'), '2,500');

  await page.getByLabel('One overall rate (lead → customer)').check();
  await page.getByLabel('Revenue goal').fill('10,000');
  await page.getByLabel('Average deal size').fill('1,000');
  await page.getByLabel('Lead → customer conversion rate').fill('2');
  assert.equal(await value(page, 'Customers needed'), '10');
  assert.equal(await value(page, 'Leads needed'), '500');
  await page.screenshot({ path: path.join(RESULTS, 'first-slice-en-1280.png'), fullPage: true });
  assert.deepEqual(errors, []);
  await context.close();
});

test('French: notation with spaces, commas and symbols; switch to English keeps the numbers', async () => {
  const { page, context, errors } = await env.open(env.url, { locale: 'fr-FR', width: 360 });
  assert.equal(await page.getAttribute('html', 'lang'), 'fr');
  await page.getByLabel('Un seul taux global (prospect → client)').check();
  await page.getByLabel("Objectif de chiffre d'affaires").fill('100 000 €');
  await page.getByLabel('Taux de conversion prospect → client').fill('4,0 %');
  assert.equal(await value(page, 'Clients nécessaires'), '100');
  assert.equal(await value(page, 'Prospects nécessaires'), '2 500');
  await page.screenshot({ path: path.join(RESULTS, 'first-slice-fr-360.png'), fullPage: true });

  await page.getByRole('button', { name: 'EN', exact: true }).click();
  assert.equal(await value(page, 'Leads needed'), '2,500');
  assert.equal(await page.getByLabel('Lead → customer conversion rate').inputValue(), '4');
  assert.deepEqual(errors, []);
  await context.close();
});

test('bad input is explained inline and the last result stays visible, marked stale', async () => {
  const { page, context, errors } = await env.open(env.url, { locale: 'en-US', width: 360 });
  await page.getByLabel('One overall rate (lead → customer)').check();
  for (const [text, message] of [
    ['', 'Enter a value.'],
    ['-3', 'cannot be negative'],
    ['0', 'must be above 0'],
    ['120', 'cannot exceed 100'],
    ['abc', 'not a number'],
  ]) {
    await page.getByLabel('Lead → customer conversion rate').fill(text);
    const rate = page.getByLabel('Lead → customer conversion rate');
    assert.equal(await rate.getAttribute('aria-invalid'), 'true', `"${text}" is invalid`);
    assert.match(await page.locator('#fp-funnel-overall-rate-error').textContent(), new RegExp(message));
    assert.equal(await value(page, 'Leads needed'), '2,500');
    assert.equal(await page.locator('.fp-results').getAttribute('data-stale'), 'true');
  }
  await page.getByLabel('Revenue goal').fill('1e308');
  assert.match(await page.locator('#fp-goal-error').textContent(), /not a number/);
  await page.getByLabel('Revenue goal').fill('99999999999999999999');
  assert.match(await page.locator('#fp-goal-error').textContent(), /too large/);
  await page.screenshot({ path: path.join(RESULTS, 'first-slice-errors-360.png'), fullPage: true });
  assert.deepEqual(errors, []);
  await context.close();
});
