// The case runner's own rules (tests/cases/README.md), on made-up analyses, so
// that a runner bug cannot pass for a grammar result.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import test from 'node:test';
import { checkCase, loadCaseDir, parseCases, runCase, summary } from './run-cases.mjs';

const fig = (text, start, extra = {}) => ({ text, start, end: start + text.length, kind: 'percent', value: 5, unit: '%', approximate: false, change: null, period: null, metric: null, ...extra });
const text = '營收增長5%，利潤增長5%。';
const a = { figures: [fig('5%', 4, { change: 'increase', metric: '營收', period: '同比上升' }), fig('5%', 11, { change: 'increase', metric: '利潤' })] };

test('surfaces match in order, each searched from the previous one\'s start (inclusive), to unused covering figures', () => {
  // "5%" twice: the second search starts at the first "5%" and finds it again;
  // the figure there is used, so nothing covers it (as in tests/cases.rs).
  assert.deepEqual(checkCase({ text, figures: [{ surface: '5%', metric: '營收' }, { surface: '5%' }] }, a), ['no figure covers "5%"']);
  // a longer surface tells them apart
  assert.deepEqual(checkCase({ text, figures: [{ surface: '5%', metric: '營收' }, { surface: '5%。', metric: '利潤' }] },
    { figures: [a.figures[0], fig('5%。', 11, { change: 'increase', metric: '利潤' })] }), []);
  // the figure's span must contain the surface's span, not the other way round
  assert.deepEqual(checkCase({ text, exact: false, figures: [{ surface: '增長5%' }] }, a), ['no figure covers "增長5%"']);
  // out of order: the second surface is not found after the first
  assert.match(checkCase({ text, exact: false, figures: [{ surface: '利潤' }, { surface: '營收' }] }, a).join('\n'), /surface "營收" not in the text after position 7/);
});

test('a surface absent from the text, and a count mismatch, are failures; exact:false lifts the count', () => {
  assert.match(checkCase({ text, figures: [{ surface: '9%' }] }, a).join('\n'), /2 figures.*want 1[\s\S]*surface "9%" not in the text/);
  assert.deepEqual(checkCase({ text, exact: false, figures: [{ surface: '5%，' }] }, { figures: [fig('5%，', 4), fig('5%', 11)] }), []);
  assert.match(checkCase({ text, figures: [] }, a)[0], /^2 figures \["5%","5%"\], want 0$/);
  assert.deepEqual(checkCase({ text: '沒有數字', figures: [] }, { figures: [] }), []);
});

test('fields: numbers to 1e-6 relative, null means null or absent, period and metric by containment', () => {
  const one = { figures: [fig('5%', 4, { value: 72991000000, metric: '地區生產總值', period: '2021年 同比' })] };
  const check = (e) => checkCase({ text, exact: false, figures: [{ surface: '5%', ...e }] }, one);
  assert.deepEqual(check({ value: 72991000000 * (1 + 5e-7) }), []);
  assert.match(check({ value: 72991000000 * (1 + 5e-6) })[0], /value=72991000000, want/);
  assert.deepEqual(check({ metric: '生產總值', period: '同比' }), []);
  assert.match(check({ metric: '總產值' })[0], /metric="地區生產總值" does not contain "總產值"/);
  assert.match(check({ metric: null })[0], /metric/);
  assert.deepEqual(check({ change: null, role: null, iso: null, low: null }), []);
  assert.match(check({ change: 'increase' })[0], /change=null, want "increase"/);
  assert.match(check({ low: 1 })[0], /low=absent, want 1/);
  assert.deepEqual(check({ kind: 'percent', unit: '%', approximate: false }), []);
  assert.match(check({ approximate: true })[0], /approximate=false, want true/);
});

test('runCase passes the html flag and reports a throwing analyze as a failure', () => {
  let seen;
  runCase({ text: 'x', html: true, figures: [] }, (t, o) => { seen = o; return { figures: [] }; });
  assert.deepEqual(seen, { html: true });
  assert.match(runCase({ text: 'x', figures: [] }, () => { throw new TypeError('boom'); })[0], /analyze threw TypeError: boom/);
});

test('case files: blank lines skipped, bad JSON named by file:line, a missing or empty folder is 0 cases', async () => {
  const cases = parseCases('{"id":"a","text":"t","figures":[]}\n\n{"id":"b","text":"u","figures":[]}\n', 'x.jsonl');
  assert.deepEqual(cases.map((c) => [c.id, c.file, c.line]), [['a', 'x.jsonl', 1], ['b', 'x.jsonl', 3]]);
  assert.throws(() => parseCases('{"id":"a","text":"t","figures":[]}\n{oops', 'y.jsonl'), /y\.jsonl:2: not JSON/);
  assert.throws(() => parseCases('{"id":"a"}', 'z.jsonl'), /z\.jsonl:1: a case needs/);
  const dir = mkdtempSync(join(tmpdir(), 'figlens-cases-'));
  try {
    assert.deepEqual(await loadCaseDir(dir), { files: [], cases: [] });
    assert.deepEqual(await loadCaseDir(join(dir, 'missing')), { files: [], cases: [] });
    writeFileSync(join(dir, 'b.jsonl'), '{"id":"b1","text":"t","figures":[]}\n');
    writeFileSync(join(dir, 'a.jsonl'), '{"id":"a1","text":"t","figures":[]}\n');
    writeFileSync(join(dir, 'notes.md'), 'not a table');
    const loaded = await loadCaseDir(dir);
    assert.deepEqual(loaded.files, ['a.jsonl', 'b.jsonl']);
    assert.deepEqual(loaded.cases.map((c) => c.id), ['a1', 'b1']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  assert.equal(summary([], 0), 'case tables: 0 of 0 cases pass (0 files)');
  assert.equal(summary([{ errors: [] }, { errors: ['x'] }], 1), 'case tables: 1 of 2 cases pass (1 file)');
});
