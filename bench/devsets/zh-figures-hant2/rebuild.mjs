#!/usr/bin/env node
// Writes the page texts of the zh-figures-hant2 set into /work/zh-hant2/text/<page>.txt. Never
// runs figlens.
//
//   node bench/devsets/zh-figures-hant2/rebuild.mjs [--from-news DIR] [--from-news2 DIR] [--out DIR]
//        [--render yes|no]
//
// Old pages (the zh-Hant pages of zh-news and zh-news2): their texts are those sets' rendered
// texts, so rebuild them first with `node bench/devsets/zh-news/rebuild.mjs` (and `--set
// zh-news2`); this script copies each one, checking it against the page's textSha256.
// New pages (./pages.jsonl: same repositories, pages zh-news / zh-news2 did not use): rendered
// from the fetched mirrors by `bench/devsets/zh-news/rebuild.mjs --devset <this dir> --out
// /work/zh-hant2` (same renderer, checks htmlSha256 and textSha256); `--render no` skips that
// and only checks the texts already there.
// Then every annotated sentence's textSha256 in sentences.jsonl is checked.
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const opt = { 'from-news': '/work/zh-news', 'from-news2': '/work/zh-news2', out: '/work/zh-hant2', render: 'yes' };
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; i++) opt[argv[i].replace(/^--/, '')] = argv[++i];
const from = { 'zh-news': opt['from-news'], 'zh-news2': opt['from-news2'] };
const sha = t => createHash('sha256').update(t, 'utf8').digest('hex');
mkdirSync(join(opt.out, 'text'), { recursive: true });
let written = 0, bad = 0;
const shas = new Map();
for (const set of Object.keys(from)) {
  for (const p of readFileSync(join(here, '..', set, 'pages.jsonl'), 'utf8').trim().split('\n').map(JSON.parse)) {
    if (p.script !== 'zh-Hant') continue;
    const t = readFileSync(join(from[set], 'text', p.id + '.txt'), 'utf8');
    if (sha(t) !== p.textSha256) { console.error(`${set}/${p.id}: text differs from textSha256`); bad++; continue; }
    writeFileSync(join(opt.out, 'text', p.id + '.txt'), t);
    shas.set(p.id, p.textSha256);
    written++;
  }
}
if (opt.render !== 'no') {
  try {
    execFileSync(process.execPath, [join(here, '..', 'zh-news', 'rebuild.mjs'), '--devset', here, '--out', opt.out, '--jobs', '1'], { stdio: 'inherit' });
  } catch { bad++; }
}
for (const p of readFileSync(join(here, 'pages.jsonl'), 'utf8').trim().split('\n').map(JSON.parse)) {
  const f = join(opt.out, 'text', p.id + '.txt');
  if (!existsSync(f) || sha(readFileSync(f, 'utf8')) !== p.textSha256) { console.error(`${p.id}: new page text missing or differs`); bad++; continue; }
  shas.set(p.id, p.textSha256);
  written++;
}
let checked = 0;
const setFile = join(here, 'sentences.jsonl');
if (existsSync(setFile)) {
  for (const r of readFileSync(setFile, 'utf8').split('\n').filter(Boolean).map(JSON.parse)) {
    if (shas.get(r.page) !== r.textSha256) { console.error(`${r.page}: sentence ${r.id} textSha256 differs`); bad++; } else checked++;
  }
}
console.log(`${written} texts in ${join(opt.out, 'text')}; ${checked} annotated sentences checked${bad ? `, ${bad} BAD` : ''}`);
process.exit(bad ? 1 : 0);
