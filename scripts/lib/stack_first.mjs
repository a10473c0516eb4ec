// Where a Rust wasm32 module's stack lies against its data. rustc links with the stack first:
// the stack pointer starts at 1 MiB and grows down towards address 0, and the static data sits
// above it. So the lowest kilobyte of memory is touched only by a stack one kilobyte short of
// overflowing, and binaryen's `--low-memory-unused` (it folds constant offsets into loads and
// stores, 0.75 KB brotli of the first load, README "Where the bytes go") is sound for it.
// scripts/lib/split.mjs checks this on every build and fails rather than pass that flag to a
// module laid out otherwise.
import { leb } from './short_imports.mjs';

/** A signed LEB128 of at most 32 bits at `at`: [value, next offset]. */
function sleb32(bytes, at) {
  let value = 0;
  let shift = 0;
  let b;
  do {
    b = bytes[at++];
    value |= (b & 0x7f) << shift;
    shift += 7;
  } while (b & 0x80);
  return [shift < 32 && b & 0x40 ? value | (-1 << shift) : value, at];
}

/** An `i32.const N; end` initialiser at `at`: [N or null for another expression, next]. */
function constInit(bytes, at) {
  if (bytes[at] !== 0x41) return [null, at];
  const [value, next] = sleb32(bytes, at + 1);
  return bytes[next] === 0x0b ? [value, next + 1] : [null, next];
}

/**
 * The module's first defined global (rustc's `__stack_pointer`) initial value, and the lowest
 * offset of its active data segments; `stackFirst` when that stack top lies at or below the
 * data, with room for the kilobyte `--low-memory-unused` assumes unused.
 */
export function stackLayout(wasm) {
  if (wasm.readUInt32LE(0) !== 0x6d736100) throw new Error('not a wasm module');
  let stackTop = null;
  let dataStart = Infinity;
  let at = 8;
  while (at < wasm.length) {
    const [size, body] = leb(wasm, at + 1);
    const end = body + size;
    if (wasm[at] === 6 && stackTop === null) {
      // count, then (value type, mutability, initialiser): the first is the stack pointer.
      const [count, first] = leb(wasm, body);
      if (count > 0 && wasm[first] === 0x7f && wasm[first + 1] === 1) [stackTop] = constInit(wasm, first + 2);
    } else if (wasm[at] === 11) {
      let [count, p] = leb(wasm, body);
      for (; count > 0; count--) {
        const [flags, q] = leb(wasm, p);
        if (flags === 1) throw new Error('passive data segments are not handled');
        const r = flags === 2 ? leb(wasm, q)[1] : q;
        const [offset, afterInit] = constInit(wasm, r);
        if (offset === null) throw new Error('a data segment at a computed offset');
        dataStart = Math.min(dataStart, offset >>> 0);
        const [length, bytesAt] = leb(wasm, afterInit);
        p = bytesAt + length;
      }
    }
    at = end;
  }
  return { stackTop, dataStart, stackFirst: stackTop !== null && stackTop >= 1024 && stackTop <= dataStart };
}
