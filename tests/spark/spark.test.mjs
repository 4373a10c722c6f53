// The Spark example (examples/spark/) in local[2] over 2,000 generated
// articles and a few bad records, against the CLI's own answers. Needs
// scripts/setup-spark.sh (npm test runs it): fails when Spark cannot start.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { COLUMNS, figureRows } from '../../js/table.js';
import { archive, request } from '../js/archive-input.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = join(root, 'bin', 'figlens.js');
const preload = join(root, 'tests', 'js', 'cli-preload.mjs');
const python = join(root, '.venv-spark', 'bin', 'python');
const tmp = mkdtempSync(join(tmpdir(), 'figlens-spark-'));
after(() => rmSync(tmp, { recursive: true, force: true }));

const readJsonl = (path) => readFileSync(path, 'utf8').trim().split('\n').map((l) => JSON.parse(l));

test('Spark local[2]: every id back exactly once with the CLI\'s analysis and figures; bad and poisoned records are error rows', () => {
  assert.ok(existsSync(python), `${python} is missing: run bash scripts/setup-spark.sh (npm test does)`);
  const lines = archive({ count: 2000 }).split('\n').slice(0, -1);
  const poisoned = JSON.stringify({ ...request(7), id: 'poisoned', text: `POISON ${request(7).text}` });
  lines.splice(10, 0, '  ');
  lines.splice(500, 0, 'not JSON');
  lines.splice(1000, 0, '{"id": "bad", "text": 5}');
  lines.splice(1500, 0, poisoned);
  const input = join(tmp, 'archive.jsonl');
  writeFileSync(input, `${lines.join('\n')}\n`);

  // The job's figlens kills its worker thread on the poisoned record (tests/js/cli-preload.mjs).
  const figlens = `${process.execPath} --import ${preload} ${bin}`;
  const job = spawnSync(python, [join(root, 'tests', 'spark', 'run_job.py'), tmp, '--master', 'local[2]', '--figlens', figlens, input, join(tmp, 'out')], {
    env: { ...process.env, FIGLENS_TEST_POISON: 'POISON' },
    encoding: 'utf8',
    timeout: 20 * 60_000,
    maxBuffer: 1 << 28,
  });
  assert.equal(job.status, 0, `the Spark job failed (exit ${job.status}, ${job.signal ?? 'no signal'}):\n${job.stderr.slice(-4000)}`);
  assert.match(job.stdout, /figlens_job: 2003 lines, 3 errors, \d+ figures/);

  const cli = spawnSync(process.execPath, [bin, '--jsonl', input], { encoding: 'utf8', maxBuffer: 1 << 30 });
  assert.equal(cli.status, 1, cli.stderr);
  const answers = cli.stdout.trim().split('\n');

  const [analysesSchema, ...analyses] = readJsonl(join(tmp, 'analyses.jsonl'));
  const [figuresSchema, ...figures] = readJsonl(join(tmp, 'figures.jsonl'));
  assert.deepEqual(analysesSchema.schema.map(([name]) => name), ['line', 'id', 'error', 'language', 'title', 'analysis']);
  assert.deepEqual(figuresSchema.schema, COLUMNS.map((c) => [c, { value: 'double', low: 'double', high: 'double', approximate: 'boolean', start: 'bigint', end: 'bigint' }[c] ?? 'string']));

  const byLine = new Map();
  for (const row of analyses) {
    assert.ok(!byLine.has(row.line), `line ${row.line} answered twice`);
    byLine.set(row.line, row);
  }
  assert.equal(byLine.size, 2003, 'one row per line that is not blank');
  const ids = analyses.map((r) => r.id).filter((id) => id !== null);
  assert.equal(new Set(ids).size, ids.length, 'every id exactly once');

  const expectedFigures = [];
  let k = 0;
  for (const [i, line] of lines.entries()) {
    if (line.trim() === '') continue;
    const answer = answers[k++];
    const row = byLine.get(i + 1);
    assert.ok(row, `input line ${i + 1} has its row`);
    const a = JSON.parse(answer);
    assert.equal(row.id, a.id, `line ${i + 1}`);
    if (line === poisoned) {
      assert.equal(row.error, `line ${i + 1}: its analysis stopped the worker thread (exit code 3); the worker was replaced`);
    } else if (a.error) {
      assert.equal(row.error, a.error, 'the same message, with the input\'s line number');
      assert.equal(row.analysis, null);
    } else {
      assert.equal(row.error, null);
      assert.equal(row.analysis, answer, 'the CLI\'s answer line, byte for byte');
      assert.deepEqual([row.language, row.title], [a.language, a.title]);
      expectedFigures.push(...figureRows(a, a.id));
    }
  }
  assert.equal(k, answers.length);
  const key = (cells) => JSON.stringify(cells.map((c) => c ?? null));
  const got = figures.map((f) => key(COLUMNS.map((c) => f[c]))).sort();
  const want = expectedFigures.map(key).sort();
  assert.ok(want.length > 20_000, `${want.length} figures`);
  assert.deepEqual(got, want, 'the figures table holds the CLI\'s figure rows, raw');
});

test('the executors\' rows: ids as the CSV writes them, sentence texts sliced in UTF-16 as in JS, error lines renumbered', () => {
  // figlens_partition.py needs only Python's standard library: no Spark here.
  const texts = ['營收增長5%，達3億元。😀😀 利潤下降2%。', 'Sales 😀 rose 5% to $3bn. Costs fell 2%.', '<p>增長<b>5%</b></p><p>𠀀𠀁 下降3%</p>'];
  const ids = [1e21, 12, -0.5, true, { a: [1, 'x'] }, 'a "quoted" id', null];
  const input = ids.map((id, i) => JSON.stringify({ id, text: texts[i % 3], html: i % 3 === 2 })).join('\n') + '\nnot JSON\n';
  const cli = spawnSync(process.execPath, [bin, '--jsonl'], { input, encoding: 'utf8' });
  const answers = cli.stdout.trim().split('\n');
  const script = [
    'import json, sys',
    `sys.path.insert(0, ${JSON.stringify(join(root, 'examples', 'spark'))})`,
    'from figlens_partition import rows',
    'for n, line in enumerate(sys.stdin, 40):',
    '    print(json.dumps(rows(n, line.rstrip("\\n"))))',
  ].join('\n');
  const py = spawnSync('python3', ['-c', script], { input: `${answers.join('\n')}\n`, encoding: 'utf8' });
  assert.equal(py.status, 0, py.stderr);
  const cell = (v) => (v === null || typeof v === 'string' ? v : JSON.stringify(v));
  for (const [i, [row, figures]] of py.stdout.trim().split('\n').map((l) => JSON.parse(l)).entries()) {
    const a = JSON.parse(answers[i]);
    assert.equal(row[1], cell(a.id), `id ${JSON.stringify(a.id)}`);
    if (a.error) {
      assert.deepEqual(row, [40 + i, null, a.error.replace(/^line \d+/, `line ${40 + i}`), null, null, null]);
      continue;
    }
    assert.equal(row[5], answers[i]);
    // With no id the CSV writes the figure's number: a string in the table's id column.
    const want = figureRows(a, cell(a.id)).map((r) => r.map((c, k) => (k === 0 && typeof c === 'number' ? String(c) : c ?? null)));
    assert.ok(want.length >= 2);
    assert.deepEqual(figures, want, `line ${i + 1}`);
  }
});
