// The main module's imports from its glue carry short names (scripts/lib/short_imports.mjs):
// no hashed wasm-bindgen name is left in either file, and every import the module asks for is
// one the glue gives, so the app could start (the other tests show that it does). Likewise the
// closure shims the module exports to the glue.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { partsDir } from './harness.mjs';

/** The (module, name) pairs of a wasm module's imports, read with the JS API. */
const importsOf = (bytes) => WebAssembly.Module.imports(new WebAssembly.Module(bytes));

test('the main module imports short names from its glue, each of them defined there', () => {
  const dir = partsDir();
  const wasm = readFileSync(path.join(dir, 'main_bg.wasm'));
  const glue = readFileSync(path.join(dir, 'main.js'), 'utf8');
  const fromGlue = importsOf(wasm).filter((i) => i.module === './main_bg.js').map((i) => i.name);
  assert.ok(fromGlue.length > 100, `imports from the glue: ${fromGlue.length}`);
  const hashed = fromGlue.filter((n) => /_[0-9a-f]{16}$/.test(n));
  assert.deepEqual(hashed, [], 'hashed names left in the module');
  assert.doesNotMatch(glue, /__wbg_[A-Za-z0-9_]*_[0-9a-f]{16}/, 'hashed names left in the glue');
  for (const name of fromGlue) {
    assert.ok(name.length <= 4 || name.startsWith('__wbindgen_'), `${name}: not shortened`);
    assert.match(glue, new RegExp(`[{,\\s]${name}:\\s*function`), `${name}: not defined in the glue`);
  }
});

test("the closure shims the glue calls are exported under short names, each called as exported", () => {
  const dir = partsDir();
  const wasm = readFileSync(path.join(dir, 'main_bg.wasm'));
  const glue = readFileSync(path.join(dir, 'main.js'), 'utf8');
  const exported = WebAssembly.Module.exports(new WebAssembly.Module(wasm)).map((e) => e.name);
  assert.deepEqual(exported.filter((n) => /convert__closures/.test(n)), [], 'long shim names left in the module');
  assert.doesNotMatch(glue, /convert__closures/, 'long shim names left in the glue');
  const shims = exported.filter((n) => /^__[a-z][0-9]*$/.test(n));
  assert.ok(shims.length >= 4, `short shim exports: ${shims.join(' ')}`);
  for (const name of shims) assert.match(glue, new RegExp(`\\.${name}\\(`), `${name}: not called by the glue`);
});

test('the served glue and split runtime are minified (scripts/lib/minify-js.mjs)', () => {
  const dir = partsDir();
  for (const name of ['main.js', '__wasm_split.js']) {
    const text = readFileSync(path.join(dir, name), 'utf8');
    // wasm-bindgen and the split CLI write comments and one statement per indented line.
    assert.doesNotMatch(text, /\/\*\*|\n {4}\S/, `${name} is not minified`);
    assert.ok(text.split('\n').length < 5, `${name}: ${text.split('\n').length} lines`);
  }
});
