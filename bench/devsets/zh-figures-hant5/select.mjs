#!/usr/bin/env node
// Deterministic selection of the zh-figures-hant5 sentences (issue 17): fresh Traditional-Chinese
// news sentences from Taiwan and Hong Kong, from pages no other development set uses.
// Written and committed before any sentence was annotated. Never runs figlens.
//
//   node bench/devsets/zh-figures-hant5/select.mjs [--pages]     (--pages: print pages.jsonl)
//
// Prints one line a sentence: `<page> <start> <end> <role> <site>` (role: figure | hard | plain).
//
// Rule (also in README.md):
//   sources    = three groups, read from the fetched bare mirrors with `git show`:
//                tw:   TaiwanStat/Taiwan-news-crawlers, the six article files zh-figures-hant3
//                      and hant4 read (hant4's TW: each committed once; apple*.json never read);
//                      page text = an object's `content`, CR LF / CR -> LF (hant4's memberText).
//                html: the one saved article page of ChiaYuChang/NewsSentimentAnalyzer,
//                      ayltai/hknews, ayltai/hknews-backend and yunkailiu/spider that no set
//                      uses by path+commit, html hash or rendered-text hash and that is a
//                      Traditional article (HTML_PAGES: a 2020-08-08 Ming Pao page; every other
//                      saved version is used or renders to a used text); page text = zh-news's
//                      rendering (headless Chromium, JavaScript off; rebuild.mjs writes it to
//                      /work/zh-hant5/text/<id>.txt and it is checked against textSha256 here);
//                      sentences only from its body lines (hant2's bodyOf: lines of at least 20
//                      characters holding one of 。！？), as hant2 did for its new pages.
//                hk:   raileo98/test2 RTHK Chinese feeds hk_rthk_{local,finance,sport,
//                      greaterChina,world,}_ch.xml at four 2025 commits (HK_COMMITS), an <item>
//                      a page (hant4's rthkItems: items deduplicated by story number, first seen
//                      wins), only stories whose URL date is in 2025 and whose story number no
//                      other set's RTHK URL holds (hant3 took 2025 digests at 2025-07-22, hant4
//                      2024 stories); page text = hant4's htmlText of the itemFullText div.
//                Page id = first 16 hex digits of sha256 of the text (html: of the HTML bytes).
//   excluded   = a page whose text hash, URL, or (repository, path, member) occurs in any other
//                bench/devsets/*/pages.jsonl, or whose text hash occurs in any sentences.jsonl.
//   sentences  = the text (html: its body lines) split by zh-figures' splitSentences, 8-160
//                characters; traps blanked before the tests (hant3's blank2);
//   candidate  = zh-figures-hant2's isCandidate on the blanked sentence; favoured = hant4's
//                favoured (hant2's isFavoured or hant4's FAVOUR2);
//   eligible   = tw: 200-3000 characters, hk: 150-3000, no SIMPLIFIED character, not excluded,
//                with at least FIG_PER_PAGE candidates;
//   pages      = spread evenly (the members at floor(i * L / n), i < n): tw: PAGES_TW[file] of a
//                file's eligible pages; hk: PAGES_HK[category] of the eligible stories of that
//                category (a story belongs to the file it is first seen in; the all-news file's
//                own stories are not taken); html: the one page;
//   per page   = hant3's pickPage: FIG_PER_PAGE = 3 candidates (favoured every k-th first), then
//                one negative (hard if any, else plain); at most PAGE_CAP = 6 a page (it is 4).
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bodyOf } from '../zh-figures-hant2/select.mjs';
import { blank2, pickPage, FIG_PER_PAGE, PAGE_CAP } from '../zh-figures-hant3/select.mjs';
import { members, favoured, spread, sentencesOf, makePage, pageKeeper, taiwanPages } from '../zh-figures-hant4/select.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const sha = t => createHash('sha256').update(t, 'utf8').digest('hex');
export const TEXT_DIR = '/work/zh-hant5/text';
export { FIG_PER_PAGE, PAGE_CAP };

export const PAGES_TW = { 'udn.json': 8, 'liberty.json': 8, 'ettoday.json': 6, 'mediaParser/udn.json': 6, 'mediaParser/cts.json': 6, 'mediaParser/tvbs.json': 5 };
export const HTML_PAGES = [{
  id: '111af526ddf7df34', repo: 'ayltai/hknews', commit: 'e3090be69ee9e9a06b7f2ec944918d1e1ec04985',
  path: 'src/test/resources/testdata/mingpao.html', format: 'html',
  url: 'https://news.mingpao.com/pns/%e6%b8%af%e8%81%9e/article/20200808/s00002/1596825748734/%e5%85%a8%e6%b0%91%e8%87%aa%e9%a1%98%e9%a9%97-%e6%9e%97%e9%84%ad%e8%aa%8d%e7%84%a1%e7%a6%81%e8%b6%b3%e6%88%90%e6%95%88%e6%89%93%e6%8a%98-%e6%b6%89%e6%ac%be%e6%96%99%e5%8f%af%e9%81%9424%e5%84%84-3%e5%85%a7%e5%9c%b0%e6%a9%9f%e6%a7%8b%e6%89%bf%e5%8c%85',
  site: 'news.mingpao.com', place: 'Hong Kong', group: 'mingpao',
  htmlSha256: '111af526ddf7df348aeec579779a15363d8c00f478b1b6e5ecdc33be48414772',
  textSha256: 'c46c29729413a9d814456530d0558a694f41ae8c8c73302f8541ed2ce6895231' }];
export const HK_COMMITS = [
  '6910e4b287c3f6eecd895c1518c5dbeda0fb83c4',   // 2025-01-13
  '9a60122b9c27084a4907f49a2fc69fa5c995c618',   // 2025-02-12
  'a28b7946d0eb6a00a550656ef22a1e0daaa7f3dd',   // 2025-03-10
  '94cd45739c50cfa936e824763c5129c1f5f2d47e',   // 2025-04-12
];
export const HK_CATS = ['local', 'finance', 'sport', 'greaterChina', 'world', ''];
export const PAGES_HK = { local: 8, finance: 6, sport: 5, greaterChina: 4, world: 4, all: 0 };
export const HK = HK_COMMITS.flatMap(commit => HK_CATS.map(c => ({
  repo: 'raileo98/test2', commit, path: `hk_rthk${c ? '_' + c : ''}_ch.xml`, format: 'rthk-rss', cat: c || 'all' })));

/** What every other development set uses: text hashes, URLs, repo+path+member keys, RTHK story numbers. */
export function usedElsewhere() {
  const dir = join(here, '..');
  const hashes = new Set(), urls = new Set(), keys = new Set(), stories = new Set();
  for (const d of readdirSync(dir)) {
    if (d === 'zh-figures-hant5') continue;
    for (const f of ['pages.jsonl', 'sentences.jsonl']) {
      const p = join(dir, d, f);
      if (!existsSync(p)) continue;
      for (const line of readFileSync(p, 'utf8').split('\n')) {
        if (!line.trim()) continue;
        let r; try { r = JSON.parse(line); } catch { continue; }
        if (r.textSha256) hashes.add(r.textSha256);
        if (r.htmlSha256) hashes.add(r.htmlSha256);
        if (f === 'pages.jsonl') {
          if (r.url) { urls.add(r.url); const m = r.url.match(/rthk\.hk\/.*\/(\d+)-\d{8}\.htm/); if (m) stories.add(m[1]); }
          if (r.repo && r.path) keys.add(`${r.repo} ${r.path} ${r.member ?? r.commit}`);
        }
      }
    }
  }
  return { hashes, urls, keys, stories };
}

/** The rendered text of an html page (rebuild.mjs writes it), checked against its textSha256. */
export function htmlPageText(p) {
  const f = join(TEXT_DIR, p.id + '.txt');
  if (!existsSync(f)) throw new Error(`${f} missing: run rebuild.mjs`);
  const text = readFileSync(f, 'utf8');
  if (sha(text) !== p.textSha256) throw new Error(`${p.id}: text differs from textSha256; run rebuild.mjs`);
  return text;
}

/** All chosen pages, in order tw, html, hk. */
export function pages() {
  const cache = new Map(), used = usedElsewhere(), keep = pageKeeper(used, k => used.keys.has(k));
  const out = taiwanPages(cache, keep, PAGES_TW);
  for (const h of HTML_PAGES) {
    if (used.hashes.has(h.htmlSha256) || used.hashes.has(h.textSha256) || used.urls.has(h.url)) throw new Error(`${h.id} is used elsewhere`);
    const text = htmlPageText(h);
    out.push({ ...h, script: 'zh-Hant', text, body: bodyOf(text) });
  }
  const hk = Object.fromEntries(Object.keys(PAGES_HK).map(c => [c, []])), hkKeys = new Set();
  for (const src of HK) {
    members(src, cache).forEach((it, member) => {
      if (hkKeys.has(it.key)) return;
      hkKeys.add(it.key);
      if (!it.date.startsWith('2025') || used.stories.has(it.key)) return;
      const pg = makePage(src, member, it.text, it.url, 'Hong Kong', src.cat);
      if (keep(pg, 150)) hk[src.cat].push(pg);
    });
  }
  for (const c of Object.keys(PAGES_HK)) out.push(...spread(hk[c], PAGES_HK[c]));
  return out;
}

export function select() {
  const chosen = [];
  for (const p of pages()) chosen.push(...pickPage(sentencesOf(p), blank2, favoured).map(s => ({ ...s, place: p.place })));
  return chosen;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (process.argv.includes('--pages')) {
    for (const { text, body, ...p } of pages()) console.log(JSON.stringify(p));
  } else {
    const chosen = select();
    for (const s of chosen) console.log(`${s.page} ${s.start} ${s.end} ${s.role} ${s.site}`);
    const n = r => chosen.filter(s => s.role === r).length;
    const by = pl => chosen.filter(s => s.place === pl).length;
    console.error(`${chosen.length} sentences: ${n('figure')} candidates, ${n('hard')} hard negatives, ${n('plain')} plain, ${new Set(chosen.map(s => s.page)).size} pages; Taiwan ${by('Taiwan')}, Hong Kong ${by('Hong Kong')}`);
  }
}
