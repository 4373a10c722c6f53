#!/usr/bin/env node
// Writes the second coverage set's article texts to <out>/text/<id>.txt (never committed), each
// checked against its selection record's textSha256 (sha256 of the UTF-8 text). Runs no part of
// figlens.
//
//   node bench/devsets/checks2/rebuild.mjs [--mirrors DIR] [--hant2 DIR] [--out DIR]
//
// --mirrors  fetched repositories (default /work/.mirror: rodricios/crawl-to-the-future,
//            immortal-autumn/Chinese-Web-Content-Extraction-Dataset); crawl-to-the-future's
//            archives are unpacked once into /work/en-news2/ctf-unpacked (python3 -m py7zr)
// --hant2    zh-figures-hant2's rebuilt page texts (default /work/zh-hant2; write them with
//            node bench/devsets/zh-figures-hant2/rebuild.mjs)
// --out      default /work/checks-cov2
//
// The texts are common.mjs's: crawl-to-the-future's .txt (whole file, as en-figures2 reads it),
// zh-figures-hant2's rendered page texts, cwced's gold bodies (as ../checks). Exit status 1 when
// any article is missing or any hash differs.
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readArgs, writeSelection } from '../checks/common.mjs';
import { candidates2 } from './common.mjs';

const a = readArgs({ mirrors: '/work/.mirror', hant2: '/work/zh-hant2', out: '/work/checks-cov2' });
writeSelection(dirname(fileURLToPath(import.meta.url)), candidates2({ mirrors: a.mirrors, hant2Dir: a.hant2 }), a.out);
