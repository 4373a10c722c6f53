// The one value formatter and the one kinds list (js/format.js, js/kinds.js),
// which the page (www/) and the widget (js/widget.js) both show figures with.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import test from 'node:test';
import { formatFigureValue, formatIsoDate, formatNumber, formatUnit } from '../../js/format.js';
import { FIGURE_KINDS, KIND_LABELS, LABEL_LANGUAGES, kindLabel, labelLanguage } from '../../js/kinds.js';
import * as widget from '../../js/widget.js';
import * as page from '../../www/format.js';

/** A figure as the engine gives it: absent optional fields stay absent. */
function fig(kind, value, fields = {}) {
  return { text: fields.text ?? '‹text›', start: 0, end: 1, kind, value, unit: null, approximate: false, change: null, period: null, metric: null, block: 0, sentence: null, ...fields };
}

// [what, figure, en, zh-Hant, zh-Hans]
const CASES = [
  // values, currencies, units in words and symbols
  ['money', fig('money', 72991000000, { unit: 'CNY' }), '72,991,000,000 CNY', '72,991,000,000 CNY', '72,991,000,000 CNY'],
  ['money, cents', fig('money', 0.03, { unit: 'CNY' }), '0.03 CNY', '0.03 CNY', '0.03 CNY'],
  ['money, other currency', fig('money', 3000000000, { unit: 'USD', approximate: true }), '≈ 3,000,000,000 USD', '≈ 3,000,000,000 USD', '≈ 3,000,000,000 USD'],
  ['percent', fig('percent', 9.2, { unit: '%' }), '9.2%', '9.2%', '9.2%'],
  ['percent, a third', fig('percent', 100 / 3, { unit: '%' }), '33.3333%', '33.3333%', '33.3333%'],
  ['percentage points', fig('percent', 2.1, { unit: 'pp' }), '2.1 pp', '2.1個百分點', '2.1个百分点'],
  ['count of people', fig('count', 12900, { unit: 'person' }), '12,900 people', '12,900人', '12,900人'],
  ['one person', fig('count', 1, { unit: 'person' }), '1 person', '1人', '1人'],
  ['count, households', fig('count', 300, { unit: 'household' }), '300 households', '300戶', '300户'],
  ['count, measure word only', fig('count', 90), '90', '90', '90'],
  ['measure, symbol', fig('measure', 3.5, { unit: 'km2' }), '3.5 km²', '3.5 km²', '3.5 km²'],
  ['measure, tonnes', fig('measure', 1200, { unit: 't' }), '1,200 t', '1,200 t', '1,200 t'],
  ['measure, Chinese unit', fig('measure', 1.5, { unit: 'jin' }), '1.5 jin', '1.5斤', '1.5斤'],
  ['measure, age', fig('measure', 25, { unit: 'year-old' }), '25 years old', '25歲', '25岁'],
  ['measure, temperature', fig('measure', -20, { unit: '°C' }), '-20 °C', '-20 °C', '-20 °C'],
  ['measure, angle', fig('measure', 30, { unit: '°' }), '30°', '30°', '30°'],
  ['measure, unknown unit as written', fig('measure', 5, { unit: 'TEU' }), '5 TEU', '5 TEU', '5 TEU'],
  ['ratio', fig('ratio', 1.49), '1.49', '1.49', '1.49'],
  ['multiple', fig('multiple', 3), '3×', '3×', '3×'],
  ['multiple, approximate', fig('multiple', 2, { approximate: true }), '≈ 2×', '≈ 2×', '≈ 2×'],
  ['duration', fig('duration', 3, { unit: 'month' }), '3 months', '3個月', '3个月'],
  ['duration, one year', fig('duration', 1, { unit: 'year' }), '1 year', '1年', '1年'],
  ['rank', fig('rank', 3), '#3', '第3', '第3'],
  ['identifier: as written', fig('identifier', null, { text: 'G15' }), 'G15', 'G15', 'G15'],
  ['number', fig('number', 1234.5), '1,234.5', '1,234.5', '1,234.5'],
  ['no value, no bounds: as written', fig('count', null, { text: '若干' }), '若干', '若干', '若干'],
  // ranges (value = low) and vague amounts
  ['range', fig('count', 10, { low: 10, high: 20, unit: 'person' }), '10–20 people', '10–20人', '10–20人'],
  ['range, plural from the high end', fig('duration', 1, { low: 1, high: 2, unit: 'day' }), '1–2 days', '1–2天', '1–2天'],
  ['range, negative ends', fig('measure', -5, { low: -5, high: -3, unit: '°C' }), '-5 – -3 °C', '-5 – -3 °C', '-5 – -3 °C'],
  ['range with equal ends', fig('percent', 5, { low: 5, high: 5, unit: '%' }), '5%', '5%', '5%'],
  ['vague, both ends', fig('count', null, { low: 20, high: 90, approximate: true }), '≈ 20–90', '≈ 20–90', '≈ 20–90'],
  ['vague, low end only (上千人)', fig('count', null, { low: 1000, unit: 'person', approximate: true }), '≥ 1,000 people', '≥ 1,000人', '≥ 1,000人'],
  ['vague, high end only', fig('count', null, { high: 50, unit: 'case', approximate: true }), '≤ 50 cases', '≤ 50例', '≤ 50例'],
  ['approximate (v1: no qualifier)', fig('count', 300, { unit: 'household', approximate: true }), '≈ 300 households', '≈ 300戶', '≈ 300户'],
  // v1.1 qualifiers: the stated bound
  ['over', fig('count', 200, { low: 200, unit: 'person', approximate: true, qualifier: 'over' }), '> 200 people', '> 200人', '> 200人'],
  ['at least', fig('count', 200, { low: 200, unit: 'person', approximate: true, qualifier: 'at-least' }), '≥ 200 people', '≥ 200人', '≥ 200人'],
  ['under', fig('percent', 5, { high: 5, unit: '%', approximate: true, qualifier: 'under' }), '< 5%', '< 5%', '< 5%'],
  ['at most', fig('percent', 5, { high: 5, unit: '%', approximate: true, qualifier: 'at-most' }), '≤ 5%', '≤ 5%', '≤ 5%'],
  ['about', fig('money', 2e9, { unit: 'USD', approximate: true, qualifier: 'about' }), '≈ 2,000,000,000 USD', '≈ 2,000,000,000 USD', '≈ 2,000,000,000 USD'],
  ['nearly', fig('count', 100, { unit: 'person', approximate: true, qualifier: 'nearly' }), '≈ 100 people', '≈ 100人', '≈ 100人'],
  // rates
  ['per share', fig('money', 12.35, { unit: 'CNY', per: 'share' }), '12.35 CNY / share', '12.35 CNY / 股', '12.35 CNY / 股'],
  ['per km²', fig('count', 6300, { unit: 'person', per: 'km2' }), '6,300 people / km²', '6,300人 / km²', '6,300人 / km²'],
  ['per household', fig('money', 1.8, { unit: 'CNY', per: 'household' }), '1.8 CNY / household', '1.8 CNY / 戶', '1.8 CNY / 户'],
  ['speed', fig('measure', 350, { unit: 'km/h' }), '350 km/h', '350 km/h', '350 km/h'],
  // dates: what `iso` states, as people write it
  ['date, day', fig('date', 2021, { iso: '2021-05-01' }), 'May 1, 2021', '2021年5月1日', '2021年5月1日'],
  ['date, month', fig('date', 2021, { iso: '2021-05' }), 'May 2021', '2021年5月', '2021年5月'],
  ['date, year', fig('date', 2021, { iso: '2021' }), '2021', '2021年', '2021年'],
  ['date, day without a year', fig('date', null, { iso: '--05-01' }), 'May 1', '5月1日', '5月1日'],
  ['date, month without a year', fig('date', null, { iso: '--12' }), 'December', '12月', '12月'],
  ['date, decade', fig('date', 1990, { low: 1990, high: 1999, iso: '199' }), '1990s', '1990年代', '1990年代'],
  ['date, century', fig('date', null, { low: 1800, high: 1899, iso: '18' }), '19th century', '19世紀', '19世纪'],
  ['date, 21st century', fig('date', null, { iso: '20' }), '21st century', '21世紀', '21世纪'],
  ['date without iso: as written', fig('date', null, { text: '去年' }), '去年', '去年', '去年'],
];

test('formatFigureValue: a table of figures in en, zh-Hant and zh-Hans', () => {
  const kinds = new Set();
  for (const [what, f, ...expected] of CASES) {
    kinds.add(f.kind);
    LABEL_LANGUAGES.forEach((lang, i) => assert.equal(formatFigureValue(f, lang), expected[i], `${what}, ${lang}`));
  }
  assert.deepEqual([...kinds].sort(), [...FIGURE_KINDS].sort(), 'every kind has a case');
});

test('formatFigureValue: English by default and for a language it does not have', () => {
  const f = fig('count', 2, { unit: 'person' });
  assert.equal(formatFigureValue(f), '2 people');
  assert.equal(formatFigureValue(f, 'fr'), '2 people');
});

test('formatIsoDate: a range of dates (an ISO 8601 interval) reads as two dates', () => {
  assert.equal(formatIsoDate('2023-01/2023-07', 'en'), 'January 2023 – July 2023');
  assert.equal(formatIsoDate('2023-01/2023-07', 'zh-Hant'), '2023年1月至2023年7月');
  assert.equal(formatIsoDate('--05-01/--05-03', 'zh-Hans'), '5月1日至5月3日');
  assert.equal(formatIsoDate('1998/2004', 'en'), '1998 – 2004');
  assert.equal(formatIsoDate('1998/2004/2010', 'en'), '1998/2004/2010');
});

test('formatIsoDate: leap days, ordinals, and what it does not know comes back as it is', () => {
  assert.equal(formatIsoDate('2024-02-29', 'en'), 'February 29, 2024');
  assert.equal(formatIsoDate('0999-01-02', 'en'), 'January 2, 999');
  for (const [iso, en] of [['10', '11th century'], ['11', '12th century'], ['0', '0'], ['01', '2nd century'], ['02', '3rd century']]) {
    assert.equal(formatIsoDate(iso, 'en'), en, iso);
  }
  for (const odd of ['2024-05-12T10:32', '--13', '2024-13-01', 'W12', '']) assert.equal(formatIsoDate(odd, 'en'), odd);
});

test('formatNumber and formatUnit', () => {
  assert.equal(formatNumber(1234567.123456), '1,234,567.1235');
  assert.equal(formatNumber(1e21, 'zh-Hant'), '1,000,000,000,000,000,000,000');
  assert.equal(formatUnit(null, 3), '');
  assert.equal(formatUnit('share', 1, 'en'), ' share');
  assert.equal(formatUnit('share', 0, 'en'), ' shares');
  assert.equal(formatUnit('share', 2, 'zh-Hant'), '股');
  assert.equal(formatUnit('m3', 2, 'zh-Hans'), ' m³');
});

test('one kinds list: the result\'s kinds (js/index.d.ts), each with a label in every language', () => {
  const dts = readFileSync(new URL('../../js/index.d.ts', import.meta.url), 'utf8');
  const union = dts.match(/export type FigureKind =([^;]+);/)[1];
  assert.deepEqual([...union.matchAll(/"([a-z-]+)"/g)].map((m) => m[1]).sort(), [...FIGURE_KINDS].sort());
  assert.deepEqual(LABEL_LANGUAGES, Object.keys(KIND_LABELS));
  for (const lang of LABEL_LANGUAGES) assert.deepEqual(Object.keys(KIND_LABELS[lang]), FIGURE_KINDS, lang);
  assert.equal(kindLabel('money', 'en'), 'Money');
  assert.equal(kindLabel('money', 'zh-Hant'), '金額');
  assert.equal(kindLabel('money', 'zh-Hans'), '金额');
  assert.equal(kindLabel('other', 'en'), 'other');
});

test('labelLanguage: BCP 47 tags to a label language', () => {
  for (const [tag, lang] of [['en', 'en'], ['en-GB', 'en'], ['EN-us', 'en'], ['zh-Hant', 'zh-Hant'], ['zh-TW', 'zh-Hant'], ['zh-HK', 'zh-Hant'],
    ['zh-Hant-TW', 'zh-Hant'], ['zh', 'zh-Hans'], ['zh-CN', 'zh-Hans'], ['zh-Hans', 'zh-Hans'], ['zh-SG', 'zh-Hans'],
    ['und', null], ['fr', null], ['', null], [null, null]]) {
    assert.equal(labelLanguage(tag), lang, String(tag));
  }
});

test('the page and the widget use the same formatter and kinds', () => {
  assert.equal(widget.formatFigureValue, formatFigureValue);
  assert.equal(page.KINDS, FIGURE_KINDS);
  for (const file of ['www/article.js', 'www/figures-table.js']) {
    const source = readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');
    assert.match(source, /import \{ formatFigureValue \} from '\.\.\/js\/format\.js';/, file);
  }
});
