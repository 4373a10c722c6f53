// Shared by select.mjs and rebuild.mjs of the second coverage set (issue 20): its three sources
// and how an article's text is made from each. Reuses ../checks/common.mjs (cwced) and
// ../en-figures2/select.mjs (crawl-to-the-future's article texts).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cwcedCandidates, CWCED, sha256 } from '../checks/common.mjs';
import { ctfPages2, UNPACKED2 } from '../en-figures2/select.mjs';
import { CTF, isEnglish } from '../en-figures/select.mjs';

export { sha256 };
const here = dirname(fileURLToPath(import.meta.url));
export const FIRST = join(here, '../checks/selection.jsonl');
export const HANT2 = join(here, '../zh-figures-hant2/pages.jsonl');

/** Keys of the 50 articles of the first coverage set (never candidates here): "repo path
 * member" and their ids. */
function firstSet() {
  const rows = readFileSync(FIRST, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
  return {
    paths: new Set(rows.map((r) => `${r.repo} ${r.path} ${r.member ?? ''}`)),
    members: new Set(rows.filter((r) => r.member).map((r) => r.member.replace(/\.html$/, ''))),
    ids: new Set(rows.map((r) => r.id)),
  };
}

/** crawl-to-the-future: every site/year page's `.txt` (the article text saved beside the page),
 * read exactly as en-figures2 reads it (ctfPages2: UTF-8 else windows-1252, CRLF → LF,
 * identical bytes kept once, id "<site without www.>-<year>-<first 10 hex of sha256 of the
 * bytes>"), the whole file being the article. Member = "<site>/<year>/<file>.txt". */
export function ctfCandidates(mirrors) {
  // Each page's path is the first file with its bytes, as ctfPages2 keeps it.
  const member = (p) => {
    const [site, year, f] = relative(UNPACKED2, p.path).split(sep);
    return { site, year, member: `${site}/${year}/${f}` };
  };
  const pages = ctfPages2(mirrors); // unpacks the ten archives into UNPACKED2 when needed
  return pages.filter((p) => isEnglish(p.text)).map((p) => {
    const m = member(p);
    return {
      set: 'ctf', repo: CTF.repo, commit: CTF.commit, path: `dataset/${m.site}.7z`, member: m.member,
      id: p.page, script: 'en', site: m.site, year: m.year, text: p.text,
    };
  });
}

/** zh-figures-hant2's 19 "new" pages (pages.jsonl there: the pages zh-news and zh-news2 did not
 * use), the whole rendered page text as zh-figures-hant2/rebuild.mjs writes it
 * (<hant2Dir>/text/<id>.txt), checked against its textSha256. The "old" pages of that set are
 * zh-news / zh-news2 pages and are never candidates. */
export function hant2Candidates(hant2Dir) {
  const out = [];
  for (const l of readFileSync(HANT2, 'utf8').split('\n').filter(Boolean)) {
    const p = JSON.parse(l);
    const text = readFileSync(join(hant2Dir, 'text', `${p.id}.txt`), 'utf8');
    if (sha256(text) !== p.textSha256) throw new Error(`zh-hant2 ${p.id}: text differs from textSha256 (rebuild zh-figures-hant2)`);
    const site = p.path.startsWith('internal/') ? p.path.split('/').slice(4, -1).join('/') : p.site;
    out.push({ set: 'hant2', repo: p.repo, commit: p.commit, path: p.path, id: p.id, script: p.script, site, year: '', text });
  }
  return out;
}

/** cwced's gold bodies (../checks/common.mjs), site "cwced", year from the dataset's date gold
 * (date/<id>.txt, first four digits; "" when none). */
export function cwcedCandidates2(mirrors) {
  const d = join(mirrors, CWCED.repo.replace('/', '+'), 'repo');
  const gitDir = existsSync(join(d, '.git')) ? join(d, '.git') : d;
  return cwcedCandidates(mirrors).map((c) => {
    let year = '';
    try {
      const t = execFileSync('git', ['--git-dir', gitDir, 'show', `${CWCED.commit}:date/${c.id}.txt`], { stdio: ['ignore', 'pipe', 'ignore'] }).toString();
      year = (t.match(/\b(19|20)\d\d\b/) || [''])[0];
    } catch { /* no date gold */ }
    return { ...c, site: 'cwced', year };
  });
}

/** Every candidate of the second set, the first set's 50 articles removed. */
export function candidates2({ mirrors = '/work/.mirror', hant2Dir = '/work/zh-hant2' } = {}) {
  const first = firstSet();
  const all = [...ctfCandidates(mirrors), ...hant2Candidates(hant2Dir), ...cwcedCandidates2(mirrors)];
  return all.filter((c) => !first.ids.has(c.id) && !first.paths.has(`${c.repo} ${c.path} ${c.member ?? ''}`) &&
    !(c.member && first.members.has(c.member.replace(/\.txt$/, ''))) &&
    // the same NewsSentimentAnalyzer page at another commit
    ![...first.paths].some((k) => c.set === 'hant2' && k.split(' ')[1] === c.path));
}
