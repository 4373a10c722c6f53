// Throughput of figlens in wasm under Node (the package's node build, through its public API). Run after a build:
//   node bench/figures.mjs [MB]
// Corpora (the same as `cargo run --release --example bench_figures`, plus English and articles):
// - zh cases: the Chinese case tables' sentences (dense: about one figure per 17 characters);
// - zh seed: the seed article repeated (real scraped news);
// - zh articles: the 19 Chinese article fixtures (zh_*.txt) joined, repeated;
// - en cases: the English case table's sentences;
// - articles text / html: the 30 article fixtures of tests/fixtures/articles, each as text and HTML.
import { createRequire } from 'node:module';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = fileURLToPath(new URL('..', import.meta.url));
// The public Node API (js/node.cjs), as users call it.
const { analyze } = require(`${root}js/node.cjs`);
const mb = Number(process.argv[2] ?? 2);
const seed = readFileSync(`${root}tests/fixtures/000_c3625e4dd3ccaf1d.txt`, 'utf8');

function caseTexts(files) {
  const texts = [];
  for (const f of files) {
    const p = `${root}tests/cases/${f}`;
    if (!existsSync(p)) continue;
    for (const line of readFileSync(p, 'utf8').split('\n')) if (line.trim()) texts.push(JSON.parse(line).text);
  }
  return texts;
}

/** Sentences joined a dozen to a paragraph, repeated to at least `minBytes`. */
function corpus(texts, minBytes, sep) {
  let out = '';
  while (Buffer.byteLength(out) < minBytes) {
    for (let i = 0; i < texts.length; i += 12) out += texts.slice(i, i + 12).join(sep) + '\n';
  }
  return out;
}

function articles(ext) {
  const dir = `${root}tests/fixtures/articles`;
  return readdirSync(dir).filter((f) => f.endsWith(ext)).map((f) => readFileSync(`${dir}/${f}`, 'utf8'));
}

function run(label, inputs, opts) {
  const bytes = inputs.reduce((n, s) => n + Buffer.byteLength(s), 0);
  for (const s of inputs) analyze(s, opts);
  // The fastest of the passes in 3 s (at least 5): on a shared machine the
  // mean measures the neighbours too.
  let passes = 0;
  let figures = 0;
  let best = Infinity;
  const t = performance.now();
  while (performance.now() - t < 3000 || passes < 5) {
    figures = 0;
    const p = performance.now();
    for (const s of inputs) figures += analyze(s, opts).figures.length;
    best = Math.min(best, performance.now() - p);
    passes++;
  }
  const s = best / 1000;
  const per = inputs.length > 1 ? `, ${((s * 1e6) / inputs.length).toFixed(0)} µs/article` : '';
  console.log(`${label}: ${(bytes / 1e6).toFixed(2)} MB, ${figures} figures, ${(s * 1000).toFixed(1)} ms${per}, ${(bytes / 1e6 / s).toFixed(1)} MB/s`);
}

run('zh cases, analyze', [corpus(caseTexts(['zh-figures.jsonl', 'zh-news.jsonl']), mb * 1e6, '')], {});
run('zh cases, money only', [corpus(caseTexts(['zh-figures.jsonl', 'zh-news.jsonl']), mb * 1e6, '')], { kinds: ['money'] });
run('zh seed, analyze', [seed.repeat(Math.ceil((mb * 1e6) / Buffer.byteLength(seed)))], {});
const zhOnly = readdirSync(`${root}tests/fixtures/articles`).filter((f) => f.startsWith('zh_') && f.endsWith('.txt'))
  .map((f) => readFileSync(`${root}tests/fixtures/articles/${f}`, 'utf8')).join('\n\n') + '\n\n';
run('zh articles, analyze', [zhOnly.repeat(Math.ceil((mb * 1e6) / Buffer.byteLength(zhOnly)))], {});
run('en cases, analyze', [corpus(caseTexts(['en-figures.jsonl']), mb * 1e6, ' ')], {});
run('articles text, analyze', articles('.txt'), {});
run('articles html, analyze', articles('.html'), { html: true });
