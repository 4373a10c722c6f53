#!/usr/bin/env node
// Builds sentences.jsonl of the en-figures5 set (development-only) from an annotator's strings
// file, which quotes the text and is kept outside the repository (/work/en-news5/strings*.txt).
// Never runs figlens. Figure lines are read by ../zh-figures/annotate.mjs's shared driver
// (annotateMain, readFigureLine); the strings format is the one ../en-figures/annotate.mjs
// documents.
//
//   node bench/devsets/en-figures5/annotate.mjs STRINGS... [--out FILE]
//
// Story texts come from /work/en-news5/text/<page>.txt (rebuild them with rebuild.mjs). A sentence
// is named by its page and start offset and must be one of en-figures' splitSentences spans of it;
// set en5-rthk, script "en", id the first 16 hex digits of sha256(set + page + start).
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { annotateSet } from '../en-figures/annotate.mjs';

annotateSet({ dir: dirname(fileURLToPath(import.meta.url)), text: '/work/en-news5/text', set: 'en5-rthk' });
