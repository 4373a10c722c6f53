#!/usr/bin/env node
// Selects issue 20's SECOND coverage set (checks2): 50 real articles rich in arithmetic
// relations, 25 English and 25 Chinese (Traditional and Simplified), none of them an article of
// the first set (../checks). Deterministic; written and committed before any annotation. Runs
// no part of figlens.
//
//   node bench/devsets/checks2/select.mjs [--mirrors DIR] [--hant2 DIR] [--out FILE] [--print N]
//
// --mirrors  fetched repositories (default /work/.mirror: rodricios/crawl-to-the-future,
//            immortal-autumn/Chinese-Web-Content-Extraction-Dataset)
// --hant2    zh-figures-hant2's rebuilt texts (default /work/zh-hant2; its rebuild.mjs)
// --out      default bench/devsets/checks2/selection.jsonl
// --print N  also print the top N of each stratum with their scores (to stderr)
//
// Rule:
// 1. Candidates (common.mjs): English, every page of crawl-to-the-future (ten sites × 2000,
//    2005, 2010, 2015) with its article text (the `.txt` saved beside the page, read as
//    en-figures2 reads it, the whole file); Traditional Chinese, the 19 pages of
//    zh-figures-hant2's pages.jsonl (not zh-news / zh-news2 pages), the whole rendered page
//    text; Simplified Chinese, cwced's gold bodies (cleaned/<id>.txt). The 50 articles of
//    ../checks are removed; nothing from ScrapingHub, zh-news or zh-news2.
// 2. Length: 300 to 15,000 UTF-16 code units.
// 3. Score = cue density + 0.1 × figure density, where
//    figure density = figure runs per 1,000 code units (../checks/select.mjs figureRuns), and
//    cue density = relation cues per 1,000 code units, a cue (CUES_EN for English, CUES_ZH for
//    Chinese, both scripts) counted only when a figure run starts within NEAR code units before
//    the cue's start or after its end (English 60, Chinese 20).
// 4. Strata: English keeps 25; Traditional Chinese keeps every candidate that passes 2 (at most
//    12); Simplified Chinese fills the Chinese half to 25. In each stratum candidates are taken
//    in order of score (ties by sha256 of the id), skipping a candidate whose site and year
//    already gave 4 (English: site/year of the archive; Traditional: the outlet). cwced records
//    no site (its pages come from many portals, newspapers and forums), so it has no cap.
// 5. The 50 are listed in order of sha256(set + "/" + id): set, repo, commit, path (the archive,
//    for crawl-to-the-future), id, script, length, runs, cues, site, year, score, textSha256.
//    Archive member names are not stored (they are the sites' headlines): a crawl-to-the-future
//    page is found by its id (sha256 of the .txt bytes, first 10 hex).
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { candidates2, sha256 } from './common.mjs';
import { readArgs } from '../checks/common.mjs';

const here = dirname(fileURLToPath(import.meta.url));

// Relation cue words (regular expressions, case-insensitive for English).
export const CUES_EN = [
  /\bof whom\b/gi, /\bof which\b/gi, /\bof (?:the|those|these) [\d,.]+/gi, /\btotal(?:l?ed|l?ing|s)?\b/gi,
  /\bin all\b/gi, /\baltogether\b/gi, /\bcombined\b/gi, /\brespectively\b/gi,
  /\bup from\b/gi, /\bdown from\b/gi, /\bfrom \$?[\d,.]+\S*(?: \w+)? to \$?\d/gi,
  /\b(?:rose|rising|risen|fell|fall(?:en|ing)?|increased|decreased|dropped|declined|grew|jumped|climbed|slipped|soared|plunged|surged) (?:\w+ ){0,3}to\b/gi,
  /\b(?:increase|decrease|rise|drop|decline|gain|jump|fall) of\b/gi,
  /\bper capita\b/gi, /\bper (?:person|head|household|share|student|resident)\b/gi, /\b(?:each|apiece|on average|an average of|average of)\b/gi,
  /\btimes (?:as|more|less|larger|higher|the)\b/gi, /\btwice\b/gi, /\bdoubled?\b/gi, /\btripled?\b/gi,
  /\ba (?:third|quarter|half)\b/gi, /\bhalf of\b/gi, /\b(?:percent|per cent|%) of\b/gi, /\bpercentage points?\b/gi,
  /\bbetween \$?[\d,.]+\S*(?: \w+)? and\b/gi, /\bcompared (?:with|to)\b/gi, /\bmore than (?:double|twice)\b/gi,
  /\b(?:margin|lead|gap|difference) of\b/gi, /\bshare of\b/gi, /\baccount(?:s|ed)? for\b/gi, /\bout of\b/gi,
];
export const CUES_ZH = [
  /其中/g, /分[別别]/g, /合[計计]/g, /共[計计]/g, /[總总]共/g, /[總总][計计]/g, /共有/g, /[佔占]/g,
  /比去年/g, /比上年/g, /比上[年月季]/g, /同比/g, /[環环]比/g, /[較较]去年/g, /[較较]上[年月]/g,
  /增加/g, /[減减]少/g, /增[長长]/g, /成[長长]/g, /下降/g, /上升/g, /下跌/g, /上漲|上涨/g,
  /[升降增減减跌漲涨]至/g, /由[^，。,\n]{0,12}[升降增減减跌漲涨]至/g, /倍/g, /人均/g, /平均每/g, /平均/g, /每[人戶户]/g,
  /之[間间]/g, /介[於于]/g, /百分[點点]/g, /比例/g, /比重/g, /成[為为]?[一二三四五六七八九]成/g, /[一二三四五六七八九十]分之[一二三四五六七八九十]/g,
];
export const NEAR = { en: 60, zh: 20 };

export const figureRuns = (t) =>
  (t.match(/[0-9０-９]+(?:[.,．，][0-9０-９]+)*/g) || []).length +
  (t.match(/[〇零一二两兩三四五六七八九十百千万萬亿億]{2,}/g) || []).length;

/** Relation cues near a figure run (see the rule above). */
export function cueCount(text, lang) {
  const runs = [];
  for (const re of [/[0-9０-９]+(?:[.,．，][0-9０-９]+)*/g, /[〇零一二两兩三四五六七八九十百千万萬亿億]{2,}/g]) {
    for (const m of text.matchAll(re)) runs.push(m.index);
  }
  runs.sort((x, y) => x - y);
  const near = NEAR[lang];
  const hasRun = (lo, hi) => {
    let a = 0, b = runs.length; // first run ≥ lo
    while (a < b) { const m = (a + b) >> 1; if (runs[m] < lo) a = m + 1; else b = m; }
    return a < runs.length && runs[a] <= hi;
  };
  let n = 0;
  for (const re of lang === 'en' ? CUES_EN : CUES_ZH) {
    for (const m of text.matchAll(re)) if (hasRun(m.index - near, m.index + m[0].length + near)) n++;
  }
  return n;
}

export function score(c) {
  const lang = c.script === 'en' ? 'en' : 'zh';
  const len = c.text.length;
  const runs = figureRuns(c.text);
  const cues = cueCount(c.text, lang);
  return { length: len, runs, cues, score: (1000 * cues) / len + (0.1 * 1000 * runs) / len };
}

/** Scored candidates by score, best first (ties by sha256 of the id). */
export const rank = (list) => list.sort((x, y) => y.score - x.score || (sha256(x.id) < sha256(y.id) ? -1 : 1));

/** The first `n` of a ranked list, at most 4 per site and year (cwced bodies have no site). */
export function take(list, n) {
  const per = new Map(), picked = [];
  for (const c of list) {
    if (picked.length >= n) break;
    const k = `${c.site}/${c.year}`;
    if (c.set !== 'cwced' && (per.get(k) ?? 0) >= 4) continue;
    per.set(k, (per.get(k) ?? 0) + 1);
    picked.push(c);
  }
  return picked;
}

/**
 * The relation-rich selection from scored-to-be `candidates` (checks2's rule, checks3's too):
 * bodies of 300–15,000 units, ranked by `score` (ties by sha256 of the id); English 25 with at
 * most 4 per site and year, Traditional up to 12, Simplified the rest of the Chinese 25; written
 * to `out` in order of sha256(set/id). `print` > 0 also lists each stratum's top `print` (stderr).
 */
export function writeRelationRich(candidates, out, print = 0) {
  const all = candidates.map((c) => ({ ...c, ...score(c) })).filter((c) => c.length >= 300 && c.length <= 15000);
  const en = take(rank(all.filter((c) => c.script === 'en')), 25);
  const hant = take(rank(all.filter((c) => c.script === 'zh-Hant')), 12);
  const hans = take(rank(all.filter((c) => c.script === 'zh-Hans')), 25 - hant.length);
  for (const [name, list] of [['en', en], ['zh-Hant', hant], ['zh-Hans', hans]]) {
    const pool = all.filter((c) => c.script === name);
    console.error(`${name}: ${pool.length} candidates of 300–15,000 units, kept ${list.length}, score ≥ ${list.length ? list[list.length - 1].score.toFixed(2) : '-'}`);
    if (+print) for (const c of rank(pool).slice(0, +print)) {
      console.error(`  ${list.includes(c) ? '*' : ' '} ${c.score.toFixed(2)} cues ${c.cues} runs ${c.runs} len ${c.length} ${c.site}/${c.year} ${c.id}`);
    }
  }
  const chosen = [...en, ...hant, ...hans].sort((x, y) => (sha256(`${x.set}/${x.id}`) < sha256(`${y.set}/${y.id}`) ? -1 : 1));
  const rows = chosen.map((c) => {
    const { text, score: s, site, year, member, ...rest } = c; // member: archive file names are headlines
    return JSON.stringify({ ...rest, site, year, score: Math.round(s * 100) / 100, textSha256: sha256(text) });
  });
  writeFileSync(out, rows.join('\n') + '\n');
  console.error(`${rows.length} articles → ${out}`);
}

function main() {
  const a = readArgs({ mirrors: '/work/.mirror', hant2: '/work/zh-hant2', out: join(here, 'selection.jsonl'), print: 0 });
  writeRelationRich(candidates2({ mirrors: a.mirrors, hant2Dir: a.hant2 }), a.out, a.print);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
