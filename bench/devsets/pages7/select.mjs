#!/usr/bin/env node
// Deterministic selection of the pages7 development set (issue 16; written and committed before
// any page was annotated): older saved English news pages from flairNLP/fundus's history.
//
//   node bench/devsets/pages7/select.mjs [--mirrors /work/.mirror] > /work/pages7/candidates.txt
//
// Prints one candidate a line in pages3's candidate format (../pages3/rebuild.mjs --candidates):
//   en TAB <Publisher>/<year> TAB <n> TAB flairNLP/fundus TAB <commit> TAB <path>
// (<n> numbers the publisher-year's pages 1, 2, … in path order; the group gives the rows'
// `site` = Publisher and `year`).
//
// Source: flairNLP/fundus (MIT), its whole history (`git log --all`): every blob ever written to a
// path tests/**/<Publisher>[_YYYY_MM_DD].html[.gz] (fundus' saved parser-test pages, including
// the undated early names and the pre-2023 tests/resources/ and tests/ressources/ folders). Each
// distinct blob is taken once, at the oldest commit and path that wrote it (that commit holds it).
// The <Publisher>.json files beside them, fundus' own extraction, are not read.
//
// Rule: ALL such blobs, in sorted path order (then commit date), that are
//   - English by pages6's englishScore (MIN_WORDS words, EN_SHARE function words);
//   - not a page of pages6 (its 84 pages at fundus' HEAD 18da6e5): neither the same unpacked
//     bytes (sha256) nor the same URL (og:url / canonical, compared without scheme, `www.`,
//     query, fragment and trailing slash; for a page that names no URL, its <title> text);
//   - not in any other bench/devsets pages.jsonl (htmlSha256) and not a ScrapingHub benchmark
//     URL (/work/aeb/ground-truth.json, same comparison);
//   - not a second save of a URL (or URL-less <title>) already taken (the first in this order is kept).
// `year` is the year of the file name's save date, or for an undated name the year of the commit
// that wrote it. A page that renders empty or is not an article is dropped on reading and
// README.md says so.
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { REPO, COMMIT as HEAD6, MIN_WORDS, EN_SHARE, englishScore, select6 } from '../pages6/select.mjs';
import { pageUrl } from '../zh-news/rebuild.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const sha = (b) => createHash('sha256').update(b).digest('hex');

/** A URL compared without scheme, www., query, fragment and trailing slash (null for none). */
export function urlKey(u) {
  try {
    const x = new URL(u);
    if (x.hostname === 'page.invalid') return null; // pageUrl's stand-in when a page names no URL
    return (x.hostname.replace(/^www\./, '') + x.pathname.replace(/\/+$/, '')).toLowerCase();
  } catch { return null; }
}

/** A page's identity: its URL's key, or for a page that names no URL its <title> text. */
export function pageKey(html) {
  const k = urlKey(pageUrl(html));
  if (k) return k;
  const t = /<title[^>]*>([^<]*)/i.exec(html.subarray(0, 300000).toString('utf8'));
  return t && t[1].trim() ? 'title:' + t[1].replace(/\s+/g, ' ').trim().toLowerCase() : null;
}

export function select7(mirrors = '/work/.mirror', { log = () => {} } = {}) {
  let git = join(mirrors, REPO.replace('/', '+'), 'repo');
  if (existsSync(join(git, '.git'))) git = join(git, '.git');
  const run = (...a) => execFileSync('git', ['--git-dir', git, ...a], { maxBuffer: 1 << 30 });
  const bytes = (commit, path) => { const b = run('show', `${commit}:${path}`); return path.endsWith('.gz') ? gunzipSync(b) : b; };

  // pages6's pages (bytes and URLs), every other set's page hashes, ScrapingHub's URLs.
  const used = new Set();
  const usedUrl = new Set();
  for (const r of select6(mirrors, { quiet: true })) {
    const b = bytes(HEAD6, r.path);
    used.add(sha(b));
    const k = pageKey(b);
    if (k) usedUrl.add(k);
  }
  const devsets = join(here, '..');
  for (const d of readdirSync(devsets)) {
    if (d === 'pages7') continue;
    for (const f of existsSync(join(devsets, d)) ? readdirSync(join(devsets, d)).filter((f) => f.endsWith('.jsonl')) : []) {
      for (const l of readFileSync(join(devsets, d, f), 'utf8').split('\n')) {
        const m = /"htmlSha256":"([0-9a-f]{64})"/.exec(l);
        if (m) used.add(m[1]);
      }
    }
  }
  const shUrl = new Set();
  const gt = '/work/aeb/ground-truth.json';
  if (existsSync(gt)) for (const v of Object.values(JSON.parse(readFileSync(gt, 'utf8')))) { const k = v.url && urlKey(v.url); if (k) shUrl.add(k); }
  else throw new Error(`no ${gt} (ScrapingHub benchmark) to check URLs against`);

  // Every blob written to a tests/**.html[.gz] path, at the oldest commit that wrote it.
  const raw = run('log', '--all', '--format=C %H %ct', '--raw', '--no-abbrev', '--no-renames', '--', 'tests/').toString('utf8').split('\n');
  const first = new Map();
  let commit, time;
  for (const l of raw) {
    if (l.startsWith('C ')) { [, commit, time] = l.split(' '); continue; }
    const m = /^:\d+ \d+ [0-9a-f]+ ([0-9a-f]{40}) [AM]\t(tests\/.*\/[^/]+\.html(\.gz)?)$/.exec(l);
    if (!m || /^0+$/.test(m[1])) continue;
    const prev = first.get(m[1]);
    if (!prev || Number(time) <= prev.time) first.set(m[1], { blob: m[1], commit, time: Number(time), path: m[2] });
  }
  const all = [...first.values()].sort((x, y) => (x.path < y.path ? -1 : x.path > y.path ? 1 : x.time - y.time));
  const rows = [];
  const seen = new Map();
  const taken = new Set();
  const takenUrl = new Set();
  for (const b of all) {
    const html = bytes(b.commit, b.path);
    const h = sha(html);
    const { words, share } = englishScore(html.toString('utf8'));
    const en = words >= MIN_WORDS && share >= EN_SHARE;
    const k = pageKey(html);
    const why = !en ? '--' : used.has(h) ? 'USED' : k && usedUrl.has(k) ? 'URL6' : k && shUrl.has(k) ? 'SHUB' : taken.has(h) ? 'DUP' : k && takenUrl.has(k) ? 'DUPURL' : 'EN';
    log(`${why.padEnd(6)} ${share.toFixed(3)} ${String(words).padStart(5)} ${b.commit.slice(0, 7)} ${b.path} ${k ?? ''}`);
    if (why !== 'EN') continue;
    taken.add(h);
    if (k) takenUrl.add(k);
    const [, publisher, date] = /\/([^/]+?)(?:_(\d{4})_\d{2}_\d{2})?\.html(?:\.gz)?$/.exec(b.path);
    const year = date ?? String(new Date(b.time * 1000).getUTCFullYear());
    const country = (/test_data\/([^/]+)\//.exec(b.path) || [, '-'])[1];
    const group = `${publisher}/${year}`;
    seen.set(group, (seen.get(group) ?? 0) + 1);
    rows.push({ group, n: seen.get(group), country, commit: b.commit, path: b.path, htmlSha256: h, url: k });
  }
  return rows;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const argv = process.argv.slice(2);
  const rows = select7(argv[0] === '--mirrors' ? argv[1] : '/work/.mirror', { log: (s) => process.stderr.write(s + '\n') });
  for (const r of rows) console.log(['en', r.group, r.n, REPO, r.commit, r.path].join('\t'));
  console.error(`${rows.length} English pages of ${new Set(rows.map((r) => r.group.split('/')[0])).size} publishers in ${new Set(rows.map((r) => r.country)).size} country folders`);
}
