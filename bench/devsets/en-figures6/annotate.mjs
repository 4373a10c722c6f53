#!/usr/bin/env node
// Builds sentences.jsonl of the en-figures6 set (development-only) from an annotator's strings
// files, which quote the text and are kept outside the repository (/work/en-news6/strings*.txt).
// Never runs figlens. en-figures' annotateSet with the one set name en6-rthk; the strings format
// is the one ../en-figures/annotate.mjs documents.
//
//   node bench/devsets/en-figures6/annotate.mjs STRINGS... [--out FILE]
//
// Story texts come from /work/en-news6/text/<page>.txt (rebuild them with rebuild.mjs). A sentence
// is named by its page and start offset and must be one of en-figures' splitSentences spans of it;
// set en6-rthk, script "en", id the first 16 hex digits of sha256(set + page + start).
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { annotateSet } from '../en-figures/annotate.mjs';

annotateSet({ dir: dirname(fileURLToPath(import.meta.url)), text: '/work/en-news6/text', set: 'en6-rthk' });
