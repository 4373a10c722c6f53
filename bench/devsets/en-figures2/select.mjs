#!/usr/bin/env node
// Deterministic selection of the en-figures2 sentences (issue 18): a DEVELOPMENT-ONLY set of real
// English news sentences from pages that en-figures does not use. Prints one line a sentence:
// `<page> <start> <end> <role>` (role: figure | hard | plain | round2). Never runs figlens. Written and
// committed before any sentence was annotated.
//
//   node bench/devsets/en-figures2/select.mjs [--mirrors DIR] [--print]
//
// Sources (README.md gives commits and licences); pages are read exactly as en-figures reads
// them (../en-figures/select.mjs), set names are new:
//   en2-ctf  github:rodricios/crawl-to-the-future, dataset/<site>.7z, all TEN sites (SITES2):
//            the four en-figures never used (entertainment.msn.com, thenation.com,
//            www.esquire.com, www.nymag.com) and the six it used, of which only pages it did not
//            take are eligible; the `.txt` beside each page, decoded as en-figures does (UTF-8,
//            else windows-1252; CRLF -> LF; identical bytes kept once); page id
//            "<site without www.>-<year>-<first 10 hex of sha256 of the bytes>" (the same id
//            en-figures would give). Unpacked once with python3 -m py7zr into UNPACKED2.
//   en2-aeb  github:scrapinghub/article-extraction-benchmark, ground-truth.json articleBody, only
//            pages en-figures took no sentence from (a minority of this set).
//   A page is eligible when it is English prose (isEnglish) and its id is not a page of
//   ../en-figures/sentences.jsonl.
//
// Sentences: ../en-figures/select.mjs splitSentences (same cuts, same length and prose filter).
// Rule (every k-th of a list of L for n: k = ceil(L / n), items i % k == 0, the first n):
//   figure = strong candidates (isStrong of en-figures: a digit, a currency sign, %, a percent
//            word, or a spelled number other than one / half / third / quarter / twice); en2-ctf
//            per year (sentences sorted by page id, then offset) CTF_FIG_YEAR a year; en2-aeb
//            AEB_FIG;
//   hard   = candidates (isCandidate) not chosen with a HARD pattern of en-figures (time of day,
//            score, model or code, phone, version, "No. 5", "one of", "a couple", "no one", …)
//            and no currency sign, %, percent word or multiplier word: en2-ctf HARD_CTF,
//            en2-aeb HARD_AEB;
//   plain  = non-candidates: en2-ctf PLAIN_CTF, en2-aeb PLAIN_AEB.
//   round2 = (added after round 1 above was annotated, before round 2 was: round 1 gave 209
//            sentences with a required figure of the ~230 wanted, and few with money or percents)
//            among sentences not yet chosen, those with a currency sign, %, a percent word or a
//            multiplier word (ROUND2_RE): en2-ctf per year ROUND2_CTF_YEAR, en2-aeb ROUND2_AEB.
//   A page gives at most PAGE_MAX sentences in all (later picks over the cap are dropped).
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AEB, CTF, YEARS, aebPages, splitSentences, isCandidate, isStrong, isHard, isEnglish } from '../en-figures/select.mjs';

export { AEB, CTF, YEARS };
export const SITES2 = ['entertainment.msn.com', 'news.bbc.co.uk', 'news.yahoo.com', 'thenation.com', 'www.cnn.com', 'www.esquire.com',
  'www.forbes.com', 'www.foxnews.com', 'www.latimes.com', 'www.nymag.com'];
export const UNPACKED2 = '/work/en-news2/ctf-unpacked';
const ROUND2_CTF_YEAR = 8, ROUND2_AEB = 10;
const ROUND2_RE = /[$£€¥%]|\bper ?cent\b|\b(million|billion|trillion|bn|mln)\b|\d(m|bn|k)\b/i;
const CTF_FIG_YEAR = 45, AEB_FIG = 60, HARD_CTF = 34, HARD_AEB = 12, PLAIN_CTF = 18, PLAIN_AEB = 8, PAGE_MAX = 8;

const here = dirname(fileURLToPath(import.meta.url));
const sha = (b) => createHash('sha256').update(b).digest('hex');
const gitDir = (mirrors, repo) => {
  const base = join(mirrors, repo.replace('/', '+'), 'repo');
  for (const d of [join(base, '.git'), base]) if (existsSync(join(d, 'objects'))) return d;
  throw new Error(`no mirror of ${repo} under ${base} (fetch github:${repo})`);
};

function unpackCtf(mirrors) {
  for (const site of SITES2) {
    if (existsSync(join(UNPACKED2, site))) continue;
    mkdirSync(UNPACKED2, { recursive: true });
    const archive = join(UNPACKED2, site + '.7z');
    execFileSync('sh', ['-c', `git --git-dir "$1" show "$2" > "$3"`, 'sh', gitDir(mirrors, CTF.repo), `${CTF.commit}:dataset/${site}.7z`, archive]);
    execFileSync('python3', ['-m', 'py7zr', 'x', archive, UNPACKED2], { stdio: ['ignore', 'ignore', 'inherit'] });
  }
}

export function ctfPages2(mirrors) {
  unpackCtf(mirrors);
  const out = [], seen = new Set();
  const dec = new TextDecoder('utf-8', { fatal: true }), cp1252 = new TextDecoder('windows-1252');
  for (const site of SITES2) for (const year of YEARS) {
    const dir = join(UNPACKED2, site, year);
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.txt')).sort()) {
      const p = join(dir, f);
      if (!statSync(p).isFile()) continue;
      const buf = readFileSync(p), h = sha(buf);
      if (seen.has(h)) continue;
      seen.add(h);
      let text;
      try { text = dec.decode(buf); } catch { text = cp1252.decode(buf); }
      out.push({ set: 'en2-ctf', page: `${site.replace(/^www\./, '')}-${year}-${h.slice(0, 10)}`, source: site.replace(/^www\./, ''), year, text: text.replace(/\r\n/g, '\n'), path: p, hash: h });
    }
  }
  return out.sort((a, b) => a.page.localeCompare(b.page));
}

/** Page ids en-figures took sentences from (never eligible here). */
export function usedPages() {
  const f = join(here, '../en-figures/sentences.jsonl');
  return new Set(readFileSync(f, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l).page));
}

const everyKth = (list, n) => {
  if (n <= 0) return [];
  if (list.length <= n) return list.slice();
  const k = Math.ceil(list.length / n);
  return list.filter((_, i) => i % k === 0).slice(0, n);
};

export function select(mirrors = '/work/.mirror') {
  const used = usedPages();
  const aeb = aebPages(mirrors).map((p) => ({ ...p, set: 'en2-aeb' }));
  const pages = [...aeb, ...ctfPages2(mirrors)].filter((p) => isEnglish(p.text) && !used.has(p.page));
  const sents = { 'en2-aeb': [], 'en2-ctf': [] };
  for (const p of pages) for (const [a, b] of splitSentences(p.text)) {
    const t = p.text.slice(a, b);
    sents[p.set].push({ set: p.set, page: p.page, source: p.source, year: p.year, start: a, end: b, text: t, cand: isCandidate(t), strong: isStrong(t) });
  }
  const byPage = (a, b) => a.page.localeCompare(b.page) || a.start - b.start;
  sents['en2-ctf'].sort(byPage);
  const key = (s) => `${s.page} ${s.start}`;
  const chosen = new Map(), perPage = new Map();
  const take = (list, role) => {
    for (const s of list) {
      if (chosen.has(key(s)) || (perPage.get(s.page) ?? 0) >= PAGE_MAX) continue;
      chosen.set(key(s), { ...s, role });
      perPage.set(s.page, (perPage.get(s.page) ?? 0) + 1);
    }
  };
  const ctf = sents['en2-ctf'];
  for (const y of YEARS) take(everyKth(ctf.filter((s) => s.year === y && s.strong), CTF_FIG_YEAR), 'figure');
  take(everyKth(sents['en2-aeb'].filter((s) => s.strong), AEB_FIG), 'figure');
  const hard = (list) => list.filter((s) => s.cand && !chosen.has(key(s)) && isHard(s.text));
  take(everyKth(hard(ctf), HARD_CTF), 'hard');
  take(everyKth(hard(sents['en2-aeb']), HARD_AEB), 'hard');
  take(everyKth(ctf.filter((s) => !s.cand), PLAIN_CTF), 'plain');
  take(everyKth(sents['en2-aeb'].filter((s) => !s.cand), PLAIN_AEB), 'plain');
  const r2 = (list) => list.filter((s) => !chosen.has(key(s)) && ROUND2_RE.test(s.text));
  for (const y of YEARS) take(everyKth(r2(ctf.filter((s) => s.year === y)), ROUND2_CTF_YEAR), 'round2');
  take(everyKth(r2(sents['en2-aeb']), ROUND2_AEB), 'round2');
  return { pages, sents, chosen: [...chosen.values()] };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const argv = process.argv.slice(2);
  const mirrors = argv.includes('--mirrors') ? argv[argv.indexOf('--mirrors') + 1] : '/work/.mirror';
  const { pages, sents, chosen } = select(mirrors);
  for (const s of chosen) console.log(`${s.page} ${s.start} ${s.end} ${s.role}${argv.includes('--print') ? '\t' + s.text : ''}`);
  const c = (f) => chosen.filter(f).length;
  const by = (f) => Object.entries(chosen.reduce((m, s) => ((m[f(s)] = (m[f(s)] ?? 0) + 1), m), {})).map(([k, v]) => `${k} ${v}`).join(', ');
  console.error(`${pages.length} eligible pages; sentences: aeb ${sents['en2-aeb'].length}, ctf ${sents['en2-ctf'].length}; ` +
    `selected ${chosen.length}: figure ${c((s) => s.role === 'figure')}, hard ${c((s) => s.role === 'hard')}, plain ${c((s) => s.role === 'plain')}, round2 ${c((s) => s.role === 'round2')}; ` +
    `pages ${new Set(chosen.map((s) => s.page)).size}\n  by source: ${by((s) => s.source)}\n  by year: ${by((s) => s.year ?? '2019-20')}`);
}
