'use strict';
// figlens for Node (CommonJS; js/node.mjs re-exports this file for `import`).
// The wasm module (pkg/node, wasm-bindgen --target nodejs) loads synchronously
// with this file, so init() resolves at once and analyze() works without it.
// Keep the error handling in step with js/web.js.

const glue = require('../pkg/node/figlens.js');
// js/wire.js as CommonJS, written by scripts/build.mjs.
const { decode } = require('../pkg/node/wire.cjs');

const DEFAULT_MAX_INPUT_BYTES = 64 * 1024 * 1024;
const CODES = new Set(['input-too-large', 'bad-options', 'not-initialized', 'internal']);

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

/** Node's build is ready as soon as it is loaded. */
function init() {
  return Promise.resolve();
}

/** A no-op in Node: the module is already instantiated. */
function initSync() {}

/** Analyze `text`; see js/index.d.ts. Throws FiglensError (or TypeError for a non-string). */
function analyze(text, options) {
  if (typeof text !== 'string') {
    throw new TypeError(`figlens: analyze(text) needs a string, got ${text === null ? 'null' : typeof text}`);
  }
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
  const bytes = Buffer.byteLength(text, 'utf8');
  throw { code: 'input-too-large', message: `input is ${bytes} bytes, over the limit of ${limit} bytes; split it or raise maxInputBytes` };
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

/** @internal Traps inside wasm, to test recovery. */
function __trapForTests() {
  return guard(() => glue.__figlensTrap());
}

module.exports = { analyze, init, initSync, FiglensError, __trapForTests };
