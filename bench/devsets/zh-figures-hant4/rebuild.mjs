#!/usr/bin/env node
// Writes the page texts of the zh-figures-hant4 set into /work/zh-hant4/text/<page>.txt from the
// fetched mirrors (`fetch github:TaiwanStat/Taiwan-news-crawlers` and `github:raileo98/test2`,
// bare repositories under /work/.mirror), checking each against pages.jsonl's textSha256, then
// checks every annotated sentence's textSha256. Never runs figlens.
//
//   node bench/devsets/zh-figures-hant4/rebuild.mjs [--out DIR]
//
// Each page is member number `member` of the file (repo, commit, path), read by select.mjs's
// memberText(): format json = the top-level JSON objects (broken ones skipped), an object's
// `content` with CR LF / CR -> LF; tdm-atom = an <entry> of the TDM Atom feed, rthk-rss = an
// <item> of an RTHK feed, their HTML turned into lines as select.mjs's htmlText() does.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { memberText } from './select.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const i = process.argv.indexOf('--out');
const out = i > 0 ? process.argv[i + 1] : '/work/zh-hant4';
const sha = t => createHash('sha256').update(t, 'utf8').digest('hex');
mkdirSync(join(out, 'text'), { recursive: true });
const files = new Map();
let written = 0, bad = 0, checked = 0;
const shas = new Map();
for (const p of readFileSync(join(here, 'pages.jsonl'), 'utf8').trim().split('\n').map(JSON.parse)) {
  const text = memberText(p, p.member, files);
  if (sha(text) !== p.textSha256) { console.error(`${p.id}: text differs from textSha256`); bad++; continue; }
  writeFileSync(join(out, 'text', p.id + '.txt'), text);
  shas.set(p.id, p.textSha256);
  written++;
}
const setFile = join(here, 'sentences.jsonl');
if (existsSync(setFile)) {
  for (const r of readFileSync(setFile, 'utf8').split('\n').filter(Boolean).map(JSON.parse)) {
    if (shas.get(r.page) !== r.textSha256) { console.error(`${r.page}: sentence ${r.id} textSha256 differs`); bad++; } else checked++;
  }
}
console.log(`${written} texts in ${join(out, 'text')}; ${checked} annotated sentences checked${bad ? `, ${bad} BAD` : ''}`);
process.exit(bad ? 1 : 0);
