// Helpers shared by the robustness and fuzz tests: storage keys, links built from a plan
// patch, pages in an existing context, storage seeded before the app boots, and the longest
// main-thread task a page has seen (PerformanceObserver 'longtask').

export const SESSION = 'funnel-planner.v1.session';
/** No input may hold the main thread this long at 1× CPU (issue 17). FP_BUSY_MS overrides it
 * only to try the tests on a slower machine; a run over the budget fails. */
export const BUSY_MS = Number(process.env.FP_BUSY_MS || 100);
export const SCENARIOS = 'funnel-planner.v1.scenarios';

/** The hash the app would write for `patch` (a difference from the default plan). */
export const linkFor = (patch, currency = 'USD') =>
  `#v1=${Buffer.from(JSON.stringify(patch)).toString('base64url')}&cur=${currency}`;

function watchLongTasks() {
  if (window.__long) return;
  window.__long = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__long.push(e.duration);
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // No long-task timing in this browser: nothing is recorded.
  }
}

/** Lets the first save (after the first paint) and any follow-up render happen. */
export async function settle(page, ms = 250) {
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  await page.waitForTimeout(ms);
}

/** The longest main-thread task since the page loaded, in ms (0 when none over 50 ms). */
export const longest = (page) => page.evaluate(() => Math.round(Math.max(0, ...(window.__long || []))));

/** A new page of `context` (so it shares storage) opened at `url`, ready, errors collected. */
export async function newPage(context, url) {
  await context.addInitScript(watchLongTasks);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(url);
  await page.waitForSelector('.fp[data-ready="true"]');
  return { page, errors };
}

/** The app reopened on storage holding exactly `items` (key → text). */
export async function seeded(env, items, options) {
  const opened = await env.open(env.url, options);
  await settle(opened.page);
  await opened.page.evaluate((items) => {
    localStorage.clear();
    for (const [k, v] of Object.entries(items)) localStorage.setItem(k, v);
  }, items);
  await opened.context.addInitScript(watchLongTasks);
  // Not a reload: the address now holds the first visit's link, which would win over storage.
  await opened.page.goto('about:blank');
  await opened.page.goto(env.url);
  await opened.page.waitForSelector('.fp[data-ready="true"]');
  return opened;
}

/** The default plan as the app saves it (every field), read from a fresh visit's storage. */
export async function defaultPlan(env) {
  const { page, context } = await env.open(env.url);
  await page.waitForFunction((k) => localStorage.getItem(k), SESSION);
  const plan = await page.evaluate((k) => JSON.parse(localStorage.getItem(k)).plan, SESSION);
  await context.close();
  return plan;
}
