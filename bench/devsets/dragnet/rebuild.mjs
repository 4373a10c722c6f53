#!/usr/bin/env node
// Rebuilds the "dragnet" development set's pages and their rendered text from a fetched copy
// of github:rodricios/crawl-to-the-future (see README.md for why not dragnet_data itself).
//
//   node bench/devsets/dragnet/rebuild.mjs [--mirrors DIR] [--out DIR] [--meta FILE] [--jobs N]
//
// --mirrors  directory of fetched repositories, each as <owner>+<name>/repo (a bare git dir,
//            or a clone with .git inside), as `fetch github:<owner>/<name>` leaves them
//            (default /work/.mirror)
// --out      output directory (default /work/dragnet-text): writes <id>.txt (the rendered
//            text, checked against textSha256) and html/<id>.html (the page's bytes, checked
//            against htmlSha256)
// --meta     the annotation file (default meta.jsonl next to this script)
//
// The pages sit in 7-Zip archives (dataset/<site>.7z at the commit in COMMIT below), which are
// unpacked with `python3 -m py7zr x` (pip install py7zr). A page is found by the sha256 of its
// bytes, so no file name (the sites' headlines) is stored here.
//
// Rendering is bench/articles/render.mjs: headless Chromium, JavaScript off, no network (the
// page's bytes served for its own URL, every other request aborted), <noscript> removed,
// 1280x900, document.body.innerText, CRLF -> LF. The URL is the one the page names itself
// (og:url, else rel=canonical), else the renderer's https://page.invalid/ (the saved pages
// carry no other record of their URL). Exit status 1 when any page is missing or any hash
// differs.
//
// With --candidates FILE (lines "<site>/<year>/<file name>" of the unpacked archives), renders
// those files instead and prints a JSON line per page (id, site, year, hashes, URL, chars);
// that is how the sample was drawn (see README.md).

import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch, pool, renderHtml, sha256Text } from '../../articles/render.mjs';
import { pageUrl } from '../zh-news/rebuild.mjs';

export const REPO = 'rodricios/crawl-to-the-future';
export const COMMIT = 'aebed4d2ac836a116b40bde75a473726362d95db';

const here = dirname(fileURLToPath(import.meta.url));
const sha256 = (buf) => createHash('sha256').update(buf).digest('hex');

function args(argv) {
  const a = { mirrors: '/work/.mirror', out: '/work/dragnet-text', meta: join(here, 'meta.jsonl'), jobs: 2 };
  for (let i = 0; i < argv.length; i++) {
    const k = argv[i];
    const v = () => argv[++i];
    if (k === '--mirrors') a.mirrors = v();
    else if (k === '--out') a.out = v();
    else if (k === '--meta') a.meta = v();
    else if (k === '--jobs') a.jobs = Number(v());
    else if (k === '--candidates') a.candidates = v();
    else if (k === '--unpacked') a.unpacked = v();
    else throw new Error(`unknown argument ${k}`);
  }
  return a;
}

function gitDir(mirrors) {
  const base = join(mirrors, REPO.replace('/', '+'), 'repo');
  for (const d of [join(base, '.git'), base]) if (existsSync(join(d, 'objects'))) return d;
  throw new Error(`no mirror of ${REPO} under ${base} (fetch github:${REPO})`);
}

/** Unpacks every dataset/<site>.7z of the recorded commit into a fresh directory. */
export function unpack(mirrors) {
  const git = gitDir(mirrors);
  const dir = mkdtempSync(join(tmpdir(), 'cttf-'));
  const names = execFileSync('git', ['--git-dir', git, 'ls-tree', '--name-only', COMMIT, 'dataset/'], { encoding: 'utf8' })
    .split('\n').filter((n) => n.endsWith('.7z'));
  for (const n of names) {
    const archive = join(dir, n.split('/').pop());
    writeFileSync(archive, execFileSync('git', ['--git-dir', git, 'show', `${COMMIT}:${n}`], { maxBuffer: 256 << 20 }));
    execFileSync('python3', ['-m', 'py7zr', 'x', archive, join(dir, 'x')], { stdio: ['ignore', 'ignore', 'inherit'] });
  }
  return join(dir, 'x');
}

/** Every *.html under dir: [{rel, site, year, buf}]. */
function htmlFiles(dir) {
  const out = [];
  const walk = (d, rel) => {
    for (const n of readdirSync(d).sort()) {
      const p = join(d, n);
      const r = rel ? `${rel}/${n}` : n;
      if (statSync(p).isDirectory()) walk(p, r);
      else if (n.endsWith('.html')) {
        const [site, year] = r.split('/');
        out.push({ rel: r, site, year, file: p });
      }
    }
  };
  walk(dir, '');
  return out;
}

export const idOf = (site, year, htmlSha256) => `${site.replace(/^www\./, '')}-${year}-${htmlSha256.slice(0, 10)}`;

async function main() {
  const a = args(process.argv.slice(2));
  mkdirSync(join(a.out, 'html'), { recursive: true });
  const t0 = Date.now();
  const src = a.unpacked || unpack(a.mirrors);
  const files = htmlFiles(src);
  const browser = await launch();
  let bad = 0;
  try {
    if (a.candidates) {
      const want = readFileSync(a.candidates, 'utf8').split('\n').map((l) => l.trim()).filter(Boolean);
      const byRel = new Map(files.map((f) => [f.rel, f]));
      const out = [];
      await pool(want, a.jobs, async (rel) => {
        const f = byRel.get(rel);
        if (!f) throw new Error(`no ${rel}`);
        const buf = readFileSync(f.file);
        const htmlSha256 = sha256(buf);
        const id = idOf(f.site, f.year, htmlSha256);
        const url = pageUrl(buf);
        let text;
        try {
          text = await renderHtml(browser, buf, url);
        } catch (e) {
          console.error(`skip ${rel}: ${String(e.message).split('\n')[0]}`);
          return;
        }
        writeFileSync(join(a.out, 'html', `${id}.html`), buf);
        writeFileSync(join(a.out, `${id}.txt`), text, 'utf8');
        out.push({ id, rel, site: f.site, year: f.year, url, htmlSha256, textSha256: sha256Text(text), chars: text.length });
      });
      const order = new Map(want.map((r, i) => [r, i]));
      for (const o of out.sort((x, y) => order.get(x.rel) - order.get(y.rel))) console.log(JSON.stringify(o));
      return;
    }
    const byHash = new Map(files.map((f) => [sha256(readFileSync(f.file)), f]));
    const pages = readFileSync(a.meta, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
    await pool(pages, a.jobs, async (p) => {
      try {
        const f = byHash.get(p.htmlSha256);
        if (!f) throw new Error('no page with this htmlSha256 in the archives');
        const buf = readFileSync(f.file);
        writeFileSync(join(a.out, 'html', `${p.id}.html`), buf);
        const text = await renderHtml(browser, buf, pageUrl(buf));
        writeFileSync(join(a.out, `${p.id}.txt`), text, 'utf8');
        if (sha256Text(readFileSync(join(a.out, `${p.id}.txt`), 'utf8')) !== p.textSha256) throw new Error('textSha256 differs');
      } catch (e) {
        bad++;
        console.error(`FAIL ${p.id}: ${e.message}`);
      }
    });
    console.log(`${pages.length - bad}/${pages.length} pages rebuilt and verified in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  } finally {
    await browser.close().catch(() => {});
    if (!a.unpacked) rmSync(dirname(src), { recursive: true, force: true });
  }
  process.exitCode = bad ? 1 : 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await main();
}
