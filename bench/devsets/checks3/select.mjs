#!/usr/bin/env node
// Selects issue 20's THIRD coverage set (checks3), the held-out measure of the checker's
// coverage: 50 real articles rich in arithmetic relations, 25 English and 25 Chinese, none of them
// a page any earlier set uses. Deterministic; written and committed before any annotation. Runs
// no part of figlens.
//
//   node bench/devsets/checks3/select.mjs [--mirrors DIR] [--out FILE] [--print N]
//
// --mirrors  fetched repositories (default /work/.mirror: rodricios/crawl-to-the-future,
//            immortal-autumn/Chinese-Web-Content-Extraction-Dataset,
//            ChiaYuChang/NewsSentimentAnalyzer)
// --out      default bench/devsets/checks3/selection.jsonl
// --print N  also print the top N of each stratum with their scores (to stderr)
//
// Rule:
// 1. Candidates (common.mjs): English, every crawl-to-the-future page (ten sites × 2000, 2005,
//    2010, 2015) with its article text (the `.txt` beside the page, whole, as checks2 reads it)
//    that is no page of checks, checks2, pages3, dragnet, en-figures or en-figures2;
//    Traditional Chinese, the NewsSentimentAnalyzer example pages no earlier set uses, as plain
//    page text (common.mjs htmlText); Simplified Chinese, cwced's gold bodies not in checks or
//    checks2. Nothing from ScrapingHub.
// 2. Length: 300 to 15,000 UTF-16 code units.
// 3. Score: checks2's (../checks2/select.mjs `score`, imported, unchanged): cue density + 0.1 ×
//    figure density, cues counted only near a figure run.
// 4. Strata: English keeps 25, at most 4 per site and year; Traditional keeps every candidate
//    (at most 12, at most 4 per outlet); Simplified fills the Chinese half to 25 (no cap: cwced
//    records no site). In each stratum by score, ties by sha256 of the id.
// 5. Listed in order of sha256(set + "/" + id), fields as checks2 (no archive member names:
//    they are headlines).
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { candidates3, sha256 } from './common.mjs';
import { score } from '../checks2/select.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const a = { mirrors: '/work/.mirror', out: join(here, 'selection.jsonl'), print: 0 };
for (let i = 2; i < process.argv.length; i++) {
  const k = process.argv[i];
  if (['--mirrors', '--out', '--print'].includes(k) && i + 1 < process.argv.length) a[k.slice(2)] = process.argv[++i];
  else { console.error(`unknown argument ${k}`); process.exit(2); }
}
const all = candidates3({ mirrors: a.mirrors }).map((c) => ({ ...c, ...score(c) }))
  .filter((c) => c.length >= 300 && c.length <= 15000);
const rank = (list) => list.sort((x, y) => y.score - x.score || (sha256(x.id) < sha256(y.id) ? -1 : 1));
const take = (list, n) => {
  const per = new Map(), out = [];
  for (const c of list) {
    if (out.length >= n) break;
    const k = `${c.site}/${c.year}`;
    if (c.set !== 'cwced' && (per.get(k) ?? 0) >= 4) continue;
    per.set(k, (per.get(k) ?? 0) + 1);
    out.push(c);
  }
  return out;
};
const en = take(rank(all.filter((c) => c.script === 'en')), 25);
const hant = take(rank(all.filter((c) => c.script === 'zh-Hant')), 12);
const hans = take(rank(all.filter((c) => c.script === 'zh-Hans')), 25 - hant.length);
for (const [name, list] of [['en', en], ['zh-Hant', hant], ['zh-Hans', hans]]) {
  const pool = all.filter((c) => c.script === name);
  console.error(`${name}: ${pool.length} candidates of 300–15,000 units, kept ${list.length}, score ≥ ${list.length ? list[list.length - 1].score.toFixed(2) : '-'}`);
  if (+a.print) for (const c of rank(pool).slice(0, +a.print)) {
    console.error(`  ${list.includes(c) ? '*' : ' '} ${c.score.toFixed(2)} cues ${c.cues} runs ${c.runs} len ${c.length} ${c.site}/${c.year} ${c.id}`);
  }
}
const chosen = [...en, ...hant, ...hans].sort((x, y) => (sha256(`${x.set}/${x.id}`) < sha256(`${y.set}/${y.id}`) ? -1 : 1));
const rows = chosen.map((c) => {
  const { text, score: s, site, year, member, ...rest } = c;
  return JSON.stringify({ ...rest, site, year, score: Math.round(s * 100) / 100, textSha256: sha256(text) });
});
writeFileSync(a.out, rows.join('\n') + '\n');
console.error(`${rows.length} articles → ${a.out}`);
