#!/usr/bin/env node
// Deterministic selection of the pages4 development set (issue 16; written and committed before
// any page was annotated). English only.
//
//   node bench/devsets/pages4/select.mjs [--mirrors /work/.mirror] > /work/pages4/candidates.txt
//
// Prints one candidate a line, in pages3's candidate format (bench/devsets/pages3/rebuild.mjs
// --candidates reads it):
//   en TAB <site>/<year> TAB <rank> TAB rodricios/crawl-to-the-future TAB <commit> TAB dataset/<site>.7z!<member>
//
// Source: rodricios/crawl-to-the-future at its newest commit, dataset/<site>.7z for all ten
// outlets, HTML members <site>/<year>/*.html. The archives hold only the years 2000, 2005,
// 2010 and 2015 (pages3's years; there are no others), so the PAGES are new, not the years.
// The archives are read unpacked, as en-figures2/en-figures3 unpack them once
// (/work/en-news2/ctf-unpacked, en-figures3's ctfPages3, which gives every page's keys).
//
// A page is eligible when no other devset names it: not a page id of ../en-figures3
// sentences.jsonl, and none of its keys (member path of its .html and of the .txt beside it,
// sha256 of either file's bytes, whole and first 10/16 hex, sha256 of the decoded text) is in
// en-figures3's usedKeys(), which covers ../en-figures, ../en-figures2 (page ids), ../pages3,
// ../dragnet, ../checks, ../checks2 and ../checks3. Pages are also compared by the sha256 of
// their .html bytes, so a copy of a used page under another name is out too.
//
// Order: within each outlet-year the eligible members are ranked by sha256("pages4|" + member
// path); ranks 1..4 are printed. The set is taken in ROUNDS: round 1 is rank 1 of all forty
// outlet-years (outlets alphabetical, years ascending), round 2 is rank 2 of all forty, and so
// on, as far as time allows. A page that is unusable (not an article page: index, gallery,
// video-only, error or tool page; navigates away; article text absent without JavaScript) is
// replaced by the next unprinted-yet rank of its outlet-year, and README.md says so.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CTF, ctfPages3, usedKeys } from '../en-figures3/select.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const sha = (b) => createHash('sha256').update(b).digest('hex');
const RANKS = 4;

/**
 * The eligible pages of every outlet-year in this set's order: a Map from "<site>/<year>" to its
 * pages, each { member, page, keys } (ctfPages3's page id and keys), ranked by
 * sha256("pages4|" + member). ../pages5/select.mjs continues from it.
 */
export function ranked4(mirrors = '/work/.mirror') {
  const used = usedKeys();
  for (const l of readFileSync(join(here, '../en-figures3/sentences.jsonl'), 'utf8').split('\n').filter(Boolean)) used.add(JSON.parse(l).page);

  const groups = new Map();
  for (const p of ctfPages3(mirrors)) {
    if (used.has(p.page) || p.keys.some((k) => used.has(k))) continue;
    const member = p.keys[1]; // <site>/<year>/<name>.html
    if (!/\.html?$/.test(member) || p.keys.length < 8) continue; // a .txt with no saved page beside it
    const k = member.split('/').slice(0, 2).join('/');
    if (!groups.has(k)) groups.set(k, []);
    groups.get(k).push({ member, page: p.page, keys: p.keys });
  }
  for (const g of groups.values()) {
    const h = new Map(g.map((x) => [x, sha(`pages4|${x.member}`)]));
    g.sort((x, y) => (h.get(x) < h.get(y) ? -1 : 1));
  }
  return new Map([...groups.keys()].sort().map((k) => [k, groups.get(k)]));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const argv = process.argv.slice(2);
  const groups = ranked4(argv[0] === '--mirrors' ? argv[1] : '/work/.mirror');
  const rows = [];
  for (const [k, g] of groups) g.slice(0, RANKS).forEach(({ member: m }, i) => rows.push({ k, rank: i + 1, m }));
  rows.sort((x, y) => x.rank - y.rank || (x.k < y.k ? -1 : 1));
  for (const r of rows) console.log(['en', r.k, r.rank, CTF.repo, CTF.commit, `dataset/${r.k.split('/')[0]}.7z!${r.m}`].join('\t'));
  const left = [...groups.values()].reduce((n, g) => n + g.length, 0);
  console.error(`${left} eligible pages in ${groups.size} outlet-years; ${rows.length} candidates printed`);
}
