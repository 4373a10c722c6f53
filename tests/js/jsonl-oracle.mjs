// What `figlens --jsonl` must do with any input, as one check: used by the
// fuzz harness (scripts/fuzz-jsonl.mjs) and by the saved cases
// (tests/js/cli-jsonl-fuzz.test.mjs). Not a test file itself.
//
// The contract (docs/schema.md, "The CLI"), with JSON Lines' lines: the input
// is UTF-8 (a line with an invalid byte is answered with an error, its id
// read as if each invalid byte were U+FFFD), lines end at "\n" (a "\r"
// before it belongs to the ending), and a line of only whitespace is skipped.
// Every other line gets exactly one output line, in order: the analysis with
// "id" first, or {"id", "error"} when the line is not a JSON object with a
// string "text" and an optional boolean "html". "id" is the line's id, or
// null when the line has none or cannot be read. The CLI never dies: exit 0,
// or 1 when a line failed; stderr holds only its own "figlens: " messages.
import { spawn } from 'node:child_process';
import { StringDecoder } from 'node:string_decoder';
import { fileURLToPath } from 'node:url';

export const bin = fileURLToPath(new URL('../../bin/figlens.js', import.meta.url));

/** Run `figlens --jsonl` on `input` (a Buffer); { code, signal, out, err }. */
export function runJsonl(input, { args = [], timeoutMs = 120_000 } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, '--jsonl', ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
    const out = [];
    const err = [];
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.stdout.on('data', (d) => out.push(d));
    child.stderr.on('data', (d) => err.push(d));
    child.stdin.on('error', () => {}); // the CLI may die before reading everything: the check says so
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, out: Buffer.concat(out).toString('utf8'), err: Buffer.concat(err).toString('utf8') });
    });
    child.stdin.end(input);
  });
}

/** The input's lines as the contract reads them: { text, id, ok } for each line that is not blank. */
export function expectedLines(input) {
  // Lines are cut from the bytes, so that a line's invalid UTF-8 is its own.
  const lines = [];
  for (let at = 0; at < input.length;) {
    const nl = input.indexOf(0x0a, at);
    const end = nl < 0 ? input.length : nl;
    lines.push(input.subarray(at, end));
    at = end + 1;
  }
  const strict = new TextDecoder('utf-8', { fatal: true });
  const out = [];
  lines.forEach((bytes, k) => {
    let invalid = false;
    try {
      strict.decode(bytes);
    } catch {
      invalid = true;
    }
    const raw = new StringDecoder('utf8').write(bytes) + new StringDecoder('utf8').end();
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (line.trim() === '') return;
    let value;
    let parsed = false;
    try {
      value = JSON.parse(line);
      parsed = true;
    } catch {
      // not JSON: id null
    }
    const object = parsed && value !== null && typeof value === 'object' && !Array.isArray(value);
    // A BOM opening the input is no part of the first line's JSON; the CLI may
    // read it either way (an error with id null is allowed there).
    const bomFirst = k === 0 && line.startsWith('\uFEFF');
    let id = object && value.id !== undefined ? value.id : null;
    // Invalid UTF-8 is an error for its line (its id still read), and so is an
    // id too deep to write back (it comes back null).
    let ok = !invalid && object && typeof value.text === 'string' && (value.html === undefined || typeof value.html === 'boolean');
    if (normalizeId(id) === '<unserializable>') {
      id = null;
      ok = false;
    }
    let alt = null;
    if (bomFirst) {
      try {
        const v = JSON.parse(line.slice(1));
        if (v !== null && typeof v === 'object' && !Array.isArray(v)) alt = { id: v.id === undefined ? null : v.id };
      } catch {
        // neither reading is JSON
      }
    }
    out.push({ line: k + 1, id: normalizeId(id), ok, text: ok ? value.text : undefined, alt: alt && normalizeId(alt.id), bomFirst });
  });
  return out;
}

// JSON has one spelling of a value: an id is compared as it comes back out.
function normalizeId(id) {
  try {
    return JSON.stringify(id);
  } catch {
    return '<unserializable>';
  }
}

/** Check a run of `figlens --jsonl` on `input`: a list of what is wrong (empty when all is well). */
export function checkRun(input, run) {
  const problems = [];
  const want = expectedLines(input);
  if (run.signal) problems.push(`killed by ${run.signal} (a hang or a crash)`);
  if (run.code !== 0 && run.code !== 1) problems.push(`exit code ${run.code}`);
  const foreign = run.err.split('\n').filter((l) => l !== '' && !l.startsWith('figlens: ') && !/^line \d+/.test(l));
  if (foreign.length) problems.push(`stderr has more than figlens' messages: ${clip(foreign.slice(0, 6).join(' | '), 400)}`);
  const lines = run.out.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  else if (run.out !== '') problems.push('the output does not end with a newline');
  if (lines.length !== want.length) {
    problems.push(`${want.length} input lines gave ${lines.length} output lines`);
  }
  let anyError = false;
  for (let i = 0; i < Math.min(lines.length, want.length); i++) {
    const w = want[i];
    let got;
    try {
      got = JSON.parse(lines[i]);
    } catch (e) {
      problems.push(`output line ${i + 1} is not JSON: ${e.message}`);
      continue;
    }
    if (got === null || typeof got !== 'object' || Object.keys(got)[0] !== 'id') {
      problems.push(`output line ${i + 1} does not start with "id"`);
      continue;
    }
    const gotId = normalizeId(got.id);
    const isError = 'error' in got;
    anyError ||= isError;
    const idOk = gotId === w.id || (w.bomFirst && (gotId === 'null' || gotId === w.alt));
    if (!idOk) problems.push(`input line ${w.line}: id ${clip(gotId, 80)}, want ${clip(w.id, 80)}`);
    if (w.bomFirst) continue;
    if (!w.ok && !isError) problems.push(`input line ${w.line} is not a valid request but was analysed`);
    if (w.ok && isError && !/too large|over the limit/.test(got.error)) {
      problems.push(`input line ${w.line} failed: ${clip(got.error, 200)}`);
    }
    if (w.ok && !isError) {
      if (got.version !== 1 || !Array.isArray(got.figures)) problems.push(`output line ${i + 1} is not an analysis`);
      else {
        for (const f of got.figures) {
          if (!(0 <= f.start && f.start <= f.end && f.end <= w.text.length)) {
            problems.push(`input line ${w.line}: figure ${JSON.stringify(f.text)} at ${f.start}..${f.end} outside the text (${w.text.length} units)`);
            break;
          }
        }
      }
    }
  }
  if (!run.signal && lines.length === want.length && (run.code === 1) !== anyError) {
    problems.push(`exit code ${run.code} but ${anyError ? 'a line failed' : 'no line failed'}`);
  }
  return problems;
}

export function clip(s, n) {
  s = String(s);
  return s.length <= n ? s : `${s.slice(0, n)}…(${s.length} chars)`;
}
