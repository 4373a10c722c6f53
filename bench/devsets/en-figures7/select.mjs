#!/usr/bin/env node
// Deterministic selection of the en-figures7 sentences (issue 18): a fresh DEVELOPMENT-ONLY set of
// body sentences of modern English news pages (2019-2026, many outlets and countries), from the
// parser test pages of github:flairNLP/fundus (MIT). Never runs figlens. Written and committed
// before any sentence was annotated.
//
//   node bench/devsets/en-figures7/select.mjs --candidates [--mirrors DIR] > /work/en-news7/candidates.txt
//   node bench/devsets/en-figures7/rebuild.mjs --candidates /work/en-news7/candidates.txt > /work/en-news7/meta.jsonl
//   node bench/devsets/en-figures7/select.mjs [--mirrors DIR] [--meta FILE] [--print] [--write-pages]
//
// Pages (--candidates; pages3's candidate format, `en TAB <Publisher>/<year> TAB <n> TAB repo TAB
// commit TAB path`):
//   HEAD    = pages6's selection (its select6: every English `<country>/<Publisher>_<date>.html.gz`
//             at fundus 18da6e5), 84 pages;
//   history = every other blob of a `.html` / `.html.gz` file under tests/resources/ in the
//             first-parent-or-not history of that commit (git rev-list COMMIT -- tests/resources),
//             read at the NEWEST commit that holds it, kept when pages6's englishScore calls it
//             English (same MIN_WORDS / EN_SHARE); publisher = the file name before `_<date>` (or
//             before `.html`), year = the date's year, else the commit's year. Sorted by path, commit.
//   Rendering is pages6's (pages3's rebuild.mjs: headless Chromium, JavaScript off,
//   document.body.innerText) into /work/en-news7/{html,text}; page id = first 16 hex of the
//   unpacked page's sha256.
//   Pages are then dropped when: the render failed; the page's URL (og:url / canonical) or its
//   text sha256 repeats an earlier kept page (HEAD first, then history in order); the URL is one
//   of the ScrapingHub benchmark's ground-truth URLs; any other devset's pages / sentences / meta /
//   selection file names its id, URL or textSha256 (pages6 excepted: it annotated only title,
//   date and byline, a different task).
//
// Body: a sentence is a BODY sentence when its text, white space collapsed, occurs inside one of
// the body paragraphs (body.summary and body.sections[].paragraphs, any parser version) of fundus'
// own expected extraction `<Publisher>.json` beside the page at the same commit (used only to
// find the article body, never as gold; when no .json exists the page gives no sentence). So
// menus, captions, related links, bylines and headlines are out.
//
// Sentences: en-figures' splitSentences, isCandidate, isStrong, isHard; en-figures5's MONEY5,
// BOUND_RE, CASH_RE; en-figures3's picker. Hash order: sha256("en-figures7|" + page + "|" + start).
// Lists are dealt ROUND ROBIN over publishers (round i holds the i-th sentence, hash order, of
// every publisher; a round in hash order) so every outlet gives about as many. Roles in order:
//   cash   = body sentences with a currency amount (CASH_RE, or "N pounds / rand / rupees / naira");
//   money  = other strong candidates matching MONEY5;
//   bound  = other strong candidates matching BOUND_RE;
//   figure = other strong candidates;
//   hard   = candidates (not chosen) matching isHard with no MONEY5 match, or whose only
//            number-like token is a spelled number (isCandidate but not isStrong);
//   plain  = non-candidates.
// QUOTA below; at most PAGE_MAX sentences a page.
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { splitSentences, isCandidate, isStrong, isHard } from '../en-figures/select.mjs';
import { picker, sentenceKey } from '../en-figures3/select.mjs';
import { MONEY5, BOUND_RE, CASH_RE } from '../en-figures5/select.mjs';
import { select6, englishScore, REPO, COMMIT, MIN_WORDS, EN_SHARE } from '../pages6/select.mjs';

export const OUT = '/work/en-news7';
export const SET = 'en7-fundus';
const QUOTA = { cash: 30, money: 60, bound: 45, figure: 105, hard: 40, plain: 20 };
const PAGE_MAX = 6;
const CASH7 = new RegExp(CASH_RE.source + '|\\d\\s?(pounds|rand|rupees|naira|dollars)\\b|\\b(million|billion|trillion) (pounds|rand|rupees|naira|dollars)\\b');

const here = dirname(fileURLToPath(import.meta.url));
const sha = (t) => createHash('sha256').update(t).digest('hex');
function git(mirrors) {
  let d = join(mirrors, REPO.replace('/', '+'), 'repo');
  if (existsSync(join(d, '.git'))) d = join(d, '.git');
  return (...a) => execFileSync('git', ['--git-dir', d, ...a], { maxBuffer: 256 << 20 });
}

/** The candidate rows: pages6's HEAD pages, then English older blobs of the history. */
export function candidates(mirrors = '/work/.mirror') {
  const run = git(mirrors);
  const rows = select6(mirrors).map((r) => ({ ...r, commit: COMMIT }));
  const have = new Set();
  for (const l of run('ls-tree', '-r', COMMIT, 'tests/resources').toString().split('\n')) {
    const m = /^\d+ blob ([0-9a-f]+)\t(.+)$/.exec(l);
    if (m) have.add(m[1]);
  }
  const newest = new Map(); // blob -> { path, commit }
  for (const c of run('rev-list', COMMIT, '--', 'tests/resources').toString().split('\n').filter(Boolean)) {
    for (const l of run('ls-tree', '-r', c, 'tests/resources').toString().split('\n')) {
      const m = /^\d+ blob ([0-9a-f]+)\t(.+\.html(\.gz)?)$/.exec(l);
      if (m && !have.has(m[1]) && !newest.has(m[1])) newest.set(m[1], { path: m[2], commit: c });
    }
  }
  const hist = [];
  for (const { path, commit } of newest.values()) {
    let buf = run('show', `${commit}:${path}`);
    if (path.endsWith('.gz')) buf = gunzipSync(buf);
    const { words, share } = englishScore(buf.toString('utf8'));
    if (words < MIN_WORDS || share < EN_SHARE) continue;
    const file = path.split('/').pop();
    const m = /^(.+?)_(\d{4})_\d{2}_\d{2}\.html(\.gz)?$/.exec(file);
    const year = m ? m[2] : run('show', '-s', '--format=%cs', commit).toString().slice(0, 4);
    hist.push({ group: `${m ? m[1] : file.replace(/\.html(\.gz)?$/, '')}/${year}`, path, commit });
  }
  hist.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.commit < b.commit ? -1 : 1));
  const seen = new Map();
  for (const r of hist) { seen.set(r.group, (seen.get(r.group) ?? 100) + 1); r.n = seen.get(r.group); }
  return [...rows, ...hist];
}

/** Collapsed body paragraphs of fundus' <Publisher>.json beside `path` at `commit`. */
const bodyCache = new Map();
export function bodyParagraphs(mirrors, commit, path) {
  const dir = path.slice(0, path.lastIndexOf('/') + 1);
  const pub = path.split('/').pop().replace(/(_\d{4}_\d{2}_\d{2})?\.html(\.gz)?$/, '');
  const key = `${commit}:${dir}${pub}.json`;
  if (!bodyCache.has(key)) {
    let paras = [];
    try {
      const j = JSON.parse(git(mirrors)('show', key).toString('utf8'));
      for (const v of Object.values(j)) {
        const b = v?.body;
        if (!b) continue;
        for (const p of [...(b.summary ?? []), ...(b.sections ?? []).flatMap((s) => s.paragraphs ?? [])]) paras.push(String(p).replace(/\s+/g, ' ').trim());
      }
    } catch { paras = []; }
    bodyCache.set(key, paras);
  }
  return bodyCache.get(key);
}

/** Keys (id, url, textSha256, page) named by other devsets, pages6 excepted. */
function usedKeys() {
  const used = new Set();
  const root = join(here, '..');
  for (const d of readdirSync(root)) {
    if (d === 'en-figures7' || d === 'pages6') continue;
    for (const f of ['pages.jsonl', 'sentences.jsonl', 'meta.jsonl', 'selection.jsonl']) {
      const p = join(root, d, f);
      if (!existsSync(p)) continue;
      for (const l of readFileSync(p, 'utf8').split('\n').filter(Boolean)) {
        const r = JSON.parse(l);
        for (const k of ['url', 'page', 'id', 'textSha256', 'htmlSha256']) if (r[k] != null) used.add(String(r[k]));
      }
    }
  }
  return used;
}

function scrapinghubUrls(mirrors) {
  const d = join(mirrors, 'scrapinghub+article-extraction-benchmark', 'repo');
  const g = existsSync(join(d, '.git')) ? join(d, '.git') : d;
  const gt = JSON.parse(execFileSync('git', ['--git-dir', g, 'show', 'HEAD:ground-truth.json'], { maxBuffer: 1 << 28 }).toString('utf8'));
  return new Set(Object.values(gt).map((r) => r.url));
}

/** `list` dealt round robin over `f` groups, a round in hash order. */
export function roundRobin(list, f) {
  const groups = new Map();
  for (const s of list) { const k = f(s); if (!groups.has(k)) groups.set(k, []); groups.get(k).push(s); }
  const queues = [...groups.keys()].sort().map((k) => groups.get(k));
  const out = [];
  for (let i = 0; out.length < list.length; i++) out.push(...queues.filter((q) => i < q.length).map((q) => q[i]).sort((x, y) => (x.hash < y.hash ? -1 : 1)));
  return out;
}

export function select(mirrors = '/work/.mirror', metaFile = join(OUT, 'meta.jsonl')) {
  const meta = readFileSync(metaFile, 'utf8').split('\n').filter(Boolean).map(JSON.parse).filter((m) => !m.error);
  const order = new Map(readFileSync(join(OUT, 'candidates.txt'), 'utf8').split('\n').filter(Boolean).map((l, i) => [l.split('\t').slice(4).join('\t'), i]));
  meta.sort((a, b) => order.get(`${a.commit}\t${a.path}`) - order.get(`${b.commit}\t${b.path}`));
  const used = usedKeys(), shub = scrapinghubUrls(mirrors);
  const seen = new Set(), pages = [];
  for (const m of meta) {
    const urlKey = m.url === 'https://page.invalid/' ? null : m.url;
    if ((urlKey && seen.has(urlKey)) || seen.has(m.textSha256) || seen.has(m.id)) continue;
    if (urlKey) seen.add(urlKey); seen.add(m.textSha256); seen.add(m.id);
    if (shub.has(m.url) || used.has(m.id) || used.has(m.url) || used.has(m.textSha256) || used.has(m.htmlSha256)) continue;
    const text = readFileSync(join(OUT, 'text', m.id + '.txt'), 'utf8');
    pages.push({ ...m, page: m.id, publisher: m.group.split('/')[0], text });
  }
  const all = [];
  for (const p of pages) {
    const body = bodyParagraphs(mirrors, p.commit, p.path);
    for (const [a, b] of splitSentences(p.text)) {
      const t = p.text.slice(a, b), flat = t.replace(/\s+/g, ' ');
      if (!body.some((q) => q.includes(flat))) continue;
      const strong = isStrong(t), money = strong && MONEY5.test(t);
      all.push({ set: SET, page: p.page, publisher: p.publisher, start: a, end: b, text: t, hash: sha(`en-figures7|${p.page}|${a}`),
        cand: isCandidate(t), strong, cash: CASH7.test(t), money, bound: strong && !money && BOUND_RE.test(t) });
    }
  }
  all.sort((x, y) => (x.hash < y.hash ? -1 : 1));
  const { chosen, take } = picker(PAGE_MAX);
  const roles = [
    ['cash', (s) => s.cash], ['money', (s) => s.money], ['bound', (s) => s.bound], ['figure', (s) => s.strong && !s.money],
    ['hard', (s) => s.cand && ((isHard(s.text) && !MONEY5.test(s.text)) || !s.strong)], ['plain', (s) => !s.cand],
  ];
  for (const [role, test] of roles) take(roundRobin(all.filter((s) => !chosen.has(sentenceKey(s)) && test(s)), (s) => s.publisher), QUOTA[role], role);
  return { pages, sents: all, chosen: [...chosen.values()] };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const argv = process.argv.slice(2);
  const opt = (k, d) => (argv.includes(k) ? argv[argv.indexOf(k) + 1] : d);
  const mirrors = opt('--mirrors', '/work/.mirror');
  if (argv.includes('--candidates')) {
    const rows = candidates(mirrors);
    for (const r of rows) console.log(['en', r.group, r.n, REPO, r.commit, r.path].join('\t'));
    console.error(`${rows.length} candidate pages`);
  } else {
    const { pages, sents, chosen } = select(mirrors, opt('--meta', join(OUT, 'meta.jsonl')));
    if (argv.includes('--write-pages')) {
      const want = new Set(chosen.map((s) => s.page));
      writeFileSync(join(here, 'pages.jsonl'), pages.filter((p) => want.has(p.page)).map((p) => JSON.stringify({ id: p.id, repo: p.repo, commit: p.commit,
        path: p.path, site: p.publisher, group: p.group, url: p.url, htmlSha256: p.htmlSha256, textSha256: p.textSha256 }) + '\n').join(''));
    }
    for (const s of chosen) console.log(`${s.page} ${s.start} ${s.end} ${s.role}${argv.includes('--print') ? '\t' + s.text.replace(/\n/g, ' ') : ''}`);
    const by = (f) => Object.entries(chosen.reduce((m, s) => ((m[f(s)] = (m[f(s)] ?? 0) + 1), m), {})).sort().map(([k, v]) => `${k} ${v}`).join(', ');
    console.error(`${pages.length} pages; ${sents.length} body sentences; selected ${chosen.length}: ${by((s) => s.role)}; pages ${new Set(chosen.map((s) => s.page)).size}; publishers ${new Set(chosen.map((s) => s.publisher)).size}`);
  }
}
