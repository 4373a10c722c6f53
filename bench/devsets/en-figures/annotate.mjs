#!/usr/bin/env node
// Builds sentences.jsonl of the en-figures set from an annotator's strings file, which quotes the
// text and is kept outside the repository (/work/en-news/strings*.txt). Never runs figlens.
// Figure lines are read by ../zh-figures/annotate.mjs's shared driver (annotateMain,
// readFigureLine); this file only says how an @ line opens a sentence.
//
//   node bench/devsets/en-figures/annotate.mjs STRINGS... [--out FILE]
//
// Page texts come from /work/en-news/text/<page>.txt (rebuild them with rebuild.mjs). A sentence
// is named by its page and start offset, and must be one of select.mjs's splitSentences spans of
// that page; set is en-aeb (pages aeb-…) or en-ctf (the crawl-to-the-future pages), script "en",
// id the first 16 hex digits of sha256(set + page + start).
//
// Strings format, one item a line (# starts a comment line):
//   @<page> <start>                         opens a sentence (listed with no figure: a negative)
//   surface | kind | value | unit | flags   a figure: the exact text as it appears in the sentence,
//                                           value and unit "-" for null; flags, space-separated:
//                                           lo=N hi=N q=<qualifier> + (increase) - (decrease)
//                                           ~ (approximate) iso=... ? (optional: not required,
//                                           not false when found) #N (the N-th occurrence)
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { annotateMain } from '../zh-figures/annotate.mjs';
import { splitSentences } from './select.mjs';

const here = dirname(fileURLToPath(import.meta.url));

/**
 * Writes `dir`/sentences.jsonl from the strings files on the command line, the page texts read
 * from `text`, the sets named `prefix`-aeb and `prefix`-ctf (en-figures2 runs it with its own), or
 * every sentence in the one set `set` when it is given (en-figures5).
 */
export function annotateSet({ dir = here, text = '/work/en-news/text', prefix = 'en', set: oneSet = null } = {}) {
  const pages = new Map();
  const loadPage = (page) => {
    if (!pages.has(page)) {
      const p = join(text, page + '.txt');
      if (!existsSync(p)) pages.set(page, null);
      else {
        const t = readFileSync(p, 'utf8');
        pages.set(page, { text: t, sha: createHash('sha256').update(t, 'utf8').digest('hex'), sentences: splitSentences(t) });
      }
    }
    return pages.get(page);
  };
  annotateMain(join(dir, 'sentences.jsonl'), (line, where, errors) => {
    const [pid, st] = line.slice(1).trim().split(/\s+/);
    const pg = loadPage(pid);
    if (!pg) { errors.push(`${where}: no text for ${pid}`); return null; }
    const span = pg.sentences.find(([a]) => a === Number(st));
    if (!span) { errors.push(`${where}: no sentence at ${st} on ${pid}`); return null; }
    const set = oneSet ?? (pid.startsWith('aeb-') ? `${prefix}-aeb` : `${prefix}-ctf`);
    const id = createHash('sha256').update(set + pid + span[0]).digest('hex').slice(0, 16);
    return { id, set, page: pid, span, script: 'en', textSha256: pg.sha, figures: [], _text: pg.text };
  }, { comments: true });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) annotateSet();
