// The built package through CommonJS: `require('figlens')` resolves through the
// package's own exports map to the Node build.
const assert = require('node:assert/strict');
const test = require('node:test');
const figlens = require('figlens');

test('require("figlens") gives the JS API and works synchronously', () => {
  assert.equal(typeof figlens.analyze, 'function');
  assert.equal(typeof figlens.init, 'function');
  assert.equal(typeof figlens.initSync, 'function');
  const a = figlens.analyze('全區城鎮新增就業1.29萬人。');
  assert.equal(a.version, 1);
  assert.equal(a.figures[0].text, '1.29萬人');
  assert.equal(a.figures[0].value, 12900);
  assert.equal(a.figures[0].unit, 'person');
});

test('FiglensError from require is the class import gives', async () => {
  const esm = await import('figlens');
  assert.equal(esm.FiglensError, figlens.FiglensError);
  assert.throws(() => figlens.analyze('x', { kinds: ['?'] }), (e) => e instanceof esm.FiglensError && e.code === 'bad-options');
});

test('init() resolves in CommonJS too', async () => {
  await figlens.init();
});
