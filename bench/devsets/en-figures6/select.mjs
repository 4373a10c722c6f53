#!/usr/bin/env node
// Deterministic selection of the en-figures6 sentences (issue 18): a fresh DEVELOPMENT-ONLY set of
// RTHK English news sentences, from the source en-figures5 used (github:raileo98/test2) but only
// stories no devset names (en-figures5's included), read at other commits. Prints one line a
// sentence: `<page> <start> <end> <role>` (role: cash | money | bound | figure | hard | plain).
// Never runs figlens. Written and committed before any sentence was annotated.
//
//   node bench/devsets/en-figures6/select.mjs [--mirrors DIR] [--print] [--write-pages]
//
// --write-pages writes pages.jsonl: one line a selected story (page, repository, commit, path,
// url, outlet, date, textSha256).
//
// Source: github:raileo98/test2 read at HEAD 82f49e050ba22758c42d69880fa6571d8ad1fdeb (bare mirror
// under --mirrors; en-figures5's SRC):
//   commits = for every THURSDAY 12:00 UTC from 2024-04-25 to 2025-04-24 (53 weeks; en-figures5
//             took the commits before each Monday 00:00), the last commit (git log --first-parent
//             of HEAD, committer time) before it, then HEAD itself (2025-07-22; its feeds end at
//             2025-04-17: the history holds no commit from 2025-04-28 to 2025-07-21, so no story
//             of 2025-05..07 exists in it);
//   feeds   = en-figures5's (FEEDS, .rss before .xml at each commit);
//   stories = each <item>: its <link> (…/k2/<N>-<YYYYMMDD>.htm), its <title> and the <div
//             class="itemFullText"> of its description. TEXT = the headline (title: CDATA
//             unwrapped, then en-figures5's storyText: tags removed, entities decoded, white space
//             collapsed) + LF + the full text as en-figures5's storyText makes it (paragraphs
//             joined by LF). Page id "rthk-<N>", outlet its feed. Kept once: the first occurrence
//             (commits oldest first, feeds in FEEDS order) of each story number and of each text.
//   A story is left out when any devset (en-figures5 included) names its URL, its page id, the
//   sha256 of its text or the sha256 of its headline-less text (en-figures5's text), or when its
//   full text is shorter than 100 characters.
//
// Sentences: en-figures' splitSentences and candidate tests (isCandidate, isStrong, isHard),
// en-figures5's MONEY5, BOUND_RE and CASH_RE, en-figures3's picker. Order: HASH ORDER, sentences
// sorted by sha256("en-figures6|" + page + "|" + start); then, within every role and outlet, the
// list is dealt ROUND ROBIN over the months of publication (the story date in its URL): round i
// holds the i-th sentence (hash order) of every month, a round's sentences in hash order, so that every month gives about as many
// sentences and the months en-figures5 took least from (2024-09, 2024-04, 2024-10, 2025-02) are
// not thinned. Roles, taken in this order, outlets in FEEDS order within a role (QUOTA below):
//   cash   = sentences with a currency amount (CASH_RE: a currency sign before a digit, "N yuan /
//            renminbi / euros");
//   money  = other strong candidates matching MONEY5 (%, percent word, money multiplier …);
//   bound  = other strong candidates with a bound or range word (BOUND_RE);
//   figure = other strong candidates (isStrong);
//   hard   = candidates not yet chosen matching isHard (time, score, code, "No. 5", "one of" …)
//            with no MONEY5 match;
//   plain  = non-candidates.
//   A story gives at most PAGE_MAX (3) sentences (picks over the cap are skipped and the next is
//   taken).
import { createHash } from 'node:crypto';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { splitSentences, isCandidate, isStrong, isHard } from '../en-figures/select.mjs';
import { picker, sentenceKey } from '../en-figures3/select.mjs';
import { SRC, MONEY5, BOUND_RE, CASH_RE, storyText, usedKeysBut, FEEDS, commitsBefore, feedFiles, feedStories, selectCli } from '../en-figures5/select.mjs';

const outletOf = (f) => f || 'all';
// cash / money / bound / figure / hard / plain a story outlet (the all-news feed repeats the
// other five; it has no quota).
const QUOTA = {
  local: [10, 13, 10, 25, 14, 8], finance: [12, 22, 7, 11, 6, 6], greaterChina: [4, 8, 8, 17, 10, 5],
  world: [4, 7, 8, 19, 10, 5], sport: [0, 3, 9, 17, 14, 5], all: [0, 0, 0, 0, 0, 0],
};
const PAGE_MAX = 3;
const FIRST_THURSDAY = Date.UTC(2024, 3, 25, 12), WEEKS = 53;

const here = dirname(fileURLToPath(import.meta.url));
const sha = (t) => createHash('sha256').update(t).digest('hex');

/** The Thursday commits (the last commit before each Thursday 12:00 UTC), then HEAD. */
export function thursdayCommits(mirrors) {
  const out = commitsBefore(mirrors, FIRST_THURSDAY, WEEKS);
  if (!out.includes(SRC.commit)) out.push(SRC.commit);
  return out;
}

/** The stories of one feed file: { num, date, url, text (headline + LF + full text), body }. */
export function feedStories6(xml) {
  return feedStories(xml).map((s) => {
    const head = storyText(s.title).replace(/\n/g, ' ');
    return { num: s.num, date: s.date, url: s.url, body: s.text, text: head ? head + '\n' + s.text : s.text };
  });
}

/** Every story (page) of the Thursday commits, deduplicated, in first-seen order. */
export function rthkPages6(mirrors) {
  const used = usedKeysBut('en-figures6');
  const seenNum = new Set(), seenText = new Set(), pages = [];
  for (const c of thursdayCommits(mirrors)) {
    for (const { feed, path, xml } of feedFiles(mirrors, c)) {
      for (const s of feedStories6(xml)) {
        const h = sha(s.text), hb = sha(s.body), page = `rthk-${s.num}`;
        if (seenNum.has(s.num) || seenText.has(h) || seenText.has(hb)) continue;
        seenNum.add(s.num); seenText.add(h); seenText.add(hb);
        if (s.body.length < 100 || used.has(s.url) || used.has(page) || used.has(h) || used.has(hb)) continue;
        pages.push({ set: 'en6-rthk', page, source: outletOf(feed), date: s.date, url: s.url, commit: c, path, text: s.text, textSha256: h });
      }
    }
  }
  return pages;
}

/** `list` dealt round robin over its months: round i holds the i-th sentence of every month (each
 *  month keeps the list's order), a round's sentences in hash order. */
export function byMonthRoundRobin(list) {
  const months = new Map();
  for (const s of list) {
    const m = s.date.slice(0, 6);
    if (!months.has(m)) months.set(m, []);
    months.get(m).push(s);
  }
  const queues = [...months.keys()].sort().map((m) => months.get(m));
  const out = [];
  for (let i = 0; out.length < list.length; i++) {
    out.push(...queues.filter((q) => i < q.length).map((q) => q[i]).sort((x, y) => (x.hash < y.hash ? -1 : x.hash > y.hash ? 1 : 0)));
  }
  return out;
}

export function select(mirrors = '/work/.mirror') {
  const pages = rthkPages6(mirrors);
  const all = [];
  for (const p of pages) for (const [a, b] of splitSentences(p.text)) {
    const t = p.text.slice(a, b);
    const strong = isStrong(t), cash = CASH_RE.test(t), money = strong && MONEY5.test(t);
    all.push({ set: p.set, page: p.page, source: p.source, date: p.date, start: a, end: b, text: t, hash: sha(`en-figures6|${p.page}|${a}`),
      cand: isCandidate(t), strong, cash, money, bound: strong && !money && BOUND_RE.test(t) });
  }
  all.sort((x, y) => (x.hash < y.hash ? -1 : x.hash > y.hash ? 1 : 0));
  const { chosen, take } = picker(PAGE_MAX);
  const groups = FEEDS.map((f) => [outletOf(f), all.filter((s) => s.source === outletOf(f))]);
  const roles = [
    ['cash', (s) => s.cash], ['money', (s) => s.money], ['bound', (s) => s.bound], ['figure', (s) => s.strong && !s.money],
    ['hard', (s) => s.cand && isHard(s.text) && !MONEY5.test(s.text)], ['plain', (s) => !s.cand],
  ];
  roles.forEach(([role, test], i) => {
    for (const [o, g] of groups) take(byMonthRoundRobin(g.filter((s) => !chosen.has(sentenceKey(s)) && test(s))), QUOTA[o][i], role);
  });
  return { pages, sents: all, chosen: [...chosen.values()] };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) selectCli(select, here, (chosen, by) => `\n  by month: ${by((s) => s.date.slice(0, 6))}`);
