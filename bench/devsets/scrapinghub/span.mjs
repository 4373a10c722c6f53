#!/usr/bin/env node
// Offsets of an exact string in a rendered page, for writing annotations from strings read.
//
//   node bench/devsets/scrapinghub/span.mjs ID 'exact string' [N] [--text DIR]
//     prints [start,end] (UTF-16 code units, end exclusive) of the Nth occurrence (1-based,
//     default 1) of the string in DIR/ID.txt (DIR defaults to /work/aeb-text, or $AEB_TEXT),
//     then the number of occurrences and the text's sha256 on stderr.
//     ID may be a unique prefix of the page id.
//   node bench/devsets/scrapinghub/span.mjs ID --sha        prints the text's sha256
//   node bench/devsets/scrapinghub/span.mjs ID --show S E   prints the text at [S,E)
//   node bench/devsets/scrapinghub/span.mjs ID --all 'exact string'   every occurrence
// Exit status 1 when the string (or its Nth occurrence) is absent.

import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const args = process.argv.slice(2);
let dir = process.env.AEB_TEXT || '/work/aeb-text';
const ti = args.indexOf('--text');
if (ti >= 0) {
  dir = args[ti + 1];
  args.splice(ti, 2);
}
if (args.length < 2) {
  console.error("usage: span.mjs ID 'exact string' [N] | ID --sha | ID --show S E | ID --all 'string'  [--text DIR]");
  process.exit(2);
}
let id = args[0];
const ids = readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => f.slice(0, -4));
const hits = ids.filter((x) => x.startsWith(id));
if (hits.length !== 1) {
  console.error(hits.length ? `ambiguous id prefix ${id}` : `no page ${id} in ${dir}`);
  process.exit(2);
}
id = hits[0];
const text = readFileSync(join(dir, `${id}.txt`), 'utf8');
const sha = createHash('sha256').update(Buffer.from(text, 'utf8')).digest('hex');

if (args[1] === '--sha') {
  console.log(sha);
  process.exit(0);
}
if (args[1] === '--show') {
  console.log(JSON.stringify(text.slice(Number(args[2]), Number(args[3]))));
  process.exit(0);
}
const all = args[1] === '--all';
const needle = all ? args[2] : args[1];
if (!needle) {
  console.error('empty string');
  process.exit(2);
}
const found = [];
for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) found.push([i, i + needle.length]);
if (all) {
  for (const [s, e] of found) {
    const ctx = text.slice(Math.max(0, s - 30), Math.min(text.length, e + 30)).replace(/\n/g, '⏎');
    console.log(`[${s},${e}]  …${ctx}…`);
  }
  process.exit(found.length ? 0 : 1);
}
const n = args[2] ? Number(args[2]) : 1;
if (!(n >= 1) || found.length < n) {
  console.error(`${JSON.stringify(needle)}: ${found.length} occurrence(s) in ${id}, wanted #${n}`);
  process.exit(1);
}
console.log(JSON.stringify(found[n - 1]));
console.error(`occurrence ${n} of ${found.length}; textSha256 ${sha}`);
