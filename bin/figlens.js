#!/usr/bin/env node
// The figlens command line; see USAGE below and schema.md ("The CLI").
import { once } from 'node:events';
import { createReadStream, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { analyze } from '../js/node.mjs';
import { COLUMNS, figureRows, formatRow } from '../js/table.js';

const USAGE = `Usage: figlens [options] [FILE]

Analyze a news article: its structure and every figure in it. Reads FILE, or
standard input when FILE is absent or "-", and prints one JSON analysis.

Options:
  --pretty            indent the JSON
  --html              the input is HTML (a FILE ending in .html or .htm is, without the flag)
  --jsonl             batch mode: read JSON lines {"id": any, "text": string, "html"?: boolean}
                      and write one line per input: the analysis with "id" first, or
                      {"id": ..., "error": "..."} for a line that could not be analysed
  --format json|csv|tsv
                      json (the default): the analysis; csv or tsv: one row per figure,
                      with the columns
                      ${COLUMNS.join(', ')}
  --kinds LIST        keep only figures of these kinds, comma-separated (money,percent)
  --body-only         keep only figures in the title, headings and paragraphs
  --max-input-bytes N refuse inputs over N bytes of UTF-8 (default 64 MiB)
  -h, --help          show this help
  -v, --version       print the version

Exit codes: 0 ok, 1 bad input (in --jsonl mode: any line failed), 2 usage error.
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

// Write with back-pressure, so that big batches do not pile up in memory.
async function write(text) {
  if (!process.stdout.write(text)) await once(process.stdout, 'drain');
}

function fail(message) {
  process.stderr.write(`figlens: ${message}\n`);
}

function readInput(file) {
  const bytes = readFileSync(file === undefined ? 0 : file);
  // Invalid UTF-8 becomes U+FFFD (the analysis flags it as damage); a BOM is dropped.
  return new TextDecoder('utf-8').decode(bytes);
}

async function single(opts) {
  let text;
  try {
    text = readInput(opts.file);
  } catch (e) {
    fail(`cannot read ${opts.file ?? 'standard input'}: ${e.message}`);
    return 1;
  }
  const html = Boolean(opts.html) || (opts.file !== undefined && /\.html?$/i.test(opts.file));
  let analysis;
  try {
    analysis = analyze(text, { ...opts.options, html });
  } catch (e) {
    fail(e.message);
    return 1;
  }
  if (opts.format) {
    const id = opts.file ?? null;
    await write(formatRow(COLUMNS, opts.format));
    for (const row of figureRows(analysis, id)) await write(formatRow(row, opts.format));
  } else {
    await write(JSON.stringify(analysis, null, opts.pretty ? 2 : undefined) + '\n');
  }
  return 0;
}

/** Read one --jsonl line: { id, text, html } or throws with a message naming what is wrong. */
function readLine(line, defaultHtml) {
  let input;
  try {
    input = JSON.parse(line);
  } catch (e) {
    throw Object.assign(new Error(`not JSON: ${e.message}`), { id: null });
  }
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    throw Object.assign(new Error('expected a JSON object {"id", "text", "html"?}'), { id: null });
  }
  const id = input.id === undefined ? null : input.id;
  if (typeof input.text !== 'string') {
    throw Object.assign(new Error(`"text" must be a string, got ${input.text === null ? 'null' : typeof input.text}`), { id });
  }
  if (input.html !== undefined && typeof input.html !== 'boolean') {
    throw Object.assign(new Error(`"html" must be true or false, got ${JSON.stringify(input.html)}`), { id });
  }
  return { id, text: input.text, html: input.html ?? defaultHtml };
}

async function batch(opts) {
  const input = opts.file === undefined ? process.stdin : createReadStream(opts.file);
  const opened = new Promise((resolve, reject) => {
    if (input === process.stdin) resolve();
    else input.once('open', resolve).once('error', reject);
  });
  try {
    await opened;
  } catch (e) {
    fail(`cannot read ${opts.file}: ${e.message}`);
    return 1;
  }
  if (opts.format) await write(formatRow(COLUMNS, opts.format));
  let failed = 0;
  let lineNo = 0;
  for await (const line of createInterface({ input, crlfDelay: Infinity })) {
    lineNo++;
    if (line.trim() === '') continue;
    let id = null;
    let analysis;
    try {
      const item = readLine(line, Boolean(opts.html));
      id = item.id;
      analysis = analyze(item.text, { ...opts.options, html: item.html });
    } catch (e) {
      failed++;
      if (e.id !== undefined) id = e.id;
      const message = `line ${lineNo}: ${e.message}`;
      if (opts.format) fail(`${message} (id ${JSON.stringify(id)})`);
      else await write(JSON.stringify({ id, error: message }) + '\n');
      continue;
    }
    if (opts.format) {
      for (const row of figureRows(analysis, id)) await write(formatRow(row, opts.format));
    } else {
      await write(JSON.stringify({ id, ...analysis }) + '\n');
    }
  }
  if (failed) fail(`${failed} of the input lines failed`);
  return failed ? 1 : 0;
}

async function main() {
  process.stdout.on('error', (e) => {
    // A closed pipe (`figlens ... | head`) is not an error of ours.
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
  let opts;
  try {
    opts = parse(process.argv.slice(2));
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    fail(`${e.message}\nRun figlens --help for usage.`);
    return 2;
  }
  if (opts.help) {
    await write(USAGE);
    return 0;
  }
  if (opts.version) {
    const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
    await write(`figlens ${version}\n`);
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
