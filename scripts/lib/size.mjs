// Groups twiggy's items (`twiggy top -f csv` of a module with its name section) by crate and
// module, and prints each group's raw bytes, share, and an estimate of its brotli bytes: the
// group's share of the code (or data) section times that section's brotli size in the stripped
// module. Brotli compresses the whole file at once, so a group's own figure is an estimate;
// only a rebuild without it measures what removing it gives.
// Usage: node scripts/lib/size.mjs <top.csv> <stripped.wasm> [items per group]
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants } from 'node:zlib';
import { leb } from './short_imports.mjs';

const [csvFile, wasmFile, perGroup = '3'] = process.argv.slice(2);
const brotli = (bytes) => brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

/** The module's sections: id → bytes of its body. */
function sections(bytes) {
  const out = new Map();
  let i = 8;
  while (i < bytes.length) {
    const id = bytes[i++];
    let size;
    [size, i] = leb(bytes, i);
    out.set(id, Buffer.concat([out.get(id) ?? Buffer.alloc(0), bytes.subarray(i, i + size)]));
    i += size;
  }
  return out;
}

// First match wins: the order matters (a serde impl of an engine type counts as serde).
const GROUPS = [
  ['names (analysis build only)', /subsection/],
  ['data: strings, tables, constants', /^data segment/],
  ['serde, serde_wasm_bindgen (derives + runtime)', /serde/],
  ["Yew components' view functions (app)", /CompStateInner<COMP>.*::view/],
  ['Yew runtime (virtual DOM, hooks, scheduler)', /yew|implicit_clone|gloo|slab|indexmap|hashbrown/],
  ['engine (src/engine)', /funnel_planner::engine/],
  ['state (src/state)', /funnel_planner::state/],
  ['i18n code (src/i18n)', /funnel_planner::i18n/],
  ['SLA / monthly text, export, import', /funnel_planner::(sla_text|monthly_text|export|import)/],
  ['JS API (src/api/)', /funnel_planner::api/],
  ['app (src/app, main)', /funnel_planner::(app|main)/],
  ['browser layer, embed', /funnel_planner::(browser|embed)/],
  ['formatting (core::fmt, floats)', /fmt|flt2dec|dec2flt|float_to/],
  ['wasm-bindgen, js-sys, web-sys glue', /wasm_bindgen|js_sys|web_sys|__wbg|__wbindgen|externref/],
  ['allocator', /dlmalloc|__rust_(alloc|dealloc|realloc)|__rdl/],
  ['std / core / alloc generics (drop, clone, eq, sort, Rc…)', /core|alloc|std|mem(cpy|set|move)|compiler_builtins/],
];
const OTHER = 'other / unnamed';

const lines = readFileSync(csvFile, 'utf8').trim().split('\n').slice(1);
const items = lines.map((line) => {
  // "name",shallow,… with "" escaping inside the quoted name.
  const m = /^("(?:[^"]|"")*"|[^,]*),(\d+)/.exec(line);
  const quoted = m[1].startsWith('"') ? m[1].slice(1, -1).replace(/""/g, '"') : m[1];
  // The standard library built with the app names crates with their hash (`core[0a1b…]::`).
  const name = quoted.replace(/\[[0-9a-f]{16}\]/g, '');
  return { name, size: Number(m[2]) };
}).filter((it) => !it.name.startsWith('Σ') && !it.name.startsWith('...'));

const groups = new Map();
for (const it of items) {
  const group = (GROUPS.find(([, re]) => re.test(it.name)) ?? [OTHER])[0];
  if (!groups.has(group)) groups.set(group, { size: 0, items: [] });
  const g = groups.get(group);
  g.size += it.size;
  g.items.push(it);
}

const stripped = sections(readFileSync(wasmFile));
const codeRaw = stripped.get(10)?.length ?? 0;
const dataRaw = stripped.get(11)?.length ?? 0;
const codeBr = brotli(stripped.get(10) ?? Buffer.alloc(0));
const dataBr = brotli(stripped.get(11) ?? Buffer.alloc(0));
const whole = readFileSync(wasmFile);
const total = [...groups].filter(([k]) => !k.startsWith('names')).reduce((t, [, g]) => t + g.size, 0);
const kb = (n) => (n / 1000).toFixed(1);

console.log(`module without names: ${kb(whole.length)} KB raw, ${kb(brotli(whole))} KB brotli ` +
  `(code ${kb(codeRaw)} KB → ${kb(codeBr)} KB, data ${kb(dataRaw)} KB → ${kb(dataBr)} KB)\n`);
console.log(`${'group'.padEnd(58)}${'raw KB'.padStart(8)}${'share'.padStart(7)}${'≈br KB'.padStart(8)}`);
for (const [name, g] of [...groups].sort((a, b) => b[1].size - a[1].size)) {
  const named = name.startsWith('names');
  const isData = name.startsWith('data');
  const br = named ? 0 : (g.size / (isData ? dataRaw : codeRaw)) * (isData ? dataBr : codeBr);
  const share = named ? '' : `${((100 * g.size) / total).toFixed(1)}%`;
  console.log(`${name.padEnd(58)}${kb(g.size).padStart(8)}${share.padStart(7)}${(named ? '' : kb(br)).padStart(8)}`);
  for (const it of g.items.sort((a, b) => b.size - a.size).slice(0, Number(perGroup))) {
    console.log(`    ${kb(it.size).padStart(7)}  ${it.name.slice(0, 110)}`);
  }
}
