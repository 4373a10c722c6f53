// Shared by select.mjs, rebuild.mjs and annotate.mjs (issue 20's coverage set): the two sources
// and how an article's body text is made from each.
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
export const PAGES3 = join(here, '../pages3/pages.jsonl');
export const CWCED = {
  repo: 'immortal-autumn/Chinese-Web-Content-Extraction-Dataset',
  commit: '99d0ef08419109b5489b12e38f771f25b952d774',
};
export const sha256 = (s) => createHash('sha256').update(s, 'utf8').digest('hex');

function gitDir(mirrors, repo) {
  const d = join(mirrors, repo.replace('/', '+'), 'repo');
  if (!existsSync(d)) throw new Error(`no mirror of ${repo} at ${d} (fetch github:${repo})`);
  return existsSync(join(d, '.git')) ? join(d, '.git') : d;
}
const git = (mirrors, repo, ...a) =>
  execFileSync('git', ['--git-dir', gitDir(mirrors, repo), ...a], { maxBuffer: 64 << 20 });

/** Every candidate article: {set, repo, commit, path, id, script, text}.
 * pages3: the gold body paragraphs of pages.jsonl cut from the rendered page text
 * (<pages3Dir>/text/<id>.txt, checked against textSha256; rebuild it with
 * bench/devsets/pages3/rebuild.mjs), joined with "\n".
 * cwced: the dataset's hand-made gold body, cleaned/<id>.txt at CWCED.commit, UTF-8, BOM
 * removed, CRLF/CR → LF, trailing whitespace of the file removed. */
export function candidates({ mirrors = '/work/.mirror', pages3Dir = '/work/pages3' } = {}) {
  const out = [];
  for (const line of readFileSync(PAGES3, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const p = JSON.parse(line);
    const page = readFileSync(join(pages3Dir, 'text', `${p.id}.txt`), 'utf8');
    if (sha256(page) !== p.textSha256) throw new Error(`pages3 ${p.id}: rendered text differs from textSha256`);
    const text = p.body.map(([s, e]) => page.slice(s, e)).join('\n');
    const row = { set: 'pages3', repo: p.repo, commit: p.commit, path: p.path };
    if (p.member) row.member = p.member;
    out.push({ ...row, id: p.id, script: p.script, text });
  }
  out.push(...cwcedCandidates(mirrors));
  return out;
}

/** The cwced candidates alone (no pages3 text needed): {set: 'cwced', repo, commit, path, id,
 * script: 'zh-Hans', text}, text as in candidates(). Shared with ../checks2. */
export function cwcedCandidates(mirrors = '/work/.mirror') {
  const out = [];
  const names = git(mirrors, CWCED.repo, 'ls-tree', '--name-only', CWCED.commit, 'cleaned/')
    .toString().split('\n').filter((f) => f.endsWith('.txt')).sort();
  for (const path of names) {
    const raw = git(mirrors, CWCED.repo, 'show', `${CWCED.commit}:${path}`).toString('utf8');
    const text = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').replace(/\s+$/, '');
    const id = path.slice('cleaned/'.length, -'.txt'.length);
    out.push({ set: 'cwced', repo: CWCED.repo, commit: CWCED.commit, path, id, script: 'zh-Hans', text });
  }
  return out;
}

/** The command line's `--name value` pairs over `defaults` (every name must be one of them); exits 2 on any other. */
export function readArgs(defaults) {
  const a = { ...defaults };
  for (let i = 2; i < process.argv.length; i++) {
    const k = process.argv[i];
    if (k.startsWith('--') && k.slice(2) in defaults && i + 1 < process.argv.length) a[k.slice(2)] = process.argv[++i];
    else { console.error(`unknown argument ${k}`); process.exit(2); }
  }
  return a;
}

/**
 * Writes the articles of a set's selection.jsonl (in `setDir`) from `candidates` to
 * <out>/text/<id>.txt, each checked against its textSha256, then exits: 1 when any article is
 * missing or its text differs. Every set's rebuild.mjs ends here.
 */
export function writeSelection(setDir, candidates, out) {
  const selection = readFileSync(join(setDir, 'selection.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
  const byKey = new Map(candidates.map((c) => [`${c.set}/${c.id}`, c]));
  mkdirSync(join(out, 'text'), { recursive: true });
  let bad = 0;
  for (const s of selection) {
    const c = byKey.get(`${s.set}/${s.id}`);
    if (!c) { console.error(`${s.set}/${s.id}: missing`); bad++; continue; }
    if (sha256(c.text) !== s.textSha256) { console.error(`${s.set}/${s.id}: text differs from textSha256`); bad++; continue; }
    writeFileSync(join(out, 'text', `${s.id}.txt`), c.text);
  }
  console.error(`${selection.length - bad} of ${selection.length} articles written to ${join(out, 'text')}`);
  process.exit(bad ? 1 : 0);
}
