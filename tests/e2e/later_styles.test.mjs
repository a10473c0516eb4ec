// The styles of what the app draws after its first paint (style/later/, README "Where the
// bytes go"): not downloaded before the page answers, never needed by the first screen, and
// in before any panel that needs them is drawn (scripts/lib/split_runtime.mjs makes them a
// dependency of the parts that draw it); a sheet that could not load is fetched again.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { DIST, servedApp, isPart } from './harness.mjs';

const env = servedApp();
const isLater = (p) => /^\/later-[0-9a-f]{16}\.css$/.test(p);
const laterCss = () => readFileSync(path.join(DIST, readdirSync(DIST).find((f) => isLater(`/${f}`))), 'utf8');

/** The selectors of `css` outside `@media print` (printing is for a page already drawn). */
function screenSelectors(css) {
  const out = [];
  let depth = 0;
  let print = false;
  for (const [, head, brace] of css.matchAll(/([^{}]*)([{}])/g)) {
    if (brace === '}') {
      depth -= 1;
      if (depth === 0) print = false;
      continue;
    }
    const selector = head.trim();
    if (selector.startsWith('@')) print ||= selector === '@media print';
    else if (!print) out.push(...selector.split(/,(?![^(]*\))/).map((s) => s.trim()));
    depth += 1;
  }
  return out;
}

test('the later styles are not fetched before the page answers, and match nothing of the first screen', async () => {
  for (const [locale, width] of [['en-US', 1280], ['fr-FR', 390]]) {
    const context = await env.browser.newContext({ locale, viewport: { width, height: 800 } });
    const page = await context.newPage();
    let release;
    const released = new Promise((r) => { release = r; });
    // The sheet and the parts wait: the page shows its first frame, as a visitor's does
    // before they arrive.
    await page.route((url) => isLater(url.pathname) || isPart(url.pathname), async (route) => { await released; await route.continue(); });
    await page.goto(env.url);
    await page.waitForFunction(() => performance.getEntriesByName('fp-first-result').length > 0);
    await page.waitForTimeout(300);
    const selectors = screenSelectors(laterCss());
    assert.ok(selectors.length > 100, `${selectors.length} selectors`);
    const found = await page.evaluate((list) => list.filter((s) => {
      try {
        return document.querySelector(`.fp ${s.replace(/::?(before|after|placeholder|marker)\b/g, '')}`) !== null;
      } catch {
        return false;
      }
    }), selectors);
    assert.deepEqual(found, [], 'later rules matching the first screen');
    const early = await page.evaluate(() => performance.getEntriesByType('resource')
      .filter((e) => e.startTime <= performance.getEntriesByName('fp-first-result')[0].startTime)
      .map((e) => new URL(e.name).pathname));
    assert.deepEqual(early.filter(isLater), [], 'fetched before the page answered');
    release();
    await page.waitForSelector('.fp[data-ready="true"]');
    await page.locator('#fp-tab-team').click();
    await page.locator('.fp-team').waitFor();
    assert.equal(await page.locator('.fp-team').evaluate((e) => getComputedStyle(e).display), 'grid', 'the team section is styled');
    assert.equal(await page.locator('link[rel="stylesheet"][href*="later-"]').count(), 1, 'one link added');
    await context.close();
  }
});

test('a panel waits for the later styles: the editor is drawn once they are in, never unstyled', async () => {
  const context = await env.browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  let release;
  const released = new Promise((r) => { release = r; });
  await page.route((url) => isLater(url.pathname), async (route) => { await released; await route.continue(); });
  await page.goto(env.url);
  await page.waitForSelector('#fp-customers');
  await page.waitForTimeout(800);
  // The parts are in by now; the Goal & funnel still shows its first frame, without the editor.
  assert.equal(await page.locator('.fp-stages__list').count(), 0, 'the editor waits for its styles');
  assert.equal(await page.locator('.fp[data-ready="true"]').count(), 0, 'not ready before the panel is drawn');
  release();
  await page.locator('.fp-stages__list').waitFor();
  assert.equal(await page.locator('.fp-stages__list').evaluate((e) => getComputedStyle(e).display), 'grid');
  await page.waitForSelector('.fp[data-ready="true"]');
  await context.close();
});

test('when the later styles cannot load, the panel says so and a retry fetches them again', async () => {
  const context = await env.browser.newContext({ locale: 'fr-FR', viewport: { width: 390, height: 800 } });
  const page = await context.newPage();
  let failing = true;
  const tries = [];
  await page.route((url) => isLater(url.pathname), async (route) => {
    tries.push(failing);
    if (failing) await route.abort('failed');
    else await route.continue();
  });
  await page.goto(env.url);
  await page.waitForSelector('#fp-customers');
  await page.locator('#fp-tab-team').click();
  await page.getByRole('button', { name: 'Réessayer' }).waitFor();
  assert.match(await page.locator('.fp-panel').innerText(), /n'a pas pu être chargée/);
  assert.equal(await page.locator('.fp-team').count(), 0);
  failing = false;
  await page.getByRole('button', { name: 'Réessayer' }).click();
  await page.locator('.fp-team').waitFor();
  assert.equal(await page.locator('.fp-team').evaluate((e) => getComputedStyle(e).display), 'grid');
  assert.ok(tries.length >= 2 && tries.at(-1) === false, `attempts: ${tries}`);
  assert.equal(await page.locator('link[rel="stylesheet"][href*="later-"]').count(), 1, 'the failed link was removed');
  await context.close();
});
