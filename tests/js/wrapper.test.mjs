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

// A stand-in glue: what the wrapper does around the call, without wasm.
function fakeGlue(analyze) {
  const calls = { analyze: [], reset: 0 };
  const glue = {
    analyze(text, options) {
      calls.analyze.push([text, options]);
      return analyze(text, options);
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
  const { glue, calls } = fakeGlue((text, options) => {
    if (options?.kinds) throw { code: 'bad-options', message: 'unknown kind' };
    return [[text.length], 'x'];
  });
  const api = wrapGlue(glue, (nums, strings, text) => ({ nums, strings, text }), () => ready);
  const { FiglensError } = api;
  assert.throws(() => api.analyze(1), TypeError);
  assert.throws(() => api.analyze('a'), (e) => e instanceof FiglensError && e.code === 'not-initialized' && e.name === 'FiglensError');
  ready = true;
  assert.deepEqual(api.analyze('ab'), { nums: [2], strings: 'x', text: 'ab' });
  assert.throws(() => api.analyze('a', { kinds: ['?'] }), (e) => e instanceof FiglensError && e.code === 'bad-options' && e.message === 'unknown kind');
  assert.equal(calls.reset, 0, 'a core error leaves the instance alone');
  assert.throws(() => api.trapForTests(), (e) => e.code === 'internal' && e.cause instanceof WebAssembly.RuntimeError && /restarted/.test(e.message));
  assert.equal(calls.reset, 1, 'a trap restarts the instance');
  // Past the limit: options are checked on an empty string, the text never crosses.
  calls.analyze.length = 0;
  assert.throws(() => api.analyze('增長5%', { maxInputBytes: 3 }), (e) => e.code === 'input-too-large' && /input is 8 bytes, over the limit of 3 bytes/.test(e.message));
  assert.deepEqual(calls.analyze.map(([t, o]) => [t, { ...o }]), [['', { maxInputBytes: 3 }]]);
  assert.throws(() => api.analyze('x'.repeat(10), { maxInputBytes: 3, kinds: ['?'] }), (e) => e.code === 'bad-options');
});

test('utf8Length counts UTF-8 bytes as TextEncoder does, lone surrogates as U+FFFD', () => {
  for (const s of ['', 'abc', 'é', '增長5%', '𠀀x😀', '\ud800', 'a\udc00b', '\ud800\ud800\udc00']) {
    assert.equal(utf8Length(s), new TextEncoder().encode(s).length, JSON.stringify(s));
  }
});

test('wrapGlue: the core gets a snapshot of the options, made of fresh values only', () => {
  const { glue, calls } = fakeGlue(() => [[0], '']);
  const api = wrapGlue(glue, () => ({}), () => true);
  let reads = 0;
  const kinds = ['money', 'percent'];
  const options = {
    get html() {
      reads++;
      return true;
    },
    kinds,
    bodyOnly: { deep: { deeper: {} } },
    maxInputBytes: 100,
    unknownButNull: null,
  };
  api.analyze('x', options);
  assert.equal(reads, 1, 'a getter runs once');
  const [, seen] = calls.analyze[0];
  assert.equal(Object.getPrototypeOf(seen), null);
  assert.deepEqual(Object.keys(seen), ['html', 'kinds', 'bodyOnly', 'maxInputBytes']);
  assert.equal(seen.html, true);
  assert.deepEqual(seen.kinds, kinds);
  assert.notEqual(seen.kinds, kinds, 'kinds is copied');
  assert.deepEqual(Object.keys(seen.bodyOnly), [], 'a wrong-typed object arrives empty: the core says "got an object", nothing to walk');
  // An unknown option ends the snapshot (the core stops at it), and a long name is cut.
  calls.analyze.length = 0;
  api.analyze('x', { ['z'.repeat(1e6)]: 1, html: true });
  assert.deepEqual(Object.keys(calls.analyze[0][1]), [`${'z'.repeat(40)}…`]);
  // A Map stays a Map, a wrong type stays of its type.
  calls.analyze.length = 0;
  api.analyze('x', new Map([['html', [1, [2]]]]));
  api.analyze('x', [1]);
  api.analyze('x', 'y'.repeat(1000));
  const [[, map], [, array], [, string]] = calls.analyze;
  assert.ok(map instanceof Map);
  assert.deepEqual(map.get('html'), []);
  assert.deepEqual(array, []);
  assert.equal(string.length, 41);
});

test('wrapGlue: getters that throw, too many kinds, a call from inside a call', () => {
  const { glue, calls } = fakeGlue(() => [[0], '']);
  const api = wrapGlue(glue, () => ({}), () => true);
  const boom = new Error('boom');
  assert.throws(() => api.analyze('x', { get kinds() { throw boom; } }),
    (e) => e.code === 'bad-options' && e.message === 'bad options: reading options.kinds threw Error: boom' && e.cause === boom);
  api.analyze('x', { kinds: ['money', { get x() { throw boom; } }, [new Proxy([], { get() { throw boom; } })]] });
  // What is inside kinds is replaced, never read deeply: the core says "kinds must hold strings".
  const [money, object, array] = calls.analyze.pop()[1].kinds;
  assert.equal(money, 'money');
  assert.deepEqual(Object.keys(object), []);
  assert.ok(Array.isArray(array) && array.length === 0);
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
