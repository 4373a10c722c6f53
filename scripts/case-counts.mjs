// The case counts in README.md and tests/cases/README.md, from the tables themselves.
//
//   node scripts/case-counts.mjs            print the counts
//   node scripts/case-counts.mjs --write    rewrite the counts between the markers
//   node scripts/case-counts.mjs --check    exit 1 when a README is out of step (npm test)
//
// A case is a non-blank line of a .jsonl file under tests/cases (held-out tables in
// heldout/), as the runners count them. The text between
// <!-- case-counts:begin --> and <!-- case-counts:end --> is generated: in
// tests/cases/README.md the table of files (its "what" column is kept, a new table
// gets an empty one to fill in), in README.md one sentence.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const casesDir = join(root, 'tests', 'cases');
const BEGIN = '<!-- case-counts:begin -->';
const END = '<!-- case-counts:end -->';

/** Every .jsonl under dir, as paths relative to tests/cases with '/' separators. */
function tables(dir = casesDir) {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...tables(path));
    else if (entry.name.endsWith('.jsonl')) out.push(relative(casesDir, path).split(sep).join('/'));
  }
  return out.sort();
}

const countCases = (file) =>
  readFileSync(join(casesDir, file), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '').length;

/** 1423 → "1,423" (no Intl: Node may be built without full ICU). */
const thousands = (n) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
const isHeldOut = (file) => file.startsWith('heldout/');

/** The text between the markers of `source` (which must have them once), or an error. */
function between(source, name) {
  const b = source.indexOf(BEGIN);
  const e = source.indexOf(END);
  if (b < 0 || e < b || source.indexOf(BEGIN, b + 1) >= 0 || source.indexOf(END, e + 1) >= 0) {
    throw new Error(`${name}: needs ${BEGIN} ... ${END} exactly once`);
  }
  return { head: source.slice(0, b + BEGIN.length), body: source.slice(b + BEGIN.length, e), tail: source.slice(e) };
}

/** The per-file table of tests/cases/README.md; the "what" of each row is kept from `old`. */
function casesTable(counts, old) {
  const what = new Map();
  const order = [];
  for (const line of old.split('\n')) {
    const m = /^\|\s*`([^`]+\.jsonl)`\s*\|[^|]*\|(.*)\|\s*$/.exec(line);
    if (m) {
      what.set(m[1], m[2].trim());
      order.push(m[1]);
    }
  }
  // Rows keep their order; new tables follow, the main ones before the held-out ones.
  const files = [
    ...order.filter((f) => counts.has(f)),
    ...[...counts.keys()]
      .filter((f) => !what.has(f))
      .sort((a, b) => isHeldOut(a) - isHeldOut(b) || a.localeCompare(b)),
  ];
  const rows = files.map((f) => `| \`${f}\` | ${thousands(counts.get(f))} | ${what.get(f) ?? ''} |`);
  return ['', '| file | cases | what |', '|---|---|---|', ...rows, '', totalsSentence(counts), ''].join('\n');
}

function totalsSentence(counts) {
  let main = 0;
  let mainFiles = 0;
  let held = 0;
  let heldFiles = 0;
  for (const [file, n] of counts) {
    if (isHeldOut(file)) {
      held += n;
      heldFiles += 1;
    } else {
      main += n;
      mainFiles += 1;
    }
  }
  const tablesWord = (k) => `${k} table${k === 1 ? '' : 's'}`;
  return (
    `${thousands(main)} cases in ${tablesWord(mainFiles)} that must all pass, and ` +
    `${thousands(held)} held-out cases in ${tablesWord(heldFiles)}.`
  );
}

/** Each README: its path, and its text with the counts regenerated. */
function regenerate(counts) {
  const out = [];
  for (const [path, make] of [
    [join(root, 'README.md'), () => totalsSentence(counts)],
    [join(casesDir, 'README.md'), (old) => casesTable(counts, old)],
  ]) {
    const name = relative(root, path);
    const source = readFileSync(path, 'utf8');
    const { head, body, tail } = between(source, name);
    out.push({ name, path, source, updated: head + make(body) + tail });
  }
  return out;
}

const mode = process.argv[2];
if (mode !== undefined && mode !== '--write' && mode !== '--check') {
  console.error('usage: node scripts/case-counts.mjs [--write | --check]');
  process.exit(2);
}
const counts = new Map(tables().map((f) => [f, countCases(f)]));
let docs;
try {
  docs = regenerate(counts);
} catch (e) {
  console.error(`case-counts: ${e.message}`);
  process.exit(1);
}
if (mode === undefined) {
  for (const [file, n] of counts) console.log(`${String(n).padStart(6)}  tests/cases/${file}`);
  console.log(totalsSentence(counts));
} else if (mode === '--write') {
  for (const d of docs) {
    if (d.updated !== d.source) {
      writeFileSync(d.path, d.updated);
      console.log(`case-counts: rewrote the counts in ${d.name}`);
    } else {
      console.log(`case-counts: ${d.name} is up to date`);
    }
  }
} else {
  const stale = docs.filter((d) => d.updated !== d.source);
  for (const d of stale) console.error(`case-counts: ${d.name} does not match the case tables`);
  if (stale.length) {
    console.error('case-counts: run `node scripts/case-counts.mjs --write` and commit the READMEs');
    process.exit(1);
  }
  const emptyRow = (f) => `| \`${f}\` | ${thousands(counts.get(f))} |  |`;
  const undescribed = [...counts.keys()].filter((f) => docs.some((d) => d.source.includes(emptyRow(f))));
  if (undescribed.length) {
    console.error(`case-counts: say what ${undescribed.join(', ')} holds (the "what" column of tests/cases/README.md)`);
    process.exit(1);
  }
  console.log(`case-counts: the READMEs match the tables (${totalsSentence(counts)})`);
}
