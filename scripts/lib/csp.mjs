// Trunk post-build hook: gives dist/index.html a strict Content-Security-Policy. Trunk's
// loader is an inline module script, so its SHA-256 hash is allowed instead of
// 'unsafe-inline'; WebAssembly needs 'wasm-unsafe-eval' (never 'unsafe-eval'). Also writes
// `_headers` (Netlify / Cloudflare Pages syntax) with the same policy plus frame-ancestors,
// which only a header can carry, and `Access-Control-Allow-Origin: *` so a widget framed in
// a sandbox without same-origin (an opaque origin) may still load its own module and wasm. Run by Trunk with TRUNK_STAGING_DIR set, or by hand on dist/.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR || process.argv[2] || 'dist';
const file = path.join(dir, 'index.html');
let html = readFileSync(file, 'utf8');

const hashes = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)]
  .map((m) => `'sha256-${createHash('sha256').update(m[1], 'utf8').digest('base64')}'`);

export const policy = (scriptHashes) => [
  "default-src 'none'",
  `script-src 'self' 'wasm-unsafe-eval' ${scriptHashes.join(' ')}`.trim(),
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "frame-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
].join('; ');

const meta = `<meta http-equiv="Content-Security-Policy" content="${policy(hashes)}" />`;
html = html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>\s*/g, '');
// `trunk serve` (debug profile) injects its live-reload script and websocket after this hook,
// so the development page goes without the policy; release builds always carry it.
if (process.env.TRUNK_PROFILE !== 'debug') {
  html = html.replace(/(<meta charset="utf-8"\s*\/?>)/i, `$1\n    ${meta}`);
}
writeFileSync(file, html);

// frame-ancestors: '*' lets any site embed the widget (it is made to be embedded). To allow
// only your own sites, replace '*' with their origins, e.g. https://www.example.com.
const headers = `/*
  Content-Security-Policy: ${policy(hashes)}; frame-ancestors *
  Referrer-Policy: no-referrer
  X-Content-Type-Options: nosniff
  Permissions-Policy: camera=(), microphone=(), geolocation=(), interest-cohort=()
  Access-Control-Allow-Origin: *
`;
writeFileSync(path.join(dir, '_headers'), headers);
console.log(`csp: ${hashes.length} inline script hash(es) allowed in ${file}`);
