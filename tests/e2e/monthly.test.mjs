// Issue 14, the whole monthly flow in the built dist/, in both languages at 1280 and 390 px:
// type a month in the grid, paste a sheet with a bad row, import a CRM CSV fixture, see the
// pace and the SLA compliance, agree, change a term and see the diff, open the report and
// copy it. Screenshots go to test-results/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { servedApp, plain, ROOT, RESULTS } from './harness.mjs';

const env = servedApp();

const RUNS = [
  {
    locale: 'en-US', width: 1280, tab: 'Monthly', start: '2026-03', crm: 'crm_en.csv',
    visitors: '10000', leads: '150',
    paste: 'Month\tVisitor\tLead\n2026-04\t9000\t180\n2026-05\tlots\t170\n',
    w: {
      badPaste: /Line 3: column B, “lots” is not a number/, pace: /Pace to date \(.+\): .+ of plan, behind\./,
      missed: /First contact in time/, agreed: /Agreed on \d{4}-\d\d-\d\d by Ana, Bo\./,
      change: /First-contact window \(hours\): 24 → 48/, title: 'Monthly report — March 2026',
      other: 'Rapport mensuel — mars 2026', copied: 'Copied to the clipboard.', nothing: /Nothing/,
      badDate: /Line 5: no such date “13\/01\/2026”/, rows: /4 rows counted\./,
    },
  },
  {
    locale: 'fr-FR', width: 390, tab: 'Mois par mois', start: '2026-01', crm: 'crm_fr.csv',
    visitors: '10 000', leads: '150',
    paste: 'Mois;Visiteur;Prospect\n2026-02;9 000;180\n2026-03;beaucoup;170\n',
    w: {
      badPaste: /Ligne 3 : colonne B, « beaucoup » n'est pas un nombre/, pace: /Rythme à ce jour \(.+\) : .+ du prévu, en retard\./,
      missed: /Premier contact dans le délai/, agreed: /Accepté le \d{4}-\d\d-\d\d par Ana, Bo\./,
      change: /délai de premier contact \(heures\) : 24 → 48/i, title: 'Rapport mensuel — janvier 2026',
      other: 'Monthly report — January 2026', copied: 'Copié dans le presse-papiers.', nothing: /Rien/,
      badDate: /Ligne 7 : date inexistante « 31\/04\/2026 »/, rows: /4 lignes comptées\./,
    },
  },
];

for (const run of RUNS) {
  test(`monthly flow in ${run.locale} at ${run.width} px`, async () => {
    const { page, context, errors } = await env.open(env.url, { locale: run.locale, width: run.width });
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const text = async (sel) => plain(await page.locator(sel).textContent());
    await page.getByRole('tab', { name: run.tab }).click();
    assert.match(await text('#fp-monthly-empty'), /./);

    // 1. Type month 1 in the grid (after setting the plan's first month).
    await page.locator('#fp-actuals-start').fill(run.start);
    await page.locator('#fp-actuals-start').dispatchEvent('change');
    await page.locator('#fp-actuals-months-0-stages-0').fill(run.visitors);
    await page.locator('#fp-actuals-months-0-stages-1').fill(run.leads);
    await page.locator('#fp-monthly-pace').waitFor();

    // 2. Paste a sheet whose last row has a bad count: listed with its line and reason.
    await page.locator('.fp-paste > summary').click();
    await page.locator('#fp-paste-text').fill(run.paste);
    await page.locator('#fp-paste-read').click();
    assert.match(await text('#fp-paste-preview'), run.w.badPaste);
    await page.locator('#fp-paste-apply').click();
    const filled = plain(await page.locator('#fp-actuals-months-1-stages-0').inputValue()).replace(/[ ,]/g, '');
    assert.equal(filled, '9000');

    // 3. Import the CRM fixture: counted per month, bad rows listed, then applied.
    await page.locator('.fp-crm > summary').click();
    await page.locator('#fp-crm-file').setInputFiles(path.join(ROOT, 'tests/fixtures/csv', run.crm));
    await page.locator('#fp-crm-preview').waitFor();
    if (run.locale === 'en-US') {
      await page.locator('#fp-crm-order').selectOption('month');
      await page.locator('#fp-crm-status-1').selectOption('2');
    }
    const preview = await text('#fp-crm-preview');
    assert.match(preview, run.w.badDate);
    assert.match(preview, run.w.rows);
    await page.locator('#fp-crm-apply').click();
    await page.locator('#fp-crm-preview').waitFor({ state: 'detached' });
    // The counts per source the export held can be read (and corrected) in a source's grid.
    const sources = await page.locator('#fp-actuals-source option').allTextContents();
    assert.ok(sources.length > 2, sources.join(' | '));

    // 4. Pace, projections, gaps and next month from the engine.
    assert.match(await text('#fp-monthly-pace'), run.w.pace);
    assert.ok((await page.locator('#fp-monthly-table tbody tr').count()) >= 12);
    assert.match(await text('#fp-monthly-next'), /\d/);
    assert.equal(await page.locator('#fp-plan-actual svg[role="img"]').count(), 1);

    // 5. SLA compliance: 15 of 20 contacted in time misses the first-contact clause.
    await page.locator('#fp-actuals-sla-records-0-handed-over').fill('20');
    await page.locator('#fp-actuals-sla-records-0-contacted-in-time').fill('15');
    await page.locator('#fp-compliance').waitFor();
    assert.match(await text('#fp-compliance-missed'), run.w.missed);

    // 6. Agree, then change a term in Team & SLA and see what differs.
    await page.locator('#fp-commit-contact-owner').fill('Head of sales');
    await page.locator('#fp-commit-contact-owner').dispatchEvent('change');
    await page.locator('#fp-agree-by').fill('Ana, Bo');
    await page.locator('#fp-agree').click();
    assert.match(await text('#fp-agreed'), run.w.agreed);
    assert.match(await text('#fp-agreement-changes'), run.w.nothing);
    await page.locator('#fp-tab-team').click();
    await page.locator('#fp-sla-first-contact-hours').fill('48');
    await page.locator(`#fp-tab-monthly`).click();
    assert.match(await text('#fp-agreement-changes'), run.w.change);
    assert.match(await text('#fp-commit-contact-row'), /—/);

    // 7. The report: both languages, copied as text and Markdown.
    await page.locator('#fp-report-month').selectOption('1');
    assert.equal(await text('.fp-monthly-report__title'), run.w.title);
    await page.locator('#fp-report-copy-text').click();
    await page.waitForFunction((t) => document.querySelector('#fp-report-status').textContent === t, run.w.copied);
    const copied = plain(await page.evaluate(() => navigator.clipboard.readText()));
    assert.ok(copied.startsWith(run.w.title), copied.slice(0, 60));
    await page.locator('#fp-report-copy-markdown').click();
    await page.waitForFunction(async () => (await navigator.clipboard.readText()).startsWith('# '));
    await page.screenshot({ path: path.join(RESULTS, `monthly-${run.locale}-${run.width}.png`), fullPage: true });
    await page.locator('#fp-report-lang').selectOption(run.locale === 'en-US' ? 'fr' : 'en');
    assert.equal(await text('.fp-monthly-report__title'), run.w.other);

    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('JS API: agree() keeps the agreed version and monthlyReport() writes the report', async () => {
  const { page, context, errors } = await env.open(env.url);
  const out = await page.evaluate(() => {
    const { agree, monthlyReport, defaultPlan } = window.wasmBindings;
    const plan = defaultPlan();
    plan.actuals.start = '2026-03';
    plan.actuals.months = [{ period: 1, stages: [10000, 150] }];
    const agreed = agree(plan, '2026-03-02', ['Ana', 'Bo']);
    return {
      on: agreed.agreement.agreed.on,
      by: agreed.agreement.agreed.by,
      text: monthlyReport(agreed, 1, 'fr', false),
      md: monthlyReport(agreed, 1, 'en', true),
      none: monthlyReport(defaultPlan(), 1, 'en', false),
      junk: agree('not a plan'),
      // Read in the API's part since session 17 (README "Where the bytes go"): the same
      // answers as the typed parameters gave.
      unsigned: agree(plan).agreement.agreed,
      badDate: agree(plan, 20260302, null).agreement.agreed.on ?? null,
      badNames: ['Ana', [1], { 0: 'Ana' }].map((by) => { try { agree(plan, '2026-03-02', by); return 'accepted'; } catch (e) { return e.name; } }),
      badLang: monthlyReport(agreed, 1, 42, false).slice(0, 16),
    };
  });
  assert.equal(out.unsigned.on ?? null, null);
  assert.deepEqual(out.unsigned.by, []);
  assert.equal(out.badDate, null);
  assert.deepEqual(out.badNames, ['TypeError', 'TypeError', 'TypeError']);
  assert.equal(out.badLang, 'Monthly report —');
  assert.equal(out.on, '2026-03-02');
  assert.deepEqual(out.by, ['Ana', 'Bo']);
  assert.ok(out.text.startsWith('Rapport mensuel — mars 2026\n'), out.text.slice(0, 60));
  assert.ok(out.md.startsWith('# Monthly report — March 2026\n'), out.md.slice(0, 60));
  assert.equal(out.none, null);
  assert.equal(out.junk, null);
  assert.deepEqual(errors, []);
  await context.close();
});
