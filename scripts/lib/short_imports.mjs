// Shortens the names of the main module's imports from its JavaScript glue. wasm-bindgen
// names each one after the function and a 16-digit hash (`__wbg_location_7320782274fc691b`):
// about 200 of them, written once in the module's import section and once in the glue, where
// the hashes do not compress (about 4.5 KB brotli of the first load, README "Where the bytes
// go"). Each becomes `a`, `b`, … `a1`…, the same in both files; nothing else changes.
// Likewise the exported closure shims the glue calls, named after their Rust types (`__a`…:
// 0.35 KB brotli of the first load, measured on session 16's build).
// Used by scripts/lib/split.mjs before wasm-opt; fails the build rather than guess.

const HASHED = /^__wb[A-Za-z0-9_]*_[0-9a-f]{16}$/;

/** Reads an unsigned LEB128 at `at`: [value, next offset] (also used by size.mjs). */
export function leb(bytes, at) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const b = bytes[at++];
    value += (b & 0x7f) * 2 ** shift;
    shift += 7;
    if (b < 0x80) return [value, at];
  }
}

/** Writes `value` as unsigned LEB128. */
function toLeb(value) {
  const out = [];
  do {
    let b = value % 128;
    value = Math.floor(value / 128);
    if (value > 0) b |= 0x80;
    out.push(b);
  } while (value > 0);
  return Buffer.from(out);
}

const name = (text) => Buffer.concat([toLeb(Buffer.byteLength(text)), Buffer.from(text)]);

/** The n-th short name: a…z, then a1…z1, a2… (never a JavaScript keyword). */
const short = (n) => String.fromCharCode(97 + (n % 26)) + (n >= 26 ? String(Math.floor(n / 26)) : '');

/**
 * `wasm` with the body of its section `id` replaced by `rewrite(body start, body end)`'s
 * entries (count first); every other section as it was.
 */
function rewriteSection(wasm, id, rewrite) {
  if (wasm.readUInt32LE(0) !== 0x6d736100) throw new Error('not a wasm module');
  const parts = [wasm.subarray(0, 8)];
  let at = 8;
  while (at < wasm.length) {
    const [size, body] = leb(wasm, at + 1);
    const end = body + size;
    if (wasm[at] === id) {
      const section = Buffer.concat(rewrite(body, end));
      parts.push(Buffer.from([id]), toLeb(section.length), section);
    } else {
      parts.push(wasm.subarray(at, end));
    }
    at = end;
  }
  return Buffer.concat(parts);
}

/**
 * `wasm` (a Buffer) and `glue` (the glue's text) with the hashed import names of module
 * `moduleName` shortened. Throws if a name is not found exactly once in the glue.
 */
export function shortenImports(wasm, glue, moduleName) {
  const renamed = new Map();
  const out = rewriteSection(wasm, 2, (body, end) => {
    // The import section: a count, then (module, field, description) per import.
    let [count, p] = leb(wasm, body);
    const entries = [toLeb(count)];
    while (count-- > 0) {
      const [moduleLength, m] = leb(wasm, p);
      const module = wasm.subarray(m, m + moduleLength).toString();
      const [fieldLength, f] = leb(wasm, m + moduleLength);
      const field = wasm.subarray(f, f + fieldLength).toString();
      const rest = f + fieldLength;
      const next = descriptionEnd(wasm, rest);
      let newField = field;
      if (module === moduleName && HASHED.test(field)) {
        newField = renamed.get(field) ?? short(renamed.size);
        renamed.set(field, newField);
      }
      entries.push(name(module), name(newField), wasm.subarray(rest, next));
      p = next;
    }
    if (p !== end) throw new Error('import section: unexpected length');
    return entries;
  });
  let text = glue;
  for (const [long, brief] of renamed) {
    const key = new RegExp(`\\b${long}:`, 'g');
    const found = text.match(key)?.length ?? 0;
    if (found !== 1 || text.split(long).length !== 2) throw new Error(`${long}: expected once in the glue, as a key`);
    text = text.replace(key, `${brief}:`);
  }
  return { wasm: out, glue: text, count: renamed.size };
}

/** wasm-bindgen's exported closure shims, named after their Rust types (up to 330 characters). */
const SHIM = /^wasm_bindgen_[0-9a-f]{16}___convert__closures_/;

/**
 * `wasm` and `glue` with the closure shims' export names shortened (`__a`, `__b`…), the same in
 * both files. Throws if the glue does not call one, or already uses a short name.
 */
export function shortenExports(wasm, glue) {
  const renamed = new Map();
  const out = rewriteSection(wasm, 7, (body, end) => {
    // The export section: a count, then (field, kind, index) per export.
    let [count, p] = leb(wasm, body);
    const entries = [toLeb(count)];
    while (count-- > 0) {
      const [fieldLength, f] = leb(wasm, p);
      const field = wasm.subarray(f, f + fieldLength).toString();
      const next = leb(wasm, f + fieldLength + 1)[1];
      let newField = field;
      if (SHIM.test(field)) {
        newField = `__${short(renamed.size)}`;
        renamed.set(field, newField);
      }
      entries.push(name(newField), wasm.subarray(f + fieldLength, next));
      p = next;
    }
    if (p !== end) throw new Error('export section: unexpected length');
    return entries;
  });
  let text = glue;
  for (const [long, brief] of renamed) {
    // The glue calls each as `wasm.<name>(`; before minifying, it also wraps some in a local
    // function of the same name, renamed alike (the whole word, so `…_true_` leaves `…_true__13`).
    const word = (name) => new RegExp(`\\b${name}\\b`, 'g');
    if (!text.includes(`.${long}(`)) throw new Error(`${long}: not called by the glue`);
    if (word(brief).test(text)) throw new Error(`${brief}: already a name in the glue`);
    text = text.replace(word(long), brief);
  }
  return { wasm: out, glue: text, count: renamed.size };
}

/** The end of an import description starting at `at` (function, table, memory or global). */
function descriptionEnd(bytes, at) {
  const kind = bytes[at];
  if (kind === 0) return leb(bytes, at + 1)[1]; // function: a type index
  const limits = (p) => {
    const flags = bytes[p];
    let q = leb(bytes, p + 1)[1];
    if (flags & 1) q = leb(bytes, q)[1];
    return q;
  };
  if (kind === 1) return limits(at + 2); // table: element type, limits
  if (kind === 2) return limits(at + 1); // memory: limits
  if (kind === 3) return at + 3; // global: value type, mutability
  throw new Error(`import kind ${kind} not handled`);
}
