// The engine's wire format (bindings/wasm/src/wire.rs documents and tests it)
// → the plain `Analysis` of the schema, keys in schema order. Node uses
// pkg/node/wire.cjs, a CommonJS copy the build writes.

/** The `Analysis` held by `nums` (a Float64Array) and `text`, for `input`
 * (the string analyzed: texts flagged -2 are its own slices). */
export function decode(nums, text, input) {
  // The word table first: each repeating string (kinds, units, languages) made once.
  const table = nums[0];
  let i = table + 1;
  const words = new Array(nums[table]);
  // Copies only where a kept string could hold a large source alive (see `own`).
  const fromText = text.length > OWN_ABOVE ? own : same;
  const fromInput = input.length > OWN_ABOVE ? own : same;
  for (let k = 0; k < words.length; k++, i += 2) words[k] = text.slice(nums[i], nums[i + 1]);
  if (i !== nums.length) throw new Error('figlens: wire format out of step (word table)');
  i = 1;
  const num = () => nums[i++];
  const nullable = () => {
    const n = nums[i++];
    return n === n ? n : null;
  };
  const str = () => {
    const a = nums[i];
    const b = nums[i + 1];
    i += 2;
    return a < 0 ? null : fromText(text.slice(a, b));
  };
  const word = () => {
    const k = nums[i++];
    return k < 0 ? null : words[k];
  };
  // A record's text, read before its start and end: null here when it is the input's slice.
  const text0 = () => {
    if (nums[i] === -2) {
      i += 2;
      return null;
    }
    return str();
  };
  const strs = () => {
    const out = new Array(num());
    for (let k = 0; k < out.length; k++) out[k] = str();
    return out;
  };
  const spans = () => {
    const out = new Array(num());
    for (let k = 0; k < out.length; k++) out[k] = { start: nums[i++], end: nums[i++] };
    return out;
  };

  const version = num();
  const language = word();
  const title = str();
  const meta = { date: str(), source: str(), authors: strs(), editor: str(), keywords: strs(), tags: strs() };
  const currency = word();
  if (currency !== null) meta.currency = currency;
  // Objects are made as whole literals where the optional keys are absent
  // (most records): V8 builds those from one shape, not key by key.
  const blocks = new Array(num());
  for (let k = 0; k < blocks.length; k++) {
    const kind = word();
    let text = text0();
    const start = num();
    const end = num();
    const language = word();
    if (text === null) text = fromInput(input.slice(start, end));
    let items;
    if (nums[i] < 0) i++;
    else items = strs();
    let sentences;
    if (nums[i] < 0) i++;
    else sentences = spans();
    let b;
    if (items === undefined) {
      b = sentences === undefined
        ? { kind, text, start, end, language }
        : { kind, text, start, end, language, sentences };
    } else {
      b = { kind, text, start, end, language, items };
      if (sentences !== undefined) b.sentences = sentences;
    }
    blocks[k] = b;
  }
  const figures = new Array(num());
  for (let k = 0; k < figures.length; k++) {
    let text = text0();
    const start = num();
    const end = num();
    const kind = word();
    const value = nullable();
    const low = num();
    const high = num();
    const qualifier = word();
    const unit = word();
    const per = word();
    const approximate = num() === 1;
    const change = word();
    const period = str();
    const metric = str();
    const role = word();
    const iso = str();
    const block = num();
    const sentence = nullable();
    if (text === null) text = fromInput(input.slice(start, end));
    let f;
    if (low !== low && high !== high && qualifier === null && per === null && role === null && iso === null) {
      f = { text, start, end, kind, value, unit, approximate, change, period, metric, block, sentence };
    } else {
      // Keys in schema order, the optional ones only when present.
      f = { text, start, end, kind, value };
      if (low === low) f.low = low;
      if (high === high) f.high = high;
      if (qualifier !== null) f.qualifier = qualifier;
      f.unit = unit;
      if (per !== null) f.per = per;
      f.approximate = approximate;
      f.change = change;
      f.period = period;
      f.metric = metric;
      if (role !== null) f.role = role;
      if (iso !== null) f.iso = iso;
      f.block = block;
      f.sentence = sentence;
    }
    figures[k] = f;
  }
  const checks = new Array(num());
  for (let k = 0; k < checks.length; k++) {
    const kind = word();
    const figs = new Array(num());
    for (let j = 0; j < figs.length; j++) figs[j] = num();
    checks[k] = { kind, figures: figs, stated: num(), computed: num(), ok: num() === 1, explain: str() };
  }
  const cleaning = { pinyinAnnotations: spans(), markup: spans(), invisible: spans(), damaged: new Array(num()) };
  for (let k = 0; k < cleaning.damaged.length; k++) {
    const d = { start: num(), end: num(), kind: word() };
    const repaired = str();
    if (repaired !== null) d.repaired = repaired;
    cleaning.damaged[k] = d;
  }
  if (i !== table) throw new Error(`figlens: wire format out of step (read ${i} of ${table} numbers)`);
  return { version, language, title, meta, blocks, figures, checks, cleaning };
}

/**
 * Strings cut from a source longer than this (in UTF-16 units, 4 Mi: 8 MB)
 * are copied; below it a kept slice holds at most that much alive, and the
 * copies would cost an article 6% of its analysis time.
 */
const OWN_ABOVE = 4 << 20;

function same(s) {
  return s;
}

/**
 * `s` in memory of its own. V8 makes a slice of 13 or more characters a view
 * of the string it was cut from, so a single block text kept would keep the
 * whole input (and the whole wire string) alive: 50 MB for one paragraph.
 * Flattening a concatenation copies it, and the slice then refers to the copy.
 */
export function own(s) {
  return s.length < 13 ? s : (' ' + s).slice(1);
}
