// Nothing saved is ever lost, and no input freezes the page: bad links over a saved plan,
// damaged storage of every shape, a full quota, oversize links and storage, 60-character stage
// names, strict protocol versions (issue 17).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { servedApp, serve, plain } from './harness.mjs';
import { SESSION, SCENARIOS, budget, betterOfTwo, linkFor, newPage, seeded, busy, settle, defaultPlan } from './robust_support.mjs';

const env = servedApp();
const notice = (page) => page.locator('.fp-notice').textContent();

test('a link that cannot be opened leaves the saved plan and the address as they were, with a way back', async () => {
  const limit = await budget(env);
  const { page, context, errors } = await env.open(env.url);
  await page.getByLabel('Revenue goal').fill('250,000');
  await page.waitForFunction((k) => (localStorage.getItem(k) || '').includes('250000'), SESSION);
  const saved = await page.evaluate((k) => localStorage.getItem(k), SESSION);
  const stages = (n, name = '') => ({ funnel: { stages: Array.from({ length: n }, () => ({ name, rate: 0.5 })) } });
  const cases = [
    ['#v1=%%%broken', /could not be read/],
    ['#v1=' + Buffer.from('[1,2]').toString('base64url'), /could not be read/],
    ['#v0=' + Buffer.from('{"goal":5}').toString('base64url'), /could not be read/],
    ['#v9=AAAA', /newer version/],
    ['#v1=' + 'A'.repeat(1_000_000), /larger than any plan/],
    [linkFor(stages(10_000)), /larger than any plan/],
    [linkFor(stages(300)), /larger than any plan/],
    // Chromium opens no address over 2 MB, so the longest name a link can carry is smaller.
    [linkFor({ funnel: { stages: [{ name: 'x'.repeat(500_000) }] } }), /larger than any plan/],
  ];
  for (const [hash, message] of cases) {
    const other = await newPage(context, env.url + hash, { traced: true });
    assert.match(await notice(other.page), message, hash.slice(0, 40));
    assert.match(await notice(other.page), /saved plan is untouched/);
    await settle(other.page);
    assert.equal(await other.page.evaluate((k) => localStorage.getItem(k), SESSION), saved, `saved plan kept (${hash.slice(0, 40)})`);
    assert.equal(await other.page.evaluate(() => location.hash), hash, 'the address keeps the link');
    const took = await betterOfTwo(await busy(other.page), limit, hash.slice(0, 30), async () => {
      const again = await newPage(context, env.url + hash, { traced: true });
      await settle(again.page);
      const t = await busy(again.page);
      assert.deepEqual(again.errors, []);
      await again.page.close();
      return t;
    });
    assert.ok(took.cpu < limit, `main thread busy ${took.cpu} ms of CPU, ${took.wall} ms wall, budget ${limit} ms (${hash.slice(0, 30)})`);
    assert.deepEqual(other.errors, []);
    await other.page.close();
  }
  const back = await newPage(context, env.url + '#v1=%%%broken');
  await back.page.getByRole('button', { name: 'Back to my saved plan' }).click();
  assert.equal(await back.page.getByLabel('Revenue goal').inputValue(), '250,000');
  assert.equal(await back.page.locator('.fp-notice').count(), 0);
  // Today's links are written at the current schema version (2).
  await back.page.waitForFunction(() => /^#v2=/.test(location.hash) && !location.hash.includes('%'));
  assert.match(await back.page.evaluate((k) => localStorage.getItem(k), SESSION), /250000/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('unrelated hash keys are ignored: #view=1&v1=… opens the plan', async () => {
  const { page, context, errors } = await env.open(env.url + '#view=1&' + linkFor({ goal: 300000 }).slice(1));
  assert.equal(plain(await page.locator('#fp-leads').textContent()), '7,500');
  assert.equal(await page.locator('.fp-notice').count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('damaged storage: each shape is repaired or kept aside, and every readable part survives', async () => {
  const plan = await defaultPlan(env);
  const damaged = structuredClone(plan);
  damaged.goal = 777000;
  damaged.team.reps = 4;
  damaged.revenue.current_recurring_revenue = '-Infinity';
  const session = (p, extra = {}) => JSON.stringify({ lang: 'en', currency: 'EUR', theme: 'auto', plan: p, drafts: {}, ...extra });
  const shapes = [
    { name: 'session not JSON', items: { [SESSION]: '{"lang": "en", "plan": {' }, says: /could not be read/, goal: '100,000' },
    { name: 'session not an object', items: { [SESSION]: '[1,2,3]' }, says: /could not be read/, goal: '100,000' },
    { name: 'one bad field', items: { [SESSION]: session(damaged) }, says: /the revenue sources/, goal: '777,000' },
    { name: 'bad drafts and theme', items: { [SESSION]: session(plan, { theme: 7, drafts: [1] }) }, says: /typed text/, goal: '100,000' },
    {
      name: 'scenarios with damaged items',
      items: {
        [SCENARIOS]: JSON.stringify([
          { name: 'A', plan: { ...plan, goal: 200000 } },
          42,
          { name: 'B', plan: { ...plan, goal: 'lots', deal_size: 2000 } },
          { plan: { ...plan, goal: 400000 } },
          { name: 'C', plan },
        ]),
      },
      says: /Unreadable scenarios set aside: 1\. Scenarios repaired: 2\./,
      scenarios: ['A', 'B', 'Scenario 4', 'C'],
    },
    // Cut in the middle of an emoji: a lone UTF-16 surrogate, which only a copy made without
    // a round trip through a Rust string keeps (found by the storage fuzz, seed 101, case 48).
    { name: 'session cut inside an emoji', items: { [SESSION]: session({ ...plan, goal: 'x😀' }).replace(/😀[^]*/, '\ud83d') }, says: /could not be read/, goal: '100,000' },
    { name: 'scenarios not a list', items: { [SCENARIOS]: '{"name": "A"}' }, says: /could not be read/, scenarios: [] },
  ];
  for (const shape of shapes) {
    const { page, context, errors } = await seeded(env, shape.items);
    assert.match(await notice(page), shape.says, shape.name);
    assert.match(await notice(page), /kept aside/, shape.name);
    const digits = (t) => t.replace(/[^0-9]/g, '');
    if (shape.goal) assert.equal(digits(await page.getByLabel('Revenue goal').inputValue()), digits(shape.goal), shape.name);
    if (shape.scenarios) {
      await page.getByRole('tab', { name: 'Share & export' }).click();
      const names = await page.locator('.fp-scenario input[type="text"]').evaluateAll((els) => els.map((e) => e.value));
      assert.deepEqual(names, shape.scenarios, shape.name);
    }
    // The original is aside before the first save overwrites it, and can be downloaded.
    for (const [key, text] of Object.entries(shape.items)) {
      assert.equal(await page.evaluate((k) => localStorage.getItem(k + '.backup'), key), text, shape.name);
    }
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the original' }).click()]);
    const copy = JSON.parse(readFileSync(await download.path(), 'utf8'));
    assert.ok(Object.values(copy).some((t) => Object.values(shape.items).includes(t)), shape.name);
    assert.deepEqual(errors, [], shape.name);
    await context.close();
  }
});

test('a full storage: the failed save is reported once, with ways to keep the plan, and retried at the next change', async () => {
  const { page, context, errors } = await env.open(env.url);
  await settle(page);
  await page.evaluate(({ SESSION, SCENARIOS }) => {
    localStorage.removeItem(SESSION);
    localStorage.removeItem(SCENARIOS);
    let size = 1 << 20;
    let i = 0;
    while (size > 0) {
      try {
        localStorage.setItem('filler.' + i++, 'x'.repeat(size));
      } catch {
        size = Math.floor(size / 2);
      }
    }
  }, { SESSION, SCENARIOS });
  await page.getByLabel('Revenue goal').fill('200,000');
  await page.locator('.fp-notice', { hasText: 'could not be saved' }).waitFor();
  await page.getByRole('button', { name: 'Dismiss' }).click();
  await page.getByLabel('Revenue goal').fill('210,000');
  await settle(page);
  assert.equal(await page.locator('.fp-notice').count(), 0, 'reported once, not at every change');
  await page.getByLabel('Revenue goal').fill('220,000');
  await settle(page);
  assert.equal(await page.evaluate((k) => localStorage.getItem(k), SESSION), null);
  // Space comes back: the next change is saved.
  await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('filler.')).forEach((k) => localStorage.removeItem(k)));
  await page.getByLabel('Revenue goal').fill('230,000');
  await page.waitForFunction((k) => (localStorage.getItem(k) || '').includes('230000'), SESSION);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the failed-save notice offers the plan as a file and its link', async () => {
  const { page, context } = await env.open(env.url);
  await settle(page);
  await page.evaluate(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
  });
  await page.getByLabel('Revenue goal').fill('260,000');
  await page.locator('.fp-notice', { hasText: 'could not be saved' }).waitFor();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the plan' }).click()]);
  assert.equal(JSON.parse(readFileSync(await download.path(), 'utf8')).goal, 260000);
  assert.equal(await page.getByRole('button', { name: 'Copy the link' }).count(), 1);
  await context.close();
});

test('oversize storage (10 000 stages, a 3 MB stage name) opens cut to the limits without freezing', async () => {
  const limit = await budget(env);
  const plan = await defaultPlan(env);
  const many = { ...plan, funnel: { ...plan.funnel, stages: Array.from({ length: 10_000 }, (_, i) => ({ name: `S${i}`, team: 'sales', rate: 0.9 })) } };
  const long = structuredClone(plan);
  long.funnel.stages[1].name = 'L'.repeat(3_000_000);
  for (const [label, p, says] of [['10 000 stages', many, /more than 200 stages/], ['3 MB name', long, /stage names over 60 characters/]]) {
    const original = JSON.stringify({ lang: 'en', plan: p });
    const { page, context, errors } = await seeded(env, { [SESSION]: original }, undefined, true);
    const text = await notice(page);
    assert.match(text, says, label);
    await settle(page);
    const took = await betterOfTwo(await busy(page), limit, label, async () => {
      const again = await seeded(env, { [SESSION]: original }, undefined, true);
      await settle(again.page);
      const t = await busy(again.page);
      assert.deepEqual(again.errors, [], label);
      await again.context.close();
      return t;
    });
    assert.ok(took.cpu < limit, `${label}: main thread busy ${took.cpu} ms of CPU, ${took.wall} ms wall, budget ${limit} ms`);
    const stored = () => page.evaluate((k) => localStorage.getItem(k), SESSION);
    if (/could not be copied aside/.test(text)) {
      // Storage cannot hold the original twice: nothing is overwritten until the user has
      // downloaded it or chosen to go on.
      assert.equal(await stored(), original, `${label}: kept in place while no copy exists`);
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the original' }).click()]);
      assert.equal(JSON.parse(readFileSync(await download.path(), 'utf8')).session, original, label);
      await page.getByRole('button', { name: 'Dismiss' }).click();
    } else {
      assert.equal(await page.evaluate((k) => localStorage.getItem(k + '.backup'), SESSION), original, label);
    }
    await page.waitForFunction((k) => localStorage.getItem(k).length < 100_000, SESSION);
    const plan = JSON.parse(await stored()).plan;
    assert.ok(plan.funnel.stages.length <= 200 && plan.funnel.stages.every((s) => s.name.length <= 60), label);
    console.log(`# ${label}: longest task ${took.cpu} ms of CPU (${took.wall} ms wall); ${/could not be copied/.test(text) ? 'original not copied (storage full), saving held' : 'original kept aside'}`);
    assert.deepEqual(errors, [], label);
    await context.close();
  }
});

test('stage names are limited to 60 characters, with a clear message in both languages', async () => {
  for (const [locale, says] of [['en-US', /limited to 60 characters/], ['fr-FR', /au plus 60 caractères/]]) {
    const { page, context } = await env.open(env.url, { locale });
    await settle(page);
    const name = page.locator('#fp-stage-1-name');
    await name.fill('N'.repeat(80));
    // The stage editor follows a keystroke one frame later (src/app/later.rs): the field
    // shows the cut once that frame is drawn.
    await page.waitForFunction(() => document.querySelector('#fp-stage-1-name').value.length !== 80);
    assert.equal((await name.inputValue()).length, 60);
    assert.match(await notice(page), says);
    await context.close();
  }
});

test('host commands with a missing or other version are ignored, with a console warning', async () => {
  const host = await serve(await hostDir(env.url));
  const { page, context, errors } = await env.open(host.url);
  const warnings = [];
  page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  const frame = page.frameLocator('iframe');
  await frame.locator('.fp[data-ready="true"]').waitFor();
  const send = (version) => page.evaluate((version) => {
    const message = { source: 'funnel-planner-host', type: 'set-inputs', values: { goal: 300000 } };
    if (version !== undefined) message.version = version;
    document.querySelector('iframe').contentWindow.postMessage(message, '*');
  }, version);
  for (const version of [undefined, 2, '1', 0]) {
    await send(version);
    await page.waitForTimeout(100);
    assert.equal(plain(await frame.locator('#fp-leads').textContent()), '2,500', `version ${version}`);
  }
  assert.equal(warnings.filter((w) => w.includes('ignored host command of version')).length, 4);
  await send(1);
  await frame.locator('#fp-leads', { hasText: '7,500' }).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
  host.close();
});

async function hostDir(widgetUrl) {
  const { mkdtempSync, writeFileSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const dir = mkdtempSync(`${tmpdir()}/fp-robust-host-`);
  // The marker div only lets `env.open` see the host page as ready; the widget is in the frame.
  writeFileSync(`${dir}/index.html`, `<!doctype html><title>Host</title><link rel="icon" href="data:,"><div class="fp" data-ready="true">Host page</div>
    <script>
      const f = document.createElement('iframe');
      f.src = ${JSON.stringify(widgetUrl)} + 'index.html?embed=1&id=w&host=' + encodeURIComponent(location.origin);
      f.style.width = '100%'; f.style.height = '900px';
      document.body.append(f);
    </script>`);
  return dir;
}
