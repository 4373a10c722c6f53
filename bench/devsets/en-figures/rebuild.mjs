#!/usr/bin/env node
// Rebuilds the page texts of the en-figures set from fetched copies of the two source
// repositories (bare git mirrors under --mirrors, read at the commits in select.mjs) into
// /work/en-news/text/<page>.txt: the whole page text (a benchmark page's articleBody, or a
// crawl-to-the-future .txt decoded as select.mjs says), one file a source page. Every page of
// sentences.jsonl is checked against its textSha256; the pages of selected sentences not yet
// annotated are written too. Never runs figlens.
//
//   node bench/devsets/en-figures/rebuild.mjs [--mirrors DIR] [--out DIR]
//
// crawl-to-the-future's archives are unpacked once (python3 -m py7zr; pip install py7zr) into
// /work/en-news/ctf-unpacked.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { select } from './select.mjs';

const here = dirname(fileURLToPath(import.meta.url));

/**
 * Writes the page texts `select` chooses, and those of `dir`/sentences.jsonl, into --out
 * (default `out`), checking the annotated ones against their textSha256; exits 1 on any
 * difference. en-figures2 runs it with its own select and folders.
 */
export function rebuildSet({ select: choose = select, dir = here, out = '/work/en-news/text' } = {}) {
  const argv = process.argv.slice(2);
  let mirrors = '/work/.mirror';
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--out') out = argv[++i];
    else if (argv[i] === '--mirrors') mirrors = argv[++i];
    else { console.error(`unknown argument ${argv[i]}`); process.exit(2); }
  }
  const { pages, chosen } = choose(mirrors);
  const byPage = new Map(pages.map((p) => [p.page, p]));
  const sha = (t) => createHash('sha256').update(t, 'utf8').digest('hex');
  mkdirSync(out, { recursive: true });
  const want = new Set(chosen.map((s) => s.page));
  let checked = 0, bad = 0;
  const setFile = join(dir, 'sentences.jsonl');
  const recs = existsSync(setFile) ? readFileSync(setFile, 'utf8').split('\n').filter(Boolean).map(JSON.parse) : [];
  for (const r of recs) want.add(r.page);
  for (const p of want) {
    const pg = byPage.get(p);
    if (!pg) { console.error(`${p}: not in the sources`); bad++; continue; }
    writeFileSync(join(out, p + '.txt'), pg.text);
  }
  for (const r of recs) {
    const pg = byPage.get(r.page);
    if (!pg) continue;
    if (sha(pg.text) !== r.textSha256) { console.error(`${r.set}/${r.page}: text differs from textSha256`); bad++; } else checked++;
  }
  console.log(`${want.size} page texts written to ${out}; ${checked} annotated sentences checked${bad ? `, ${bad} BAD` : ''}`);
  process.exit(bad ? 1 : 0);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) rebuildSet();
