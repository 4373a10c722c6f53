#!/usr/bin/env node
// Rebuilds the texts of the zh-figures-ud set from fetched copies of the UD Chinese treebanks
// (bare git mirrors, read at HEAD) into /work/zh-ud/text/<page>.txt, page = <treebank>-<sent_id>,
// one sentence a file, exactly its `# text = ` line (trimmed, no newline). Every sentence in
// sentences.jsonl is checked against its textSha256; the selected sentences not yet annotated are
// written too. Never runs figlens.
//
//   node bench/devsets/zh-figures-ud/rebuild.mjs [PUD_DIR] [GSD_DIR] [--out DIR]
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PUD, GSD, readBank, select } from './select.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const argv = process.argv.slice(2);
let out = '/work/zh-ud/text';
const pos = [];
for (let i = 0; i < argv.length; i++) { if (argv[i] === '--out') out = argv[++i]; else pos.push(argv[i]); }
const pudDir = pos[0] || PUD, gsdDir = pos[1] || GSD;

const byPage = new Map([...readBank('pud', pudDir), ...readBank('gsd', gsdDir)].map(s => [s.page, s.text]));
const { figs, negs, round2 } = select(pudDir, gsdDir);
mkdirSync(out, { recursive: true });
const sha = t => createHash('sha256').update(t, 'utf8').digest('hex');
let written = 0, checked = 0, bad = 0;
for (const s of [...figs, ...negs, ...round2]) { writeFileSync(join(out, s.page + '.txt'), s.text); written++; }
const setFile = join(here, 'sentences.jsonl');
if (existsSync(setFile)) {
  for (const line of readFileSync(setFile, 'utf8').split('\n').filter(Boolean)) {
    const r = JSON.parse(line);
    const t = byPage.get(r.page);
    if (t === undefined) { console.error(`${r.page}: not in the treebanks`); bad++; continue; }
    writeFileSync(join(out, r.page + '.txt'), t);
    if (sha(t) !== r.textSha256) { console.error(`${r.page}: text differs from textSha256`); bad++; } else checked++;
  }
}
console.log(`${written} selected texts written to ${out}; ${checked} annotated sentences checked${bad ? `, ${bad} BAD` : ''}`);
process.exit(bad ? 1 : 0);
