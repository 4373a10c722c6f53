// Run from the folder where the packed tarball was installed (tests/js/pack.test.mjs):
// the package through `import`, as a user gets it. Prints one JSON line.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import * as figlens from 'figlens';
import * as web from 'figlens/web';
import * as widget from 'figlens/widget';

const require = createRequire(import.meta.url);
const out = {};
out.resolved = fileURLToPath(import.meta.resolve('figlens'));
out.exports = Object.keys(figlens).filter((k) => !k.startsWith('__')).sort();
out.init = await figlens.init();
const a = figlens.analyze('全區城鎮新增就業1.29萬人，同比增長9.2%。');
out.figures = a.figures.map((f) => [f.text, f.kind, f.value, f.unit]);
out.html = figlens.analyze('<p>營收<b>12.5%</b></p><ul class="related"><li>另文：增長9%</li></ul>', { html: true, bodyOnly: true }).figures.map((f) => f.text);
out.kinds = figlens.analyze('增長5%，達3億元', { kinds: ['money'] }).figures.map((f) => f.kind);
try {
  figlens.analyze('增長5%', { maxInputBytes: 3 });
} catch (e) {
  out.tooLarge = { isFiglensError: e instanceof figlens.FiglensError, code: e.code, names: /3 bytes/.test(e.message) };
}
out.sameClassAsRequire = require('figlens').FiglensError === figlens.FiglensError;
// The web build in Node, loaded from the wasm the package exports.
try {
  web.analyze('增長5%');
} catch (e) {
  out.webBefore = e.code;
}
web.initSync(readFileSync(fileURLToPath(import.meta.resolve('figlens/wasm'))));
out.web = web.analyze('增長5%').figures.map((f) => f.value);
// The widget module imports in Node without a DOM (it registers nothing there).
out.widget = Object.keys(widget).sort();
out.formatted = widget.formatFigureValue(a.figures[0], 'en');
console.log(JSON.stringify(out));
