#!/usr/bin/env node
// Deterministic selection of the pages6 development set (issue 16; written and committed before
// any page was annotated): modern English news pages, 2023-2026.
//
//   node bench/devsets/pages6/select.mjs [--mirrors /work/.mirror] > /work/pages6/candidates.txt
//
// Prints one candidate a line in pages3's candidate format (../pages3/rebuild.mjs --candidates):
//   en TAB <Publisher>/<year> TAB <n> TAB flairNLP/fundus TAB <commit> TAB <path>
// (<n> numbers the publisher-year's pages 1, 2, … in path order; the group gives the rows'
// `site` = Publisher and `year`).
//
// Source: flairNLP/fundus (MIT) at COMMIT below, every file
// tests/resources/parser/test_data/<country>/<Publisher>_<YYYY>_<MM>_<DD>.html.gz: pages of news
// publishers that fundus saved for its parser tests, 2023-2026 (the <Publisher>.json files beside
// them, fundus' own extraction, are not read here).
//
// Rule: ALL such pages, in sorted path order, whose language is English. English is decided on
// the page's visible words (the gunzipped HTML less <script>/<style> and tags, entities decoded,
// lower-cased runs of a-z): at least MIN_WORDS words, and at least EN_SHARE of them among ten
// English function words (the and of to in is that for was with). On this commit English pages
// score 0.094-0.21 and the rest (German, Dutch, Nordic, Romance, Slavic, Turkish, Indonesian,
// Vietnamese pages; isiZulu/isiXhosa pages of South African publishers; Japanese, Korean,
// Chinese, Arabic, Hindi pages whose Latin-letter words are few) 0-0.062, so the cut is not
// close. No other set in bench/devsets uses flairNLP/fundus (checked: no repo field names it).
// A page that renders empty or is not an article is dropped on reading and README.md says so.
import { execFileSync } from 'node:child_process';
import { gunzipSync } from 'node:zlib';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = 'flairNLP/fundus';
export const COMMIT = '18da6e53592f99cf0ac5770dc63d6ba99ba63ae8';
export const DIR = 'tests/resources/parser/test_data/';
export const MIN_WORDS = 300;
export const EN_SHARE = 0.08;
const FUNCTION_WORDS = new Set(['the', 'and', 'of', 'to', 'in', 'is', 'that', 'for', 'was', 'with']);

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
function visibleWords(html) {
  const s = html
    .replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e) =>
      e[0] === '#' ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : ENTITIES[e.toLowerCase()] ?? m);
  return s.toLowerCase().match(/[a-z]+/g) ?? [];
}

/** { words, share } of a page's visible text. */
export function englishScore(html) {
  const w = visibleWords(html);
  return { words: w.length, share: w.length ? w.filter((x) => FUNCTION_WORDS.has(x)).length / w.length : 0 };
}

export function select6(mirrors = '/work/.mirror', { quiet = false } = {}) {
  let git = join(mirrors, REPO.replace('/', '+'), 'repo');
  if (existsSync(join(git, '.git'))) git = join(git, '.git');
  const run = (...a) => execFileSync('git', ['--git-dir', git, ...a], { maxBuffer: 256 << 20 });
  const paths = run('ls-tree', '-r', '--name-only', COMMIT, DIR).toString('utf8').split('\n')
    .filter((p) => /\/[^/]+_\d{4}_\d{2}_\d{2}\.html\.gz$/.test(p)).sort();
  const rows = [];
  const seen = new Map();
  for (const path of paths) {
    const html = gunzipSync(run('show', `${COMMIT}:${path}`)).toString('utf8');
    const { words, share } = englishScore(html);
    const [, country, publisher, year] = /test_data\/([^/]+)\/(.+)_(\d{4})_\d{2}_\d{2}\.html\.gz$/.exec(path);
    const en = words >= MIN_WORDS && share >= EN_SHARE;
    if (!quiet) process.stderr.write(`${en ? 'EN ' : '-- '} ${share.toFixed(3)} ${String(words).padStart(5)} ${path.slice(DIR.length)}\n`);
    if (!en) continue;
    const group = `${publisher}/${year}`;
    seen.set(group, (seen.get(group) ?? 0) + 1);
    rows.push({ group, n: seen.get(group), country, path });
  }
  return rows;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const argv = process.argv.slice(2);
  const rows = select6(argv[0] === '--mirrors' ? argv[1] : '/work/.mirror');
  for (const r of rows) console.log(['en', r.group, r.n, REPO, COMMIT, r.path].join('\t'));
  console.error(`${rows.length} English pages of ${new Set(rows.map((r) => r.group.split('/')[0])).size} publishers in ${new Set(rows.map((r) => r.country)).size} country folders`);
}
