// Shared by select.mjs and rebuild.mjs of the THIRD coverage set (issue 20): its sources and how
// an article's text is made from each. Reuses ../checks2/common.mjs (crawl-to-the-future's
// article texts, cwced's gold bodies) and adds the Traditional pages no earlier set used.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createHash } from 'node:crypto';
import { ctfCandidates, cwcedCandidates2, sha256 } from '../checks2/common.mjs';

export { sha256 };
const here = dirname(fileURLToPath(import.meta.url));
const rows = (f) => (existsSync(f) ? readFileSync(f, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l)) : []);
const base = (m) => m.replace(/\.(txt|html?)$/, '');

/** Everything an earlier set names: ids, page ids, archive members (without extension),
 * dragnet's html-hash ids, repository paths. */
export function earlier() {
  const d = join(here, '..');
  const ids = new Set(), members = new Set(), paths = new Set();
  for (const f of ['checks/selection.jsonl', 'checks2/selection.jsonl', 'pages3/pages.jsonl', 'dragnet/meta.jsonl',
    'en-figures/sentences.jsonl', 'en-figures2/sentences.jsonl', 'zh-news/pages.jsonl', 'zh-news2/pages.jsonl',
    'zh-figures/sentences.jsonl', 'zh-figures/pages.jsonl', 'zh-figures-hant2/pages.jsonl', 'zh-figures-hant2/sentences.jsonl']) {
    for (const r of rows(join(d, f))) {
      if (r.id) ids.add(r.id);
      if (r.page) ids.add(r.page);
      if (r.member) members.add(base(r.member));
      if (r.path) paths.add(`${r.repo ?? ''} ${r.path}`), paths.add(r.path);
    }
  }
  return { ids, members, paths };
}

/** crawl-to-the-future pages (checks2's ctfCandidates: the .txt beside each page, read as
 * en-figures2 reads it) that no earlier set uses: not an id of checks, checks2, en-figures,
 * en-figures2 (same id scheme), not a member of checks, checks2 or pages3 (compared without
 * extension), and not a dragnet page (dragnet ids hash the .html beside the .txt). */
export function ctfCandidates3(mirrors, e = earlier()) {
  return ctfCandidates(mirrors).filter((c) => {
    if (e.ids.has(c.id) || e.members.has(base(c.member))) return false;
    const html = join('/work/en-news2/ctf-unpacked', base(c.member) + '.html');
    if (existsSync(html)) {
      const h = createHash('sha256').update(readFileSync(html)).digest('hex');
      if (e.ids.has(`${c.site.replace(/^www\./, '')}-${c.year}-${h.slice(0, 10)}`) || e.ids.has(h.slice(0, 16))) return false;
    }
    return true;
  });
}

/** cwced gold bodies (as checks2) less every id of an earlier set. */
export function cwcedCandidates3(mirrors, e = earlier()) {
  return cwcedCandidates2(mirrors).filter((c) => !e.ids.has(c.id) && !e.paths.has(`${c.repo} ${c.path}`));
}

/** Traditional pages of ChiaYuChang/NewsSentimentAnalyzer that no earlier set uses
 * (internal/server/parser/example/**.html at NSA.commit, less every earlier path), text by
 * htmlText below; only pages whose text is mostly Han characters are kept (the yna pages are
 * empty). ayltai/hknews, hknews-backend: every saved page is an earlier set's article (see
 * README); hknews-android, OctoberDemo/bee: no saved article pages. */
export const NSA = { repo: 'ChiaYuChang/NewsSentimentAnalyzer', commit: 'dcff14fbd41f4bc30b99826b6680d64975f14a29' };
export function nsaCandidates(mirrors, e = earlier()) {
  const d = join(mirrors, NSA.repo.replace('/', '+'), 'repo');
  const gitDir = existsSync(join(d, '.git')) ? join(d, '.git') : d;
  const git = (...a) => execFileSync('git', ['--git-dir', gitDir, ...a], { maxBuffer: 64 << 20 });
  const names = git('ls-tree', '-r', '--name-only', NSA.commit).toString().split('\n')
    .filter((p) => /^internal\/server\/parser\/example\/.*\.html$/.test(p)).sort();
  const out = [];
  for (const path of names) {
    if (e.paths.has(path) || [...e.paths].some((k) => k.endsWith(' ' + path))) continue;
    const html = git('show', `${NSA.commit}:${path}`);
    const text = htmlText(html.toString('utf8'));
    const han = (text.match(/\p{Script=Han}/gu) || []).length;
    if (han < 100) continue;
    const id = 'nsa-' + createHash('sha256').update(html).digest('hex').slice(0, 16);
    out.push({ set: 'nsa', repo: NSA.repo, commit: NSA.commit, path, id, script: 'zh-Hant', site: path.split('/').slice(4, -1).join('/'), year: '', text });
  }
  return out;
}

/** A page's visible text, plainly: script, style, noscript, head removed; block tags and <br>
 * end a line; other tags dropped; five named entities and numeric references decoded; spaces
 * collapsed, blank lines dropped, each line trimmed. */
export function htmlText(html) {
  const ent = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
  return html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(script|style|noscript|head|svg)\b[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<\/?(p|div|br|li|ul|ol|h[1-6]|tr|table|section|article|header|footer|nav|figure|figcaption|blockquote)\b[^>]*>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, k) => k[0] === '#' ? String.fromCodePoint(k[1] === 'x' || k[1] === 'X' ? parseInt(k.slice(2), 16) : +k.slice(1)) : (ent[k.toLowerCase()] ?? m))
    .split('\n').map((l) => l.replace(/[ \t\u00a0\u3000]+/g, ' ').trim()).filter(Boolean).join('\n');
}

/** Every candidate of the third set. */
export function candidates3({ mirrors = '/work/.mirror' } = {}) {
  const e = earlier();
  return [...ctfCandidates3(mirrors, e), ...nsaCandidates(mirrors, e), ...cwcedCandidates3(mirrors, e)];
}
