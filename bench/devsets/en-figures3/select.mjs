#!/usr/bin/env node
// Deterministic selection of the en-figures3 sentences (issue 18): a fresh DEVELOPMENT-ONLY set of
// real English news sentences from pages that NO other devset uses, made the way en-figures2 was.
// Prints one line a sentence: `<page> <start> <end> <role>` (role: money | figure | hard | plain | round2).
// Never runs figlens. Written and committed before any sentence was annotated.
//
//   node bench/devsets/en-figures3/select.mjs [--mirrors DIR] [--print]
//
// Sources (README.md gives commits and licences); pages are read exactly as en-figures and
// en-figures2 read them, set names are new:
//   en3-ctf  github:rodricios/crawl-to-the-future, dataset/<site>.7z, all TEN sites (SITES2 of
//            en-figures2), the four years the archives hold (2000, 2005, 2010, 2015: there are no
//            others); the `.txt` beside each saved page, decoded as en-figures does (UTF-8, else
//            windows-1252; CRLF -> LF; identical bytes kept once); page id
//            "<site without www.>-<year>-<first 10 hex of sha256 of the bytes>". Unpacked once
//            with python3 -m py7zr into en-figures2's UNPACKED2, read by its ctfPages2.
//   en3-aeb  github:scrapinghub/article-extraction-benchmark, ground-truth.json articleBody
//            (page "aeb-" + first 10 hex of the page key); only 8 of its English pages are left
//            unused by the figures sets, so its quotas are mostly unfilled (a handful of sentences).
//   A page is eligible when it is English prose (isEnglish of en-figures) and no other devset
//   uses it (usedKeys): not a page of ../en-figures or ../en-figures2 sentences.jsonl, and for a
//   crawl-to-the-future page neither its .txt nor its .html (member path, sha256 of the bytes,
//   first 10 hex of it, sha256 of the decoded text) is named by ../pages3/pages.jsonl,
//   ../dragnet/meta.jsonl, ../checks/selection.jsonl, ../checks2/selection.jsonl or
//   ../checks3/selection.jsonl. (../scrapinghub describes page structure of every benchmark
//   page, not figures: benchmark pages are eligible when no figures set used them.)
//
// Sentences: en-figures' splitSentences (same cuts, same length and prose filter), its candidate
// tests (isCandidate, isStrong, isHard). Order: every list below is in HASH ORDER, sentences
// sorted by sha256("en-figures3|" + page + "|" + start) (a fixed, seedless shuffle), and taken
// from its head. Per group (G = each crawl-to-the-future year, and the benchmark):
//   money  = strong candidates with a currency sign, %, a percent word or a money multiplier
//            (MONEY_RE): MONEY_CTF_YEAR a year, MONEY_AEB;
//   figure = other strong candidates (isStrong: a digit, currency sign, %, percent word, or a
//            spelled number other than one / half / third / quarter / twice; this includes
//            multipliers, fractions, "1 in 5", ranges): FIG_CTF_YEAR a year, FIG_AEB;
//   hard   = candidates not yet chosen with a HARD pattern of en-figures (time of day, score,
//            model or code, phone, version, "No. 5", "one of", "a couple", "no one", "the one",
//            "one day"…) and no currency sign, %, percent word or multiplier: HARD_CTF_YEAR a
//            year, HARD_AEB;
//   plain  = non-candidates: PLAIN_CTF_YEAR a year, PLAIN_AEB.
//   Roles are taken in that order (money, figure, hard, plain), groups in the order 2000, 2005,
//   2010, 2015, benchmark; a page gives at most PAGE_MAX sentences in all (picks over the cap
//   are skipped and the next in hash order is taken, so every quota is filled).
//   round2 = (added after round 1 above was annotated, before round 2 was: round 1 gave 213
//            sentences with a required figure, 57 of them with money or a percent; more money and
//            percent sentences were wanted for the business rules) among sentences not yet
//            chosen, those with a currency sign, %, a percent word or a money multiplier
//            (MONEY_RE), in the same hash order: ROUND2_CTF_YEAR a year, ROUND2_AEB; same page cap.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AEB, CTF, YEARS, aebPages, splitSentences, isCandidate, isStrong, isHard, isEnglish } from '../en-figures/select.mjs';
import { SITES2, UNPACKED2, ctfPages2 } from '../en-figures2/select.mjs';

export { AEB, CTF, YEARS, SITES2, MONEY_RE };
const MONEY_RE = /[$£€¥%]|\bper ?cent\b|\b(million|billion|trillion|bn|mln)\b|\d(m|bn|k)\b/i;
const MONEY_CTF_YEAR = 16, FIG_CTF_YEAR = 44, HARD_CTF_YEAR = 12, PLAIN_CTF_YEAR = 9;
const ROUND2_CTF_YEAR = 10, ROUND2_AEB = 4;
const MONEY_AEB = 6, FIG_AEB = 10, HARD_AEB = 6, PLAIN_AEB = 4, PAGE_MAX = 4;

const here = dirname(fileURLToPath(import.meta.url));
const sha = (b) => createHash('sha256').update(b).digest('hex');
/**
 * crawl-to-the-future pages exactly as en-figures2 reads them (its ctfPages2: the same
 * archives, unpacked once into UNPACKED2, the same decoding and order), with the keys other
 * sets may name them by: member paths of the .txt and the .html, the hashes of the file, of
 * the text and of the .html beside it.
 */
export function ctfPages3(mirrors) {
  return ctfPages2(mirrors).map((p) => {
    const [site, year, f] = relative(UNPACKED2, p.path).split(sep);
    const html = f.replace(/\.txt$/, '.html'), h = p.hash;
    const keys = [`${site}/${year}/${f}`, `${site}/${year}/${html}`, h, h.slice(0, 10), sha(p.text)];
    const htmlPath = join(dirname(p.path), html);
    if (existsSync(htmlPath)) { const hh = sha(readFileSync(htmlPath)); keys.push(hh, hh.slice(0, 10), hh.slice(0, 16)); }
    return { set: 'en3-ctf', page: p.page, source: p.source, year: p.year, text: p.text, keys };
  });
}

/** Every page id, member path and hex key (whole, and its first 10 and 16 digits) the other devsets hold. */
export function usedKeys() {
  const used = new Set();
  const files = ['en-figures/sentences.jsonl', 'en-figures2/sentences.jsonl', 'pages3/pages.jsonl', 'dragnet/meta.jsonl',
    'checks/selection.jsonl', 'checks2/selection.jsonl', 'checks3/selection.jsonl'];
  for (const f of files) {
    for (const l of readFileSync(join(here, '..', f), 'utf8').split('\n').filter(Boolean)) {
      const r = JSON.parse(l);
      for (const k of ['page', 'id', 'member']) if (r[k]) used.add(String(r[k]));
      for (const k of ['id', 'htmlSha256', 'textSha256']) {
        const hex = String(r[k] ?? '').match(/[0-9a-f]{10,}$/)?.[0];
        if (hex) for (const n of [10, 16, 64]) if (hex.length >= n) used.add(hex.slice(0, n));
      }
    }
  }
  return used;
}

/**
 * Takes sentences into `chosen` (keyed by page and start) in list order: `take(list, n, role,
 * cap)` takes the first n of `list` not chosen yet from pages that gave fewer than `cap`.
 */
export function picker(defaultCap) {
  const chosen = new Map(), perPage = new Map();
  const take = (list, n, role, cap = defaultCap) => {
    let got = 0;
    for (const s of list) {
      if (got >= n) break;
      if (chosen.has(sentenceKey(s)) || (perPage.get(s.page) ?? 0) >= cap) continue;
      chosen.set(sentenceKey(s), { ...s, role });
      perPage.set(s.page, (perPage.get(s.page) ?? 0) + 1);
      got++;
    }
  };
  return { chosen, take };
}

export const sentenceKey = (s) => `${s.page} ${s.start}`;

export function select(mirrors = '/work/.mirror') {
  const used = usedKeys();
  const aeb = aebPages(mirrors).map((p) => ({ ...p, set: 'en3-aeb', keys: [] }));
  const pages = [...aeb, ...ctfPages3(mirrors)].filter((p) => isEnglish(p.text) && !used.has(p.page) && !p.keys.some((k) => used.has(k)));
  const all = [];
  for (const p of pages) for (const [a, b] of splitSentences(p.text)) {
    const t = p.text.slice(a, b);
    all.push({ set: p.set, page: p.page, source: p.source, year: p.year, start: a, end: b, text: t, hash: sha(`en-figures3|${p.page}|${a}`),
      cand: isCandidate(t), strong: isStrong(t), money: isStrong(t) && MONEY_RE.test(t) });
  }
  all.sort((x, y) => (x.hash < y.hash ? -1 : x.hash > y.hash ? 1 : 0));
  const { chosen, take } = picker(PAGE_MAX);
  const groups = [...YEARS.map((y) => [all.filter((s) => s.set === 'en3-ctf' && s.year === y), MONEY_CTF_YEAR, FIG_CTF_YEAR, HARD_CTF_YEAR, PLAIN_CTF_YEAR]),
    [all.filter((s) => s.set === 'en3-aeb'), MONEY_AEB, FIG_AEB, HARD_AEB, PLAIN_AEB]];
  for (const [g, m] of groups) take(g.filter((s) => s.money), m, 'money');
  for (const [g, , f] of groups) take(g.filter((s) => s.strong && !s.money), f, 'figure');
  for (const [g, , , h] of groups) take(g.filter((s) => s.cand && !chosen.has(sentenceKey(s)) && isHard(s.text)), h, 'hard');
  for (const [g, , , , pl] of groups) take(g.filter((s) => !s.cand), pl, 'plain');
  groups.forEach(([g], i) => take(g.filter((s) => !chosen.has(sentenceKey(s)) && MONEY_RE.test(s.text)), i < YEARS.length ? ROUND2_CTF_YEAR : ROUND2_AEB, 'round2'));
  return { pages, sents: all, chosen: [...chosen.values()] };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const argv = process.argv.slice(2);
  const mirrors = argv.includes('--mirrors') ? argv[argv.indexOf('--mirrors') + 1] : '/work/.mirror';
  const { pages, sents, chosen } = select(mirrors);
  for (const s of chosen) console.log(`${s.page} ${s.start} ${s.end} ${s.role}${argv.includes('--print') ? '\t' + s.text : ''}`);
  const by = (f) => Object.entries(chosen.reduce((m, s) => ((m[f(s)] = (m[f(s)] ?? 0) + 1), m), {})).sort().map(([k, v]) => `${k} ${v}`).join(', ');
  console.error(`${pages.length} eligible pages (aeb ${pages.filter((p) => p.set === 'en3-aeb').length}); sentences ${sents.length}; ` +
    `selected ${chosen.length}: ${by((s) => s.role)}; pages ${new Set(chosen.map((s) => s.page)).size}\n  by source: ${by((s) => s.source)}\n  by year: ${by((s) => s.year ?? '2019-20')}`);
}
