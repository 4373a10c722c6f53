#!/usr/bin/env node
// Writes the fourth coverage set's article texts to <out>/text/<id>.txt (never committed), each
// checked against its selection record's textSha256 (sha256 of the UTF-8 text). Reads every page
// of the four sources with no exclusion (common.mjs candidates4 exclude false), so that sets
// made later do not break it. Runs no part of figlens.
//
//   node bench/devsets/checks4/rebuild.mjs [--mirrors DIR] [--out DIR]
//
// --mirrors  fetched repositories (default /work/.mirror; see select.mjs); crawl-to-the-future's
//            archives are unpacked once into /work/en-news2/ctf-unpacked (python3 -m py7zr)
// --out      default /work/checks-cov4
//
// Exit status 1 when any article is missing or any hash differs.
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readArgs, writeSelection } from '../checks/common.mjs';
import { candidates4 } from './common.mjs';

const a = readArgs({ mirrors: '/work/.mirror', out: '/work/checks-cov4' });
writeSelection(dirname(fileURLToPath(import.meta.url)), candidates4({ mirrors: a.mirrors, exclude: false }), a.out);
