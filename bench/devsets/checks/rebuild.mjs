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
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { candidates, sha256 } from './common.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const a = { mirrors: '/work/.mirror', pages3: '/work/pages3', out: '/work/checks-cov' };
for (let i = 2; i < process.argv.length; i++) {
  const k = process.argv[i];
  if (['--mirrors', '--pages3', '--out'].includes(k) && i + 1 < process.argv.length) a[k.slice(2)] = process.argv[++i];
  else { console.error(`unknown argument ${k}`); process.exit(2); }
}
const selection = readFileSync(join(here, 'selection.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
const byKey = new Map(candidates({ mirrors: a.mirrors, pages3Dir: a.pages3 }).map((c) => [`${c.set}/${c.id}`, c]));
mkdirSync(join(a.out, 'text'), { recursive: true });
let bad = 0;
for (const s of selection) {
  const c = byKey.get(`${s.set}/${s.id}`);
  if (!c) { console.error(`${s.set}/${s.id}: missing`); bad++; continue; }
  if (sha256(c.text) !== s.textSha256) { console.error(`${s.set}/${s.id}: text differs from textSha256`); bad++; continue; }
  writeFileSync(join(a.out, 'text', `${s.id}.txt`), c.text);
}
console.error(`${selection.length - bad} of ${selection.length} articles written to ${join(a.out, 'text')}`);
process.exit(bad ? 1 : 0);
