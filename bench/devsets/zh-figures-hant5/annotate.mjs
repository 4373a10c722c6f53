#!/usr/bin/env node
// Builds sentences.jsonl of the zh-figures-hant5 set from the annotator's strings file, which
// quotes the text and is kept outside the repository (/work/zh-hant5/strings*.txt). Never runs
// figlens. Figure lines are read by ../zh-figures/annotate.mjs's shared driver (annotateMain,
// readFigureLine) through ../zh-figures-hant3/set.mjs's annotateSet; the format is the same as zh-figures-hant2's:
//
//   node bench/devsets/zh-figures-hant5/annotate.mjs STRINGS... [--out FILE]
//
//   @<page id> <sentence start>             opens a sentence (listed with no figure: a negative);
//                                           it must be one select.mjs chose
//   surface | kind | value | unit | flags   a figure (see ../zh-figures/annotate.mjs)
//   # ...                                   a comment line
//
// Texts come from /work/zh-hant5/text (rebuild.mjs), checked against textSha256. Records: id
// (first 16 hex digits of sha256 of "zh-hant5" + page + start), set "zh-hant5", page, from
// ("zh-figures-hant5"), site, span, script, textSha256, figures.
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { annotateSet } from '../zh-figures-hant3/set.mjs';
import { select } from './select.mjs';

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  annotateSet({ dir: dirname(fileURLToPath(import.meta.url)), set: 'zh-hant5', from: 'zh-figures-hant5', textDir: '/work/zh-hant5/text', select });
}
