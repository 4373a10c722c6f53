#!/usr/bin/env node
// Deterministic selection of the en-figures sentences (issue 18) from two public collections of
// real English news text. Prints one line a sentence: `<page> <start> <end> <role>` (role: figure |
// hard | plain | round2). Never runs figlens. Written and committed before any sentence was annotated.
//
//   node bench/devsets/en-figures/select.mjs [--mirrors DIR] [--print]
//
// Sources (README.md gives commits and licences):
//   en-aeb  github:scrapinghub/article-extraction-benchmark, ground-truth.json: each page's gold
//           "articleBody" (181 pages, 2019–2020, many outlets); page = "aeb-" + first 10 hex of
//           the benchmark's page key; the text is articleBody exactly.
//   en-ctf  github:rodricios/crawl-to-the-future, dataset/<site>.7z: the hand-checked article
//           text files (`.txt`) saved beside each page, for six news sites (SITES below) and four
//           years (2000, 2005, 2010, 2015); page = "<site without www.>-<year>-<first 10 hex of
//           sha256 of the .txt bytes>"; the text is those bytes decoded as UTF-8, or as
//           windows-1252 when they are not valid UTF-8 (many 2000–2005 files), CRLF -> LF. Files
//           with identical bytes are kept once.
//
// Sentences (splitSentences): a page is cut at line ends and after . ? ! (with any closing
// quotes or brackets) followed by white space and then a capital letter, a digit or an opening
// quote; not after an abbreviation (ABBR below, a single capital letter as an initial, or a word
// with an inner period such as U.S. or a.m.). Sentences are trimmed; those shorter than 25 or
// longer than 400 characters, or with fewer than 3 lower-case words (table rows, captions), are
// dropped. Pages that are not English prose (isEnglish) are left out.
//
// Rule:
//   candidate = the sentence has a digit, a currency sign ($ £ € ¥), %, "percent"/"per cent",
//               or a number word (NUMWORD: one … twenty, thirty … ninety, hundred, thousand,
//               million, billion, trillion, dozen(s), half, third(s), quarter(s), twice);
//   figures   = en-aeb candidates (pages sorted by id, sentences in text order) every k-th up to
//               AEB_FIG; en-ctf candidates per year (pages sorted by site, then id) every k-th up
//               to CTF_FIG_YEAR a year; every k-th of a list of L for n: k = ceil(L / n), items
//               i % k == 0, the first n;
//   hard      = among candidates not chosen, those with a HARD pattern (a time of day, a score
//               or other digit-hyphen-digit, a model or code such as A320 / 737-800 / F-16, a
//               phone number, a version, "No. 5", "one of", "a couple", "no one", "the one",
//               "one day", "someone") and no currency sign, %, percent word or multiplier word;
//               every k-th, HARD_PER_SET a set;
//   plain     = non-candidates every k-th, PLAIN_PER_SET a set.
//   round 2   = (added after round 1 above was annotated, before round 2 was: round 1's number
//               words let in many sentences whose only numeral is "one of" or a pronoun "one",
//               giving 232 sentences with a figure of the 260 wanted) among sentences not yet
//               chosen, the strong candidates (isStrong: a digit, a currency sign, %, a percent
//               word, or a spelled number other than one / half / third / quarter / twice), en-aeb
//               every k-th up to ROUND2_AEB, en-ctf every k-th up to ROUND2_CTF_YEAR a year.
//   A page gives at most PAGE_MAX sentences in all (later picks over the cap are dropped).
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const AEB = { repo: 'scrapinghub/article-extraction-benchmark', commit: '4a3bc979f76c0df73cb95fe272e2fc1b96f9f010' };
export const CTF = { repo: 'rodricios/crawl-to-the-future', commit: 'aebed4d2ac836a116b40bde75a473726362d95db' };
export const SITES = ['news.bbc.co.uk', 'news.yahoo.com', 'www.cnn.com', 'www.forbes.com', 'www.foxnews.com', 'www.latimes.com'];
export const YEARS = ['2000', '2005', '2010', '2015'];
const ROUND2_AEB = 24, ROUND2_CTF_YEAR = 6;
const AEB_FIG = 160, CTF_FIG_YEAR = 32, HARD_PER_SET = 22, PLAIN_PER_SET = 16, PAGE_MAX = 15;
export const UNPACKED = '/work/en-news/ctf-unpacked';

const sha = (b) => createHash('sha256').update(b).digest('hex');
const gitDir = (mirrors, repo) => {
  const base = join(mirrors, repo.replace('/', '+'), 'repo');
  for (const d of [join(base, '.git'), base]) if (existsSync(join(d, 'objects'))) return d;
  throw new Error(`no mirror of ${repo} under ${base} (fetch github:${repo})`);
};
const gitShow = (mirrors, src, path) =>
  execFileSync('git', ['--git-dir', gitDir(mirrors, src.repo), 'show', `${src.commit}:${path}`], { maxBuffer: 1 << 28 });

export function aebPages(mirrors) {
  const gt = JSON.parse(gitShow(mirrors, AEB, 'ground-truth.json').toString('utf8'));
  return Object.keys(gt).sort().map((k) => ({ set: 'en-aeb', page: 'aeb-' + k.slice(0, 10), source: new URL(gt[k].url).hostname.replace(/^www\./, ''), year: null, text: gt[k].articleBody }));
}

/** Unpacks the six sites' archives (once) with `python3 -m py7zr` into UNPACKED. */
function unpackCtf(mirrors) {
  for (const site of SITES) {
    if (existsSync(join(UNPACKED, site))) continue;
    mkdirSync(UNPACKED, { recursive: true });
    const archive = join(UNPACKED, site + '.7z');
    execFileSync('sh', ['-c', `git --git-dir "$1" show "$2" > "$3"`, 'sh', gitDir(mirrors, CTF.repo), `${CTF.commit}:dataset/${site}.7z`, archive]);
    execFileSync('python3', ['-m', 'py7zr', 'x', archive, UNPACKED], { stdio: ['ignore', 'ignore', 'inherit'] });
  }
}

export function ctfPages(mirrors) {
  unpackCtf(mirrors);
  const out = [], seen = new Set();
  const dec = new TextDecoder('utf-8', { fatal: true }), cp1252 = new TextDecoder('windows-1252');
  for (const site of SITES) for (const year of YEARS) {
    const dir = join(UNPACKED, site, year);
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.txt')).sort()) {
      const p = join(dir, f);
      if (!statSync(p).isFile()) continue;
      const buf = readFileSync(p), h = sha(buf);
      if (seen.has(h)) continue;
      seen.add(h);
      let text;
      try { text = dec.decode(buf); } catch { text = cp1252.decode(buf); }
      out.push({ set: 'en-ctf', page: `${site.replace(/^www\./, '')}-${year}-${h.slice(0, 10)}`, source: site.replace(/^www\./, ''), year, text: text.replace(/\r\n/g, '\n') });
    }
  }
  return out.sort((a, b) => a.page.localeCompare(b.page));
}

export const ABBR = new Set(('Mr Mrs Ms Dr St Jr Sr Inc Corp Co Ltd Cos Bros No Nos Gov Sen Rep Gen Col Lt Sgt Capt Cmdr Adm Prof Rev Hon Pres Supt Det ' +
  'Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec vs v Ave Blvd Rd Mt Ft Fla Calif Ariz Ark Colo Conn Del Ga Ill Ind Kan Ky La Md Mass Mich Minn Miss Mo Mont Neb Nev Okla Ore Pa Tenn Tex Va Vt Wash Wis Wyo ' +
  'approx est etc al e.g i.e a.m p.m U.S U.K U.N E.U').split(' '));

export function splitSentences(text) {
  const out = [];
  const push = (a, b) => {
    while (a < b && /\s/.test(text[a])) a++;
    while (b > a && /\s/.test(text[b - 1])) b--;
    const t = text.slice(a, b);
    if (t.length >= 25 && t.length <= 400 && (t.match(/(^|\s)[a-z]{2,}\b/g) || []).length >= 3) out.push([a, b]);
  };
  let s = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') { push(s, i); s = i + 1; continue; }
    if (!'.?!'.includes(c)) continue;
    let e = i + 1;
    while (e < text.length && '"\'”’)]'.includes(text[e])) e++;
    if (!/[ \t\u00a0]/.test(text[e] ?? '')) continue;
    let n = e;
    while (n < text.length && /[ \t\u00a0]/.test(text[n])) n++;
    if (!/[A-Z0-9"“‘'(]/.test(text[n] ?? '')) continue;
    if (c === '.') {
      const w = text.slice(0, i).match(/([A-Za-z.]+)$/)?.[1] ?? '';
      if (ABBR.has(w) || /^[A-Z]$/.test(w) || /[A-Za-z]\.[A-Za-z]/.test(w)) continue;
    }
    push(s, e); s = e; i = e - 1;
  }
  push(s, text.length);
  return out;
}

const NUMWORD = /\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|billions?|trillions?|dozens?|half|thirds?|quarters?|twice)\b/i;
export const isCandidate = (t) => /\d|[$£€¥%]|\bper ?cent\b/i.test(t) || NUMWORD.test(t);
const HARD = [
  /\b\d{1,2}(:\d\d)?\s?(a\.m\.|p\.m\.|am\b|pm\b)/i, /\b\d{1,2}:\d\d\b/, /\b\d{1,3}-\d{1,3}\b/,
  /\b[A-Z]{1,4}-?\d{1,4}[A-Za-z]?\b/, /\b\d{3}-\d{3,4}(-\d{4})?\b/, /\b\d+\.\d+\.\d+\b|\bversion \d/i, /\bNo\. ?\d/,
  /\bone of\b|\ba couple\b|\bno one\b|\bthe one\b|\bone day\b|\bsomeone\b|\banyone\b|\beveryone\b/i,
];
const STRONG = /[$£€¥%]|\bper ?cent\b|\b(hundreds?|thousands?|millions?|billions?|trillions?|bn|m)\b/i;
export const isStrong = (t) => /\d|[$£€¥%]|\bper ?cent\b/i.test(t) ||
  /\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|billions?|trillions?|dozens?)\b/i.test(t);
export const isHard = (t) => HARD.some((r) => r.test(t)) && !STRONG.test(t);

const everyKth = (list, n) => {
  if (n <= 0) return [];
  if (list.length <= n) return list.slice();
  const k = Math.ceil(list.length / n);
  return list.filter((_, i) => i % k === 0).slice(0, n);
};

/** A page is English prose when at least 10% of its words are one of eleven English function
 *  words (the benchmark holds Russian, Portuguese, Indonesian, Korean, Italian… pages, and a few
 *  list-only pages, all under 8%; English articles are over 13%). */
export function isEnglish(text) {
  const w = text.match(/\p{L}+/gu) || [];
  return w.filter((x) => /^(the|and|of|to|in|is|that|for|with|was|on)$/i.test(x)).length >= 0.1 * Math.max(1, w.length);
}

export function select(mirrors = '/work/.mirror') {
  const pages = [...aebPages(mirrors), ...ctfPages(mirrors)].filter((p) => isEnglish(p.text));
  const sents = { 'en-aeb': [], 'en-ctf': [] };
  for (const p of pages) for (const [a, b] of splitSentences(p.text)) {
    const t = p.text.slice(a, b);
    sents[p.set].push({ set: p.set, page: p.page, source: p.source, year: p.year, start: a, end: b, text: t, cand: isCandidate(t) });
  }
  const key = (s) => `${s.page} ${s.start}`;
  const chosen = new Map(), perPage = new Map();
  const take = (list, role) => {
    for (const s of list) {
      if (chosen.has(key(s)) || (perPage.get(s.page) ?? 0) >= PAGE_MAX) continue;
      chosen.set(key(s), { ...s, role });
      perPage.set(s.page, (perPage.get(s.page) ?? 0) + 1);
    }
  };
  take(everyKth(sents['en-aeb'].filter((s) => s.cand), AEB_FIG), 'figure');
  const ctf = sents['en-ctf'];
  const bySite = (a, b) => a.page.localeCompare(b.page) || a.start - b.start;
  for (const y of YEARS) take(everyKth(ctf.filter((s) => s.year === y && s.cand).sort(bySite), CTF_FIG_YEAR), 'figure');
  for (const set of ['en-aeb', 'en-ctf']) {
    const list = set === 'en-ctf' ? sents[set].slice().sort(bySite) : sents[set];
    take(everyKth(list.filter((s) => s.cand && !chosen.has(key(s)) && isHard(s.text)), HARD_PER_SET), 'hard');
    take(everyKth(list.filter((s) => !s.cand), PLAIN_PER_SET), 'plain');
  }
  take(everyKth(sents['en-aeb'].filter((s) => !chosen.has(key(s)) && isStrong(s.text)), ROUND2_AEB), 'round2');
  for (const y of YEARS) take(everyKth(ctf.filter((s) => s.year === y && !chosen.has(key(s)) && isStrong(s.text)).sort(bySite), ROUND2_CTF_YEAR), 'round2');
  return { pages, sents, chosen: [...chosen.values()] };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const argv = process.argv.slice(2);
  const mirrors = argv.includes('--mirrors') ? argv[argv.indexOf('--mirrors') + 1] : '/work/.mirror';
  const { pages, sents, chosen } = select(mirrors);
  for (const s of chosen) console.log(`${s.page} ${s.start} ${s.end} ${s.role}${argv.includes('--print') ? '\t' + s.text : ''}`);
  const c = (f) => chosen.filter(f).length;
  console.error(`${pages.length} pages; sentences: aeb ${sents['en-aeb'].length} (${sents['en-aeb'].filter((s) => s.cand).length} candidates), ctf ${sents['en-ctf'].length} (${sents['en-ctf'].filter((s) => s.cand).length} candidates); ` +
    `selected ${chosen.length}: figure ${c((s) => s.role === 'figure')}, hard ${c((s) => s.role === 'hard')}, plain ${c((s) => s.role === 'plain')}, round2 ${c((s) => s.role === 'round2')}; ` +
    `aeb ${c((s) => s.set === 'en-aeb')} ctf ${c((s) => s.set === 'en-ctf')}; pages ${new Set(chosen.map((s) => s.page)).size}`);
}
