#!/usr/bin/env node
// Rebuilds the pages7 development set's pages and their rendered text from the fetched mirror of
// flairNLP/fundus (older blobs from its history): pages3's rebuild.mjs (as pages4's and pages5's: bench/articles/render.mjs,
// headless Chromium, JavaScript off, no network, <noscript> removed, 1280x900,
// document.body.innerText, CRLF -> LF), with this folder's pages.jsonl and /work/pages7 as defaults.
//
//   node bench/devsets/pages7/rebuild.mjs [--mirrors DIR] [--out DIR] [--jobs N]
//   node bench/devsets/pages7/rebuild.mjs --candidates FILE [--rank N]   (select.mjs's output)
//
// Writes html/<id>.html and text/<id>.txt under --out, checked against htmlSha256 and
// textSha256 of pages.jsonl; exit status 1 when any page is missing or any hash differs.
// With --candidates, renders the candidates and prints a JSON line per page (the metadata
// annotate.mjs reads). The pages are fundus' .html.gz files; pages3's pageBytes gunzips them
// (htmlSha256 and html/<id>.html are of the unpacked page), as for the four early tests/resources/*.html.gz pages.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const argv = process.argv.slice(2);
if (!argv.includes('--out')) argv.push('--out', '/work/pages7');
if (!argv.includes('--pages') && !argv.includes('--candidates')) argv.push('--pages', join(here, 'pages.jsonl'));
process.argv.splice(2, process.argv.length, ...argv);
const { main } = await import('../pages3/rebuild.mjs');
await main();
