// Run from the folder where the packed tarball was installed (tests/js/pack.test.mjs):
// the package through `require`. Prints one JSON line.
const figlens = require('figlens');

const out = {};
out.resolved = require.resolve('figlens');
out.exports = Object.keys(figlens).filter((k) => !k.startsWith('__')).sort();
const a = figlens.analyze('全區城鎮新增就業1.29萬人，同比增長9.2%。');
out.figures = a.figures.map((f) => [f.text, f.kind, f.value, f.unit]);
try {
  figlens.analyze('x', { kinds: ['moneys'] });
} catch (e) {
  out.badOptions = { name: e.name, code: e.code };
}
figlens.init().then(() => {
  out.init = 'resolved';
  console.log(JSON.stringify(out));
});
