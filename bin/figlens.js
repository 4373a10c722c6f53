#!/usr/bin/env node
// The figlens command line; see USAGE below and schema.md ("The CLI").
import { once } from 'node:events';
import { createReadStream, fstatSync, readFileSync, statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { analyze } from '../js/node.mjs';
import { COLUMNS, figureRows, formatHeader, formatRow } from '../js/table.js';
import { EncodingError, decodeBytes } from '../js/encoding.js';
import { FIGURE_KINDS } from '../js/kinds.js';
import { jsonPieces } from './json-pieces.js';

/** Words in lines of at most 80 characters, each indented by `indent` spaces. */
function wrap(text, indent) {
  const lines = [''];
  for (const word of text.split(' ')) {
    if (lines.at(-1) && indent + lines.at(-1).length + 1 + word.length > 80) lines.push('');
    lines[lines.length - 1] += (lines.at(-1) ? ' ' : '') + word;
  }
  return lines.map((l) => ' '.repeat(indent) + l).join('\n');
}

const USAGE = `Usage: figlens [options] [FILE]

Analyze a news article: its structure and every figure in it. Reads FILE, or
standard input when FILE is absent or "-", and prints one JSON analysis.
The input may be UTF-8, UTF-16 or GBK/Big5 Chinese (detected; a note on
stderr says when it is not UTF-8); a binary file is refused.

Options:
  --pretty            indent the JSON
                        figlens --pretty article.txt
  --html              the input is HTML (a FILE ending in .html or .htm is,
                      without the flag)
                        figlens --html < saved-page.txt
  --jsonl             batch mode: read JSON lines
                      {"id": any, "text": string, "html"?: boolean} and write
                      one line per input, in order: the analysis with "id"
                      first, or {"id": ..., "error": "..."} for a line that
                      could not be read or analysed (not JSON, not UTF-8, no
                      string "text", too long); the run goes on. A line over
                      twice --max-input-bytes plus 64 KiB is skipped unread
                        figlens --jsonl batch.jsonl > analyses.jsonl
  --format json|csv|tsv
                      json (the default): the analysis; csv or tsv: one row
                      per figure, with the columns
${wrap(COLUMNS.join(', '), 22)}
                      CSV is UTF-8 with a BOM. A text cell a spreadsheet would
                      misread (1/3, 5%, 2021-05, =...) starts with ' (see
                      "CSV and TSV" in docs/schema.md)
                        figlens --format csv article.txt > figures.csv
  --kinds LIST        keep only figures of these kinds, comma-separated:
${wrap(FIGURE_KINDS.join(', '), 22)}
                        figlens --kinds money,percent article.txt
  --body-only         keep only figures in the title, headings and paragraphs
                        figlens --body-only page.html
  --max-input-bytes N refuse inputs over N bytes of UTF-8 (default 16 MiB);
                      a larger FILE is refused before it is read
                        figlens --max-input-bytes 67108864 big.txt
  -h, --help          show this help
                        figlens --help
  -v, --version       print the version
                        figlens --version

Exit codes: 0 ok; 1 bad input (a binary file, an encoding it cannot read; in
--jsonl mode, any line that failed) or output that could not be written;
2 usage error.
`;

class UsageError extends Error {}

function parse(argv) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        pretty: { type: 'boolean' },
        html: { type: 'boolean' },
        jsonl: { type: 'boolean' },
        format: { type: 'string' },
        kinds: { type: 'string' },
        'body-only': { type: 'boolean' },
        'max-input-bytes': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (e) {
    throw new UsageError(e.message);
  }
  const { values, positionals } = parsed;
  if (positionals.length > 1) throw new UsageError(`expected at most one FILE, got ${positionals.length}: ${positionals.join(' ')}`);
  if (values.format !== undefined && values.format !== 'json' && values.format !== 'csv' && values.format !== 'tsv') {
    throw new UsageError(`--format must be json, csv or tsv, got ${JSON.stringify(values.format)}`);
  }
  const format = values.format === 'json' ? undefined : values.format;
  if (values.pretty && values.jsonl) throw new UsageError('--pretty cannot be combined with --jsonl (one analysis per line)');
  if (values.pretty && format) throw new UsageError(`--pretty applies to JSON output, not to --format ${format}`);
  const options = {};
  if (values.kinds !== undefined) {
    options.kinds = values.kinds.split(/[\s,]+/).filter(Boolean);
    if (options.kinds.length === 0) throw new UsageError('--kinds needs at least one kind, e.g. --kinds money,percent');
  }
  if (values['body-only']) options.bodyOnly = true;
  if (values['max-input-bytes'] !== undefined) {
    const n = Number(values['max-input-bytes']);
    if (!/^\d+$/.test(values['max-input-bytes'].trim()) || !Number.isSafeInteger(n)) {
      throw new UsageError(`--max-input-bytes must be a whole number of bytes, got ${JSON.stringify(values['max-input-bytes'])}`);
    }
    options.maxInputBytes = n;
  }
  const file = positionals[0] === '-' ? undefined : positionals[0];
  return { ...values, format, options, file };
}

const DEFAULT_MAX_INPUT_BYTES = 16 * 1024 * 1024;
// A --jsonl line holds its text JSON-escaped: up to twice its UTF-8 (\u4e2d
// for 中), plus its id and keys. Past this it cannot hold a text within the
// limit, and it is skipped unread.
const lineLimit = (maxInputBytes) => 2 * maxInputBytes + 64 * 1024;

// Standard output in pieces of about 64 KiB, with back-pressure, so that
// neither a big analysis nor a big batch is ever one string or piles up.
const out = {
  parts: [],
  size: 0,
  add(text) {
    this.parts.push(text);
    this.size += text.length;
  },
  async addAll(pieces) {
    for (const p of pieces) {
      this.add(p);
      if (this.size >= 65536) await this.flush();
    }
  },
  async flush() {
    if (this.parts.length === 0) return;
    const text = this.parts.join('');
    this.parts = [];
    this.size = 0;
    if (!process.stdout.write(text)) await once(process.stdout, 'drain');
  },
};

/** Table rows as lines, one at a time. */
function* formatted(rows, format) {
  for (const row of rows) yield formatRow(row, format);
}

function fail(message) {
  process.stderr.write(`figlens: ${message}\n`);
}

class InputError extends Error {}

/** A FILE or standard input, to open: a directory, or a file over `limit` bytes, is refused before reading. */
function openInput(file, limit) {
  const name = file === undefined ? 'standard input' : file;
  let info;
  try {
    info = file === undefined ? fstatSync(0) : statSync(file);
  } catch (e) {
    throw new InputError(`cannot read ${name}: ${e.message}`);
  }
  if (info.isDirectory()) throw new InputError(`cannot read ${name}: it is a directory`);
  if (limit !== undefined && info.isFile() && info.size > limit + 3) {
    throw new InputError(tooLarge(name, info.size, limit));
  }
  return { name, info, open: () => (file === undefined ? process.stdin : createReadStream(file)) };
}

function tooLarge(name, size, limit, more = '') {
  return `${name} is ${size}${more} bytes, over the limit of ${limit} bytes; split it or raise --max-input-bytes`;
}

/**
 * The whole input as text, read in chunks and refused as soon as it passes
 * `limit` bytes (3 more for a BOM), then decoded (js/encoding.js): UTF-8,
 * UTF-16 or GBK/Big5, said on stderr when it is not plain UTF-8; a binary
 * file, or bytes that read as none of these, are refused.
 */
async function readInput(file, limit, html) {
  const { name, info, open } = openInput(file, limit);
  let bytes;
  if (file !== undefined && info.isFile()) {
    // Its size is known and within the limit: one read, no chunks to join.
    try {
      bytes = readFileSync(file);
    } catch (e) {
      throw new InputError(`cannot read ${name}: ${e.message}`);
    }
  } else {
    const stream = open();
    const chunks = [];
    let size = 0;
    try {
      for await (const chunk of stream) {
        size += chunk.length;
        if (size > limit + 3) {
          stream.destroy();
          throw new InputError(tooLarge(name, size, limit, ' or more'));
        }
        chunks.push(chunk);
      }
    } catch (e) {
      throw e instanceof InputError ? e : new InputError(`cannot read ${name}: ${e.message}`);
    }
    bytes = Buffer.concat(chunks, size);
  }
  try {
    const { text, note } = decodeBytes(bytes, { html });
    if (note) fail(`${name}: ${note}`);
    return text;
  } catch (e) {
    if (e instanceof EncodingError) throw new InputError(`cannot read ${name}: ${e.message}`);
    throw e;
  }
}

async function single(opts) {
  const limit = opts.options.maxInputBytes ?? DEFAULT_MAX_INPUT_BYTES;
  const html = Boolean(opts.html) || (opts.file !== undefined && /\.html?$/i.test(opts.file));
  let text;
  try {
    text = await readInput(opts.file, limit, html);
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    fail(e.message);
    return 1;
  }
  let analysis;
  try {
    analysis = analyze(text, { ...opts.options, html });
  } catch (e) {
    fail(e.message);
    return 1;
  }
  text = null;
  if (opts.format) {
    const id = opts.file ?? null;
    out.add(formatHeader(opts.format));
    await out.addAll(formatted(figureRows(analysis, id), opts.format));
  } else {
    await out.addAll(jsonPieces(analysis, opts.pretty ? 2 : 0));
    out.add('\n');
  }
  await out.flush();
  return 0;
}

/**
 * The lines of a byte stream: { no, bytes } (a Buffer, without its line
 * break), or { no, over } for a line longer than `cap` bytes, which is
 * counted and skipped, never held whole.
 */
async function* lines(stream, cap) {
  let parts = [];
  let size = 0;
  let no = 0;
  const line = () => {
    no++;
    const item = size > cap ? { no, over: size } : { no, bytes: parts.length === 1 ? parts[0] : Buffer.concat(parts, size) };
    parts = [];
    size = 0;
    return item;
  };
  for await (const chunk of stream) {
    for (let start = 0; ;) {
      const nl = chunk.indexOf(10, start);
      const end = nl === -1 ? chunk.length : nl;
      if (size + end - start <= cap) {
        if (end > start) parts.push(chunk.subarray(start, end));
      } else {
        parts = [];
      }
      size += end - start;
      if (nl === -1) break;
      yield line();
      start = nl + 1;
    }
  }
  if (size > 0) yield line();
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const lossy = new TextDecoder('utf-8', { ignoreBOM: true });

class LineError extends Error {
  constructor(message, id = null) {
    super(message);
    this.id = id;
  }
}

/** Read one --jsonl line: { id, text, html }, or throws a LineError naming what is wrong (with the id when there is one). */
function readLine(bytes, defaultHtml) {
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

async function batch(opts) {
  const limit = opts.options.maxInputBytes ?? DEFAULT_MAX_INPUT_BYTES;
  const cap = lineLimit(limit);
  let input;
  let stream;
  try {
    input = openInput(opts.file);
    stream = input.open();
    if (stream !== process.stdin) await once(stream, 'open');
  } catch (e) {
    fail(e instanceof InputError ? e.message : `cannot read ${opts.file}: ${e.message}`);
    return 1;
  }
  if (opts.format) out.add(formatHeader(opts.format));
  let failed = 0;
  try {
    for await (const { no, bytes, over } of lines(stream, cap)) {
      let line = bytes;
      if (line !== undefined) {
        if (no === 1 && line[0] === 0xef && line[1] === 0xbb && line[2] === 0xbf) line = line.subarray(3); // a BOM
        if (line.at(-1) === 13) line = line.subarray(0, -1); // CRLF
        if (line.every((b) => b === 32 || b === 9 || b === 13)) continue; // a blank line
      }
      let id = null;
      let analysis;
      try {
        if (over !== undefined) throw new LineError(`${over} bytes, longer than a line can be (${cap} bytes: twice --max-input-bytes, for JSON escapes, and 64 KiB); skipped unread`);
        const item = readLine(line, Boolean(opts.html));
        id = item.id;
        analysis = analyze(item.text, { ...opts.options, html: item.html });
      } catch (e) {
        failed++;
        if (e instanceof LineError) id = e.id;
        const message = `line ${no}: ${e.message}`;
        if (opts.format) fail(`${message} (id ${JSON.stringify(id)})`);
        else await out.addAll([`${JSON.stringify({ id, error: message })}\n`]);
        continue;
      }
      if (opts.format) {
        await out.addAll(formatted(figureRows(analysis, id), opts.format));
      } else {
        await out.addAll(jsonPieces({ id, ...analysis }));
        out.add('\n');
      }
    }
  } catch (e) {
    await out.flush();
    fail(`cannot read ${input.name}: ${e.message}`);
    return 1;
  }
  await out.flush();
  if (failed) fail(`${failed} of the input lines failed`);
  return failed ? 1 : 0;
}

async function main() {
  // Output that cannot be written (a full disk, a closed pipe) ends the run
  // with a message, not a stack trace; stderr's own failures cannot be told.
  process.stdout.on('error', (e) => {
    const why = e.code === 'EPIPE' ? 'the reading end was closed' : e.code === 'ENOSPC' ? 'no space left on the device' : e.message;
    fail(`cannot write the output: ${why} (${e.code ?? 'error'})`);
    process.exit(1);
  });
  process.stderr.on('error', () => {});
  let opts;
  try {
    opts = parse(process.argv.slice(2));
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    fail(`${e.message}\nRun figlens --help for usage.`);
    return 2;
  }
  if (opts.help) {
    out.add(USAGE);
    await out.flush();
    return 0;
  }
  if (opts.version) {
    const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
    out.add(`figlens ${version}\n`);
    await out.flush();
    return 0;
  }
  try {
    analyze('', opts.options); // unknown kinds are a usage error, found before reading anything
  } catch (e) {
    if (e.code !== 'bad-options') throw e;
    fail(`${e.message.replace(/^bad options: /, '')}\nRun figlens --help for usage.`);
    return 2;
  }
  if (opts.file === undefined && process.stdin.isTTY) {
    fail('no input: give a FILE or pipe the text on standard input.\nRun figlens --help for usage.');
    return 2;
  }
  return opts.jsonl ? batch(opts) : single(opts);
}

process.exitCode = await main();
