// The real, unmodified article bodies the checks are measured on (bench/checks/*.mjs):
// the ScrapingHub benchmark's gold bodies (English, `articleBody` of
// /work/aeb/ground-truth.json) and the gold paragraphs of the Chinese development sets
// zh-news and zh-news2 (bench/devsets/zh-news*/pages.jsonl: `body` spans, UTF-16
// offsets into the rebuilt rendered text, /work/zh-news*/text/<id>.txt), one paragraph
// a line. Never bench/devsets/pages3 or /work/cwced: those are annotated blind for the
// coverage measure. Set AEB, ZH_NEWS, ZH_NEWS2 to read the data from elsewhere.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** [{ id, set, text }] for every article found; the sets missing on this machine are named in `missing`. */
export function loadArticles() {
  const articles = [];
  const missing = [];
  const aeb = process.env.AEB ?? '/work/aeb/ground-truth.json';
  if (existsSync(aeb)) {
    const gold = JSON.parse(readFileSync(aeb, 'utf8'));
    for (const [id, page] of Object.entries(gold).sort(([a], [b]) => (a < b ? -1 : 1))) {
      if (typeof page.articleBody === 'string' && page.articleBody.trim()) articles.push({ id: id.slice(0, 16), set: 'scrapinghub', text: page.articleBody });
    }
  } else missing.push(aeb);
  for (const [set, dir] of [['zh-news', process.env.ZH_NEWS ?? '/work/zh-news'], ['zh-news2', process.env.ZH_NEWS2 ?? '/work/zh-news2']]) {
    const pages = join(root, 'bench', 'devsets', set, 'pages.jsonl');
    const lines = readFileSync(pages, 'utf8').split('\n').filter((l) => l.trim());
    for (const line of lines) {
      const page = JSON.parse(line);
      const file = join(dir, 'text', `${page.id}.txt`);
      if (!existsSync(file)) {
        missing.push(file);
        continue;
      }
      const rendered = readFileSync(file, 'utf8');
      const text = page.body.map(([s, e]) => rendered.slice(s, e)).join('\n');
      if (text.trim()) articles.push({ id: page.id, set, text });
    }
  }
  return { articles, missing };
}

/** The cleaned text of the sentence of figure `i` of `analysis` (else its block's text). */
export function sentenceOf(analysis, text, i) {
  const f = analysis.figures[i];
  const b = analysis.blocks[f.block];
  const s = f.sentence == null ? null : b.sentences?.[f.sentence];
  return (s ? text.slice(s.start, s.end) : b.text).replace(/\s+/g, ' ').trim();
}
