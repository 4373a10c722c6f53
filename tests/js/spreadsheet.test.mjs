// The CSV and TSV exports (CLI and page: one implementation, js/table.js)
// opened in a real spreadsheet engine: LibreOffice Calc, headless, from Debian
// (installed by `bash scripts/setup.sh --for-tests`). Each export is converted
// to a flat OpenDocument spreadsheet (.fods, XML), whose cells carry their type
// and value: every text cell must come back as text (its text the documented
// escape of the original), every number as the same number; with LibreOffice's
// default import and with "detect special numbers" (as Excel reads), in en-US
// and zh-CN. The same cells written raw are misread, so the check can fail.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { analyze } from 'figlens';
import { COLUMNS, escapeText, figureRows, unescapeText } from '../../js/table.js';
import { toCsv, toTsv } from '../../www/format.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = join(root, 'bin', 'figlens.js');
const soffice = ['/usr/bin/soffice', '/usr/bin/libreoffice', '/usr/lib/libreoffice/program/soffice'].find((p) => existsSync(p));
const skip = soffice ? false : 'LibreOffice is not installed (no /usr/bin/soffice): bash scripts/setup.sh --for-tests installs Debian\'s libreoffice-calc-nogui';
const tmp = mkdtempSync(join(tmpdir(), 'figlens-sheet-'));
after(() => rmSync(tmp, { recursive: true, force: true }));

const NUMERIC = new Set(['value', 'low', 'high', 'start', 'end']);

// Cells a spreadsheet would misread if written as they are: formulas (and
// injections), fractions, times, dates, percentages, truth values; as
// --jsonl ids and as sentences that start with them.
const TRICKY = ['=1+2', '+1', '-1', '@SUM(A1)', "'quoted", '1/3', '1:2', '2021-05-01', '5%', 'TRUE', 'May 2024', '2024年5月', '2024年5月1日', '5月1日', '１２', '=HYPERLINK("http://x","y")'];
const INPUT = [
  { id: 'seed', text: readFileSync(join(root, 'www', 'sample.txt'), 'utf8') },
  { id: 'mixed', text: '增長5%，比例1/3，2024年5月1日，1:2的比例。Revenue rose 5% to $3bn in May 2024, 1.5e-7 of it.' },
  { id: 'big', text: '資產達1,000,000,000,000,000億元。減少0.000001%。' },
  ...TRICKY.map((id, i) => ({ id, text: `${id} 增長${i + 1}%。` })),
  { id: 42, text: '增長5%' },
];
const jsonl = INPUT.map((l) => JSON.stringify(l)).join('\n') + '\n';

/** What each row's cells should be, from the analyses themselves. */
function expectedRows() {
  return INPUT.flatMap(({ id, text }) => figureRows(analyze(text), id));
}

function figlens(args, input) {
  const r = spawnSync(process.execPath, [bin, ...args], { input, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  return r.stdout;
}

/**
 * Convert CSV or TSV files to .fods with LibreOffice's text import (one run
 * for them all: each start takes seconds): UTF-8, the given separator, and
 * "detect special numbers" on or off (on reads dates, times and percentages,
 * as Excel does; off is LibreOffice's default). Returns the sheets, by file.
 */
function toFods(files, separator, special, locale = 1033) {
  const out = join(tmp, `out-${separator}-${special}-${locale}`);
  mkdirSync(out, { recursive: true });
  const profile = pathToFileURL(join(tmp, 'profile')).href;
  // Options: separator, text delimiter ("), charset 76 (UTF-8), from line 1,
  // standard cell formats, the locale (1033 en-US, 2052 zh-CN), quoted fields
  // not forced to text, special numbers.
  const filter = `Text - txt - csv (StarCalc):${separator},34,76,1,,${locale},false,${special}`;
  const r = spawnSync(soffice, [`-env:UserInstallation=${profile}`, '--headless', `--infilter=${filter}`, '--convert-to', 'fods', '--outdir', out, ...files], { encoding: 'utf8', timeout: 180_000 });
  return files.map((file) => {
    const result = join(out, file.replace(/^.*\//, '').replace(/\.\w+$/, '.fods'));
    assert.ok(existsSync(result), `LibreOffice converted ${file}: ${r.stdout}${r.stderr}${r.error ?? ''}`);
    return readSheet(readFileSync(result, 'utf8'));
  });
}

const ENTITIES = { amp: '&', lt: '<', gt: '>', apos: "'", quot: '"' };
const decode = (s) => s.replace(/&(#x?[0-9a-f]+|\w+);/gi, (_, e) => (e[0] === '#' ? String.fromCodePoint(Number(e[1] === 'x' ? `0${e.slice(1)}` : e.slice(1))) : ENTITIES[e]));
const attr = (attrs, name) => {
  const m = new RegExp(`${name}="([^"]*)"`).exec(attrs);
  return m ? decode(m[1]) : undefined;
};

/** The first sheet of a .fods: rows of { type, value, text, formula } (type undefined for an empty cell). */
function readSheet(xml) {
  const table = xml.slice(xml.indexOf('<table:table '), xml.indexOf('</table:table>'));
  const rows = [];
  for (const [, row] of table.matchAll(/<table:table-row[^>]*>([\s\S]*?)<\/table:table-row>/g)) {
    const cells = [];
    for (const [, attrs, , body = ''] of row.matchAll(/<table:table-cell([^>]*?)(\/>|>([\s\S]*?)<\/table:table-cell>)/g)) {
      const text = [...body.matchAll(/<text:p>([\s\S]*?)<\/text:p>/g)].map(([, p]) => decode(p
        .replace(/<text:s(?: text:c="(\d+)")?\/>/g, (_, n) => ' '.repeat(Number(n ?? 1)))
        .replace(/<text:tab\/>/g, '\t').replace(/<text:line-break\/>/g, '\n').replace(/<[^>]+>/g, ''))).join('\n');
      const cell = {
        type: attr(attrs, 'office:value-type'),
        value: attr(attrs, 'office:value') ?? attr(attrs, 'office:boolean-value') ?? attr(attrs, 'office:date-value'),
        formula: attr(attrs, 'table:formula'),
        text,
      };
      const repeat = Number(attr(attrs, 'table:number-columns-repeated') ?? 1);
      for (let i = 0; i < Math.min(repeat, COLUMNS.length); i++) cells.push(cell);
    }
    if (cells.some((c) => c.type)) rows.push(cells.slice(0, COLUMNS.length));
  }
  return rows;
}

/** Every cell as the spreadsheet holds it, against what was exported. */
function assertSheet(sheet, expected, what) {
  assert.deepEqual(sheet[0].map((c) => c.text), COLUMNS, `${what}: the header (the BOM is not part of "id")`);
  assert.equal(sheet.length - 1, expected.length, `${what}: one row per figure`);
  expected.forEach((row, r) => {
    row.forEach((want, c) => {
      const got = sheet[r + 1][c];
      const where = `${what}, row ${r + 1} (${row[1]}), ${COLUMNS[c]}`;
      if (want === null || want === undefined) {
        assert.equal(got.type, undefined, `${where}: empty`);
      } else if (typeof want === 'number') {
        assert.equal(got.type, 'float', `${where}: a number`);
        assert.ok(Math.abs(Number(got.value) - want) <= Math.abs(want) * 1e-15, `${where}: ${got.value} = ${want}`);
        assert.ok(NUMERIC.has(COLUMNS[c]) || COLUMNS[c] === 'id', where);
      } else if (typeof want === 'boolean') {
        // A truth value with special numbers on; the text true/false with them off.
        if (got.type === 'boolean') assert.equal(got.value, String(want), where);
        else assert.deepEqual([got.type, got.text], ['string', String(want)], where);
      } else {
        const flat = what.startsWith('TSV') ? want.replace(/[\t\r\n]+/g, ' ') : want;
        assert.equal(got.type, 'string', `${where}: stays text (${JSON.stringify(want)} came back as ${got.type} ${got.value ?? ''})`);
        assert.equal(got.formula, undefined, `${where}: not a formula`);
        assert.equal(got.text, escapeText(flat), `${where}: the text, escaped as documented`);
        assert.equal(unescapeText(got.text), flat, where);
      }
    });
  });
}

function rawCsv(file) {
  writeFileSync(file, `\uFEFFa\n${TRICKY.map((c) => (/[",]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join('\n')}\n`);
  return file;
}

test('CSV and TSV of the CLI and of the page in LibreOffice Calc: text stays text, numbers stay numbers', { skip }, (t) => {
  const started = Date.now();
  const expected = expectedRows();
  assert.ok(expected.length > 40);
  const csv = figlens(['--jsonl', '--format', 'csv'], jsonl);
  assert.ok(csv.startsWith('\uFEFFid,'), 'the CLI\'s CSV starts with a BOM');
  writeFileSync(join(tmp, 'cli.csv'), csv);
  writeFileSync(join(tmp, 'cli.tsv'), figlens(['--jsonl', '--format', 'tsv'], jsonl));

  // The page's exports (the same code), of a paste, sorted and filtered as the
  // page can: the id column holds each figure's number.
  const a = analyze(`${TRICKY.join('。')}。\n${INPUT[1].text}`);
  const indices = a.figures.map((_, i) => i).reverse().filter((i) => i % 2 === 0);
  const pageRows = figureRows(a, null, indices);
  assert.deepEqual(pageRows.map((r) => r[0]), indices.map((i) => i + 1));
  writeFileSync(join(tmp, 'page.csv'), toCsv(a, indices));
  writeFileSync(join(tmp, 'page.tsv'), toTsv(a, indices));

  for (const special of [false, true]) {
    const on = special ? 'on' : 'off';
    const [cliCsv, pageCsv, raw] = toFods([join(tmp, 'cli.csv'), join(tmp, 'page.csv'), rawCsv(join(tmp, 'raw.csv'))], 44, special);
    const [cliTsv, pageTsv] = toFods([join(tmp, 'cli.tsv'), join(tmp, 'page.tsv')], 9, special);
    assertSheet(cliCsv, expected, `CSV, special numbers ${on}`);
    assertSheet(cliTsv, expected, `TSV, special numbers ${on}`);
    assertSheet(pageCsv, pageRows, `page CSV, special numbers ${on}`);
    assertSheet(pageTsv, pageRows, `TSV of the page, special numbers ${on}`);
    // What the escape is for: the same cells written raw do not all stay text.
    const misread = raw.slice(1).filter((row) => row[0].type !== 'string' || row[0].formula).map((row) => row[0].text);
    t.diagnostic(`special numbers ${on}: raw cells misread: ${misread.join(' | ')}`);
    assert.ok(misread.length >= (special ? 8 : 3), `LibreOffice misreads ${misread.length} of the raw cells`);
  }
  // In a Chinese locale, Chinese dates and full-width digits are read too (5月1日 as this year's May 1).
  const [cliZh, rawZh] = toFods([join(tmp, 'cli.csv'), join(tmp, 'raw.csv')], 44, true, 2052);
  assertSheet(cliZh, expected, 'CSV, zh-CN, special numbers on');
  const misreadZh = rawZh.slice(1).filter((row) => row[0].type !== 'string' || row[0].formula).map((row) => row[0].text);
  t.diagnostic(`zh-CN: raw cells misread: ${misreadZh.join(' | ')}`);
  for (const cell of ['2024年5月1日', '5月1日', '１２']) {
    assert.notEqual(rawZh[1 + TRICKY.indexOf(cell)][0].type, 'string', `zh-CN reads ${cell} raw as a value`);
  }
  t.diagnostic(`${expected.length} + ${pageRows.length} rows, 5 LibreOffice runs in ${Date.now() - started} ms`);
});
