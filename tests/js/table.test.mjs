// The one CSV/TSV implementation (js/table.js) the CLI and the page share:
// the escape of text cells (schema.md, "CSV and TSV"), plain numbers, the id
// of a paste. tests/js/spreadsheet.test.mjs opens the result in LibreOffice.
import assert from 'node:assert/strict';
import test from 'node:test';
import { analyze } from 'figlens';
import { CHECK_COLUMNS, COLUMNS, checkRows, escapeText, formatHeader, formatRow, formatTable, needsEscape, plainNumber, unescapeText } from '../../js/table.js';
import { toCsv, toTsv } from '../../www/format.js';

test('text a spreadsheet would misread or execute gets one leading apostrophe', () => {
  const escaped = [
    '=1+2', '+5%', '-3', '@SUM(A1)', '\tx', '\rx', '\nx', "'quoted", ' =1+2', // formulas, injections, the escape itself
    '1/3', '1:2', '5%', '9.2%', '2021', '2021-05-01', '--05-01', '2021/2022', '199', '1,234', '(5)', '$3', '¥300', '1.5e7', // numbers, dates, times
    '2024年5月', '5月1日', '2021年', 'May 2024', '3 Jan', 'Sept. 5', '10:30 pm', 'TRUE', 'false', // dates in words, truth values
    '１２％', '２０２４年', '＝1+2', '－5', // full-width forms, which CJK locales read too
  ];
  for (const s of escaped) {
    assert.equal(needsEscape(s), true, JSON.stringify(s));
    assert.equal(escapeText(s), `'${s}`);
    assert.equal(unescapeText(escapeText(s)), s);
  }
  const kept = ['729.91億元', '１．２９萬人', 'HK$5bn', '1st', 'Jan', '1.29萬人', '12.5 per cent', 'Revenue', 'in the third quarter', '1990s', 'Q3 2024', 'May', '2023年南湖區地區生產總值增長7%。', 'money', ''];
  for (const s of kept) {
    assert.equal(needsEscape(s), false, JSON.stringify(s));
    assert.equal(escapeText(s), s);
    assert.equal(unescapeText(s), s, 'text that does not start with an apostrophe comes back as is');
  }
});

test('numbers in plain decimal notation, never an exponent', () => {
  for (const [n, s] of [[72991000000, '72991000000'], [1e21, '1000000000000000000000'], [1.5e22, '15000000000000000000000'], [1e-7, '0.0000001'],
    [-2.5e-8, '-0.000000025'], [33.333333333, '33.333333333'], [-5, '-5'], [0, '0'], [1.2345e21, '1234500000000000000000']]) {
    assert.equal(plainNumber(n), s);
    assert.equal(Number(s), n, `${s} is the same number`);
  }
  assert.equal(formatRow([1e21, 'a', true, null, -0.5], 'csv'), '1000000000000000000000,a,true,,-0.5\n');
});

test('CSV starts with a BOM, TSV does not; the id of a paste is the figure number; the page uses the same rows', () => {
  const a = analyze('增長5%，達3億元，比例1/3。');
  const csv = formatTable(a, 'csv');
  assert.ok(csv.startsWith(`\uFEFF${COLUMNS.join(',')}\n`));
  const tsv = formatTable(a, 'tsv');
  assert.ok(tsv.startsWith(`${COLUMNS.join('\t')}\n`));
  assert.deepEqual(tsv.trimEnd().split('\n').slice(1).map((l) => l.split('\t').slice(0, 2)), [['1', "'5%"], ['2', '3億元'], ['3', "'1/3"]]);
  assert.match(formatTable(a, 'csv', 'article.txt'), /\narticle\.txt,'5%,5,/);
  // The page: the rows shown, in their order, numbered as in the whole analysis.
  assert.equal(toCsv(a, [2, 0]), formatTable(a, 'csv', null, [2, 0]));
  assert.deepEqual(toTsv(a, [2, 0]).trimEnd().split('\n').slice(1).map((l) => l.split('\t')[0]), ['3', '1']);
});

test('v1.1 check rows: the columns of schema.md, figure numbers from 1, the same escape', () => {
  assert.deepEqual(CHECK_COLUMNS, ['id', 'kind', 'ok', 'stated', 'computed', 'figures', 'explain']);
  const a = analyze('失業率由5%升至8%，增加3個百分點。');
  const rows = checkRows(a);
  assert.equal(rows.length, 1);
  assert.deepEqual(rows[0].slice(0, 4), [1, 'change', true, 3], 'a paste: the id is the check number');
  assert.deepEqual(rows[0][5].split(' ').map((n) => a.figures[Number(n) - 1].text), ['3個百分點', '5%', '8%']);
  assert.equal(checkRows(a, 'story.txt')[0][0], 'story.txt');
  const csv = formatHeader('csv', CHECK_COLUMNS) + formatRow(rows[0], 'csv');
  assert.ok(csv.startsWith('\uFEFFid,kind,ok,stated,computed,figures,explain\n'));
  assert.match(csv, /,'3 1 2,/, 'figure numbers stay text: escaped');
  assert.match(csv, /8% − 5% = 3個百分點 ≈ 3個百分點\n$/);
  assert.deepEqual(checkRows({ ...a, checks: [] }), []);
});
