#!/usr/bin/env node
// Rebuilds the story texts of the en-figures6 set from the fetched raileo98/test2 mirror (bare git
// mirror under --mirrors, read at the commits select.mjs names) into /work/en-news6/text/<page>.txt:
// the story text exactly as select.mjs makes it (headline + LF + full text; only the stories
// select.mjs selects), one file a story. Every page of sentences.jsonl is checked against its
// textSha256 (sha256 of the text). Exits 1 on any difference. Never runs figlens.
//
//   node bench/devsets/en-figures6/rebuild.mjs [--mirrors DIR] [--out DIR]
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rebuildSet } from '../en-figures/rebuild.mjs';
import { select } from './select.mjs';

rebuildSet({ select, dir: dirname(fileURLToPath(import.meta.url)), out: '/work/en-news6/text' });
