// The tab panels in parts of their own (src/app/lazy.rs, scripts/lib/split.mjs): the first
// load fetches only the main module; the parts come after the first paint and every tab
// draws from them; a part that fails to load shows a notice whose button fetches it again.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { servedApp, isPart } from './harness.mjs';

const env = servedApp();

const TABS = ['funnel', 'sources', 'team', 'budget', 'tracking', 'monthly', 'scoring', 'risk', 'share', 'embed'];

/** A page with its requests logged from the start; `block` aborts the panels' parts. */
async function open({ block = false } = {}) {
  const context = await env.browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  const fetched = [];
  page.on('request', (r) => fetched.push({ path: new URL(r.url()).pathname, at: Date.now() }));
  if (block) await page.route((url) => isPart(url.pathname), (route) => route.abort());
  await page.goto(env.url);
  await page.waitForSelector('.fp[data-ready="true"]');
  return { context, page, errors, fetched };
}

test('the first load is the main module; the panels come after the first paint and every tab draws', async () => {
  const { context, page, errors, fetched } = await open();
  const paths = fetched.map((f) => f.path);
  assert.ok(paths.some((p) => /\/app-[0-9a-f]{16}\/main_bg\.wasm$/.test(p)), `the main module: ${paths}`);
  // The Goal & funnel's editor arrives with its part.
  await page.waitForSelector('#fp-panel-funnel .fp-funnel .fp-outputs, #fp-panel-funnel .fp-funnel table', { timeout: 10000 });
  for (const id of TABS) {
    await page.locator(`#fp-tab-${id}`).click();
    await page.waitForFunction((id) => {
      const panel = document.getElementById(`fp-panel-${id}`);
      return panel && !panel.querySelector('[aria-busy="true"]') && panel.innerText.trim().length > 100;
    }, id, { timeout: 10000 });
  }
  const parts = fetched.filter((f) => isPart(f.path));
  assert.ok(parts.length >= 2, `the panels' parts were fetched: ${parts.map((f) => f.path)}`);
  // Every part was requested after the app's first render (its mark), none with the page.
  const timing = await page.evaluate(() => ({
    ready: performance.getEntriesByName('fp-first-result')[0].startTime,
    parts: performance.getEntriesByType('resource')
      .filter((e) => /\/(split_|chunk_)\w+\.wasm$/.test(new URL(e.name).pathname)).map((e) => e.startTime),
  }));
  assert.ok(timing.parts.length >= 2 && timing.parts.every((t) => t > timing.ready),
    `parts requested after the first render (${timing.ready} ms): ${timing.parts}`);
  assert.deepEqual(errors, [], 'no error and no CSP violation');
  await context.close();
});

test('a part that fails to load: a notice, and its button loads it', async () => {
  const { context, page, errors } = await open({ block: true });
  await page.locator('#fp-tab-team').click();
  const retry = page.locator('#fp-panel-team [role="alert"] button');
  await retry.waitFor({ timeout: 10000 });
  assert.match(await page.locator('#fp-panel-team [role="alert"]').innerText(), /could not be loaded/);
  await page.unrouteAll();
  await retry.click();
  await page.waitForFunction(() => {
    const panel = document.getElementById('fp-panel-team');
    return panel && !panel.querySelector('[aria-busy="true"]') && panel.innerText.trim().length > 100;
  }, null, { timeout: 10000 });
  // The failed fetches were logged by the split runtime; nothing else went wrong.
  assert.deepEqual(errors.filter((e) => !/Failed to fetch|ERR_FAILED|TypeError: Failed/.test(e)), []);
  await context.close();
});

test('parts served with another type than application/wasm still load (compiled from their bytes)', async () => {
  const context = await env.browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  const served = [];
  await page.route((url) => isPart(url.pathname), async (route) => {
    const response = await route.fetch();
    served.push(new URL(route.request().url()).pathname);
    await route.fulfill({ response, headers: { ...response.headers(), 'content-type': 'application/octet-stream' } });
  });
  await page.goto(env.url);
  await page.waitForSelector('.fp[data-ready="true"]');
  await page.locator('#fp-tab-team').click();
  await page.waitForFunction(() => {
    const panel = document.getElementById('fp-panel-team');
    return panel && !panel.querySelector('[aria-busy="true"], [role="alert"]') && panel.innerText.trim().length > 100;
  }, null, { timeout: 10000 });
  assert.ok(served.length >= 2, `the parts went through the wrong type: ${served}`);
  assert.deepEqual(errors, []);
  // Parts still in flight (the API's, the plan writer's) must not outlive the context.
  await page.unrouteAll({ behavior: 'ignoreErrors' });
  await context.close();
});

test('a saved plan: the reader comes with the main module, before the first render; blocked, nothing saved is touched', async () => {
  const { SESSION } = await import('./robust_support.mjs');
  const isReader = (path) => /\/app-[0-9a-f]{16}\/(split_persist|chunk_\d+)\.wasm$/.test(path);
  // A first visit: nothing to read, so the reader comes after the first render.
  const first = await open();
  await first.page.locator('#fp-goal').fill('250000');
  await first.page.waitForFunction((k) => (localStorage.getItem(k) || '').includes('250000'), SESSION);
  const saved = await first.page.evaluate((k) => localStorage.getItem(k), SESSION);
  const firstTiming = await first.page.evaluate(() => ({
    mark: performance.getEntriesByName('fp-first-result')[0].startTime,
    reader: performance.getEntriesByType('resource').filter((e) => /split_persist\.wasm$/.test(e.name)).map((e) => e.startTime),
  }));
  assert.ok(firstTiming.reader.length === 1 && firstTiming.reader[0] > firstTiming.mark, `first visit: ${JSON.stringify(firstTiming)}`);
  // The next visit, same browser: the saved plan opens, its reader requested with the page.
  await first.page.reload();
  await first.page.waitForSelector('.fp[data-ready="true"]');
  assert.match(await first.page.inputValue('#fp-goal'), /^250,?000$/);
  const again = await first.page.evaluate(() => ({
    mark: performance.getEntriesByName('fp-first-result')[0].startTime,
    started: performance.getEntriesByName('fp-wasm-started')[0].startTime,
    reader: performance.getEntriesByType('resource').filter((e) => /split_persist\.wasm$/.test(e.name)).map((e) => e.startTime),
  }));
  // Preloaded by the page's loader, alongside the main module: asked for before the main
  // module even starts, not after it (which would add a round trip to the first result).
  assert.ok(again.reader.length >= 1 && again.reader.every((t) => t < again.started), `returning visit: ${JSON.stringify(again)}`);
  assert.deepEqual(first.errors, []);
  // The reader blocked: the defaults with a notice that holds saving; the saved plan stays.
  const state = await first.context.storageState();
  await first.context.close();
  const context = await env.browser.newContext({ locale: 'fr-FR', viewport: { width: 390, height: 800 }, storageState: state });
  const page = await context.newPage();
  await page.route((url) => isReader(url.pathname) && /split_persist/.test(url.pathname), (route) => route.abort());
  await page.goto(env.url);
  await page.waitForSelector('.fp[data-ready="true"]');
  assert.match(await page.locator('.fp-notice').first().innerText(), /n'a pas pu être chargée.*Rechargez la page/s);
  assert.equal(await page.locator('.fp-notice button', { hasText: 'Recharger la page' }).count(), 1);
  await page.locator('#fp-goal').fill('300000');
  await page.waitForTimeout(500);
  assert.equal(await page.evaluate((k) => localStorage.getItem(k), SESSION), saved, 'the saved plan is untouched');
  assert.equal(await page.evaluate(() => location.hash), '', 'no link written either');
  await page.unrouteAll({ behavior: 'ignoreErrors' });
  await context.close();
});

test('a first visit whose writer cannot load: the notice says nothing is kept, and "Try again" keeps the plan', async () => {
  const context = await env.browser.newContext({ locale: 'en-US', viewport: { width: 390, height: 800 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  // The section actions' part too, for the notices' order below.
  let lastTry = 0;
  await page.route((url) => /\/split_(persist|section_code)\.wasm$/.test(url.pathname), (route) => {
    lastTry = Date.now();
    return route.abort();
  });
  // Each change of state (the notice's own arrival included) tries the writer's part again
  // after its paint: that try must have failed before the connection comes back, else it
  // keeps the plan on its own and the notice goes before its button is clicked.
  const triesSettled = async () => {
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 50)))));
    while (Date.now() - lastTry < 400) await page.waitForTimeout(100);
  };
  await page.goto(env.url);
  await page.waitForSelector('.fp[data-ready="true"]');
  await page.locator('#fp-goal').fill('300000');
  const notice = page.locator('.fp-notice', { hasText: 'your changes are not kept' });
  await notice.waitFor();
  assert.match(await notice.innerText(), /not kept in the browser, nor in the link/);
  assert.equal(await page.evaluate(() => Object.keys(localStorage).length), 0, 'nothing written');
  assert.equal(await page.evaluate(() => location.hash), '', 'no link written either');
  // Without a connection the button changes nothing; with it, the part loads and the plan is kept.
  await notice.getByRole('button', { name: 'Try again' }).click();
  await page.waitForTimeout(300);
  assert.equal(await notice.count(), 1);
  // One notice at a time: a change that cannot be made (its part blocked too) stands in front,
  // and once it is dismissed, this one is told again (nothing is kept meanwhile either).
  await page.getByLabel('One overall rate (lead → customer)').click();
  await page.locator('.fp-notice', { hasText: 'this change was not made' }).waitFor();
  await page.getByRole('button', { name: 'Dismiss' }).click();
  await notice.waitFor();
  await triesSettled();
  await page.unrouteAll();
  await notice.getByRole('button', { name: 'Try again' }).click();
  await notice.waitFor({ state: 'detached' });
  await page.waitForFunction(() => Object.values(localStorage).some((v) => v.includes('300000')));
  await page.waitForFunction(() => location.hash.length > 1);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the reader is preloaded exactly when the app will read: a saved plan or a link, not a preference or a widget', async () => {
  const { SESSION } = await import('./robust_support.mjs');
  const hints = async (store, query = '') => {
    const context = await env.browser.newContext({ locale: 'en-US' });
    await context.addInitScript((entries) => { for (const [k, v] of entries) localStorage.setItem(k, v); }, store);
    const page = await context.newPage();
    await page.goto(env.url + query);
    await page.waitForSelector('.fp[data-ready="true"]');
    const n = await page.locator('link[rel="preload"][href$="split_persist.wasm"]').count();
    await context.close();
    return n;
  };
  assert.equal(await hints([]), 0, 'a first visit');
  assert.equal(await hints([['funnel-planner.v1.help-folded', 'true']]), 0, 'only the folded-help preference');
  assert.equal(await hints([[SESSION, '{}']]), 1, 'a saved session');
  assert.equal(await hints([[SESSION, '{}']], '?embed=1'), 0, 'an embedded widget reads only its configuration');
  assert.equal(await hints([[SESSION, '{}']], '?embed=0'), 1, 'embed=0 is the app itself');
});

test('the section actions\' code comes after the first paint: an early change waits for it, in order; blocked, a notice', async () => {
  const isCode = (path) => /\/split_section_code\.wasm$/.test(path);
  const overall = 'One overall rate (lead → customer)';
  // Slow: the switch and a keystroke after it both wait, then apply in the order sent.
  {
    const context = await env.browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    let release;
    const released = new Promise((r) => { release = r; });
    await page.route((url) => isCode(url.pathname), async (route) => { await released; await route.continue(); });
    await page.goto(env.url);
    await page.waitForSelector('.fp[data-ready="true"]');
    await page.getByLabel(overall).click();
    await page.locator('#fp-goal').fill('300000');
    await page.waitForTimeout(300);
    // Held: the keystroke waits behind the switch, so the plan has not moved yet.
    assert.match(await page.locator('#fp-plan-goal').innerText(), /100,000/);
    release();
    await page.waitForFunction(() => document.querySelector('#fp-plan-goal')?.textContent.includes('300,000'));
    assert.equal(await page.getByLabel(overall).isChecked(), true);
    assert.equal(await page.getByLabel('Lead → customer conversion rate').count(), 1, 'the switch applied');
    await context.close();
  }
  // Blocked: the change is not made, and the notice says so; once the part loads, it is.
  {
    const context = await env.browser.newContext({ locale: 'fr-FR', viewport: { width: 390, height: 800 } });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.route((url) => isCode(url.pathname), (route) => route.abort());
    await page.goto(env.url);
    await page.waitForSelector('.fp[data-ready="true"]');
    const box = page.getByLabel('Un seul taux global (prospect → client)');
    // Playwright's check() would insist the box stays checked: click, then read it.
    await box.click();
    const notice = page.locator('.fp-notice', { hasText: "cette modification n'a pas été faite" });
    await notice.waitFor();
    assert.equal(await box.isChecked(), false, 'the box shows the plan as it is');
    await page.unrouteAll();
    await box.check();
    await notice.waitFor({ state: 'detached' });
    assert.equal(await box.isChecked(), true);
    assert.deepEqual(errors, []);
    await context.close();
  }
});
