// Seeded fuzz of every way in: share links opened over a saved plan, damaged storage, embed
// query strings and host messages. Each case: no page error, no main-thread task over 1 s, the
// app ready; after a link that cannot be opened, the saved plan is unchanged. The seed is fixed
// (FP_FUZZ_SEED overrides it) so a failure replays exactly; FP_FUZZ_CASES scales the run.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { servedApp, serve, RESULTS } from './harness.mjs';
import { SESSION, SCENARIOS, linkFor, newPage, settle, longest, defaultPlan } from './robust_support.mjs';

const env = servedApp();
const SEED = Number(process.env.FP_FUZZ_SEED || 17);
const CASES = Number(process.env.FP_FUZZ_CASES || 300);
const FREEZE_MS = 1000;

/** mulberry32: a tiny seeded generator, the same sequence on every machine. */
function prng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n) => Math.floor(next() * n);
  const pick = (list) => list[int(list.length)];
  const text = (n) => Array.from({ length: n }, () => String.fromCodePoint(pick([32 + int(95), 0xe9, 0x2028, 0x3c, 0x22, 0x5c, 0x1f600]))).join('');
  const junk = () => pick([
    () => null, () => true, () => -1, () => 1e308, () => -0, () => 0.1 + 0.2, () => int(1e9),
    () => '-Infinity', () => 'NaN', () => '1e999', () => text(int(20)), () => 'x'.repeat(int(200_000)),
    () => [], () => [1, 'a', null], () => ({}), () => ({ a: { b: [] } }),
    () => Array.from({ length: int(3000) }, () => ({ name: text(3), rate: next() })),
  ])();
  return { next, int, pick, text, junk };
}

/** Every path to a leaf (or a list) of a JSON value. */
function paths(value, prefix = []) {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    return Object.entries(value).flatMap(([k, v]) => [[...prefix, k], ...paths(v, [...prefix, k])]);
  }
  if (Array.isArray(value)) return value.flatMap((v, i) => paths(v, [...prefix, i]));
  return [];
}

function mutate(r, plan, times) {
  const out = structuredClone(plan);
  const all = paths(out);
  for (let i = 0; i < times; i++) {
    const path = r.pick(all);
    let node = out;
    for (const step of path.slice(0, -1)) node = node?.[step];
    if (node && typeof node === 'object') node[path.at(-1)] = r.junk();
  }
  return out;
}

function randomHash(r, plan) {
  const small = mutate(r, { goal: 1, deal_size: 1, team: plan.team, funnel: plan.funnel }, 1 + r.int(3));
  return r.pick([
    () => linkFor(small),
    () => linkFor(mutate(r, plan, 1 + r.int(4))),
    () => linkFor({ goal: 200000 }).slice(0, 5 + r.int(30)),
    () => `#v${r.pick([0, 1, 2, 10, '01', 'x', ''])}=${Buffer.from(r.text(r.int(60))).toString(r.pick(['base64url', 'base64', 'hex']))}`,
    () => `#${r.text(r.int(40))}`,
    () => `#view=1&${linkFor({ goal: r.junk() }).slice(1)}&v=${r.int(9)}`,
    () => `#cur=${r.text(4)}&v1=${'A'.repeat(r.int(400_000))}`,
    () => '#v1=' + Buffer.from(JSON.stringify(r.junk())).toString('base64url'),
  ])();
}

async function check(page, errors, label) {
  const busy = await longest(page);
  assert.ok(busy < FREEZE_MS, `${label}: main thread busy ${busy} ms`);
  assert.deepEqual(errors.splice(0), [], label);
}

// The app is ready in under a second here (0.2–0.7 s measured, also with the cores busy); 30 s
// only tells a hang from a slow shared CI machine. A file the test server failed to send is not
// the app's fault: that case is opened once more. Anything else fails with what the page showed
// and the failing input saved under test-results/ to replay it.
const READY_MS = 30_000;

// Every page navigated away from leaves its WebAssembly memory reserved until V8 collects it,
// and the renderer's sandbox holds only about a hundred of those reservations (8 GiB of address
// space each). A fresh-clone CI run, its machine busy, opened link after link faster than the
// idle-time collector freed them: "WebAssembly.instantiate(): Out of memory: Cannot allocate
// Wasm memory for new instance", and the placeholder stayed. No visitor opens hundreds of plans
// in one tab within minutes, so the test collects the garbage itself every 10 openings.
const GC_EVERY = 10;
const opened = new WeakMap();

async function collectEvery(page) {
  const seen = opened.get(page) ?? { n: 0, cdp: await page.context().newCDPSession(page) };
  opened.set(page, seen);
  if (++seen.n % GC_EVERY === 0) await seen.cdp.send('HeapProfiler.collectGarbage');
}

async function reopen(page, url, input) {
  await collectEvery(page);
  for (let attempt = 1; ; attempt++) {
    const failed = [];
    // What the page was still waiting for, and what it said, if it never becomes ready (a CI
    // run showed the placeholder after 30 s with no failed request; not reproduced since).
    const pending = new Set();
    const said = [];
    const onFailed = (req) => { pending.delete(req); failed.push(`${req.url()} ${req.failure()?.errorText}`); };
    const onRequest = (req) => pending.add(req);
    const onFinished = (req) => pending.delete(req);
    const onConsole = (m) => { if (m.type() === 'error') said.push(`console: ${m.text().slice(0, 300)}`); };
    const onError = (e) => said.push(`pageerror: ${e.message.slice(0, 300)}`);
    page.on('requestfailed', onFailed);
    page.on('request', onRequest);
    page.on('requestfinished', onFinished);
    page.on('console', onConsole);
    page.on('pageerror', onError);
    try {
      await page.goto('about:blank');
      await page.goto(url);
      await page.waitForSelector('.fp[data-ready="true"]', { timeout: READY_MS });
      return;
    } catch (e) {
      if (failed.length && attempt === 1) continue;
      const shown = await page.evaluate(() => document.getElementById('funnel-planner')?.outerHTML.slice(0, 600)).catch(String);
      const file = path.join(RESULTS, `fuzz-not-ready-${Date.now()}.json`);
      const waiting = [...pending].map((r) => r.url());
      writeFileSync(file, JSON.stringify({ url, input, failed, waiting, said, shown }, null, 1));
      throw new Error(`not ready after ${READY_MS} ms (${e.message.split('\n')[0]}); failed requests: ${JSON.stringify(failed)}; still waiting for: ${JSON.stringify(waiting)}; errors: ${JSON.stringify(said)}; page: ${shown}; input in ${file}`);
    } finally {
      page.off('requestfailed', onFailed);
      page.off('request', onRequest);
      page.off('requestfinished', onFinished);
      page.off('console', onConsole);
      page.off('pageerror', onError);
    }
  }
}

test(`fuzz: ${CASES} share links over a saved plan (seed ${SEED})`, async () => {
  const r = prng(SEED);
  const plan = await defaultPlan(env);
  const { page, context, errors } = await env.open(env.url);
  await page.getByLabel('Revenue goal').fill('250,000');
  await page.waitForFunction((k) => (localStorage.getItem(k) || '').includes('250000'), SESSION);
  const saved = await page.evaluate((k) => localStorage.getItem(k), SESSION);
  const fuzzed = (await newPage(context, env.url)).page;
  const fuzzErrors = [];
  fuzzed.on('pageerror', (e) => fuzzErrors.push(String(e)));
  fuzzed.on('console', (m) => m.type() === 'error' && fuzzErrors.push(m.text()));
  let held = 0;
  for (let i = 0; i < CASES; i++) {
    const hash = randomHash(r, plan);
    const label = `link ${i}: ${hash.slice(0, 60)}`;
    await reopen(fuzzed, env.url + hash);
    await settle(fuzzed, 60);
    await check(fuzzed, fuzzErrors, label);
    const text = (await fuzzed.locator('.fp-notice').count()) ? await fuzzed.locator('.fp-notice').textContent() : '';
    if (text.includes('untouched')) {
      held++;
      assert.equal(await fuzzed.evaluate((k) => localStorage.getItem(k), SESSION), saved, `${label}: saved plan changed`);
      // The browser percent-encodes some characters of a fragment; WHATWG URL does the same.
      assert.equal(await fuzzed.evaluate(() => location.hash), new URL(hash, env.url).hash, `${label}: address changed`);
    } else {
      await fuzzed.evaluate(([k, v]) => localStorage.setItem(k, v), [SESSION, saved]);
    }
  }
  assert.ok(held > CASES / 4, `${held} links refused: the generator reaches the refusals`);
  assert.deepEqual(errors, []);
  await context.close();
});

test(`fuzz: ${Math.ceil(CASES * 2 / 3)} damaged storage states (seed ${SEED})`, async () => {
  const r = prng(SEED + 1);
  const plan = await defaultPlan(env);
  const { page, context, errors } = await env.open(env.url);
  for (let i = 0; i < Math.ceil(CASES * 2 / 3); i++) {
    const session = { lang: r.pick(['en', 'fr', 'xx', 7]), currency: r.pick(['EUR', 'usd', '€€', null]), plan: mutate(r, plan, 1 + r.int(5)), drafts: r.pick([{}, { goal: r.text(5) }, [], r.junk()]) };
    let text = JSON.stringify(session);
    if (r.next() < 0.15) text = text.slice(0, r.int(text.length));
    const scenarios = JSON.stringify(Array.from({ length: r.int(5) }, () => r.pick([() => ({ name: r.text(8), plan: mutate(r, plan, r.int(3)) }), () => r.junk()])()));
    const items = { [SESSION]: text, [SCENARIOS]: r.next() < 0.2 ? r.text(10) : scenarios };
    await page.evaluate((items) => {
      localStorage.clear();
      for (const [k, v] of Object.entries(items)) localStorage.setItem(k, v);
    }, items);
    await reopen(page, env.url, items);
    await settle(page, 60);
    await check(page, errors, `storage ${i}`);
    const after = await page.evaluate((k) => localStorage.getItem(k), SESSION);
    if (after !== null) assert.ok(JSON.parse(after).plan, `storage ${i}: what is saved reads back`);
    const notice = (await page.locator('.fp-notice').count()) ? await page.locator('.fp-notice').textContent() : '';
    if (notice.includes('kept aside')) {
      const kept = await page.evaluate((k) => localStorage.getItem(k + '.backup'), SESSION);
      const keptList = await page.evaluate((k) => localStorage.getItem(k + '.backup'), SCENARIOS);
      assert.ok(kept === text || keptList === items[SCENARIOS], `storage ${i}: the original was kept aside before the save`);
    }
  }
  await context.close();
});

test(`fuzz: ${CASES} embed query strings and host messages (seed ${SEED})`, async () => {
  const r = prng(SEED + 2);
  const keys = ['embed', 'lang', 'currency', 'goal', 'deal_size', 'sections', 'lock', 'brand', 'font', 'radius', 'theme', 'compact', 'mode', 'host', 'id', 'funnel.overall_rate', 'funnel.stages.1.rate', r.text(4)];
  const { page, context, errors } = await env.open(env.url);
  for (let i = 0; i < Math.ceil(CASES / 2); i++) {
    const query = Array.from({ length: 1 + r.int(6) }, () => `${r.pick(keys)}=${encodeURIComponent(String(r.junk()).slice(0, 300))}`).join('&');
    await reopen(page, `${env.url}?${query}`, query);
    await check(page, errors, `query ${i}: ${query.slice(0, 80)}`);
  }
  await context.close();

  const { mkdtempSync, writeFileSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const dir = mkdtempSync(`${tmpdir()}/fp-fuzz-host-`);
  writeFileSync(`${dir}/index.html`, `<!doctype html><title>Host</title><link rel="icon" href="data:,"><div class="fp" data-ready="true">Host page</div><script>
    const f = document.createElement('iframe');
    f.src = ${JSON.stringify(env.url)} + 'index.html?embed=1&id=w&host=' + encodeURIComponent(location.origin);
    document.body.append(f);</script>`);
  const host = await serve(dir);
  const framed = await env.open(host.url);
  await framed.page.frameLocator('iframe').locator('.fp[data-ready="true"]').waitFor();
  for (let i = 0; i < CASES; i++) {
    const message = r.pick([
      () => r.junk(),
      () => ({ source: 'funnel-planner-host', version: r.pick([1, 2, '1', undefined, null]), type: r.pick(['set-inputs', 'set-language', r.text(5)]), values: r.pick([() => ({ [r.pick(keys)]: r.junk() }), r.junk])(), lang: r.junk() }),
    ])();
    await framed.page.evaluate((m) => document.querySelector('iframe').contentWindow.postMessage(m, '*'), message);
  }
  await framed.page.waitForTimeout(300);
  const inFrame = framed.page.frames().find((f) => f !== framed.page.mainFrame());
  assert.equal(await inFrame.evaluate(() => document.querySelector('.fp')?.dataset.ready), 'true', 'the widget still answers');
  assert.ok((await inFrame.evaluate(() => Math.max(0, ...(window.__long || [0])))) < FREEZE_MS);
  assert.deepEqual(framed.errors, []);
  await framed.context.close();
  host.close();
});
