// UTF-16 offsets on the JS side (the Node build through js/node.mjs): with
// astral characters (emoji, CJK Extension B) and lone surrogates around and
// between figures, `text.slice(start, end)` shows what each span claims, no
// span splits a surrogate pair, and a lone surrogate (which reaches wasm as
// U+FFFD) neither crashes the analysis nor shifts any offset.
import assert from 'node:assert/strict';
import test from 'node:test';
import { analyze } from '../../js/node.mjs';

// A deterministic generator: a failure replays (FIGLENS_PROP_SEED).
function lcg(seed) {
  let s = BigInt(seed);
  return () => {
    s = (s * 6364136223846793005n + 1442695040888963407n) & 0xffffffffffffffffn;
    return Number(s >> 33n);
  };
}

const ASTRAL = ['😀', '👨‍👩‍👧', '🇨🇳', '𠀀', '𪚥', '𠮷', '\u{1F4C8}'];
const LONE = ['\uD800', '\uDBFF', '\uDC00', '\uDFFF', '\uDC00\uD800'];
const FIGURES = ['營收增長12.5%', '達3.5億元', '全區城鎮新增就業1.29萬人', '同比下降３４％', 'Revenue rose 12% to $3.5bn', 'about 200 people'];
const OTHER = ['，', '。', ' ', '\n', '\n\n', '區(qū)', '&amp;', '<b>', '</b>', '\u200b', '\u00a0', 'æ–°é—»', '(', ')'];

function randomText(next) {
  const pools = [ASTRAL, LONE, FIGURES, OTHER];
  let s = '';
  for (let n = 1 + (next() % 30); n > 0; n--) {
    const pool = pools[next() % pools.length];
    s += pool[next() % pool.length];
  }
  return s;
}

const isHigh = (c) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c) => c >= 0xdc00 && c <= 0xdfff;
/** Does offset `i` fall between the two halves of a surrogate pair? */
const splitsPair = (s, i) => i > 0 && i < s.length && isHigh(s.charCodeAt(i - 1)) && isLow(s.charCodeAt(i));
/** Lone surrogates as wasm sees them (TextEncoder: U+FFFD). */
const wellFormed = (s) => s.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');

function spansOf(a) {
  const out = [];
  a.blocks.forEach((b, i) => {
    out.push([`blocks[${i}]`, b, b.text]);
    (b.sentences ?? []).forEach((s, k) => out.push([`blocks[${i}].sentences[${k}]`, s, null]));
  });
  a.figures.forEach((f, i) => out.push([`figures[${i}] ${JSON.stringify(f.text)}`, f, f.text]));
  for (const key of ['pinyinAnnotations', 'markup', 'invisible', 'damaged']) {
    a.cleaning[key].forEach((s, i) => out.push([`cleaning.${key}[${i}]`, s, null]));
  }
  return out;
}

/** Is a span's text shown by `shown` (the input's slice)? Exactly when no cleaning edit is inside it. */
function showsText(a, span, shown, text) {
  const edited = ['pinyinAnnotations', 'markup', 'invisible'].some((k) =>
    a.cleaning[k].some((s) => s.start < span.end && s.end > span.start));
  // A text comes back either as a slice of the input (lone surrogates kept)
  // or from wasm (lone surrogates as U+FFFD): compare them as wasm saw them.
  // A no-break space becomes a space except between digits: both as spaces.
  const plain = wellFormed(shown).replace(/\r\n?/g, '\n').replace(/[\u00a0\u202f]/g, ' ');
  text = wellFormed(text).replace(/[\u00a0\u202f]/g, ' ');
  if (!edited) return plain === text;
  // Edits removed or replaced something inside: the text's characters, in
  // order, with the same first and last.
  const want = [...text];
  const got = [...plain];
  if (want.length === 0) return true;
  if (got[0] !== want[0] && !plain.startsWith('&')) return false;
  let k = 0;
  for (const c of got) if (c === want[k]) k++;
  return k === want.length;
}

function check(text, html) {
  const a = analyze(text, { html });
  const problems = [];
  for (const [what, span, claimed] of spansOf(a)) {
    const { start, end } = span;
    if (!(Number.isInteger(start) && Number.isInteger(end) && 0 <= start && start <= end && end <= text.length)) {
      problems.push(`${what}: ${start}..${end} outside the text (${text.length} units)`);
      continue;
    }
    if (splitsPair(text, start) || splitsPair(text, end)) problems.push(`${what}: ${start}..${end} splits a surrogate pair`);
    if (claimed !== null && !html && !showsText(a, span, text.slice(start, end), claimed)) {
      problems.push(`${what}: slice ${JSON.stringify(text.slice(start, end))} does not show ${JSON.stringify(claimed)}`);
    }
  }
  return { a, problems };
}

test('figure offsets index the JS string around astral characters', () => {
  const pre = '😀𠀀👨‍👩‍👧 ';
  const text = `${pre}營收增長12.5%，達3.5億元。𪚥 Revenue rose 12% to $3.5bn 🇨🇳`;
  const a = analyze(text);
  const texts = a.figures.map((f) => text.slice(f.start, f.end));
  assert.deepEqual(texts, a.figures.map((f) => f.text));
  assert.ok(texts.includes('12.5%') && texts.includes('3.5億元') && texts.includes('$3.5bn'), texts.join(' | '));
  assert.equal(a.figures[0].start, text.indexOf('12.5%'));
});

test('lone surrogates from JS strings: no crash, and offsets still index the string', () => {
  for (const lone of LONE) {
    const text = `${lone}營收增長12.5%${lone}，達3.5億元${lone}`;
    const a = analyze(text);
    assert.deepEqual(a.figures.map((f) => text.slice(f.start, f.end)), ['12.5%', '3.5億元'], JSON.stringify(text));
    // The lone surrogate reaches the core as U+FFFD: flagged as damage, at its own place.
    for (const d of a.cleaning.damaged) {
      assert.match(text.slice(d.start, d.end), /^[\uD800-\uDFFF\uFFFD]+$/, JSON.stringify(d));
    }
    const h = analyze(`<p>${text}</p>`, { html: true });
    assert.deepEqual(h.figures.map((f) => f.text), ['12.5%', '3.5億元']);
  }
});

test('random text with astral characters, lone surrogates and cleaning: every span indexes the string', () => {
  const next = lcg(Number(process.env.FIGLENS_PROP_SEED ?? 0x0ff5e7));
  const rounds = Number(process.env.FIGLENS_PROP_ROUNDS ?? 400);
  const problems = [];
  let figures = 0;
  for (let round = 0; round < rounds && problems.length < 10; round++) {
    const text = randomText(next);
    for (const html of [false, true]) {
      const r = check(text, html);
      figures += r.a.figures.length;
      for (const p of r.problems) problems.push(`round ${round} (html ${html}) ${JSON.stringify(text)}: ${p}`);
    }
  }
  assert.deepEqual(problems, []);
  assert.ok(figures > rounds, `${figures} figures in ${rounds} rounds`);
});
