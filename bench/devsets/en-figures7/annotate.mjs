#!/usr/bin/env node
// Builds sentences.jsonl of the en-figures7 set (development-only) from an annotator's strings
// files, kept outside the repository (/work/en-news7/strings*.txt). Never runs figlens.
// en-figures' annotateSet with the one set name en7-fundus; the strings format is the one
// ../en-figures/annotate.mjs documents. Page texts: /work/en-news7/text/<id>.txt (rebuild.mjs).
//
//   node bench/devsets/en-figures7/annotate.mjs STRINGS... [--out FILE]
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { annotateSet } from '../en-figures/annotate.mjs';
import { SET, OUT } from './select.mjs';

annotateSet({ dir: dirname(fileURLToPath(import.meta.url)), text: OUT + '/text', set: SET });
