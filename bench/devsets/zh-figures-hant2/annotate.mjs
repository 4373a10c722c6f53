#!/usr/bin/env node
// Builds sentences.jsonl of the zh-figures-hant2 set from the annotator's strings file, which
// quotes the text and is kept outside the repository (/work/zh-hant2/strings.txt). Never runs
// figlens. Figure lines are read by ../zh-figures/annotate.mjs's shared driver (annotateMain,
// readFigureLine); the format is the same:
//
//   node bench/devsets/zh-figures-hant2/annotate.mjs STRINGS... [--out FILE]
//
//   @<page id> <sentence start>             opens a sentence (listed with no figure: a negative);
//                                           it must be one select.mjs chose
//   surface | kind | value | unit | flags   a figure (see ../zh-figures/annotate.mjs)
//   # ...                                   a comment line
//
// Texts come from /work/zh-hant2/text (rebuild.mjs) and are checked against textSha256. Records:
// id (first 16 hex digits of sha256 of "zh-hant2" + page + start), set "zh-hant2", page, from
// (the page list it comes from: zh-news, zh-news2 or zh-figures-hant2), site, span, script,
// textSha256, figures.
import { createHash } from 'node:crypto';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { annotateMain } from '../zh-figures/annotate.mjs';
import { loadPages, select } from './select.mjs';

const here = dirname(fileURLToPath(import.meta.url));

function main() {
  const pages = new Map(loadPages().map(p => [p.page.id, p]));
  const chosen = new Map(select().map(s => [s.page + ' ' + s.start, s]));
  annotateMain(join(here, 'sentences.jsonl'), (line, where, errors) => {
    const [pid, st] = line.slice(1).trim().split(/\s+/);
    const s = chosen.get(pid + ' ' + Number(st));
    if (!s) { errors.push(`${where}: ${pid} ${st} is not a selected sentence`); return null; }
    const pg = pages.get(pid);
    const id = createHash('sha256').update('zh-hant2' + pid + s.start).digest('hex').slice(0, 16);
    return { id, set: 'zh-hant2', page: pid, from: pg.from, site: pg.page.site ?? s.site, span: [s.start, s.end], script: 'zh-Hant', textSha256: pg.page.textSha256, figures: [], _text: pg.text };
  }, { comments: true });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
