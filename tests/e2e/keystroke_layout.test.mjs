// What a goal keystroke changes sits in block flow, not in one-column grids (style/plan.css,
// style/funnel.css, style/main.css; README "Measuring"): a grid lays out its rows twice, sized
// then stretched, and nested grids multiply that, which cost about a fifth of the keystroke's
// frame. The boxes are the ones the grids gave: the spacing between the stacked parts is the
// gap they had.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { servedApp } from './harness.mjs';

const env = servedApp();

/** The elements whose text or attributes a goal keystroke changes in its first frame. */
async function changedByKeystroke(page) {
  return page.evaluate(async () => {
    const changed = new Set();
    const observer = new MutationObserver((list) => {
      for (const m of list) changed.add(m.target.nodeType === 1 ? m.target : m.target.parentElement);
    });
    observer.observe(document.querySelector('.fp'), { childList: true, subtree: true, characterData: true, attributes: true });
    const input = document.querySelector('#fp-goal');
    input.value = '250000';
    input.dispatchEvent(new InputEvent('input', { bubbles: true }));
    await Promise.resolve();
    await new Promise((r) => setTimeout(r, 0));
    observer.disconnect();
    // Every grid above a changed element, with its number of column tracks.
    const grids = new Map();
    for (const element of changed) {
      for (let e = element; e && !e.classList.contains('fp'); e = e.parentElement) {
        const style = getComputedStyle(e);
        if (style.display.includes('grid')) grids.set(e.id || e.className, style.gridTemplateColumns.split(' ').length);
      }
    }
    return { count: changed.size, grids: [...grids] };
  });
}

/** Vertical space between the bottom of `above` and the top of `below`, in CSS pixels. */
const space = (page, above, below) => page.evaluate(([a, b]) => {
  const top = document.querySelector(b).getBoundingClientRect().top;
  return Math.round(top - document.querySelector(a).getBoundingClientRect().bottom);
}, [above, below]);

test('en-1280: no one-column grid above what a goal keystroke changes; the stacked parts keep their spacing', async () => {
  const { page, context, errors } = await env.open(env.url, { locale: 'en-US', width: 1280 });
  const { count, grids } = await changedByKeystroke(page);
  assert.ok(count >= 10, `the keystroke changed the first screen and the answer (${count} elements)`);
  for (const [name, columns] of grids) assert.ok(columns > 1, `${name} is a grid of ${columns} column(s)`);
  for (const selector of ['.fp-plan', '.fp-verdict-box', '.fp-funnel', '.fp-funnel .fp-figures']) {
    assert.equal(await page.locator(selector).first().evaluate((e) => getComputedStyle(e).display), 'flow-root', selector);
  }
  // The goal's card and the answer's: each as tall as its content, so a change in the answer's
  // height does not lay the goal's card out again.
  const main = page.locator('.fp-funnel > .fp-main').first();
  assert.equal(await main.evaluate((e) => getComputedStyle(e).alignItems), 'start');
  const [goalCard, answerCard] = await main.evaluate((e) => [...e.children].map((c) => c.getBoundingClientRect().height));
  assert.ok(answerCard < goalCard, `the answer's card (${answerCard} px) is not stretched to the goal's (${goalCard} px)`);
  // The gaps the grids had: 0.75rem in the first screen, 0.5rem in the verdict, 1rem between
  // the funnel's parts, 0.75rem between its figures.
  assert.equal(await space(page, '.fp-goal-line', '.fp-verdict-box'), 12);
  assert.equal(await space(page, '.fp-verdict-box', '.fp-commit'), 12);
  assert.equal(await space(page, '#fp-plan-verdict', '.fp-checks'), 8);
  assert.equal(await space(page, '.fp-figures > :first-child', '.fp-figures > :nth-child(2)'), 12);
  await page.locator('.fp-funnel > :nth-child(2)').waitFor();
  assert.equal(await space(page, '.fp-funnel > :first-child', '.fp-funnel > :nth-child(2)'), 16);
  assert.deepEqual(errors, []);
  await context.close();
});

test('fr-390: the first screen stacks in block flow with the phone\'s spacing', async () => {
  const { page, context, errors } = await env.open(env.url, { locale: 'fr-FR', width: 390 });
  for (const selector of ['.fp-plan', '.fp-verdict-box', '.fp-checks']) {
    assert.equal(await page.locator(selector).evaluate((e) => getComputedStyle(e).display), 'flow-root', selector);
  }
  assert.equal(await space(page, '.fp-goal-line', '.fp-verdict-box'), 8);
  assert.equal(await space(page, '.fp-checks > :first-child', '.fp-checks > :nth-child(2)'), 4);
  assert.deepEqual(errors, []);
  await context.close();
});
