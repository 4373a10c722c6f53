#!/usr/bin/env node
// Deterministic selection of the zh-figures-ud sentences (issue 17) from the UD Chinese PUD and
// GSD treebanks. Prints one line a sentence: `<page> <role>` (role: figure | negative). Never runs
// figlens. Written before any sentence was annotated.
//
//   node bench/devsets/zh-figures-ud/select.mjs [PUD_DIR] [GSD_DIR]
//
// Rule (also in README.md):
//   candidate = the sentence contains a digit (ASCII or full-width), or a Chinese numeral character
//               followed within 2 characters by a multiplier, measure word, 年/月/日, %, 倍 or 成;
//   figures   = PUD candidates every k-th (file order), at most PUD_MAX = 200 (PUD has 480
//               candidates, too many to annotate carefully in one session), then GSD candidates (dev
//               then test file, in file order) every k-th up to TARGET = 250 in all; every k-th of
//               a list of L for n: k = ceil(L / n), items i % k == 0, the first n of them;
//   negatives = non-candidates (a numeral character that does not pass the test, or none at all),
//               30 from PUD and 30 from GSD, every k-th of each treebank's non-candidates, those with
//               a numeral character first (up to 20 a treebank), then ones with none.
//   round 2   = (added after round 1 above was annotated, before round 2 was) among the sentences
//               not yet selected, the strong candidates: a digit, or a numeral character other than
//               一 followed within 2 characters by a multiplier, measure word, 年/月/日, %, 倍 or 成,
//               or 一 followed directly by a multiplier, 年/月/日, %, 倍 or 成 (round 1 was mostly
//               indefinite 一個, 一位); PUD every k-th up to 120, then GSD every k-th up to 60.
import { execFileSync } from 'node:child_process';

export const PUD = '/work/.mirror/UniversalDependencies+UD_Chinese-PUD/repo';
export const GSD = '/work/.mirror/UniversalDependencies+UD_Chinese-GSD/repo';
export const FILES = { pud: ['zh_pud-ud-test.conllu'], gsd: ['zh_gsd-ud-dev.conllu', 'zh_gsd-ud-test.conllu'] };
const TARGET = 250, PUD_MAX = 200, NEG_PER_BANK = 30, NEG_NUMERAL = 20;

const NUMERAL = '〇零一二兩两三四五六七八九十百千萬万億亿廿卅';
const AFTER = '十百千萬万億亿兆' + '%％倍成年月日' +
  '個个名位人家間间條条架輛辆部隻只場场項项所座次種种件本篇份頭头匹艘棟栋層层元圓塊块角毛分秒天週周歲岁屆届章卷冊册期代世紀纪回輪轮局米里噸吨斤克尺寸畝亩頃级級度倍點点枚顆颗張张首門门台臺輯辑集';
const DIGIT = /[0-9０-９]/;

export function isCandidate(t) {
  if (DIGIT.test(t)) return true;
  const cs = [...t];
  for (let i = 0; i < cs.length; i++) {
    if (!NUMERAL.includes(cs[i])) continue;
    if (AFTER.includes(cs[i + 1] ?? '') || AFTER.includes(cs[i + 2] ?? '')) return true;
  }
  return false;
}
const NUMERAL2 = NUMERAL.replace('一', ''), AFTER1 = '十百千萬万億亿兆%％倍成年月日';
const ROUND2 = { pud: 120, gsd: 60 };
export function isStrong(t) {
  if (DIGIT.test(t)) return true;
  const cs = [...t];
  for (let i = 0; i < cs.length; i++) {
    if (NUMERAL2.includes(cs[i]) && (AFTER.includes(cs[i + 1] ?? '') || AFTER.includes(cs[i + 2] ?? ''))) return true;
    if (cs[i] === '一' && AFTER1.includes(cs[i + 1] ?? '')) return true;
  }
  return false;
}
export const hasNumeral = t => [...t].some(c => NUMERAL.includes(c));

export function readBank(bank, dir) {
  const out = [];
  for (const f of FILES[bank]) {
    const src = execFileSync('git', ['-C', dir, 'show', 'HEAD:' + f], { encoding: 'utf8', maxBuffer: 1 << 28 });
    let id = null;
    for (const line of src.split('\n')) {
      if (line.startsWith('# sent_id = ')) id = line.slice(12).trim();
      else if (line.startsWith('# text = ') && id) { out.push({ page: `${bank}-${id}`, file: f, sentId: id, text: line.slice(9).trim() }); id = null; }
    }
  }
  return out;
}

const everyKth = (list, n) => {
  if (n <= 0) return [];
  if (list.length <= n) return list.slice();
  const k = Math.ceil(list.length / n);
  return list.filter((_, i) => i % k === 0).slice(0, n);
};

export function select(pudDir = PUD, gsdDir = GSD) {
  const pud = readBank('pud', pudDir), gsd = readBank('gsd', gsdDir);
  const pc = pud.filter(s => isCandidate(s.text)), gc = gsd.filter(s => isCandidate(s.text));
  const pf = everyKth(pc, PUD_MAX);
  const figs = [...pf, ...everyKth(gc, TARGET - pf.length)];
  const negs = [];
  for (const bank of [pud, gsd]) {
    const non = bank.filter(s => !isCandidate(s.text));
    const withN = everyKth(non.filter(s => hasNumeral(s.text)), NEG_NUMERAL);
    const without = everyKth(non.filter(s => !hasNumeral(s.text)), NEG_PER_BANK - withN.length);
    negs.push(...withN, ...without);
  }
  const chosen = new Set([...figs, ...negs].map(s => s.page));
  const round2 = [...everyKth(pud.filter(s => !chosen.has(s.page) && isStrong(s.text)), ROUND2.pud),
                  ...everyKth(gsd.filter(s => !chosen.has(s.page) && isStrong(s.text)), ROUND2.gsd)];
  return { figs, negs, round2, all: { pud, gsd }, cand: { pud: pc.length, gsd: gc.length } };
}

import { fileURLToPath } from 'node:url';
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { figs, negs, round2, all, cand } = select(process.argv[2] || PUD, process.argv[3] || GSD);
  for (const s of figs) console.log(`${s.page} figure`);
  for (const s of negs) console.log(`${s.page} negative`);
  for (const s of round2) console.log(`${s.page} round2`);
  console.error(`pud ${all.pud.length} sentences, ${cand.pud} candidates; gsd ${all.gsd.length}, ${cand.gsd} candidates; selected ${figs.length} + ${negs.length} negatives`);
}
