// The built package through its ESM entry (`import 'figlens'` resolves through the
// package's own exports map), and the web build in Node through `figlens/web`.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import test from 'node:test';
import * as figlens from 'figlens';
import { analyze, FiglensError, init, initSync } from 'figlens';

const seed = readFileSync(new URL('../../www/sample.txt', import.meta.url), 'utf8');
const fixtureSeed = new URL('../fixtures/000_c3625e4dd3ccaf1d.txt', import.meta.url);

// Pinyin annotations like "(qū)" or "（qū）": latin letters with tone marks in parentheses.
const PINYIN = /[(（][a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]+[)）]/g;

test('the page sample is the seed (tests/fixtures)', { skip: !existsSafe(fixtureSeed) && 'no tests/fixtures seed' }, () => {
  assert.equal(seed, readFileSync(fixtureSeed, 'utf8'));
});

function existsSafe(url) {
  try {
    readFileSync(url);
    return true;
  } catch {
    return false;
  }
}

test('exports the JS API and nothing unexpected', () => {
  assert.deepEqual(Object.keys(figlens).filter((k) => !k.startsWith('__')).sort(),
    ['FiglensError', 'analyze', 'init', 'initSync']);
});

test('init resolves at once in Node; analyze works without it; initSync is a no-op', async () => {
  assert.equal(analyze('增長5%').figures.length, 1);
  assert.equal(await init(), undefined);
  assert.equal(initSync(new Uint8Array()), undefined);
});

test('the seed: the result has every top-level field of schema.md, and its key rows', (t) => {
  const started = performance.now();
  const a = analyze(seed);
  const first = performance.now() - started;
  const runs = 20;
  const t0 = performance.now();
  for (let i = 0; i < runs; i++) analyze(seed);
  t.diagnostic(`analyze(seed, ${seed.length} UTF-16 units): first call ${first.toFixed(1)} ms, then ${((performance.now() - t0) / runs).toFixed(2)} ms per call`);

  assert.deepEqual(Object.keys(a), ['version', 'language', 'title', 'meta', 'blocks', 'figures', 'checks', 'cleaning']);
  // v1.1: the seed's arithmetic: its urban-rural income ratio, redone and right.
  assert.deepEqual(a.checks.map((c) => [c.kind, c.ok, c.stated, c.figures.map((i) => a.figures[i].text), c.explain]),
    [['ratio', true, 1.49, ['1.49:1', '63792元', '42830元'], '63792 ÷ 42830 = 1.489 ≈ 1.49']]);
  assert.deepEqual(Object.keys(a.checks[0]), ['kind', 'figures', 'stated', 'computed', 'ok', 'explain']);
  assert.equal(a.version, 1);
  assert.deepEqual(Object.keys(a.meta), ['date', 'source', 'authors', 'editor', 'keywords', 'tags', 'currency']);
  // v1.1: mainland news in Traditional script: its places make a bare 元 the yuan
  assert.equal(a.meta.currency, 'CNY');
  assert.deepEqual(Object.keys(a.cleaning), ['pinyinAnnotations', 'markup', 'invisible', 'damaged']);
  const byText = (s) => a.figures.find((f) => f.text === s);
  for (const [text, kind, value, unit] of [
    ['729.91億元', 'money', 72991000000, 'CNY'],
    ['1.29萬人', 'count', 12900, 'person'],
    ['9.2%', 'percent', 9.2, '%'],
  ]) {
    const f = byText(text);
    assert.ok(f, `${text} is found`);
    assert.equal(f.kind, kind);
    assert.ok(Math.abs(f.value - value) <= Math.abs(value) * 1e-9, `${text}: value ${f.value}, want ${value}`);
    assert.equal(f.unit, unit);
    // Optional fields are absent, not undefined-valued; nullable ones are present.
    for (const k of ['value', 'unit', 'change', 'period', 'metric', 'sentence']) assert.ok(k in f, `${k} present`);
    for (const [k, v] of Object.entries(f)) assert.notEqual(v, undefined, `${k} is not undefined`);
  }
});

test('offsets: every figure of the seed is at input.slice(start, end), pinyin annotations aside', () => {
  const a = analyze(seed);
  assert.ok(a.figures.length > 0);
  for (const f of a.figures) {
    assert.ok(Number.isInteger(f.start) && Number.isInteger(f.end) && 0 <= f.start && f.start < f.end && f.end <= seed.length,
      `${f.text}: span ${f.start}-${f.end}`);
    const original = seed.slice(f.start, f.end);
    assert.ok(original.replace(PINYIN, '').includes(f.text), `${f.text}: the input there is ${JSON.stringify(original)}`);
  }
  for (const b of a.blocks) {
    assert.ok(0 <= b.start && b.start <= b.end && b.end <= seed.length, `block span ${b.start}-${b.end}`);
    for (const s of b.sentences ?? []) assert.ok(b.start <= s.start && s.start <= s.end && s.end <= b.end);
  }
  for (const s of a.cleaning.pinyinAnnotations) assert.match(seed.slice(s.start, s.end), /^[(（].*[)）]$/u);
});

test('offsets are UTF-16 code units, also after characters outside the BMP', () => {
  const text = '😀𠀀 營收增長12.5%，凈利1.29萬元。';
  const a = analyze(text);
  const texts = a.figures.map((f) => text.slice(f.start, f.end));
  assert.deepEqual(texts, a.figures.map((f) => f.text));
  assert.ok(texts.includes('12.5%'));
});

test('options: html, kinds, bodyOnly', () => {
  const html = '<p>營收增長12.5%，達3.5億元。</p>';
  const a = analyze(html, { html: true });
  for (const f of a.figures) assert.ok(html.slice(f.start, f.end).includes(f.text), f.text);
  assert.deepEqual(analyze(html, { html: true, kinds: ['money'] }).figures.map((f) => f.kind), ['money']);
  assert.deepEqual(analyze(html, { html: true, kinds: [] }).figures, []);
  assert.ok(analyze(seed, { bodyOnly: true }).figures.length <= analyze(seed).figures.length);
  assert.equal(analyze('增長5%', { html: undefined, kinds: null }).figures.length, 1);
});

function throwsFiglens(fn, code, pattern) {
  assert.throws(fn, (e) => {
    assert.ok(e instanceof FiglensError, `a FiglensError, got ${e && e.constructor.name}`);
    assert.ok(e instanceof Error);
    assert.equal(e.name, 'FiglensError');
    assert.equal(e.code, code);
    if (pattern) assert.match(e.message, pattern);
    return true;
  });
}

test('checks: on every result; computed before kinds and bodyOnly, indices into the figures returned', () => {
  assert.deepEqual(analyze('').checks, []);
  const text = 'The unemployment rate rose from 5% to 7%, up 2%. Revenue rose 25% to $5 million from $4 million.';
  const a = analyze(text);
  assert.deepEqual(a.checks.map((c) => [c.kind, c.ok]), [['change', false], ['change', true]]);
  for (const c of a.checks) assert.ok(c.figures.every((i) => Number.isInteger(i) && i < a.figures.length));
  // Keep only money: the percents are gone, and so is every check that used one.
  assert.deepEqual(analyze(text, { kinds: ['money'] }).checks, []);
  // Keep percents and money: the same checks, over the same figures.
  const kept = analyze('共有1000家，其中A類600家、B類400家。Sales rose 25% to $5 million from $4 million.', { kinds: ['percent', 'money'] });
  assert.deepEqual(kept.checks.map((c) => c.figures.map((i) => kept.figures[i].text)), [['25%', '$4 million', '$5 million']]);
});

test('maxInputBytes: past it, input-too-large names the limit', () => {
  throwsFiglens(() => analyze(seed, { maxInputBytes: 100 }), 'input-too-large', /over the limit of 100 bytes/);
  // bytes, not characters: 3 Han characters are 9 UTF-8 bytes
  throwsFiglens(() => analyze('一二三', { maxInputBytes: 8 }), 'input-too-large', /9 bytes.*limit of 8/);
  assert.equal(analyze('一二三', { maxInputBytes: 9 }).version, 1);
  // far past the limit (refused before entering wasm), options are still checked first
  throwsFiglens(() => analyze('x'.repeat(1000), { maxInputBytes: 10 }), 'input-too-large', /1000 bytes/);
  throwsFiglens(() => analyze('x'.repeat(1000), { maxInputBytes: 10, kinds: ['nope'] }), 'bad-options');
});

test('bad options: unknown kinds, wrong types, unknown names', () => {
  throwsFiglens(() => analyze('x', { kinds: ['moneys'] }), 'bad-options', /unknown kind "moneys"/);
  throwsFiglens(() => analyze('x', { kinds: 'money' }), 'bad-options', /kinds/);
  throwsFiglens(() => analyze('x', { kinds: [1] }), 'bad-options', /kinds/);
  throwsFiglens(() => analyze('x', { html: 'yes' }), 'bad-options', /html must be a boolean/);
  throwsFiglens(() => analyze('x', { bodyOnly: 1 }), 'bad-options', /bodyOnly/);
  throwsFiglens(() => analyze('x', { maxInputBytes: '10' }), 'bad-options', /maxInputBytes/);
  throwsFiglens(() => analyze('x', { maxInputBytes: -1 }), 'bad-options', /maxInputBytes/);
  throwsFiglens(() => analyze('x', { maxInputBytes: 1.5 }), 'bad-options', /maxInputBytes/);
  throwsFiglens(() => analyze('x', { maxInputbytes: 10 }), 'bad-options', /unknown option "maxInputbytes"/);
  throwsFiglens(() => analyze('x', 'html'), 'bad-options', /options must be an object/);
  throwsFiglens(() => analyze('x', [true]), 'bad-options', /options must be an object/);
});

test('a non-string text is a TypeError', () => {
  assert.throws(() => analyze(42), TypeError);
  assert.throws(() => analyze(), TypeError);
});

test('a trap inside wasm is reported as internal and the next call works', () => {
  throwsFiglens(() => figlens.__trapForTests(), 'internal', /restarted/);
  assert.equal(analyze('營收增長12.5%。').figures[0].text, '12.5%');
  throwsFiglens(() => figlens.__trapForTests(), 'internal');
  assert.equal(analyze(seed).figures.length, analyze(seed).figures.length);
});

test('the web build in Node: not-initialized before init, then initSync(bytes)', async () => {
  const web = await import('figlens/web');
  assert.throws(() => web.analyze('增長5%'), (e) => e instanceof web.FiglensError && e.code === 'not-initialized' && /init\(\)/.test(e.message));
  web.initSync(readFileSync(new URL('../../pkg/web/figlens_bg.wasm', import.meta.url)));
  web.initSync(new Uint8Array()); // already initialized: ignored
  await web.init(); // already initialized: resolves
  assert.deepEqual(web.analyze(seed), analyze(seed));
  assert.throws(() => web.__trapForTests(), (e) => e.code === 'internal');
  assert.equal(web.analyze('增長5%').figures.length, 1);
});
