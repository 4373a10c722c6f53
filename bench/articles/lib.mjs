// Shared by the article benchmarks: load pages, run figlens on them (the Node
// build, or the native example for a quick loop), and read the article fields
// out of a result the way a user of the result would.
import { readFileSync, readdirSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { spawn } from 'node:child_process';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createHash } from 'node:crypto';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Page bytes → text as a browser would decode them: a BOM, else the
 *  `<meta charset>` in the first 4 KB, else UTF-8 if valid, else GB18030 or windows-1252. */
export function decodeHtml(bytes) {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes);
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)/i.exec(head);
  let label = m ? m[1].toLowerCase() : null;
  if (label === 'gb2312' || label === 'gbk') label = 'gb18030';
  try {
    if (label) return new TextDecoder(label).decode(bytes);
  } catch {
    // an unknown label: as if none were declared
  }
  // None declared: UTF-8 when the bytes are valid UTF-8; else GB18030 when they read as Chinese
  // text in it (saved mainland pages that lost their HTTP header's charset), as a browser's
  // detector guesses; else windows-1252.
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const gb = new TextDecoder('gb18030').decode(bytes);
    const han = (gb.match(/[\u4e00-\u9fff]/g) ?? []).length;
    return han >= 200 || han > gb.length / 20 ? gb : new TextDecoder('windows-1252').decode(bytes);
  }
}

/** `DIR/*.html(.gz)` → [{id, bytes}] sorted by id. */
export function loadPages(dir) {
  return readdirSync(dir)
    .filter((f) => /\.html?(\.gz)?$/.test(f))
    .sort()
    .map((f) => {
      const raw = readFileSync(join(dir, f));
      const bytes = f.endsWith('.gz') ? gunzipSync(raw) : raw;
      return { id: f.replace(/\.html?(\.gz)?$/, ''), bytes };
    });
}

export const sha256 = (s) => createHash('sha256').update(s).digest('hex');

/** The development/test split, fixed once: by the first byte of sha256(id). */
export const half = (id) => (parseInt(sha256(id).slice(0, 2), 16) % 2 === 0 ? 'dev' : 'test');

/** The sets that `--half` splits into dev and test. Any other set (a directory of
 *  bench/devsets with a pages.jsonl, such as zh-news2) is development data whole:
 *  `--half` does not apply to it and every page is used. */
export const SPLIT_SETS = new Set(['scrapinghub', 'zh-news']);

/** The `--half` a set is run with: the asked one for a split set, else 'all'. */
export const halfOf = (set, asked) => (SPLIT_SETS.has(set) ? asked : 'all');

/** The article body as a reader of the result gets it: headings and paragraphs in order. */
export function bodyOf(result) {
  return result.blocks
    .filter((b) => b.kind === 'paragraph' || b.kind === 'heading')
    .map((b) => b.text)
    .join('\n');
}

/** Run figlens over `inputs` ([{id, text, html}]) → Map id → {title, meta, blocks, ms}. */
export async function analyzeAll(inputs, engine = 'node') {
  const out = new Map();
  if (engine === 'native') {
    const bin = join(ROOT, 'target', 'release', 'examples', 'articles');
    const child = spawn(bin, [], { stdio: ['pipe', 'pipe', 'inherit'] });
    const chunks = [];
    child.stdout.on('data', (c) => chunks.push(c));
    const done = new Promise((resolve, reject) => {
      child.on('error', reject);
      child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`articles example exited ${code}`))));
    });
    for (const p of inputs) child.stdin.write(JSON.stringify(p) + '\n');
    child.stdin.end();
    await done;
    for (const line of Buffer.concat(chunks).toString('utf8').split('\n')) {
      if (!line) continue;
      const r = JSON.parse(line);
      out.set(r.id, r);
    }
    return out;
  }
  const { analyze } = await import(join(ROOT, 'js', 'node.mjs'));
  for (const p of inputs) {
    const t0 = performance.now();
    const r = analyze(p.text, { html: p.html });
    out.set(p.id, { title: r.title, meta: r.meta, blocks: r.blocks, ms: performance.now() - t0 });
  }
  return out;
}
