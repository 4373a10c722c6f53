// The ScrapingHub article-extraction benchmark, run on figlens.
//
//   node bench/articles/run.mjs --bench DIR [--mode html|text] [--text-dir DIR]
//        [--engine node|native] [--half all|dev|test] [--worst N] [--table]
//
// DIR is a checkout of github:scrapinghub/article-extraction-benchmark (its
// pages are never copied into this repository). `--mode html` reads
// DIR/html/*.html.gz as HTML; `--mode text` reads the plain-text pastes that
// render.mjs made of the same pages (`--text-dir`). Bodies are scored with the
// benchmark's own functions (score.py); `--table` (html, all pages) also writes
// DIR/output/figlens.json and prints evaluate.py's table, figlens among the
// published peers. `--engine native` runs examples/articles.rs (build it with
// `cargo build --release --example articles`) for a quick loop; the default is
// the Node build that users run. `--set zh-news --pages DIR` scores the
// Chinese development set instead (DIR from bench/devsets/zh-news/rebuild.mjs),
// with character-bigram F1 too; so does any other set of bench/devsets in the
// same format (`--set zh-news2 --pages /work/zh-news2`, `--set pages3` for the
// English + Chinese set of bench/devsets/pages3; --pages defaults to
// /work/SET; pages4 has no body gold, only title/date/byline for meta.mjs).
// Sets other than scrapinghub and zh-news have no test half: --half does not
// apply to them and all their pages are scored.
import { parseArgs } from 'node:util';
import { readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { ROOT, loadPages, decodeHtml, bodyOf, analyzeAll, half, halfOf, sha256 } from './lib.mjs';

const { values: o } = parseArgs({
  options: {
    bench: { type: 'string' },
    mode: { type: 'string', default: 'html' },
    'text-dir': { type: 'string', default: '/work/aeb-text' },
    engine: { type: 'string', default: 'node' },
    half: { type: 'string', default: 'all' },
    worst: { type: 'string', default: '0' },
    table: { type: 'boolean', default: false },
    out: { type: 'string' },
    set: { type: 'string', default: 'scrapinghub' },
    pages: { type: 'string' },
  },
});
// A set other than the ScrapingHub benchmark is a directory of bench/devsets with
// a pages.jsonl of gold spans into rendered texts (rebuilt by zh-news/rebuild.mjs).
const zh = o.set !== 'scrapinghub';
const devsetPages = join(ROOT, 'bench/devsets', o.set, 'pages.jsonl');
if (zh && !existsSync(devsetPages)) throw new Error(`--set ${o.set}: no ${devsetPages}`);
const pagesDir = o.pages ?? join('/work', o.set);
const halfSel = halfOf(o.set, o.half);
// The benchmark checkout is needed for every set: its evaluate.py scores.
if (!o.bench) throw new Error('--bench DIR (a checkout of scrapinghub/article-extraction-benchmark) is required');

// A development set's gold bodies are spans of each page's rendered text
// (bench/devsets/SET, rebuilt by zh-news/rebuild.mjs into --pages).
function zhGold() {
  const gold = {};
  for (const line of readFileSync(devsetPages, 'utf8').split('\n')) {
    if (!line) continue;
    const p = JSON.parse(line);
    const path = join(pagesDir, 'text', `${p.id}.txt`);
    if (!existsSync(path)) continue;
    const text = readFileSync(path, 'utf8');
    if (sha256(text) !== p.textSha256) continue;
    if (!p.body) continue; // a page with title/date/author gold only (pages4: `body: null`)
    gold[p.id] = { articleBody: p.body.map(([s, e]) => text.slice(s, e)).join('\n') };
  }
  return gold;
}
const gold = zh ? zhGold() : JSON.parse(readFileSync(join(o.bench, 'ground-truth.json'), 'utf8'));
if (!Object.keys(gold).length) throw new Error(`--set ${o.set}: no page with body gold (and rebuilt text) to score; meta.mjs scores its title, date and byline`);
const ids = Object.keys(gold).sort().filter((id) => halfSel === 'all' || half(id) === halfSel);
let inputs;
if (zh) {
  const dir = join(pagesDir, o.mode === 'html' ? 'html' : 'text');
  const ext = o.mode === 'html' ? 'html' : 'txt';
  inputs = ids.map((id) => {
    const bytes = readFileSync(join(dir, `${id}.${ext}`));
    return { id, text: o.mode === 'html' ? decodeHtml(bytes) : bytes.toString('utf8'), html: o.mode === 'html' };
  });
} else if (o.mode === 'html') {
  const pages = new Map(loadPages(join(o.bench, 'html')).map((p) => [p.id, p]));
  inputs = ids.map((id) => ({ id, text: decodeHtml(pages.get(id).bytes), html: true }));
} else {
  inputs = ids
    .filter((id) => existsSync(join(o['text-dir'], `${id}.txt`)))
    .map((id) => ({ id, text: readFileSync(join(o['text-dir'], `${id}.txt`), 'utf8'), html: false }));
  if (inputs.length < ids.length) console.error(`${ids.length - inputs.length} pages have no rendered text`);
}

const t0 = performance.now();
const results = await analyzeAll(inputs, o.engine);
const wall = performance.now() - t0;
const parseMs = [...results.values()].reduce((s, r) => s + r.ms, 0);
const bytes = inputs.reduce((s, p) => s + Buffer.byteLength(p.text), 0);

const pred = {};
for (const id of ids) pred[id] = { articleBody: results.has(id) ? bodyOf(results.get(id)) : '' };
const dir = o.out ?? join(tmpdir(), 'figlens-articles');
mkdirSync(dir, { recursive: true });
const predPath = join(dir, `${o.mode}-${halfSel}.json`);
writeFileSync(predPath, JSON.stringify({ version: 'figlens', output: pred }));
const goldPath = join(dir, `gold-${halfSel}.json`);
writeFileSync(goldPath, JSON.stringify(Object.fromEntries(ids.map((id) => [id, gold[id]]))));

const scoreArgs = [join(ROOT, 'bench/articles/score.py'), o.bench, goldPath, predPath, '--worst', o.worst];
if (zh) scoreArgs.push('--bigram');
const score = execFileSync('python3', scoreArgs, {
  encoding: 'utf8',
  stdio: ['ignore', 'pipe', 'inherit'],
});
console.log(`${o.set} ${o.mode} ${halfSel} (${inputs.length} pages, ${o.engine}): ${score.trim()}`);
console.log(`parse: ${parseMs.toFixed(0)} ms in all, ${(parseMs / inputs.length).toFixed(2)} ms/page, ${(bytes / 1e6 / (parseMs / 1e3)).toFixed(1)} MB/s (wall ${wall.toFixed(0)} ms)`);

if (o.table) {
  if (o.mode !== 'html' || o.half !== 'all') throw new Error('--table needs --mode html --half all');
  writeFileSync(join(o.bench, 'output', 'figlens.json'), JSON.stringify({ version: 'figlens', output: pred }, null, 1));
  console.log(execFileSync('python3', ['evaluate.py', '--n-bootstrap', '200'], { cwd: o.bench, encoding: 'utf8' }));
}
