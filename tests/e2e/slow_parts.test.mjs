// Parts that arrive late (a slow connection or device): a check clicked on the first screen
// before its section's part is in still brings that part into view once drawn; and the
// engine's occasional sections (recorded months, tracking, the agreement, the sources'
// optimiser), whose code is in the parts, are there for a plan that uses them from the first
// render, while a first visit downloads none of it first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { servedApp, plain, isPart } from './harness.mjs';

const env = servedApp();

test('a check clicked while its section\'s part is still loading focuses that part once it is drawn', async () => {
  for (const [locale, width] of [['en-US', 1280], ['fr-FR', 390]]) {
    const context = await env.browser.newContext({ locale, viewport: { width, height: 800 } });
    const page = await context.newPage();
    let release;
    const released = new Promise((r) => { release = r; });
    // Every part waits until released: the tab opens on its placeholder.
    await page.route((url) => isPart(url.pathname), async (route) => { await released; await route.continue(); });
    await page.goto(env.url);
    await page.waitForSelector('#fp-check-hours');
    await page.locator('#fp-check-hours').click();
    await page.waitForFunction(() => document.querySelector('#fp-tab-team')?.getAttribute('aria-selected') === 'true');
    await page.waitForTimeout(400);
    assert.equal(await page.locator('#fp-sla-results-title').count(), 0, 'the part is held back');
    release();
    await page.waitForFunction(() => document.activeElement?.id === 'fp-sla-results-title', null, { timeout: 10000 });
    const box = await page.locator('#fp-sla-results-title').boundingBox();
    assert.ok(box.y > -2 && box.y < 800, `the SLA is in view: ${JSON.stringify(box)}`);
    await context.close();
  }
});

test('a link to a plan using the occasional sections opens with them; a first visit fetches their code after its first render', async () => {
  // Set up tracking and an agreement in one page, and take the link it keeps in the address.
  const first = await env.browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 } });
  const page = await first.newPage();
  const early = [];
  page.on('request', (r) => early.push(new URL(r.url()).pathname));
  await page.goto(env.url);
  await page.waitForSelector('.fp[data-ready="true"]');
  const beforeRender = await page.evaluate(() => performance.getEntriesByType('resource')
    .filter((e) => e.startTime < performance.getEntriesByName('fp-first-result')[0].startTime)
    .map((e) => new URL(e.name).pathname));
  assert.deepEqual(beforeRender.filter(isPart), [], 'no part before the first render of a first visit');
  await page.locator('#fp-tab-tracking').click();
  await page.getByLabel('Track actuals against the plan').check();
  await page.locator('#fp-track-out').waitFor();
  await page.waitForFunction(() => location.hash.length > 10);
  const link = await page.evaluate(() => location.href);
  await first.close();

  const second = await env.browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 } });
  const opened = await second.newPage();
  const errors = [];
  opened.on('pageerror', (e) => errors.push(String(e)));
  await opened.goto(link);
  await opened.waitForSelector('.fp[data-ready="true"]');
  // From the first render: the plan computes with tracking (no "still loading" stale state).
  assert.equal(await opened.locator('#fp-plan').getAttribute('data-stale'), 'false');
  await opened.locator('#fp-tab-tracking').click();
  await opened.locator('#fp-track-out').waitFor();
  assert.equal(await opened.getByLabel('Track actuals against the plan').isChecked(), true);
  assert.doesNotMatch(await opened.locator('body').innerText(), /still loading/);
  assert.deepEqual(errors, []);
  await second.close();
});

test('a language switch before the section code is in renames the stages by running the engine once; after, without', async () => {
  const context = await env.browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  let release;
  const released = new Promise((r) => { release = r; });
  await page.route((url) => isPart(url.pathname), async (route) => { await released; await route.continue(); });
  await page.goto(env.url);
  await page.waitForSelector('#fp-customers');
  const runs = () => page.evaluate(() => performance.getEntriesByName('fp-engine').length);
  // The goal line names the lead stage: a default stage name, renamed with the language.
  const leads = async () => plain(await page.locator('#fp-plan .fp-goal-line__detail').textContent());
  const before = await runs();
  assert.match(await leads(), /Lead: 2,500/);
  await page.locator('.fp-lang__btn[lang="fr"]').click();
  await page.waitForFunction(() => document.querySelector('.fp')?.getAttribute('lang') === 'fr');
  // The renaming's code is held back with the parts: the engine ran once on the renamed plan,
  // and the first screen speaks French with the same figures.
  assert.equal((await runs()) - before, 1, 'one run before the code is in');
  assert.equal((await page.locator('#fp-customers').textContent()).trim(), '100');
  assert.match(await leads(), /Prospect : 2 500/);
  assert.equal(await page.locator('.fp[data-ready="true"]').count(), 0, 'the parts were still held');
  release();
  await page.waitForSelector('.fp[data-ready="true"]');
  await page.waitForTimeout(500);
  const after = await runs();
  await page.locator('.fp-lang__btn[lang="en"]').click();
  await page.waitForFunction(() => document.querySelector('.fp')?.getAttribute('lang') === 'en');
  assert.equal((await runs()) - after, 0, 'no run once the code is in');
  assert.match(await leads(), /Lead: 2,500/);
  await context.close();
});
