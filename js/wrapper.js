// The JS side of analyze(), shared by js/web.js (ES module over pkg/web) and
// js/node.cjs (CommonJS over pkg/node): FiglensError, the input-size guard,
// error mapping and recovery from a trap. scripts/build.mjs writes the
// CommonJS copy (pkg/node/wrapper.cjs), so this file holds `export function`s
// only and imports nothing: what it needs comes in as arguments.

const DEFAULT_MAX_INPUT_BYTES = 16 * 1024 * 1024;
// Wasm memory never shrinks: an instance that grew past this during a call is
// replaced by a fresh one after it (0.3 ms in Node), so that one large input
// does not hold its peak (20 to 34 bytes per input byte: bench/memory.mjs) for
// the life of the process. Articles stay far below it (100 KB: 5 MiB).
const RESTART_ABOVE_BYTES = 256 * 1024 * 1024;
// There are 11 kinds: a longer list is a mistake, and every entry would be
// copied into wasm memory (10^7 holes took 516 MB).
const MAX_KINDS = 64;
// No option takes a longer string; a longer one is cut before it is read
// (the error still names it, cut).
const MAX_OPTION_STRING = 64;
const OPTION_NAMES = ['html', 'kinds', 'bodyOnly', 'maxInputBytes'];

/**
 * The API over one wasm-bindgen glue module (`analyze`, `__wbg_reset_state`,
 * `__figlensTrap`): { FiglensError, analyze, trapForTests, memoryForTests }.
 * `decode` is js/wire.js's; `isReady()` is false while the web build has no
 * instance yet.
 */
export function wrapGlue(glue, decode, isReady) {
  const codes = ['input-too-large', 'bad-options', 'not-initialized', 'busy', 'internal'];
  // An analysis is under way: options are read (user getters run) and wasm
  // runs. A call from inside it would re-enter the instance and corrupt it.
  let busy = false;
  // Wasm memory at the end of the last call (its peak: memory only grows), and
  // how many times a grown instance was replaced.
  const memory = { lastBytes: 0, restarts: 0 };
  // The core's kind names, in the order of glue.analyze's `kinds` bits.
  let kindNames;

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

  // One call at a time: a second one while the first runs (from an options
  // getter, say) is refused, never let into the running instance.
  function exclusive(call) {
    requireReady();
    if (busy) {
      throw new FiglensError('busy', 'figlens is busy: analyze() was called while another analyze() was running (from an options getter?); call it after that one returns');
    }
    busy = true;
    try {
      return call();
    } finally {
      busy = false;
    }
  }

  /** Analyze `text`; see js/index.d.ts. Throws FiglensError (or TypeError for a non-string). */
  function analyze(text, options) {
    if (typeof text !== 'string') {
      throw new TypeError(`figlens: analyze(text) needs a string, got ${text === null ? 'null' : typeof text}`);
    }
    return exclusive(() => {
      // Only values made here reach wasm: no user code (getters, proxies) can
      // run while the instance is inside a call.
      const bad = (message, cause) => new FiglensError('bad-options', `bad options: ${message}`, cause === undefined ? undefined : { cause });
      kindNames ??= guard(() => glue.kindNames()).split(', ');
      const o = parseOptions(readOptions(options, bad), kindNames, bad);
      return guard(() => {
        refuseHugeInput(text, o.max);
        const [nums, strings] = glue.analyze(text, o.html, o.bodyOnly, o.max ?? -1, o.kinds);
        // The numbers are a view of wasm memory: its size is the call's peak.
        const bytes = nums.buffer ? nums.buffer.byteLength : 0;
        const analysis = decode(nums, strings, text);
        memory.lastBytes = bytes;
        if (bytes > RESTART_ABOVE_BYTES) restart();
        return analysis;
      });
    });
  }

  // Strings over the limit are refused before they are copied into wasm
  // memory (a 64 MiB limit let 190 MB of UTF-8 in); options are checked
  // first, as the core does. UTF-8 never has fewer bytes than UTF-16 has code
  // units, nor more than three per unit: counting is needed only in between.
  function refuseHugeInput(text, given) {
    const limit = given ?? DEFAULT_MAX_INPUT_BYTES;
    if (!(text.length * 3 > limit)) return;
    const size = text.length > limit ? null : utf8Length(text);
    if (size !== null && size <= limit) return;
    throw { code: 'input-too-large', message: `input is ${size ?? utf8Length(text)} bytes, over the limit of ${limit} bytes; split it or raise maxInputBytes` };
  }

  // A fresh instance, with fresh memory; the old one is freed by the next GC.
  function restart() {
    glue.__wbg_reset_state();
    memory.restarts++;
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
        restart();
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
    return exclusive(() => guard(() => glue.__figlensTrap()));
  }

  /**
   * For tests and bench/memory.mjs: `bytes`, the instance's wasm memory now;
   * `lastBytes`, its size at the end of the last analysis (that call's peak);
   * `restarts`, how many grown instances were replaced.
   */
  function memoryForTests() {
    const bytes = exclusive(() => guard(() => glue.analyze('', false, false, -1, -1)[0].buffer.byteLength));
    return { bytes, lastBytes: memory.lastBytes, restarts: memory.restarts };
  }

  return { FiglensError, analyze, trapForTests, memoryForTests };
}

/**
 * `options` as the binding reads it, made of fresh values only: the four
 * documented fields read once each (getters run here, once), nothing nested
 * past a list of kinds, no string longer than an option can be. A value of the
 * wrong type becomes an empty one of the same type (an object for an object),
 * so parseOptions still says what is wrong with it, and a cyclic or deep object is
 * never walked. What reading throws is thrown as `bad(message, cause)`.
 */
function readOptions(options, bad) {
  if (options === undefined || options === null) return options;
  // Every step that can run user code (getters, proxy traps) goes through here.
  const read = (what, get) => {
    try {
      return get();
    } catch (e) {
      throw bad(`reading ${what} threw ${describe(e)}`, e);
    }
  };
  const kind = read('options', () => (typeof options !== 'object' || Array.isArray(options) || isByteArray(options) ? 'value'
    : options instanceof Map ? 'map' : Symbol.iterator in options ? 'value' : 'object'));
  if (kind === 'value') return read('options', () => standIn(options));
  const map = kind === 'map';
  // [key] for an object (its value is read below, through any getter), [key, value] for a Map.
  const entries = map ? read('options', () => [...Map.prototype.entries.call(options)]) : read('options', () => Object.keys(options)).map((k) => [k]);
  const snapshot = map ? new Map() : Object.create(null);
  const set = map ? (k, v) => snapshot.set(k, v) : (k, v) => { snapshot[k] = v; };
  for (const entry of entries) {
    const key = entry[0];
    const what = `options.${typeof key === 'string' ? cut(key) : '(a key that is not a string)'}`;
    const value = map ? entry[1] : read(what, () => options[key]);
    if (typeof key !== 'string') {
      set(read(what, () => standIn(key)), true); // parseOptions refuses it, and that is all it needs to say
      break;
    }
    if (!OPTION_NAMES.includes(key)) {
      if (value === undefined || value === null) continue; // as the core does
      set(cut(key), true); // parseOptions names it, and reads nothing after it
      break;
    }
    if (key !== 'kinds' || !read(what, () => Array.isArray(value))) {
      set(key, read(what, () => standIn(value)));
      continue;
    }
    const n = read('options.kinds.length', () => value.length);
    if (n > MAX_KINDS) throw bad(`kinds has ${n} entries; at most ${MAX_KINDS} are accepted (there are 11 kinds)`);
    const kinds = [];
    for (let i = 0; i < n; i++) kinds.push(read(`options.kinds[${i}]`, () => standIn(value[i])));
    set(key, kinds);
  }
  return snapshot;
}

/** A value where the core wants a boolean, number or string: itself if it is one, else an empty value of its type. */
function standIn(v) {
  switch (typeof v) {
    case 'string':
      return cut(v);
    case 'function':
      return () => {};
    case 'object':
      if (v === null) return null;
      if (Array.isArray(v)) return [];
      if (isByteArray(v)) return new Uint8Array(0);
      // parseOptions reads a Map or a non-iterable object as "an object", refuses other iterables.
      return v instanceof Map || !(Symbol.iterator in v) ? Object.create(null) : new Set();
    default:
      return v; // boolean, number, bigint, symbol, undefined
  }
}

/**
 * The options of `snapshot`, checked with the messages the binding gave when it
 * read them: { html, bodyOnly, max, kinds (bits over `kindNames`; -1: all) }.
 */
function parseOptions(snapshot, kindNames, bad) {
  const o = { html: false, bodyOnly: false, max: undefined, kinds: -1 };
  if (snapshot === undefined || snapshot === null) return o;
  let entries;
  try {
    const v = plain(snapshot);
    if (v.type !== 'an object') throw bad(`options must be an object, got ${v.type}`);
    entries = v.value;
  } catch (e) {
    if (typeof e !== 'string') throw e;
    throw bad(`options must be a plain object (Error: ${e})`);
  }
  for (const [key, { type, value }] of entries) {
    if (type === 'null') continue;
    const wrong = (want) => bad(`${key} must be ${want}, got ${type}`);
    if (key === 'html' || key === 'bodyOnly') {
      if (type !== 'a boolean') throw wrong('a boolean');
      o[key] = value;
    } else if (key === 'maxInputBytes') {
      if (type !== 'a number') throw wrong('a number');
      if (!(Number.isFinite(value) && value >= 0 && Number.isInteger(value))) {
        throw bad(`maxInputBytes must be a whole number of bytes, got ${Number.isFinite(value) ? 'a negative or fractional number' : 'a non-finite number'}`);
      }
      o.max = value;
    } else if (key === 'kinds') {
      if (type !== 'an array') throw wrong('an array of kind names');
      o.kinds = 0;
      for (const item of value) {
        if (item.type !== 'a string') throw bad(`kinds must hold strings, got ${item.type}`);
        const k = kindNames.indexOf(item.value);
        if (k < 0) throw bad(`unknown kind "${item.value}" in kinds; known kinds: ${kindNames.join(', ')}`);
        o.kinds |= 1 << k;
      }
    } else {
      throw bad(`unknown option "${key}"; known options: html, kinds, bodyOnly, maxInputBytes`);
    }
  }
  return o;
}

/**
 * A snapshot value as { type, value } ('null', 'a boolean', 'a number', 'a string',
 * 'an array' of such, 'an object': [key, such] entries); what is refused is thrown as a string.
 */
function plain(v) {
  if (v == null) return { type: 'null' };
  switch (typeof v) {
    case 'boolean':
      return { type: 'a boolean', value: v };
    case 'bigint':
      if (v < -(2n ** 63n) || v >= 2n ** 64n) throw "Couldn't deserialize i64 or u64 from a BigInt outside i64::MIN..u64::MAX bounds";
      return { type: 'a number', value: Number(v) };
    case 'number':
      return { type: 'a number', value: v };
    case 'string':
      return { type: 'a string', value: wellFormed(v) };
  }
  if (Array.isArray(v)) return { type: 'an array', value: Array.from(v, (x) => plain(x)) };
  if (isByteArray(v)) throw 'invalid type: byte array, expected a plain JS value';
  const map = v instanceof Map;
  if (typeof v === 'object' && (map || !(Symbol.iterator in v))) {
    const entries = [];
    for (const [k, value] of map ? v.entries() : Object.entries(v)) {
      if (typeof k !== 'string') throw `invalid type: ${typeof k} map key, expected a string`;
      entries.push([wellFormed(k), plain(value)]);
    }
    return { type: 'an object', value: entries };
  }
  throw `invalid type: ${typeof v}, expected a plain JS value`;
}

/** `s` as wasm reads it: a lone surrogate is U+FFFD. */
function wellFormed(s) {
  let out = '';
  for (const c of s) out += c.length === 1 && c >= '\uD800' && c <= '\uDFFF' ? '\uFFFD' : c;
  return out;
}

function isByteArray(v) {
  return v instanceof Uint8Array || v instanceof ArrayBuffer;
}

function cut(s) {
  return typeof s === 'string' && s.length > MAX_OPTION_STRING ? `${s.slice(0, 40)}…` : s;
}

/** What was thrown, for a message: its message, cut short. */
function describe(e) {
  let text;
  try {
    text = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  } catch {
    text = 'a value that cannot be shown';
  }
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
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
