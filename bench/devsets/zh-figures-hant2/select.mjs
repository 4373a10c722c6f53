#!/usr/bin/env node
// Deterministic selection of the zh-figures-hant2 sentences (issue 17): fresh Traditional
// (Taiwanese, Hong Kong and international Traditional editions) news sentences from the
// zh-Hant pages of the zh-news and zh-news2 development sets that zh-figures did NOT take.
// Written and committed before any sentence was annotated. Never runs figlens.
//
//   node bench/devsets/zh-figures-hant2/select.mjs [--text DIR]      (default /work/zh-hant2/text)
//
// Prints one line a sentence: `<page> <start> <end> <role> <outlet>` (role: figure | negative).
//
// Rule (also in README.md):
//   pages      = the zh-Hant pages of ../zh-news/pages.jsonl and ../zh-news2/pages.jsonl (62,
//                "old" pages) and the 19 pages of ./pages.jsonl (zh-Hant pages of the same
//                repositories that zh-news / zh-news2 did not use, "new" pages), texts as
//                rebuild.mjs writes them (checked against textSha256);
//   body       = old pages: their gold body spans; new pages (no gold body): every line of the
//                rendered text that holds at least 20 characters and one of 。！？ (bodyOf());
//   sentences  = body spans split by zh-figures' splitSentences (。！？ and line ends, closing
//                quote or bracket kept, trimmed, at least 6 characters);
//   excluded   = any sentence whose span overlaps a sentence of ../zh-figures/sentences.jsonl on
//                the same page;
//   candidate  = a digit (ASCII or full-width), or a Chinese numeral character followed within 2
//                characters by a multiplier, measure word, 年/月/日, %, 倍 or 成 (zh-figures-ud's
//                test); among candidates the favoured ones (FAVOUR: money words 元 圓 港元 新台幣
//                台幣 萬元 億元 美元 $, counts 人 名 位 家 宗 起 間 隻 輛, durations 年 個月 天 小時
//                分鐘 週 星期, ranks 第 名) come first;
//   per page   = favoured candidates every k-th (k = ceil(L / n)) up to FIG_PER_PAGE (4 on old
//                pages, whose best sentences zh-figures took; 6 on new pages), topped up
//                with the other candidates every k-th, then NEG_PER_PAGE negatives: non-candidates
//                with a digit or numeral character first (一些, 一起, times of day…), else ones with
//                none, every k-th; never more than 8 a page.
//   round 2    = (added after round 1 above was annotated, before round 2 was: round 1 gave 164
//                sentences with a required figure, the target is about 200) among the sentences
//                of each page not yet chosen, the strong candidates — a digit, or a numeral
//                character other than 一 followed within 2 characters by a multiplier, measure
//                word, 年/月/日, %, 倍 or 成 (zh-figures-ud's round-2 test) — favoured ones first,
//                every k-th, topping each page up to 8 sentences in all; pages in list order,
//                at most ROUND2_MAX = 70 sentences.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { splitSentences } from '../zh-figures/annotate.mjs';

const here = dirname(fileURLToPath(import.meta.url));
export const SOURCES = ['zh-news', 'zh-news2'];
export const FIG_PER_PAGE = { old: 4, new: 6 }, NEG_PER_PAGE = 1, PAGE_CAP = 8, ROUND2_MAX = 70;

const NUMERAL = '〇零一二兩两三四五六七八九十百千萬万億亿廿卅';
const AFTER = '十百千萬万億亿兆' + '%％倍成年月日' +
  '個个名位人家間间條条架輛辆部隻只場场項项所座次種种件本篇份頭头匹艘棟栋層层元圓塊块角毛分秒天週周歲岁屆届章卷冊册期代世紀纪回輪轮局米里噸吨斤克尺寸畝亩頃级級度倍點点枚顆颗張张首門门台臺輯辑集宗起例戶票股';
const DIGIT = /[0-9０-９]/;
const FAVOUR = /[0-9０-９〇零一二兩三四五六七八九十百千萬億廿卅][,.．0-9十百千萬億]*\s*(?:多|餘)?\s*(?:萬元|億元|元|圓|港元|港幣|新台幣|台幣|美元|人|名|位|家|宗|起|間|隻|輛|年|個月|天|小時|分鐘|週|星期)|新台幣|港元|台幣|HK\$|NT\$|\$\s?[0-9]|第[0-9〇零一二兩三四五六七八九十百千]/;

export function isCandidate(t) {
  if (DIGIT.test(t)) return true;
  const cs = [...t];
  for (let i = 0; i < cs.length; i++) {
    if (!NUMERAL.includes(cs[i])) continue;
    if (AFTER.includes(cs[i + 1] ?? '') || AFTER.includes(cs[i + 2] ?? '')) return true;
  }
  return false;
}
export const isFavoured = t => FAVOUR.test(t);
const NUMERAL2 = NUMERAL.replace('一', '');
export function isStrong(t) {
  if (DIGIT.test(t)) return true;
  const cs = [...t];
  for (let i = 0; i < cs.length; i++)
    if (NUMERAL2.includes(cs[i]) && (AFTER.includes(cs[i + 1] ?? '') || AFTER.includes(cs[i + 2] ?? ''))) return true;
  return false;
}
export const hasNumeral = t => DIGIT.test(t) || [...t].some(c => NUMERAL.includes(c));

const everyKth = (list, n) => {
  if (n <= 0) return [];
  if (list.length <= n) return list.slice();
  const k = Math.ceil(list.length / n);
  return list.filter((_, i) => i % k === 0).slice(0, n);
};

/** zh-Hant pages of zh-news and zh-news2 with their texts (read from `textDir`, checked). */
export function loadPages(textDir = '/work/zh-hant2/text') {
  const out = [];
  for (const set of SOURCES) {
    for (const p of readFileSync(join(here, '..', set, 'pages.jsonl'), 'utf8').trim().split('\n').map(JSON.parse)) {
      if (p.script !== 'zh-Hant') continue;
      const text = readFileSync(join(textDir, p.id + '.txt'), 'utf8');
      if (createHash('sha256').update(text, 'utf8').digest('hex') !== p.textSha256) throw new Error(`${p.id}: text differs from textSha256; run rebuild.mjs`);
      out.push({ from: set, page: p, text, age: 'old' });
    }
  }
  for (const p of readFileSync(join(here, 'pages.jsonl'), 'utf8').trim().split('\n').map(JSON.parse)) {
    const text = readFileSync(join(textDir, p.id + '.txt'), 'utf8');
    if (createHash('sha256').update(text, 'utf8').digest('hex') !== p.textSha256) throw new Error(`${p.id}: text differs from textSha256; run rebuild.mjs`);
    out.push({ from: 'zh-figures-hant2', page: { ...p, body: bodyOf(text) }, text, age: 'new' });
  }
  return out;
}

/** Body of a page with no gold body: each line with at least 20 characters and one of 。！？. */
export function bodyOf(text) {
  const body = [];
  let s = 0;
  for (const line of text.split('\n')) {
    const t = line.trim();
    if (t.length >= 20 && /[。！？]/.test(t)) body.push([s, s + line.length]);
    s += line.length + 1;
  }
  return body;
}

export function select(textDir) {
  const taken = new Map();
  for (const r of readFileSync(join(here, '..', 'zh-figures', 'sentences.jsonl'), 'utf8').trim().split('\n').map(JSON.parse)) {
    if (!taken.has(r.page)) taken.set(r.page, []);
    taken.get(r.page).push(r.span);
  }
  const chosen = [], round2 = [];
  for (const { from, page, text, age } of loadPages(textDir)) {
    const nFig = FIG_PER_PAGE[age];
    const old = taken.get(page.id) || [];
    const sents = splitSentences(text, page.body)
      .filter(([a, b]) => !old.some(([c, d]) => a < d && c < b))
      .map(([a, b]) => ({ from, page: page.id, site: page.site, start: a, end: b, t: text.slice(a, b) }));
    const cand = sents.filter(s => isCandidate(s.t));
    const fav = cand.filter(s => isFavoured(s.t));
    const figs = everyKth(fav, nFig);
    const rest = cand.filter(s => !figs.includes(s));
    figs.push(...everyKth(rest, nFig - figs.length));
    const non = sents.filter(s => !isCandidate(s.t));
    let negs = everyKth(non.filter(s => hasNumeral(s.t)), NEG_PER_PAGE);
    if (negs.length < NEG_PER_PAGE) negs.push(...everyKth(non.filter(s => !hasNumeral(s.t)), NEG_PER_PAGE - negs.length));
    figs.sort((x, y) => x.start - y.start);
    for (const s of figs) chosen.push({ ...s, role: 'figure' });
    for (const s of negs) chosen.push({ ...s, role: 'negative' });
    const taken1 = new Set([...figs, ...negs]);
    const strong = sents.filter(s => !taken1.has(s) && isStrong(s.t));
    const room = PAGE_CAP - taken1.size;
    const r2 = everyKth(strong.filter(s => isFavoured(s.t)), room);
    r2.push(...everyKth(strong.filter(s => !r2.includes(s) && !isFavoured(s.t)), room - r2.length));
    for (const s of r2.sort((x, y) => x.start - y.start)) round2.push({ ...s, role: 'round2' });
  }
  chosen.push(...round2.slice(0, ROUND2_MAX));
  return chosen;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const i = process.argv.indexOf('--text');
  const chosen = select(i > 0 ? process.argv[i + 1] : undefined);
  for (const s of chosen) console.log(`${s.page} ${s.start} ${s.end} ${s.role} ${s.site}`);
  const n = r => chosen.filter(s => s.role === r).length;
  console.error(`${chosen.length} sentences: ${n('figure')} candidates, ${n('negative')} negatives, ${new Set(chosen.map(s => s.page)).size} pages`);
}
