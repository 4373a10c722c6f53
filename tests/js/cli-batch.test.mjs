// figlens --jsonl as an archive tool: --jobs, order, poisoned lines, --resume,
// --retry-errors, progress, and memory that does not grow with the input.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { analyze } from 'figlens';
import { archive, request } from './archive-input.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = join(root, 'bin', 'figlens.js');
const preload = join(root, 'tests', 'js', 'cli-preload.mjs');
const tmp = mkdtempSync(join(tmpdir(), 'figlens-batch-'));
after(() => rmSync(tmp, { recursive: true, force: true }));

/** figlens with the test preload (tests/js/cli-preload.mjs); input a string or Buffer, or a file as FILE. */
function figlens(args, { input = '', env = {}, stdout, nodeArgs = [] } = {}) {
  const r = spawnSync(process.execPath, [...nodeArgs, '--import', preload, bin, ...args], {
    input,
    env: { ...process.env, ...env },
    stdio: ['pipe', stdout ?? 'pipe', 'pipe'],
    maxBuffer: 1 << 30,
    timeout: 300_000,
  });
  return { code: r.status, out: r.stdout?.toString() ?? '', err: r.stderr.toString() };
}

const parse = (out) => out.trim().split('\n').map((l) => JSON.parse(l));
const file = (name, text) => {
  const path = join(tmp, name);
  writeFileSync(path, text);
  return path;
};

// 1,500 articles (about 2.3 MB, several batches per worker) with bad lines among them.
const lines = archive({ count: 1500 }).split('\n').slice(0, -1);
for (const at of [3, 700, 1499]) lines.splice(at, 0, at === 700 ? '{"id": "bad", "text": 5}' : 'not JSON');
const inputPath = file('in.jsonl', `${lines.join('\n')}\n`);
const poisoned = new Set([10, 11, 900]); // input line indices whose text holds the marker
const poisonedPath = file('poisoned.jsonl', `${lines.map((l, i) => (poisoned.has(i) ? l.replace('"text":"', '"text":"POISON ') : l)).join('\n')}\n`);

const full = figlens(['--jsonl', '--jobs', '2', inputPath]);

test('--jobs 2: one answer per line, in input order, each the analysis of its line', () => {
  assert.equal(full.code, 1, full.err);
  assert.equal(full.err, 'figlens: 3 of the input lines failed\n');
  const out = parse(full.out);
  assert.equal(out.length, lines.length);
  for (const [i, line] of lines.entries()) {
    let req;
    try {
      req = JSON.parse(line);
    } catch {
      assert.deepEqual(out[i], { id: null, error: out[i].error }, `line ${i + 1}`);
      assert.match(out[i].error, new RegExp(`^line ${i + 1}: not JSON`));
      continue;
    }
    if (typeof req.text !== 'string') {
      assert.deepEqual(out[i], { id: 'bad', error: `line ${i + 1}: "text" must be a string, got number` });
      continue;
    }
    // Checked in full for a sample, by id and figures for the rest (the same engine either way).
    if (i % 50 === 0) assert.deepEqual(out[i], { id: req.id, ...analyze(req.text, { html: Boolean(req.html) }) }, `line ${i + 1}`);
    else assert.equal(out[i].id, req.id, `line ${i + 1}`);
  }
});

test('--jobs 1, 2 and 3 write the same bytes, as JSON and as CSV', () => {
  for (const jobs of ['1', '3']) assert.equal(figlens(['--jsonl', '--jobs', jobs, inputPath]).out, full.out, `--jobs ${jobs}`);
  const csv = ['1', '2'].map((jobs) => figlens(['--jsonl', '--format', 'csv', '--jobs', jobs, inputPath]));
  assert.equal(csv[0].code, 1);
  assert.ok(csv[0].out.split('\n').length > 3000, 'rows for the figures');
  assert.equal(csv[1].out, csv[0].out);
  assert.equal(csv[1].err, csv[0].err, 'the bad lines on stderr, in order');
});

test('a line that kills its worker gets an error line; the worker is replaced and every other line its answer', () => {
  const r = figlens(['--jsonl', '--jobs', '2', poisonedPath], { env: { FIGLENS_TEST_POISON: 'POISON' } });
  assert.equal(r.code, 1, r.err);
  assert.equal(r.err, 'figlens: 6 of the input lines failed\n');
  const out = parse(r.out);
  const expected = parse(full.out);
  assert.equal(out.length, expected.length);
  for (const [i, o] of out.entries()) {
    if (poisoned.has(i)) assert.deepEqual(o, { id: expected[i].id, error: `line ${i + 1}: its analysis stopped the worker thread (exit code 3); the worker was replaced` });
    else assert.deepEqual(o, expected[i], `line ${i + 1}`);
  }
});

test('--resume after a cut inside a line: the same output as an uninterrupted run, no line twice or lost', () => {
  const whole = Buffer.from(full.out);
  for (const cut of [0, 1, 1000, Math.floor(whole.length * 0.6), whole.indexOf('\n', 5000) + 1, whole.length]) {
    const out = file('resumed.jsonl', whole.subarray(0, cut));
    const r = figlens(['--jsonl', '--resume', out, inputPath]);
    assert.equal(r.code, 1, r.err);
    assert.equal(r.out, '', 'nothing on stdout');
    assert.equal(r.err, 'figlens: 3 of the input lines failed\n', 'the failed lines of the whole output');
    assert.ok(readFileSync(out).equals(whole), `cut at byte ${cut}`);
  }
  // No OUT yet: it is created. From standard input too.
  const fresh = join(tmp, 'fresh.jsonl');
  figlens(['--jsonl', '--resume', fresh], { input: readFileSync(inputPath) });
  assert.ok(readFileSync(fresh).equals(whole));
});

test('--resume refuses an OUT that is not this input\'s output, and leaves it as it was', () => {
  const other = file('other.jsonl', archive({ count: 20, from: 1 }));
  const out = file('cut.jsonl', Buffer.from(full.out).subarray(0, 20_000));
  const before = readFileSync(out);
  let r = figlens(['--jsonl', '--resume', out, other]);
  assert.equal(r.code, 1);
  assert.match(r.err, /^figlens: .*cut\.jsonl line 1 answers id "a0", but input line 1 has id "a1": it is not the output of this input \(or the input changed\)\n$/);
  assert.ok(readFileSync(out).equals(before));
  r = figlens(['--jsonl', '--resume', file('long.jsonl', full.out), file('short.jsonl', archive({ count: 2 }))]);
  assert.equal(r.code, 1);
  assert.match(r.err, /long\.jsonl has more answers \(3\) than the input has lines/);
  r = figlens(['--jsonl', '--resume', file('junk.jsonl', 'hello\n'), inputPath]);
  assert.match(r.err, /junk\.jsonl line 1 is not a figlens --jsonl answer/);
});

test('--retry-errors NEW OUT: OUT with its error lines analysed again, in order', () => {
  const first = figlens(['--jsonl', '--jobs', '2', poisonedPath], { env: { FIGLENS_TEST_POISON: 'POISON' } });
  const out = file('first.jsonl', first.out);
  const fixed = join(tmp, 'fixed.jsonl');
  // Without the poison (a fixed engine), the poisoned lines now get their analyses.
  const clean = file('clean.jsonl', readFileSync(poisonedPath, 'utf8').replaceAll('"text":"POISON ', '"text":"'));
  const r = figlens(['--jsonl', '--retry-errors', fixed, out, clean]);
  assert.equal(r.code, 1, 'the three bad lines still fail');
  assert.equal(r.err, `figlens: 6 error lines analysed again: 3 answered, 3 still failing; written to ${fixed}\n`);
  assert.equal(readFileSync(fixed, 'utf8'), full.out);
  assert.equal(readFileSync(out, 'utf8'), first.out, 'OUT is left as it was');
  // OUT cut short: its last line is dropped, and the rest is left to --resume.
  const cut = file('cut2.jsonl', first.out.slice(0, first.out.indexOf('\n', 30_000) + 10));
  const r2 = figlens(['--jsonl', '--retry-errors', fixed, cut], { input: readFileSync(clean) });
  assert.match(r2.err, /cut2\.jsonl ends with a line cut short: dropped/);
  assert.match(r2.err, /the input has more lines than .*cut2\.jsonl answers: run --resume .*fixed\.jsonl to analyse the rest/);
  figlens(['--jsonl', '--resume', fixed, clean]);
  assert.equal(readFileSync(fixed, 'utf8'), full.out);
  // OUT of another input: an error, and no NEW left behind.
  const stray = join(tmp, 'stray.jsonl');
  const r3 = figlens(['--jsonl', '--retry-errors', stray, out, file('other2.jsonl', archive({ count: 5, from: 9 }))]);
  assert.equal(r3.code, 1);
  assert.match(r3.err, /first\.jsonl line 1 answers id "a0", but input line 1 has id "a9"/);
  assert.ok(!existsSync(stray), 'no NEW');
});

test('usage: --jobs, --resume and --retry-errors are checked before anything is read', () => {
  const cases = [
    [['--jsonl', '--jobs', '0'], /--jobs must be a whole number from 1 to 256, got "0"/],
    [['--jsonl', '--jobs', 'many'], /--jobs must be a whole number/],
    [['--jobs', '2'], /--jobs applies to --jsonl/],
    [['--resume', 'x.jsonl'], /--resume applies to --jsonl/],
    [['--jsonl', '--resume', 'x.jsonl', '--format', 'csv'], /--resume works on JSON output/],
    [['--jsonl', '--retry-errors', 'new.jsonl'], /--retry-errors NEW needs OUT/],
    [['--jsonl', '--retry-errors', 'a', '--resume', 'b', 'c'], /cannot be combined/],
    [['--jsonl', '--resume', inputPath, inputPath], /--resume .* is the input: write to another file/],
    [['--jsonl', '--retry-errors', inputPath, inputPath], /--retry-errors .* is OUT: write to another file/],
  ];
  for (const [args, message] of cases) {
    const r = figlens(args, { input: '{"id":1,"text":"增長5%"}\n' });
    assert.equal(r.code, 2, `${args.join(' ')}: ${r.err}`);
    assert.match(r.err, message);
  }
});

test('progress on stderr when it is a terminal: articles/s, MB/s, how far through a FILE; --quiet turns it off', () => {
  const env = { FIGLENS_TEST_STDERR_TTY: '1' };
  const r = figlens(['--jsonl', inputPath], { env });
  const size = (statSync(inputPath).size / 1e6).toFixed(1);
  assert.match(r.err, new RegExp(`figlens: 1,503 articles \\([\\d,]+/s\\), ${size} MB \\([\\d.]+ MB/s\\), ${size} MB of ${size} MB \\(100%\\)\\n`));
  assert.equal(r.out, full.out);
  assert.equal(figlens(['--jsonl', '--quiet', inputPath], { env }).err, 'figlens: 3 of the input lines failed\n');
  // Standard input: no total to give.
  assert.match(figlens(['--jsonl'], { env, input: archive({ count: 3 }) }).err, /figlens: 3 articles \([\d,]+\/s\), [\d.]+ MB \([\d.]+ MB\/s\)\n$/);
});

test('memory stays flat however long the input: 40 MB peaks within 24 MB of 2 MB', () => {
  // Small V8 heaps (16 MB per thread), so that the peak is what the run holds
  // rather than what the garbage collector has not reclaimed yet: input read
  // ahead without bound adds about 40 MB here, answers held about 200 MB.
  const peak = (bytes) => {
    const path = file(`big-${bytes}.jsonl`, archive({ bytes }));
    const sink = openSync('/dev/null', 'w');
    try {
      const r = figlens(['--jsonl', path], { env: { FIGLENS_TEST_REPORT_RSS: '1' }, stdout: sink, nodeArgs: ['--max-old-space-size=16', '--max-semi-space-size=1'] });
      assert.equal(r.code, 0, r.err);
      return Number(/peak RSS (\d+) KB/.exec(r.err)[1]) / 1024;
    } finally {
      closeSync(sink);
      truncateSync(path, 0);
    }
  };
  const small = peak(2e6);
  const big = peak(40e6);
  assert.ok(big - small < 24, `peak RSS ${big.toFixed(0)} MB on 40 MB against ${small.toFixed(0)} MB on 2 MB`);
});
