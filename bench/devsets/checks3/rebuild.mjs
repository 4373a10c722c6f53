#!/usr/bin/env node
// Writes the third coverage set's article texts to <out>/text/<id>.txt (never committed), each
// checked against its selection record's textSha256 (sha256 of the UTF-8 text). Runs no part of
// figlens.
//
//   node bench/devsets/checks3/rebuild.mjs [--mirrors DIR] [--out DIR]
//
// --mirrors  fetched repositories (default /work/.mirror; see select.mjs); crawl-to-the-future's
//            archives are unpacked once into /work/en-news2/ctf-unpacked (python3 -m py7zr)
// --out      default /work/checks-cov3
//
// Exit status 1 when any article is missing or any hash differs.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { candidates3, sha256 } from './common.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const a = { mirrors: '/work/.mirror', out: '/work/checks-cov3' };
for (let i = 2; i < process.argv.length; i++) {
  const k = process.argv[i];
  if (['--mirrors', '--out'].includes(k) && i + 1 < process.argv.length) a[k.slice(2)] = process.argv[++i];
  else { console.error(`unknown argument ${k}`); process.exit(2); }
}
const selection = readFileSync(join(here, 'selection.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
const byKey = new Map(candidates3({ mirrors: a.mirrors }).map((c) => [`${c.set}/${c.id}`, c]));
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
