#!/usr/bin/env node
// Builds sentences.jsonl of the zh-figures-ud set from an annotator's strings file, which quotes
// the text and is kept outside the repository. Never runs figlens. Adapted from
// ../zh-figures/annotate.mjs: a page here is one treebank sentence, so the span is the whole text.
//
//   node bench/devsets/zh-figures-ud/annotate.mjs STRINGS... [--out FILE]
//
// Texts come from /work/zh-ud/text/<page>.txt (rebuild them with rebuild.mjs), page =
// <treebank>-<sent_id> (pud-n01001011, gsd-dev-s12); set is ud-pud or ud-gsd; the record's
// textSha256 is the sha256 of that text.
//
// Strings format, one item a line (# starts a comment line):
//   @<page>                                 opens a sentence (listed with no figure: a negative)
//   surface | kind | value | unit | flags   a figure: the exact text as it appears in the sentence,
//                                           value and unit "-" for null; flags, space-separated:
//                                           lo=N hi=N q=<qualifier> + (increase) - (decrease)
//                                           ~ (approximate) iso=... ? (optional: not required,
//                                           not false when found) #N (the N-th occurrence)
// Every surface must occur in its sentence; a span with a digit right beside it, or two
// overlapping spans, is an error.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const TEXT = '/work/zh-ud/text';
const QUALS = new Set(['about', 'nearly', 'over', 'at-least', 'under', 'at-most']);
const KINDS = new Set(['money', 'percent', 'count', 'measure', 'ratio', 'multiple', 'date', 'duration', 'rank', 'identifier', 'number']);

function loadText(page) {
  const p = join(TEXT, page + '.txt');
  if (!existsSync(p)) return null;
  const text = readFileSync(p, 'utf8');
  return { text, sha: createHash('sha256').update(text, 'utf8').digest('hex') };
}

function num(s, what) {
  if (s === '-') return null;
  const v = Number(s);
  if (!Number.isFinite(v)) throw new Error(`bad ${what}: ${s}`);
  return v;
}

function main() {
  const argv = process.argv.slice(2);
  let out = join(here, 'sentences.jsonl');
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
      if (!line) return;
      if (line.startsWith('#')) return;
      if (line.startsWith('@')) {
        const pid = line.slice(1).trim();
        const bank = pid.split('-')[0];
        const pg = (bank === 'pud' || bank === 'gsd') ? loadText(pid) : null;
        if (!pg) { errors.push(`${where}: no text for ${pid}`); cur = null; return; }
        const set = 'ud-' + bank;
        const span = [0, pg.text.length];
        const id = createHash('sha256').update(set + pid + span[0]).digest('hex').slice(0, 16);
        if (recs.some(r => r.id === id)) { errors.push(`${where}: sentence listed twice`); cur = null; return; }
        cur = { id, set, page: pid, span, script: 'zh-Hant', textSha256: pg.sha, figures: [], _text: pg.text };
        recs.push(cur);
        return;
      }
      if (!cur) { errors.push(`${where}: figure outside a sentence`); return; }
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
    });
  }
  if (errors.length) { console.error(errors.join('\n')); process.exit(1); }
  recs.sort((x, y) => (x.set + x.page).localeCompare(y.set + y.page) || x.span[0] - y.span[0]);
  for (const r of recs) { delete r._text; r.figures.sort((x, y) => x.span[0] - y.span[0]); }
  writeFileSync(out, recs.map(r => JSON.stringify(r)).join('\n') + '\n');
  const withFig = recs.filter(r => r.figures.some(f => !f.optional)).length;
  console.log(`${recs.length} sentences (${withFig} with required figures), ${recs.reduce((n, r) => n + r.figures.length, 0)} figures -> ${out}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
