// The archive measures (README, "A newsroom archive"): figlens --jsonl with
// --jobs 1 and --jobs 2, the Spark example in local[1] and local[2] (when
// scripts/setup-spark.sh has run), Spark's overhead over the bare CLI, and the
// CLI's peak memory on a large input. Input: generated from the repository's
// article fixtures (tests/js/archive-input.mjs), about 1.5 KB a line.
//
//   node bench/archive.mjs [--mb 20] [--no-spark] [--memory-mb 1000]
//
// Rates are wall-clock over the whole run (startup included), so "per core"
// divides by the cores the run was given. On a shared machine they vary with
// the load: run it on an idle one.
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, rmSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { archive } from '../tests/js/archive-input.mjs';

const { values } = parseArgs({ options: { mb: { type: 'string', default: '20' }, 'no-spark': { type: 'boolean' }, 'memory-mb': { type: 'string', default: '0' } } });
const root = fileURLToPath(new URL('../', import.meta.url));
const bin = join(root, 'bin', 'figlens.js');
const preload = join(root, 'tests', 'js', 'cli-preload.mjs');
const python = join(root, '.venv-spark', 'bin', 'python');
const tmp = mkdtempSync(join(tmpdir(), 'figlens-bench-'));
process.on('exit', () => rmSync(tmp, { recursive: true, force: true }));

/** An archive file of about `mb` MB: { path, lines, bytes }. */
function generate(mb, name) {
  const path = join(tmp, name);
  const fd = openSync(path, 'w');
  let lines = 0;
  for (let bytes = 0; bytes < mb * 1e6;) {
    const chunk = archive({ from: lines, count: 2000, bytes: mb * 1e6 - bytes });
    writeSync(fd, chunk);
    bytes += Buffer.byteLength(chunk);
    lines += chunk.split('\n').length - 1;
  }
  closeSync(fd);
  return { path, lines, bytes: statSync(path).size };
}

/** figlens --jsonl over a file, output discarded: { seconds, cpu, rssMb }. */
function cli(input, jobs) {
  const out = openSync('/dev/null', 'w');
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ['--import', preload, bin, '--jsonl', '--quiet', '--jobs', String(jobs), input.path], {
    stdio: ['ignore', out, 'pipe'], env: { ...process.env, FIGLENS_TEST_REPORT_RSS: '1' }, encoding: 'utf8',
  });
  const seconds = (performance.now() - t0) / 1000;
  closeSync(out);
  const m = /peak RSS (\d+) KB, CPU (\d+) ms/.exec(r.stderr);
  if (r.status !== 0 || !m) throw new Error(`figlens --jobs ${jobs} failed: ${r.stderr}`);
  return { seconds, cpu: Number(m[2]) / 1000, rssMb: Number(m[1]) / 1024 };
}

/** The Spark job in local[cores]: wall seconds. */
function spark(input, cores) {
  const t0 = performance.now();
  const r = spawnSync(python, [join(root, 'examples', 'spark', 'figlens_job.py'), '--master', `local[${cores}]`, '--figlens', `${process.execPath} ${bin}`, input.path, join(tmp, `spark-${cores}`)], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`the Spark job failed: ${r.stderr.slice(-3000)}`);
  return (performance.now() - t0) / 1000;
}

const fmt = (n, d = 0) => n.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });
const rows = [];
const row = (mode, cores, input, seconds, note = '') => {
  const perCore = (x) => x / cores;
  rows.push(`| ${mode} | ${cores} | ${fmt(seconds, 1)} | ${fmt(input.lines / seconds)} | ${fmt(perCore(input.lines / seconds))} | ${fmt(input.bytes / 1e6 / seconds, 2)} | ${fmt(perCore(input.bytes / 1e6 / seconds), 2)} | ${note} |`);
  return input.lines / seconds;
};

const input = generate(Number(values.mb), 'archive.jsonl');
console.log(`input: ${fmt(input.lines)} articles, ${fmt(input.bytes / 1e6, 1)} MB (generated from tests/fixtures/articles)\n`);
const rate = {};
for (const jobs of [1, 2]) {
  const r = cli(input, jobs);
  rate[jobs] = row(`figlens --jsonl --jobs ${jobs}`, jobs, input, r.seconds, `CPU ${fmt(r.cpu, 1)} s, peak RSS ${fmt(r.rssMb)} MB`);
}
if (!values['no-spark'] && existsSync(python)) {
  // Spark's start (JVM, Python workers) is a fixed cost: measured on a small input and shown apart.
  const small = generate(0.3, 'small.jsonl');
  for (const cores of [1, 2]) {
    const fixed = spark(small, cores);
    const total = spark(input, cores);
    const steady = (input.lines - small.lines) / (total - fixed);
    row(`Spark local[${cores}]`, cores, input, total, `start ${fmt(fixed, 1)} s; past it ${fmt(steady)} articles/s, ${fmt((100 * rate[cores]) / steady - 100)}% slower than --jobs ${cores}`);
  }
}
console.log('| mode | cores | wall s | articles/s | articles/s per core | MB/s | MB/s per core | notes |');
console.log('|---|---|---|---|---|---|---|---|');
console.log(rows.join('\n'));

const memoryMb = Number(values['memory-mb']);
if (memoryMb > 0) {
  const small = generate(10, 'memory-small.jsonl');
  const a = cli(small, 2);
  rmSync(small.path);
  const big = generate(memoryMb, 'memory-big.jsonl');
  const b = cli(big, 2);
  console.log(`\nmemory, --jsonl --jobs 2: peak RSS ${fmt(a.rssMb)} MB on ${fmt(small.bytes / 1e6)} MB, ${fmt(b.rssMb)} MB on ${fmt(big.bytes / 1e6)} MB (${fmt(big.lines)} articles in ${fmt(b.seconds)} s)`);
}
