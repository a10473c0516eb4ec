// The risk simulation over a mix of sources in the built dist/: the worker's headline is the
// main thread's (same engine, same protocol), and the JS API gives each source's chance only
// with two or more sources, which the Risk section shows too.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { servedApp, plain } from './harness.mjs';

const env = servedApp();

const risk = { enabled: true, stages: [{ range: { low: '0.015', likely: '0.02', high: '0.025' } }] };
const mix = {
  risk,
  team: { reps: '3' },
  sources: [
    { name: 'Inbound', share: { share: '0.7' } },
    { name: 'Webinar', share: { share: '0.3' }, rates: [null, '0.09'], deal_size: '1500' },
  ],
};
const link = (diff) => `#v2=${Buffer.from(JSON.stringify(diff)).toString('base64url')}`;

async function headline(blockWorker) {
  const { page, context, errors } = await env.open(env.url + link(mix), { locale: 'en-US' });
  if (blockWorker) await page.route('**/risk_worker*', (route) => route.abort());
  await page.getByRole('tab', { name: 'Risk' }).click();
  await page.waitForFunction(() => {
    const h = document.querySelector('#fp-risk-headline');
    const root = document.querySelector('.fp-risk');
    return h && root && root.dataset.pending === 'false' && /\d/.test(h.textContent);
  }, null, { timeout: 15000 });
  const text = plain(await page.locator('#fp-risk-headline').textContent());
  const sources = await page.locator('#fp-risk-sources tbody tr').evaluateAll((rows) => rows.map((r) => r.innerText.replace(/\s+/g, ' ').trim()));
  await context.close();
  return { text, sources, errors };
}

test('a mix: the worker answers what the main thread computes', async () => {
  const worker = await headline(false);
  const main = await headline(true);
  assert.match(worker.text, /chance of reaching the goal/);
  assert.equal(main.text, worker.text);
  // The Risk section shows each source's chance of its own part, from the same run.
  assert.equal(worker.sources.length, 2);
  assert.match(worker.sources[0], /^Inbound \d+(\.\d)?%$/);
  assert.match(worker.sources[1], /^Webinar \d+(\.\d)?%$/);
  assert.deepEqual(main.sources, worker.sources);
  assert.deepEqual(worker.errors, []);
});

test('the JS API gives each source\'s chance only with a mix', async () => {
  const { page, context } = await env.open(env.url);
  const got = await page.evaluate(([mix, risk]) => {
    const { plan } = window.wasmBindings;
    const two = plan(mix).report.risk;
    const one = plan({ risk, team: { reps: '3' } }).report.risk;
    return { names: two.sources.map((s) => s.name), chances: two.sources.map((s) => Number(s.p_hit)), p: Number(two.p_hit), one: 'sources' in one };
  }, [mix, risk]);
  assert.deepEqual(got.names, ['Inbound', 'Webinar']);
  assert.equal(got.one, false, 'one source: no per-source chance');
  assert.ok(got.chances.every((c) => c >= 0 && c <= 1));
  assert.ok(got.p > 0 && got.p < 1, `the mix's chance ${got.p}`);
  await context.close();
});
