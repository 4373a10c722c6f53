#!/usr/bin/env node
// Scores figlens on the zh-figures development set (bench/devsets/zh-figures, issue 17).
//
//   node bench/figures-devset.mjs [--half dev|test|all] [--context sentence|page] [--misses]
//        [--set FILE] [--build DIR]
//
// --half     which half (sentence id's first byte even → dev, odd → test; default dev). The
//            en-figures2 (sets en2-aeb, en2-ctf), en-figures3 (sets en3-aeb, en3-ctf), en-figures4 (set en4-ctf) and
//            zh-figures-hant2 (set zh-hant2) and zh-figures-hant3 (set zh-hant3) sets are development-only: every sentence of them is dev (`--half dev` scores all of it,
//            `--half test` none of it)
// --context  sentence (default): each sentence is analysed alone; page: the whole page text is
//            analysed once and the figures inside each sentence's span are kept
// --misses   print the dev half's misses and false figures one by one (refused for test)
// --build    directory whose js/node.cjs is loaded (default: this checkout)
//
// A gold figure is found when a reported figure overlaps its span, has the same kind, a value
// within 1e-9 relative (or both null) and the same unit after the aliases below; each reported
// figure matches at most one gold figure. Optional gold figures (identifiers, doubtful cases; see
// GUIDE.md) are neither required nor false when found, and a reported identifier is never
// false. Recall per kind is over gold kinds, precision per kind over reported kinds. Among found
// figures, change, approximate, qualifier and low/high agreement are reported separately.
// Texts come from /work/zh-news*/text (zh-figures) or /work/zh-ud/text (zh-figures-ud: sets ud-pud
// and ud-gsd, one sentence a page; rebuild with bench/devsets/zh-figures-ud/rebuild.mjs) or
// /work/en-news/text (en-figures: sets en-aeb and en-ctf; rebuild with
// bench/devsets/en-figures/rebuild.mjs) or /work/en-news2/text (en-figures2: sets en2-aeb and
// en2-ctf; rebuild with bench/devsets/en-figures2/rebuild.mjs) or /work/en-news3/text
// (en-figures3: sets en3-aeb and en3-ctf; rebuild with bench/devsets/en-figures3/rebuild.mjs) or
// /work/en-news4/text (en-figures4: set en4-ctf; rebuild with bench/devsets/en-figures4/rebuild.mjs) or
// /work/zh-hant2/text
// (zh-figures-hant2: set zh-hant2; rebuild with bench/devsets/zh-figures-hant2/rebuild.mjs) or
// /work/zh-hant3/text (zh-figures-hant3: set zh-hant3; rebuild with
// bench/devsets/zh-figures-hant3/rebuild.mjs) or /work/zh-hant4/text (zh-figures-hant4: set zh-hant4;
// rebuild with bench/devsets/zh-figures-hant4/rebuild.mjs) or /work/zh-hant5/text (zh-figures-hant5: set zh-hant5;
// rebuild with bench/devsets/zh-figures-hant5/rebuild.mjs) or /work/en-news7/text (en-figures7: set en7-fundus,
// development-only; rebuild with bench/devsets/en-figures7/rebuild.mjs), checked against textSha256.
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const args = { half: 'dev', context: 'sentence', misses: false, set: join(here, 'devsets/zh-figures/sentences.jsonl'), build: resolve(here, '..') };
for (let i = 2; i < process.argv.length; i++) {
  const a = process.argv[i];
  if (a === '--misses') args.misses = true;
  else if (a.startsWith('--') && i + 1 < process.argv.length) args[a.slice(2)] = process.argv[++i];
  else { console.error(`unknown argument ${a}`); process.exit(2); }
}
if (!['dev', 'test', 'all'].includes(args.half)) { console.error('--half dev|test|all'); process.exit(2); }
if (args.misses && args.half !== 'dev') { console.error('--misses is for the dev half only'); process.exit(2); }

const UNIT = new Map(Object.entries({
  'people': 'person', 'persons': 'person', 'ppl': 'person',
  'C': '°C', 'celsius': '°C', 'F': '°F', '°': 'deg',
  '㎡': 'm2', 'sqm': 'm2', '平方米': 'm2', 'km²': 'km2', 'm²': 'm2',
  'tonne': 't', 'ton': 't', 'kph': 'km/h', 'age': 'year-old', 'years-old': 'year-old',
  'RMB': 'CNY', 'NTD': 'TWD', 'NT$': 'TWD', 'HK$': 'HKD', 'US$': 'USD',
  'years': 'year', 'months': 'month', 'weeks': 'week', 'days': 'day', 'hours': 'hour', 'minutes': 'minute', 'seconds': 'second',
  'percentage-point': 'pp', 'percentage points': 'pp',
}));
const unit = u => (u == null ? null : UNIT.get(u) ?? u);
const sameValue = (a, b) => (a == null || b == null ? a == null && b == null : a === b || Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b)));
const overlap = (a, b) => a[0] < b[1] && b[0] < a[1];
// Development-only sets: all of them is dev.
const DEV_ONLY = new Set(['en2-aeb', 'en2-ctf', 'en3-aeb', 'en3-ctf', 'en4-ctf', 'en5-rthk', 'zh-hant2', 'zh-hant3', 'zh-hant4', 'zh-hant5', 'en6-rthk', 'en7-fundus']);
const half = r => (DEV_ONLY.has(r.set) || parseInt(r.id.slice(0, 2), 16) % 2 === 0 ? 'dev' : 'test');

const require = createRequire(import.meta.url);
const { analyze } = require(join(args.build, 'js/node.cjs'));

const SETS = { 'zh-news': '/work/zh-news', 'zh-news2': '/work/zh-news2', 'ud-pud': '/work/zh-ud', 'ud-gsd': '/work/zh-ud', 'en-aeb': '/work/en-news', 'en-ctf': '/work/en-news', 'en2-aeb': '/work/en-news2', 'en2-ctf': '/work/en-news2', 'en3-aeb': '/work/en-news3', 'en3-ctf': '/work/en-news3', 'en4-ctf': '/work/en-news4', 'zh-hant2': '/work/zh-hant2', 'zh-hant3': '/work/zh-hant3', 'zh-hant4': '/work/zh-hant4', 'zh-hant5': '/work/zh-hant5', 'en5-rthk': '/work/en-news5', 'en6-rthk': '/work/en-news6', 'en7-fundus': '/work/en-news7' };
const texts = new Map();
function pageText(set, page, sha) {
  const k = set + '/' + page;
  if (!texts.has(k)) {
    const t = readFileSync(join(SETS[set], 'text', page + '.txt'), 'utf8');
    if (createHash('sha256').update(t, 'utf8').digest('hex') !== sha) throw new Error(`${k}: text differs from textSha256`);
    texts.set(k, t);
  }
  return texts.get(k);
}
const pageFigs = new Map();
function reported(r) {
  const text = pageText(r.set, r.page, r.textSha256);
  const [s, e] = r.span;
  if (args.context === 'page') {
    const k = r.set + '/' + r.page;
    if (!pageFigs.has(k)) pageFigs.set(k, analyze(text).figures);
    return pageFigs.get(k).filter(f => f.start >= s && f.end <= e).map(f => ({ ...f, span: [f.start, f.end] }));
  }
  return analyze(text.slice(s, e)).figures.map(f => ({ ...f, span: [f.start + s, f.end + s] }));
}

const recs = readFileSync(args.set, 'utf8').trim().split('\n').map(JSON.parse).filter(r => args.half === 'all' || half(r) === args.half);
const tally = () => ({ gold: 0, found: 0, rep: 0, ok: 0 });
const by = { all: tally() };
const get = k => (by[k] ||= tally());
const attr = { change: [0, 0], approximate: [0, 0], qualifier: [0, 0], bounds: [0, 0] };
const out = [];
let negSent = 0, negFalse = 0;
for (const r of recs) {
  const rep = reported(r);
  const gold = r.figures;
  const used = new Set();
  const usedBy = new Map();
  const req = gold.filter(g => !g.optional);
  if (!req.length) negSent++;
  let falseHere = 0;
  for (const g of gold) {
    const i = rep.findIndex((f, j) => !used.has(j) && overlap(f.span, g.span) && f.kind === g.kind && sameValue(f.value, g.value) && unit(f.unit) === unit(g.unit));
    if (i >= 0) { used.add(i); usedBy.set(i, g); }
    if (g.optional) continue;
    for (const k of ['all', r.script, 'kind ' + g.kind, r.script + ' kind ' + g.kind]) { get(k).gold++; if (i >= 0) get(k).found++; }
    if (i >= 0) {
      const f = rep[i];
      attr.change[1]++; if ((f.change ?? null) === g.change) attr.change[0]++;
      attr.approximate[1]++; if (!!f.approximate === g.approximate) attr.approximate[0]++;
      attr.qualifier[1]++; if ((f.qualifier ?? null) === (g.qualifier ?? null)) attr.qualifier[0]++;
      if (g.low !== undefined || g.high !== undefined) { attr.bounds[1]++; if (sameValue(f.low ?? null, g.low ?? null) && sameValue(f.high ?? null, g.high ?? null)) attr.bounds[0]++; }
    } else if (args.misses) out.push(`miss  ${r.id} ${JSON.stringify(g)} reported: ${JSON.stringify(rep.filter(f => overlap(f.span, g.span)).map(f => [f.text, f.kind, f.value, f.unit]))}`);
  }
  rep.forEach((f, j) => {
    if (f.kind === 'identifier') return;
    if (used.has(j) && usedBy.get(j).optional) return;
    const matchedReq = used.has(j);
    // a reported figure that only overlaps an optional gold figure (of any kind) is not false
    if (!matchedReq && gold.some(g => g.optional && overlap(f.span, g.span))) return;
    for (const k of ['all', r.script, 'kind ' + f.kind, r.script + ' kind ' + f.kind]) { get(k).rep++; if (matchedReq) get(k).ok++; }
    if (!matchedReq) { falseHere++; if (args.misses) out.push(`false ${r.id} ${JSON.stringify([f.text, f.kind, f.value, f.unit])}`); }
  });
  if (!req.length && falseHere) negFalse++;
}
const pct = (a, b) => (b ? (100 * a / b).toFixed(1) : '—');
console.log(`${args.set.split('/').at(-2)} ${args.half} half, context ${args.context}: ${recs.length} sentences (${negSent} negatives)`);
console.log('scope'.padEnd(24) + 'gold  found  recall   reported  right  precision');
const order = ['all', 'zh-Hans', 'zh-Hant', ...Object.keys(by).filter(k => k.startsWith('kind ')).sort(), ...Object.keys(by).filter(k => /^zh-\S+ kind /.test(k)).sort()];
// English sets have one script, "en": its rows would repeat 'all' and the kind rows
for (const k of order) {
  const t = by[k]; if (!t) continue;
  console.log(`${k.padEnd(24)}${String(t.gold).padStart(4)} ${String(t.found).padStart(6)}  ${pct(t.found, t.gold).padStart(6)}   ${String(t.rep).padStart(8)} ${String(t.ok).padStart(6)}  ${pct(t.ok, t.rep).padStart(9)}`);
}
console.log(`negative sentences with a false figure: ${negFalse} / ${negSent}`);
for (const [k, [a, b]] of Object.entries(attr)) console.log(`found figures with the same ${k}: ${a} / ${b} (${pct(a, b)}%)`);
if (args.misses) console.log(out.join('\n'));
