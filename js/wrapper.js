// The JS side of analyze(), shared by js/web.js (ES module over pkg/web) and
// js/node.cjs (CommonJS over pkg/node): FiglensError, the input-size guard,
// error mapping and recovery from a trap. scripts/build.mjs writes the
// CommonJS copy (pkg/node/wrapper.cjs), so this file holds `export function`s
// only and imports nothing: what it needs comes in as arguments.

const DEFAULT_MAX_INPUT_BYTES = 64 * 1024 * 1024;

/**
 * The API over one wasm-bindgen glue module (`analyze`, `__wbg_reset_state`,
 * `__figlensTrap`): { FiglensError, analyze, trapForTests }. `decode` is
 * js/wire.js's; `isReady()` is false while the web build has no instance yet.
 */
export function wrapGlue(glue, decode, isReady) {
  const codes = ['input-too-large', 'bad-options', 'not-initialized', 'internal'];

  /** The error every figlens function throws; `code` says which kind it is. */
  class FiglensError extends Error {
    constructor(code, message, options) {
      super(message, options);
      this.code = code;
    }
    get name() {
      return 'FiglensError';
    }
  }

  function requireReady() {
    if (!isReady()) {
      throw new FiglensError(
        'not-initialized',
        'figlens is not initialized: await init() once before calling analyze() (or call initSync(bytes))',
      );
    }
  }

  /** Analyze `text`; see js/index.d.ts. Throws FiglensError (or TypeError for a non-string). */
  function analyze(text, options) {
    if (typeof text !== 'string') {
      throw new TypeError(`figlens: analyze(text) needs a string, got ${text === null ? 'null' : typeof text}`);
    }
    requireReady();
    return guard(() => {
      refuseHugeInput(text, options);
      const [nums, strings] = glue.analyze(text, options);
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
    glue.analyze('', options);
    throw { code: 'input-too-large', message: `input is ${utf8Length(text)} bytes, over the limit of ${limit} bytes; split it or raise maxInputBytes` };
  }

  function guard(call) {
    try {
      return call();
    } catch (e) {
      // The core's own errors leave wasm as plain { code, message } objects.
      if (e !== null && typeof e === 'object' && !(e instanceof Error) && codes.includes(e.code)) {
        throw new FiglensError(e.code, e.message);
      }
      // A trap (RuntimeError) or any other failure may leave the instance unusable:
      // start a fresh one so that later calls work, and report this call as internal.
      let restarted = true;
      try {
        glue.__wbg_reset_state();
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

  /** Traps inside wasm, to test recovery. */
  function trapForTests() {
    requireReady();
    return guard(() => glue.__figlensTrap());
  }

  return { FiglensError, analyze, trapForTests };
}

/** UTF-8 length of a string without encoding it. */
export function utf8Length(text) {
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
