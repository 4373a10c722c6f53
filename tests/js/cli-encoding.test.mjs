// The `figlens` command on files as they arrive: GBK, Big5 and UTF-16 (with
// and without a BOM) are read as the text they hold, with a note on stderr;
// binary files and bytes that read as no known encoding are refused with a
// clear message and exit 1, never analysed as mojibake. The encoded files are
// made here: each encoder is the inverse of Node's own TextDecoder.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { analyze } from 'figlens';
import { EncodingError, decodeBytes } from '../../js/encoding.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = join(root, 'bin', 'figlens.js');
const seed = readFileSync(join(root, 'www', 'sample.txt'), 'utf8');
const tmp = mkdtempSync(join(tmpdir(), 'figlens-enc-'));
after(() => rmSync(tmp, { recursive: true, force: true }));

// Sentences of our own, in characters Big5 has (Traditional) and GB2312 has (Simplified).
const HANT = '臺北市去年觀光收入達新臺幣1,250億元，較前年增長12.5%。\n來臺旅客約為320萬人次，其中日本旅客佔三成。\n市府預計明年（2025年）投入8億元改善捷運站，工期約18個月。\n';
const HANS = '今年一季度全市地区生产总值达到1,580.6亿元，同比增长6.8%。\n城镇新增就业2.3万人，比去年同期多出15%。\n';

/** An encoder for a two-byte legacy encoding, from its decoder: every pair it maps, reversed. */
function encoder(label) {
  const decoder = new TextDecoder(label, { fatal: true });
  const map = new Map();
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      let ch;
      try {
        ch = decoder.decode(new Uint8Array([lead, trail]));
      } catch {
        continue;
      }
      if (ch.length === 1 && !map.has(ch)) map.set(ch, [lead, trail]);
    }
  }
  return (text) => {
    const out = [];
    for (const ch of text) {
      if (ch.charCodeAt(0) < 0x80) out.push(ch.charCodeAt(0));
      else if (map.has(ch)) out.push(...map.get(ch));
      else throw new Error(`${label} has no ${ch}`);
    }
    return Buffer.from(out);
  };
}
const gbk = encoder('gbk');
const big5 = encoder('big5');
const utf16le = (text) => Buffer.from(text, 'utf16le');
const utf16be = (text) => Buffer.from(text, 'utf16le').swap16();

function figlens(args, input) {
  const r = spawnSync(process.execPath, [bin, ...args], { input: input ?? '' });
  return { code: r.status, out: r.stdout.toString(), err: r.stderr.toString() };
}

function file(name, bytes) {
  const path = join(tmp, name);
  writeFileSync(path, bytes);
  return path;
}

/** The figures as a user compares them: what, where, how much. */
const figures = (a) => a.figures.map((f) => [f.text, f.kind, f.value, f.unit, f.start, f.end]);

test('the seed in GBK, from a FILE and from standard input: every figure comes back', () => {
  const bytes = gbk(seed);
  assert.notDeepEqual(bytes, Buffer.from(seed), 'really not UTF-8');
  const want = figures(analyze(seed));
  assert.ok(want.length >= 20);
  for (const [what, r] of [['FILE', figlens([file('seed-gbk.txt', bytes)])], ['stdin', figlens([], bytes)]]) {
    assert.equal(r.code, 0, r.err);
    assert.deepEqual(figures(JSON.parse(r.out)), want, what);
    assert.match(r.err, /not UTF-8: read as GBK \(GB18030\)/, `${what}: says what it read`);
  }
});

test('Big5 and GBK of other texts, Traditional and Simplified, as text and as HTML', () => {
  for (const [name, text, encode, label] of [['hant-big5.txt', HANT, big5, /Big5/], ['hans-gbk.txt', HANS, gbk, /GBK/], ['hant-gbk.txt', HANT, gbk, /GBK/]]) {
    const r = figlens(['--format', 'tsv', file(name, encode(text))]);
    assert.equal(r.code, 0, `${name}: ${r.err}`);
    assert.match(r.err, label, name);
    assert.equal(r.out, figlens(['--format', 'tsv', file(`${name}.utf8`, text)]).out.replaceAll(`${name}.utf8`, name), name);
  }
  const html = `<html><head><meta charset="big5"><title>觀光</title></head><body><p>${HANT.replace(/\n/g, '</p><p>')}</p></body></html>`;
  const r = figlens([file('page-big5.html', big5(html))]);
  assert.equal(r.code, 0, r.err);
  assert.deepEqual(figures(JSON.parse(r.out)), figures(analyze(html, { html: true })));
});

test('UTF-16, little and big endian, with and without a BOM', () => {
  const want = figures(analyze(HANT));
  for (const [name, bytes] of [
    ['le-bom', Buffer.concat([Buffer.from([0xff, 0xfe]), utf16le(HANT)])],
    ['be-bom', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(HANT)])],
    ['le', utf16le(HANT)],
    ['be', utf16be(HANT)],
  ]) {
    const r = figlens([file(`${name}.txt`, bytes)]);
    assert.equal(r.code, 0, `${name}: ${r.err}`);
    assert.deepEqual(figures(JSON.parse(r.out)), want, name);
    assert.match(r.err, /read as UTF-16(LE|BE)/, name);
    assert.deepEqual(figures(JSON.parse(figlens([], bytes).out)), want, `${name} on stdin`);
  }
  // No BOM: Chinese indented with ideographic spaces (U+3000: a NUL on the other
  // side from ASCII's), and hanzi only (no NUL byte at all).
  const indented = '　　臺北市去年觀光收入增長百分之十二。\n　　來臺旅客約三百萬人次。\n';
  const bare = '臺北市去年觀光收入增長百分之十二';
  assert.ok(!utf16le(bare).includes(0) && !utf16be(bare).includes(0));
  for (const text of [indented, bare]) {
    assert.ok(analyze(text).figures.length > 0);
    for (const encode of [utf16le, utf16be]) assert.deepEqual(figures(JSON.parse(figlens([], encode(text)).out)), figures(analyze(text)));
  }
  // English in UTF-16 without a BOM: the shape (a NUL beside every ASCII byte) gives it away.
  const en = 'Revenue rose 5% to $3bn in the third quarter.\n';
  assert.deepEqual(figures(JSON.parse(figlens([], utf16le(en)).out)), figures(analyze(en)));
});

test('binary files are refused with a clear message, exit 1, nothing on stdout', () => {
  const cases = [
    ['an ELF executable', readFileSync(process.execPath).subarray(0, 65536)],
    ['a PNG image', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52])],
    ['NUL bytes', Buffer.concat([Buffer.from('增長5%', 'utf8'), Buffer.alloc(64), Buffer.from([1, 2, 3, 0x9c, 0xff])])],
    ['NUL bytes only', Buffer.alloc(4096)],
    ['random bytes', Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 2654435761) >>> 24))],
    ['control characters', Buffer.from(Array.from({ length: 400 }, (_, i) => [1, 2, 3, 65, 66, 0x1e, 0x7f][i % 7]))],
  ];
  if (process.platform === 'linux') assert.deepEqual([...cases[0][1].subarray(0, 4)], [0x7f, 0x45, 0x4c, 0x46], 'node is an ELF file here');
  for (const [what, bytes] of cases) {
    for (const r of [figlens([file('input.bin', bytes)]), figlens([], bytes)]) {
      assert.equal(r.code, 1, `${what}: ${r.err}`);
      assert.equal(r.out, '', what);
      assert.match(r.err, /^figlens: cannot read (.*input\.bin|standard input): .*(not text|binary)/, what);
      assert.doesNotMatch(r.err, /\n\s+at |Error:/, 'no stack trace');
    }
  }
  assert.match(figlens([file('input.bin', cases[1][1])]).err, /a PNG image/);
});

test('bytes that read as no known encoding are refused, not analysed as mojibake', () => {
  // Latin-1 bytes in a short text, and high bytes that pair as neither GBK nor Big5 Chinese.
  const noise = Buffer.from(Array.from({ length: 600 }, (_, i) => 0x80 + ((i * 37 + (i >> 3) * 11) % 128)));
  for (const bytes of [Buffer.from('Caf\xe9 prices rose 5% \x96 the \x93biggest\x94 jump.', 'latin1'), noise]) {
    const r = figlens([], bytes);
    assert.equal(r.code, 1, r.err);
    assert.equal(r.out, '');
    assert.match(r.err, /^figlens: cannot read standard input: .*convert it to UTF-8/);
  }
  // UTF-8 with one damaged byte is still UTF-8: read, said on stderr, and flagged in the analysis.
  const damaged = Buffer.from(seed, 'utf8');
  damaged[200] = 0xff;
  const r = figlens([], damaged);
  assert.equal(r.code, 0, r.err);
  assert.match(r.err, /standard input: 3 bytes are not valid UTF-8/, 'a broken character: its 3 bytes');
  assert.ok(JSON.parse(r.out).cleaning.damaged.some((d) => d.kind === 'replacement'));
});

test('decodeBytes: the encodings it tells apart, and the errors', () => {
  assert.deepEqual(decodeBytes(Buffer.from('\uFEFF增長5%')), { text: '增長5%', encoding: 'UTF-8', note: '' });
  assert.deepEqual(decodeBytes(Buffer.from('plain ASCII')), { text: 'plain ASCII', encoding: 'UTF-8', note: '' });
  assert.equal(decodeBytes(new Uint8Array(0)).text, '');
  assert.equal(decodeBytes(gbk('增長5%')).encoding, 'GBK (GB18030)');
  assert.equal(decodeBytes(big5('增長5%')).encoding, 'Big5');
  assert.equal(decodeBytes(gbk(HANS)).text, HANS);
  assert.equal(decodeBytes(big5(HANT)).text, HANT);
  assert.throws(() => decodeBytes(Buffer.from([0xff, 0xfe, 0, 0, 0x41, 0, 0, 0])), (e) => e instanceof EncodingError && /UTF-32/.test(e.message));
  assert.throws(() => decodeBytes(Buffer.from([0xff, 0xfe, 0x00, 0xd8, 0x41, 0x00])), /not valid UTF-16LE/);
});
