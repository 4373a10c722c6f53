#!/usr/bin/env node
// Deterministic selection of the zh-figures-hant3 sentences (issue 17): fresh Traditional-Chinese
// (Taiwanese) news sentences from article texts that a public crawler project saved as JSON
// (TaiwanStat/Taiwan-news-crawlers), which no other development set uses. Written and committed
// before any sentence was annotated. Never runs figlens.
//
//   node bench/devsets/zh-figures-hant3/select.mjs [--pages]     (--pages: print pages.jsonl)
//
// Prints one line a sentence: `<page> <start> <end> <role> <site>` (role: figure | hard | plain).
//
// Rule (also in README.md):
//   files      = SOURCES below (repository, commit, path), read from the fetched mirror with
//                `git show`; a file is read as a sequence of top-level JSON objects (some files
//                are several arrays pasted together or hold a broken record: objects that do not
//                parse are skipped); Apple Daily files (apple*.json) are never read.
//   page text  = an article's `content` with CR LF / CR turned into LF (nothing else changed);
//                page id = first 16 hex digits of sha256 of the text.
//   articles   = in file order, those with a text of 200-3000 characters, no character of
//                SIMPLIFIED (a Traditional text), not a duplicate page id;
//   pages      = PAGES_PER_FILE articles a file, every k-th (k = ceil(n / PAGES_PER_FILE)).
//   sentences  = the whole text split by zh-figures' splitSentences (。！？ and line ends, closing
//                quote or bracket kept, trimmed, at least 6 characters), 8-160 characters long.
//   traps      = times of day, phone-like digit groups, Latin+digit codes (5G, A320), and words
//                built on 一 (一些 一起 一直 …) are blanked before the tests below;
//   candidate  = (blanked) zh-figures-hant2's isCandidate (a digit, or a Chinese numeral followed
//                within 2 characters by a multiplier, measure word, 年/月/日, %, 倍 or 成);
//                favoured = its isFavoured (money, people/case counts, durations, ranks);
//   hard       = not a candidate, but the raw sentence holds a digit or numeral character;
//   plain      = no digit and no numeral character at all;
//   per page   = FIG_PER_PAGE candidates (favoured every k-th first, topped up with the others
//                every k-th), then one negative: a hard one (every k-th, the first) if the page
//                has any, else a plain one; at most 6 a page (it is 4).
//   round 2    = (added after round 1 above was annotated and committed, before round 2 was: round
//                1 had no Hong Kong text and 192 sentences) Hong Kong news: the RTHK Chinese
//                news digests saved by raileo98/test2 (SOURCES2: six *_ch.md files at one commit,
//                each a list of stories: `# headline`, picture line, lead paragraph(s), `---`,
//                source URL). A story is a page: its text is its lead lines (every non-empty
//                line of the story that is not the headline, a picture line or the URL footer)
//                joined by LF; stories repeated across files are kept once (first file wins);
//                files in SOURCES2 order. Sentences as above (8-160 characters); traps as above
//                plus scores (`2:1`, `121:116`, `3比1`). Per file: R2_FIG candidates (favoured
//                first every k-th, topped up every k-th), R2_HARD hard negatives and R2_PLAIN
//                plain ones (every k-th), never 2 sentences of one story in a file's pick.
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { splitSentences } from '../zh-figures/annotate.mjs';
import { isCandidate, isFavoured, hasNumeral } from '../zh-figures-hant2/select.mjs';

export const MIRROR = '/work/.mirror';
export const SOURCES = [
  { repo: 'TaiwanStat/Taiwan-news-crawlers', commit: 'f41180705044960b4b1375a247290172799bd5d3', path: 'udn.json' },
  { repo: 'TaiwanStat/Taiwan-news-crawlers', commit: 'f41180705044960b4b1375a247290172799bd5d3', path: 'liberty.json' },
  { repo: 'TaiwanStat/Taiwan-news-crawlers', commit: 'ed30a15cb1859c2faa855f0078b3aa1c37853348', path: 'ettoday.json' },
  { repo: 'TaiwanStat/Taiwan-news-crawlers', commit: '96752d084dba82db895ab919e515cdcc66b736c2', path: 'mediaParser/udn.json' },
  { repo: 'TaiwanStat/Taiwan-news-crawlers', commit: '96752d084dba82db895ab919e515cdcc66b736c2', path: 'mediaParser/cts.json' },
  { repo: 'TaiwanStat/Taiwan-news-crawlers', commit: '96752d084dba82db895ab919e515cdcc66b736c2', path: 'mediaParser/tvbs.json' },
];
export const PAGES_PER_FILE = 9, FIG_PER_PAGE = 3, PAGE_CAP = 6;
export const SOURCES2 = ['local', 'finance', 'sport', '', 'greaterChina', 'world'].map(n => ({
  repo: 'raileo98/test2', commit: '82f49e050ba22758c42d69880fa6571d8ad1fdeb', path: `hk_rthk${n ? '_' + n : ''}_ch.md`, format: 'rthk-md' }));
export const R2_FIG = 11, R2_HARD = 3, R2_PLAIN = 1;
const SIMPLIFIED = /[这们为国说经会对时来后个学发们过还进动实现]/;
const sha = t => createHash('sha256').update(t, 'utf8').digest('hex');

/** Top-level JSON objects of a (possibly broken) JSON text; objects that do not parse are skipped. */
export function objects(s) {
  const out = [];
  let depth = 0, start = -1, str = false, esc = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (str) { if (esc) esc = false; else if (c === '\\') esc = true; else if (c === '"') str = false; continue; }
    if (c === '"') str = true;
    else if (c === '{') { if (depth++ === 0) start = i; }
    else if (c === '}' && depth > 0 && --depth === 0) {
      try { out.push(JSON.parse(s.slice(start, i + 1))); } catch { /* broken record: skipped */ }
    }
  }
  return out;
}

export function fileText(src) {
  const git = `${MIRROR}/${src.repo.replace('/', '+')}/repo`;   // a bare mirror (fetch tool)
  return execFileSync('git', ['--git-dir', git, 'show', `${src.commit}:${src.path}`], { encoding: 'utf8', maxBuffer: 1 << 28 });
}

/** The stories of an RTHK digest file: { text, url } each (see the round 2 rule). */
export function stories(md) {
  const out = [];
  const re = /^# .*\n([\s\S]*?)\n---\n\n原始網址：\n<([^>]+)>/gm;
  for (let m; (m = re.exec(md));) {
    const lines = m[1].split('\n').map(l => l.trim()).filter(l => l && !l.startsWith('![') && !l.startsWith('#'));
    out.push({ text: lines.join('\n'), url: m[2] });
  }
  return out;
}

/** Member `member` of a source file as page text (json: an object's content; rthk-md: a story). */
export function memberText(src, member, cache = new Map()) {
  const key = `${src.repo} ${src.commit} ${src.path}`;
  if (!cache.has(key)) cache.set(key, src.format === 'rthk-md' ? stories(fileText(src)) : objects(fileText(src)));
  const o = cache.get(key)[member];
  if (src.format === 'rthk-md') return o?.text ?? '';
  return typeof o?.content === 'string' ? o.content.replace(/\r\n?/g, '\n') : '';
}

export const everyKth = (list, n) => {
  if (n <= 0) return [];
  if (list.length <= n) return list.slice();
  const k = Math.ceil(list.length / n);
  return list.filter((_, i) => i % k === 0).slice(0, n);
};

export const hostOf = u => { try { return new URL(u).host; } catch { return ''; } };

/** The chosen pages: { id, repo, commit, path, member (object index in the file), url, site, textSha256, text }. */
export function pages() {
  const seen = new Set(), out = [];
  for (const src of SOURCES) {
    const objs = objects(fileText(src));
    const ok = [];
    objs.forEach((o, member) => {
      if (typeof o.content !== 'string') return;
      const text = o.content.replace(/\r\n?/g, '\n');
      if (text.length < 200 || text.length > 3000 || SIMPLIFIED.test(text)) return;
      const id = sha(text).slice(0, 16);
      if (seen.has(id)) return;
      seen.add(id);
      ok.push({ id, repo: src.repo, commit: src.commit, path: src.path, member, url: o.url ?? null, site: hostOf(o.url ?? ''), script: 'zh-Hant', textSha256: sha(text), text });
    });
    out.push(...everyKth(ok, PAGES_PER_FILE));
  }
  return out;
}

const TRAPS = [
  /(?:上午|下午|晚上|凌晨|中午|早上|清晨|傍晚|晚間|夜間|深夜|早晨)\s*[0-9０-９一二三四五六七八九十兩]{1,3}\s*[點时時](?:半|[0-9０-９一二三四五六七八九十]{1,3}分?)?/g,
  /[0-9０-９]{1,2}[:：][0-9０-９]{2}/g,
  /\(?0[0-9]{1,3}\)?[-\s]?[0-9]{3,4}[-\s]?[0-9]{3,4}/g,
  /[A-Za-z]+[-]?[0-9]+[A-Za-z]*|[0-9]+[A-Za-z]+/g,
  /一(?:些|起|直|般|樣|定|致|切|同|下|再|向|律|貫|旦|方面|邊|面|口氣|路|味|輩子|點|時)|(?:統|唯|萬|之|進|第)一|十分/g,
];
export const blank = t => TRAPS.reduce((s, re) => s.replace(re, m => '＿'.repeat(m.length)), t);
const SCORE = /[0-9０-９]{1,3}\s*[:：比]\s*[0-9０-９]{1,3}/g;
export const blank2 = t => blank(t.replace(SCORE, m => '＿'.repeat(m.length)));

/** Round 2 pages (RTHK stories), in SOURCES2 order, each with its file index. */
export function pages2() {
  const seen = new Set(), out = [];
  SOURCES2.forEach((src, fi) => {
    stories(fileText(src)).forEach((st, member) => {
      const text = st.text;
      if (text.length < 8 || SIMPLIFIED.test(text)) return;
      const id = sha(text).slice(0, 16);
      if (seen.has(id)) return;
      seen.add(id);
      out.push({ id, repo: src.repo, commit: src.commit, path: src.path, format: src.format, member, url: st.url, site: hostOf(st.url), script: 'zh-Hant', textSha256: sha(text), text, fi });
    });
  });
  return out;
}

export function select2() {
  const chosen = [];
  const all = pages2();
  SOURCES2.forEach((_, fi) => {
    const sents = [];
    for (const p of all.filter(q => q.fi === fi)) {
      for (const [a, b] of splitSentences(p.text, [[0, p.text.length]])) {
        if (b - a >= 8 && b - a <= 160) sents.push({ page: p.id, site: p.site, start: a, end: b, t: p.text.slice(a, b) });
      }
    }
    const cand = sents.filter(s => isCandidate(blank2(s.t)));
    const oneAPage = list => list.filter((s, i) => list.findIndex(x => x.page === s.page) === i);
    const fav = oneAPage(cand.filter(s => isFavoured(blank2(s.t))));
    const figs = everyKth(fav, R2_FIG);
    figs.push(...everyKth(oneAPage(cand.filter(s => !figs.some(f => f.page === s.page))), R2_FIG - figs.length));
    const used = new Set(figs.map(s => s.page));
    const non = sents.filter(s => !cand.includes(s) && !used.has(s.page));
    const hard = everyKth(oneAPage(non.filter(s => hasNumeral(s.t))), R2_HARD);
    const plain = everyKth(oneAPage(non.filter(s => !hasNumeral(s.t) && !hard.some(h => h.page === s.page))), R2_PLAIN);
    chosen.push(...figs.map(s => ({ ...s, role: 'figure' })), ...hard.map(s => ({ ...s, role: 'hard' })), ...plain.map(s => ({ ...s, role: 'plain' })));
  });
  return chosen;
}

/** One page's sentences (round 1's rule, shared with zh-figures-hant4): FIG_PER_PAGE candidates
 *  (favoured every k-th first, topped up with the others), then one negative, a hard one (a
 *  numeral in the raw text) if any, else a plain one; at most PAGE_CAP, in text order. `blankOf`
 *  blanks the traps before the candidate and favoured tests. */
export function pickPage(sents, blankOf, favoured) {
  const cand = sents.filter(s => isCandidate(blankOf(s.t)));
  const fav = cand.filter(s => favoured(blankOf(s.t)));
  const figs = everyKth(fav, FIG_PER_PAGE);
  figs.push(...everyKth(cand.filter(s => !figs.includes(s)), FIG_PER_PAGE - figs.length));
  const non = sents.filter(s => !cand.includes(s));
  const hard = non.filter(s => hasNumeral(s.t)), plain = non.filter(s => !hasNumeral(s.t));
  const neg = hard.length ? [{ ...everyKth(hard, 1)[0], role: 'hard' }] : plain.length ? [{ ...everyKth(plain, 1)[0], role: 'plain' }] : [];
  return [...figs.map(s => ({ ...s, role: 'figure' })), ...neg].slice(0, PAGE_CAP).sort((x, y) => x.start - y.start);
}

export function select() {
  const chosen = [];
  for (const p of pages()) {
    const sents = splitSentences(p.text, [[0, p.text.length]])
      .filter(([a, b]) => b - a >= 8 && b - a <= 160)
      .map(([a, b]) => ({ page: p.id, site: p.site, start: a, end: b, t: p.text.slice(a, b) }));
    chosen.push(...pickPage(sents, blank, isFavoured));
  }
  return chosen.concat(select2());
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (process.argv.includes('--pages')) {
    for (const { text, ...p } of pages()) console.log(JSON.stringify({ ...p, format: 'json' }));
    const used = new Set(select2().map(s => s.page));
    for (const { text, fi, ...p } of pages2()) if (used.has(p.id)) console.log(JSON.stringify(p));
  } else {
    const chosen = select();
    for (const s of chosen) console.log(`${s.page} ${s.start} ${s.end} ${s.role} ${s.site}`);
    const n = r => chosen.filter(s => s.role === r).length;
    console.error(`${chosen.length} sentences: ${n('figure')} candidates, ${n('hard')} hard negatives, ${n('plain')} plain, ${new Set(chosen.map(s => s.page)).size} pages`);
  }
}
