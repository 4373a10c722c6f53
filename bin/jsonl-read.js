// Reading --jsonl input: its lines as bytes, and one line as {id, text, html}.
// The main thread splits lines; the workers (bin/batch-worker.js) read them.

/**
 * A --jsonl line holds its text JSON-escaped: up to twice its UTF-8 (\u4e2d
 * for 中), plus its id and keys. Past this it cannot hold a text within the
 * limit, and it is skipped unread.
 */
export const lineLimit = (maxInputBytes) => 2 * maxInputBytes + 64 * 1024;

/**
 * The lines of a byte stream, split once for every reader of JSONL here:
 * { head, size, complete }, head the line's first `keep` bytes (a Buffer,
 * without its line break), size its whole length with the break, complete
 * false for a last line with no break. A line is never held past `keep`.
 */
export async function* byteLines(stream, keep) {
  let parts = [];
  let kept = 0;
  let size = 0;
  const line = (complete) => {
    const item = { head: parts.length === 1 ? parts[0] : Buffer.concat(parts, kept), size: size + (complete ? 1 : 0), complete };
    parts = [];
    kept = 0;
    size = 0;
    return item;
  };
  for await (const chunk of stream) {
    for (let start = 0; ;) {
      const nl = chunk.indexOf(10, start);
      const end = nl === -1 ? chunk.length : nl;
      const take = Math.min(end - start, keep - kept);
      if (take > 0) {
        parts.push(chunk.subarray(start, start + take));
        kept += take;
      }
      size += end - start;
      if (nl === -1) break;
      yield line(true);
      start = nl + 1;
    }
  }
  if (size > 0) yield line(false);
}

/**
 * The input lines: { no, bytes, size, complete }, or { no, over, size,
 * complete } for a line longer than `cap` bytes, which is counted and
 * skipped, never held whole.
 */
export async function* lines(stream, cap) {
  let no = 0;
  for await (const { head, size, complete } of byteLines(stream, cap + 1)) {
    no++;
    const length = size - (complete ? 1 : 0);
    yield length > cap ? { no, over: length, size, complete } : { no, bytes: head, size, complete };
  }
}

/** A line's bytes without a first line's BOM and a CR before its break; null for a blank line. */
export function trimLine({ no, bytes }) {
  let line = bytes;
  if (no === 1 && line[0] === 0xef && line[1] === 0xbb && line[2] === 0xbf) line = line.subarray(3);
  if (line.at(-1) === 13) line = line.subarray(0, -1);
  if (line.every((b) => b === 32 || b === 9 || b === 13)) return null;
  return line;
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const lossy = new TextDecoder('utf-8', { ignoreBOM: true });

export class LineError extends Error {
  constructor(message, id = null) {
    super(message);
    this.id = id;
  }
}

/** Read one --jsonl line: { id, text, html }, or throws a LineError naming what is wrong (with the id when there is one). */
export function readLine(bytes, defaultHtml) {
  let text;
  let invalid = null;
  try {
    text = utf8.decode(bytes);
  } catch {
    // Still read it, for its id: the line's answer should say whose it is.
    text = lossy.decode(bytes);
    invalid = 'not valid UTF-8';
  }
  let input;
  try {
    input = JSON.parse(text);
  } catch (e) {
    throw new LineError(invalid ?? `not JSON: ${e.message}`);
  }
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    throw new LineError(invalid ?? 'expected a JSON object {"id", "text", "html"?}');
  }
  const id = input.id === undefined ? null : input.id;
  try {
    JSON.stringify(id);
  } catch (e) {
    throw new LineError(`its "id" cannot be written back: ${e.message}`);
  }
  if (invalid) throw new LineError(invalid, id);
  if (typeof input.text !== 'string') {
    throw new LineError(`"text" must be a string, got ${input.text === null ? 'null' : typeof input.text}`, id);
  }
  if (input.html !== undefined && typeof input.html !== 'boolean') {
    throw new LineError(`"html" must be true or false, got ${JSON.stringify(input.html)}`, id);
  }
  return { id, text: input.text, html: input.html ?? defaultHtml };
}

/** The id a line answers to, as readLine reads it (null when it has none or cannot be read). */
export function lineId(bytes) {
  try {
    return readLine(bytes, false).id;
  } catch (e) {
    if (e instanceof LineError) return e.id;
    throw e;
  }
}
