// A crash in the release build (README "Panics in the release build"): the app's module is
// built to abort on a panic, a bare WebAssembly trap with no message, so the app's own panic
// hook never runs; the page's handler (index.html, `fp-crash-watch`) draws the crash panel in
// the app's language instead. The trap here is a real one from the app's module (an export
// called with a bogus closure address, in a timer, as an event listener would meet it).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { servedApp, plain, DIST } from './harness.mjs';

const env = servedApp();

/** Opens the app keeping the module's raw exports (the loader's TrunkApplicationStarted). */
async function openKeepingExports(url, locale, width) {
  const context = await env.browser.newContext({ locale, viewport: { width, height: 844 } });
  await context.addInitScript(() => addEventListener('TrunkApplicationStarted', (e) => { window.__wasm = e.detail.wasm; }));
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(url);
  await page.waitForSelector('.fp[data-ready="true"]');
  await page.waitForFunction(() => window.__wasm);
  return { context, page, errors };
}

const CRASH = {
  'en-US': ['Something went wrong.', 'Reload the page: your plan is kept.'],
  'fr-FR': ['Une erreur inattendue est survenue.', 'Rechargez la page : votre plan est conservé.'],
};

// The served app in both languages, and the single file from file:// (its own page, which
// keeps the crash handler but not the first screen's script).
const cases = [['served', 'en-US', 1280], ['served', 'fr-FR', 390], ['single file', 'fr-FR', 1280]];
for (const [where, locale, width] of cases) {
  test(`${where}, ${locale.slice(0, 2)}-${width}: a trap in the running app replaces it with the crash panel, in its language`, async () => {
    const url = where === 'served' ? env.url : pathToFileURL(path.join(DIST, 'funnel-planner.html')).href;
    const { context, page, errors } = await openKeepingExports(url, locale, width);
    await page.evaluate(() => {
      // A closure shim without arguments: exported under a short name (`__a`…, scripts/lib/
      // short_imports.mjs), it takes the closure's two words.
      const invoke = Object.keys(window.__wasm).find((k) => /^__[a-z][0-9]*$/.test(k) && window.__wasm[k].length === 2);
      setTimeout(() => window.__wasm[invoke](16, 0x7fffff0));
    });
    await page.waitForSelector('#funnel-planner > .fp-crash[role="alert"]');
    assert.ok(errors.some((e) => e.startsWith('RuntimeError')), `a trap was thrown: ${errors}`);
    const [title, body] = CRASH[locale];
    assert.equal(plain(await page.locator('.fp-crash strong').textContent()), title);
    assert.equal(plain(await page.locator('.fp-crash p').textContent()), plain(body));
    assert.equal(await page.locator('#funnel-planner .fp').count(), 0, 'the stopped app is gone');
    await context.close();
  });
}

test('an error from another script leaves the running app alone', async () => {
  const { context, page, errors } = await openKeepingExports(env.url, 'en-US', 1280);
  await page.evaluate(() => setTimeout(() => { throw new Error('a host script failed'); }));
  await page.waitForTimeout(300);
  assert.ok(errors.some((e) => e.includes('a host script failed')));
  assert.equal(await page.locator('.fp-crash').count(), 0);
  await page.fill('#fp-goal', '250000');
  await page.waitForFunction(() => document.querySelector('#fp-customers')?.textContent.replace(/\D/g, '') === '250');
  await context.close();
});

test('the shipped main module carries no panic messages or source locations', () => {
  const app = readdirSync(DIST).find((n) => /^app-[0-9a-f]{16}$/.test(n));
  const wasm = readFileSync(path.join(DIST, app, 'main_bg.wasm')).toString('latin1');
  for (const mark of ['/rustc/', '.cargo/registry', 'RefCell already borrowed', 'called `Option::unwrap()`']) {
    assert.ok(!wasm.includes(mark), `main_bg.wasm contains "${mark}"`);
  }
});
