// The risk Monte-Carlo off the main thread (src/browser/risk_worker.rs): the first visit does
// not download the worker; the risk section starts it and its answer is the main thread's
// (same seed, same figures); with workers failing, the main thread simulates instead.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { servedApp, plain } from './harness.mjs';

const env = servedApp();

async function headline(page) {
  await page.waitForFunction(() => {
    const h = document.querySelector('#fp-risk-headline');
    const root = document.querySelector('.fp-risk');
    return h && root && root.dataset.pending === 'false' && /\d/.test(h.textContent);
  }, null, { timeout: 15000 });
  return plain(await page.locator('#fp-risk-headline').textContent());
}

async function simulate(blockWorker) {
  const { page, context, errors } = await env.open(env.url, { locale: 'en-US' });
  const fetched = [];
  page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
  if (blockWorker) await page.route('**/risk_worker*', (route) => route.abort());
  const beforeRisk = [...fetched];
  await page.getByRole('tab', { name: 'Risk' }).click();
  await page.getByLabel('Account for uncertain rates and deal size (Monte-Carlo simulation)').check();
  const text = await headline(page);
  const started = await page.evaluate(() => performance.getEntriesByName('fp-risk-worker').length);
  await context.close();
  return { text, beforeRisk, fetched, started, errors };
}

test('the simulation runs in its own worker, loaded only when the risk section needs it', async () => {
  const inWorker = await simulate(false);
  assert.ok(!inWorker.beforeRisk.some((p) => p.includes('risk_worker')), 'not part of the first load');
  assert.equal(inWorker.started, 1, 'the worker was started');
  assert.ok(inWorker.fetched.some((p) => p.endsWith('risk_worker_bg.wasm')), 'its module was fetched');
  assert.deepEqual(inWorker.errors, [], 'no error and no CSP violation');

  const onMain = await simulate(true);
  assert.equal(onMain.text, inWorker.text, 'a failed worker falls back to the main thread, same answer');
  assert.match(inWorker.text, /chance of reaching the goal/);
});
