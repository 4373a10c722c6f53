#!/usr/bin/env node
// Turns string annotations into the offsets of pages.jsonl, and checks them.
//
//   node bench/devsets/zh-news/annotate.mjs --ann DIR --meta FILE --text DIR [--set NAME] [--out FILE] [--show ID]
//
// --ann   one <id>.ann per page (below); --meta  JSON lines with id, repo, commit, path,
// site, htmlSha256, textSha256 (rebuild.mjs --candidates prints all but script), and for a
// page inside an archive its `member`, for an English page `lang: en` and `group: site/year`
// (pages3: the rows then carry `member` and `year`);
// --body-optional  a page may have no body runs (pages4: title, date and authors only); its
// row then has `body: null`.
// --text  the rendered texts (<id>.txt). Writes pages.jsonl (default: next to this script, or
// bench/devsets/NAME/pages.jsonl with --set NAME, e.g. --set zh-news2).
//
// An .ann file has one field a line; a value is text copied from the rendered page. Where the
// text around a value is needed to find the right occurrence, the value is put in [brackets]
// inside that context: `記者[王小明]／台北報導`. Without brackets the whole string is the value.
// `\n` in a value stands for a line break (a headline printed on two lines).
//   script: zh-Hans | zh-Hant | en
//   title: <text>          the headline; the first occurrence (or `title@N: ` for the N-th)
//   date: <text> = YYYY-MM-DD      (or `date: none`); the first occurrence (or `date@N: `)
//   author: <text>         one line per author; searched from the title on (a byline may sit
//                          inside the first paragraph, as a dateline's 记者 X does), else from the
//                          start of the page (a column byline printed above the headline)
//   body: <first> ... <last>   a run of paragraphs: from the first text (searched from the end of
//                          the previous run, or of the title) to the end of the last text
//                          (searched from the first). `body: <text>` is a run of one paragraph;
//                          `body@N:` takes the N-th occurrence of the first text. A run must
//                          start a line.
//   skip: <text>           a line inside a run that is not article text (caption, ad, editor
//                          line) starting with this text
//   skipre: <regex>        likewise, a line inside a run matching this regular expression
// A run is cut at line breaks into one span per non-empty line (without its leading and
// trailing blanks, including U+3000 and U+00A0), leaving out skipped lines.
// Offsets are UTF-16 code units (JavaScript string indices), end exclusive.

import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

function args(argv) {
  const a = { out: join(here, 'pages.jsonl') };
  for (let i = 0; i < argv.length; i++) {
    const k = argv[i];
    const v = () => argv[++i];
    if (k === '--ann') a.ann = v();
    else if (k === '--meta') a.meta = v();
    else if (k === '--text') a.text = v();
    else if (k === '--out') a.out = v();
    else if (k === '--set') a.out = join(here, '..', v(), 'pages.jsonl');
    else if (k === '--show') a.show = v();
    else if (k === '--body-optional') a.bodyOptional = true;
    else throw new Error(`unknown argument ${k}`);
  }
  return a;
}

const BLANK = /[\s\u3000\u00a0]/;

/** Finds `spec` (with an optional [value] inside its context) in text from `from`: [s, e] of the value. */
function find(text, spec, from = 0, nth = 1, what = '') {
  spec = spec.replace(/\\n/g, '\n'); // `\n` in a value: a line break (a headline printed on two lines)
  const m = /^(.*?)\[(.+)\](.*)$/s.exec(spec);
  const ctx = m ? m[1] + m[2] + m[3] : spec;
  const off = m ? m[1].length : 0;
  const len = m ? m[2].length : spec.length;
  let at = from - 1;
  for (let k = 0; k < nth; k++) {
    at = text.indexOf(ctx, at + 1);
    if (at < 0) throw new Error(`${what}: not found${from ? ` after ${from}` : ''}: ${JSON.stringify(spec)}`);
  }
  return [at + off, at + off + len];
}

function trimSpan(text, s, e) {
  while (s < e && BLANK.test(text[s])) s++;
  while (e > s && BLANK.test(text[e - 1])) e--;
  return [s, e];
}

export function annotate(text, ann, { bodyOptional = false } = {}) {
  const lines = ann.split('\n').map((l) => l.replace(/\r$/, '')).filter((l) => l.trim() && !l.startsWith('#'));
  const out = { title: null, date: null, authors: [], body: [] };
  const skips = [];
  let script = null;
  const runs = [];
  for (const l of lines) {
    const m = /^(\w+)(?:@(\d+))?:\s?(.*)$/.exec(l);
    if (!m) throw new Error(`bad line: ${l}`);
    const [, key, nth, val] = m;
    if (key === 'script') script = val.trim();
    else if (key === 'title') out.title = find(text, val, 0, Number(nth || 1), 'title');
    else if (key === 'date') {
      if (val.trim() === 'none') continue;
      const d = /^(.*) = (\d{4}-\d{2}-\d{2})$/.exec(val);
      if (!d) throw new Error(`date needs " = YYYY-MM-DD": ${l}`);
      out.date = { span: find(text, d[1], 0, Number(nth || 1), 'date'), iso: d[2] };
    } else if (key === 'author') {
      let span;
      try {
        span = find(text, val, out.title ? out.title[0] : 0, Number(nth || 1), 'author');
      } catch (e) {
        if (!out.title) throw e;
        span = find(text, val, 0, Number(nth || 1), 'author');
      }
      out.authors.push(span);
    }
    else if (key === 'skip') skips.push((t) => t.startsWith(val));
    else if (key === 'skipre') { const re = new RegExp(val, 'u'); skips.push((t) => re.test(t)); }
    else if (key === 'body') runs.push([val, Number(nth || 1)]);
    else throw new Error(`unknown field ${key}`);
  }
  let cursor = out.title ? out.title[1] : 0;
  for (const [r, nth] of runs) {
    const parts = r.split(' ... ');
    const [s] = find(text, parts[0], cursor, nth, 'body start');
    // A run starts a line: text before it on its line may only be blanks.
    const ls = text.lastIndexOf('\n', s - 1) + 1;
    if (!/^[\s\u3000\u00a0]*$/.test(text.slice(ls, s))) throw new Error(`body start is mid-line: ${JSON.stringify(parts[0])}`);
    let e;
    if (parts.length === 1) e = s + parts[0].replace(/^(.*?)\[(.+)\](.*)$/s, '$2').length;
    else e = find(text, parts[1], s, 1, 'body end')[1];
    // …and ends one, or ends where a trailing credit on the same line is left out (checked by eye).
    const le = text.indexOf('\n', e);
    const rest = text.slice(e, le < 0 ? text.length : le);
    if (!/^[\s\u3000\u00a0]*$/.test(rest) && !/^[\s\u3000]*[（(〔]/.test(rest)) throw new Error(`body end is mid-line: ${JSON.stringify(parts[1] || parts[0])} then ${JSON.stringify(rest.slice(0, 20))}`);
    let p = s;
    while (p < e) {
      let q = text.indexOf('\n', p);
      if (q < 0 || q > e) q = e;
      const [a, b] = trimSpan(text, p, q);
      if (b > a && !skips.some((k) => k(text.slice(a, b)))) out.body.push([a, b]);
      p = q + 1;
    }
    cursor = e;
  }
  // Checks: in range, non-empty, body spans ascending and disjoint, title and byline outside the body.
  // (An author named in a dateline inside the first paragraph, 新华社北京电（记者 X）, stays inside it.)
  const all = [out.title, out.date && out.date.span].filter(Boolean);
  for (const [a, b] of [...all, ...out.authors, ...out.body]) if (!(a >= 0 && b > a && b <= text.length)) throw new Error(`bad span ${a},${b}`);
  for (let i = 1; i < out.body.length; i++) if (out.body[i][0] < out.body[i - 1][1]) throw new Error('body spans overlap');
  for (const [a, b] of all) for (const [c, d] of out.body) if (a < d && c < b) throw new Error(`span ${a},${b} (${text.slice(a, b)}) inside body ${c},${d}`);
  if (!out.body.length && !bodyOptional) throw new Error('no body');
  return { script, ...out };
}

export async function main() {
  const a = args(process.argv.slice(2));
  const meta = new Map(readFileSync(a.meta, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l)).map((o) => [o.id, o]));
  const files = readdirSync(a.ann).filter((f) => f.endsWith('.ann')).sort();
  const rows = [];
  let bad = 0;
  for (const f of files) {
    const id = f.slice(0, -4);
    if (a.show && a.show !== id) continue;
    const m = meta.get(id);
    try {
      if (!m) throw new Error('no metadata');
      const text = readFileSync(join(a.text, `${id}.txt`), 'utf8');
      const r = annotate(text, readFileSync(join(a.ann, f), 'utf8'), { bodyOptional: a.bodyOptional });
      if (!['zh-Hans', 'zh-Hant', 'en'].includes(r.script)) throw new Error('script missing');
      rows.push({
        id, repo: m.repo, commit: m.commit, path: m.path, ...(m.member ? { member: m.member } : {}),
        site: m.site, ...(m.lang === 'en' ? { year: Number(m.group.split('/')[1]) } : {}), script: r.script,
        htmlSha256: m.htmlSha256, textSha256: m.textSha256,
        title: r.title, date: r.date, authors: r.authors, body: r.body.length ? r.body : null,
      });
      if (a.show) {
        const sl = ([s, e]) => JSON.stringify(text.slice(s, e));
        console.log('title', r.title && sl(r.title));
        console.log('date', r.date && sl(r.date.span), r.date && r.date.iso);
        console.log('authors', r.authors.map(sl).join(' '));
        for (const b of r.body) console.log(' body', b.join(','), sl(b).slice(0, 60), '…', sl(b).slice(-25));
      }
    } catch (e) {
      bad++;
      console.error(`${id}: ${e.message}`);
    }
  }
  if (!a.show) {
    rows.sort((x, y) => (x.site + x.path < y.site + y.path ? -1 : 1));
    writeFileSync(a.out, rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
    console.log(`${rows.length} pages written to ${a.out}, ${bad} with errors`);
  }
  if (bad) process.exitCode = 1;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
