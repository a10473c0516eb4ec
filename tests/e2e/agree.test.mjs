// Issue 12, parts that agree, in the built dist/: the budget starts from the plan and greys
// its verdict while an entry is invalid; the French CSV opens in French Excel.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { servedApp, plain } from './harness.mjs';

const env = servedApp();

test('Budget switched on fits the plan; an invalid entry greys the verdict with the figures', async () => {
  const { page, context, errors } = await env.open(env.url, { locale: 'en-US' });
  await page.getByRole('tab', { name: 'Budget' }).click();
  await page.locator('#fp-use-budget').check();
  // 10 % of the plan's 100 000, not seed 000's 4.2 M.
  assert.match(plain(await page.locator('#fp-budget-yearly').textContent()), /10,000/);
  // Seed 000's company stays one click away.
  await page.locator('#fp-budget-example').click();
  await page.waitForFunction(() => /4,212,000/.test(document.querySelector('#fp-budget-yearly').textContent));
  const verdict = page.locator('#fp-budget-verdict');
  assert.equal(await verdict.evaluate((e) => getComputedStyle(e).opacity), '1');
  await page.locator('#fp-budget-annual-revenue').fill('abc');
  await page.locator('.fp-results[data-stale="true"] #fp-budget-verdict').waitFor();
  assert.equal(await verdict.evaluate((e) => getComputedStyle(e).opacity), '0.55');
  assert.deepEqual(errors, []);
  await context.close();
});

test('French CSV: BOM, semicolons, French headers, the inputs, and a wide layout', async () => {
  const { page, context, errors } = await env.open(env.url, { locale: 'fr-FR' });
  await page.getByRole('tab', { name: /Partager/ }).click();
  const [long] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exporter en CSV' }).click()]);
  const csv = readFileSync(await long.path(), 'utf8');
  assert.ok(csv.startsWith('\ufeffétape;équipe;période;numéro;volume;total_étape\r\n'), csv.slice(0, 80));
  assert.match(csv, /\r\n[^;\r\n]+;marketing;mois;1;209;2500\r\n/);
  assert.ok(csv.includes('\r\n\r\ndonnée;valeur;unité\r\nObjectif de chiffre d\'affaires;100000;\r\n'));
  const [wide] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'CSV étapes × mois' }).click()]);
  assert.equal(wide.suggestedFilename(), 'plan-entonnoir-wide.csv');
  const rows = readFileSync(await wide.path(), 'utf8').split('\r\n');
  assert.equal(rows[0], '\ufeffétape;équipe;total;T1;T2;T3;T4;M1;M2;M3;M4;M5;M6;M7;M8;M9;M10;M11;M12');
  assert.deepEqual(errors, []);
  await context.close();
});
