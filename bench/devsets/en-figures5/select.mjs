#!/usr/bin/env node
// Deterministic selection of the en-figures5 sentences (issue 18): a fresh DEVELOPMENT-ONLY set of
// real English news sentences from a source no other devset uses (RTHK's English news), made the
// way en-figures4 was. Prints one line a sentence: `<page> <start> <end> <role>` (role: money |
// bound | figure | hard | plain; cash2 for round 2). Never runs figlens. Written and committed
// before any sentence was annotated (round 2 before any round 2 sentence was).
//
//   node bench/devsets/en-figures5/select.mjs [--mirrors DIR] [--print] [--write-pages]
//
// --write-pages writes pages.jsonl: one line a selected story (page, repository, commit, path,
// url, outlet, date, textSha256).
//
// Source (README.md gives the licence): github:raileo98/test2, a GitHub Action that saves RTHK's
// (Radio Television Hong Kong, news.rthk.hk) news feeds every few minutes. Read at HEAD commit
// 82f49e050ba22758c42d69880fa6571d8ad1fdeb (bare mirror under --mirrors):
//   commits = for every Monday 00:00 UTC from 2024-04-29 to 2025-04-28 (53 weeks), the last
//             commit (git log --first-parent of HEAD, committer time) before it;
//   feeds   = hk_rthk_<feed>_en.rss at that commit if it exists (2024), else hk_rthk_<feed>_en.xml
//             (later; the same RSS layout), feeds in the order FEEDS below (local, finance,
//             greaterChina, world, sport, then the all-news feed `hk_rthk_en`);
//   stories = each <item>: its <link> (https://news.rthk.hk/rthk/en/component/k2/<N>-<YYYYMMDD>.htm)
//             and the <div class="itemFullText"> of its description: cut into paragraphs at <br>,
//             <p>, </p>, <li>, <hr>; tags removed; entities decoded; white space collapsed to one
//             space and removed before , . ; : ! ? ) and after ( (the feed's pretty-printing puts
//             line breaks around inline tags); paragraphs trimmed, empty ones dropped, joined by
//             LF. The headline and image caption are not part of the text. A story is a page:
//             id "rthk-<N>", outlet its feed. Kept once: the first occurrence (commits oldest
//             first, feeds in FEEDS order) of each story number and of each text (sha256).
//   A story is left out when another devset names its URL, its page id or the sha256 of its text
//   (any pages.jsonl / sentences.jsonl / meta.jsonl / selection.jsonl under bench/devsets), or
//   when its text is shorter than 100 characters.
//
// Sentences: en-figures' splitSentences, its candidate tests (isCandidate, isStrong, isHard),
// en-figures3's MONEY_RE widened by yuan / renminbi / euro(s) / HK$-style codes (MONEY5).
// Order: every list is in HASH ORDER, sentences sorted by sha256("en-figures5|" + page + "|" +
// start) (a fixed, seedless shuffle), taken from its head. Per outlet (QUOTA below):
//   money  = strong candidates matching MONEY5 (currency, %, percent word, money multiplier, yuan);
//   bound  = other strong candidates with a bound or range word (BOUND_RE: more than, over, up to,
//            at least, between, about, nearly, from … to, a digit range …);
//   figure = other strong candidates (isStrong);
//   hard   = candidates not yet chosen matching isHard (time, score, code, "No. 5", "one of" …)
//            with no MONEY5 match;
//   plain  = non-candidates.
//   Roles are taken in that order, outlets in FEEDS order within a role; a story gives at most
//   PAGE_MAX (3) sentences (picks over the cap are skipped and the next in hash order is taken).
//   round 2 (added after round 1 above was annotated, before round 2 was: round 1 gave 276
//   sentences, 196 with a required figure, but only 20 required money figures: MONEY5's percent
//   words took most of the money quota): role cash2 = sentences not yet chosen with a currency
//   amount (CASH_RE: a currency sign, HK$ / US$ …, "yuan", "renminbi", "euros"), in the same hash
//   order and page cap, R2_CASH an outlet. Round 1's selection is unchanged by it.
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { splitSentences, isCandidate, isStrong, isHard } from '../en-figures/select.mjs';
import { picker, sentenceKey, MONEY_RE } from '../en-figures3/select.mjs';

export const SRC = { repo: 'raileo98/test2', commit: '82f49e050ba22758c42d69880fa6571d8ad1fdeb' };
export const FEEDS = ['local', 'finance', 'greaterChina', 'world', 'sport', ''];
const outletOf = (f) => f || 'all';
// money / bound / figure / hard / plain a story outlet (the all-news feed repeats the other five:
// 10 of its stories are left after deduplication, so it has no quota).
const QUOTA = {
  local: [22, 10, 22, 12, 8], finance: [31, 6, 10, 6, 6], greaterChina: [10, 8, 16, 8, 5],
  world: [8, 8, 18, 8, 5], sport: [4, 8, 18, 14, 5], all: [0, 0, 0, 0, 0],
};
const PAGE_MAX = 3;
const R2_CASH = { local: 8, finance: 8, greaterChina: 2, world: 2, sport: 0, all: 0 };
export const CASH_RE = /[$£€¥]\s?\d|\d\s?(yuan|renminbi|euros)\b|\b(million|billion|trillion) (yuan|renminbi|euros)\b/;
const FIRST_MONDAY = Date.UTC(2024, 3, 29), WEEKS = 53;
export const MONEY5 = new RegExp(MONEY_RE.source + '|\\b(yuan|renminbi|euros?|yen|pounds sterling)\\b', 'i');
export const BOUND_RE = /\b(more than|over|above|up to|at least|at most|less than|fewer than|under|below|between|about|around|nearly|almost|roughly|some|as many as|as much as|close to|from\b.{1,30}\bto)\b|\d\s?(-|–|to)\s?\d/i;

const here = dirname(fileURLToPath(import.meta.url));
const sha = (t) => createHash('sha256').update(t).digest('hex');
const gitDir = (mirrors) => {
  const base = join(mirrors, SRC.repo.replace('/', '+'), 'repo');
  for (const d of [join(base, '.git'), base]) if (existsSync(join(d, 'objects'))) return d;
  throw new Error(`no mirror of ${SRC.repo} under ${base} (fetch github:${SRC.repo})`);
};
const git = (mirrors, ...args) => execFileSync('git', ['--git-dir', gitDir(mirrors), ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });

/** For each of `weeks` weekly instants from `first` (ms UTC), the last commit before it (once). */
export function commitsBefore(mirrors, first, weeks = WEEKS) {
  const log = git(mirrors, 'log', '--first-parent', '--format=%H %ct', SRC.commit).trim().split('\n').map((l) => l.split(' '))
    .map(([h, t]) => [h, Number(t) * 1000]); // newest first
  const out = [];
  for (let w = 0; w < weeks; w++) {
    const t = first + w * 7 * 86400000;
    const c = log.find(([, ct]) => ct < t);
    if (c && !out.includes(c[0])) out.push(c[0]);
  }
  return out;
}

/** The weekly commits: for each Monday 00:00 UTC, the last commit before it. */
export const weeklyCommits = (mirrors) => commitsBefore(mirrors, FIRST_MONDAY);

/** The English feed files of one commit, in FEEDS order (.rss before .xml): { feed, path, xml }. */
export function feedFiles(mirrors, commit) {
  const files = new Set(git(mirrors, 'ls-tree', '--name-only', commit).split('\n'));
  const out = [];
  for (const feed of FEEDS) {
    const base = `hk_rthk${feed ? '_' + feed : ''}_en`;
    const path = files.has(base + '.rss') ? base + '.rss' : files.has(base + '.xml') ? base + '.xml' : null;
    if (path) out.push({ feed, path, xml: git(mirrors, 'show', `${commit}:${path}`) });
  }
  return out;
}

const ENT = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“', ndash: '–', mdash: '—', hellip: '…' };
const decode = (s) => s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e) =>
  e[0] === '#' ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : ENT[e.toLowerCase()] ?? m);

/** The story text of an itemFullText div's HTML (see the header). */
export function storyText(html) {
  return html.split(/<br\s*\/?>|<\/?p\b[^>]*>|<li\b[^>]*>|<hr\b[^>]*>/i)
    .map((p) => decode(p.replace(/<[^>]*>/g, ' ')).replace(/\s+/g, ' ').replace(/\s+([,.;:!?)])/g, '$1').replace(/\(\s+/g, '(').trim())
    .filter(Boolean).join('\n');
}

/** The stories of one feed file: { num, date, url, title (its headline's HTML), text }. */
export function feedStories(xml) {
  const out = [];
  for (const m of xml.matchAll(/<item>([\s\S]*?)<\/item>/g)) {
    const url = m[1].match(/<link>\s*(\S+?)\s*<\/link>/)?.[1] ?? '';
    const id = url.match(/\/k2\/(\d+)-(\d{8})\.htm/);
    const body = m[1].match(/<div class="itemFullText">([\s\S]*?)<\/div>/)?.[1];
    const title = (m[1].match(/<title>([\s\S]*?)<\/title>/)?.[1] ?? '').replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, '$1');
    if (!id || body == null) continue;
    out.push({ num: id[1], date: id[2], url, title, text: storyText(body) });
  }
  return out;
}

/** URLs, page ids and text hashes named by the devsets other than `self`. */
export function usedKeysBut(self) {
  const used = new Set();
  const root = join(here, '..');
  for (const d of readdirSync(root)) {
    if (d === self) continue;
    for (const f of ['pages.jsonl', 'sentences.jsonl', 'meta.jsonl', 'selection.jsonl']) {
      const p = join(root, d, f);
      if (!existsSync(p)) continue;
      for (const l of readFileSync(p, 'utf8').split('\n').filter(Boolean)) {
        const r = JSON.parse(l);
        for (const k of ['url', 'page', 'id', 'textSha256', 'member']) if (r[k] != null) used.add(String(r[k]));
      }
    }
  }
  return used;
}

/** Every story (page) of the weekly commits, deduplicated, in first-seen order. */
export function rthkPages(mirrors) {
  const used = usedKeysBut('en-figures5');
  const seenNum = new Set(), seenText = new Set(), pages = [];
  for (const c of weeklyCommits(mirrors)) {
    for (const { feed, path, xml } of feedFiles(mirrors, c)) {
      for (const s of feedStories(xml)) {
        const h = sha(s.text), page = `rthk-${s.num}`;
        if (seenNum.has(s.num) || seenText.has(h)) continue;
        seenNum.add(s.num); seenText.add(h);
        if (s.text.length < 100 || used.has(s.url) || used.has(page) || used.has(h)) continue;
        pages.push({ set: 'en5-rthk', page, source: outletOf(feed), date: s.date, url: s.url, commit: c, path, text: s.text, textSha256: h });
      }
    }
  }
  return pages;
}

export function select(mirrors = '/work/.mirror') {
  const pages = rthkPages(mirrors);
  const all = [];
  for (const p of pages) for (const [a, b] of splitSentences(p.text)) {
    const t = p.text.slice(a, b);
    const strong = isStrong(t), money = strong && MONEY5.test(t);
    all.push({ set: p.set, page: p.page, source: p.source, start: a, end: b, text: t, hash: sha(`en-figures5|${p.page}|${a}`),
      cand: isCandidate(t), strong, money, bound: strong && !money && BOUND_RE.test(t) });
  }
  all.sort((x, y) => (x.hash < y.hash ? -1 : x.hash > y.hash ? 1 : 0));
  const { chosen, take } = picker(PAGE_MAX);
  const groups = FEEDS.map((f) => [outletOf(f), all.filter((s) => s.source === outletOf(f))]);
  const roles = [
    ['money', (s) => s.money], ['bound', (s) => s.bound], ['figure', (s) => s.strong && !s.money],
    ['hard', (s) => s.cand && isHard(s.text) && !MONEY5.test(s.text)], ['plain', (s) => !s.cand],
  ];
  roles.forEach(([role, test], i) => {
    for (const [o, g] of groups) take(g.filter((s) => !chosen.has(sentenceKey(s)) && test(s)), QUOTA[o][i], role);
  });
  for (const [o, g] of groups) take(g.filter((s) => !chosen.has(sentenceKey(s)) && CASH_RE.test(s.text)), R2_CASH[o], 'cash2');
  return { pages, sents: all, chosen: [...chosen.values()] };
}

/** The select scripts' command line (en-figures5, en-figures6): prints the selection, writes
 *  pages.jsonl with --write-pages, and a summary on stderr (`extra(chosen, by)` adds lines). */
export function selectCli(select, here, extra = () => '') {
  const argv = process.argv.slice(2);
  const mirrors = argv.includes('--mirrors') ? argv[argv.indexOf('--mirrors') + 1] : '/work/.mirror';
  const { pages, sents, chosen } = select(mirrors);
  if (argv.includes('--write-pages')) {
    const want = new Set(chosen.map((s) => s.page));
    writeFileSync(join(here, 'pages.jsonl'), pages.filter((p) => want.has(p.page)).map((p) => JSON.stringify({ page: p.page, repo: SRC.repo,
      commit: p.commit, path: p.path, url: p.url, outlet: p.source, date: p.date, textSha256: p.textSha256 }) + '\n').join(''));
  }
  for (const s of chosen) console.log(`${s.page} ${s.start} ${s.end} ${s.role}${argv.includes('--print') ? '\t' + s.text : ''}`);
  const by = (f) => Object.entries(chosen.reduce((m, s) => ((m[f(s)] = (m[f(s)] ?? 0) + 1), m), {})).sort().map(([k, v]) => `${k} ${v}`).join(', ');
  console.error(`${pages.length} eligible pages (${Object.entries(pages.reduce((m, p) => ((m[p.source] = (m[p.source] ?? 0) + 1), m), {})).map(([k, v]) => `${k} ${v}`).join(', ')}); sentences ${sents.length}; ` +
    `selected ${chosen.length}: ${by((s) => s.role)}; pages ${new Set(chosen.map((s) => s.page)).size}\n  by outlet: ${by((s) => s.source)}` + extra(chosen, by));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) selectCli(select, here);
