#!/usr/bin/env node
// Plain text of saved web pages as a reader gets it by select-all + copy.
//
// A page's raw bytes are served for its own URL to headless Chromium with JavaScript
// disabled and no network (every other request is aborted); <noscript> elements are
// removed; the text is document.body.innerText at a 1280x900 viewport, with CRLF -> LF and
// nothing else changed. Chromium gets the bytes with a bare `text/html` type, so it finds
// the charset itself (BOM, <meta charset> / http-equiv) as a browser does. A saved page that
// declares no charset at all lost the one its server sent in the HTTP header; when such a
// page is valid UTF-8 (all of them in the ScrapingHub benchmark) it is served as
// `text/html; charset=utf-8`, which is what the site sent (Chromium would otherwise fall back
// to windows-1252 and turn every curly quote into mojibake). See declaresCharset().
//
// CLI:
//   node bench/articles/render.mjs --in DIR --out DIR [--only ID,...] [--urls FILE] [--jobs N]
//   node bench/articles/render.mjs --bench /work/aeb --out DIR      (= --in /work/aeb/html,
//                                                                   urls from ground-truth.json)
// Renders every *.html / *.html.gz in DIR to <out>/<id>.txt and writes <out>/manifest.json
// ({id: sha256 hex of the UTF-8 text}). The page URL is taken from a ground-truth.json
// ({id: {url}}) given by --urls, or found in DIR or its parent; else https://page.invalid/.
//
// As a module:
//   import { launch, renderHtml, renderDir } from './render.mjs';
//   const browser = await launch();
//   const text = await renderHtml(browser, bytes, url);   // bytes: Buffer | Uint8Array | string
//   await browser.close();

import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';

export const DEFAULT_URL = 'https://page.invalid/';
export const VIEWPORT = { width: 1280, height: 900 };
export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

/** Launches the headless Chromium the renderer uses. */
export function launch(executablePath = process.env.CHROMIUM || '/usr/bin/chromium') {
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
}

/** sha256 hex of a string's UTF-8 bytes (the manifest's and the devsets' textSha256). */
export function sha256Text(text) {
  return createHash('sha256').update(Buffer.from(text, 'utf8')).digest('hex');
}

/**
 * Whether the page names its own encoding: a BOM, or a <meta charset=...> /
 * <meta http-equiv=content-type content="...charset=..."> anywhere before </head> (Chromium
 * keeps looking for it past the spec's first 1024 bytes while it is still in the head).
 */
export function declaresCharset(buf) {
  if (buf.length >= 2 && ((buf[0] === 0xfe && buf[1] === 0xff) || (buf[0] === 0xff && buf[1] === 0xfe))) return true;
  if (buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return true;
  const head = buf.subarray(0, 262144).toString('latin1');
  const end = head.search(/<\/head\s*>|<body[\s>]/i);
  return /<meta\b[^>]*charset\s*=/i.test(end < 0 ? head : head.slice(0, end));
}

/** The Content-Type to serve a saved page with (see the header comment). */
export function contentTypeFor(buf) {
  if (declaresCharset(buf)) return 'text/html';
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(buf);
    return 'text/html; charset=utf-8';
  } catch {
    return 'text/html';
  }
}

/** Strips the fragment: requests never carry it. */
function withoutHash(u) {
  const i = u.indexOf('#');
  return i < 0 ? u : u.slice(0, i);
}

/**
 * Renders one page to its select-all text.
 * @param {import('playwright-core').Browser} browser
 * @param {Buffer|Uint8Array|string} bytes the page as saved (raw, not decoded)
 * @param {string} [url] the URL the page was saved from
 * @param {{timeout?: number}} [opts]
 * @returns {Promise<string>}
 */
export async function renderHtml(browser, bytes, url = DEFAULT_URL, { timeout = 30000 } = {}) {
  const body = typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : Buffer.from(bytes);
  const contentType = contentTypeFor(body);
  let pageUrl;
  try {
    pageUrl = new URL(url).href;
  } catch {
    pageUrl = DEFAULT_URL;
  }
  const context = await browser.newContext({
    javaScriptEnabled: false,
    viewport: VIEWPORT,
    serviceWorkers: 'block',
    offline: false,
  });
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(timeout);
    let served = false;
    await context.route('**/*', (route) => {
      const req = route.request();
      if (!served && req.isNavigationRequest() && req.frame() === page.mainFrame()
          && withoutHash(req.url()) === withoutHash(pageUrl)) {
        served = true;
        return route.fulfill({ status: 200, headers: { 'content-type': contentType }, body });
      }
      // Everything else (subresources, iframes, meta refresh, a second navigation): no network.
      return route.abort('blockedbyclient');
    });
    await page.goto(pageUrl, { waitUntil: 'load', timeout });
    const text = await page.evaluate(() => {
      for (const el of Array.from(document.querySelectorAll('noscript'))) el.remove();
      return document.body ? document.body.innerText : '';
    });
    return text.replace(/\r\n/g, '\n');
  } finally {
    await context.close().catch(() => {});
  }
}

/** Page files in a directory: [{id, file}] for *.html and *.html.gz, sorted by id. */
export function listPages(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const m = /^(.*)\.html(\.gz)?$/.exec(name);
    if (m) out.push({ id: m[1], file: join(dir, name) });
  }
  return out.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Raw bytes of a page file, gunzipped when it ends in .gz. */
export function readPage(file) {
  const raw = readFileSync(file);
  return file.endsWith('.gz') ? gunzipSync(raw) : raw;
}

/** {id: url} from a ground-truth.json ({id: {url, ...}}), or {} when there is none. */
export function loadUrls(file) {
  if (!file || !existsSync(file)) return {};
  const gt = JSON.parse(readFileSync(file, 'utf8'));
  const urls = {};
  for (const [id, v] of Object.entries(gt)) if (v && typeof v.url === 'string') urls[id] = v.url;
  return urls;
}

/** Runs `fn` on every item, `jobs` at a time (one shared browser, several pages). */
export async function pool(items, jobs, fn) {
  let next = 0;
  await Promise.all(Array.from({ length: Math.max(1, jobs) }, async () => {
    while (next < items.length) await fn(items[next++]);
  }));
}

/**
 * Renders every page of `inDir` (or those in `only`) into `outDir`.
 * Returns {ok: [id], failed: [{id, error}], ms}. Writes <out>/manifest.json with every page
 * rendered in this run merged into an existing manifest.
 */
export async function renderDir({ inDir, outDir, only = null, urls = {}, jobs = 1, timeout = 30000, log = console.error }) {
  const t0 = Date.now();
  let pages = listPages(inDir);
  if (only) {
    const want = new Set(only);
    pages = pages.filter((p) => want.has(p.id));
    for (const id of want) if (!pages.some((p) => p.id === id)) log(`not found: ${id}`);
  }
  mkdirSync(outDir, { recursive: true });
  const manifestFile = join(outDir, 'manifest.json');
  const manifest = existsSync(manifestFile) ? JSON.parse(readFileSync(manifestFile, 'utf8')) : {};
  const ok = [];
  const failed = [];
  const browser = await launch();
  try {
    await pool(pages, jobs, async ({ id, file }) => {
      const t = Date.now();
      try {
        const text = await renderHtml(browser, readPage(file), urls[id] || DEFAULT_URL, { timeout });
        writeFileSync(join(outDir, `${id}.txt`), text, 'utf8');
        // Hash what is on disk (a lone surrogate would have been written as U+FFFD).
        manifest[id] = sha256Text(readFileSync(join(outDir, `${id}.txt`), 'utf8'));
        ok.push(id);
        log(`${ok.length + failed.length}/${pages.length} ${id} ${text.length} chars ${Date.now() - t} ms`);
      } catch (e) {
        failed.push({ id, error: String(e && e.message || e).split('\n')[0] });
        log(`${ok.length + failed.length}/${pages.length} ${id} FAILED: ${failed.at(-1).error}`);
      }
    });
  } finally {
    await browser.close().catch(() => {});
  }
  const sorted = Object.fromEntries(Object.keys(manifest).sort().map((k) => [k, manifest[k]]));
  writeFileSync(manifestFile, JSON.stringify(sorted, null, 1) + '\n');
  return { ok: ok.sort(), failed, ms: Date.now() - t0 };
}

function parseArgs(argv) {
  const a = { jobs: 1, timeout: 30000 };
  for (let i = 0; i < argv.length; i++) {
    const k = argv[i];
    const v = () => {
      if (i + 1 >= argv.length) throw new Error(`${k} needs a value`);
      return argv[++i];
    };
    if (k === '--in') a.in = v();
    else if (k === '--out') a.out = v();
    else if (k === '--bench') a.bench = v();
    else if (k === '--only') a.only = v().split(',').map((s) => s.trim()).filter(Boolean);
    else if (k === '--urls') a.urls = v();
    else if (k === '--jobs') a.jobs = Number(v());
    else if (k === '--timeout') a.timeout = Number(v());
    else throw new Error(`unknown argument ${k}`);
  }
  if (a.bench) {
    a.in ??= join(a.bench, 'html');
    a.urls ??= join(a.bench, 'ground-truth.json');
  }
  if (!a.in || !a.out) {
    throw new Error('usage: render.mjs (--in DIR | --bench DIR) --out DIR [--only ID,...] [--urls FILE] [--jobs N] [--timeout MS]');
  }
  if (!a.urls) {
    a.urls = [join(a.in, 'ground-truth.json'), join(dirname(resolve(a.in)), 'ground-truth.json')].find(existsSync);
  }
  return a;
}

async function main() {
  let a;
  try {
    a = parseArgs(process.argv.slice(2));
  } catch (e) {
    console.error(e.message);
    process.exit(2);
  }
  const urls = loadUrls(a.urls);
  const r = await renderDir({ inDir: a.in, outDir: a.out, only: a.only, urls, jobs: a.jobs, timeout: a.timeout });
  console.log(`rendered ${r.ok.length}, failed ${r.failed.length}, total ${(r.ms / 1000).toFixed(1)} s`);
  for (const f of r.failed) console.log(`failed ${f.id}: ${f.error}`);
  process.exitCode = r.failed.length ? 1 : 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main();
}
