// figlens for browsers and bundlers (ES module over pkg/web, wasm-bindgen --target web).
// `await init()` once, then analyze() is synchronous. Keep the error handling
// in step with js/node.cjs.
import initGlue, {
  initSync as initGlueSync,
  analyze as glueAnalyze,
  __wbg_reset_state as resetGlue,
  __figlensTrap,
} from '../pkg/web/figlens.js';
import { decode } from './wire.js';

const DEFAULT_MAX_INPUT_BYTES = 64 * 1024 * 1024;
const CODES = new Set(['input-too-large', 'bad-options', 'not-initialized', 'internal']);

/** The error every figlens function throws; `code` says which kind it is. */
export class FiglensError extends Error {
  constructor(code, message, options) {
    super(message, options);
    this.code = code;
  }
  get name() {
    return 'FiglensError';
  }
}

let ready = false;
let loading = null;

/**
 * Fetch and instantiate the wasm module: by default figlens_bg.wasm next to the
 * web build, or `options.wasmUrl`. Repeated and concurrent calls share one load.
 */
export function init(options) {
  if (ready) return Promise.resolve();
  if (!loading) {
    const url = options?.wasmUrl ?? new URL('../pkg/web/figlens_bg.wasm', import.meta.url);
    loading = initGlue({ module_or_path: url }).then(
      () => {
        ready = true;
      },
      (e) => {
        loading = null;
        throw new FiglensError(
          'not-initialized',
          `figlens could not load its WebAssembly module from ${url}: ${e && e.message ? e.message : e}`,
          { cause: e },
        );
      },
    );
  }
  return loading;
}

/** Instantiate synchronously from the wasm bytes or a compiled WebAssembly.Module. */
export function initSync(wasm) {
  if (ready) return;
  // Also accept wasm-bindgen's own shape, { module: bytesOrModule }.
  const module = wasm !== null && typeof wasm === 'object' && Object.getPrototypeOf(wasm) === Object.prototype ? wasm.module : wasm;
  try {
    initGlueSync({ module });
  } catch (e) {
    throw new FiglensError('not-initialized', `figlens could not instantiate its WebAssembly module: ${e && e.message ? e.message : e}`, { cause: e });
  }
  ready = true;
}

/** Analyze `text`; see js/index.d.ts. Throws FiglensError (or TypeError for a non-string). */
export function analyze(text, options) {
  if (typeof text !== 'string') {
    throw new TypeError(`figlens: analyze(text) needs a string, got ${text === null ? 'null' : typeof text}`);
  }
  if (!ready) {
    throw new FiglensError(
      'not-initialized',
      'figlens is not initialized: await init() once before calling analyze() (or call initSync(bytes))',
    );
  }
  return guard(() => {
    refuseHugeInput(text, options);
    const [nums, strings] = glueAnalyze(text, options);
    return decode(nums, strings, text);
  });
}

// Strings far past the limit are refused before they are copied into wasm
// memory (which could exhaust it); options are still checked first, as the
// core does. UTF-8 never has fewer bytes than UTF-16 has code units.
function refuseHugeInput(text, options) {
  const given = options == null ? undefined : options.maxInputBytes;
  const limit = given == null ? DEFAULT_MAX_INPUT_BYTES : given;
  if (typeof limit !== 'number' || !(text.length > limit)) return;
  glueAnalyze('', options);
  throw { code: 'input-too-large', message: `input is ${utf8Length(text)} bytes, over the limit of ${limit} bytes; split it or raise maxInputBytes` };
}

function utf8Length(text) {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c < 0xdc00 && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

function guard(call) {
  try {
    return call();
  } catch (e) {
    if (e !== null && typeof e === 'object' && !(e instanceof Error) && CODES.has(e.code)) {
      throw new FiglensError(e.code, e.message);
    }
    // A trap (RuntimeError) or any other failure may leave the instance unusable:
    // start a fresh one so that later calls work, and report this call as internal.
    let restarted = true;
    try {
      resetGlue();
    } catch {
      restarted = false;
    }
    throw new FiglensError(
      'internal',
      `figlens failed inside WebAssembly (${e && e.message ? e.message : String(e)}); ` +
        (restarted ? 'it was restarted and later calls will work; please report this input' : 'restarting it failed too'),
      { cause: e },
    );
  }
}

/** @internal Traps inside wasm, to test recovery. */
export function __trapForTests() {
  if (!ready) throw new FiglensError('not-initialized', 'figlens is not initialized');
  return guard(() => __figlensTrap());
}
