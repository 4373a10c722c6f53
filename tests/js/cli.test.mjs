// The `figlens` command (the package's bin) on the built package.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { closeSync, ftruncateSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { analyze } from 'figlens';

const root = fileURLToPath(new URL('../../', import.meta.url));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const bin = join(root, pkg.bin.figlens);
const seedFile = join(root, 'www', 'sample.txt');
const seed = readFileSync(seedFile, 'utf8');
const tmp = mkdtempSync(join(tmpdir(), 'figlens-cli-'));
after(() => rmSync(tmp, { recursive: true, force: true }));

const COLUMNS = 'id,text,value,low,high,unit,per,kind,change,approximate,period,metric,block_kind,start,end,qualifier,iso,sentence_text';

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
  assert.ok(r.out.startsWith('\uFEFFid,'), 'UTF-8 with a BOM, so Excel reads Chinese right');
  const rows = parseCsv(r.out.slice(1));
  assert.equal(rows[0].join(','), COLUMNS);
  const a = JSON.parse(figlens([seedFile]).out);
  assert.equal(rows.length - 1, a.figures.length);
  const row = rows.find((cells) => cells[1] === '729.91億元');
  assert.deepEqual(row.slice(1, 10), ['729.91億元', '72991000000', '', '', 'CNY', '', 'money', '', 'false']);
  assert.equal(row[12], 'paragraph');
  assert.ok(rows.slice(1).every((cells) => cells.length === 18));
  // v1.1: qualifier, iso, and the sentence's text
  const b = parseCsv(figlens(['--format=csv'], '新制2024年5月上路。超過200人報名。').out.slice(1));
  const bound = b.find((cells) => cells[1] === '超過200人');
  assert.deepEqual([bound[3], bound[15], bound[17]], ['200', 'over', '超過200人報名。']);
  const date = b.find((cells) => cells[1] === "'2024年5月");
  assert.deepEqual([date[15], date[16]], ['', "'2024-05"], 'iso stays text: escaped (schema.md)');
  assert.deepEqual(b.slice(1).map((cells) => cells[0]), ['1', '2'], 'standard input: the id is the figure number');
  // quoting: a comma in a field
  const q = parseCsv(figlens(['--format=csv'], '收入1,234元，增長5%').out.slice(1));
  assert.ok(q.slice(1).some((cells) => cells[1] === '1,234元'));
});

test('--format tsv, also with --jsonl (the id column)', () => {
  const r = figlens(['--format', 'tsv', '--jsonl'], `${JSON.stringify({ id: 'a', text: '增長5%，達3億元' })}\n${JSON.stringify({ id: 'b', text: '減少2%' })}\nnot json\n`);
  assert.equal(r.code, 1);
  assert.match(r.err, /line 3: not JSON/);
  const rows = r.out.trim().split('\n').map((l) => l.split('\t'));
  assert.equal(rows[0].join(','), COLUMNS);
  assert.ok(rows.slice(1).every((cells) => cells.length === 18));
  assert.deepEqual(rows.slice(1).map((cells) => cells[0]), ['a', 'a', 'b']);
  assert.deepEqual(rows.slice(1).map((cells) => cells[1]), ["'5%", '3億元', "'2%"], 'a percentage stays text: escaped');
  assert.ok(!r.out.startsWith('\uFEFF'), 'TSV has no BOM (it is pasted and piped)');
});

test('--checks --format csv|tsv: one row per check of the arithmetic, the columns of schema.md', () => {
  const r = figlens(['--checks', '--format', 'csv', seedFile]);
  assert.equal(r.code, 0, r.err);
  assert.ok(r.out.startsWith('\uFEFFid,kind,ok,stated,computed,figures,explain\n'), 'UTF-8 with a BOM, the check columns');
  const rows = parseCsv(r.out.slice(1));
  const a = JSON.parse(figlens([seedFile]).out);
  assert.equal(rows.length - 1, a.checks.length);
  const [id, kind, ok, stated, computed, figs, explain] = rows[1];
  assert.deepEqual([id, kind, ok, stated], [seedFile, 'ratio', 'true', '1.49']);
  assert.ok(Math.abs(Number(computed) - 63792 / 42830) < 1e-9, computed);
  // The figure numbers from 1, stated result first: the ratio, then its operands.
  const texts = figs.replace(/^'/, '').split(' ').map((n) => a.figures[Number(n) - 1].text);
  assert.deepEqual(texts, ['1.49:1', '63792元', '42830元']);
  assert.equal(figs[0], "'", 'a cell of numbers and spaces stays text: escaped');
  assert.equal(explain, '63792 ÷ 42830 = 1.489 ≈ 1.49');
  // TSV with --jsonl: one row per check of each line, the line's id; a line with none gives no row.
  const lines = [{ id: 'up', text: 'The jobless rate rose from 5% to 7%, up 2%.' }, { id: 'none', text: '增長5%' }, { id: 'pp', text: '失業率由5%升至8%，增加3個百分點。' }];
  const t = figlens(['--checks', '--format', 'tsv', '--jsonl'], lines.map((l) => JSON.stringify(l)).join('\n'));
  assert.equal(t.code, 0, t.err);
  const trows = t.out.trim().split('\n').map((l) => l.split('\t'));
  assert.equal(trows[0].join(','), 'id,kind,ok,stated,computed,figures,explain');
  assert.deepEqual(trows.slice(1).map((c) => c.slice(0, 4)), [['up', 'change', 'false', '2'], ['pp', 'change', 'true', '3']]);
  assert.match(trows[1][6], /40% ≠ 2%; 7% − 5% = 2 percentage points/, 'both readings of the percent-for-points confusion');
  // JSON output: the checks are in the result, --checks or not.
  assert.deepEqual(JSON.parse(figlens(['--checks'], lines[0].text).out).checks, JSON.parse(figlens([], lines[0].text).out).checks);
});

test('--help lists every option, each with an example that works; --version prints the version', () => {
  const r = figlens(['--help']);
  assert.equal(r.code, 0);
  assert.match(r.out, /^Usage: figlens/);
  assert.equal(figlens(['-h']).out, r.out);
  assert.ok(r.out.split('\n').every((l) => l.length <= 80), 'fits 80 columns');
  // Every option the parser knows (read from its source), with its example under it.
  const source = readFileSync(bin, 'utf8');
  const known = [...source.slice(source.indexOf('options: {')).matchAll(/^ {8}'?([a-z-]+)'?: \{ type:/gm)].map((m) => m[1]);
  assert.ok(known.length >= 9 && known.includes('max-input-bytes'), known.join(' '));
  const blocks = r.out.split(/\n(?= {2}(?:-\w, )?--)/);
  const examples = [];
  for (const name of known) {
    const block = blocks.find((b) => new RegExp(`^ {2}(?:-\\w, )?--${name}\\b`).test(b));
    assert.ok(block, `--${name} is listed`);
    const example = block.split('\n').find((l) => /^ {24}figlens /.test(l));
    assert.ok(example && example.includes(`--${name}`), `--${name} has an example: ${block}`);
    examples.push(example.trim());
  }
  // The examples run, on files of their names.
  const html = '<html><head><title>營收</title></head><body><p>營收增長12.5%，達3.5億元。</p></body></html>';
  const files = { 'article.txt': seed, 'big.txt': seed, 'page.html': html, 'saved-page.txt': html, 'batch.jsonl': `${JSON.stringify({ id: 1, text: seed })}\n` };
  // --resume and --retry-errors write to a file of theirs: an interrupted run's output
  // (part.jsonl, empty), a whole run's (o.jsonl), the file written again (r.jsonl).
  files['in.jsonl'] = files['batch.jsonl'];
  files['part.jsonl'] = '';
  for (const [name, text] of Object.entries(files)) writeFileSync(join(tmp, name), text);
  writeFileSync(join(tmp, 'o.jsonl'), figlens(['--jsonl', join(tmp, 'in.jsonl')]).out);
  const written = { '--resume': 'part.jsonl', '--retry-errors': 'r.jsonl' };
  for (const example of examples) {
    const words = example.split(' ').slice(1);
    const cut = words.findIndex((w) => w === '>' || w === '<');
    const inTmp = (w) => files[w] !== undefined || w.endsWith('.jsonl');
    const args = (cut === -1 ? words : words.slice(0, cut)).map((w) => (inTmp(w) ? join(tmp, w) : w));
    const stdin = words[cut] === '<' ? files[words[cut + 1]] : '';
    const run = figlens(args, stdin);
    assert.equal(run.code, 0, `${example}: ${run.err}`);
    const target = Object.keys(written).find((flag) => words.includes(flag));
    const out = target ? readFileSync(join(tmp, written[target]), 'utf8') : run.out;
    assert.ok(out.length > 0, example);
    if (!/--(help|version)|--format/.test(example)) {
      const analysis = JSON.parse(example.includes('--jsonl') ? out.split('\n')[0] : out);
      assert.ok(analysis.figures.length > 0, example);
    }
  }
  for (const flag of ['--version', '-v']) {
    const v = figlens([flag]);
    assert.equal(v.code, 0);
    assert.equal(v.out, `figlens ${pkg.version}\n`);
  }
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

// --- untrusted input, large output, failing output --------------------------

const preload = join(root, 'tests', 'js', 'cli-preload.mjs');

/** figlens with bytes in and out, the preload's hooks, and stdout to a file descriptor when given. */
function figlensRaw(args, input, { env = {}, stdout, nodeArgs = [] } = {}) {
  const r = spawnSync(process.execPath, [...nodeArgs, '--import', preload, bin, ...args], {
    input: input ?? '',
    env: { ...process.env, ...env },
    stdio: ['pipe', stdout ?? 'pipe', 'pipe'],
    maxBuffer: 1 << 30,
    timeout: 120_000,
  });
  return { code: r.status, out: r.stdout, err: r.stderr.toString() };
}

const noStack = (err) => assert.doesNotMatch(err, /\n\s+at |node:internal|Error: /, `no stack trace: ${err}`);

test('output is written in pieces: an analysis too long for one string is still written, whole and exact', () => {
  // JSON.stringify is made to fail past 256 KiB, as V8's does past 2^29 - 24 characters (a 60 MB input).
  const env = { FIGLENS_TEST_STRING_LIMIT: String(1 << 18) };
  const text = seed.repeat(40);
  const expected = analyze(text);
  assert.ok(JSON.stringify(expected).length > 4 << 18, 'the analysis is well past the limit');
  for (const pretty of [false, true]) {
    const r = figlensRaw(pretty ? ['--pretty'] : [], text, { env });
    assert.equal(r.code, 0, r.err);
    noStack(r.err);
    assert.equal(r.out.toString(), JSON.stringify(expected, null, pretty ? 2 : undefined) + '\n', 'the same text JSON.stringify gives');
  }
  // In a batch, a big record and the lines after it all get theirs.
  const lines = [{ id: 1, text: '增長5%' }, { id: 2, text }, { id: 3, text: '下降3%' }].map((l) => JSON.stringify(l)).join('\n') + '\n';
  const r = figlensRaw(['--jsonl'], lines, { env });
  assert.equal(r.code, 0, r.err);
  const out = r.out.toString().trim().split('\n').map((l) => JSON.parse(l));
  assert.deepEqual(out.map((o) => o.id), [1, 2, 3]);
  assert.deepEqual(out[1], { id: 2, ...expected });
});

test('a full disk or a closed pipe: a clear message and exit 1, no stack trace', async () => {
  for (const args of [[seedFile], ['--jsonl'], ['--format', 'csv', seedFile]]) {
    const full = openSync('/dev/full', 'w');
    try {
      const r = figlensRaw(args, JSON.stringify({ id: 1, text: seed }) + '\n', { stdout: full });
      assert.equal(r.code, 1, `${args.join(' ')}: ${r.err}`);
      assert.match(r.err, /^figlens: cannot write the output: no space left on the device \(ENOSPC\)\n$/);
    } finally {
      closeSync(full);
    }
  }
  // The reader goes away after the first bytes.
  const child = spawn(process.execPath, [bin, '--jsonl'], { stdio: ['pipe', 'pipe', 'pipe'] });
  let err = '';
  child.stderr.on('data', (d) => { err += d; });
  child.stdout.once('data', () => child.stdout.destroy());
  child.stdin.on('error', () => {});
  child.stdin.end(Array.from({ length: 300 }, (_, i) => JSON.stringify({ id: i, text: seed })).join('\n'));
  const [code] = await once(child, 'exit');
  assert.equal(code, 1);
  assert.match(err, /^figlens: cannot write the output: the reading end was closed \(EPIPE\)\n$/);
});

test('a directory as FILE, with and without --jsonl: a clear message and exit 1', () => {
  for (const args of [[tmp], ['--jsonl', tmp]]) {
    const r = figlensRaw(args);
    assert.equal(r.code, 1);
    assert.equal(r.err, `figlens: cannot read ${tmp}: it is a directory\n`);
  }
});

test('an input over the limit is refused before it is read whole', () => {
  // A 200 MB file that is all hole: reading it would take 200 MB, its size is known at once.
  const huge = join(tmp, 'huge.txt');
  const fd = openSync(huge, 'w');
  ftruncateSync(fd, 200 * 2 ** 20);
  closeSync(fd);
  let r = figlensRaw([huge, '--max-input-bytes', String(2 ** 20)], '', { env: { FIGLENS_TEST_REPORT_RSS: '1' } });
  assert.equal(r.code, 1);
  assert.match(r.err, new RegExp(`^figlens: ${huge} is 209715200 bytes, over the limit of 1048576 bytes; split it or raise --max-input-bytes\n`));
  assert.ok(peakRss(r.err) < 150_000, `peak RSS ${peakRss(r.err)} KB`);
  // Standard input is read in chunks and given up as soon as it is over.
  r = figlensRaw(['--max-input-bytes', '1000'], 'x'.repeat(1e6));
  assert.equal(r.code, 1);
  assert.match(r.err, /^figlens: standard input is \d+ or more bytes, over the limit of 1000 bytes; split it or raise --max-input-bytes\n$/);
  // At the limit, a BOM aside, it is read; the analysis counts the text's own bytes
  // (invalid UTF-8 is read as U+FFFD, three bytes for one).
  assert.equal(JSON.parse(figlensRaw(['--max-input-bytes', '8'], '\ufeff增長5%').out).figures[0].text, '5%');
  r = figlensRaw(['--max-input-bytes', '15'], Buffer.concat([Buffer.from('增長5%增長'), Buffer.from([0xff])]));
  assert.equal(r.code, 1);
  assert.match(r.err, /^figlens: standard input: 1 byte is not valid UTF-8 .*\nfiglens: input is 17 bytes, over the limit of 15 bytes/);
});

function peakRss(err) {
  const m = /peak RSS (\d+) KB/.exec(err);
  assert.ok(m, err);
  return Number(m[1]);
}

test('--jsonl: every untrusted line gets its record, in order, and the run goes on', () => {
  const good = (id, text) => Buffer.from(JSON.stringify({ id, text }));
  const lines = [
    Buffer.from('\ufeff' + JSON.stringify({ id: 'first', text: '增長5%' })), // a BOM on the first line
    Buffer.from('{"id": "cut", "text": "增長'), // malformed
    Buffer.from('[1, 2]'),
    Buffer.from('{"id": "no text"}'),
    Buffer.from('{"id": "number", "text": 12}'),
    Buffer.concat([Buffer.from('{"id": "bad utf-8", "text": "增'), Buffer.from([0xff, 0xfe, 0xe5]), Buffer.from('長5%"}')]),
    Buffer.from('{"id": "raw nul", "text": "a\u0000b"}'.replace('\\u0000', '\0')),
    good('escaped nul', '增長\u00005%'),
    Buffer.from(`${'['.repeat(1e5)}${']'.repeat(1e5)}`), // deep
    Buffer.from(JSON.stringify({ id: 'too long', text: 'x'.repeat(3e6) })), // over 2 × 1 MiB + 64 KiB
    good('crlf', '下降3%'),
    good('last, no newline', '達3億元'),
  ];
  const input = Buffer.concat(lines.flatMap((l, i) => (i === lines.length - 1 ? [l] : [l, Buffer.from(i === 10 ? '\r\n' : '\n')])));
  const r = figlensRaw(['--jsonl', '--max-input-bytes', String(2 ** 20)], input);
  assert.equal(r.code, 1);
  noStack(r.err);
  assert.match(r.err, /8 of the input lines failed/);
  const out = r.out.toString().trim().split('\n').map((l) => JSON.parse(l));
  const got = out.map((o) => [o.id, o.error ?? o.figures.map((f) => f.text).join(' ')]);
  assert.equal(got.length, lines.length, 'one record per line');
  const expect = [
    ['first', '5%'],
    [null, /^line 2: not JSON: /],
    [null, /^line 3: expected a JSON object/],
    ['no text', /^line 4: "text" must be a string, got undefined$/],
    ['number', /^line 5: "text" must be a string, got number$/],
    ['bad utf-8', /^line 6: not valid UTF-8$/],
    [null, /^line 7: not JSON: /],
    ['escaped nul', '5%'],
    [null, /^line 9: (not JSON|expected a JSON object)/],
    [null, new RegExp(`^line 10: ${lines[9].length} bytes, longer than a line can be \\(2162688 bytes: twice --max-input-bytes`)],
    ['crlf', '3%'],
    ['last, no newline', '3億元'],
  ];
  for (const [i, [id, what]] of expect.entries()) {
    assert.deepEqual(got[i][0], id, `line ${i + 1}: ${JSON.stringify(got[i])}`);
    if (typeof what === 'string') assert.equal(got[i][1], what, `line ${i + 1}`);
    else assert.match(got[i][1], what, `line ${i + 1}`);
  }
});

test('--jsonl: a line far over the limit is skipped without being held in memory (a 32 MB heap is enough)', () => {
  const long = Buffer.concat([Buffer.from('{"id": 2, "text": "'), Buffer.alloc(128 * 2 ** 20, 'a'), Buffer.from('"}')]);
  const input = Buffer.concat([Buffer.from('{"id": 1, "text": "增長5%"}\n'), long, Buffer.from('\n{"id": 3, "text": "下降3%"}\n')]);
  // Held as one string, the line alone would take four times that heap.
  const r = figlensRaw(['--jsonl', '--max-input-bytes', '1000'], input, { nodeArgs: ['--max-old-space-size=32'] });
  assert.equal(r.code, 1, r.err);
  const out = r.out.toString().trim().split('\n').map((l) => JSON.parse(l));
  assert.deepEqual(out.map((o) => o.id), [1, null, 3]);
  assert.match(out[1].error, new RegExp(`^line 2: ${long.length} bytes, longer than a line can be`));
});

test('jsonPieces: the text JSON.stringify gives, in pieces, long strings sliced between surrogate pairs', async () => {
  const { jsonPieces } = await import('../../bin/json-pieces.js');
  const a = analyze(seed);
  const long = `${'😀'.repeat(600_000)}x${'😀'.repeat(600_000)}`; // a pair across each 2^20 boundary
  const spans = Array.from({ length: 5000 }, (_, i) => ({ start: i, end: i + 1 }));
  const values = [a, { id: { n: [1] }, ...a }, [], {}, 'a"\\\n\u0000\ud800', 0, -1.5e-7, null, true,
    { a: [], b: {}, c: [1, [2, {}]], d: undefined, e: () => 1 }, [undefined, null, () => 1],
    { blocks: [{ text: long, items: ['a'], sentences: spans }] }, { cleaning: { invisible: spans } }, long];
  for (const v of values) {
    for (const indent of [0, 2]) {
      const pieces = [...jsonPieces(v, indent)];
      assert.equal(pieces.join(''), JSON.stringify(v, null, indent), `${JSON.stringify(v)?.slice(0, 60)} (indent ${indent})`);
      assert.ok(pieces.every((p) => p.length <= 3 << 20), 'no piece is much longer than a slice');
    }
  }
  assert.ok([...jsonPieces({ cleaning: { invisible: spans } })].length > 5000, 'a long list goes item by item');
});
