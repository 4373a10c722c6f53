#!/usr/bin/env node
// Builds sentences.jsonl of the zh-figures set from an annotator's strings file, which quotes
// the text and is kept outside the repository. Never runs figlens.
//
//   node bench/devsets/zh-figures/annotate.mjs STRINGS... [--out FILE] [--check]
//
// Page texts come from /work/zh-news/text and /work/zh-news2/text (rebuild them with
// bench/devsets/zh-news/rebuild.mjs [--set zh-news2]) and are checked against textSha256.
// Sentences are the body spans of pages.jsonl split at 。！？ and line ends (a closing quote or
// bracket stays with its sentence), trimmed; a sentence is named by its page id and start.
//
// Strings format, one item a line:
//   @<page id> <sentence start>            opens a sentence (listed with no figure: a negative)
//   surface | kind | value | unit | flags   a figure: the exact text as it appears in the sentence,
//                                           value and unit "-" for null; flags, space-separated:
//                                           lo=N hi=N q=<qualifier> + (increase) - (decrease)
//                                           ~ (approximate) iso=... ? (optional: not required,
//                                           not false when found) #N (the N-th occurrence)
// Every surface must occur in its sentence; the span's text is checked again on the page, and
// a span with a digit right beside it, or two overlapping spans, is an error.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const SETS = { 'zh-news': '/work/zh-news', 'zh-news2': '/work/zh-news2' };
const QUALS = new Set(['about', 'nearly', 'over', 'at-least', 'under', 'at-most']);
const KINDS = new Set(['money', 'percent', 'count', 'measure', 'ratio', 'multiple', 'date', 'duration', 'rank', 'identifier', 'number']);

export function splitSentences(text, body) {
  const out = [];
  for (const [bs, be] of body) {
    let s = bs;
    for (let i = bs; i < be; i++) {
      const c = text[i];
      if (!('。！？'.includes(c) || c === '\n' || i === be - 1)) continue;
      let e = i + 1;
      while (e < be && '」』”）)'.includes(text[e])) { e++; i++; }
      if (c === '\n') e = i;
      let a = s, b = e;
      while (a < b && /\s/.test(text[a])) a++;
      while (b > a && /\s/.test(text[b - 1])) b--;
      if (b - a >= 6) out.push([a, b]);
      s = i + 1;
    }
  }
  return out;
}

export function loadPages() {
  const pages = new Map();
  for (const [set, dir] of Object.entries(SETS)) {
    const list = readFileSync(join(here, '..', set, 'pages.jsonl'), 'utf8').trim().split('\n').map(JSON.parse);
    for (const p of list) {
      const text = readFileSync(join(dir, 'text', p.id + '.txt'), 'utf8');
      const h = createHash('sha256').update(text, 'utf8').digest('hex');
      if (h !== p.textSha256) throw new Error(`${set}/${p.id}: text differs from textSha256; rebuild it`);
      pages.set(p.id, { set, page: p, text, sentences: splitSentences(text, p.body) });
    }
  }
  return pages;
}

function num(s, what) {
  if (s === '-') return null;
  const v = Number(s);
  if (!Number.isFinite(v)) throw new Error(`bad ${what}: ${s}`);
  return v;
}

/** One figure line of a strings file (`surface | kind | value | unit | flags`) read into the
 *  open sentence `cur` ({span, figures, _text}); problems go to `errors`. Shared with
 *  ../zh-figures-ud/annotate.mjs. */
export function readFigureLine(line, cur, where, errors) {
  const parts = line.split('|').map(s => s.trim());
  if (parts.length < 4) { errors.push(`${where}: too few fields`); return; }
  const [surface, kind, value, unit, flags = ''] = parts;
  if (!KINDS.has(kind)) { errors.push(`${where}: kind ${kind}`); return; }
  const fig = { span: null, kind, value: num(value, 'value'), unit: unit === '-' ? null : unit };
  let occ = 1, change = null, approx = false, q = null, lo, hi, iso, optional = false;
  for (const t of flags.split(/\s+/).filter(Boolean)) {
    if (t === '+') change = 'increase';
    else if (t === '-') change = 'decrease';
    else if (t === '~') approx = true;
    else if (t === '?') optional = true;
    else if (t.startsWith('#')) occ = Number(t.slice(1));
    else if (t.startsWith('q=')) { q = t.slice(2); if (!QUALS.has(q)) errors.push(`${where}: qualifier ${q}`); }
    else if (t.startsWith('lo=')) lo = num(t.slice(3), 'lo');
    else if (t.startsWith('hi=')) hi = num(t.slice(3), 'hi');
    else if (t.startsWith('iso=')) iso = t.slice(4);
    else errors.push(`${where}: flag ${t}`);
  }
  const [a, b] = cur.span;
  const sent = cur._text.slice(a, b);
  let at = -1;
  for (let k = 0; k < occ; k++) { at = sent.indexOf(surface, at + 1); if (at < 0) break; }
  if (at < 0) { errors.push(`${where}: "${surface}" (#${occ}) not in sentence`); return; }
  const s = a + at, e = s + surface.length;
  if (cur._text.slice(s, e) !== surface) { errors.push(`${where}: span text differs`); return; }
  const dg = /[0-9０-９]/;
  if ((dg.test(surface[0]) && dg.test(cur._text[s - 1] || '')) || (dg.test(surface.at(-1)) && dg.test(cur._text[e] || '')))
    errors.push(`${where}: "${surface}" cuts a number`);
  for (const g of cur.figures) if (g.span[0] < e && s < g.span[1]) errors.push(`${where}: "${surface}" overlaps another figure`);
  fig.span = [s, e];
  if (q === 'over' || q === 'at-least') { if (lo === undefined) lo = fig.value; }
  if (q === 'under' || q === 'at-most') { if (hi === undefined) hi = fig.value; }
  if (lo !== undefined && lo !== null) fig.low = lo;
  if (hi !== undefined && hi !== null) fig.high = hi;
  if (q) fig.qualifier = q;
  fig.change = change;
  fig.approximate = approx || q !== null;
  if (iso) fig.iso = iso;
  if (optional || kind === 'identifier') fig.optional = true;   // GUIDE.md: identifiers are never required
  cur.figures.push(fig);
}

/** The strings files named on the command line (`--out FILE` to write elsewhere than
 *  `defaultOut`) read into sentences.jsonl: `open(line, where, errors)` turns an `@` line into
 *  a sentence record (or null), figure lines go to readFigureLine. With `comments`, lines
 *  starting with `#` are skipped. Shared with ../zh-figures-ud/annotate.mjs. */
export function annotateMain(defaultOut, open, { comments = false } = {}) {
  const argv = process.argv.slice(2);
  let out = defaultOut;
  const files = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--out') out = argv[++i];
    else files.push(argv[i]);
  }
  const recs = [];
  const errors = [];
  let cur = null;
  for (const f of files) {
    const lines = readFileSync(f, 'utf8').split('\n');
    lines.forEach((line, n) => {
      const where = `${f}:${n + 1}`;
      line = line.trim();
      if (!line || (comments && line.startsWith('#'))) return;
      if (line.startsWith('@')) {
        cur = open(line, where, errors);
        if (cur && recs.some((r) => r.id === cur.id)) { errors.push(`${where}: sentence listed twice`); cur = null; }
        if (cur) recs.push(cur);
        return;
      }
      if (!cur) { errors.push(`${where}: figure outside a sentence`); return; }
      readFigureLine(line, cur, where, errors);
    });
  }
  writeSentences(recs, errors, out);
}

function main() {
  const pages = loadPages();
  annotateMain(join(here, 'sentences.jsonl'), (line, where, errors) => {
    const [pid, st] = line.slice(1).split(/\s+/);
    const pg = pages.get(pid);
    if (!pg) { errors.push(`${where}: no page ${pid}`); return null; }
    const sent = pg.sentences.find(([a]) => a === Number(st));
    if (!sent) { errors.push(`${where}: no sentence at ${st} on ${pid}`); return null; }
    const id = createHash('sha256').update(pg.set + pg.page.id + sent[0]).digest('hex').slice(0, 16);
    return { id, set: pg.set, page: pg.page.id, span: sent, script: pg.page.script, textSha256: pg.page.textSha256, figures: [], _text: pg.text };
  });
}

/** Sorted records without their texts to `out`, or the errors and exit 1. Shared with
 *  ../zh-figures-ud/annotate.mjs. */
export function writeSentences(recs, errors, out) {
  if (errors.length) { console.error(errors.join('\n')); process.exit(1); }
  recs.sort((x, y) => (x.set + x.page).localeCompare(y.set + y.page) || x.span[0] - y.span[0]);
  for (const r of recs) { delete r._text; r.figures.sort((x, y) => x.span[0] - y.span[0]); }
  writeFileSync(out, recs.map(r => JSON.stringify(r)).join('\n') + '\n');
  const withFig = recs.filter(r => r.figures.some(f => !f.optional)).length;
  console.log(`${recs.length} sentences (${withFig} with required figures), ${recs.reduce((n, r) => n + r.figures.length, 0)} figures -> ${out}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
