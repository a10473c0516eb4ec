// The notices whose words and buttons are in the reader's part (src/app/notice/rich.rs, README
// "Where the bytes go"): one raised before any part is in waits for its part and then shows,
// in both languages; a link that could not be read shows its notice in the app's first frame,
// as when that code was in the main module.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { servedApp, plain, isPart } from './harness.mjs';

const env = servedApp();
const WORDS = {
  'en-US': { field: 'Revenue goal', says: /The app's limits were reached; the excess was cut: typed text too long\./ },
  'fr-FR': { field: "Objectif de chiffre d'affaires", says: /Limites de l'application atteintes, le surplus est coupé : du texte saisi trop long\./ },
};

test('a notice raised before its part is in shows once the part arrives', async () => {
  for (const [locale, width] of [['en-US', 1280], ['fr-FR', 390]]) {
    const context = await env.browser.newContext({ locale, viewport: { width, height: 800 } });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    let release;
    const released = new Promise((r) => { release = r; });
    await page.route((url) => isPart(url.pathname), async (route) => { await released; await route.continue(); });
    await page.goto(env.url);
    await page.waitForFunction(() => performance.getEntriesByName('fp-first-result').length > 0);
    // Typed text is kept up to 100 characters: past that, the limits notice (`Limited`).
    await page.getByLabel(WORDS[locale].field, { exact: true }).fill('1'.repeat(150));
    await page.waitForTimeout(400);
    assert.equal(await page.locator('.fp-notice').count(), 0, 'its part is held back: no bar yet');
    release();
    await page.locator('.fp-notice').waitFor({ timeout: 10000 });
    assert.match(plain(await page.locator('.fp-notice').textContent()), WORDS[locale].says);
    // Dismissed like any other.
    await page.locator('.fp-notice button').last().click();
    await page.waitForFunction(() => !document.querySelector('.fp-notice'));
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test('a link that cannot be read shows its notice in the app\'s first frame', async () => {
  const context = await env.browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 800 } });
  // Every frame from the app's first render on: was the notice there?
  await context.addInitScript(() => {
    window.fpFrames = [];
    const sample = () => {
      if (performance.getEntriesByName('fp-first-result').length > 0) {
        window.fpFrames.push(Boolean(document.querySelector('.fp-notice')));
      }
      if (window.fpFrames.length < 5) requestAnimationFrame(sample);
    };
    requestAnimationFrame(sample);
  });
  const page = await context.newPage();
  await page.goto(env.url + '#v1=%%%broken');
  await page.waitForFunction(() => window.fpFrames.length >= 5);
  assert.deepEqual(await page.evaluate(() => window.fpFrames), [true, true, true, true, true]);
  assert.match(await page.locator('.fp-notice').textContent(), /could not be read/);
  await context.close();
});
