// Throughput of figlens in wasm under Node (the package's node build), on the
// same two corpora as `cargo run --release --example bench_figures`:
// the case tables' sentences (dense: about one figure per 17 characters) and
// the seed article repeated (real scraped news). Run after a build:
//   node bench/figures.mjs [MB]
import { createRequire } from 'node:module';
import { readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = fileURLToPath(new URL('..', import.meta.url));
const { analyze } = require(`${root}pkg/node/figlens.js`);
const mb = Number(process.argv[2] ?? 2);
const seed = readFileSync(`${root}tests/fixtures/000_c3625e4dd3ccaf1d.txt`, 'utf8');

function casesCorpus(minBytes) {
  const texts = [];
  for (const f of ['zh-figures.jsonl', 'zh-news.jsonl']) {
    const p = `${root}tests/cases/${f}`;
    if (!existsSync(p)) continue;
    for (const line of readFileSync(p, 'utf8').split('\n')) if (line.trim()) texts.push(JSON.parse(line).text);
  }
  let out = '';
  while (Buffer.byteLength(out) < minBytes) {
    out += seed;
    for (let i = 0; i < texts.length; i += 12) out += texts.slice(i, i + 12).join('') + '\n';
  }
  return out;
}

const corpora = [
  ['cases, analyze', casesCorpus(mb * 1e6), {}],
  ['cases, money only', casesCorpus(mb * 1e6), { kinds: ['money'] }],
  ['seed news, analyze', seed.repeat(Math.ceil((mb * 1e6) / Buffer.byteLength(seed))), {}],
];
for (const [label, text, opts] of corpora) {
  const size = Buffer.byteLength(text) / 1e6;
  analyze(text, opts);
  const runs = 5;
  const t = performance.now();
  let n = 0;
  for (let i = 0; i < runs; i++) n = analyze(text, opts).figures.length;
  const s = (performance.now() - t) / runs / 1000;
  console.log(`${label}: ${size.toFixed(2)} MB, ${n} figures, ${(s * 1000).toFixed(1)} ms, ${(size / s).toFixed(1)} MB/s`);
}
