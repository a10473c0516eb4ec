// The embed kit: a host page on another origin embeds two widgets with embed.js; heights,
// events, host commands, forged messages, CSP, sub-path hosting, sandbox without storage,
// and the network staying on the widget's own origin.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, mkdirSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { serve, launch, plain, DIST, RESULTS } from './harness.mjs';

let widget; let host; let third; let subpath; let browser;
const hostDir = mkdtempSync(path.join(tmpdir(), 'fp-host-'));
const thirdDir = mkdtempSync(path.join(tmpdir(), 'fp-third-'));
const subDir = mkdtempSync(path.join(tmpdir(), 'fp-sub-'));

before(async () => {
  widget = await serve(DIST);
  third = await serve(thirdDir);
  mkdirSync(path.join(subDir, 'tools'));
  symlinkSync(DIST, path.join(subDir, 'tools', 'planner'));
  subpath = await serve(subDir);
  writeFileSync(path.join(thirdDir, 'forger.html'), `<!doctype html><script>
    let forged = 0;
    // Window is not iterable: walk parent.frames by index (a for-of threw before anything was sent).
    for (let i = 0; i < parent.frames.length; i++) {
      const f = parent.frames[i];
      if (f === window) continue;
      try { f.postMessage({ source: 'funnel-planner-host', version: 1, type: 'set-inputs', values: { goal: 1 } }, '*'); forged++; } catch (e) {}
    }
    parent.postMessage({ source: 'funnel-planner', version: 1, type: 'height', id: 'fp1', height: 7 }, '*');
    parent.postMessage({ source: 'funnel-planner', version: 1, type: 'plan', id: 'fp1', summary: { customers: 999 } }, '*');
    // Tells the test the forgeries were sent, and to how many frames.
    parent.postMessage({ forger: 'done', forged }, '*');
  </script>`);
  writeFileSync(path.join(hostDir, 'index.html'), `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Host</title></head><body>
    <h1>Our marketing page</h1>
    <div id="a" data-funnel-planner data-lang="en" data-currency="EUR" data-goal="250000" data-lock="deal_size,funnel.stages.1.rate" data-sections="funnel,team" data-brand="#0a7f5a" data-bogus="1"></div>
    <div id="b" data-funnel-planner data-lang="fr" data-compact="1" data-theme="dark" data-mode="simple" data-funnel.overall_rate="2" data-goal="10000"></div>
    <script>
      window.events = [];
      for (const id of ['a', 'b']) for (const type of ['ready', 'height', 'plan'])
        document.getElementById(id).addEventListener('funnel-planner:' + type, (e) => window.events.push({ el: id, type, detail: e.detail }));
    </script>
    <script src="${widget.url}embed.js"></script>
  </body></html>`);
  writeFileSync(path.join(hostDir, 'sandboxed.html'), `<!doctype html><title>Sandboxed</title>
    <iframe id="s" sandbox="allow-scripts" src="${widget.url}index.html" style="width:100%;height:900px"></iframe>`);
  host = await serve(hostDir);
  browser = await launch();
});
after(async () => {
  await browser?.close();
  for (const s of [widget, host, third, subpath]) s?.close();
});

async function hostPage() {
  const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 } });
  // Before any navigation, in every frame (the host and each widget): record CSP violations
  // from the very start, so those raised while a widget boots are seen too.
  await context.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`);
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  const page = await context.newPage();
  const requests = [];
  const problems = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
  page.on('pageerror', (e) => problems.push(String(e)));
  await page.goto(host.url);
  await page.waitForFunction(() => window.events.filter((e) => e.type === 'ready').length === 2);
  return { page, context, requests, problems };
}

const lastPlan = (page, el) => page.evaluate((el) => window.events.filter((e) => e.el === el && e.type === 'plan').at(-1)?.detail, el);

test('two widgets on a host from another origin: config, ready and plan events with the summary', async () => {
  const { page, context, problems } = await hostPage();
  const a = page.frameLocator('#a iframe');
  const b = page.frameLocator('#b iframe');
  assert.equal(await page.locator('#a iframe').getAttribute('title'), 'Sales funnel planner');
  assert.equal(await page.locator('#b iframe').getAttribute('title'), "Planificateur d'entonnoir de vente");
  assert.equal(await page.locator('#a iframe').getAttribute('loading'), 'lazy');
  assert.equal(plain(await a.locator('#fp-leads').textContent()), '6,250');
  assert.notEqual(await a.getByLabel('Average deal size').getAttribute('readonly'), null);
  // An indexed path locks that stage's field only: the second stage's rate, not the first's.
  assert.notEqual(await a.locator('#fp-funnel-stages-1-rate').getAttribute('readonly'), null);
  assert.equal(await a.locator('#fp-funnel-stages-0-rate').getAttribute('readonly'), null);
  assert.equal(await a.getByRole('tab').count(), 2);
  assert.equal(plain(await b.locator('#fp-leads').textContent()), '500');
  assert.equal(await b.locator('.fp').getAttribute('data-theme'), 'dark');
  const summaryA = (await lastPlan(page, 'a')).summary;
  assert.equal(summaryA.customers, 250);
  assert.deepEqual(summaryA.stages.map((s) => s.total), [312500, 6250, 2500, 1250, 625, 250]);
  assert.equal(summaryA.stages[1].per_month, 521);
  assert.equal(summaryA.handover_per_week, 49);
  assert.equal((await lastPlan(page, 'b')).summary.customers, 10);
  // "ready" (the widget listens) comes before its first plan: both wait for the writer's part,
  // the talk with the host queued first.
  for (const el of ['a', 'b']) {
    const types = await page.evaluate((el) => window.events.filter((e) => e.el === el).map((e) => e.type), el);
    assert.ok(types.includes('plan') && types.indexOf('ready') < types.indexOf('plan'), `${el}: ${types.join(' ')}`);
  }
  await page.screenshot({ path: path.join(RESULTS, 'embed-host-1280.png'), fullPage: true });
  assert.deepEqual(problems.filter((p) => !p.includes('ignored parameter')), []);
  await context.close();
});

test('the frame height follows the content and host commands reach only their widget', async () => {
  const { page, context } = await hostPage();
  const frameA = page.locator('#a iframe');
  const a = page.frameLocator('#a iframe');
  const contentHeight = () => a.locator('.fp').evaluate((el) => Math.ceil(el.getBoundingClientRect().height));
  // The content may still grow after "ready" (sections drawn after the first paint): the frame
  // must follow it, so poll until both agree; a frame that never follows times out here.
  const followsContent = async () => {
    for (let i = 0; i < 50; i++) {
      const [frame, content] = [await frameA.evaluate((f) => parseInt(f.style.height, 10)), await contentHeight()];
      if (frame === content) return frame;
      await page.waitForTimeout(100);
    }
    assert.fail('the frame height never matched its content');
  };
  await page.waitForFunction(() => document.querySelector('#a iframe').style.height !== '640px');
  await followsContent();
  const before = await frameA.evaluate((f) => f.getBoundingClientRect().height);
  await a.getByRole('tab', { name: 'Team & SLA' }).click();
  await page.waitForFunction((h) => document.querySelector('#a iframe').getBoundingClientRect().height !== h, before);
  await followsContent();

  await page.evaluate(() => document.getElementById('b').funnelPlanner.setInputs({ goal: 30000, 'funnel.overall_rate': '3' }));
  await page.waitForFunction(() => window.events.filter((e) => e.el === 'b' && e.type === 'plan').at(-1).detail.summary.customers === 30);
  assert.equal(plain(await page.frameLocator('#b iframe').locator('#fp-leads').textContent()), '1 000');
  assert.equal((await lastPlan(page, 'a')).summary.customers, 250, 'widget a is untouched');
  await page.evaluate(() => document.getElementById('b').funnelPlanner.setLanguage('en'));
  await page.frameLocator('#b iframe').locator('html[lang="en"]').waitFor();
  // The language really changed: the figures now read in English (a comma for thousands).
  assert.equal(plain(await page.frameLocator('#b iframe').locator('#fp-leads').textContent()), '1,000');
  await context.close();
});

test('forged messages from a third origin are ignored in both directions', async () => {
  const { page, context } = await hostPage();
  // The widgets may still be growing after "ready" (sections drawn after the first paint), so
  // the test does not compare against a height taken before: it records every height either
  // frame is given and every event, and looks for the forged values among them.
  await page.evaluate(() => {
    window.frameHeights = [];
    for (const f of document.querySelectorAll('iframe')) {
      new MutationObserver(() => window.frameHeights.push(f.style.height)).observe(f, { attributes: true, attributeFilter: ['style'] });
    }
  });
  const forger = await page.evaluate((src) => new Promise((resolve) => {
    addEventListener('message', (e) => {
      // Give the widgets time to act on the forgeries, which reached them before this message.
      if (e.data?.forger === 'done') setTimeout(() => resolve({ origin: e.origin, ...e.data }), 300);
    });
    const f = document.createElement('iframe');
    f.src = src;
    document.body.appendChild(f);
  }), `${third.url}forger.html`);
  // The forger page ran, from its own origin, and reached both widgets.
  assert.equal(forger.origin, new URL(third.url).origin);
  assert.equal(forger.forged, 2);
  // Towards the host: the forged height (7 px) and plan (999 customers) never arrived.
  assert.ok(!(await page.evaluate(() => window.frameHeights)).includes('7px'));
  const forgedEvents = await page.evaluate(() => window.events.filter((e) => e.detail?.height === 7 || e.detail?.summary?.customers === 999).length);
  assert.equal(forgedEvents, 0);
  // Towards the widgets: the forged goal of 1 changed neither plan.
  assert.equal(plain(await page.frameLocator('#a iframe').locator('#fp-leads').textContent()), '6,250');
  assert.equal((await lastPlan(page, 'a')).summary.customers, 250);
  assert.equal((await lastPlan(page, 'b')).summary.customers, 10);
  await context.close();
});

test('strict CSP holds, and every request stays on the host or the widget origin', async () => {
  const { page, context, requests, problems } = await hostPage();
  const a = page.frameLocator('#a iframe');
  await a.getByRole('tab', { name: 'Team & SLA' }).click();
  await a.locator('#fp-panel-team').waitFor();
  // Recorded since before each document loaded (see hostPage): start-up included.
  for (const frame of [a, page.frameLocator('#b iframe')]) {
    assert.deepEqual(await frame.locator('body').evaluate(() => window.cspViolations), []);
  }
  assert.deepEqual(await page.evaluate(() => window.cspViolations), []);
  const origins = new Set(requests.map((u) => new URL(u).origin));
  assert.deepEqual([...origins].sort(), [new URL(host.url).origin, new URL(widget.url).origin].sort());
  assert.deepEqual(problems.filter((p) => /Content Security Policy|CSP/.test(p)), []);
  const csp = await page.frameLocator('#a iframe').locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  assert.match(csp, /script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
  assert.doesNotMatch(csp, /unsafe-inline|'unsafe-eval'/);
  // The recorder works: an inline script injected into the widget is blocked and recorded.
  const caught = await a.locator('body').evaluate(() => new Promise((resolve) => {
    const s = document.createElement('script');
    s.textContent = 'window.inlineRan = true';
    document.body.append(s);
    setTimeout(() => resolve({ ran: window.inlineRan === true, seen: window.cspViolations }), 100);
  }));
  assert.equal(caught.ran, false);
  assert.match(caught.seen.join('\n'), /^script-src/m);
  await context.close();
});

test('the app works from a sub-path, and sandboxed without same-origin it still computes', async () => {
  const context = await browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  await page.goto(`${subpath.url}tools/planner/`);
  await page.waitForSelector('.fp[data-ready="true"]');
  assert.equal(plain(await page.locator('#fp-leads').textContent()), '2,500');

  await page.goto(`${host.url}sandboxed.html`);
  const s = page.frameLocator('#s');
  await s.locator('.fp[data-ready="true"]').waitFor();
  assert.equal(plain(await s.locator('#fp-leads').textContent()), '2,500');
  // Styled, first screen and panel: its stylesheets are fetched with CORS, so their integrity
  // can be checked from an opaque origin (without it both were refused, the page unstyled).
  assert.equal(await s.locator('.fp-plan').evaluate((e) => getComputedStyle(e).display), 'flow-root');
  await s.locator('.fp-stages__list').waitFor();
  assert.equal(await s.locator('.fp-stages__list').evaluate((e) => getComputedStyle(e).display), 'grid');
  await s.getByLabel('Revenue goal').fill('200,000');
  assert.equal(plain(await s.locator('#fp-leads').textContent()), '5,000');
  assert.match(await s.locator('.fp-notice').textContent(), /storage is blocked/);
  await context.close();
});
