// The fuzzers' inputs, generated (nothing of it is committed):
//   fuzz/corpus/plain/  seeds for the plain-text target: every case's `text`
//                       (tests/cases/**/*.jsonl) and the .txt fixtures
//   fuzz/corpus/html/   seeds for the HTML target: the .html fixtures and
//                       pages, and each case's text inside <p>…</p>
//   fuzz/figlens.dict   a libFuzzer dictionary: every string and non-ASCII
//                       char literal of the lexicon tables (src/lexicon/**),
//                       plus markup, entities, annotations and odd characters
//   fuzz/big/{plain,html}/
//                       inputs of 64 KB, each one seed or one dictionary word
//                       repeated: scripts/fuzz.sh runs each once with
//                       -timeout=1 before fuzzing (libFuzzer grows its inputs
//                       slowly and seldom reaches 64 KB in a short run)
// Seeds are named by their SHA-1, so a rerun adds nothing twice and keeps
// what libFuzzer added to the corpus.
//
//   node scripts/fuzz-inputs.mjs [--max-bytes N]   (seeds over N bytes, default 65536, are cut)
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const maxBytes = args.includes('--max-bytes') ? Number(args[args.indexOf('--max-bytes') + 1]) : 65536;

function walk(dir, keep) {
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...walk(p, keep));
    else if (keep(p)) out.push(p);
  }
  return out;
}

// --- seeds
const corpus = { plain: new Map(), html: new Map() };
function seed(target, text) {
  let bytes = Buffer.from(text, 'utf8');
  if (bytes.length === 0) return;
  if (bytes.length > maxBytes) bytes = bytes.subarray(0, maxBytes); // may cut a character: fine for a fuzzer
  corpus[target].set(createHash('sha1').update(bytes).digest('hex'), bytes);
}

for (const file of walk(join(root, 'tests/cases'), (p) => p.endsWith('.jsonl'))) {
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    let text;
    try {
      ({ text } = JSON.parse(line));
    } catch {
      continue;
    }
    if (typeof text !== 'string') continue;
    seed('plain', text);
    seed('html', `<p>${text}</p>`);
  }
}
for (const file of walk(join(root, 'tests/fixtures'), (p) => /\.(txt|html?)$/.test(p))) {
  seed(/\.html?$/.test(file) ? 'html' : 'plain', readFileSync(file, 'utf8'));
}
for (const [target, seeds] of Object.entries(corpus)) {
  const dir = join(root, 'fuzz/corpus', target);
  mkdirSync(dir, { recursive: true });
  let added = 0;
  for (const [name, bytes] of seeds) {
    const p = join(dir, name);
    if (existsSync(p)) continue;
    writeFileSync(p, bytes);
    added++;
  }
  console.log(`fuzz-inputs: ${relative(root, dir)}: ${seeds.size} seeds (${added} new)`);
}

// --- dictionary

/** String literals ("…", r"…", r#"…"#) and char literals of Rust source, comments skipped. */
export function literals(src) {
  const out = [];
  let i = 0;
  const n = src.length;
  const unescape = (s) =>
    s.replace(/\\(u\{([0-9a-fA-F]+)\}|x([0-9a-fA-F]{2})|n|r|t|0|\\|'|"|\n\s*)/g, (m, _e, u, x) => {
      if (u) return String.fromCodePoint(parseInt(u, 16));
      if (x) return String.fromCharCode(parseInt(x, 16));
      const c = m[1];
      return { n: '\n', r: '\r', t: '\t', 0: '\0', '\\': '\\', "'": "'", '"': '"' }[c] ?? '';
    });
  while (i < n) {
    const c = src[i];
    if (c === '/' && src[i + 1] === '/') {
      i = src.indexOf('\n', i);
      if (i < 0) break;
    } else if (c === '/' && src[i + 1] === '*') {
      const e = src.indexOf('*/', i + 2);
      i = e < 0 ? n : e + 2;
    } else if (c === 'r' && /^r#*"/.test(src.slice(i, i + 8)) && !/[A-Za-z0-9_]/.test(src[i - 1] ?? '')) {
      const hashes = src.slice(i + 1).match(/^#*/)[0];
      const open = i + 1 + hashes.length + 1;
      const close = src.indexOf('"' + hashes, open);
      if (close < 0) break;
      out.push(src.slice(open, close));
      i = close + 1 + hashes.length;
    } else if (c === '"') {
      let j = i + 1;
      while (j < n && src[j] !== '"') j += src[j] === '\\' ? 2 : 1;
      out.push(unescape(src.slice(i + 1, j)));
      i = j + 1;
    } else if (c === "'") {
      // A char literal ('x', '\n', '\u{4e07}'), not a lifetime ('a).
      const m = src.slice(i).match(/^'(\\u\{[0-9a-fA-F]+\}|\\x[0-9a-fA-F]{2}|\\.|[^\\'])'/u);
      if (m) {
        out.push(unescape(m[1]));
        i += m[0].length;
      } else i++;
    } else if (c === 'b' && src[i + 1] === '"') {
      // A byte string (the fold table's data): skip it.
      let j = i + 2;
      while (j < n && src[j] !== '"') j += src[j] === '\\' ? 2 : 1;
      i = j + 1;
    } else {
      i++;
    }
  }
  return out;
}

/** Markup, entities, annotations and odd characters, for the HTML reader and the cleaner. */
const EXTRA = [
  '<p>', '</p>', '<div>', '</div>', '<br>', '<br/>', '<li>', '</li>', '<ul>', '<ol>', '<h1>', '</h1>', '<h2>',
  '<b>', '</b>', '<i>', '<span class="x">', '</span>', '<a href="x">', '</a>', '<table>', '<tr>', '<td>',
  '<script>', '</script>', '<style>', '</style>', '<title>', '</title>', '<textarea>', '<noscript>',
  '<template>', '<svg>', '<head>', '<body>', '<article>', '<main>', '<nav>', '<footer>', '<aside>',
  '<meta name="keywords" content="', '<meta property="og:title" content="', '<time datetime="',
  '<script type="application/ld+json">', '{"@type":"NewsArticle","headline":"', '"datePublished":"',
  '<!--', '-->', '<!DOCTYPE html>', '<?xml', '<![CDATA[', ']]>', '="', "='", '/>', '<', '>', '</',
  '&amp;', '&lt;', '&gt;', '&nbsp;', '&quot;', '&#x4E2D;', '&#20013;', '&#', '&#x', '&hellip;', '&mdash;',
  '&yen;', '&euro;', '&zwnj;', '&amp;amp;', '&#0;', '&#x110000;', '&#xD800;',
  '(qū)', '(shì)', '（qū）', '(de)', '(002447)',
  'æ–°é—»', 'é‡‘é¢', '鐩稿叧', '鏂伴椈', '\uFFFD', '\u00A0', '\u202F', '\u200B', '\u200D', '\uFEFF', '\u00AD',
  '\u202E', '\u2028', '\r\n', '\r', '\t', '\0', 'e\u0301', '🙂', '👨‍👩‍👧', '𠀀', '𪚥',
  '０', '１', '９', '．', '，', '％', '：', '－', '～', '＄',
  '9999999999999999999999', '1e308', '0.000000001', '1,234,567', '1 234', '1\u00A0234',
];

const words = new Set();
for (const file of walk(join(root, 'src/lexicon'), (p) => p.endsWith('.rs') && !p.endsWith('fold_table.rs'))) {
  for (const lit of literals(readFileSync(file, 'utf8'))) {
    // Rows are written `a|b|c` (alternatives) and `over the past # years`
    // (`#`: a number); character sets as one string (`char_set!("至到-")`).
    for (const w of [lit, ...lit.split('|')]) {
      // Single ASCII characters and empty strings add nothing a mutator lacks.
      if (w.length === 0 || (w.length === 1 && w.charCodeAt(0) < 0x80)) continue;
      words.add(w.includes('#') && w.length > 1 ? w.replaceAll('#', '3') : w);
    }
    for (const c of lit) if (c.codePointAt(0) >= 0x80) words.add(c);
  }
}
const lexiconCount = words.size;
for (const w of EXTRA) words.add(w);

/** One libFuzzer dictionary entry: printable ASCII as is, every other byte as \xNN. */
function entry(word) {
  let s = '"';
  for (const b of Buffer.from(word, 'utf8')) {
    if (b === 0x22 || b === 0x5c) s += '\\' + String.fromCharCode(b);
    else if (b >= 0x20 && b < 0x7f) s += String.fromCharCode(b);
    else s += '\\x' + b.toString(16).padStart(2, '0').toUpperCase();
  }
  return s + '"';
}
// libFuzzer takes entries of at most 64 bytes.
const entries = [...words].filter((w) => Buffer.byteLength(w) <= 64).sort();
const dict = [
  '# Generated by scripts/fuzz-inputs.mjs from src/lexicon/** and a list of markup: do not edit.',
  ...entries.map(entry),
  '',
].join('\n');
writeFileSync(join(root, 'fuzz/figlens.dict'), dict);
console.log(`fuzz-inputs: fuzz/figlens.dict: ${entries.length} entries (${lexiconCount} from the lexicon)`);

// --- 64 KB inputs: a piece repeated (what a superlinear pass suffers most from)
function repeated(piece, bytes = 65536) {
  const one = Buffer.from(piece, 'utf8');
  if (one.length === 0) return null;
  let b = Buffer.alloc(0);
  const parts = [];
  for (let n = 0; n * one.length < bytes; n++) parts.push(one);
  b = Buffer.concat(parts).subarray(0, bytes);
  // End on a character boundary.
  let end = b.length;
  while (end > 0 && (b[end - 1] & 0xc0) === 0x80) end--;
  if (end > 0 && b[end - 1] >= 0xc0) end--;
  return b.subarray(0, end);
}
const every = (xs, n) => xs.filter((_, i) => i % Math.max(1, Math.floor(xs.length / n)) === 0).slice(0, n);
const bigWords = every(entries.filter((w) => Buffer.byteLength(w) >= 2), 80).concat(EXTRA);
for (const target of ['plain', 'html']) {
  const dir = join(root, 'fuzz/big', target);
  const seeds = every([...corpus[target].values()].map((b) => b.toString('utf8')), 50);
  // A word and a figure (one sentence of thousands of figures), a word in a paragraph.
  const pieces = [...seeds, ...bigWords, ...every(bigWords, 20).map((w) => `${w}12.5%`), ...every(bigWords, 30).map((w) => `<p>${w}</p>`)];
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  let n = 0;
  for (const piece of pieces) {
    const b = repeated(piece);
    if (!b) continue;
    writeFileSync(join(dir, createHash('sha1').update(b).digest('hex')), b);
    n++;
  }
  console.log(`fuzz-inputs: ${relative(root, dir)}: ${n} inputs of 64 KB`);
}
