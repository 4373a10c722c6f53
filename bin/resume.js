// Reading an earlier --jsonl output for --resume and --retry-errors. Output
// keeps input order, so its K complete lines answer the input's first K
// (non-blank) lines; each answer starts with {"id": …, which is checked
// against its input line without parsing the rest of a possibly huge line.

import { byteLines } from './jsonl-read.js';

/** Bytes of a line kept to read its id (--resume reads no more than this of a line). */
const HEAD = 64 * 1024;

/**
 * The lines of an output file: { head, size, complete }: head is the line
 * without its break (only its first 64 KiB unless `whole`), size its length
 * with the break; complete is false for a last line cut short.
 */
export const outLines = (stream, whole) => byteLines(stream, whole ? Infinity : HEAD);

/**
 * The id an answer line starts with, and whether it is an error line
 * ({"id": …, "error": …}); undefined when the line is not an answer.
 */
export function answerId(head) {
  const s = head.toString('utf8');
  const start = '{"id":'.length;
  if (!s.startsWith('{"id":')) return undefined;
  let i = start;
  let depth = 0;
  let inString = false;
  for (; i < s.length; i++) {
    const c = s[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') {
        inString = false;
        if (depth === 0) {
          i++;
          break;
        }
      }
    } else if (c === '"') {
      inString = true;
    } else if (c === '{' || c === '[') {
      depth++;
    } else if (c === '}' || c === ']') {
      if (depth === 0) break;
      if (--depth === 0) {
        i++;
        break;
      }
    } else if (c === ',' && depth === 0) {
      break;
    }
  }
  try {
    return { id: JSON.parse(s.slice(start, i)), error: s.startsWith(',"error":', i) };
  } catch {
    return undefined;
  }
}

/** Whether an answer's id answers an input line's id: equal as JSON, or null (an unreadable line's answer). */
export const sameId = (answered, input) => answered === null || JSON.stringify(answered) === JSON.stringify(input);
