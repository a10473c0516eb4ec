// Keep and share: link round trip, reload, broken links, scenarios and comparison, exports,
// import, reset with undo, print.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { servedApp, plain, RESULTS } from './harness.mjs';

const env = servedApp();

const leads = async (page) => plain(await page.locator('#fp-leads').textContent());
const openShare = (page, name = 'Share & export') => page.getByRole('tab', { name }).click();

test('the share link restores the plan exactly in a fresh browser, and reload keeps typed text', async () => {
  const a = await env.open(env.url);
  await a.page.getByLabel('Revenue goal').fill('250,000');
  assert.equal(await leads(a.page), '6,250');
  await openShare(a.page);
  const link = await a.page.getByLabel('Plan link').inputValue();
  assert.match(link, /#v2=[A-Za-z0-9_-]+&cur=USD$/);
  assert.ok(link.length < 200, `compact link (${link.length} chars)`);
  await a.page.getByRole('tab', { name: 'Goal & funnel' }).click();
  await a.page.getByLabel('Average deal size').fill('12abc');
  // Saving runs once the result is painted; wait for it as a user's reload would.
  await a.page.waitForFunction(() => (localStorage.getItem('funnel-planner.v1.session') || '').includes('12abc'));
  await a.page.reload();
  await a.page.waitForSelector('.fp[data-ready="true"]');
  assert.equal(await a.page.getByLabel('Average deal size').inputValue(), '12abc', 'invalid text survives a reload');
  assert.equal(await a.page.getByLabel('Revenue goal').inputValue(), '250,000');
  await a.context.close();

  const b = await env.open(link);
  assert.equal(await leads(b.page), '6,250');
  assert.equal(await b.page.getByLabel('Revenue goal').inputValue(), '250000');
  assert.deepEqual(b.errors, []);
  await b.context.close();
});

test('a broken or newer link opens the defaults with a notice, never a crash', async () => {
  for (const [hash, notice] of [['#v1=%%%broken', 'could not be read'], ['#v9=AAAA', 'newer version']]) {
    const { page, context, errors } = await env.open(env.url + hash);
    assert.match(await page.locator('.fp-notice').textContent(), new RegExp(notice));
    assert.equal(await leads(page), '2,500');
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test('scenarios: save, duplicate, rename, compare with differences highlighted, delete', async () => {
  const { page, context } = await env.open(env.url, { locale: 'fr-FR' });
  await openShare(page, 'Partager et exporter');
  await page.getByLabel('Nom du nouveau scénario').fill('Base');
  await page.getByRole('button', { name: 'Enregistrer le plan' }).click();
  await page.getByRole('tab', { name: 'Objectif et entonnoir' }).click();
  await page.getByLabel("Objectif de chiffre d'affaires").fill('200 000');
  await openShare(page, 'Partager et exporter');
  await page.getByLabel('Nom du nouveau scénario').fill('Ambitieux');
  await page.getByRole('button', { name: 'Enregistrer le plan' }).click();
  await page.getByRole('button', { name: 'Dupliquer Ambitieux' }).click();
  await page.locator('#fp-scenario-2').fill('Copie renommée');
  await page.locator('#fp-scenario-2').press('Enter');
  await page.locator('#fp-scenario-2').blur();
  assert.equal(await page.locator('#fp-scenario-2').inputValue(), 'Copie renommée');
  const boxes = page.getByRole('checkbox', { name: 'Comparer' });
  await boxes.nth(0).check();
  await boxes.nth(1).check();
  const table = page.locator('table.fp-compare');
  const row = (label) => table.locator('tr', { hasText: label });
  assert.match(plain(await row('Clients nécessaires').textContent()), /≠.*100.*200/);
  assert.doesNotMatch((await row('Vente moyenne').getAttribute('class')) ?? '', /differs/);
  assert.match(await row('Clients nécessaires').getAttribute('class'), /fp-compare--differs/);
  await page.screenshot({ path: path.join(RESULTS, 'share-compare-fr-1280.png'), fullPage: true });
  await page.getByRole('button', { name: 'Supprimer Copie renommée' }).click();
  assert.equal(await page.locator('.fp-scenario').count(), 2);
  await page.getByRole('button', { name: 'Ouvrir Base' }).click();
  assert.equal(await leads(page), '2 500');
  await context.close();
});

test('CSV and JSON exports hold the plan; JSON import validates; reset can be undone', async () => {
  const { page, context } = await env.open(env.url);
  await openShare(page);
  const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
  const csv = readFileSync(await csvDownload.path(), 'utf8');
  assert.equal(csvDownload.suggestedFilename(), 'funnel-plan.csv');
  // A byte-order mark, the volumes, a blank line, then the plan's inputs.
  assert.ok(csv.startsWith('\ufeffstage,team,period,index,volume,stage_total\r\n'));
  assert.ok(csv.includes('Lead,marketing,month,1,209,2500\r\n'));
  const [volumes, inputs] = csv.split('\r\n\r\n');
  assert.equal(volumes.split('\r\n').length, 1 + 6 * 329);
  assert.ok(inputs.startsWith('input,value,unit\r\nRevenue goal,100000,\r\n'));

  const [jsonDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export JSON' }).click()]);
  const plan = JSON.parse(readFileSync(await jsonDownload.path(), 'utf8'));
  assert.equal(plan.version, 2);
  assert.deepEqual(plan.sources, [{ name: '', owner: 'marketing', share: { share: 1.0 }, deal_size: null, rates: [], cost_per_lead: null, stage_costs: [], days_to_close: [], max_leads: null }]);
  assert.equal(plan.goal, 100000);
  assert.equal(plan.funnel.stages.length, 6);

  plan.goal = 300000;
  const good = path.join(RESULTS, 'import-good.json');
  writeFileSync(good, JSON.stringify(plan));
  await page.getByLabel('Import a plan (JSON)').setInputFiles(good);
  await page.getByRole('tab', { name: 'Goal & funnel' }).click();
  await page.waitForFunction(() => document.querySelector('#fp-leads')?.textContent.includes('7,500'));

  await openShare(page);
  const bad = path.join(RESULTS, 'import-bad.json');
  writeFileSync(bad, '{"goal": -5}');
  await page.getByLabel('Import a plan (JSON)').setInputFiles(bad);
  await page.locator('.fp-notice', { hasText: 'not a valid plan' }).waitFor();

  await page.getByRole('button', { name: 'Reset the plan' }).click();
  await page.getByRole('tab', { name: 'Goal & funnel' }).click();
  assert.equal(await leads(page), '2,500');
  await page.getByRole('button', { name: 'Undo' }).click();
  assert.equal(await leads(page), '7,500');
  await context.close();
});

test('print view is a clean report of at most two pages', async () => {
  const { page, context } = await env.open(env.url);
  // On screen, the section's cards off screen skip layout and paint until scrolled near
  // (README "Measuring"); on paper every card is drawn.
  const skipping = () => page.$$eval('.fp-panel .fp-card', (cards) => cards.map((c) => getComputedStyle(c).contentVisibility));
  const onScreen = await skipping();
  assert.ok(onScreen.length >= 4 && onScreen.every((v) => v === 'auto'), onScreen.join());
  await page.emulateMedia({ media: 'print' });
  const onPaper = await skipping();
  assert.ok(onPaper.every((v) => v === 'visible'), onPaper.join());
  assert.equal(await page.locator('.fp-tabs').isVisible(), false);
  assert.equal(await page.locator('#fp-leads').isVisible(), true);
  const pdf = await page.pdf({ format: 'A4' });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;
  assert.ok(pages >= 1 && pages <= 2, `${pages} pages`);
  writeFileSync(path.join(RESULTS, 'print-en.pdf'), pdf);
  await context.close();
});
