// The `figlens` command (the package's bin) on the built package.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const bin = join(root, pkg.bin.figlens);
const seedFile = join(root, 'www', 'sample.txt');
const seed = readFileSync(seedFile, 'utf8');
const tmp = mkdtempSync(join(tmpdir(), 'figlens-cli-'));
after(() => rmSync(tmp, { recursive: true, force: true }));

const COLUMNS = 'id,text,value,low,high,unit,per,kind,change,approximate,period,metric,block_kind,start,end';

function figlens(args, input) {
  const r = spawnSync(process.execPath, [bin, ...args], { input: input ?? '', encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

test('FILE: one compact JSON analysis', () => {
  const r = figlens([seedFile]);
  assert.equal(r.code, 0, r.err);
  assert.equal(r.out.trim().split('\n').length, 1);
  const a = JSON.parse(r.out);
  assert.equal(a.version, 1);
  assert.ok(a.figures.some((f) => f.text === '729.91億元' && f.value === 72991000000));
  // the CLI's offsets are UTF-16 code units too
  for (const f of a.figures) assert.ok(f.end <= seed.length);
});

test('stdin, and "-" for stdin', () => {
  const a = JSON.parse(figlens([], seed).out);
  assert.deepEqual(a, JSON.parse(figlens([seedFile]).out));
  assert.deepEqual(JSON.parse(figlens(['-'], '增長5%').out).figures[0].value, 5);
});

test('--pretty indents the JSON', () => {
  const r = figlens(['--pretty'], '營收增長12.5%');
  assert.equal(r.code, 0);
  assert.ok(r.out.startsWith('{\n  "version": 1,'));
  assert.equal(JSON.parse(r.out).figures[0].text, '12.5%');
});

test('--html, and .html/.htm files are HTML without the flag', () => {
  const html = '<html><body><p>營收增長<b>12.5%</b>，達3.5億元。</p><script>var x = 99;</script></body></html>';
  const asHtml = JSON.parse(figlens(['--html'], html).out);
  assert.ok(asHtml.figures.length > 0);
  for (const f of asHtml.figures) assert.ok(html.slice(f.start, f.end).replace(/<[^>]*>/g, '').includes(f.text), f.text);
  for (const name of ['page.html', 'page.HTM']) {
    writeFileSync(join(tmp, name), html);
    assert.deepEqual(JSON.parse(figlens([join(tmp, name)]).out), asHtml, name);
  }
  const asText = JSON.parse(figlens([], html).out);
  assert.notDeepEqual(asText, asHtml);
});

test('--jsonl: "id" first, a bad line gives an error line and exit 1, the rest goes on', () => {
  const lines = [
    JSON.stringify({ id: 'seed', text: seed }),
    'this is not JSON',
    JSON.stringify({ id: 7, text: 42 }),
    '',
    JSON.stringify({ id: { n: 1 }, text: '<p>增長<i>5%</i></p>', html: true }),
    JSON.stringify({ text: '營收增長12.5%' }),
    JSON.stringify({ id: 'big', text: 'x', html: 'yes' }),
  ].join('\n') + '\n';
  const r = figlens(['--jsonl'], lines);
  assert.equal(r.code, 1);
  assert.match(r.err, /3 of the input lines failed/);
  const out = r.out.trim().split('\n').map((l) => JSON.parse(l));
  assert.equal(out.length, 6);
  assert.deepEqual(Object.keys(out[0]).slice(0, 2), ['id', 'version']);
  assert.equal(out[0].id, 'seed');
  assert.ok(out[0].figures.some((f) => f.text === '729.91億元'));
  assert.deepEqual(Object.keys(out[1]), ['id', 'error']);
  assert.equal(out[1].id, null);
  assert.match(out[1].error, /line 2: not JSON/);
  assert.equal(out[2].id, 7);
  assert.match(out[2].error, /"text" must be a string/);
  assert.deepEqual(out[3].id, { n: 1 });
  assert.deepEqual(out[3].figures.map((f) => f.text), ['5%']);
  assert.equal(out[4].id, null);
  assert.equal(out[4].figures[0].text, '12.5%');
  assert.equal(out[5].id, 'big');
  assert.match(out[5].error, /"html"/);
});

test('--jsonl: all good lines exit 0; a FILE argument works too', () => {
  const file = join(tmp, 'batch.jsonl');
  writeFileSync(file, `${JSON.stringify({ id: 1, text: '增長5%' })}\r\n${JSON.stringify({ id: 2, text: '下降3%' })}\r\n`);
  const r = figlens(['--jsonl', file]);
  assert.equal(r.code, 0, r.err);
  assert.deepEqual(r.out.trim().split('\n').map((l) => JSON.parse(l).id), [1, 2]);
});

function parseCsv(text) {
  // Enough CSV for the test: quoted fields with doubled quotes, commas and line breaks.
  const rows = [[]];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { rows.at(-1).push(field); field = ''; }
    else if (c === '\n') { rows.at(-1).push(field); field = ''; rows.push([]); }
    else field += c;
  }
  if (field || rows.at(-1).length) rows.at(-1).push(field);
  if (rows.at(-1).length === 0) rows.pop();
  return rows;
}

test('--format csv: the columns of schema.md, one row per figure', () => {
  const r = figlens(['--format', 'csv', seedFile]);
  assert.equal(r.code, 0, r.err);
  const rows = parseCsv(r.out);
  assert.equal(rows[0].join(','), COLUMNS);
  const a = JSON.parse(figlens([seedFile]).out);
  assert.equal(rows.length - 1, a.figures.length);
  const row = rows.find((cells) => cells[1] === '729.91億元');
  assert.deepEqual(row.slice(1, 10), ['729.91億元', '72991000000', '', '', 'CNY', '', 'money', '', 'false']);
  assert.equal(row[12], 'paragraph');
  assert.ok(rows.slice(1).every((cells) => cells.length === 15));
  // quoting: a comma in a field
  const q = parseCsv(figlens(['--format=csv'], '收入1,234元，增長5%').out);
  assert.ok(q.slice(1).some((cells) => cells[1] === '1,234元'));
});

test('--format tsv, also with --jsonl (the id column)', () => {
  const r = figlens(['--format', 'tsv', '--jsonl'], `${JSON.stringify({ id: 'a', text: '增長5%，達3億元' })}\n${JSON.stringify({ id: 'b', text: '減少2%' })}\nnot json\n`);
  assert.equal(r.code, 1);
  assert.match(r.err, /line 3: not JSON/);
  const rows = r.out.trim().split('\n').map((l) => l.split('\t'));
  assert.equal(rows[0].join(','), COLUMNS);
  assert.ok(rows.slice(1).every((cells) => cells.length === 15));
  assert.deepEqual(rows.slice(1).map((cells) => cells[0]), ['a', 'a', 'b']);
  assert.deepEqual(rows.slice(1).map((cells) => cells[1]), ['5%', '3億元', '2%']);
});

test('--help prints the usage and exits 0', () => {
  const r = figlens(['--help']);
  assert.equal(r.code, 0);
  assert.match(r.out, /^Usage: figlens/);
  for (const flag of ['--pretty', '--html', '--jsonl', '--format json|csv|tsv', '--kinds', '--body-only', '--max-input-bytes']) assert.ok(r.out.includes(flag), flag);
  assert.equal(figlens(['-h']).code, 0);
});

test('usage errors exit 2; bad input exits 1', () => {
  for (const args of [['--nope'], ['a', 'b'], ['--format', 'xml'], ['--format'], ['--pretty', '--jsonl'], ['--pretty', '--format', 'csv']]) {
    const r = figlens(args, '');
    assert.equal(r.code, 2, `${args.join(' ')}: ${r.err}`);
    assert.match(r.err, /figlens: .*\nRun figlens --help/);
    assert.equal(r.out, '');
  }
  const missing = figlens([join(tmp, 'missing.txt')]);
  assert.equal(missing.code, 1);
  assert.match(missing.err, /cannot read/);
  assert.equal(figlens(['--jsonl', join(tmp, 'missing.jsonl')]).code, 1);
});

test('--format json is the default; --kinds, --body-only, --max-input-bytes pass through as options', () => {
  const plain = figlens([seedFile]);
  const json = figlens(['--format', 'json', seedFile]);
  assert.equal(json.code, 0, json.err);
  assert.equal(json.out, plain.out);
  assert.equal(JSON.parse(figlens(['--format=json', '--pretty'], '增長5%').out).figures[0].value, 5);

  const kinds = JSON.parse(figlens(['--kinds', 'money,percent'], '增長5%，達3億元，新增1.29萬人').out);
  assert.deepEqual(kinds.figures.map((f) => f.kind).sort(), ['money', 'percent']);
  const spaced = JSON.parse(figlens(['--kinds', 'money percent', '--jsonl'], `${JSON.stringify({ id: 1, text: '增長5%，新增1.29萬人' })}\n`).out);
  assert.deepEqual(spaced.figures.map((f) => f.kind), ['percent']);

  const all = JSON.parse(plain.out);
  const body = JSON.parse(figlens(['--body-only', seedFile]).out);
  assert.ok(body.figures.length <= all.figures.length);
  const bodyKinds = new Set(['title', 'heading', 'paragraph']);
  for (const f of body.figures) assert.ok(bodyKinds.has(body.blocks[f.block].kind), f.text);

  const big = figlens(['--max-input-bytes', '4'], '增長5%');
  assert.equal(big.code, 1);
  assert.match(big.err, /over the limit of 4 bytes/);
  assert.equal(figlens(['--max-input-bytes', '100'], '增長5%').code, 0);

  for (const args of [['--kinds', 'moneys'], ['--kinds', ','], ['--max-input-bytes', 'lots'], ['--format', 'json', '--format', 'yaml']]) {
    const r = figlens(args, '增長5%');
    assert.equal(r.code, 2, `${args.join(' ')}: ${r.err}`);
    assert.match(r.err, /\nRun figlens --help/);
  }
  const v = figlens(['--version']);
  assert.equal(v.code, 0);
  assert.equal(v.out, `figlens ${pkg.version}\n`);
});
