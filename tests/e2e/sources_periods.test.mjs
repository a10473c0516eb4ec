// The Sources section's per-period tables in the built dist/, in both languages at 1280 and
// 390 px: a plan with three sources (one with its own weaker rate) shows a table per source and
// the total's, whose every cell is the exact sum of the sources' cells; the period buttons
// switch months, quarters and weeks; at 390 px the page never scrolls sideways, the wide week
// table scrolls inside its box and the stage names stay in view. Screenshots in test-results/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { servedApp, plain, RESULTS } from './harness.mjs';

const env = servedApp();

const diff = {
  goal: '123457',
  periods: { seasonality: ['1', '2', '3', '4', '1', '2', '3', '4', '1', '2', '3', '4'] },
  sources: [
    { name: 'Inbound', share: { share: '0.6' } },
    { name: 'Webinar', share: { share: '0.4' }, rates: [null, '0.09'] },
    { name: 'Events', share: { amount: '20000' } },
  ],
};
const hash = `#v2=${Buffer.from(JSON.stringify(diff)).toString('base64url')}`;

const words = {
  en: { locale: 'en-US', month: 'Month', quarter: 'Quarter', week: 'Week', first: 'Jan', q1: 'Q1', w1: 'W1', customers: 'customers' },
  fr: { locale: 'fr-FR', month: 'Mois', quarter: 'Trimestre', week: 'Semaine', first: 'janv.', q1: 'T1', w1: 'S1', customers: 'clients' },
};

/** A table's cells as whole numbers, a row per stage (the last column is the horizon's total). */
const cells = (page, id) => page.$$eval(`#${id} tbody tr`, (rows) =>
  rows.map((r) => [...r.querySelectorAll('td')].map((td) => Number(td.textContent.replace(/[^\d]/g, '')))));
const headings = (page, id) => page.$$eval(`#${id} thead th`, (ths) => ths.map((th) => th.textContent.trim()));

const settle = (page) => page.waitForFunction(() =>
  document.querySelector('#fp-sources-periods-title')?.closest('section')?.dataset.stale === 'false');

async function sumsHold(page, label) {
  const total = await cells(page, 'fp-source-periods-total');
  const parts = [];
  for (let k = 0; k < 3; k++) parts.push(await cells(page, `fp-source-periods-${k}`));
  assert.ok(total.length >= 6 && total[0].length > 1, `${label}: a full table`);
  total.forEach((row, i) => row.forEach((v, j) => {
    const sum = parts.reduce((s, p) => s + p[i][j], 0);
    assert.equal(v, sum, `${label}: stage ${i}, column ${j} is the sources' sum`);
  }));
  // Each row's periods add up to its own total (the last column).
  for (const table of [total, ...parts]) {
    for (const row of table) assert.equal(row.slice(0, -1).reduce((s, v) => s + v, 0), row[row.length - 1], label);
  }
}

for (const [lang, width] of [['en', 1280], ['fr', 390], ['en', 390], ['fr', 1280]]) {
  test(`${lang} at ${width} px: each source's volumes per period, the total their exact sum`, async () => {
    const w = words[lang];
    const { page, context, errors } = await env.open(env.url + hash, { locale: w.locale, width });
    await page.getByRole('tab', { name: 'Sources', exact: true }).click();
    await settle(page);
    const section = page.locator('.fp-source-periods');
    await section.getByRole('button', { name: w.month, exact: true }).click();
    await settle(page);
    const heads = await headings(page, 'fp-source-periods-total');
    assert.equal(heads.length, 1 + 12 + 1, 'stage, twelve months, the year');
    assert.equal(heads[1], w.first);
    const summaries = (await section.locator('details > summary').allTextContents()).map(plain);
    assert.equal(summaries.length, 3);
    assert.match(summaries[1], new RegExp(`^Webinar — [\\d ,.]+ ${w.customers}$`));
    for (const d of await section.locator('details').all()) await d.locator('summary').click();
    await sumsHold(page, `${lang} months`);
    await section.screenshot({ path: path.join(RESULTS, `sources-periods-${lang}-${width}.png`) });

    await section.getByRole('button', { name: w.quarter, exact: true }).click();
    await settle(page);
    assert.deepEqual((await headings(page, 'fp-source-periods-total')).slice(1, 3), [w.q1, `${w.q1.slice(0, 1)}2`]);
    await sumsHold(page, `${lang} quarters`);

    await section.getByRole('button', { name: w.week, exact: true }).click();
    await settle(page);
    const weeks = await headings(page, 'fp-source-periods-total');
    assert.equal(weeks.length, 1 + 52 + 1);
    assert.equal(weeks[1], w.w1);
    await sumsHold(page, `${lang} weeks`);
    assert.equal(await section.getByRole('button', { name: w.week, exact: true }).getAttribute('aria-pressed'), 'true');

    // The week table is wider than its box: it scrolls there, and the stage names stay put.
    const wrap = page.locator('#fp-source-periods-total .fp-table-wrap');
    const { scroll, client } = await wrap.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
    assert.ok(scroll > client, `the week table scrolls inside its box (${scroll} > ${client})`);
    await wrap.evaluate((el) => { el.scrollLeft = el.scrollWidth; });
    const [box, name] = await Promise.all([
      wrap.boundingBox(),
      page.locator('#fp-source-periods-total tbody th').first().boundingBox(),
    ]);
    assert.ok(Math.abs(name.x - box.x) <= 2, `the stage name stays at the left (${name.x} vs ${box.x})`);
    if (width < 400) {
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `no sideways scroll of the page at ${width} px (${overflow})`);
    }
    await page.locator('#fp-sources-periods-title').scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(RESULTS, `sources-periods-weeks-${lang}-${width}.png`) });
    assert.deepEqual(errors, []);
    await context.close();
  });
}
