#!/usr/bin/env node
// Deterministic selection of the zh-figures-hant4 sentences (issue 17): fresh Traditional-Chinese
// news sentences from Taiwan, Macau and Hong Kong, from pages no other development set uses.
// Written and committed before any sentence was annotated. Never runs figlens.
//
//   node bench/devsets/zh-figures-hant4/select.mjs [--pages]     (--pages: print pages.jsonl)
//
// Prints one line a sentence: `<page> <start> <end> <role> <site>` (role: figure | hard | plain).
//
// Rule (also in README.md):
//   sources    = three groups, read from the fetched bare mirrors with `git show`:
//                tw: TaiwanStat/Taiwan-news-crawlers, the six article files zh-figures-hant3 read
//                    (no other commit of the repository holds other versions of them: every JSON
//                    file there was committed once), read as a sequence of top-level JSON objects
//                    (hant3's objects()); apple*.json never read; page text = an object's
//                    `content`, CR LF / CR -> LF (hant3's memberText);
//                mo: raileo98/test2 `mo_tdm.xml` (TDM 澳門電台 Atom feed; committed once, on
//                    2024-10-26, and never changed), an <entry> a page (entries deduplicated by
//                    <id>); page text = its CDATA content split at </p> and <br>, tags removed,
//                    entities decoded, white space (incl. NBSP) collapsed to one space, each piece
//                    trimmed, non-empty pieces joined by LF;
//                hk: raileo98/test2 RTHK Chinese feeds hk_rthk_{local,finance,sport,greaterChina,
//                    world,}_ch.{rss,xml} at four 2024 commits (HK_COMMITS), an <item> a page
//                    (items deduplicated by the story number of their URL, first seen wins, commits
//                    and files in list order), only stories whose URL date is in 2024; page text =
//                    the <div class="itemFullText"> content split at <br>/<p>/<div> tags, tags
//                    removed, entities decoded, the pretty-printer's line breaks inside a piece
//                    joined with nothing, white space collapsed, trimmed, joined by LF.
//                Page id = first 16 hex digits of sha256 of the text.
//   excluded   = a page whose text hash, URL, or (repository, path, member) occurs in any
//                bench/devsets/*/pages.jsonl, or whose text hash occurs in any sentences.jsonl.
//   sentences  = the whole text split by zh-figures' splitSentences, 8-160 characters;
//                traps blanked before the tests (hant3's blank2: times of day, 12:30, phone-like
//                digit groups, Latin+digit codes, words built on 一, scores 2:1 / 3比1);
//   candidate  = zh-figures-hant2's isCandidate on the blanked sentence; favoured = hant2's
//                isFavoured or FAVOUR2 below (percentages, 成, ranges, bounds, dates with digits,
//                currency words of Macau and Hong Kong);
//   eligible   = a page of 150-3000 characters (tw: 200-3000), no SIMPLIFIED character, not
//                excluded, with at least FIG_PER_PAGE candidates;
//   pages      = spread evenly (spread(): the members at floor(i * L / n), i < n): tw: PAGES_TW[file]
//                of a file's eligible pages; mo: PAGES_MO of the eligible entries; hk:
//                PAGES_HK[category] of the eligible stories of that category (a story belongs to
//                the file it is first seen in, commits in order and within a commit the five
//                category files before the all-news one; the all-news file's own stories count as
//                'all' and are not taken);
//   per page   = FIG_PER_PAGE candidates (favoured every k-th first, topped up with the others
//                every k-th), then one negative: a hard one (not a candidate but a digit or numeral
//                character in the raw sentence) every k-th, the first, if the page has one, else a
//                plain one; at most PAGE_CAP = 6 a page (it is 4).
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { splitSentences } from '../zh-figures/annotate.mjs';
import { isCandidate, isFavoured } from '../zh-figures-hant2/select.mjs';
import { objects, fileText, blank2, hostOf, pickPage, FIG_PER_PAGE, PAGE_CAP, SOURCES as HANT3_TW } from '../zh-figures-hant3/select.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const sha = t => createHash('sha256').update(t, 'utf8').digest('hex');
const SIMPLIFIED = /[这们为国说经会对时来后个学发过还进动实现]/;
export { FIG_PER_PAGE, PAGE_CAP }; // hant3's round-1 rule, shared through pickPage

export const TW = HANT3_TW.map(s => ({ ...s, format: 'json' }));
export const PAGES_TW = { 'udn.json': 5, 'liberty.json': 5, 'ettoday.json': 4, 'mediaParser/udn.json': 4, 'mediaParser/cts.json': 4, 'mediaParser/tvbs.json': 4 };
export const MO = { repo: 'raileo98/test2', commit: 'c17242406962560adf4f6181da0657932ec09a1c', path: 'mo_tdm.xml', format: 'tdm-atom' };
export const PAGES_MO = 21;
export const HK_COMMITS = [
  ['173f46d739b2bd362193ceddcd1f090bab88aa59', 'rss'],   // 2024-05-15
  ['ee68422a717acf5556fd90c7a12ca84a86767d44', 'rss'],   // 2024-07-15
  ['21f3b927e1d5c8e790a935ff4ff5c258be7ac4e9', 'rss'],   // 2024-09-12
  ['261cb1fad719ce42981c8dcc67eca46f6f4a732e', 'xml'],   // 2024-11-15
];
export const HK_CATS = ['local', 'finance', 'sport', 'greaterChina', 'world', ''];
export const PAGES_HK = { local: 6, finance: 4, sport: 3, greaterChina: 4, world: 4, all: 0 };
export const HK = HK_COMMITS.flatMap(([commit, ext]) => HK_CATS.map(c => ({
  repo: 'raileo98/test2', commit, path: `hk_rthk${c ? '_' + c : ''}_ch.${ext}`, format: 'rthk-rss', cat: c || 'all' })));

const FAVOUR2 = /[0-9０-９][0-9,.]*\s*(?:%|％)|百分之|[0-9一二三四五六七八九十兩半]成(?![為功立員績長])|[0-9０-９]\s*(?:至|到|-|－|～|~)\s*[0-9０-９]|(?:逾|超過|以上|以下|不足|不到|約|近|多達|最少|至少|最多)\s*[0-9０-９一二三四五六七八九十兩百千萬]|[0-9０-９]{2,4}\s*年|[0-9０-９]{1,2}\s*月\s*[0-9０-９]{1,2}\s*日|澳門元|澳門幣|葡幣|港元|港幣/;
export const favoured = t => isFavoured(t) || FAVOUR2.test(t);

const ENT = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
const decode = s => s.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (m, e) =>
  e[0] === '#' ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : (ENT[e.toLowerCase()] ?? m));

/** HTML fragment -> text lines (see the rule): `joinLines` joins a piece's own line breaks with nothing. */
export function htmlText(html, splitter, joinLines) {
  return html.split(splitter).map(piece => {
    let t = piece.replace(/<[^>]*>/g, '');
    if (joinLines) t = t.split('\n').map(l => l.trim()).join('');
    return decode(t).replace(/[\s\u00a0]+/g, ' ').trim();
  }).filter(Boolean).join('\n');
}

/** Entries of the TDM Atom feed: { key, text, url }. */
export function tdmEntries(xml) {
  const out = [];
  for (const m of xml.matchAll(/<entry>([\s\S]*?)<\/entry>/g)) {
    const e = m[1];
    const id = e.match(/<id>([^<]*)<\/id>/)?.[1] ?? '';
    const html = e.match(/<content[^>]*><!\[CDATA\[([\s\S]*?)\]\]><\/content>/)?.[1] ?? '';
    const url = e.match(/<link href="([^"]*sharelink[^"]*)"/)?.[1] ?? `https://www.tdm.com.mo/zh-hant/news/${id}`;
    out.push({ key: id, text: htmlText(html, /<\/p>|<br\s*\/?>/i, false), url });
  }
  return out;
}

/** Items of an RTHK feed file: { key (story number), text, url, date (yyyymmdd) }. */
export function rthkItems(xml) {
  const out = [];
  for (const m of xml.matchAll(/<item>([\s\S]*?)<\/item>/g)) {
    const it = m[1];
    const url = (it.match(/<link>\s*([^<\s]+)\s*<\/link>/)?.[1] ?? '').replace(/&amp;/g, '&');
    const div = it.match(/<div class="itemFullText">([\s\S]*?)<\/div>/)?.[1] ?? '';
    const um = url.match(/\/(\d+)-(\d{8})\.htm/);
    out.push({ key: um?.[1] ?? url, date: um?.[2] ?? '', url, text: htmlText(div, /<\/?br\s*\/?>|<\/?p[^>]*>|<\/?div[^>]*>/i, true) });
  }
  return out;
}

/** Members of a source file (cached): objects (json) or { key, text, url } (feeds). */
export function members(src, cache = new Map()) {
  const k = `${src.repo} ${src.commit} ${src.path}`;
  if (!cache.has(k)) {
    const s = fileText(src);
    cache.set(k, src.format === 'json' ? objects(s) : src.format === 'tdm-atom' ? tdmEntries(s) : rthkItems(s));
  }
  return cache.get(k);
}

/** Page text of member `member` of `src`. */
export function memberText(src, member, cache) {
  const o = members(src, cache)[member];
  if (src.format === 'json') return typeof o?.content === 'string' ? o.content.replace(/\r\n?/g, '\n') : '';
  return o?.text ?? '';
}

/** What every other development set uses: text hashes, URLs, repo+path+member keys. */
export function usedElsewhere() {
  const dir = join(here, '..');
  const hashes = new Set(), urls = new Set(), members = new Set();
  for (const d of readdirSync(dir)) {
    if (d === 'zh-figures-hant4') continue;
    for (const f of ['pages.jsonl', 'sentences.jsonl']) {
      const p = join(dir, d, f);
      if (!existsSync(p)) continue;
      for (const line of readFileSync(p, 'utf8').split('\n')) {
        if (!line.trim()) continue;
        let r; try { r = JSON.parse(line); } catch { continue; }
        if (r.textSha256) hashes.add(r.textSha256);
        if (f === 'pages.jsonl') {
          if (r.url) urls.add(r.url);
          if (r.repo && r.path && r.member !== undefined) members.add(`${r.repo} ${r.path} ${r.member}`);
        }
      }
    }
  }
  return { hashes, urls, members };
}

/** n members of `list` spread evenly: those at floor(i * L / n), i < n (all of it when L <= n). */
export const spread = (list, n) => list.length <= n ? list.slice() : Array.from({ length: n }, (_, i) => list[Math.floor(i * list.length / n)]);

/** A page's sentences of 8–160 units (within its body ranges when it has them, else all of it). */
export function sentencesOf(p) {
  return splitSentences(p.text, p.body ?? [[0, p.text.length]])
    .filter(([a, b]) => b - a >= 8 && b - a <= 160)
    .map(([a, b]) => ({ page: p.id, site: p.site, start: a, end: b, t: p.text.slice(a, b) }));
}
const candidates = p => sentencesOf(p).filter(s => isCandidate(blank2(s.t)));

/** A page record of one source member (its id and textSha256 from the text). */
export const makePage = (src, member, text, url, place, group) => ({ id: sha(text).slice(0, 16), repo: src.repo, commit: src.commit, path: src.path, format: src.format, member, url: url ?? null, site: hostOf(url ?? ''), place, group, script: 'zh-Hant', textSha256: sha(text), text });

/** keep(pg, min): true, and pg remembered, for a Traditional text of min–3000 units that no page
 *  before it and no other set (`used` hashes and URLs, `memberUsed` of "repo path member") has,
 *  with at least FIG_PER_PAGE candidate sentences. */
export function pageKeeper(used, memberUsed) {
  const seen = new Set();
  return (pg, min) => {
    const { text } = pg;
    if (text.length < min || text.length > 3000 || SIMPLIFIED.test(text)) return false;
    if (seen.has(pg.id) || used.hashes.has(pg.textSha256) || (pg.url && used.urls.has(pg.url)) || memberUsed(`${pg.repo} ${pg.path} ${pg.member}`)) return false;
    if (candidates(pg).length < FIG_PER_PAGE) return false;
    seen.add(pg.id);
    return true;
  };
}

/** The Taiwanese pages: of each TW file, perFile[path] of its kept articles, spread evenly. */
export function taiwanPages(cache, keep, perFile) {
  const out = [];
  for (const src of TW) {
    const list = [];
    members(src, cache).forEach((o, member) => {
      if (typeof o.content !== 'string') return;
      const pg = makePage(src, member, o.content.replace(/\r\n?/g, '\n'), o.url, 'Taiwan', src.path);
      if (keep(pg, 200)) list.push(pg);
    });
    out.push(...spread(list, perFile[src.path]));
  }
  return out;
}

/** All chosen pages, in order tw, mo, hk: { id, repo, commit, path, format, member, url, site, place, group, textSha256, text }. */
export function pages() {
  const cache = new Map(), used = usedElsewhere(), keep = pageKeeper(used, k => used.members.has(k));
  const out = taiwanPages(cache, keep, PAGES_TW);
  const mo = [], moKeys = new Set();
  members(MO, cache).forEach((e, member) => {
    if (moKeys.has(e.key)) return;
    moKeys.add(e.key);
    const pg = makePage(MO, member, e.text, e.url, 'Macau', 'tdm');
    if (keep(pg, 150)) mo.push(pg);
  });
  out.push(...spread(mo, PAGES_MO));
  const hk = Object.fromEntries(Object.keys(PAGES_HK).map(c => [c, []])), hkKeys = new Set();
  for (const src of HK) {
    members(src, cache).forEach((it, member) => {
      if (hkKeys.has(it.key)) return;
      hkKeys.add(it.key);
      if (!it.date.startsWith('2024')) return;
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
    for (const { text, ...p } of pages()) console.log(JSON.stringify(p));
  } else {
    const chosen = select();
    for (const s of chosen) console.log(`${s.page} ${s.start} ${s.end} ${s.role} ${s.site}`);
    const n = r => chosen.filter(s => s.role === r).length;
    const by = pl => chosen.filter(s => s.place === pl).length;
    console.error(`${chosen.length} sentences: ${n('figure')} candidates, ${n('hard')} hard negatives, ${n('plain')} plain, ${new Set(chosen.map(s => s.page)).size} pages; Taiwan ${by('Taiwan')}, Macau ${by('Macau')}, Hong Kong ${by('Hong Kong')}`);
  }
}
