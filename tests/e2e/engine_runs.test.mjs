// The engine runs once per change of the plan and never on a tab, theme or language switch:
// counted by the `fp-engine` performance mark the app records at every run (src/browser).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { servedApp, plain } from './harness.mjs';

const env = servedApp();

const runs = (page) => page.evaluate(() => performance.getEntriesByName('fp-engine').length);

/** Engine runs made by `act`, counted once the view shows its effect. */
async function runsDuring(page, act, settled, arg) {
  const before = await runs(page);
  await act();
  await page.waitForFunction(settled, arg);
  // Any run the action caused happened in the reducer, before the render just awaited.
  return (await runs(page)) - before;
}

test('one engine run per keystroke, none on a tab, theme or language switch', async () => {
  const { page, context, errors } = await env.open(env.url, { locale: 'en-US' });
  assert.ok((await runs(page)) >= 1, 'the first result was computed by the engine');
  const goal = page.getByLabel('Revenue goal');
  await goal.click();
  await goal.press('End');
  for (const [key, customers] of [['0', '1,000'], ['0', '10,000'], ['Backspace', '1,000']]) {
    const ran = await runsDuring(page, () => goal.press(key), (c) =>
      document.querySelector('#fp-customers')?.textContent.replace(/\s/g, '') === c, customers);
    assert.equal(ran, 1, `typing ${key}`);
  }
  assert.equal(plain(await page.locator('#fp-customers').textContent()), '1,000');

  const tab = await runsDuring(page, () => page.locator('#fp-tab-team').click(),
    () => document.querySelector('#fp-tab-team')?.getAttribute('aria-selected') === 'true');
  assert.equal(tab, 0, 'tab switch');
  const theme = await runsDuring(page, () => page.getByLabel('Theme').selectOption('dark'),
    () => document.querySelector('.fp')?.getAttribute('data-theme') === 'dark');
  assert.equal(theme, 0, 'theme switch');
  const lang = await runsDuring(page, () => page.locator('.fp-lang__btn[lang="fr"]').click(),
    () => document.querySelector('.fp')?.getAttribute('lang') === 'fr');
  assert.equal(lang, 0, 'language switch');
  const back = await runsDuring(page, () => page.locator('#fp-tab-funnel').click(),
    () => document.querySelector('#fp-customers') !== null);
  assert.equal(back, 0, 'back to the funnel tab');
  assert.equal(plain(await page.locator('#fp-customers').textContent()), '1 000');
  assert.deepEqual(errors, []);
  await context.close();
});
