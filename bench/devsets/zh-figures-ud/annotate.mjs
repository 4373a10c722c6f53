#!/usr/bin/env node
// Builds sentences.jsonl of the zh-figures-ud set from an annotator's strings file, which quotes
// the text and is kept outside the repository. Never runs figlens. Figure lines are read by
// ../zh-figures/annotate.mjs's readFigureLine; a page here is one treebank sentence, so the span
// is the whole text.
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
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { annotateMain } from '../zh-figures/annotate.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const TEXT = '/work/zh-ud/text';

function loadText(page) {
  const p = join(TEXT, page + '.txt');
  if (!existsSync(p)) return null;
  const text = readFileSync(p, 'utf8');
  return { text, sha: createHash('sha256').update(text, 'utf8').digest('hex') };
}

function main() {
  annotateMain(join(here, 'sentences.jsonl'), (line, where, errors) => {
    const pid = line.slice(1).trim();
    const bank = pid.split('-')[0];
    const pg = (bank === 'pud' || bank === 'gsd') ? loadText(pid) : null;
    if (!pg) { errors.push(`${where}: no text for ${pid}`); return null; }
    const set = 'ud-' + bank;
    const span = [0, pg.text.length];
    const id = createHash('sha256').update(set + pid + span[0]).digest('hex').slice(0, 16);
    return { id, set, page: pid, span, script: 'zh-Hant', textSha256: pg.sha, figures: [], _text: pg.text };
  }, { comments: true });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
