// The Sources section in the built dist/, in both languages at 1280 and 390 px: add a second
// source, give it a share, its own rate and costs; the totals and per-source figures move, the
// shares-not-100 message shows; adopt the cheapest mix; remove the source and the figures are
// the original ones again. Schema-1 share links open with the same figures.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { servedApp, plain, RESULTS, ROOT } from './harness.mjs';

const env = servedApp();

/** The total column of the per-stage table: one whole count per stage, top first. */
async function stageTotals(page) {
  return page.$$eval('#fp-sources-stages tbody tr', (rows) =>
    rows.map((r) => {
      const cells = r.querySelectorAll('td');
      return Number(cells[cells.length - 2].textContent.replace(/[^\d]/g, ''));
    }));
}

/** One source's column of the per-stage table (0 = the first source). */
async function sourceColumn(page, i) {
  return page.$$eval('#fp-sources-stages tbody tr', (rows, i) =>
    rows.map((r) => Number(r.querySelectorAll('td')[i].textContent.replace(/[^\d]/g, ''))), i);
}

const settle = (page) => page.waitForFunction(() =>
  document.querySelector('#fp-sources-out')?.closest('section')?.dataset.stale === 'false');

const words = {
  en: {
    locale: 'en-US', tab: 'Sources', add: '+ Add a source', notHundred: /must add up to 100 %\. They add up to 140%/,
    adopted: 'The cheapest mix of sources was adopted.', cheapest: 'already the cheapest',
  },
  fr: {
    locale: 'fr-FR', tab: 'Sources', add: '+ Ajouter une source', notHundred: /doivent faire 100 % au total\. Elles font 140 %/,
    adopted: 'Le mix de sources le moins cher est adopté.', cheapest: 'déjà le moins cher',
  },
};

for (const [lang, width] of [['en', 1280], ['fr', 390], ['en', 390], ['fr', 1280]]) {
  test(`${lang} at ${width} px: add, edit, mix and remove a source`, async () => {
    const w = words[lang];
    const { page, context, errors } = await env.open(env.url, { locale: w.locale, width });
    await page.getByRole('tab', { name: w.tab, exact: true }).click();
    await settle(page);
    const original = await stageTotals(page);
    assert.deepEqual(original, [125000, 2500, 1000, 500, 250, 100]);

    await page.getByRole('button', { name: w.add }).click();
    await page.locator('#fp-source-1-name').fill('Outbound');
    await settle(page);
    assert.deepEqual(await stageTotals(page), original, 'a new source starts at 0 %');

    await page.locator('#fp-sources-1-share-share').fill('40');
    assert.match(plain(await page.locator('#fp-sources-error').textContent()), w.notHundred);
    assert.equal(await page.locator('section:has(> #fp-sources-out)').getAttribute('data-stale'), 'true');
    await page.locator('#fp-sources-0-share-share').fill('60');
    await settle(page);
    assert.equal(await page.locator('#fp-sources-error').count(), 0);
    assert.deepEqual(await sourceColumn(page, 1), [50000, 1000, 400, 200, 100, 40]);

    // The second source's own Lead → MQL rate: it needs twice the leads, the totals follow.
    await page.locator('#fp-source-1-own > summary').click();
    assert.equal(await page.locator('#fp-sources-1-rates-1').getAttribute('placeholder'), lang === 'en' ? '40' : '40');
    await page.locator('#fp-sources-1-rates-1').fill('20');
    await settle(page);
    assert.deepEqual(await sourceColumn(page, 1), [100000, 2000, 400, 200, 100, 40]);
    assert.deepEqual(await stageTotals(page), [175000, 3500, 1000, 500, 250, 100]);

    await page.locator('#fp-source-0-own > summary').click();
    await page.locator('#fp-sources-0-cost-per-lead').fill('20');
    await page.locator('#fp-sources-1-cost-per-lead').fill('90');
    await settle(page);
    const costs = await page.$$eval('#fp-sources-table tbody tr', (rows) => rows.map((r) => r.querySelectorAll('td')[4].textContent));
    assert.match(plain(costs[0]), /30[ ,.]000/);
    assert.match(plain(costs[1]), /180[ ,.]000/);
    assert.match(plain(await page.locator('#fp-mix-saving').textContent()), /\d/);
    await page.screenshot({ path: path.join(RESULTS, `sources-${lang}-${width}.png`), fullPage: true });

    await page.locator('#fp-mix-adopt').click();
    await settle(page);
    assert.match(plain(await page.locator('.fp-notice').textContent()), new RegExp(w.adopted));
    assert.equal(plain(await page.locator('#fp-mix-saving').textContent()).replace(/[^\d]/g, ''), '0');
    assert.match(await page.locator('#fp-sources-mix-title').locator('..').textContent(), new RegExp(w.cheapest));
    assert.deepEqual(await sourceColumn(page, 1), [0, 0, 0, 0, 0, 0], 'the costly source gets nothing');

    await page.locator('#fp-source-1-remove').click();
    await settle(page);
    assert.equal(await page.locator('#fp-source-list > li').count(), 1);
    assert.deepEqual(await stageTotals(page), original, 'one source again: the original figures');
    if (width < 400) {
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `no sideways scroll at ${width} px (${overflow})`);
    }
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('schema-1 share links open with the figures schema 1 computed', async () => {
  const links = JSON.parse(readFileSync(path.join(ROOT, 'tests/fixtures/v1/links.json'), 'utf8'));
  const { page, context, errors } = await env.open(env.url, { locale: 'en-US' });
  for (const [name, hash] of Object.entries(links)) {
    const report = JSON.parse(readFileSync(path.join(ROOT, `tests/fixtures/v1/report_${name}.json`), 'utf8'));
    await page.goto(`${env.url}${hash}`);
    await page.reload();
    await page.waitForSelector('.fp[data-ready="true"]');
    await page.getByRole('tab', { name: 'Sources', exact: true }).click();
    await settle(page);
    assert.deepEqual(await stageTotals(page), report.stages.map((s) => s.volume), name);
    assert.equal(await page.locator('#fp-source-list > li').count(), 1, `${name}: one source`);
  }
  assert.deepEqual(errors, []);
  await context.close();
});

test('the share link carries the sources to a fresh browser', async () => {
  const a = await env.open(env.url, { locale: 'en-US' });
  await a.page.getByRole('tab', { name: 'Sources', exact: true }).click();
  await a.page.getByRole('button', { name: '+ Add a source' }).click();
  await a.page.locator('#fp-sources-1-share-share').fill('40');
  await a.page.locator('#fp-sources-0-share-share').fill('60');
  await settle(a.page);
  const totals = await stageTotals(a.page);
  await a.page.waitForFunction(() => location.hash.includes('v2=') || location.hash.length > 20);
  const link = a.page.url();
  await a.context.close();
  const b = await env.open(link, { locale: 'en-US' });
  await b.page.getByRole('tab', { name: 'Sources', exact: true }).click();
  await settle(b.page);
  assert.equal(await b.page.locator('#fp-source-list > li').count(), 2);
  assert.equal(await b.page.locator('#fp-source-1-name').inputValue(), 'Source 2');
  assert.deepEqual(await stageTotals(b.page), totals);
  assert.deepEqual(await sourceColumn(b.page, 1), [50000, 1000, 400, 200, 100, 40]);
  assert.deepEqual(b.errors, []);
  await b.context.close();
});
