#!/usr/bin/env node
// Rebuilds the page texts of the en-figures4 set from the fetched crawl-to-the-future mirror
// (bare git mirror under --mirrors, read at the commit in ../en-figures/select.mjs) into
// /work/en-news4/text/<page>.txt: the whole page text (a .txt decoded as select.mjs says; only the
// pages select.mjs selects), one file a source page. Every page of sentences.jsonl is checked
// against its textSha256 (sha256 of the text). Exits 1 on any difference. Never runs figlens.
//
//   node bench/devsets/en-figures4/rebuild.mjs [--mirrors DIR] [--out DIR]
//
// crawl-to-the-future's ten archives are unpacked once (python3 -m py7zr; pip install py7zr) into
// en-figures2's /work/en-news2/ctf-unpacked (its ctfPages2 reads them).
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rebuildSet } from '../en-figures/rebuild.mjs';
import { select } from './select.mjs';

rebuildSet({ select, dir: dirname(fileURLToPath(import.meta.url)), out: '/work/en-news4/text' });
