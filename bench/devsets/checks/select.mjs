#!/usr/bin/env node
// Selects issue 20's coverage set: 50 articles (25 English, 25 Chinese: 12 Traditional, 13
// Simplified), figure-rich, from the pages3 development set and the Chinese-Web-Content-
// Extraction-Dataset (cwced). Deterministic; written and committed before any annotation.
//
//   node bench/devsets/checks/select.mjs [--mirrors DIR] [--pages3 DIR] [--out FILE]
//
// --mirrors  fetched repositories (default /work/.mirror; needs immortal-autumn/Chinese-Web-
//            Content-Extraction-Dataset)
// --pages3   pages3's rebuilt pages (default /work/pages3; bench/devsets/pages3/rebuild.mjs)
// --out      default bench/devsets/checks/selection.jsonl
//
// Rule:
// 1. Candidates: every pages3 page (its gold body paragraphs, joined with "\n") and every cwced
//    page (its gold body, cleaned/<id>.txt). Nothing from ScrapingHub, zh-news or zh-news2.
// 2. Figure density: figure runs per 1,000 UTF-16 code units of the body, where a figure run is
//    a run of ASCII or full-width digits (with inner , or . between digits) or a run of two or
//    more Chinese numeral characters (〇零一二两兩三四五六七八九十百千万萬亿億).
// 3. Only bodies of 200 to 10,000 code units (shorter ones hold almost no relation, longer ones
//    are beyond the annotation budget of one careful reading each).
// 4. Per stratum, ranked by density (ties by sha256 of the id), the top ones are kept:
//    English (pages3 `script: en`) 25; Traditional Chinese (pages3 zh-Hant) 12; Simplified
//    Chinese (pages3 zh-Hans and cwced) 13.
// 5. The 50 are listed in order of sha256(set + "/" + id).
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { candidates, sha256 } from './common.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const a = { mirrors: '/work/.mirror', pages3: '/work/pages3', out: join(here, 'selection.jsonl') };
for (let i = 2; i < process.argv.length; i++) {
  const k = process.argv[i];
  if (['--mirrors', '--pages3', '--out'].includes(k) && i + 1 < process.argv.length) a[k.slice(2)] = process.argv[++i];
  else { console.error(`unknown argument ${k}`); process.exit(2); }
}

export const figureRuns = (t) =>
  (t.match(/[0-9０-９]+(?:[.,．，][0-9０-９]+)*/g) || []).length +
  (t.match(/[〇零一二两兩三四五六七八九十百千万萬亿億]{2,}/g) || []).length;

const STRATA = [
  { name: 'en', keep: 25, test: (c) => c.script === 'en' },
  { name: 'zh-Hant', keep: 12, test: (c) => c.script === 'zh-Hant' },
  { name: 'zh-Hans', keep: 13, test: (c) => c.script === 'zh-Hans' },
];

const all = candidates({ mirrors: a.mirrors, pages3Dir: a.pages3 }).map((c) => {
  const runs = figureRuns(c.text);
  return { ...c, length: c.text.length, runs, density: (1000 * runs) / c.text.length };
});
const chosen = [];
for (const s of STRATA) {
  const pool = all
    .filter((c) => s.test(c) && c.length >= 200 && c.length <= 10000)
    .sort((x, y) => y.density - x.density || (sha256(x.id) < sha256(y.id) ? -1 : 1));
  if (pool.length < s.keep) throw new Error(`${s.name}: only ${pool.length} candidates`);
  chosen.push(...pool.slice(0, s.keep));
  console.error(`${s.name}: ${pool.length} candidates, kept ${s.keep}, density ≥ ${pool[s.keep - 1].density.toFixed(2)}`);
}
chosen.sort((x, y) => (sha256(`${x.set}/${x.id}`) < sha256(`${y.set}/${y.id}`) ? -1 : 1));
const rows = chosen.map((c) => {
  const { text, density, ...rest } = c;
  return JSON.stringify({ ...rest, density: Math.round(density * 100) / 100, textSha256: sha256(text) });
});
writeFileSync(a.out, rows.join('\n') + '\n');
console.error(`${rows.length} articles → ${a.out}`);
