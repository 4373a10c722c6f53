// One measurement of one build, in a fresh Node process; prints JSON.
// Used by the scripts of bench/decisions/ (run them, not this):
//
//   node measure.mjs DIR speed web|node [MB] [serde]
//                                             MB/s of analyze() on the seed repeated to MB (default 2):
//                                             the median of 7 passes after a warm-up; with `serde`, the
//                                             build's glue returns the result objects itself (a variant
//                                             of bench/decisions/serde.mjs) and is called directly
//   node measure.mjs DIR articles web|node       µs per article on tests/fixtures/articles/*.txt (30, a few KB each)
//   node measure.mjs DIR json web [serde]     the analysis of the seed, as JSON with sorted keys
//   node measure.mjs DIR memory [MB] [CALLS]   wasm memory (bytes) after analyze() of the seed repeated
//                                             to MB (default 5) in a fresh instance, after each of CALLS calls
//
// DIR is a built copy of the repository. `web` is pkg/web through js/web.js
// (initSync with the bytes, as `figlens/web` in Node); `node` is pkg/node
// through js/node.cjs (as `require('figlens')`). Both go through the public
// API, so the wire decoding in JS is counted too.
import { createRequire } from 'node:module';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { seedText } from './lib.mjs';

const [dir, what, ...rest] = process.argv.slice(2);

async function web(serde) {
  const bytes = readFileSync(join(dir, 'pkg', 'web', 'figlens_bg.wasm'));
  const glue = await import(pathToFileURL(join(dir, 'pkg', 'web', 'figlens.js')).href);
  if (serde) {
    glue.initSync({ module: bytes });
    return { analyze: (text, options) => glue.analyze(text, options) };
  }
  const api = await import(pathToFileURL(join(dir, 'js', 'web.js')).href);
  api.initSync(bytes);
  // The glue's initSync returns the instance's exports once it is initialized.
  return { analyze: api.analyze, memory: () => glue.initSync().memory.buffer.byteLength };
}

function node(serde) {
  const require = createRequire(import.meta.url);
  if (serde) {
    const glue = require(join(dir, 'pkg', 'node', 'figlens.js'));
    return { analyze: (text, options) => glue.analyze(text, options) };
  }
  return { analyze: require(join(dir, 'js', 'node.cjs')).analyze };
}

/** JSON with keys sorted at every level, so that two encoders' objects compare as text. */
function sorted(v) {
  if (Array.isArray(v)) return v.map(sorted);
  if (v && typeof v === 'object') return Object.fromEntries(Object.keys(v).sort().map((k) => [k, sorted(v[k])]));
  return v;
}

if (what === 'speed') {
  const [build, mb = '2', serde] = rest;
  const { analyze } = build === 'web' ? await web(serde) : node(serde);
  const text = seedText(Number(mb) * 1e6);
  const bytes = Buffer.byteLength(text);
  let figures = analyze(text).figures.length;
  const times = [];
  for (let i = 0; i < 7; i++) {
    globalThis.gc?.();
    const t = performance.now();
    figures = analyze(text).figures.length;
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const ms = times[times.length >> 1];
  console.log(JSON.stringify({ build, bytes, figures, ms, mbs: bytes / 1e6 / (ms / 1000) }));
} else if (what === 'articles') {
  // Per-article time on the article fixtures as text (a few KB each, as a
  // newsroom archive holds): the median of 7 passes over all of them.
  const [build] = rest;
  const { analyze } = build === 'web' ? await web() : node();
  const fixtures = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'tests', 'fixtures', 'articles');
  const texts = readdirSync(fixtures).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(fixtures, f), 'utf8'));
  for (const t of texts) analyze(t);
  const times = [];
  for (let i = 0; i < 7; i++) {
    globalThis.gc?.();
    const t = performance.now();
    for (let r = 0; r < 20; r++) for (const x of texts) analyze(x);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const us = (times[times.length >> 1] * 1000) / (20 * texts.length);
  console.log(JSON.stringify({ build, articles: texts.length, us }));
} else if (what === 'json') {
  const [build, serde] = rest;
  const { analyze } = build === 'web' ? await web(serde) : node(serde);
  console.log(JSON.stringify(sorted(analyze(seedText(1)))));
} else if (what === 'memory') {
  const [mb = '5', calls = '3'] = rest;
  const { analyze, memory } = await web();
  const before = memory();
  const text = seedText(Number(mb) * 1e6);
  const after = [];
  for (let i = 0; i < Number(calls); i++) {
    analyze(text);
    after.push(memory());
  }
  console.log(JSON.stringify({ bytes: Buffer.byteLength(text), before, after }));
} else {
  console.error('usage: node measure.mjs DIR speed web|node [MB] [serde] | DIR json web|node [serde] | DIR memory [MB] [CALLS]');
  process.exit(2);
}
