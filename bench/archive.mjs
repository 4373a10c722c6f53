// The archive measures (README, "An archive"): figlens --jsonl with
// --jobs 1 and --jobs 2, the Spark example in local[1] and local[2] (when
// scripts/setup-spark.sh has run), Spark's overhead over the bare CLI, and the
// CLI's peak memory on a large input. Input: generated from the repository's
// article fixtures (tests/js/archive-input.mjs), about 1.5 KB a line.
//
//   node bench/archive.mjs [--mb 20] [--no-spark] [--memory-mb 1000]
//
// Each run's wall time and CPU time (every process it started: figlens and its
// threads; for Spark the JVM, its Python workers and their figlens) come from
// a small Python wrapper (getrusage of its children, orphans included). On a machine shared
// with other work the wall time says more about the others than about
// figlens, so rates per core are articles per CPU second; on an idle machine
// the two agree within the run's start-up.
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { archive } from '../tests/js/archive-input.mjs';

const { values } = parseArgs({ options: { mb: { type: 'string', default: '20' }, 'no-spark': { type: 'boolean' }, 'memory-mb': { type: 'string', default: '0' } } });
const root = fileURLToPath(new URL('../', import.meta.url));
const bin = join(root, 'bin', 'figlens.js');
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

// The wrapper is a child subreaper: processes orphaned under it (Spark's JVM
// and Python workers outlive the driver) are reaped by it, so that their CPU
// time is counted in its children's.
const TIMER = [
  'import ctypes, os, resource, subprocess, sys, time',
  'ctypes.CDLL(None).prctl(36, 1)  # PR_SET_CHILD_SUBREAPER',
  't = time.monotonic(); code = subprocess.call(sys.argv[2:], stdout=subprocess.DEVNULL); w = time.monotonic() - t',
  'end = time.monotonic() + 60',
  'while time.monotonic() < end:',
  '    try:',
  '        if os.waitpid(-1, os.WNOHANG) == (0, 0): time.sleep(0.1)',
  '    except ChildProcessError:',
  '        break',
  'r = resource.getrusage(resource.RUSAGE_CHILDREN)',
  'open(sys.argv[1], "w").write("%f %f %d" % (w, r.ru_utime + r.ru_stime, r.ru_maxrss))',
  'sys.exit(code)',
].join('\n');

/** A command's { seconds (wall), cpu (seconds, all its processes), rssMb (its largest process's peak) }. */
function timed(command, what) {
  const report = join(tmp, 'timed');
  const r = spawnSync('python3', ['-c', TIMER, report, ...command], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.status !== 0) throw new Error(`${what} failed: ${r.stderr.slice(-3000)}`);
  const [seconds, cpu, rssKb] = readFileSync(report, 'utf8').split(' ').map(Number);
  return { seconds, cpu, rssMb: rssKb / 1024 };
}

/** figlens --jsonl over a file, output discarded. */
const cli = (input, jobs) => timed([process.execPath, bin, '--jsonl', '--quiet', '--jobs', String(jobs), input.path], `figlens --jobs ${jobs}`);

/** The Spark job in local[cores]. */
const spark = (input, cores) => timed([python, join(root, 'examples', 'spark', 'figlens_job.py'), '--master', `local[${cores}]`,
  '--figlens', `${process.execPath} ${bin}`, input.path, join(tmp, `spark-${cores}`)], `the Spark job in local[${cores}]`);

const fmt = (n, d = 0) => n.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });
const rows = [];
/** A table row; returns articles per CPU second. */
const row = (mode, input, r, note = '') => {
  const perCpu = input.lines / r.cpu;
  rows.push(`| ${mode} | ${fmt(r.seconds, 1)} | ${fmt(r.cpu, 1)} | ${fmt(input.lines / r.seconds)} | ${fmt(perCpu)} | ${fmt(input.bytes / 1e6 / r.cpu, 2)} | ${note} |`);
  return perCpu;
};

const input = generate(Number(values.mb), 'archive.jsonl');
console.log(`input: ${fmt(input.lines)} articles, ${fmt(input.bytes / 1e6, 1)} MB (generated from tests/fixtures/articles); load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}\n`);
const cpuOf = {};
for (const jobs of [1, 2]) {
  const r = cli(input, jobs);
  cpuOf[jobs] = r.cpu;
  row(`figlens --jsonl --jobs ${jobs}`, input, r, `peak RSS ${fmt(r.rssMb)} MB`);
}
if (!values['no-spark'] && existsSync(python)) {
  // Spark's start (JVM, context, Python workers) is a fixed cost: measured on a small input and shown apart.
  // So is figlens' own (the engine's warm-up): both are taken off before comparing.
  const small = generate(0.3, 'small.jsonl');
  for (const cores of [1, 2]) {
    const bare = cpuOf[cores] - cli(small, cores).cpu;
    const fixed = spark(small, cores);
    const r = spark(input, cores);
    const past = (r.cpu - fixed.cpu) / bare - 1;
    row(`Spark local[${cores}]`, input, r, `its start: ${fmt(fixed.seconds, 1)} s wall, ${fmt(fixed.cpu, 1)} s CPU; past both starts, ${fmt(100 * past)}% more CPU than --jobs ${cores} (${fmt((input.lines - small.lines) / (r.cpu - fixed.cpu))} against ${fmt((input.lines - small.lines) / bare)} articles per CPU s)`);
  }
}
console.log('| mode | wall s | CPU s | articles/s (wall) | articles per CPU s | MB per CPU s | notes |');
console.log('|---|---|---|---|---|---|---|');
console.log(rows.join('\n'));

const memoryMb = Number(values['memory-mb']);
if (memoryMb > 0) {
  const small = generate(10, 'memory-small.jsonl');
  const a = cli(small, 2);
  rmSync(small.path);
  const big = generate(memoryMb, 'memory-big.jsonl');
  const b = cli(big, 2);
  console.log(`\nmemory, --jsonl --jobs 2: peak RSS ${fmt(a.rssMb)} MB on ${fmt(small.bytes / 1e6)} MB, ${fmt(b.rssMb)} MB on ${fmt(big.bytes / 1e6)} MB (${fmt(big.lines)} articles: ${fmt(b.seconds)} s wall, ${fmt(b.cpu)} s CPU)`);
}
