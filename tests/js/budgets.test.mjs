// The bundle budgets (scripts/budgets.mjs, which scripts/build.mjs prints): what
// a page downloads to call analyze(), and the widget. The file lists are the
// entries' static import graphs, so a module added to either counts at once.
import assert from 'node:assert/strict';
import test from 'node:test';
import { BUDGETS, describe, dynamicImports, gzipSize, measure, moduleGraph } from '../../scripts/budgets.mjs';

test('the web bundle (the .wasm, its glue and the wrapper) is within 250,000 bytes gzip -9', (t) => {
  const m = measure('web');
  t.diagnostic(m.files.map((f) => `${f.file} ${f.gzip}`).join(', ') + `; total ${m.total} of ${m.limit}`);
  assert.equal(m.limit, 250_000);
  for (const f of ['js/web.js', 'js/wire.js', 'js/wrapper.js', 'pkg/web/figlens.js', 'pkg/web/figlens_bg.wasm']) {
    assert.ok(m.files.some((x) => x.file === f), `${f} is counted`);
  }
  assert.ok(m.total <= m.limit, `the web bundle is ${m.total} bytes, ${m.total - m.limit} over its budget of ${m.limit}`);
});

test('the widget (js/widget.js and every module it imports) is within 30,000 bytes gzip -9', (t) => {
  const m = measure('widget');
  t.diagnostic(m.files.map((f) => `${f.file} ${f.gzip}`).join(', ') + `; total ${m.total} of ${m.limit}`);
  assert.equal(m.limit, 30_000);
  assert.equal(m.files[0].file, 'js/widget.js');
  assert.ok(m.files.every((f) => f.file.startsWith('js/')), 'the widget is the package\'s own JS');
  assert.ok(m.total <= m.limit, `the widget is ${m.total} bytes, ${m.total - m.limit} over its budget of ${m.limit}`);
  // What it loads on first connect: the web bundle (measured there) and the
  // worker that runs it, which adds nothing but itself.
  assert.deepEqual(dynamicImports(BUDGETS.widget.entry).sort(), [BUDGETS.web.entry, 'js/widget/worker.js']);
  const worker = moduleGraph('js/widget/worker.js');
  assert.deepEqual(worker.slice(1).sort(), moduleGraph(BUDGETS.web.entry).sort());
  const own = gzipSize('js/widget/worker.js');
  t.diagnostic(`js/widget/worker.js ${own}`);
  assert.ok(own < 1000, `the worker script is ${own} bytes gzip`);
});

test('the import graph follows static imports, re-exports and new URL(…, import.meta.url) assets, not import() or a worker\'s script', () => {
  const web = moduleGraph('js/web.js');
  assert.equal(web[0], 'js/web.js');
  assert.ok(web.includes('pkg/web/figlens_bg.wasm'), 'the asset web.js and the glue fetch');
  assert.equal(new Set(web).size, web.length, 'each file once');
  assert.ok(!moduleGraph('js/widget.js').includes('js/web.js'), 'import() is a later download, not the widget\'s');
  assert.ok(!moduleGraph('js/widget.js').includes('js/widget/worker.js'), 'so is the worker\'s script');
});

test('the build\'s line says when a bundle is over its budget', () => {
  const files = [{ file: 'js/a.js', gzip: 7 }, { file: 'js/b.js', gzip: 5 }];
  assert.equal(describe({ name: 'x', limit: 12, files, total: 12 }), 'x bundle (js/a.js + js/b.js), each gzip -9: 12 bytes (budget 12)');
  assert.match(describe({ name: 'x', limit: 10, files, total: 12 }), /: OVER BUDGET by 2 bytes$/);
});
