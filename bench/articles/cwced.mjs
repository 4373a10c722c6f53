#!/usr/bin/env node
// Date, byline and body on a Chinese page set annotated by someone outside the team: the
// Chinese-Web-Content-Extraction-Dataset (github:immortal-autumn/Chinese-Web-Content-Extraction-
// Dataset, 69 saved pages, mainland Simplified: portals and newspapers of 2003–2005 and 2015–2022,
// blogs and forum posts among them; its author wrote the gold by hand for an extractor project).
// It is a test set for issue 16: it is scored, never tuned on, so this script prints no
// per-page misses. The pages and their gold are not copied into this repository.
//
//   node bench/articles/cwced.mjs --repo DIR [--commit REV] [--mode html|text|both]
//        [--work DIR] [--engine node|native]
//
// --repo   a checkout or bare mirror of the dataset (fetched)
// --work   where the pages are extracted (html/) and rendered as pastes (text/, by render.mjs
//          in headless Chromium, as for the ScrapingHub benchmark); default /work/cwced
//
// Scoring, fixed before the first run:
// - date: the gold (date/<id>.txt, "YYYY-M-D[ H:M[:S]]", or a bare "YYYY" / "YYYY-M") is right
//   when figlens' meta.date agrees at the gold's precision (day, month or year); pages whose
//   gold is UNKNOWN, empty or not a date are not scored for date.
// - byline: the gold (author/<id>.txt, names separated by spaces or 、) is right when the set of
//   names equals meta.authors after folding (NFKC, case, spaces); UNKNOWN or empty → the page
//   shows no byline, and any author read there is counted as invented.
// - body: cleaned/<id>.txt against the paragraphs and headings of the result, with the
//   ScrapingHub benchmark's shingle F1 and character-bigram F1 (bench/articles/score.py; needs
//   --bench, a checkout of scrapinghub/article-extraction-benchmark, for evaluate.py).
import { parseArgs } from 'node:util';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { ROOT, decodeHtml, analyzeAll, bodyOf } from './lib.mjs';

const { values: o } = parseArgs({
  options: {
    repo: { type: 'string' },
    commit: { type: 'string', default: 'HEAD' },
    mode: { type: 'string', default: 'both' },
    work: { type: 'string', default: '/work/cwced' },
    engine: { type: 'string', default: 'node' },
    bench: { type: 'string', default: '/work/aeb' },
  },
});
if (!o.repo) {
  console.error('usage: node bench/articles/cwced.mjs --repo DIR [--mode html|text|both] [--work DIR]');
  process.exit(2);
}

const git = (...a) => execFileSync('git', ['-C', o.repo, ...a], { maxBuffer: 64 << 20 });
const show = (path) => git('show', `${o.commit}:${path}`);
const rev = git('rev-parse', o.commit).toString().trim();
const ids = git('ls-tree', '--name-only', `${o.commit}`, 'original/')
  .toString()
  .split('\n')
  .filter((f) => f.endsWith('.html'))
  .map((f) => f.slice('original/'.length, -'.html'.length))
  .sort();

// Pages out of the repository once; pastes rendered once (Chromium, JavaScript off).
const htmlDir = join(o.work, 'html');
const textDir = join(o.work, 'text');
mkdirSync(htmlDir, { recursive: true });
for (const id of ids) {
  const path = join(htmlDir, `${id}.html`);
  if (!existsSync(path)) writeFileSync(path, show(`original/${id}.html`));
}
const modes = o.mode === 'both' ? ['html', 'text'] : [o.mode];
if (modes.includes('text') && ids.some((id) => !existsSync(join(textDir, `${id}.txt`)))) {
  const { renderDir } = await import('./render.mjs');
  await renderDir({ inDir: htmlDir, outDir: textDir, jobs: 2 });
}

const gold = (dir, id) => {
  try {
    return show(`${dir}/${id}.txt`).toString('utf8').replace(/^\uFEFF/, '').trim();
  } catch {
    return '';
  }
};
// "2005-5-7 21:23:57" → "2005-05-07"; "1998-3" → "1998-03"; "2018" → "2018"; else null.
function goldDate(s) {
  const m = /^(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?(?:\s|$)/.exec(s);
  if (!m) return null;
  return [m[1], m[2], m[3]].filter(Boolean).map((x) => x.padStart(2, '0')).join('-');
}
const fold = (s) => (s ?? '').normalize('NFKC').toLowerCase().replace(/\s+/g, '').trim();
const goldNames = (s) => (/^unknown$/i.test(s) || !s ? [] : s.split(/[\s、]+/).filter(Boolean));
const sameSet = (a, b) => {
  const x = new Set(a.map(fold));
  const y = new Set(b.map(fold));
  return x.size === y.size && [...x].every((n) => y.has(n));
};

const pages = ids.map((id) => ({
  id,
  date: goldDate(gold('date', id)),
  authors: goldNames(gold('author', id)),
  body: gold('cleaned', id),
}));

console.log(`Chinese-Web-Content-Extraction-Dataset @ ${rev.slice(0, 12)}: ${pages.length} pages`);
for (const mode of modes) {
  const inputs = pages.map((p) => ({
    id: p.id,
    text: mode === 'html' ? decodeHtml(readFileSync(join(htmlDir, `${p.id}.html`))) : readFileSync(join(textDir, `${p.id}.txt`), 'utf8'),
    html: mode === 'html',
  }));
  const results = await analyzeAll(inputs, o.engine);
  const tally = { date: [0, 0], byline: [0, 0], invented: [0, 0] };
  const gBodies = {};
  const pBodies = {};
  for (const p of pages) {
    const r = results.get(p.id);
    if (p.date) {
      tally.date[0] += (r.meta.date ?? '').slice(0, p.date.length) === p.date;
      tally.date[1]++;
    }
    if (p.authors.length) {
      tally.byline[0] += sameSet(r.meta.authors, p.authors);
      tally.byline[1]++;
    } else {
      tally.invented[0] += r.meta.authors.length > 0;
      tally.invented[1]++;
    }
    if (p.body) {
      gBodies[p.id] = { articleBody: p.body };
      pBodies[p.id] = { articleBody: bodyOf(r) };
    }
  }
  let body = '';
  if (existsSync(join(o.bench, 'evaluate.py'))) {
    const dir = join(tmpdir(), 'figlens-cwced');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'gold.json'), JSON.stringify(gBodies));
    writeFileSync(join(dir, 'pred.json'), JSON.stringify(pBodies));
    const s = JSON.parse(
      execFileSync('python3', [join(ROOT, 'bench/articles/score.py'), o.bench, join(dir, 'gold.json'), join(dir, 'pred.json'), '--bigram']).toString(),
    );
    body = `  body F1 ${s.f1.toFixed(3)} (bigram ${s.bigram_f1.toFixed(3)}, ${s.pages} pages)`;
  }
  const pct = ([a, b]) => `${b ? ((100 * a) / b).toFixed(1) : '-'}% (${a}/${b})`;
  console.log(`${mode}: date ${pct(tally.date)}  byline ${pct(tally.byline)}  invented ${tally.invented[0]}/${tally.invented[1]}${body}`);
}
