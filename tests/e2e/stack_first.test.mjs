// The release build optimises the app's parts with `--low-memory-unused`, sound only while
// the stack lies below the data (scripts/lib/stack_first.mjs, checked by split.mjs on every
// build). The built main module is laid out so, and the check refuses a module that is not.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { partsDir } from './harness.mjs';
import { stackLayout } from '../../scripts/lib/stack_first.mjs';

/** A module with one mutable i32 global set to `stackTop` and one data segment at `dataAt`. */
function module(stackTop, dataAt) {
  const sleb = (v) => {
    const out = [];
    for (;;) {
      const b = v & 0x7f;
      v >>= 7;
      if ((v === 0 && !(b & 0x40)) || (v === -1 && b & 0x40)) return [...out, b];
      out.push(b | 0x80);
    }
  };
  const section = (id, body) => [id, body.length, ...body];
  const memory = section(5, [1, 0, 20]);
  const globals = section(6, [1, 0x7f, 1, 0x41, ...sleb(stackTop), 0x0b]);
  const data = section(11, [1, 0, 0x41, ...sleb(dataAt), 0x0b, 2, 7, 7]);
  const bytes = Buffer.from([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0, ...memory, ...globals, ...data]);
  assert.ok(WebAssembly.validate(bytes), 'the test module is valid');
  return bytes;
}

test('the built main module has its stack below its data', () => {
  const dir = partsDir();
  const layout = stackLayout(readFileSync(path.join(dir, 'main_bg.wasm')));
  assert.equal(layout.stackFirst, true, JSON.stringify(layout));
  assert.ok(layout.stackTop >= 64 * 1024, `a stack of ${layout.stackTop} bytes`);
});

test('a module with data below its stack, or a stack in the low kilobyte, is refused', () => {
  assert.deepEqual(stackLayout(module(1048576, 1048576)), { stackTop: 1048576, dataStart: 1048576, stackFirst: true });
  assert.equal(stackLayout(module(1048576, 4096)).stackFirst, false);
  assert.equal(stackLayout(module(512, 65536)).stackFirst, false);
});
