// figlens for browsers and bundlers (ES module over pkg/web, wasm-bindgen --target web).
// `await init()` once, then analyze() is synchronous. What analyze() does
// around the wasm call is js/wrapper.js, shared with the Node entry.
import initGlue, * as glue from '../pkg/web/figlens.js';
import { decode } from './wire.js';
import { wrapGlue } from './wrapper.js';

let ready = false;
let loading = null;

const api = wrapGlue(glue, decode, () => ready);

/** The error every figlens function throws; `code` says which kind it is. */
export const FiglensError = api.FiglensError;

/** Analyze `text`; see js/index.d.ts. Throws FiglensError (or TypeError for a non-string). */
export const analyze = api.analyze;

/** @internal Traps inside wasm, to test recovery. */
export const __trapForTests = api.trapForTests;

/** @internal The instance's wasm memory, for tests and bench/memory.mjs. */
export const __memoryForTests = api.memoryForTests;

let compiling = null;

/**
 * @internal The compiled WebAssembly.Module, fetched once: init() instantiates
 * it here, and the widget sends it to its worker (one download for both).
 * Repeated and concurrent calls share one load; a failed one can be retried.
 */
export function __compile(options) {
  if (!compiling) {
    const url = options?.wasmUrl ?? new URL('../pkg/web/figlens_bg.wasm', import.meta.url);
    const load = fetch(url).then(async (res) => {
      if (!res.ok) throw new Error(`${res.status} ${res.statusText}`);
      // Compiled while it streams; a server that does not say application/wasm gets the slower way.
      return /^application\/wasm\b/.test(res.headers.get('Content-Type') ?? '')
        ? WebAssembly.compileStreaming(res)
        : WebAssembly.compile(await res.arrayBuffer());
    }).catch((e) => {
      if (compiling === load) compiling = null;
      throw new FiglensError(
        'not-initialized',
        `figlens could not load its WebAssembly module from ${url}: ${e && e.message ? e.message : e}`,
        { cause: e },
      );
    });
    compiling = load;
  }
  return compiling;
}

/**
 * Fetch and instantiate the wasm module: by default figlens_bg.wasm next to the
 * web build, or `options.wasmUrl`. Repeated and concurrent calls share one load.
 */
export function init(options) {
  if (ready) return Promise.resolve();
  if (!loading) {
    loading = __compile(options).then(
      async (module) => {
        await initGlue({ module_or_path: module });
        ready = true;
      },
    ).catch((e) => {
      loading = null;
      throw e instanceof FiglensError ? e : new FiglensError('not-initialized', `figlens could not instantiate its WebAssembly module: ${e && e.message ? e.message : e}`, { cause: e });
    });
  }
  return loading;
}

/** Instantiate synchronously from the wasm bytes or a compiled WebAssembly.Module. */
export function initSync(wasm) {
  if (ready) return;
  // Also accept wasm-bindgen's own shape, { module: bytesOrModule }.
  const module = wasm !== null && typeof wasm === 'object' && Object.getPrototypeOf(wasm) === Object.prototype ? wasm.module : wasm;
  try {
    glue.initSync({ module });
  } catch (e) {
    throw new FiglensError('not-initialized', `figlens could not instantiate its WebAssembly module: ${e && e.message ? e.message : e}`, { cause: e });
  }
  ready = true;
}
