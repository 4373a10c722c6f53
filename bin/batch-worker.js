// A --jsonl worker thread (bin/batch-pool.js starts them): its own wasm
// instance, answering batches of input lines with the text to write.
import { parentPort, workerData } from 'node:worker_threads';
import { analyze } from '../js/node.mjs';
import { checkRows, figureRows, formatRow } from '../js/table.js';
import { jsonPieces } from './json-pieces.js';
import { LineError, readLine } from './jsonl-read.js';

const { options, html, format, checks, cap } = workerData;
// Output goes back as strings of about this many characters: one string per
// analysis could pass V8's longest string (bin/json-pieces.js).
const CHUNK = 1 << 20;

function* joined(pieces) {
  let parts = [];
  let size = 0;
  for (const p of pieces) {
    parts.push(p);
    size += p.length;
    if (size >= CHUNK) {
      yield parts.join('');
      parts = [];
      size = 0;
    }
  }
  if (parts.length) yield parts.join('');
}

function* rows(analysis, id) {
  for (const row of checks ? checkRows(analysis, id) : figureRows(analysis, id)) yield formatRow(row, format);
}

/** One line's answer: { text: [strings] }, or { id, error } (the message names the line). */
function answer(data, { no, start, end, over }) {
  let id = null;
  try {
    if (over !== undefined) {
      throw new LineError(`${over} bytes, longer than a line can be (${cap} bytes: twice --max-input-bytes, for JSON escapes, and 64 KiB); skipped unread`);
    }
    const item = readLine(data.subarray(start, end), html);
    id = item.id;
    const analysis = analyze(item.text, { ...options, html: item.html });
    if (format) return { text: [...joined(rows(analysis, id))] };
    return { text: [...joined(jsonPieces({ id, ...analysis })), '\n'] };
  } catch (e) {
    if (e instanceof LineError) id = e.id;
    return { id, error: `line ${no}: ${e.message}` };
  }
}

parentPort.on('message', ({ seq, data, marks }) => {
  parentPort.postMessage({ seq, results: marks.map((m) => answer(data, m)) });
});
parentPort.postMessage({ ready: true });
