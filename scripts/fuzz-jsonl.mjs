// Fuzz `figlens --jsonl` (bin/figlens.js on the built package, pkg/node):
// batches of random and mutated lines (valid requests, malformed JSON, ids and
// texts of every type, huge lines, invalid UTF-8, NUL, CR, CRLF, BOM, deep
// nesting) through one CLI process each, checked by tests/js/jsonl-oracle.mjs:
// the CLI never dies, every line gets one output line in order, "id" echoed
// or null. A failing batch is cut down to one line, then to the fewest bytes
// that still fail, and saved under fuzz/artifacts/jsonl/ (not committed).
//
//   node scripts/fuzz-jsonl.mjs [--seconds N] [--seed N]     (default 60 s, a random seed)
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkRun, clip, runJsonl } from '../tests/js/jsonl-oracle.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const opt = (name, dflt) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : dflt);
const seconds = opt('--seconds', 60);
const seed = opt('--seed', Math.floor(Math.random() * 2 ** 31));
const artifacts = join(root, 'fuzz/artifacts/jsonl');

// xorshift32, so that a run can be replayed with --seed.
let state = seed || 1;
function rand() {
  state ^= state << 13;
  state ^= state >>> 17;
  state ^= state << 5;
  return (state >>> 0) / 2 ** 32;
}
const int = (n) => Math.floor(rand() * n);
const pick = (xs) => xs[int(xs.length)];
const chance = (p) => rand() < p;

// Texts: the case tables' and some odd ones.
const texts = ['', ' ', '增長5%', '營收增長12.5%，達3.5億元。', 'Revenue rose 12% to $3.5bn.', '<p>增長<i>5%</i></p>'];
for (const f of readdirSync(join(root, 'tests/cases'))) {
  if (!f.endsWith('.jsonl')) continue;
  for (const line of readFileSync(join(root, 'tests/cases', f), 'utf8').split('\n')) {
    try {
      texts.push(JSON.parse(line).text);
    } catch {
      // a blank line
    }
  }
}
const seedArticle = readFileSync(join(root, 'www/sample.txt'), 'utf8');
const ODD = ['\uD800', '\uDC00', '\uDBFF\uDFFF', '\u0000', '\u2028', '\u2029', '\uFEFF', '\uFFFD', '\r', '\n', '\r\n', '😀', '𠀀', '"', '\\', '\u001f'];

function randomId() {
  switch (int(14)) {
    case 0: return undefined;
    case 1: return null;
    case 2: return int(1e6);
    case 3: return -0.5;
    case 4: return true;
    case 5: return { n: int(9), s: 'x' };
    case 6: return [1, 'two', null];
    case 7: return 'id-' + int(1e6);
    case 8: return pick(ODD) + 'x' + pick(ODD);
    case 9: return '';
    case 10: return 'x'.repeat(int(100_000));
    case 11: return RAW_ID; // spliced in raw below: a number JSON.parse rounds
    case 12: return DEEP_ID;
    default: return 'case-' + int(1000);
  }
}
const RAW_ID = Symbol('raw number');
const DEEP_ID = Symbol('deep');
const RAW_NUMBERS = ['1e400', '-1e400', '12345678901234567890', '-0', '0.1e-400', '1E+2'];

function randomText() {
  switch (int(12)) {
    case 0: return undefined;
    case 1: return null;
    case 2: return int(100);
    case 3: return { text: 'nested' };
    case 4: return ['增長5%'];
    case 5: return seedArticle;
    case 6: return pick(texts) + pick(ODD) + pick(texts);
    case 7: return chance(0.1) ? pick(texts).repeat(20_000) : pick(texts).repeat(1 + int(50));
    default: return pick(texts);
  }
}

/** A request line (a string, no newline of its own unless a mutation adds one). */
function requestLine() {
  const obj = {};
  const id = randomId();
  const text = randomText();
  const order = chance(0.5) ? ['id', 'text', 'html'] : ['text', 'html', 'id'];
  for (const k of order) {
    if (k === 'id' && id !== undefined) obj.id = id;
    if (k === 'text' && text !== undefined) obj.text = text;
    if (k === 'html' && chance(0.3)) obj.html = pick([true, false, 'yes', 1, null, 'true']);
  }
  let line = JSON.stringify(obj, (k, v) => (typeof v === 'symbol' ? `@@${v === RAW_ID ? 'RAW' : 'DEEP'}@@` : v));
  line = line.replace('"@@RAW@@"', () => pick(RAW_NUMBERS));
  line = line.replace('"@@DEEP@@"', () => {
    const d = pick([10, 1000, 5000, 20_000, 100_000]);
    return '['.repeat(d) + ']'.repeat(d);
  });
  if (chance(0.1)) line = JSON.stringify({ id: 'dup', text: 'a', ...obj }).replace(/^\{/, '{"text":1,'); // duplicate keys
  return line;
}

function malformedLine() {
  const good = requestLine();
  switch (int(12)) {
    case 0: return good.slice(0, int(good.length));
    case 1: return good + pick([',', '}', ' x', '{}', '\u0000']);
    case 2: return pick(['null', 'true', '42', '"text"', '[]', '[{"id":1,"text":"a"}]', '{}', '{"id":1}']);
    case 3: return "{'id': 1, 'text': 'single quotes'}";
    case 4: return '{"id": 1, "text": "trailing",}';
    case 5: return '{"id": 1, "text": "raw\tcontrol"}';
    case 6: return '{"id": 1, "text": "\\ud800 escaped lone surrogate \\udfff"}';
    case 7: return '{"id":2,"text":"' + 'a'.repeat(int(4_000_000)) + '"}';
    case 8: return ' \t {"id": 3, "text": "padded"} \t ';
    case 9: return '{"id":' + '{"a":'.repeat(3000) + '1' + '}'.repeat(3000) + ',"text":"deep object"}';
    case 10: return '{"id":"__proto__","__proto__":{"text":"x"},"text":"proto"}';
    default: return Array.from({ length: int(60) }, () => String.fromCharCode(int(128))).join('');
  }
}

const INTERESTING = [
  [0xff], [0xfe], [0xc3], [0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xe4, 0xb8], [0x00],
  [0x0d], [0x0d, 0x0a], [0x0a], [0xef, 0xbb, 0xbf], [0x22], [0x5c], [0x7b], [0x7d], [0x2c], [0xe2, 0x80, 0xa8],
];

/** Byte-level mutations of a line. */
function mutate(bytes) {
  let b = Buffer.from(bytes);
  for (let n = 1 + int(3); n > 0; n--) {
    const at = int(b.length + 1);
    switch (int(5)) {
      case 0: b = Buffer.concat([b.subarray(0, at), Buffer.from(pick(INTERESTING)), b.subarray(at)]); break;
      case 1: if (b.length) b[int(b.length)] = int(256); break;
      case 2: b = Buffer.concat([b.subarray(0, at), b.subarray(Math.min(b.length, at + 1 + int(8)))]); break;
      case 3: b = Buffer.concat([b.subarray(0, at), b.subarray(at, at + int(16)), b.subarray(at)]); break;
      default: b = Buffer.concat([b.subarray(0, at), Buffer.from(pick(INTERESTING)), b.subarray(at)]);
    }
  }
  return b;
}

function batch() {
  const parts = [];
  if (chance(0.1)) parts.push(Buffer.from([0xef, 0xbb, 0xbf]));
  const n = 1 + int(40);
  for (let i = 0; i < n; i++) {
    const r = rand();
    let line = Buffer.from(r < 0.5 ? requestLine() : r < 0.75 ? malformedLine() : pick(['', ' ', '\t', '\u00a0']));
    if (chance(0.25)) line = mutate(line);
    parts.push(line);
    const last = i === n - 1;
    if (!last || chance(0.8)) parts.push(Buffer.from(chance(0.2) ? '\r\n' : '\n'));
  }
  return Buffer.concat(parts);
}

/** Split on "\n", keeping the endings. */
function linesOf(buf) {
  const out = [];
  let at = 0;
  while (at < buf.length) {
    const nl = buf.indexOf(0x0a, at);
    const end = nl < 0 ? buf.length : nl + 1;
    out.push(buf.subarray(at, end));
    at = end;
  }
  return out;
}

async function fails(input) {
  const run = await runJsonl(input);
  return checkRun(input, run);
}

// One report per kind of failure (numbers and quoted bits aside).
const shapeOf = (problem) => problem.replace(/\d+/g, 'N').replace(/"[^"]*"/g, '"…"').slice(0, 60);

/** Cut a failing input down, keeping its kind of failure: to one line if one fails alone, then chunks of bytes. */
async function minimize(input, shape, budget = 80, ms = 15_000) {
  let best = input;
  let tries = 0;
  const until = Date.now() + ms;
  const still = async (candidate) => {
    if (tries++ >= budget || Date.now() > until || candidate.length === 0) return false;
    return (await fails(candidate)).some((p) => shapeOf(p) === shape);
  };
  for (const line of linesOf(best)) {
    if (await still(line)) {
      best = line;
      break;
    }
  }
  for (let chunk = Math.max(1, best.length >> 1); chunk >= 1 && tries < budget; chunk >>= 1) {
    for (let at = 0; at + chunk <= best.length && tries < budget; ) {
      const candidate = Buffer.concat([best.subarray(0, at), best.subarray(at + chunk)]);
      if (await still(candidate)) best = candidate;
      else at += chunk;
    }
  }
  return best;
}

const started = Date.now();
let batches = 0;
let lines = 0;
const found = new Map(); // first problem's shape → { input, problems }
console.log(`fuzz-jsonl: seed ${seed}, ${seconds} s`);
while ((Date.now() - started) / 1000 < seconds) {
  const input = batch();
  const run = await runJsonl(input);
  batches++;
  lines += linesOf(input).length;
  const problems = checkRun(input, run);
  if (!problems.length) continue;
  const shape = shapeOf(problems[0]);
  if (found.has(shape)) continue;
  const small = await minimize(input, shape);
  const left = await fails(small);
  const kept = left.length ? small : input;
  found.set(shape, { input: kept, problems: left.length ? left : problems });
  mkdirSync(artifacts, { recursive: true });
  const name = `fail-${createHash('sha1').update(kept).digest('hex').slice(0, 12)}.jsonl`;
  writeFileSync(join(artifacts, name), kept);
  console.log(`FAIL (${name}, ${kept.length} bytes): ${clip(JSON.stringify(kept.toString('latin1')), 300)}`);
  for (const p of found.get(shape).problems) console.log(`  - ${p}`);
}
const secs = (Date.now() - started) / 1000;
console.log(`fuzz-jsonl: ${batches} runs of the CLI, ${lines} input lines in ${secs.toFixed(0)} s; ${found.size} kind(s) of failure`);
if (found.size) console.log(`fuzz-jsonl: minimized inputs in ${artifacts}`);
process.exitCode = found.size ? 1 : 0;
