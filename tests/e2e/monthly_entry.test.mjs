// Issue 14, typing what the Monthly grid could not take before, in the built dist/, in French
// and English at 390 and 1280 px: counts per week (typed, then pasted with a bad cell listed),
// counts per source once the plan has two sources (they add up in plan vs actual, and each
// source is compared with its own plan), and
// rejection reasons as rows typed by keyboard, added and removed, reaching the compliance
// table and the monthly report, all kept across a reload. Screenshots go to test-results/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import AxeBuilder from '@axe-core/playwright';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { servedApp, plain, RESULTS } from './harness.mjs';

const env = servedApp();

const WORDS = {
  'en-US': {
    week1: '2,500', pasteWeeks: 'Week\tVisitor\tLead\n3\t2400\t38\n4\tlots\t30\n',
    badPaste: /Line 3: column B, “lots” is not a number/, weekRow: /Week 3/, weeklyPace: /Weekly pace \(.+\): .+ of plan/,
    fillWeeks: 'Fill these weeks', page: /Week 14/, source1: /^Source 1700 \/ 10,417/, source2: /^Source 2300 \/ 0/, both: /^1,000 \//, sourceCaption: /Actuals per month and stage — Source 2/,
    reason1: 'No budget', reason2: 'Too small', reasons: /No budget \(3\), Too small \(1\)/, after: /Rejection reasons: Too small \(1\)$/,
    remove: 'Remove reason No budget', reportReasons: /Rejection reasons: Too small \(1\)/,
  },
  'fr-FR': {
    week1: '2 500', pasteWeeks: 'Semaine;Visiteur;Prospect\n3;2 400;38\n4;beaucoup;30\n',
    badPaste: /Ligne 3 : colonne B, « beaucoup » n'est pas un nombre/, weekRow: /Semaine 3/,
    weeklyPace: /Rythme des semaines \(.+\) : .+ du prévu/, fillWeeks: 'Remplir ces semaines', page: /Semaine 14/,
    source1: /^Source 1700 \/ 10 417/, source2: /^Source 2300 \/ 0/,
    both: /^1 000 \//, sourceCaption: /Réel par mois et par étape — Source 2/,
    reason1: 'Pas de budget', reason2: 'Trop petit', reasons: /Pas de budget \(3\), Trop petit \(1\)/,
    after: /Motifs de rejet : Trop petit \(1\)$/, remove: 'Retirer le motif Pas de budget', reportReasons: /Motifs de rejet : Trop petit \(1\)/,
  },
};

const RUNS = [['en-US', 1280], ['fr-FR', 390], ['en-US', 390], ['fr-FR', 1280]];

for (const [locale, width] of RUNS) {
  const w = WORDS[locale];
  test(`weekly, per-source and rejection-reason entry in ${locale} at ${width} px`, async () => {
    const { page, context, errors } = await env.open(env.url, { locale, width });
    const text = async (sel) => plain(await page.locator(sel).textContent());
    const value = async (sel) => plain(await page.locator(sel).inputValue());
    await page.locator('#fp-tab-monthly').click();

    // 1. Weeks: typed in the weekly grid, compared with the weekly plan.
    await page.locator('#fp-actuals-scale-1').check();
    await page.locator('#fp-actuals-weeks-0-stages-0').fill(w.week1);
    await page.locator('#fp-actuals-weeks-1-stages-1').fill('40');
    await page.locator('#fp-weekly-pace').waitFor();
    assert.match(await text('#fp-weekly-pace'), w.weeklyPace);
    assert.equal(await page.locator('#fp-weekly-table tbody tr').count(), 2, 'weeks 1 and 2');

    // 2. A paste fills the weeks shown; the bad cell is listed with its line and reason.
    await page.locator('.fp-paste > summary').click();
    await page.locator('#fp-paste-text').fill(w.pasteWeeks);
    await page.locator('#fp-paste-read').click();
    const preview = await text('#fp-paste-preview');
    assert.match(preview, w.badPaste);
    assert.match(preview, w.weekRow);
    assert.equal(plain(await page.locator('#fp-paste-apply').textContent()), w.fillWeeks);
    await page.locator('#fp-paste-apply').click();
    assert.equal((await value('#fp-actuals-weeks-2-stages-0')).replace(/[ ,]/g, ''), '2400');
    assert.equal(await value('#fp-actuals-weeks-3-stages-1'), '30');
    assert.equal(await value('#fp-actuals-weeks-3-stages-0'), '', 'the bad cell is left empty');
    assert.equal(await page.locator('#fp-weekly-table tbody tr').count(), 4);
    await page.locator('#fp-weekly').screenshot({ path: path.join(RESULTS, `monthly-entry-weeks-${locale}-${width}.png`) });
    await page.locator('#fp-actuals-weeks').selectOption('14');
    assert.match(await text('#fp-actuals-grid tbody tr:first-child th'), w.page);

    // 3. Two sources: each source's counts typed apart add up in plan vs actual.
    await page.getByRole('tab', { name: 'Sources', exact: true }).click();
    await page.locator('#fp-source-add').click();
    await page.locator('#fp-tab-monthly').click();
    await page.locator('#fp-actuals-scale-0').check();
    await page.locator('#fp-actuals-source').selectOption('Source 2');
    assert.match(await text('#fp-actuals-grid caption'), w.sourceCaption);
    await page.locator('#fp-actuals-months-0-by-source-1-stages-0').fill('300');
    await page.locator('#fp-actuals-source').selectOption('Source 1');
    await page.locator('#fp-actuals-months-0-by-source-0-stages-0').fill('700');
    await page.locator('#fp-actuals-source-help').waitFor();
    await page.locator('#fp-monthly-table').waitFor();
    assert.match(await text('#fp-monthly-table tbody tr:first-child td:first-of-type'), w.both);
    // Each source against its own plan: Source 1 holds the whole goal, Source 2 none of it.
    const bySource = await page.locator('#fp-monthly-sources-table tbody tr').allTextContents();
    assert.equal(bySource.length, 2);
    assert.match(plain(bySource[0]), w.source1);
    assert.match(plain(bySource[1]), w.source2);
    await page.locator('#fp-monthly-sources').screenshot({ path: path.join(RESULTS, `monthly-entry-by-source-${locale}-${width}.png`) });
    await page.locator('section:has(#fp-monthly-in)').screenshot({ path: path.join(RESULTS, `monthly-entry-source-${locale}-${width}.png`) });
    // The first screen's verdict counts that pace (1,000 of 10,417 visitors: behind).
    assert.equal(await page.locator('li[data-check="pace"]').getAttribute('data-status'), 'risks');
    await page.locator('#fp-actuals-source').selectOption('');
    assert.equal(await value('#fp-actuals-months-0-stages-0'), '', 'no total typed');

    // 4. Rejection reasons as rows, by keyboard: add focuses the new reason, Tab reaches its count.
    await page.locator('#fp-sla-reason-add').click();
    await page.waitForFunction(() => document.activeElement?.id === 'fp-sla-reason-0');
    await page.keyboard.type(w.reason1);
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'fp-actuals-sla-records-0-rejection-reasons-0-count');
    await page.keyboard.type('3');
    await page.keyboard.press('Tab');
    await page.locator('#fp-sla-reason-add').click();
    await page.waitForFunction(() => document.activeElement?.id === 'fp-sla-reason-1');
    await page.keyboard.type(w.reason2);
    await page.keyboard.press('Tab');
    await page.keyboard.type('1');
    await page.keyboard.press('Tab');
    await page.locator('#fp-compliance-reasons').filter({ hasText: w.reasons }).waitFor({ timeout: 5000 });
    await page.locator('.fp-reasons').screenshot({ path: path.join(RESULTS, `monthly-entry-reasons-${locale}-${width}.png`) });
    // axe on the section with every new part shown: source picker, reason rows, weekly table.
    const axe = await new AxeBuilder({ page }).include('#fp-panel-monthly')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
    assert.deepEqual(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`), []);
    await page.getByRole('button', { name: w.remove }).click();
    await page.locator('#fp-compliance-reasons').filter({ hasText: w.after }).waitFor({ timeout: 5000 });
    assert.equal(await value('#fp-sla-reason-0'), w.reason2);

    // 5. The monthly report carries the reasons of the month.
    await page.locator('#fp-report-month').selectOption('1');
    assert.match(await text('.fp-monthly-report__page'), w.reportReasons);
    // Printed alone: the print button marks the body for the report's print stylesheet.
    await page.evaluate(() => {
      window.printedAs = [];
      window.print = () => window.printedAs.push(document.body.getAttribute('data-fp-print'));
    });
    await page.locator('#fp-report-print').click();
    assert.deepEqual(await page.evaluate(() => window.printedAs), ['monthly']);
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.locator('.fp-monthly-report__page').isVisible(), true);
    assert.equal(await page.locator('#fp-actuals-grid').isVisible(), false, 'only the report prints');
    if (width === 1280) {
      const pdf = await page.pdf({ format: 'A4' });
      const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;
      assert.equal(pages, 1, 'the month\'s report prints on one page');
      writeFileSync(path.join(RESULTS, `monthly-report-${locale}.pdf`), pdf);
    }
    await page.emulateMedia({ media: 'screen' });
    await page.evaluate(() => document.body.removeAttribute('data-fp-print'));

    // 6. Kept in the browser's storage: a reload shows the weeks, the sources and the reasons.
    await page.reload();
    await page.waitForSelector('.fp[data-ready="true"]');
    await page.locator('#fp-tab-monthly').click();
    assert.equal(await page.locator('#fp-weekly-table tbody tr').count(), 4);
    assert.match(await text('#fp-monthly-table tbody tr:first-child td:first-of-type'), w.both);
    assert.equal(await value('#fp-sla-reason-0'), w.reason2);
    await page.screenshot({ path: path.join(RESULTS, `monthly-entry-${locale}-${width}.png`), fullPage: true });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `no sideways scroll of the page (${overflow} px)`);
    assert.deepEqual(errors, []);
    await context.close();
  });
}
