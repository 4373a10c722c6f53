// Shared by select.mjs and rebuild.mjs of the FOURTH coverage set (issue 20): its sources and how
// an article's text is made from each. Reuses ../checks3/common.mjs (crawl-to-the-future's
// article texts, cwced's gold bodies) and ../zh-figures-hant4/select.mjs (TaiwanStat's article
// files, read as zh-figures-hant3/4/5 read them).
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createHash } from 'node:crypto';
import { ctfCandidates, cwcedCandidates2, sha256 } from '../checks2/common.mjs';
import { TW, members } from '../zh-figures-hant4/select.mjs';
import { hostOf } from '../zh-figures-hant3/select.mjs';
import { weeklyCommits, feedFiles, feedStories, SRC as RTHK } from '../en-figures5/select.mjs';

export { sha256 };
const here = dirname(fileURLToPath(import.meta.url));
const base = (m) => String(m).replace(/\.(txt|html?)$/, '');
const SIMPLIFIED = /[这们为国说经会对时来后个学发过还进动实现]/; // zh-figures-hant4's test for a Simplified text

/** Sets committed on session branches but not yet on main when this set was selected: their
 * record files are read from the working tree when present, else from the branch (git show), so
 * that the selection is the same before and after they are merged. */
export const PENDING = [
  ['s18-hant5', 'zh-figures-hant5', ['pages.jsonl', 'sentences.jsonl']],
  ['s18-en6', 'en-figures6', ['pages.jsonl', 'sentences.jsonl']],
  ['s18-pages6', 'pages6', ['pages.jsonl']],
];
const RECORDS = /^(selection|pages|sentences|relations|meta(\.part\d+)?)\.jsonl$/;

function parse(text) {
  const out = [];
  for (const l of text.split('\n')) {
    if (!l.trim()) continue;
    try { out.push(JSON.parse(l)); } catch { /* not a record */ }
  }
  return out;
}

/** Everything any other development set names (every bench/devsets/<set>/{selection,pages,
 * sentences,relations,meta}.jsonl in the tree, plus PENDING): ids and page ids, archive members
 * (without extension), "repo path member" keys, paths of one-page files, URLs, text and html
 * hashes (full and 16/10-hex prefixes as ids). */
export function earlier4() {
  const d = join(here, '..');
  const ids = new Set(), memberNames = new Set(), keys = new Set(), paths = new Set(), urls = new Set(), hashes = new Set();
  const add = (r) => {
    for (const k of ['id', 'page']) if (typeof r[k] === 'string') ids.add(r[k]);
    if (r.url) urls.add(r.url);
    for (const k of ['textSha256', 'htmlSha256']) if (r[k]) hashes.add(r[k]);
    if (r.member !== undefined && r.member !== null) {
      memberNames.add(base(r.member));
      if (r.repo && r.path) keys.add(`${r.repo} ${r.path} ${r.member}`);
    } else if (r.path) {
      paths.add(`${r.repo ?? ''} ${r.path}`); paths.add(r.path);
    }
  };
  for (const s of readdirSync(d)) {
    if (s === 'checks4' || !existsSync(join(d, s)) || !readdirSync(join(d, s)).length) continue;
    for (const f of readdirSync(join(d, s))) if (RECORDS.test(f)) parse(readFileSync(join(d, s, f), 'utf8')).forEach(add);
  }
  for (const [branch, s, files] of PENDING) {
    if (existsSync(join(d, s))) continue; // merged: read above
    for (const f of files) {
      let t = '';
      try { t = execFileSync('git', ['-C', here, 'show', `${branch}:bench/devsets/${s}/${f}`], { stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 64 << 20 }).toString(); } catch { /* no such file */ }
      parse(t).forEach(add);
    }
  }
  return { ids, members: memberNames, keys, paths, urls, hashes };
}

/** crawl-to-the-future pages (checks2's ctfCandidates) that no other set uses: not an id, member
 * (without extension), text hash, or (by the .html beside the .txt) html hash / 16-hex html id /
 * dragnet's "<site>-<year>-<10 hex of the html>" id of any set. */
export function ctfCandidates4(mirrors, e = earlier4()) {
  return ctfCandidates(mirrors).filter((c) => {
    if (e.ids.has(c.id) || e.members.has(base(c.member)) || e.hashes.has(sha256(c.text))) return false;
    const html = join('/work/en-news2/ctf-unpacked', base(c.member) + '.html');
    if (existsSync(html)) {
      const h = createHash('sha256').update(readFileSync(html)).digest('hex');
      if (e.hashes.has(h) || e.ids.has(h.slice(0, 16)) || e.ids.has(`${c.site.replace(/^www\./, '')}-${c.year}-${h.slice(0, 10)}`)) return false;
    }
    return true;
  });
}

/** cwced gold bodies (checks2's cwcedCandidates2) that no other set uses. */
export function cwcedCandidates4(mirrors, e = earlier4()) {
  return cwcedCandidates2(mirrors).filter((c) => !e.ids.has(c.id) && !e.paths.has(`${c.repo} ${c.path}`) && !e.hashes.has(sha256(c.text)));
}

/** Traditional Chinese: TaiwanStat/Taiwan-news-crawlers' six article files as zh-figures-hant4
 * reads them (its TW and members: top-level JSON objects, page text = `content` with CR LF / CR
 * → LF; apple*.json never read), an object a candidate when its text has no Simplified-only
 * character (hant4's test), is not a duplicate of an earlier object's text, and no other set
 * uses it (text hash, 16-hex id, URL, "repo path member"). Site = the URL's host. */
export function twCandidates(mirrors, e = earlier4()) {
  const out = [], seen = new Set();
  for (const src of TW) {
    members(src).forEach((o, member) => {
      if (typeof o?.content !== 'string') return;
      const text = o.content.replace(/\r\n?/g, '\n');
      const h = sha256(text);
      if (SIMPLIFIED.test(text) || seen.has(h)) return;
      seen.add(h);
      if (e.hashes.has(h) || e.ids.has(h.slice(0, 16)) || (o.url && e.urls.has(o.url)) || e.keys.has(`${src.repo} ${src.path} ${member}`)) return;
      out.push({ set: 'tw', repo: src.repo, commit: src.commit, path: src.path, member, id: 'tw-' + h.slice(0, 16), script: 'zh-Hant', site: hostOf(o.url ?? '') || src.path, year: '', url: o.url ?? null, text });
    });
  }
  return out;
}

const NONE = { ids: new Set(), members: new Set(), keys: new Set(), paths: new Set(), urls: new Set(), hashes: new Set() };

/** Every candidate of the fourth set; with exclude false, every page of the four sources (what
 * rebuild.mjs reads, so that a set made later cannot take a selected page out of the rebuild). */
export function candidates4({ mirrors = '/work/.mirror', exclude = true } = {}) {
  const e = exclude ? earlier4() : NONE;
  return [...ctfCandidates4(mirrors, e), ...rthkCandidates(mirrors, e), ...twCandidates(mirrors, e), ...cwcedCandidates4(mirrors, e)];
}

/** English top-up: RTHK English stories of raileo98/test2 as en-figures5 reads them (the loop
 * of its rthkPages, without its exclusion, which would also see this set: the last commit before
 * each Monday 2024-04-29 … 2025-04-28, feeds local, finance, greaterChina, world, sport,
 * all-news, .rss before .xml; a story's text = its itemFullText paragraphs joined by LF, no
 * headline; kept once, first seen, by story number and by text), less every story any other set
 * names (page id rthk-<N>, URL, text hash: en-figures5 and en-figures6 included). Site
 * "rthk-<feed>", year of the story's date. */
export function rthkCandidates(mirrors, e = earlier4()) {
  const seenNum = new Set(), seenText = new Set(), out = [];
  for (const c of weeklyCommits(mirrors)) {
    for (const { feed, path, xml } of feedFiles(mirrors, c)) {
      for (const s of feedStories(xml)) {
        const h = sha256(s.text), id = `rthk-${s.num}`;
        if (seenNum.has(s.num) || seenText.has(h)) continue;
        seenNum.add(s.num); seenText.add(h);
        if (e.ids.has(id) || e.urls.has(s.url) || e.hashes.has(h)) continue;
        out.push({ set: 'rthk', repo: RTHK.repo, commit: c, path, id, script: 'en', site: `rthk-${feed || 'all'}`, year: s.date.slice(0, 4), url: s.url, text: s.text });
      }
    }
  }
  return out;
}
