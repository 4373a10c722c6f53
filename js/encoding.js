// The text of a file's bytes, whatever encoding a Chinese or English news
// article comes in: a BOM; UTF-16 by its shape (NUL bytes, and the byte order
// that reads as text); UTF-8 when it is valid; an HTML page's declared charset;
// else GBK (GB18030) or Big5, whichever decodes and reads as Chinese. Binary files, and bytes that read as none of these, are refused:
// mojibake is never analysed silently. Uses only TextDecoder (Node and browsers).

/** Why bytes cannot be read as text; the message says what to do. */
export class EncodingError extends Error {}

// File signatures of what people drop by mistake.
const SIGNATURES = [
  [[0x7f, 0x45, 0x4c, 0x46], 'an ELF executable'],
  [[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'a PNG image'],
  [[0xff, 0xd8, 0xff], 'a JPEG image'],
  [[0x47, 0x49, 0x46, 0x38], 'a GIF image'],
  [[0x25, 0x50, 0x44, 0x46, 0x2d], 'a PDF document'],
  [[0x50, 0x4b, 0x03, 0x04], 'a ZIP archive (or a .docx, .xlsx, .epub)'],
  [[0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 'an old Office document (.doc, .xls)'],
  [[0x1f, 0x8b], 'a gzip archive'],
  [[0x00, 0x61, 0x73, 0x6d], 'a WebAssembly module'],
];

const startsWith = (b, sig) => b.length >= sig.length && sig.every((x, i) => b[i] === x);

/** C0 controls (but tab, line breaks, form feed and escape) and DEL: text has next to none, binary files many. */
function controls(text) {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 9 && c !== 10 && c !== 11 && c !== 12 && c !== 13 && c !== 27) || c === 0x7f) n++;
  }
  return n;
}

function checkText(text, label) {
  const n = controls(text);
  if (n > 0 && n * 200 > text.length) {
    throw new EncodingError(`it holds ${n} control characters in ${text.length} (read as ${label}): a binary file, not text`);
  }
  return text;
}

function decode(label, bytes) {
  return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);
}

/** Valid UTF-8 multi-byte sequences and invalid bytes, counted as a decoder would. */
function utf8Counts(b) {
  let good = 0;
  let bad = 0;
  for (let i = 0; i < b.length;) {
    const c = b[i];
    if (c < 0x80) { i++; continue; }
    const n = c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : -1;
    let ok = n > 0;
    for (let k = 1; ok && k <= n; k++) ok = i + k < b.length && (b[i + k] & 0xc0) === 0x80;
    if (ok && n === 2) ok = !(c === 0xe0 && b[i + 1] < 0xa0) && !(c === 0xed && b[i + 1] > 0x9f);
    if (ok && n === 3) ok = !(c === 0xf0 && b[i + 1] < 0x90) && !(c === 0xf4 && b[i + 1] > 0x8f);
    if (ok) { good++; i += n + 1; } else { bad++; i++; }
  }
  return { good, bad };
}

let common;
/**
 * Characters a Chinese text is mostly made of: GB2312's level 1 (its 3,755
 * most used hanzi), Big5's 5,401 frequent hanzi, and CJK and full-width
 * punctuation. A wrong decoding (Big5 read as GBK, or GBK as Big5) gives
 * kana, symbols, private-use and rare characters instead. Made from the
 * decoders themselves, so no table ships.
 */
function commonChars() {
  if (common) return common;
  common = new Set('，。、；：？！「」『』（）《》〈〉【】．～％＋－'.split(''));
  const gbk = new TextDecoder('gbk');
  const big5 = new TextDecoder('big5');
  for (let lead = 0xb0; lead <= 0xd7; lead++) {
    for (let trail = 0xa1; trail <= 0xfe; trail++) common.add(gbk.decode(new Uint8Array([lead, trail])));
  }
  for (let lead = 0xa4; lead <= 0xc6; lead++) {
    for (const [from, to] of [[0x40, 0x7e], [0xa1, 0xfe]]) {
      for (let trail = from; trail <= to; trail++) {
        if (lead === 0xc6 && trail > 0x7e) break;
        common.add(big5.decode(new Uint8Array([lead, trail])));
      }
    }
  }
  common.delete('\uFFFD');
  return common;
}

/**
 * The share of a decoding's CJK characters (from U+2E80: hanzi, kana, CJK and
 * full-width punctuation, private use) that are common Chinese characters or
 * punctuation. Latin letters, arrows and symbols below U+2E80 are left out:
 * both encodings have them (`→`, `°C`, the pinyin of `區(qū)`).
 */
export function chineseShare(text) {
  const set = commonChars();
  let all = 0;
  let good = 0;
  for (const ch of text) {
    if (ch.codePointAt(0) < 0x2e80) continue;
    all++;
    if (set.has(ch)) good++;
    if (all === 20000) break; // plenty to judge by; a 10 MB file need not be read through twice
  }
  return all === 0 ? 1 : good / all;
}

const LEGACY = [
  { label: 'gb18030', name: 'GBK (GB18030)' },
  { label: 'big5', name: 'Big5' },
];

/** A declared charset in the first 4 KB of an HTML file, or null. */
function declaredCharset(b) {
  const head = new TextDecoder('latin1').decode(b.subarray(0, 4096));
  const m = head.match(/<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)/i);
  return m ? m[1] : null;
}

/**
 * Decode a file's bytes. Returns { text, encoding, note }: `encoding` is what
 * was read ('UTF-8', 'UTF-16LE', 'GBK (GB18030)', 'Big5', or an HTML file's
 * declared charset); `note` is '' or what a person should know (not UTF-8,
 * bytes replaced). Throws an EncodingError for a binary file and for bytes it
 * cannot read with confidence.
 */
export function decodeBytes(bytes, { html = false } = {}) {
  const b = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  for (const [sig, what] of SIGNATURES) {
    if (startsWith(b, sig)) throw new EncodingError(`it is ${what}, not text: give a plain text or HTML file`);
  }
  if (startsWith(b, [0xff, 0xfe, 0, 0]) || startsWith(b, [0, 0, 0xfe, 0xff])) {
    throw new EncodingError('it is UTF-32 text, which figlens does not read: convert it to UTF-8 (iconv -f UTF-32 -t UTF-8)');
  }
  if (startsWith(b, [0xef, 0xbb, 0xbf])) return utf8(b.subarray(3));
  for (const [bom, label] of [[[0xff, 0xfe], 'UTF-16LE'], [[0xfe, 0xff], 'UTF-16BE']]) {
    if (!startsWith(b, bom)) continue;
    let text;
    try {
      text = decode(label, b.subarray(2));
    } catch {
      throw new EncodingError(`it starts with a ${label} byte order mark but is not valid ${label}: convert it to UTF-8`);
    }
    return { text: checkText(text, label), encoding: label, note: `read as ${label}` };
  }
  if (b.includes(0)) return utf16(b);
  return utf8(b, html);
}

/**
 * The share of a text's first characters that text is made of: printable
 * ASCII and whitespace, Latin letters, common Chinese characters and CJK
 * punctuation. UTF-16 read in the wrong byte order scores near 0: ASCII
 * becomes U+xx00 (`a` U+6100) and hanzi turn into other blocks.
 */
function textShare(text) {
  const set = commonChars();
  let all = 0;
  let good = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0);
    all++;
    if ((c >= 0x20 && c < 0x7f) || c === 9 || c === 10 || c === 13 || (c >= 0xa0 && c < 0x250) || c === 0x3000 || set.has(ch)) good++;
    if (all === 20000) break;
  }
  return all === 0 ? 1 : good / all;
}

/**
 * UTF-16 without a BOM: the byte order whose reading is text, when one
 * clearly is; else null.
 */
function utf16Reading(b) {
  if (b.length % 2 !== 0) return null;
  const readings = ['UTF-16LE', 'UTF-16BE'].map((label) => {
    let text = null;
    try {
      text = decode(label, b);
    } catch {
      // lone surrogates: not this byte order
    }
    return { label, text, share: text === null || text.includes('\0') ? -1 : textShare(text) };
  }).sort((x, y) => y.share - x.share);
  const [best, next] = readings;
  if (best.share >= 0.8 && best.share - next.share >= 0.2 && controls(best.text) * 200 <= best.text.length) {
    return { text: best.text, encoding: best.label, note: `no byte order mark: read as ${best.label}` };
  }
  return null;
}

/** NUL bytes: UTF-16 without a BOM (ASCII's zero high bytes, U+3000's low one), or binary. */
function utf16(b) {
  const found = utf16Reading(b);
  if (found) return found;
  const nuls = b.reduce((n, x) => n + (x === 0), 0);
  throw new EncodingError(`it holds ${nuls} NUL bytes and is not UTF-16 text: a binary file, not text`);
}

function utf8(b, html = false) {
  try {
    return { text: checkText(decode('utf-8', b), 'UTF-8'), encoding: 'UTF-8', note: '' };
  } catch (e) {
    if (e instanceof EncodingError) throw e;
  }
  if (html) {
    const charset = declaredCharset(b);
    if (charset && !/^utf-?8$/i.test(charset)) {
      try {
        return { text: checkText(decode(charset, b), charset), encoding: charset, note: `read as ${charset}, as the page declares` };
      } catch (e) {
        if (e instanceof EncodingError) throw e;
        // an unknown label, or bytes not in it: detect
      }
    }
  }
  // UTF-16 with no NUL byte at all: Chinese with no ASCII in it.
  const wide = utf16Reading(b);
  if (wide) return wide;
  const tried = LEGACY.map(({ label, name }) => {
    let text = null;
    try {
      text = decode(label, b);
    } catch {
      // invalid in this encoding
    }
    return { name, text, share: text === null ? -1 : chineseShare(text) };
  }).sort((x, y) => y.share - x.share);
  const [best, next] = tried;
  // Read as one of them only when it reads as Chinese and the other clearly does not.
  if (best.share >= 0.8 && best.share - next.share >= 0.2) {
    return { text: checkText(best.text, best.name), encoding: best.name, note: `not UTF-8: read as ${best.name}` };
  }
  // Mostly UTF-8 with a few damaged bytes, or a few stray bytes in otherwise
  // ASCII text (a Latin-1 quote): read them as U+FFFD, and say so.
  const { good, bad } = utf8Counts(b);
  if (good >= 4 * bad || bad * 100 <= b.length) return lossy(b, bad);
  const what = tried.filter((t) => t.share >= 0.8).length > 1
    ? 'it reads as both GBK and Big5 Chinese, and figlens cannot tell which'
    : 'it is not UTF-8, and reads as neither GBK nor Big5 Chinese text';
  throw new EncodingError(`${what}: convert it to UTF-8 first (iconv -f ENCODING -t UTF-8)`);
}

function lossy(b, bad) {
  const text = checkText(new TextDecoder('utf-8', { ignoreBOM: true }).decode(b), 'UTF-8');
  return { text, encoding: 'UTF-8', note: `${bad} byte${bad === 1 ? ' is' : 's are'} not valid UTF-8 and read as U+FFFD (listed in cleaning.damaged)` };
}
