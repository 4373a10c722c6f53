#!/usr/bin/env node
// Rebuilds the pages3 development set's pages and their rendered text from fetched mirrors.
//
//   node bench/devsets/pages3/rebuild.mjs [--mirrors DIR] [--out DIR] [--jobs N]
//   node bench/devsets/pages3/rebuild.mjs --candidates FILE [--rank N] [--lang en|zh]
//
// --mirrors  fetched repositories, each as <owner>+<name>/repo (a bare git dir, or a
//            directory holding .git), as `fetch github:<owner>/<name>` leaves them
//            (default /work/.mirror)
// --out      output directory (default /work/pages3): html/<id>.html (the page's bytes,
//            checked against htmlSha256) and text/<id>.txt (its rendered text, checked
//            against textSha256)
//
// A page is `path` at `commit` of `repo`, or, when `member` is set, the file `member`
// inside the 7z archive at `path` (the English pages; needs the `7z` command, p7zip-full);
// a `path` ending in .gz is gunzipped (pages6), and htmlSha256 is of the unpacked page.
// Rendering is bench/articles/render.mjs, as for zh-news: headless Chromium, JavaScript off,
// no network, <noscript> removed, 1280x900, document.body.innerText, CRLF -> LF; the page's
// URL is the one it names itself (og:url, canonical), else https://page.invalid/.
// Exit status 1 when any page is missing or any hash differs.
//
// With --candidates FILE (select.mjs's output), renders the candidates (only rank N, and
// only one language, when asked) and prints a JSON line per page with its id, hashes, URL
// and site: the metadata annotate.mjs reads.
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { launch, pool, renderHtml, sha256Text, DEFAULT_URL } from '../../articles/render.mjs';
import { pageUrl } from '../zh-news/rebuild.mjs';

const here = dirname(fileURLToPath(import.meta.url));

function args(argv) {
  const a = { mirrors: '/work/.mirror', jobs: 1, out: '/work/pages3', pages: join(here, 'pages.jsonl') };
  for (let i = 0; i < argv.length; i++) {
    const k = argv[i];
    const v = () => argv[++i];
    if (k === '--mirrors') a.mirrors = v();
    else if (k === '--out') a.out = v();
    else if (k === '--pages') a.pages = v();
    else if (k === '--jobs') a.jobs = Number(v());
    else if (k === '--candidates') a.candidates = v();
    else if (k === '--rank') a.rank = v();
    else if (k === '--lang') a.lang = v();
    else throw new Error(`unknown argument ${k}`);
  }
  return a;
}

const sha256 = (buf) => createHash('sha256').update(buf).digest('hex');

function gitDir(mirrors, repo) {
  const d = join(mirrors, repo.replace('/', '+'), 'repo');
  if (!existsSync(d)) throw new Error(`no mirror of ${repo} at ${d} (fetch github:${repo})`);
  return existsSync(join(d, '.git')) ? join(d, '.git') : d;
}
const gitBytes = (mirrors, repo, commit, path) =>
  execFileSync('git', ['--git-dir', gitDir(mirrors, repo), 'show', `${commit}:${path}`], { maxBuffer: 64 << 20 });

// 7z archives, extracted once each into a temporary directory.
const extracted = new Map();
function memberBytes(mirrors, repo, commit, path, member) {
  const key = `${repo} ${commit} ${path}`;
  if (!extracted.has(key)) {
    const dir = mkdtempSync(join(tmpdir(), 'pages3-'));
    writeFileSync(join(dir, 'a.7z'), gitBytes(mirrors, repo, commit, path));
    execFileSync('7z', ['x', '-y', `-o${join(dir, 'x')}`, join(dir, 'a.7z')], { stdio: 'ignore' });
    extracted.set(key, dir);
  }
  return readFileSync(join(extracted.get(key), 'x', member));
}

export function pageBytes(mirrors, p) {
  if (p.member) return memberBytes(mirrors, p.repo, p.commit, p.path, p.member);
  const buf = gitBytes(mirrors, p.repo, p.commit, p.path);
  // A gzipped page (pages6: fundus' `<Publisher>_<date>.html.gz`) is the page it unpacks to.
  return p.path.endsWith('.gz') ? gunzipSync(buf) : buf;
}

export async function main() {
  const a = args(process.argv.slice(2));
  mkdirSync(join(a.out, 'html'), { recursive: true });
  mkdirSync(join(a.out, 'text'), { recursive: true });
  const t0 = Date.now();
  const browser = await launch();
  let bad = 0;
  try {
    if (a.candidates) {
      const rows = readFileSync(a.candidates, 'utf8').split('\n').filter(Boolean).map((l) => {
        const [lang, group, rank, repo, commit, loc] = l.split('\t');
        const cut = loc.indexOf('!'); // a member name may hold '!' itself
        const [path, member] = cut < 0 ? [loc] : [loc.slice(0, cut), loc.slice(cut + 1)];
        return { lang, group, rank, repo, commit, path, member };
      }).filter((r) => (!a.rank || r.rank === a.rank) && (!a.lang || r.lang === a.lang));
      const out = [];
      await pool(rows, a.jobs, async (r) => {
        const buf = pageBytes(a.mirrors, r);
        const htmlSha256 = sha256(buf);
        const id = htmlSha256.slice(0, 16);
        const url = pageUrl(buf);
        writeFileSync(join(a.out, 'html', `${id}.html`), buf);
        let text;
        try {
          text = await renderHtml(browser, buf, url);
        } catch (e) {
          // A page that navigates away (meta refresh) cannot be read: unusable, next rank.
          console.log(JSON.stringify({ id, group: r.group, rank: Number(r.rank), error: e.message.split('\n')[0] }));
          return;
        }
        writeFileSync(join(a.out, 'text', `${id}.txt`), text, 'utf8');
        const site = r.lang === 'en' ? r.group.split('/')[0] : url === DEFAULT_URL ? r.group : new URL(url).hostname;
        const o = { id, lang: r.lang, group: r.group, rank: Number(r.rank), repo: r.repo, commit: r.commit, path: r.path };
        if (r.member) o.member = r.member;
        out.push({ ...o, url, site, htmlSha256, textSha256: sha256Text(text), chars: text.length });
      });
      for (const o of out) console.log(JSON.stringify(o));
      return;
    }
    const pages = readFileSync(a.pages, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
    await pool(pages, a.jobs, async (p) => {
      try {
        const buf = pageBytes(a.mirrors, p);
        if (sha256(buf) !== p.htmlSha256) throw new Error('htmlSha256 differs');
        writeFileSync(join(a.out, 'html', `${p.id}.html`), buf);
        const text = await renderHtml(browser, buf, pageUrl(buf));
        writeFileSync(join(a.out, 'text', `${p.id}.txt`), text, 'utf8');
        if (sha256Text(text) !== p.textSha256) throw new Error('textSha256 differs');
        console.error(`ok ${p.id} ${p.site}`);
      } catch (e) {
        bad++;
        console.error(`FAIL ${p.id} ${p.repo}:${p.path}${p.member ? '!' + p.member : ''}: ${e.message}`);
      }
    });
    console.log(`${pages.length - bad}/${pages.length} pages rebuilt and verified in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  } finally {
    await browser.close().catch(() => {});
    for (const d of extracted.values()) rmSync(d, { recursive: true, force: true });
  }
  if (bad) process.exitCode = 1;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
