#!/usr/bin/env node
// Builds sentences.jsonl of the en-figures2 set (development-only) from an annotator's strings
// file, which quotes the text and is kept outside the repository (/work/en-news2/strings*.txt).
// Never runs figlens. Figure lines are read by ../zh-figures/annotate.mjs's shared driver
// (annotateMain, readFigureLine); this file only says how an @ line opens a sentence. The strings
// format is the one ../en-figures/annotate.mjs documents.
//
//   node bench/devsets/en-figures2/annotate.mjs STRINGS... [--out FILE]
//
// Page texts come from /work/en-news2/text/<page>.txt (rebuild them with rebuild.mjs). A sentence
// is named by its page and start offset and must be one of select.mjs's selected sentences; set
// is en2-aeb (pages aeb-…) or en2-ctf, script "en", id the first 16 hex digits of
// sha256(set + page + start).
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { annotateMain } from '../zh-figures/annotate.mjs';
import { splitSentences } from '../en-figures/select.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const TEXT = '/work/en-news2/text';
const pages = new Map();

function loadPage(page) {
  if (!pages.has(page)) {
    const p = join(TEXT, page + '.txt');
    if (!existsSync(p)) pages.set(page, null);
    else {
      const text = readFileSync(p, 'utf8');
      pages.set(page, { text, sha: createHash('sha256').update(text, 'utf8').digest('hex'), sentences: splitSentences(text) });
    }
  }
  return pages.get(page);
}

function main() {
  annotateMain(join(here, 'sentences.jsonl'), (line, where, errors) => {
    const [pid, st] = line.slice(1).trim().split(/\s+/);
    const pg = loadPage(pid);
    if (!pg) { errors.push(`${where}: no text for ${pid}`); return null; }
    const span = pg.sentences.find(([a]) => a === Number(st));
    if (!span) { errors.push(`${where}: no sentence at ${st} on ${pid}`); return null; }
    const set = pid.startsWith('aeb-') ? 'en2-aeb' : 'en2-ctf';
    const id = createHash('sha256').update(set + pid + span[0]).digest('hex').slice(0, 16);
    return { id, set, page: pid, span, script: 'en', textSha256: pg.sha, figures: [], _text: pg.text };
  }, { comments: true });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
