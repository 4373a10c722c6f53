// Memory of figlens under Node (the package's node build, through its public API). Run after a build:
//   node bench/memory.mjs
// Prints, with RSS, V8 heap and WebAssembly memory (the instance's Memory buffer, byteLength):
// - 1,000 analyses of a 100 KB article (the article fixtures joined, repeated to 100 KB);
// - one 50 MB input (the seed repeated): the peak, what is held after it, and after a GC;
// - a `kinds` list of 10^7 holes (refused): what it leaves held;
// - the peak wasm memory per MB of input, for ordinary text (the seed repeated) and dense text
//   (the case tables' sentences, a dozen to a paragraph, as bench/figures.mjs builds them),
//   at 1, 4 and 16 MB, each in a fresh process (a fresh instance).
// Each part runs in a child process with --expose-gc, so that one part's garbage is not the next one's.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = fileURLToPath(new URL('..', import.meta.url));
const MiB = 2 ** 20;

if (process.argv[2] === '--part') {
  await part(process.argv[3], process.argv.slice(4));
} else {
  for (const args of [['article'], ['large'], ['kinds']]) run(args);
  console.log('\npeak wasm memory per MB of input (a fresh process each):');
  for (const corpus of ['ordinary', 'dense']) {
    for (const mb of [1, 4, 16]) run(['peak', corpus, String(mb)]);
  }
}

function run(args) {
  const r = spawnSync(process.execPath, ['--expose-gc', fileURLToPath(import.meta.url), '--part', ...args], { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

async function part(name, args) {
  // The public API, and the glue it wraps (the same module instance, from the
  // require cache): its numbers are a view of wasm memory, whose buffer is the
  // whole memory. This reads it in any version of the wrapper.
  const { analyze, __memoryForTests } = require(`${root}js/node.cjs`);
  const glue = require(`${root}pkg/node/figlens.js`);
  const wasmNow = () => glue.analyze('', false, false, -1, -1)[0].buffer.byteLength;
  // The last analysis's peak: the wrapper records it before it replaces a grown
  // instance; without that (an older wrapper), memory never shrinks, so it is the size now.
  const wasmPeak = () => (__memoryForTests ? __memoryForTests().lastBytes : wasmNow());
  const mb = (n) => `${(n / MiB).toFixed(1)} MiB`;
  const sizes = () => {
    const u = process.memoryUsage();
    return `RSS ${mb(u.rss)}, V8 heap ${mb(u.heapUsed)}, wasm ${mb(wasmNow())}`;
  };
  const settle = async () => {
    // A GC, then time for the sweeper thread that frees array buffers and wasm memories.
    for (let i = 0; i < 3; i++) {
      gc();
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };
  const seed = readFileSync(`${root}tests/fixtures/000_c3625e4dd3ccaf1d.txt`, 'utf8');

  if (name === 'article') {
    const dir = `${root}tests/fixtures/articles`;
    const joined = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(`${dir}/${f}`, 'utf8')).join('\n\n');
    let article = joined;
    while (Buffer.byteLength(article) < 100e3) article += `\n\n${joined}`;
    article = article.slice(0, Math.round(article.length * (100e3 / Buffer.byteLength(article))));
    console.log(`1,000 analyses of a ${(Buffer.byteLength(article) / 1e3).toFixed(0)} KB article`);
    console.log(`  before:        ${sizes()}`);
    const started = performance.now();
    let peak = 0;
    for (let i = 1; i <= 1000; i++) {
      analyze(article);
      peak = Math.max(peak, wasmPeak());
      if (i === 1 || i % 250 === 0) console.log(`  after ${String(i).padStart(4)}:    ${sizes()}`);
    }
    const ms = (performance.now() - started) / 1000;
    await settle();
    console.log(`  after a GC:    ${sizes()}; wasm peak ${mb(peak)}; ${ms.toFixed(2)} ms per analysis`);
  } else if (name === 'large') {
    let big = seed.repeat(Math.ceil(50e6 / Buffer.byteLength(seed)));
    console.log(`\none ${(Buffer.byteLength(big) / 1e6).toFixed(0)} MB input (the seed repeated)`);
    analyze(seed);
    console.log(`  before:        ${sizes()}`);
    const started = performance.now();
    let figures = analyze(big, { maxInputBytes: 64 * 2 ** 20 }).figures.length;
    const ms = performance.now() - started;
    const peak = wasmPeak();
    console.log(`  after:         ${sizes()}; wasm peak ${mb(peak)} (${(peak / Buffer.byteLength(big)).toFixed(1)} bytes per input byte); ${figures} figures in ${(ms / 1000).toFixed(1)} s`);
    big = null;
    figures = null;
    await settle();
    console.log(`  after a GC:    ${sizes()}`);
    for (let i = 0; i < 100; i++) analyze(seed);
    console.log(`  100 more seed analyses, no forced GC: ${sizes()}`);
  } else if (name === 'kinds') {
    analyze(seed);
    console.log(`\na kinds list of 10^7 holes`);
    console.log(`  before:        ${sizes()}`);
    let kinds = new Array(1e7);
    try {
      analyze(seed, { kinds });
      console.log('  accepted (!)');
    } catch (e) {
      console.log(`  refused:       ${e.code}: ${e.message}`);
    }
    kinds = null;
    await settle();
    console.log(`  after a GC:    ${sizes()}`);
  } else if (name === 'peak') {
    const [corpus, size] = args;
    const bytes = Number(size) * 1e6;
    const text = corpus === 'dense' ? dense(bytes) : seed.repeat(Math.ceil(bytes / Buffer.byteLength(seed)));
    const inputBytes = Buffer.byteLength(text);
    analyze(seed); // compiles the code paths first, so the time is the analysis's
    const fresh = wasmNow();
    const started = performance.now();
    const figures = analyze(text, { maxInputBytes: 64 * 2 ** 20 }).figures.length;
    const ms = performance.now() - started;
    const peak = wasmPeak();
    await settle();
    console.log(`  ${corpus.padEnd(8)} ${size.padStart(2)} MB: ${String(figures).padStart(7)} figures, wasm peak ${mb(peak).padStart(10)} `
      + `(fresh ${mb(fresh)}), ${((peak - fresh) / inputBytes).toFixed(1)} bytes of growth per input byte, ${(ms / 1000).toFixed(2)} s; `
      + `held after: ${sizes()}`);
  } else {
    throw new Error(`unknown part ${name}`);
  }
}

/** The case tables' sentences, a dozen to a paragraph, repeated to at least `minBytes` (bench/figures.mjs). */
function dense(minBytes) {
  const texts = [];
  for (const f of ['zh-figures.jsonl', 'zh-news.jsonl']) {
    const p = `${root}tests/cases/${f}`;
    if (!existsSync(p)) continue;
    for (const line of readFileSync(p, 'utf8').split('\n')) if (line.trim()) texts.push(JSON.parse(line).text);
  }
  let out = '';
  while (Buffer.byteLength(out) < minBytes) {
    for (let i = 0; i < texts.length; i += 12) out += texts.slice(i, i + 12).join('') + '\n';
  }
  return out;
}
