#!/usr/bin/env node
// Deterministic selection of the pages5 development set (written and committed before any page
// was annotated): the continuation of pages4's ranking. English only.
//
//   node bench/devsets/pages5/select.mjs [--mirrors /work/.mirror] > /work/pages5/candidates.txt
//
// Prints one candidate a line in pages3's candidate format (../pages3/rebuild.mjs --candidates):
//   en TAB <site>/<year> TAB <pages4 rank> TAB rodricios/crawl-to-the-future TAB <commit> TAB dataset/<site>.7z!<member>
//
// Rule. ../pages4/select.mjs ranks the eligible pages of every outlet-year of
// rodricios/crawl-to-the-future (ten outlets x 2000, 2005, 2010, 2015) by
// sha256("pages4|" + member path) (its ranked4(), unchanged: pages4's selection stays as it was).
// pages5 takes, in that order, every ranked page that
//   - pages4 did not take (the members of ../pages4/pages.jsonl),
//   - pages4 did not find unusable (P4_UNUSABLE below: the ranks its README lists),
//   - no set made after pages4's eligibility was fixed uses: not a page of
//     ../en-figures4/sentences.jsonl (en-figures4 was made alongside pages4 and took sentences
//     from 163 of pages4's 264 eligible pages; pages4 did not exclude them, pages5 does),
//   - is not the same story as a pages3, pages4 or dragnet page (SAME_STORY below: a later save
//     or another page of a story those sets hold, found by comparing <title>s and URLs).
// Order of printing: rounds, as pages4: round 1 is the first remaining page of each outlet-year
// (outlets alphabetical, years ascending), round 2 the second, and so on until all are printed.
// Nothing is left out for quota: the pool left after the exclusions is small (about 60 pages),
// so ALL of it is the candidate list; a page found unusable on reading (not an article page:
// index, gallery, listing, tool page; navigates away; no article text without JavaScript) is
// dropped and README.md names it.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CTF } from '../en-figures3/select.mjs';
import { ranked4 } from '../pages4/select.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const jsonl = (f) => readFileSync(join(here, '..', f), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));

/** pages4's unusable pages (its README), by outlet-year and pages4 rank. */
export const P4_UNUSABLE = {
  'entertainment.msn.com/2005': [1, 3, 4],
  'www.forbes.com/2000': [1, 2, 4],
  'www.forbes.com/2010': [1],
  'www.latimes.com/2000': [1],
  'www.nymag.com/2000': [1, 2, 4],
  'www.nymag.com/2005': [1, 2],
  'thenation.com/2000': [2],
  'www.esquire.com/2000': [1],
};
/** Pages of a story a pages3, pages4 or dragnet page already holds. */
export const SAME_STORY = [
  // page 2 of "Bill Clinton: The Exit Interview"; dragnet holds page 3, same headline block (pages4's call)
  "www.esquire.com/2000/Esquire Feature Story - Bill Clinton The Exit Interview 2.html",
  // "Alyssa Milano Gets 'Challenged'", saved 2010-04-17; dragnet holds the 2010-04-19 save
  "entertainment.msn.com/2010/20100417063002Alyssa Milano Gets 'Challenged'_html.html",
];

export function select5(mirrors = '/work/.mirror') {
  const taken4 = new Set(jsonl('pages4/pages.jsonl').map((r) => r.member));
  const ef4 = new Set(jsonl('en-figures4/sentences.jsonl').map((r) => r.page));
  const same = new Set(SAME_STORY);
  const rows = [];
  for (const [k, g] of ranked4(mirrors)) {
    const left = g
      .map((p, i) => ({ ...p, k, rank: i + 1 }))
      .filter((p) => !taken4.has(p.member) && !(P4_UNUSABLE[k] ?? []).includes(p.rank) && !ef4.has(p.page) && !same.has(p.member));
    left.forEach((p, i) => rows.push({ ...p, round: i + 1 }));
  }
  rows.sort((x, y) => x.round - y.round || (x.k < y.k ? -1 : 1));
  return rows;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const argv = process.argv.slice(2);
  const rows = select5(argv[0] === '--mirrors' ? argv[1] : '/work/.mirror');
  for (const r of rows) console.log(['en', r.k, r.rank, CTF.repo, CTF.commit, `dataset/${r.k.split('/')[0]}.7z!${r.member}`].join('\t'));
  const groups = new Set(rows.map((r) => r.k));
  console.error(`${rows.length} candidates in ${groups.size} outlet-years, ${new Set(rows.map((r) => r.k.split('/')[0])).size} outlets`);
}
