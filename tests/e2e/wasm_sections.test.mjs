// The app's parts carry no custom section: wasm-opt leaves out the tools' `producers` and
// `target_features` sections (scripts/lib/split.mjs; 0.48 KB brotli of the main module), and
// no name section is shipped. Browsers read none of them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { partsDir } from './harness.mjs';

test('no wasm part of the app has a custom section', () => {
  const dir = partsDir();
  const parts = readdirSync(dir).filter((f) => f.endsWith('.wasm'));
  assert.ok(parts.includes('main_bg.wasm') && parts.length > 10, `parts: ${parts.join(' ')}`);
  for (const part of parts) {
    const sections = WebAssembly.Module.customSections;
    const module = new WebAssembly.Module(readFileSync(path.join(dir, part)));
    for (const name of ['producers', 'target_features', 'name']) {
      assert.equal(sections(module, name).length, 0, `${part} has a ${name} section`);
    }
  }
});
