// js/wrapper.js is the one wrapper of both entries: js/web.js imports it, and
// js/node.cjs requires the CommonJS copy scripts/build.mjs writes, which must
// be what the build makes of the ES module as it is now (not a stale copy).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import test from 'node:test';
import { commonJs } from '../../scripts/build.mjs';
import { utf8Length, wrapGlue } from '../../js/wrapper.js';

const require = createRequire(import.meta.url);
const read = (path) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

test('pkg/node/*.cjs are the build\'s CommonJS copies of js/wire.js and js/wrapper.js as they are now', () => {
  for (const name of ['wire', 'wrapper']) {
    assert.equal(read(`pkg/node/${name}.cjs`), commonJs(read(`js/${name}.js`), `js/${name}.js`), `pkg/node/${name}.cjs is stale: run node scripts/build.mjs`);
  }
  assert.deepEqual(Object.keys(require('../../pkg/node/wrapper.cjs')).sort(), ['utf8Length', 'wrapGlue']);
});

test('neither entry keeps its own copy of the wrapper', () => {
  for (const entry of ['js/web.js', 'js/node.cjs']) {
    const source = read(entry);
    assert.match(source, /wrapGlue\(glue, decode, /, `${entry} wraps its glue with js/wrapper.js`);
    assert.doesNotMatch(source, /class FiglensError|__wbg_reset_state|maxInputBytes/, `${entry} repeats the wrapper`);
  }
});

// A stand-in glue: what the wrapper does around the call, without wasm. Its
// analyze gets the options as the wrapper read them: { html, bodyOnly, max, kinds }.
function fakeGlue(analyze) {
  const calls = { analyze: [], reset: 0 };
  const glue = {
    analyze(text, html, bodyOnly, max, kinds) {
      const options = { html, bodyOnly, max, kinds };
      calls.analyze.push([text, options]);
      return analyze(text, options);
    },
    kindNames() {
      return 'money, percent, count, measure, ratio, multiple, date, duration, rank, identifier, number';
    },
    __wbg_reset_state() {
      calls.reset++;
    },
    __figlensTrap() {
      throw new WebAssembly.RuntimeError('unreachable');
    },
  };
  return { glue, calls };
}

test('wrapGlue: not ready, TypeError, core errors, traps, the size guard', () => {
  let ready = false;
  const { glue, calls } = fakeGlue((text) => {
    if (text === 'refused') throw { code: 'input-too-large', message: 'too large' };
    return [[text.length], 'x'];
  });
  const api = wrapGlue(glue, (nums, strings, text) => ({ nums, strings, text }), () => ready);
  const { FiglensError } = api;
  assert.throws(() => api.analyze(1), TypeError);
  assert.throws(() => api.analyze('a'), (e) => e instanceof FiglensError && e.code === 'not-initialized' && e.name === 'FiglensError');
  ready = true;
  assert.deepEqual(api.analyze('ab'), { nums: [2], strings: 'x', text: 'ab' });
  assert.throws(() => api.analyze('refused'), (e) => e instanceof FiglensError && e.code === 'input-too-large' && e.message === 'too large');
  assert.throws(() => api.analyze('a', { kinds: ['?'] }), (e) => e instanceof FiglensError && e.code === 'bad-options' && /^bad options: unknown kind "\?" in kinds; known kinds: money, /.test(e.message));
  assert.equal(calls.reset, 0, 'a core error leaves the instance alone');
  assert.throws(() => api.trapForTests(), (e) => e.code === 'internal' && e.cause instanceof WebAssembly.RuntimeError && /restarted/.test(e.message));
  assert.equal(calls.reset, 1, 'a trap restarts the instance');
  // Past the limit: the text never crosses.
  calls.analyze.length = 0;
  assert.throws(() => api.analyze('增長5%', { maxInputBytes: 3 }), (e) => e.code === 'input-too-large' && /input is 8 bytes, over the limit of 3 bytes/.test(e.message));
  assert.deepEqual(calls.analyze, []);
  assert.throws(() => api.analyze('x'.repeat(10), { maxInputBytes: 3, kinds: ['?'] }), (e) => e.code === 'bad-options');
});

test('utf8Length counts UTF-8 bytes as TextEncoder does, lone surrogates as U+FFFD', () => {
  for (const s of ['', 'abc', 'é', '增長5%', '𠀀x😀', '\ud800', 'a\udc00b', '\ud800\ud800\udc00']) {
    assert.equal(utf8Length(s), new TextEncoder().encode(s).length, JSON.stringify(s));
  }
});

test('wrapGlue: the core gets the options as plain values, each read once, nothing walked', () => {
  const { glue, calls } = fakeGlue(() => [[0], '']);
  const api = wrapGlue(glue, () => ({}), () => true);
  let reads = 0;
  const options = {
    get html() {
      reads++;
      return true;
    },
    kinds: ['money', 'rank', 'money'],
    maxInputBytes: 100,
    unknownButNull: null,
  };
  api.analyze('x', options);
  assert.equal(reads, 1, 'a getter runs once');
  assert.deepEqual(calls.analyze, [['x', { html: true, bodyOnly: false, max: 100, kinds: 0b1_0000_0001 }]]);
  calls.analyze.length = 0;
  api.analyze('x', new Map([['bodyOnly', true], ['maxInputBytes', 2n ** 40n]]));
  api.analyze('x', { kinds: [], html: undefined });
  api.analyze('x');
  assert.deepEqual(calls.analyze.map(([, o]) => o), [
    { html: false, bodyOnly: true, max: 2 ** 40, kinds: -1 },
    { html: false, bodyOnly: false, max: -1, kinds: 0 },
    { html: false, bodyOnly: false, max: -1, kinds: -1 },
  ]);
  // A wrong-typed object is not walked; an unknown option is named, cut.
  const bad = (options, message) => assert.throws(() => api.analyze('x', options), (e) => e.code === 'bad-options' && e.message === `bad options: ${message}`);
  bad({ bodyOnly: { deep: { deeper: {} } } }, 'bodyOnly must be a boolean, got an object');
  bad({ ['z'.repeat(1e6)]: 1, html: true }, `unknown option "${'z'.repeat(40)}…"; known options: html, kinds, bodyOnly, maxInputBytes`);
  bad(new Map([['html', [1, [2]]]]), 'html must be a boolean, got an array');
  bad([1], 'options must be an object, got an array');
  bad('y'.repeat(1000), 'options must be an object, got a string');
  assert.equal(calls.analyze.length, 3, 'nothing refused reached the core');
});

// What the binding's reader of JS options said (before the wrapper read them: its
// messages, taken from that build), for every kind of value it refused.
const REFUSED = [
  [true, "options must be an object, got a boolean"],
  [[], "options must be an object, got an array"],
  ['s', "options must be an object, got a string"],
  [() => 1, "options must be a plain object (Error: invalid type: function, expected a plain JS value)"],
  [Symbol('s'), "options must be a plain object (Error: invalid type: symbol, expected a plain JS value)"],
  [new Set([1]), "options must be a plain object (Error: invalid type: object, expected a plain JS value)"],
  [new Uint8Array(2), "options must be a plain object (Error: invalid type: byte array, expected a plain JS value)"],
  [2n ** 64n, "options must be a plain object (Error: Couldn't deserialize i64 or u64 from a BigInt outside i64::MIN..u64::MAX bounds)"],
  [{ html: 1 }, "html must be a boolean, got a number"],
  [{ html: 1n }, "html must be a boolean, got a number"],
  [{ bodyOnly: 'yes' }, "bodyOnly must be a boolean, got a string"],
  [{ html: new Map() }, "html must be a boolean, got an object"],
  [{ maxInputBytes: '5' }, "maxInputBytes must be a number, got a string"],
  [{ maxInputBytes: -1 }, "maxInputBytes must be a whole number of bytes, got a negative or fractional number"],
  [{ maxInputBytes: 1.5 }, "maxInputBytes must be a whole number of bytes, got a negative or fractional number"],
  [{ maxInputBytes: Infinity }, "maxInputBytes must be a whole number of bytes, got a non-finite number"],
  [{ maxInputBytes: NaN }, "maxInputBytes must be a whole number of bytes, got a non-finite number"],
  [{ maxInputBytes: 2n ** 64n }, "options must be a plain object (Error: Couldn't deserialize i64 or u64 from a BigInt outside i64::MIN..u64::MAX bounds)"],
  [{ maxInputBytes: -(2n ** 63n) - 1n }, "options must be a plain object (Error: Couldn't deserialize i64 or u64 from a BigInt outside i64::MIN..u64::MAX bounds)"],
  [{ maxInputBytes: -(2n ** 63n) }, "maxInputBytes must be a whole number of bytes, got a negative or fractional number"],
  [{ kinds: 'money' }, "kinds must be an array of kind names, got a string"],
  [{ kinds: [1] }, "kinds must hold strings, got a number"],
  [{ kinds: [null] }, "kinds must hold strings, got null"],
  [{ kinds: [['money']] }, "kinds must hold strings, got an array"],
  [{ kinds: [{}] }, "kinds must hold strings, got an object"],
  [{ kinds: ['nope'] }, "unknown kind \"nope\" in kinds; known kinds: money, percent, count, measure, ratio, multiple, date, duration, rank, identifier, number"],
  [{ kinds: ['\uD800'] }, "unknown kind \"\uFFFD\" in kinds; known kinds: money, percent, count, measure, ratio, multiple, date, duration, rank, identifier, number"],
  [{ kinds: [() => 0] }, "options must be a plain object (Error: invalid type: function, expected a plain JS value)"],
  [{ kinds: [new Set()] }, "options must be a plain object (Error: invalid type: object, expected a plain JS value)"],
  [{ kinds: [new Uint8Array(1)] }, "options must be a plain object (Error: invalid type: byte array, expected a plain JS value)"],
  [{ kinds: [Symbol('k')] }, "options must be a plain object (Error: invalid type: symbol, expected a plain JS value)"],
  [{ kinds: [2n ** 70n] }, "options must be a plain object (Error: Couldn't deserialize i64 or u64 from a BigInt outside i64::MIN..u64::MAX bounds)"],
  [{ other: 1 }, "unknown option \"other\"; known options: html, kinds, bodyOnly, maxInputBytes"],
  [{ other: null, html: 1 }, "html must be a boolean, got a number"],
  [{ 'a\uDC00b': 1 }, "unknown option \"a\uFFFDb\"; known options: html, kinds, bodyOnly, maxInputBytes"],
  [{ html: 1, kinds: [Symbol('k')] }, "options must be a plain object (Error: invalid type: symbol, expected a plain JS value)"],
  [new Map([[1, true]]), "options must be a plain object (Error: invalid type: number map key, expected a string)"],
  [new Map([[{}, 1]]), "options must be a plain object (Error: invalid type: object map key, expected a string)"],
  [new Map([['html', 'x']]), "html must be a boolean, got a string"],
];

test('the built package refuses options with the messages the binding gave', () => {
  const { analyze } = require('../../js/node.cjs');
  for (const [options, message] of REFUSED) {
    assert.throws(() => analyze('x', options), (e) => e.code === 'bad-options' && e.message === `bad options: ${message}`, message);
  }
});

test('wrapGlue: getters that throw, too many kinds, a call from inside a call', () => {
  const { glue, calls } = fakeGlue(() => [[0], '']);
  const api = wrapGlue(glue, () => ({}), () => true);
  const boom = new Error('boom');
  assert.throws(() => api.analyze('x', { get kinds() { throw boom; } }),
    (e) => e.code === 'bad-options' && e.message === 'bad options: reading options.kinds threw Error: boom' && e.cause === boom);
  // What is inside kinds is never read deeply.
  assert.throws(() => api.analyze('x', { kinds: ['money', { get x() { throw boom; } }, [new Proxy([], { get() { throw boom; } })]] }),
    (e) => e.code === 'bad-options' && e.message === 'bad options: kinds must hold strings, got an object');
  const revoked = Proxy.revocable({}, {});
  revoked.revoke();
  assert.throws(() => api.analyze('x', revoked.proxy), (e) => e.code === 'bad-options' && /reading options threw TypeError/.test(e.message));
  assert.throws(() => api.analyze('x', { kinds: new Array(1e7) }), (e) => e.code === 'bad-options' && /kinds has 10000000 entries; at most 64/.test(e.message));
  assert.equal(calls.analyze.length, 0, 'nothing else reached the core');

  let inner;
  const result = api.analyze('outer', {
    get html() {
      try {
        api.analyze('inner');
      } catch (e) {
        inner = e;
      }
      return false;
    },
  });
  assert.deepEqual(result, {});
  assert.ok(inner instanceof api.FiglensError);
  assert.equal(inner.code, 'busy');
  assert.match(inner.message, /called while another analyze\(\) was running/);
  assert.deepEqual(calls.analyze.map(([t]) => t), ['outer'], 'the inner call never reached the core');
  assert.equal(api.analyze('after').constructor, Object, 'and the next call works');
});

test('wrapGlue: an instance whose memory grew past 256 MiB is replaced after the call', () => {
  let bytes = 4 * 2 ** 20;
  const { glue, calls } = fakeGlue(() => [{ buffer: { byteLength: bytes } }, '']);
  const api = wrapGlue(glue, () => ({ ok: true }), () => true);
  api.analyze('small');
  assert.equal(calls.reset, 0);
  bytes = 300 * 2 ** 20;
  assert.deepEqual(api.analyze('large'), { ok: true }, 'the result is decoded before the restart');
  assert.equal(calls.reset, 1);
  assert.deepEqual(api.memoryForTests(), { bytes, lastBytes: bytes, restarts: 1 });
});
