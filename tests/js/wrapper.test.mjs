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
  assert.deepEqual(calls.analyze, [['', { maxInputBytes: 3 }]]);
  assert.throws(() => api.analyze('x'.repeat(10), { maxInputBytes: 3, kinds: ['?'] }), (e) => e.code === 'bad-options');
});

test('utf8Length counts UTF-8 bytes as TextEncoder does, lone surrogates as U+FFFD', () => {
  for (const s of ['', 'abc', 'é', '增長5%', '𠀀x😀', '\ud800', 'a\udc00b', '\ud800\ud800\udc00']) {
    assert.equal(utf8Length(s), new TextEncoder().encode(s).length, JSON.stringify(s));
  }
});
