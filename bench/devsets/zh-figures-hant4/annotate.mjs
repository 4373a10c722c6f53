#!/usr/bin/env node
// Builds sentences.jsonl of the zh-figures-hant4 set from the annotator's strings file, which
// quotes the text and is kept outside the repository (/work/zh-hant4/strings.txt). Never runs
// figlens. Figure lines are read by ../zh-figures/annotate.mjs's shared driver (annotateMain,
// readFigureLine); the format is the same as zh-figures-hant2's:
//
//   node bench/devsets/zh-figures-hant4/annotate.mjs STRINGS... [--out FILE]
//
//   @<page id> <sentence start>             opens a sentence (listed with no figure: a negative);
//                                           it must be one select.mjs chose
//   surface | kind | value | unit | flags   a figure (see ../zh-figures/annotate.mjs)
//   # ...                                   a comment line
//
// Texts come from /work/zh-hant4/text (rebuild.mjs), checked against textSha256. Records: id
// (first 16 hex digits of sha256 of "zh-hant4" + page + start), set "zh-hant4", page, from
// ("zh-figures-hant4"), site, span, script, textSha256, figures.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { annotateMain } from '../zh-figures/annotate.mjs';
import { select } from './select.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const sha = t => createHash('sha256').update(t, 'utf8').digest('hex');

function main() {
  const pages = new Map();
  for (const p of readFileSync(join(here, 'pages.jsonl'), 'utf8').trim().split('\n').map(JSON.parse)) {
    const text = readFileSync(join('/work/zh-hant4/text', p.id + '.txt'), 'utf8');
    if (sha(text) !== p.textSha256) throw new Error(`${p.id}: text differs from textSha256; run rebuild.mjs`);
    pages.set(p.id, { ...p, text });
  }
  const chosen = new Map(select().map(s => [s.page + ' ' + s.start, s]));
  annotateMain(join(here, 'sentences.jsonl'), (line, where, errors) => {
    const [pid, st] = line.slice(1).trim().split(/\s+/);
    const s = chosen.get(pid + ' ' + Number(st));
    if (!s) { errors.push(`${where}: ${pid} ${st} is not a selected sentence`); return null; }
    const pg = pages.get(pid);
    const id = createHash('sha256').update('zh-hant4' + pid + s.start).digest('hex').slice(0, 16);
    return { id, set: 'zh-hant4', page: pid, from: 'zh-figures-hant4', site: pg.site, span: [s.start, s.end], script: 'zh-Hant', textSha256: pg.textSha256, figures: [], _text: pg.text };
  }, { comments: true });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
