#!/usr/bin/env node
// Rebuilds the en-figures7 page texts from the fetched flairNLP/fundus mirror into /work/en-news7:
// pages6's renderer (pages3's rebuild.mjs: the .html.gz gunzipped, headless Chromium, JavaScript
// off, no network, document.body.innerText, CRLF -> LF), html/<id>.html and text/<id>.txt, every
// page checked against pages.jsonl's htmlSha256 and textSha256 (exit 1 on any difference). Never
// runs figlens.
//
//   node bench/devsets/en-figures7/rebuild.mjs [--mirrors DIR] [--out DIR] [--jobs N]
//   node bench/devsets/en-figures7/rebuild.mjs --candidates /work/en-news7/candidates.txt > /work/en-news7/meta.jsonl
//
// The second form (select.mjs --candidates's output) renders every candidate page and prints the
// JSON line per page select.mjs reads (id, url, hashes, commit, path).
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const argv = process.argv.slice(2);
if (!argv.includes('--out')) argv.push('--out', '/work/en-news7');
if (!argv.includes('--pages') && !argv.includes('--candidates')) argv.push('--pages', join(here, 'pages.jsonl'));
process.argv.splice(2, process.argv.length, ...argv);
const { main } = await import('../pages3/rebuild.mjs');
await main();
