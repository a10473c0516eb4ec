// Every section, in both languages and both themes: an axe-core scan with zero violations
// (WCAG 2.2 A/AA rules), no horizontal scroll at 320 px, no console error or CSP violation,
// and screenshots at 360 px and 1280 px in test-results/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { servedApp, RESULTS } from './harness.mjs';

const env = servedApp();

const SECTIONS = ['funnel', 'sources', 'team', 'budget', 'tracking', 'monthly', 'scoring', 'risk', 'share', 'embed'];
// Sections whose optional parts are switched on for the scan, so their outputs are checked too.
const SWITCHES = { budget: 0, tracking: 0, scoring: 0, risk: 0 };

for (const locale of ['en-US', 'fr-FR']) {
  for (const theme of ['light', 'dark']) {
    test(`axe finds no violation in any section (${locale}, ${theme})`, async () => {
      const { page, context, errors } = await env.open(env.url, { locale, width: 1280 });
      await page.emulateMedia({ colorScheme: theme });
      const short = locale.slice(0, 2);
      for (const id of SECTIONS) {
        await page.locator(`#fp-tab-${id}`).click();
        await page.locator(`#fp-panel-${id}`).waitFor();
        if (id in SWITCHES) {
          const toggle = page.locator(`#fp-panel-${id} input[type="checkbox"]`).first();
          if (!(await toggle.isChecked())) await toggle.check();
        }
        const result = await new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
          .exclude('iframe')
          .analyze();
        const summary = result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
        assert.deepEqual(summary, [], `${id} (${locale}, ${theme})`);
        if (theme === 'light' || id === 'funnel') {
          await page.screenshot({ path: path.join(RESULTS, `${id}-${short}-${theme}-1280.png`), fullPage: true });
        }
      }
      assert.deepEqual(errors, []);
      await context.close();
    });
  }
}

test('every section fits 320 px without horizontal scrolling, and is screenshotted at 360 px', async () => {
  for (const [locale, width] of [['fr-FR', 320], ['en-US', 360]]) {
    const { page, context, errors } = await env.open(env.url, { locale, width, height: 800 });
    for (const id of SECTIONS) {
      await page.locator(`#fp-tab-${id}`).click();
      await page.locator(`#fp-panel-${id}`).waitFor();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `${id} at ${width} px overflows by ${overflow} px`);
      if (width === 360) await page.screenshot({ path: path.join(RESULTS, `${id}-en-light-360.png`), fullPage: true });
    }
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test('keyboard: tabs follow the arrow keys and every control shows its focus', async () => {
  const { page, context } = await env.open(env.url);
  await page.locator('#fp-tab-funnel').focus();
  await page.keyboard.press('ArrowRight');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'fp-tab-sources');
  assert.equal(await page.locator('#fp-tab-sources').getAttribute('aria-selected'), 'true');
  await page.keyboard.press('End');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'fp-tab-embed');
  await page.keyboard.press('Home');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'fp-tab-funnel');
  // Tab through every control of every section, from its tab to the end of the app, and check
  // the focus ring on each one (the :focus-visible outline).
  for (const id of SECTIONS) {
    await page.locator(`#fp-tab-${id}`).click();
    // Optional parts switched on, so their controls are walked too.
    if (id in SWITCHES) {
      const toggle = page.locator(`#fp-panel-${id} input[type="checkbox"]`).first();
      if (!(await toggle.isChecked())) await toggle.check();
    }
    await page.locator(`#fp-tab-${id}`).focus();
    const seen = new Set();
    for (let i = 0; i < 400; i++) {
      await page.keyboard.press('Tab');
      const focus = await page.evaluate(() => {
        const el = document.activeElement;
        // Out of the app, or into the embed preview's frame (another document: the same app).
        if (!el || !el.closest('.fp') || el.tagName === 'IFRAME') return null;
        const s = getComputedStyle(el);
        const key = el.id || `${el.tagName}:${[...document.querySelectorAll('*')].indexOf(el)}`;
        return { key, label: el.outerHTML.slice(0, 80), style: s.outlineStyle, width: parseFloat(s.outlineWidth) };
      });
      if (!focus || seen.has(focus.key)) break;
      seen.add(focus.key);
      assert.ok(focus.style !== 'none' && focus.width >= 2, `${id}: no focus ring on ${focus.label}`);
    }
    // The walk really went through the section's controls, not just one element.
    assert.ok(seen.size >= 3, `${id}: only ${seen.size} focusable controls reached`);
  }
  await context.close();
});
