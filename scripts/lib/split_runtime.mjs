// What scripts/lib/split.mjs adds to the split runtime wasm_split_cli writes (__wasm_split.js):
// 1. The runtime compiles each part with instantiateStreaming, which refuses a file served
//    with another type than application/wasm; wasm-bindgen's loader falls back to the bytes
//    for the main module, so the parts do the same (a host with the wrong type would draw the
//    first screen and no tab).
// 2. The parts that draw after the first paint (the Goal & funnel's editor, tables and
//    charts; every other tab) need the styles of style/later/, which the page does not link
//    (scripts/lib/bundle-css.mjs names them in a meta tag; README "Where the bytes go"). Their
//    loaders get the sheet as one more dependency: fetched with their code, and the part is in
//    (the app draws it) once both are; a sheet that failed is fetched again with the part. A
//    page without the tag (the single file: its styles are inline) has nothing to fetch.

const STREAMING = 'WebAssembly.instantiateStreaming(src, imports)';
/** The loaders whose parts draw what style/later/ styles (src/app/lazy_split.rs). */
const STYLED = ['funnel', 'sections'];

/** `runtime` with both additions; throws when it is not laid out as expected. */
export function patchRuntime(runtime) {
  if (!runtime.includes(STREAMING)) throw new Error(`no "${STREAMING}" to give a fallback`);
  let out = runtime.split(STREAMING).join('fpInstantiate(src, imports)');
  for (const part of STYLED) {
    const loader = new RegExp(`(export const __wasm_split_load_${part} = wrapAsyncCb\\(makeLoad\\([\\s\\S]*?\\n, \\[)([^\\]]*)\\]`);
    if (!loader.test(out)) throw new Error(`no loader for the ${part} part`);
    out = out.replace(loader, (_, head, deps) => `${head}${deps ? `${deps}, ` : ''}fpStyles]`);
  }
  return `${out}
// Added by scripts/lib/split_runtime.mjs: a part served with another type than
// application/wasm is compiled from its bytes, as wasm-bindgen's loader does for the main module.
async function fpInstantiate(src, imports) {
    const response = await src;
    try {
        return await WebAssembly.instantiateStreaming(response.clone(), imports);
    } catch (e) {
        if (response.ok && response.headers.get('Content-Type') !== 'application/wasm') {
            return WebAssembly.instantiate(await response.arrayBuffer(), imports);
        }
        throw e;
    }
}
// The styles of what is drawn after the first paint, once (again after a failure).
let fpSheet;
function fpStyles() {
    const meta = document.querySelector('meta[name="fp-later-styles"]');
    if (!meta) return Promise.resolve();
    return fpSheet ||= new Promise((resolve, reject) => {
        const link = document.createElement('link');
        link.rel = 'stylesheet';
        if (meta.dataset.integrity) {
            link.integrity = meta.dataset.integrity;
            link.crossOrigin = 'anonymous';
        }
        link.href = meta.content;
        link.onload = resolve;
        link.onerror = () => {
            link.remove();
            fpSheet = undefined;
            reject(new Error(\`could not load \${meta.content}\`));
        };
        document.head.append(link);
    });
}
`;
}
