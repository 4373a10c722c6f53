// JSON text in pieces, for the CLI's output: exactly JSON.stringify(value, null,
// indent) of plain data, never as one string. One string of a large analysis
// overflows V8's longest string (a 60 MB input threw RangeError); pieces go
// out as they are made.

/** Strings longer than this come in slices. */
const SLICE = 1 << 20;

/** Lists longer than this are written item by item. */
const LONG_LIST = 1024;

/**
 * The JSON text of `value` (plain data: objects, arrays, strings, numbers,
 * booleans, null) as an iterable of strings. The first `levels - 1` levels
 * are walked (the analysis and its lists); below, a value is one
 * JSON.stringify unless it is large: a long list (20 million spans of
 * invisible characters), or a record holding a long string or list.
 */
export function* jsonPieces(value, indent = 0, levels = 3) {
  yield* pieces(value, indent ? ' '.repeat(indent) : '', '', levels);
}

function* pieces(value, step, pad, levels) {
  if (typeof value === 'string') {
    yield* stringPieces(value);
    return;
  }
  if (value === null || typeof value !== 'object' || (levels <= 1 && !large(value))) {
    const json = JSON.stringify(value, null, step);
    yield step && pad ? json.replace(/\n/g, `\n${pad}`) : json;
    return;
  }
  const inner = pad + step;
  const open = step ? `\n${inner}` : '';
  const sep = step ? `,\n${inner}` : ',';
  const colon = step ? ': ' : ':';
  if (Array.isArray(value)) {
    if (value.length === 0) {
      yield '[]';
      return;
    }
    yield `[${open}`;
    for (let i = 0; i < value.length; i++) {
      if (i > 0) yield sep;
      const v = value[i];
      // As JSON.stringify: what has no JSON form is null in an array.
      if (v === undefined || typeof v === 'function' || typeof v === 'symbol') yield 'null';
      else yield* pieces(v, step, inner, levels - 1);
    }
    yield step ? `\n${pad}]` : ']';
    return;
  }
  let first = true;
  for (const key of Object.keys(value)) {
    const v = value[key];
    // As JSON.stringify: a key whose value has no JSON form is left out.
    if (v === undefined || typeof v === 'function' || typeof v === 'symbol') continue;
    yield `${first ? `{${open}` : sep}${JSON.stringify(key)}${colon}`;
    first = false;
    yield* pieces(v, step, inner, levels - 1);
  }
  yield first ? '{}' : step ? `\n${pad}}` : '}';
}

/** Worth walking: a long list, or a record or list holding a long string or list (a block of a huge paragraph). */
function large(value) {
  if (Array.isArray(value) && value.length > LONG_LIST) return true;
  for (const v of Array.isArray(value) ? value : Object.values(value)) {
    if ((typeof v === 'string' && v.length > SLICE) || (Array.isArray(v) && v.length > LONG_LIST)) return true;
  }
  return false;
}

/** A JSON string in slices, never cutting a surrogate pair (which would be escaped as two halves). */
function* stringPieces(s) {
  if (s.length <= SLICE) {
    yield JSON.stringify(s);
    return;
  }
  yield '"';
  for (let start = 0; start < s.length;) {
    let end = Math.min(start + SLICE, s.length);
    const last = s.charCodeAt(end - 1);
    if (end < s.length && last >= 0xd800 && last < 0xdc00) end--;
    yield JSON.stringify(s.slice(start, end)).slice(1, -1);
    start = end;
  }
  yield '"';
}
