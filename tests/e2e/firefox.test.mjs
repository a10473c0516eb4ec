// The single file in Firefox (Debian's firefox-esr, driven over WebDriver BiDi by
// puppeteer-core; Playwright only drives its own patched Firefox, which cannot be downloaded
// here): opens from file:// with no server, computes, and makes no network request.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import path from 'node:path';
import puppeteer from 'puppeteer-core';
import { DIST, RESULTS, plain } from './harness.mjs';

const FIREFOX = process.env.FIREFOX || '/usr/bin/firefox-esr';
// A skip must say why in the output, whatever the reporter shows of a skipped test.
const missing = !existsSync(FIREFOX) && `no Firefox at ${FIREFOX} (apt-get install firefox-esr, or set FIREFOX)`;
if (missing) console.warn(`firefox.test.mjs: SKIPPED: ${missing}`);

test('Firefox opens the single file from file:// and computes with no request', { skip: missing }, async () => {
  const browser = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true });
  try {
    const page = await browser.newPage();
    const requests = [];
    const errors = [];
    page.on('request', (r) => requests.push(r.url()));
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`file://${path.join(DIST, 'funnel-planner.html')}`);
    await page.waitForSelector('.fp[data-ready="true"]', { timeout: 20000 });
    const leads = () => page.$eval('#fp-leads', (e) => e.textContent);
    assert.equal(plain(await leads()), '2,500');
    await page.$eval('#fp-goal', (input) => {
      input.value = '250000';
      input.dispatchEvent(new InputEvent('input', { bubbles: true }));
    });
    await page.waitForFunction(() => document.querySelector('#fp-leads').textContent.includes('6'));
    assert.equal(plain(await leads()), '6,250');
    await page.screenshot({ path: path.join(RESULTS, 'standalone-firefox-1280.png') });
    const schemes = [...new Set(requests.map((u) => new URL(u).protocol))];
    assert.deepEqual(schemes.filter((s) => !['file:', 'data:', 'blob:'].includes(s)), []);
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
  }
});
