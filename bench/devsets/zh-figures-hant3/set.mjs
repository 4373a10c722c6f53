// What zh-figures-hant3 and later Traditional sets built the same way (hant4) share: rebuilding
// the page texts from the mirrors and turning the annotator's strings files into
// sentences.jsonl. Each set passes its own name, folder, text directory and select.mjs
// functions. Never runs figlens.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { annotateMain } from '../zh-figures/annotate.mjs';

const sha = t => createHash('sha256').update(t, 'utf8').digest('hex');
const readPages = dir => readFileSync(join(dir, 'pages.jsonl'), 'utf8').trim().split('\n').map(JSON.parse);

/** Writes every page's text into OUT/text/<page>.txt (memberText reads it from the mirror),
 *  checks it against textSha256, then checks each annotated sentence's textSha256; exits 1 on
 *  any difference. `--out DIR` overrides the default directory. */
export function rebuildSet({ dir, out: defaultOut, memberText }) {
  const i = process.argv.indexOf('--out');
  const out = i > 0 ? process.argv[i + 1] : defaultOut;
  mkdirSync(join(out, 'text'), { recursive: true });
  const files = new Map();
  const shas = new Map();
  let written = 0, bad = 0, checked = 0;
  for (const p of readPages(dir)) {
    const text = memberText(p, p.member, files);
    if (sha(text) !== p.textSha256) { console.error(`${p.id}: text differs from textSha256`); bad++; continue; }
    writeFileSync(join(out, 'text', p.id + '.txt'), text);
    shas.set(p.id, p.textSha256);
    written++;
  }
  const setFile = join(dir, 'sentences.jsonl');
  if (existsSync(setFile)) {
    for (const r of readFileSync(setFile, 'utf8').split('\n').filter(Boolean).map(JSON.parse)) {
      if (shas.get(r.page) !== r.textSha256) { console.error(`${r.page}: sentence ${r.id} textSha256 differs`); bad++; } else checked++;
    }
  }
  console.log(`${written} texts in ${join(out, 'text')}; ${checked} annotated sentences checked${bad ? `, ${bad} BAD` : ''}`);
  process.exit(bad ? 1 : 0);
}

/** Builds DIR/sentences.jsonl from the strings files named on the command line through
 *  zh-figures' annotateMain: `@<page> <start>` must be a sentence select() chose; records get
 *  id (first 16 hex digits of sha256 of set + page + start), set, page, from, site, span,
 *  script, textSha256, figures. */
export function annotateSet({ dir, set, from, textDir, select }) {
  const pages = new Map();
  for (const p of readPages(dir)) {
    const text = readFileSync(join(textDir, p.id + '.txt'), 'utf8');
    if (sha(text) !== p.textSha256) throw new Error(`${p.id}: text differs from textSha256; run rebuild.mjs`);
    pages.set(p.id, { ...p, text });
  }
  const chosen = new Map(select().map(s => [s.page + ' ' + s.start, s]));
  annotateMain(join(dir, 'sentences.jsonl'), (line, where, errors) => {
    const [pid, st] = line.slice(1).trim().split(/\s+/);
    const s = chosen.get(pid + ' ' + Number(st));
    if (!s) { errors.push(`${where}: ${pid} ${st} is not a selected sentence`); return null; }
    const pg = pages.get(pid);
    const id = createHash('sha256').update(set + pid + s.start).digest('hex').slice(0, 16);
    return { id, set, page: pid, from, site: pg.site, span: [s.start, s.end], script: 'zh-Hant', textSha256: pg.textSha256, figures: [], _text: pg.text };
  }, { comments: true });
}
