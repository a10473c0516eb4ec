// Shared by the end-to-end tests and the benchmark: serves dist/ on 127.0.0.1 with the
// system Python and launches Debian's Chromium through playwright-core (no browser download).
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { mkdirSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { before, after } from 'node:test';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const DIST = path.join(ROOT, 'dist');
export const RESULTS = path.join(ROOT, 'test-results');
mkdirSync(RESULTS, { recursive: true });

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

// A static server like any CDN: it sends `Access-Control-Allow-Origin: *`, which a widget
// framed in a sandbox without same-origin (an opaque origin) needs to load its module and wasm.
const SERVER = `
import http.server, sys
class Handler(http.server.SimpleHTTPRequestHandler):
    def end_headers(self):
        self.send_header('Access-Control-Allow-Origin', '*')
        super().end_headers()
    def log_message(self, *args):
        pass
http.server.ThreadingHTTPServer(('127.0.0.1', int(sys.argv[1])), Handler).serve_forever()
`;

/** Serves `dir` over HTTP; resolves once the server answers. */
export async function serve(dir = DIST) {
  const port = await freePort();
  const proc = spawn('/usr/bin/python3', ['-c', SERVER, String(port)], { cwd: dir, stdio: 'ignore' });
  const url = `http://127.0.0.1:${port}/`;
  for (let i = 0; i < 100; i++) {
    try {
      const res = await fetch(url);
      if (res.ok) break;
    } catch {
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  return { url, close: () => proc.kill() };
}

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
  });
}

/** Opens the app with a given browser language and waits for the first result. */
export async function openApp(browser, url, { locale = 'en-US', width = 1280, height = 900 } = {}) {
  const context = await browser.newContext({ locale, viewport: { width, height } });
  // Any Content-Security-Policy violation fails the test that opened the page.
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
  });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(url);
  await page.waitForSelector('.fp[data-ready="true"]');
  // The JS API is published once its part is in, after the first paint (src/api/mod.rs);
  // a host page (no app of its own) has none.
  await page.waitForFunction(() => window.wasmBindings || !document.getElementById('funnel-planner'));
  return { page, context, errors };
}

/**
 * For a test file that drives the served dist/: serves it and launches Chromium before the
 * file's tests, closes both after. `env.url` is the app's address, `env.browser` the browser;
 * `env.open(url, options)` is `openApp` in that browser.
 */
export function servedApp() {
  let server;
  let browser;
  before(async () => {
    server = await serve();
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
    server?.close();
  });
  return {
    get url() {
      return server.url;
    },
    get browser() {
      return browser;
    },
    open: (url, options) => openApp(browser, url, options),
  };
}

/** Text with every kind of space made a plain space, so "2 500" matches in French. */
export const plain = (s) => s.replace(/[\u00a0\u202f]/g, ' ').trim();

/** The built app's parts folder, `dist/app-<hash>/` (scripts/lib/split.mjs). */
export const partsDir = () => path.join(DIST, readdirSync(DIST).find((f) => /^app-[0-9a-f]{16}$/.test(f)));

/** Whether a request path is one of the wasm parts fetched after the first paint. */
export const isPart = (p) => /\/app-[0-9a-f]{16}\/(split_|chunk_)\w+\.wasm$/.test(p);
