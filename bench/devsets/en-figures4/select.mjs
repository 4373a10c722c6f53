#!/usr/bin/env node
// Deterministic selection of the en-figures4 sentences (issue 18): a fresh DEVELOPMENT-ONLY set of
// real English news sentences from pages that NO other devset uses, made the way en-figures3 was.
// Prints one line a sentence: `<page> <start> <end> <role>` (role: money | figure | hard | plain, and money2 … plain2 for round 2, money3 … plain3 for round 3).
// Never runs figlens. Written and committed before any sentence was annotated.
//
//   node bench/devsets/en-figures4/select.mjs [--mirrors DIR] [--print]
//
// Source (README.md gives the commit and licence): github:rodricios/crawl-to-the-future,
// dataset/<site>.7z, all TEN sites, the four years the archives hold (2000, 2005, 2010, 2015),
// read exactly as en-figures3 reads them (its ctfPages3, over en-figures2's ctfPages2; page id
// "<site without www.>-<year>-<first 10 hex of sha256 of the bytes>"), set name en4-ctf.
// The scrapinghub benchmark is not used: every English page of it is already used by
// en-figures, en-figures2 or en-figures3.
//   A page is eligible when it is English prose (isEnglish of en-figures) and no other devset
//   uses it: en-figures3's usedKeys (pages of ../en-figures, ../en-figures2 sentences.jsonl;
//   .txt or .html named by ../pages3, ../dragnet, ../checks, ../checks2, ../checks3) plus every
//   page of ../en-figures3/sentences.jsonl.
//
// Sentences: en-figures' splitSentences, its candidate tests (isCandidate, isStrong, isHard).
// Order: every list below is in HASH ORDER, sentences sorted by
// sha256("en-figures4|" + page + "|" + start) (a fixed, seedless shuffle), taken from its head.
// Per year group (2000, 2005, 2010, 2015):
//   money  = strong candidates with a currency sign, %, a percent word or a money multiplier
//            (MONEY_RE of en-figures3): MONEY a year;
//   figure = other strong candidates (isStrong): FIG a year;
//   hard   = candidates not yet chosen matching isHard, with no MONEY_RE match: HARD a year;
//   plain  = non-candidates: PLAIN a year.
//   Roles are taken in that order (money, figure, hard, plain), years in order; a page gives at
//   most PAGE_MAX sentences in all (picks over the cap are skipped and the next in hash order is
//   taken). PAGE_MAX is 2 (not 4) so that the set spreads over more pages. The quotas are small
//   (28 a year) because the set had to be annotated within one short session.
//   round 2 (added after round 1 above was annotated, before round 2 was: round 1 gave 107
//   sentences, 73 with a required figure, 26 of them with money or a percent; the session had
//   time for more): the same four roles again, taken after all of round 1 in the same hash order
//   and page cap, R2_MONEY, R2_FIG, R2_HARD, R2_PLAIN a year; roles money2, figure2, hard2,
//   plain2. Round 1's selection is unchanged by it.
//   round 3 (added after round 2 was annotated, before round 3 was: rounds 1-2 gave 195
//   sentences, 136 with a required figure, 46 of them with money or a percent; the money2 quota
//   ran short at two sentences a page): the four roles again after round 2, R3_MONEY, R3_FIG,
//   R3_HARD, R3_PLAIN a year, with the page cap raised to R3_PAGE_MAX (3) for round 3 only;
//   roles money3, figure3, hard3, plain3. Rounds 1 and 2 are unchanged by it.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { YEARS, splitSentences, isCandidate, isStrong, isHard, isEnglish } from '../en-figures/select.mjs';
import { ctfPages3, usedKeys, picker, sentenceKey, MONEY_RE } from '../en-figures3/select.mjs';

const MONEY = 8, FIG = 13, HARD = 4, PLAIN = 3, PAGE_MAX = 2;
const R2_MONEY = 8, R2_FIG = 12, R2_HARD = 3, R2_PLAIN = 2;
const R3_MONEY = 10, R3_FIG = 15, R3_HARD = 4, R3_PLAIN = 3, R3_PAGE_MAX = 3;

const here = dirname(fileURLToPath(import.meta.url));
const sha = (b) => createHash('sha256').update(b).digest('hex');

/** en-figures3's used keys plus the pages of en-figures3 itself. */
export function usedKeys4() {
  const used = usedKeys();
  for (const l of readFileSync(join(here, '..', 'en-figures3/sentences.jsonl'), 'utf8').split('\n').filter(Boolean)) used.add(JSON.parse(l).page);
  return used;
}

export function select(mirrors = '/work/.mirror') {
  const used = usedKeys4();
  const pages = ctfPages3(mirrors).map((p) => ({ ...p, set: 'en4-ctf' }))
    .filter((p) => isEnglish(p.text) && !used.has(p.page) && !p.keys.some((k) => used.has(k)));
  const all = [];
  for (const p of pages) for (const [a, b] of splitSentences(p.text)) {
    const t = p.text.slice(a, b);
    all.push({ set: p.set, page: p.page, source: p.source, year: p.year, start: a, end: b, text: t, hash: sha(`en-figures4|${p.page}|${a}`),
      cand: isCandidate(t), strong: isStrong(t), money: isStrong(t) && MONEY_RE.test(t) });
  }
  all.sort((x, y) => (x.hash < y.hash ? -1 : x.hash > y.hash ? 1 : 0));
  const { chosen, take } = picker(PAGE_MAX);
  const groups = YEARS.map((y) => all.filter((s) => s.year === y));
  // Rounds 1-3, each its four roles in order (role names money, money2, money3 …).
  const rounds = [[MONEY, FIG, HARD, PLAIN, PAGE_MAX, ''], [R2_MONEY, R2_FIG, R2_HARD, R2_PLAIN, PAGE_MAX, '2'],
    [R3_MONEY, R3_FIG, R3_HARD, R3_PLAIN, R3_PAGE_MAX, '3']];
  for (const [money, fig, hard, plain, cap, r] of rounds) {
    for (const g of groups) take(g.filter((s) => s.money), money, 'money' + r, cap);
    for (const g of groups) take(g.filter((s) => s.strong && !s.money), fig, 'figure' + r, cap);
    for (const g of groups) take(g.filter((s) => s.cand && !chosen.has(sentenceKey(s)) && isHard(s.text) && !MONEY_RE.test(s.text)), hard, 'hard' + r, cap);
    for (const g of groups) take(g.filter((s) => !s.cand), plain, 'plain' + r, cap);
  }
  return { pages, sents: all, chosen: [...chosen.values()] };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const argv = process.argv.slice(2);
  const mirrors = argv.includes('--mirrors') ? argv[argv.indexOf('--mirrors') + 1] : '/work/.mirror';
  const { pages, sents, chosen } = select(mirrors);
  for (const s of chosen) console.log(`${s.page} ${s.start} ${s.end} ${s.role}${argv.includes('--print') ? '\t' + s.text : ''}`);
  const by = (f) => Object.entries(chosen.reduce((m, s) => ((m[f(s)] = (m[f(s)] ?? 0) + 1), m), {})).sort().map(([k, v]) => `${k} ${v}`).join(', ');
  console.error(`${pages.length} eligible pages; sentences ${sents.length}; ` +
    `selected ${chosen.length}: ${by((s) => s.role)}; pages ${new Set(chosen.map((s) => s.page)).size}\n  by source: ${by((s) => s.source)}\n  by year: ${by((s) => s.year)}`);
}
