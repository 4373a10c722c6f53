#!/usr/bin/env node
// Writes the coverage set's article bodies to <out>/text/<id>.txt (never committed), each
// checked against its selection record's textSha256 (sha256 of the UTF-8 text).
//
//   node bench/devsets/checks/rebuild.mjs [--mirrors DIR] [--pages3 DIR] [--out DIR]
//
// --mirrors  fetched repositories (default /work/.mirror)
// --pages3   pages3's rebuilt pages (default /work/pages3; run bench/devsets/pages3/rebuild.mjs
//            first: the pages3 bodies are cut from its rendered text by pages.jsonl's offsets)
// --out      default /work/checks-cov
//
// The body text is common.mjs's: pages3 gold paragraphs joined with "\n"; cwced's
// cleaned/<id>.txt without BOM, with LF line ends and no trailing whitespace.
// Exit status 1 when any article is missing or any hash differs.
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { candidates, readArgs, writeSelection } from './common.mjs';

const a = readArgs({ mirrors: '/work/.mirror', pages3: '/work/pages3', out: '/work/checks-cov' });
writeSelection(dirname(fileURLToPath(import.meta.url)), candidates({ mirrors: a.mirrors, pages3Dir: a.pages3 }), a.out);
