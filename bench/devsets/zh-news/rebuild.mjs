#!/usr/bin/env node
// Rebuilds the zh-news development set's pages and their rendered text from fetched mirrors.
//
//   node bench/devsets/zh-news/rebuild.mjs [--set NAME | --devset DIR] [--mirrors DIR] [--out DIR]
//        [--pages FILE] [--jobs N]
//
// --set      which development set: zh-news (default) or another directory of bench/devsets with
//            the same pages.jsonl format (zh-news2); --devset DIR names the directory instead.
//            The set's pages default to DIR/pages.jsonl and its output to /work/NAME.
// --mirrors  directory of fetched repositories, each as <owner>+<name>/repo (a bare git dir),
//            as `fetch github:<owner>/<name>` leaves them (default /work/.mirror)
// --out      output directory (default /work/zh-news, /work/NAME for --set NAME): writes html/<id>.html (the page's bytes
//            at the recorded commit and path, checked against htmlSha256) and text/<id>.txt
//            (its rendered text, checked against textSha256)
// --pages    the page list (default pages.jsonl of the set)
//
// Rendering is bench/articles/render.mjs: headless Chromium, JavaScript off, no network (the
// page's bytes served for its own URL, every other request aborted), <noscript> removed,
// 1280x900, document.body.innerText, CRLF -> LF. The page's URL is the one it names itself
// (og:url, else rel=canonical; else the renderer's https://page.invalid/), see pageUrl().
// Offsets in pages.jsonl are UTF-16 code units into that text. Exit status 1 when any page
// is missing or any hash differs.
//
// With --candidates FILE (lines "owner/name commit path"), renders those files instead and
// prints a JSON line per page with its id, hashes, URL and site (used to build pages.jsonl).

import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch, pool, renderHtml, sha256Text, DEFAULT_URL } from '../../articles/render.mjs';

const here = dirname(fileURLToPath(import.meta.url));

function args(argv) {
  const a = { mirrors: '/work/.mirror', jobs: 2 };
  let devset = here;
  for (let i = 0; i < argv.length; i++) {
    const k = argv[i];
    const v = () => argv[++i];
    if (k === '--set') devset = join(here, '..', v());
    else if (k === '--devset') devset = resolve(v());
    else if (k === '--mirrors') a.mirrors = v();
    else if (k === '--out') a.out = v();
    else if (k === '--pages') a.pages = v();
    else if (k === '--jobs') a.jobs = Number(v());
    else if (k === '--candidates') a.candidates = v();
    else throw new Error(`unknown argument ${k}`);
  }
  a.pages ??= join(devset, 'pages.jsonl');
  a.out ??= join('/work', basename(devset));
  return a;
}

const sha256 = (buf) => createHash('sha256').update(buf).digest('hex');

/** The bytes of path at commit in a fetched mirror of repo. */
export function gitBytes(mirrors, repo, commit, path) {
  const gitDir = join(mirrors, repo.replace('/', '+'), 'repo');
  if (!existsSync(gitDir)) throw new Error(`no mirror of ${repo} at ${gitDir} (fetch github:${repo})`);
  return execFileSync('git', ['--git-dir', gitDir, 'show', `${commit}:${path}`], { maxBuffer: 64 << 20 });
}

/** The page's own URL as it names it (og:url, canonical), else the renderer's default. */
export function pageUrl(buf) {
  const head = buf.subarray(0, 300000).toString('latin1');
  const pats = [
    /<meta[^>]+property=["']og:url["'][^>]+content=["']([^"']+)/i,
    /<meta[^>]+content=["']([^"']+)["'][^>]+property=["']og:url["']/i,
    /<link[^>]+rel=["']canonical["'][^>]+href=["']([^"']+)/i,
  ];
  for (const p of pats) {
    const m = p.exec(head);
    if (m && /^https?:\/\//.test(m[1])) return Buffer.from(m[1], 'latin1').toString('utf8').replace(/&amp;/g, '&');
  }
  return DEFAULT_URL;
}

async function main() {
  const a = args(process.argv.slice(2));
  mkdirSync(join(a.out, 'html'), { recursive: true });
  mkdirSync(join(a.out, 'text'), { recursive: true });
  const t0 = Date.now();
  const browser = await launch();
  let bad = 0;
  try {
    if (a.candidates) {
      const lines = readFileSync(a.candidates, 'utf8').split('\n').map((l) => l.trim()).filter(Boolean);
      const out = [];
      await pool(lines, a.jobs, async (line) => {
        const [repo, commit, path] = line.split(/\s+/);
        const buf = gitBytes(a.mirrors, repo, commit, path);
        const htmlSha256 = sha256(buf);
        const id = htmlSha256.slice(0, 16);
        const url = pageUrl(buf);
        writeFileSync(join(a.out, 'html', `${id}.html`), buf);
        const text = await renderHtml(browser, buf, url);
        writeFileSync(join(a.out, 'text', `${id}.txt`), text, 'utf8');
        const site = url === DEFAULT_URL ? null : new URL(url).hostname;
        out.push({ id, repo, commit, path, url, site, htmlSha256, textSha256: sha256Text(text), chars: text.length });
      });
      for (const o of out.sort((x, y) => (x.path < y.path ? -1 : 1))) console.log(JSON.stringify(o));
      return;
    }
    const pages = readFileSync(a.pages, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
    await pool(pages, a.jobs, async (p) => {
      try {
        const buf = gitBytes(a.mirrors, p.repo, p.commit, p.path);
        if (sha256(buf) !== p.htmlSha256) throw new Error('htmlSha256 differs');
        writeFileSync(join(a.out, 'html', `${p.id}.html`), buf);
        const text = await renderHtml(browser, buf, pageUrl(buf));
        writeFileSync(join(a.out, 'text', `${p.id}.txt`), text, 'utf8');
        if (sha256Text(text) !== p.textSha256) throw new Error('textSha256 differs');
        console.error(`ok ${p.id} ${p.site}`);
      } catch (e) {
        bad++;
        console.error(`FAIL ${p.id} ${p.repo}:${p.path}: ${e.message}`);
      }
    });
    console.log(`${pages.length - bad}/${pages.length} pages rebuilt and verified in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  } finally {
    await browser.close().catch(() => {});
  }
  if (bad) process.exitCode = 1;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
