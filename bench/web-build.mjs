#!/usr/bin/env node
// What the web build's bytes buy in speed: for each candidate way of compiling
// the web .wasm (cargo opt-level, LLVM flags, wasm-opt pipeline), its bundle
// size (gzip -9 of the .wasm, its glue and js/web.js's other modules, as
// tests/js/budgets.test.mjs counts them) and its throughput in headless
// Chromium (Debian's, as the browser tests run it) through the public web API,
// on the seed article repeated to 2 MB and on 1 MB of the English case table's
// sentences. docs/decisions.md ("The web build: speed for the bytes") has the table.
//
//   node bench/web-build.mjs                 every candidate (cargo builds take minutes each)
//   node bench/web-build.mjs --only z-Oz,s-O3
//   node bench/web-build.mjs --only pkg      just the build in pkg/web (scripts/build.mjs's output)
//
// Each candidate's cargo output is kept in target/web-build/ under a key of its
// settings and the committed engine (git trees of src/ and bindings/, Cargo.lock):
// a rerun on the same commit only measures. Uncommitted engine changes are not
// seen by the key: delete target/web-build/ after them.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { moduleGraph } from '../scripts/budgets.mjs';
import { openBrowser } from '../tests/browser/harness.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const work = join(root, 'target', 'web-build');
const target = 'wasm32-unknown-unknown';

// cargo: the wasm-web profile's opt-level, extra RUSTFLAGS, extra --config;
// opt: wasm-opt's optimization flags (null: LLVM's output as is).
const LLVM = {
  z: { level: 'z' },
  s: { level: 's' },
  3: { level: '3' },
  // the Node build's (scripts/build.mjs)
  '3i1000': { level: '3', rustflags: '-C llvm-args=-inline-threshold=1000' },
  // size-optimized, but inlining as "s" does (50) or more: LLVM's threshold for "z" is 5
  zi25: { level: 'z', rustflags: '-C llvm-args=-inline-threshold=25' },
  zi50: { level: 'z', rustflags: '-C llvm-args=-inline-threshold=50' },
  zi100: { level: 'z', rustflags: '-C llvm-args=-inline-threshold=100' },
  // "s", but functions marked #[inline] (much of std) inlined only as others are
  // (LLVM's hint threshold is 325; "z" ignores hints)
  sh50: { level: 's', rustflags: '-C llvm-args=-inlinehint-threshold=50' },
  si25h25: { level: 's', rustflags: '-C llvm-args=-inline-threshold=25 -C llvm-args=-inlinehint-threshold=25' },
  sh150: { level: 's', rustflags: '-C llvm-args=-inlinehint-threshold=150' },
  si25: { level: 's', rustflags: '-C llvm-args=-inline-threshold=25' },
  si25h100: { level: 's', rustflags: '-C llvm-args=-inline-threshold=25 -C llvm-args=-inlinehint-threshold=100' },
  si25h150: { level: 's', rustflags: '-C llvm-args=-inline-threshold=25 -C llvm-args=-inlinehint-threshold=150' },
  // less inlining than si25h25, for the bytes of issue 20's checker
  si10h10: { level: 's', rustflags: '-C llvm-args=-inline-threshold=10 -C llvm-args=-inlinehint-threshold=10' },
  si0h0: { level: 's', rustflags: '-C llvm-args=-inline-threshold=0 -C llvm-args=-inlinehint-threshold=0' },
  // the engine crate compiled for speed before link-time optimization, the
  // whole module (binding, allocator, std) optimized for size at link time
  'z+core3': { level: 'z', config: ['profile.wasm-web.package.figlens.opt-level=3'] },
  's+core3': { level: 's', config: ['profile.wasm-web.package.figlens.opt-level=3'] },
};
// [name, LLVM settings, wasm-opt flags]; `pkg` (always first) is the build in
// pkg/web, scripts/build.mjs's, which keeps the smallest of four -Oz pipelines.
// z-Oz is what scripts/build.mjs builds since issue 20 (si25h25 before it, WEB_INLINING); si25h150 fitted before the merges of issues 17 and 18.
const CANDIDATES = [
  ['z-Oz', 'z', ['-Oz']],
  ['z-O3', 'z', ['-O3']],
  ['zi25-Oz', 'zi25', ['-Oz']],
  ['zi50-Oz', 'zi50', ['-Oz']],
  ['zi100-Oz', 'zi100', ['-Oz']],
  ['si25h25-Oz', 'si25h25', ['-Oz']],
  ['si10h10-Oz', 'si10h10', ['-Oz']],
  ['si0h0-Oz', 'si0h0', ['-Oz']],
  ['si25h100-Oz', 'si25h100', ['-Oz']],
  ['si25h150-Oz', 'si25h150', ['-Oz']],
  ['sh50-Oz', 'sh50', ['-Oz']],
  ['sh150-Oz', 'sh150', ['-Oz']],
  ['si25-Oz', 'si25', ['-Oz']],
  ['s-Oz', 's', ['-Oz']],
  ['s+core3-Oz', 's+core3', ['-Oz']],
  ['z+core3-Oz', 'z+core3', ['-Oz']],
  ['3-Oz', '3', ['-Oz']],
  ['3i1000-Oz', '3i1000', ['-Oz']],
];

const args = process.argv.slice(2);
const onlyArg = args.includes('--only') ? args[args.indexOf('--only') + 1].split(',') : null;

function run(cmd, argv, options = {}) {
  const r = spawnSync(cmd, argv, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'], ...options });
  if (r.status !== 0) throw new Error(`${cmd} ${argv.join(' ')} failed (${r.status ?? r.error})`);
}

function git(...argv) {
  return spawnSync('git', argv, { cwd: root, encoding: 'utf8' }).stdout.trim();
}

const engineKey = [git('rev-parse', 'HEAD:src'), git('rev-parse', 'HEAD:bindings'), readFileSync(join(root, 'Cargo.lock'), 'utf8')].join('\n');

/** The cargo output for these LLVM settings (built once per commit of the engine). */
function rawWasm(name) {
  const s = LLVM[name];
  const key = createHash('sha256').update(JSON.stringify(s)).update(engineKey).digest('hex').slice(0, 16);
  const file = join(work, `raw-${name}-${key}.wasm`);
  if (existsSync(file)) return file;
  console.log(`# cargo build, opt-level ${s.level}${s.rustflags ? `, ${s.rustflags}` : ''}${s.config ? `, ${s.config.join(' ')}` : ''}`);
  // A target folder of its own: scripts/build.mjs's cached build stays as it is.
  const cargoTarget = join(work, 'cargo');
  const env = { ...process.env, CARGO_PROFILE_WASM_WEB_OPT_LEVEL: s.level, CARGO_TARGET_DIR: cargoTarget };
  if (s.rustflags) env.RUSTFLAGS = [process.env.RUSTFLAGS, s.rustflags].filter(Boolean).join(' ');
  const config = (s.config ?? []).flatMap((c) => ['--config', c]);
  const t = Date.now();
  run('cargo', ['build', '-q', '-p', 'figlens-wasm', '--profile', 'wasm-web', '--lib', '--target', target, ...config], { env });
  console.log(`# built in ${((Date.now() - t) / 1000).toFixed(0)} s`);
  copyFileSync(join(cargoTarget, target, 'wasm-web', 'figlens_wasm.wasm'), file);
  return file;
}

/** wasm-bindgen and wasm-opt as scripts/build.mjs runs them (one pipeline): { wasm, glue } paths. */
function candidate(name, llvm, opt) {
  const dir = join(work, name);
  const raw = rawWasm(llvm);
  const version = readFileSync(join(root, 'Cargo.lock'), 'utf8').match(/name = "wasm-bindgen"\nversion = "([^"]+)"/)[1];
  const stamp = `${raw}\n${JSON.stringify(opt)}\n${version}`;
  const stampFile = join(dir, 'stamp');
  if (!existsSync(stampFile) || readFileSync(stampFile, 'utf8') !== stamp) {
    run('wasm-bindgen', [raw, '--target', 'web', '--out-dir', dir, '--out-name', 'figlens', '--no-typescript', '--experimental-reset-state-function']);
    const wasm = join(dir, 'figlens_bg.wasm');
    if (opt) {
      const wasmOpt = join(root, 'node_modules', 'binaryen', 'bin', 'wasm-opt');
      run(process.execPath, [wasmOpt, '--low-memory-unused', ...opt, '--strip-producers', '--strip-target-features', wasm, '-o', wasm]);
    }
    const glue = join(dir, 'figlens.js');
    writeFileSync(glue, readFileSync(glue, 'utf8').replace(/^[ \t]*\/\*\*[\s\S]*?\*\/[ \t]*\n/gm, ''));
    writeFileSync(stampFile, stamp);
  }
  return { wasm: join(dir, 'figlens_bg.wasm'), glue: join(dir, 'figlens.js') };
}

const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
// The rest of what the budget counts: js/web.js and the modules it imports.
const rest = moduleGraph('js/web.js').filter((f) => !f.startsWith('pkg/')).reduce((n, f) => n + gz(join(root, f)), 0);

mkdirSync(work, { recursive: true });
const list = [['pkg', null, null], ...CANDIDATES].filter(([name]) => (onlyArg ? onlyArg.includes(name) : true));
const built = list.map(([name, llvm, opt]) => {
  const files = name === 'pkg'
    ? { wasm: join(root, 'pkg', 'web', 'figlens_bg.wasm'), glue: join(root, 'pkg', 'web', 'figlens.js') }
    : candidate(name, llvm, opt);
  return { name, ...files, bundle: gz(files.wasm) + gz(files.glue) + rest, wasmGz: gz(files.wasm) };
});

// Chromium: each candidate in a fresh document, its .wasm and glue served in
// place of pkg/web's; analyze() through js/web.js on the main thread (a bench
// page does nothing else), each pass a task of its own. The machine is shared,
// so a pass is timed by the CPU time of its task (the trace's thread clock),
// not the wall clock: waiting for a core is not the build's doing. The
// fastest of PASSES passes per input, after one to warm up.
const PASSES = 5;
const browser = await openBrowser();
const results = [];
try {
  const page = browser.page;
  const cdp = await browser.context.newCDPSession(page);
  for (const c of built) {
    await browser.context.unroute('**/pkg/web/figlens*');
    await browser.context.route('**/pkg/web/figlens_bg.wasm', (r) => r.fulfill({ body: readFileSync(c.wasm), contentType: 'application/wasm' }));
    await browser.context.route('**/pkg/web/figlens.js', (r) => r.fulfill({ body: readFileSync(c.glue), contentType: 'text/javascript' }));
    await page.goto(`${browser.url}/tests/browser/blank.html?${c.name}`);
    const bytes = await page.evaluate(async () => {
      const { init, analyze } = await import('/js/web.js');
      await init();
      const seed = await (await fetch('/tests/fixtures/000_c3625e4dd3ccaf1d.txt')).text();
      const lines = (await (await fetch('/tests/cases/en-figures.jsonl')).text()).split('\n').filter((l) => l.trim());
      const sentences = lines.map((l) => JSON.parse(l).text);
      const size = (s) => new TextEncoder().encode(s).length;
      const zh = seed.repeat(Math.ceil(2e6 / size(seed)));
      let en = '';
      while (size(en) < 1e6) for (let i = 0; i < sentences.length; i += 12) en += `${sentences.slice(i, i + 12).join(' ')}\n`;
      window.__bench = { analyze, inputs: { seed: zh, en } };
      return { seed: size(zh), en: size(en) };
    });
    const events = [];
    const onData = (e) => events.push(...e.value);
    cdp.on('Tracing.dataCollected', onData);
    const complete = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
    await cdp.send('Tracing.start', { categories: 'devtools.timeline,blink.user_timing', transferMode: 'ReportEvents' });
    await page.evaluate(async (passes) => {
      const { analyze, inputs } = window.__bench;
      for (const label of ['seed', 'en']) {
        analyze(inputs[label]); // tier-up: Chromium compiles wasm lazily, first with its baseline compiler
        for (let i = 0; i < passes; i++) {
          await new Promise((r) => setTimeout(() => {
            performance.mark(`pass:${label}`);
            analyze(inputs[label]);
            r();
          }, 0));
        }
      }
    }, PASSES);
    await cdp.send('Tracing.end');
    await complete;
    cdp.off('Tracing.dataCollected', onData);
    // Each pass's mark lies inside the task that ran it: that task's thread time.
    const tasks = events.filter((e) => e.name === 'TimerFire' && e.ph === 'X' && e.tdur !== undefined);
    const best = {};
    for (const m of events.filter((e) => e.name.startsWith('pass:'))) {
      const label = m.name.slice(5);
      const task = tasks.find((t) => t.pid === m.pid && t.tid === m.tid && t.ts <= m.ts && m.ts <= t.ts + t.dur);
      if (task) best[label] = Math.min(best[label] ?? Infinity, task.tdur / 1000);
    }
    const row = { name: c.name, bundle: c.bundle, wasmGz: c.wasmGz, seed: bytes.seed / 1e6 / (best.seed / 1000), en: bytes.en / 1e6 / (best.en / 1000) };
    results.push(row);
    console.log(`${row.name.padEnd(12)} bundle ${row.bundle} bytes gzip (wasm ${row.wasmGz}), seed ${row.seed.toFixed(1)} MB/s, English ${row.en.toFixed(1)} MB/s`);
  }
} finally {
  await browser.close();
}

console.log('\n| candidate | bundle gzip (bytes) | seed ×2 MB (MB/s) | English 1 MB (MB/s) |\n|---|---|---|---|');
for (const r of results) console.log(`| ${r.name} | ${r.bundle.toLocaleString('en-US')} | ${r.seed.toFixed(1)} | ${r.en.toFixed(1)} |`);
