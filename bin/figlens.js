#!/usr/bin/env node
// The figlens command line; see USAGE below and schema.md ("The CLI").
import { once } from 'node:events';
import { createReadStream, fstatSync, readFileSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { analyze } from '../js/node.mjs';
import { CHECK_COLUMNS, COLUMNS, checkRows, figureRows, formatHeader, formatRow } from '../js/table.js';
import { EncodingError, decodeBytes } from '../js/encoding.js';
import { FIGURE_KINDS } from '../js/kinds.js';
import { batch, sameFile } from './batch.js';
import { jsonPieces } from './json-pieces.js';
import { Sink } from './sink.js';

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
       figlens --jsonl [--jobs N] [--resume OUT] [FILE]
       figlens --jsonl --retry-errors NEW OUT [FILE]

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
  --jobs N            --jsonl: analyse on N worker threads (default: the
                      number of cores); the output is the same, in input order
                        figlens --jsonl --jobs 2 batch.jsonl > analyses.jsonl
  --resume OUT        --jsonl: append to OUT, an interrupted run's output, the
                      answers it lacks: its complete lines answer the input's
                      first lines (their ids are checked), a line cut short is
                      dropped; OUT is created if missing
                        figlens --jsonl --resume part.jsonl in.jsonl
  --retry-errors NEW  --jsonl: write to NEW the answers in OUT (the first FILE;
                      the input is the second, or standard input) with each
                      error line analysed again
                        figlens --jsonl --retry-errors r.jsonl o.jsonl in.jsonl
  --quiet             no progress line on stderr (shown in --jsonl mode when
                      stderr is a terminal)
                        figlens --jsonl --quiet batch.jsonl > analyses.jsonl
  --format json|csv|tsv
                      json (the default): the analysis; csv or tsv: one row
                      per figure, with the columns
${wrap(COLUMNS.join(', '), 22)}
                      CSV is UTF-8 with a BOM. A text cell a spreadsheet would
                      misread (1/3, 5%, 2021-05, =...) starts with ' (see
                      "CSV and TSV" in docs/schema.md)
                        figlens --format csv article.txt > figures.csv
  --checks            with --format csv|tsv: one row per check of the
                      article's arithmetic (a ratio, change, difference, sum,
                      per-capita figure or range it states, redone from its
                      other figures) instead of one per figure, with the
                      columns ${CHECK_COLUMNS.join(', ')}
                      (figures: the figure numbers, stated result first; ok:
                      false where the article's figure does not follow from
                      its operands). JSON output always carries "checks"
                        figlens --checks --format csv article.txt > checks.csv
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
        checks: { type: 'boolean' },
        kinds: { type: 'string' },
        'body-only': { type: 'boolean' },
        'max-input-bytes': { type: 'string' },
        jobs: { type: 'string' },
        resume: { type: 'string' },
        'retry-errors': { type: 'string' },
        quiet: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (e) {
    throw new UsageError(e.message);
  }
  const { values, positionals } = parsed;
  const retry = values['retry-errors'];
  const most = retry === undefined ? 1 : 2;
  if (positionals.length > most) throw new UsageError(`expected at most ${most === 1 ? 'one FILE' : 'OUT and FILE'}, got ${positionals.length}: ${positionals.join(' ')}`);
  for (const flag of ['jobs', 'resume', 'retry-errors']) {
    if (values[flag] !== undefined && !values.jsonl) throw new UsageError(`--${flag} applies to --jsonl`);
  }
  if (retry !== undefined && values.resume !== undefined) throw new UsageError('--retry-errors and --resume cannot be combined: retry into NEW, then --resume NEW');
  if (retry !== undefined && positionals.length === 0) throw new UsageError('--retry-errors NEW needs OUT, the output whose error lines to analyse again: figlens --jsonl --retry-errors NEW OUT [FILE]');
  let jobs = availableParallelism();
  if (values.jobs !== undefined) {
    jobs = Number(values.jobs);
    if (!/^\d+$/.test(values.jobs.trim()) || jobs < 1 || jobs > 256) throw new UsageError(`--jobs must be a whole number from 1 to 256, got ${JSON.stringify(values.jobs)}`);
  }
  if (values.format !== undefined && values.format !== 'json' && values.format !== 'csv' && values.format !== 'tsv') {
    throw new UsageError(`--format must be json, csv or tsv, got ${JSON.stringify(values.format)}`);
  }
  const format = values.format === 'json' ? undefined : values.format;
  if (values.pretty && values.jsonl) throw new UsageError('--pretty cannot be combined with --jsonl (one analysis per line)');
  if (values.pretty && format) throw new UsageError(`--pretty applies to JSON output, not to --format ${format}`);
  if (format && (values.resume !== undefined || retry !== undefined)) {
    throw new UsageError(`--${retry === undefined ? 'resume' : 'retry-errors'} works on JSON output (one line per input line), not on --format ${format}`);
  }
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
  const out = retry === undefined ? undefined : positionals.shift();
  const file = positionals[0] === '-' ? undefined : positionals[0];
  // An output written over its own input would destroy it.
  for (const [flag, path] of [['--resume', values.resume], ['--retry-errors', retry]]) {
    if (path === undefined) continue;
    for (const [what, other] of [['the input', file], ['OUT', out]]) {
      if (other !== undefined && (path === other || sameFile(path, other))) throw new UsageError(`${flag} ${path} is ${what}: write to another file`);
    }
  }
  return { ...values, format, options, file, out, jobs, resume: values.resume, retryErrors: retry, maxInputBytes: options.maxInputBytes ?? DEFAULT_MAX_INPUT_BYTES };
}

const DEFAULT_MAX_INPUT_BYTES = 16 * 1024 * 1024;
// Standard output in pieces, with back-pressure (bin/sink.js).
const out = new Sink(process.stdout);

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
    out.add(formatHeader(opts.format, opts.checks ? CHECK_COLUMNS : COLUMNS));
    const rows = opts.checks ? checkRows(analysis, id) : figureRows(analysis, id);
    await out.addAll(formatted(rows, opts.format));
  } else {
    await out.addAll(jsonPieces(analysis, opts.pretty ? 2 : 0));
    out.add('\n');
  }
  await out.flush();
  return 0;
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
  if (!opts.jsonl) return single(opts);
  let input;
  try {
    input = openInput(opts.file);
    input.stream = input.open();
    if (input.stream !== process.stdin) await once(input.stream, 'open');
  } catch (e) {
    fail(e instanceof InputError ? e.message : `cannot read ${opts.file}: ${e.message}`);
    return 1;
  }
  return batch(opts, input, fail, out);
}

process.exitCode = await main();
