#!/usr/bin/env node
// Selects issue 20's FOURTH coverage set (checks4), a second held-out measure of the checker's
// coverage: 50 real articles rich in arithmetic relations, 25 English and 25 Chinese, none of them
// a page any other development set uses. A continuation of checks3's rule (the next candidates in
// its order), with the sources topped up where they ran short. Deterministic; written and
// committed before any annotation. Runs no part of figlens.
//
//   node bench/devsets/checks4/select.mjs [--mirrors DIR] [--out FILE] [--print N]
//
// --mirrors  fetched repositories (default /work/.mirror: rodricios/crawl-to-the-future,
//            raileo98/test2, TaiwanStat/Taiwan-news-crawlers,
//            immortal-autumn/Chinese-Web-Content-Extraction-Dataset)
// --out      default bench/devsets/checks4/selection.jsonl
// --print N  also print the top N of each stratum with their scores (to stderr)
//
// Rule:
// 1. Candidates (common.mjs), every page that NO other set names (every selection, pages,
//    sentences, relations and meta .jsonl under bench/devsets, plus the sets of session branches
//    not yet merged, common.mjs PENDING: ids, page ids, members, repo+path+member, URLs, text and
//    html hashes):
//    English   ctf: crawl-to-the-future's article texts as checks2/checks3 read them (only 9 are
//              left after checks3, en-figures3/4 and pages4/5), then
//              rthk: RTHK English stories of raileo98/test2 as en-figures5 reads them (its
//              rthkPages), none that en-figures5 or en-figures6 uses;
//    Simplified cwced: cwced's gold bodies (as checks2/checks3);
//    Traditional tw: TaiwanStat/Taiwan-news-crawlers' six article files as zh-figures-hant4 reads
//              them (apple*.json never read); NewsSentimentAnalyzer, checks3's Traditional
//              source, has no unused page left.
//    Nothing from ScrapingHub or any held-out source.
// 2. Length: 300 to 15,000 UTF-16 code units.
// 3. Score: checks2's (../checks2/select.mjs score, imported): relation cues per 1,000 code units
//    (a cue counted only near a figure run) + 0.1 × figure runs per 1,000 code units.
// 4. Strata, each in order of score (ties by sha256 of the id), at most 4 per site and year
//    (cwced: no cap, it records no site):
//    English   every ctf candidate first, then rthk (site rthk-<feed>, year of the story) to 25;
//    Simplified the top cwced candidates, at most 13;
//    Traditional tw (site = the URL's host) fills the Chinese half to 25.
// 5. Listed in order of sha256(set + "/" + id): set, repo, commit, path, member (tw: the object's
//    index in its file; ctf archive members are not stored, they are headlines), id, script,
//    length, runs, cues, site, year, score, url (rthk, tw), textSha256.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readArgs } from '../checks/common.mjs';
import { score, rank, take } from '../checks2/select.mjs';
import { candidates4, sha256 } from './common.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const a = readArgs({ mirrors: '/work/.mirror', out: join(here, 'selection.jsonl'), print: 0 });

const all = candidates4({ mirrors: a.mirrors }).map((c) => ({ ...c, ...score(c) })).filter((c) => c.length >= 300 && c.length <= 15000);
const of = (set) => rank(all.filter((c) => c.set === set));
const ctf = take(of('ctf'), 25);
const rthk = take(of('rthk'), 25 - ctf.length);
const hans = take(of('cwced'), 13);
const hant = take(of('tw'), 25 - hans.length);
for (const [name, list] of [['ctf', ctf], ['rthk', rthk], ['cwced', hans], ['tw', hant]]) {
  const pool = of(name);
  console.error(`${name}: ${pool.length} candidates of 300–15,000 units, kept ${list.length}, score ≥ ${list.length ? list[list.length - 1].score.toFixed(2) : '-'}`);
  if (+a.print) for (const c of pool.slice(0, +a.print)) {
    console.error(`  ${list.includes(c) ? '*' : ' '} ${c.score.toFixed(2)} cues ${c.cues} runs ${c.runs} len ${c.length} ${c.site}/${c.year} ${c.id}`);
  }
}
const chosen = [...ctf, ...rthk, ...hans, ...hant].sort((x, y) => (sha256(`${x.set}/${x.id}`) < sha256(`${y.set}/${y.id}`) ? -1 : 1));
const rows = chosen.map((c) => {
  const { set, repo, commit, path, id, script, length, runs, cues, site, year, url } = c;
  const row = { set, repo, commit, path };
  if (set === 'tw') row.member = c.member;
  Object.assign(row, { id, script, length, runs, cues, site, year, score: Math.round(c.score * 100) / 100 });
  if (url) row.url = url;
  row.textSha256 = sha256(c.text);
  return JSON.stringify(row);
});
writeFileSync(a.out, rows.join('\n') + '\n');
console.error(`${rows.length} articles → ${a.out}`);
