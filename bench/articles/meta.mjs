// Title, date and byline against the blind annotations in bench/devsets/.
//
//   node bench/articles/meta.mjs --set scrapinghub --bench DIR --text-dir DIR
//        [--mode html|text|both] [--half dev|test|all] [--engine node|native] [--misses]
//   node bench/articles/meta.mjs --set zh-news --pages DIR     (DIR: rebuild.mjs's output)
//   node bench/articles/meta.mjs --set zh-news2 --pages DIR    (likewise; --pages defaults to /work/SET)
//   node bench/articles/meta.mjs --set pages3 --pages DIR      (English + Chinese, bench/devsets/pages3/rebuild.mjs)
//   node bench/articles/meta.mjs --set pages4 --pages DIR      (English, bench/devsets/pages4/rebuild.mjs; title,
//        date and byline gold only; a page whose headline is not in its text has `title: null` and is not scored for it)
//   node bench/articles/meta.mjs --set pages5 --pages DIR      (likewise: English, bench/devsets/pages5/rebuild.mjs,
//        title/date/byline gold only; default DIR /work/pages5)
//   node bench/articles/meta.mjs --set pages6 --pages DIR      (likewise: modern English news pages, 2023-2026,
//        bench/devsets/pages6/rebuild.mjs, title/date/byline gold only; default DIR /work/pages6)
//   node bench/articles/meta.mjs --set pages7 --pages DIR      (likewise: older fundus saves, 2023-2025,
//        bench/devsets/pages7/rebuild.mjs, title/date/byline gold only; default DIR /work/pages7)
//
// Any directory of bench/devsets in the zh-news format works as a set. Only
// scrapinghub and zh-news are split into halves; for the others --half does
// not apply and all pages are used.
//   node bench/articles/meta.mjs --set dragnet [--text-dir DIR] (DIR: its rebuild.mjs's output,
//        <id>.txt and html/<id>.html; default /work/dragnet-text; no halves: all of it is dev)
//
// Gold spans point into the rendered text a line's textSha256 names; a line
// whose text no longer matches is skipped as stale (and counted). A title is
// right when it equals the gold headline after folding case, quotes and
// spaces; a date when its calendar date is the gold ISO date; a byline (on
// pages that show one) when the set of names equals the gold names.
// `invented`: pages that show no byline on which authors were read anyway.
import { parseArgs } from 'node:util';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, loadPages, decodeHtml, analyzeAll, half, halfOf, sha256 } from './lib.mjs';

const { values: o } = parseArgs({
  options: {
    set: { type: 'string', default: 'scrapinghub' },
    bench: { type: 'string', default: '/work/aeb' },
    'text-dir': { type: 'string' },
    pages: { type: 'string' },
    mode: { type: 'string', default: 'both' },
    half: { type: 'string', default: 'dev' },
    engine: { type: 'string', default: 'node' },
    misses: { type: 'boolean', default: false },
  },
});

const pagesDir = o.pages ?? join('/work', o.set);
// Miss lines name a page by a 12-hex prefix of a hash id, else by its whole id.
const short = (id) => (/^[0-9a-f]+$/.test(id) ? id.slice(0, 12) : id);
const halfSel = halfOf(o.set, o.half);
const dir = join(ROOT, 'bench/devsets', o.set);
const gold = readdirSync(dir)
  .filter((f) => f.endsWith('.jsonl'))
  .flatMap((f) => readFileSync(join(dir, f), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l)))
  .filter((g) => halfSel === 'all' || half(g.id) === halfSel);

// The page's text (what the spans index) and its HTML.
function sources(id) {
  if (o.set === 'scrapinghub') {
    const dir = o['text-dir'] ?? '/work/aeb-text';
    return { text: join(dir, `${id}.txt`), html: join(o.bench, 'html', `${id}.html.gz`) };
  }
  if (o.set === 'dragnet') {
    const dir = o['text-dir'] ?? '/work/dragnet-text';
    return { text: join(dir, `${id}.txt`), html: join(dir, 'html', `${id}.html`) };
  }
  return { text: join(pagesDir, 'text', `${id}.txt`), html: join(pagesDir, 'html', `${id}.html`) };
}

export const fold = (s) =>
  (s ?? '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u201c\u201d"'`«»「」『』《》]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

const names = (xs) => new Set(xs.map(fold).filter(Boolean));
const sameSet = (a, b) => a.size === b.size && [...a].every((x) => b.has(x));

const benchPages = o.set === 'scrapinghub' ? new Map(loadPages(join(o.bench, 'html')).map((p) => [p.id, p.bytes])) : null;
const pages = [];
let stale = 0;
for (const g of gold) {
  const src = sources(g.id);
  if (!existsSync(src.text)) {
    stale++;
    continue;
  }
  const text = readFileSync(src.text, 'utf8');
  if (sha256(text) !== g.textSha256) {
    stale++;
    continue;
  }
  const cut = (s) => (s ? text.slice(s[0], s[1]) : null);
  const bytes = benchPages ? benchPages.get(g.id) : existsSync(src.html) ? readFileSync(src.html) : null;
  pages.push({
    id: g.id,
    text,
    html: bytes ? decodeHtml(bytes) : null,
    title: cut(g.title),
    date: g.date?.iso ?? null,
    authors: (g.authors ?? []).map(cut),
  });
}

const modes = o.mode === 'both' ? ['html', 'text'] : [o.mode];
for (const mode of modes) {
  const inputs = pages.filter((p) => mode === 'text' || p.html).map((p) => ({ id: p.id, text: mode === 'html' ? p.html : p.text, html: mode === 'html' }));
  const results = await analyzeAll(inputs, o.engine);
  const tally = { title: [0, 0], date: [0, 0], byline: [0, 0], invented: [0, 0] };
  const misses = [];
  for (const p of pages) {
    const r = results.get(p.id);
    if (!r) continue;
    if (p.title) {
      const ok = fold(r.title) === fold(p.title);
      tally.title[0] += ok;
      tally.title[1]++;
      if (!ok) misses.push(`title  ${short(p.id)} want ${JSON.stringify(p.title)} got ${JSON.stringify(r.title)}`);
    }
    if (p.date) {
      const ok = (r.meta.date ?? '').slice(0, 10) === p.date;
      tally.date[0] += ok;
      tally.date[1]++;
      if (!ok) misses.push(`date   ${short(p.id)} want ${p.date} got ${r.meta.date}`);
    }
    if (!p.authors.length) {
      // A page that shows no byline: an author read there is invented.
      tally.invented[0] += r.meta.authors.length > 0;
      tally.invented[1]++;
      if (r.meta.authors.length) misses.push(`byline ${short(p.id)} want [] got ${JSON.stringify(r.meta.authors)}`);
    }
    if (p.authors.length) {
      const ok = sameSet(names(r.meta.authors), names(p.authors));
      tally.byline[0] += ok;
      tally.byline[1]++;
      if (!ok) misses.push(`byline ${short(p.id)} want ${JSON.stringify(p.authors)} got ${JSON.stringify(r.meta.authors)}`);
    }
  }
  const pct = ([a, b]) => `${b ? ((100 * a) / b).toFixed(1) : '-'}% (${a}/${b})`;
  console.log(`${o.set} ${mode} ${halfSel}: title ${pct(tally.title)}  date ${pct(tally.date)}  byline ${pct(tally.byline)}  invented ${tally.invented[0]}/${tally.invented[1]}${stale ? `  [${stale} stale skipped]` : ''}`);
  if (o.misses) for (const m of misses) console.log('  ' + m);
}
