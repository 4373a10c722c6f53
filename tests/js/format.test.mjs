// The one value formatter and the one kinds list (js/format.js, js/kinds.js),
// which the page (www/) and the widget (js/widget.js) both show figures with.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import test from 'node:test';
import { UNIT_LABELS, formatFigureValue, formatIsoDate, formatNumber, formatUnit, inferredYear } from '../../js/format.js';
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
  ['money', fig('money', 72991000000, { unit: 'CNY' }), '72,991,000,000 CNY', '72,991,000,000元人民幣', '72,991,000,000元人民币'],
  ['money, cents', fig('money', 0.03, { unit: 'CNY' }), '0.03 CNY', '0.03元人民幣', '0.03元人民币'],
  ['money, other currency', fig('money', 3000000000, { unit: 'USD', approximate: true }), '≈ 3,000,000,000 USD', '≈ 3,000,000,000美元', '≈ 3,000,000,000美元'],
  ['money, Hong Kong dollars', fig('money', 4500, { unit: 'HKD' }), '4,500 HKD', '4,500港元', '4,500港元'],
  ['money, New Taiwan dollars', fig('money', 1200, { unit: 'TWD' }), '1,200 TWD', '1,200元新臺幣', '1,200元新台币'],
  ['percent', fig('percent', 9.2, { unit: '%' }), '9.2%', '9.2%', '9.2%'],
  ['percent, a third', fig('percent', 100 / 3, { unit: '%' }), '33.3333%', '33.3333%', '33.3333%'],
  ['percentage points', fig('percent', 2.1, { unit: 'pp' }), '2.1 percentage points', '2.1個百分點', '2.1个百分点'],
  ['one percentage point', fig('percent', 1, { unit: 'pp' }), '1 percentage point', '1個百分點', '1个百分点'],
  ['count of people', fig('count', 12900, { unit: 'person' }), '12,900 people', '12,900人', '12,900人'],
  ['one person', fig('count', 1, { unit: 'person' }), '1 person', '1人', '1人'],
  ['person-times', fig('count', 3500000, { unit: 'person-time' }), '3,500,000 person-times', '3,500,000人次', '3,500,000人次'],
  ['count, households', fig('count', 300, { unit: 'household' }), '300 households', '300戶', '300户'],
  ['count, measure word only', fig('count', 90), '90', '90', '90'],
  ['measure, square metres', fig('measure', 638.4, { unit: 'm2' }), '638.4 m²', '638.4平方米', '638.4平方米'],
  ['measure, square kilometres', fig('measure', 3.5, { unit: 'km2' }), '3.5 km²', '3.5平方公里', '3.5平方公里'],
  ['measure, tonnes', fig('measure', 1200, { unit: 't' }), '1,200 t', '1,200噸', '1,200吨'],
  ['measure, Chinese unit', fig('measure', 1.5, { unit: 'jin' }), '1.5 jin', '1.5斤', '1.5斤'],
  ['measure, age', fig('measure', 25, { unit: 'year-old' }), '25 years old', '25歲', '25岁'],
  ['measure, one year old', fig('measure', 1, { unit: 'year-old' }), '1 year old', '1歲', '1岁'],
  ['measure, temperature', fig('measure', -20, { unit: '°C' }), '-20 °C', '-20°C', '-20°C'],
  ['measure, angle', fig('measure', 30, { unit: '°' }), '30°', '30°', '30°'],
  ['measure, containers', fig('measure', 5, { unit: 'TEU' }), '5 TEU', '5標準箱', '5标准箱'],
  ['measure, gigabytes (a symbol in every language)', fig('measure', 256, { unit: 'GB' }), '256 GB', '256 GB', '256 GB'],
  ['measure, a magnitude (before the number in English)', fig('measure', 6.2, { unit: 'magnitude' }), 'magnitude 6.2', '6.2級', '6.2级'],
  ['measure, a unit the formatter has no row for: as the code', fig('measure', 5, { unit: 'XYZ' }), '5 XYZ', '5 XYZ', '5 XYZ'],
  ['ratio', fig('ratio', 1.49), '1.49', '1.49', '1.49'],
  ['multiple', fig('multiple', 3), '3×', '3倍', '3倍'],
  ['multiple, approximate', fig('multiple', 2, { approximate: true }), '≈ 2×', '≈ 2倍', '≈ 2倍'],
  ['duration', fig('duration', 3, { unit: 'month' }), '3 months', '3個月', '3个月'],
  ['duration, one year', fig('duration', 1, { unit: 'year' }), '1 year', '1年', '1年'],
  ['rank', fig('rank', 3), '#3', '第3', '第3'],
  ['identifier: as written', fig('identifier', null, { text: 'G15' }), 'G15', 'G15', 'G15'],
  ['number', fig('number', 1234.5), '1,234.5', '1,234.5', '1,234.5'],
  ['no value, no bounds: as written', fig('count', null, { text: '若干' }), '若干', '若干', '若干'],
  // ranges (value = low) and vague amounts
  ['range', fig('count', 10, { low: 10, high: 20, unit: 'person' }), '10–20 people', '10至20人', '10至20人'],
  ['range, plural from the high end', fig('duration', 1, { low: 1, high: 2, unit: 'day' }), '1–2 days', '1至2天', '1至2天'],
  ['range of percentages', fig('percent', 5, { low: 5, high: 8, unit: '%' }), '5–8%', '5%至8%', '5%至8%'],
  ['range of money', fig('money', 3e8, { low: 3e8, high: 5e8, unit: 'CNY' }), '300,000,000–500,000,000 CNY', '300,000,000至500,000,000元人民幣', '300,000,000至500,000,000元人民币'],
  ['range, negative ends', fig('measure', -5, { low: -5, high: -3, unit: '°C' }), '-5 – -3 °C', '-5至-3°C', '-5至-3°C'],
  ['range with equal ends', fig('percent', 5, { low: 5, high: 5, unit: '%' }), '5%', '5%', '5%'],
  ['vague, both ends (數十家)', fig('count', null, { low: 20, high: 90, approximate: true }), 'roughly 20–90', '約20至90', '约20至90'],
  ['vague, both ends, with a unit', fig('count', null, { low: 2000, high: 9000, unit: 'person', approximate: true }), 'roughly 2,000–9,000 people', '約2,000至9,000人', '约2,000至9,000人'],
  ['vague, low end only', fig('count', null, { low: 1000, unit: 'person', approximate: true }), '≥ 1,000 people', '≥ 1,000人', '≥ 1,000人'],
  ['vague, high end only', fig('count', null, { high: 50, unit: 'case', approximate: true }), '≤ 50 cases', '≤ 50例', '≤ 50例'],
  ['approximate (v1: no qualifier)', fig('count', 300, { unit: 'household', approximate: true }), '≈ 300 households', '≈ 300戶', '≈ 300户'],
  // v1.1 qualifiers: the stated bound
  ['over', fig('count', 200, { low: 200, unit: 'person', approximate: true, qualifier: 'over' }), '> 200 people', '> 200人', '> 200人'],
  ['over (上千人)', fig('count', 1000, { low: 1000, unit: 'person', approximate: true, qualifier: 'over' }), '> 1,000 people', '> 1,000人', '> 1,000人'],
  ['at least', fig('count', 200, { low: 200, unit: 'person', approximate: true, qualifier: 'at-least' }), '≥ 200 people', '≥ 200人', '≥ 200人'],
  ['under', fig('percent', 5, { high: 5, unit: '%', approximate: true, qualifier: 'under' }), '< 5%', '< 5%', '< 5%'],
  ['at most', fig('percent', 5, { high: 5, unit: '%', approximate: true, qualifier: 'at-most' }), '≤ 5%', '≤ 5%', '≤ 5%'],
  ['about', fig('money', 2e9, { unit: 'USD', approximate: true, qualifier: 'about' }), '≈ 2,000,000,000 USD', '≈ 2,000,000,000美元', '≈ 2,000,000,000美元'],
  ['nearly', fig('count', 100, { unit: 'person', approximate: true, qualifier: 'nearly' }), 'nearly 100 people', '近100人', '近100人'],
  ['nearly, a multiple', fig('multiple', 2, { approximate: true, qualifier: 'nearly' }), 'nearly 2×', '近2倍', '近2倍'],
  ['over, a range keeps its ends', fig('money', 1e5, { low: 1e5, high: 2e5, unit: 'CNY', approximate: true, qualifier: 'over' }), '> 100,000–200,000 CNY', '> 100,000至200,000元人民幣', '> 100,000至200,000元人民币'],
  // rates
  ['per share', fig('money', 12.35, { unit: 'CNY', per: 'share' }), '12.35 CNY / share', '12.35元人民幣/股', '12.35元人民币/股'],
  ['per km²', fig('count', 6300, { unit: 'person', per: 'km2' }), '6,300 people / km²', '6,300人/平方公里', '6,300人/平方公里'],
  ['per household', fig('money', 1.8, { unit: 'CNY', per: 'household' }), '1.8 CNY / household', '1.8元人民幣/戶', '1.8元人民币/户'],
  ['speed', fig('measure', 350, { unit: 'km/h' }), '350 km/h', '350公里/小時', '350公里/小时'],
  // dates: what `iso` states, as people write it
  ['date, day', fig('date', 2021, { iso: '2021-05-01' }), '1 May 2021', '2021年5月1日', '2021年5月1日'],
  ['date, month', fig('date', 2021, { iso: '2021-05' }), 'May 2021', '2021年5月', '2021年5月'],
  ['date, year', fig('date', 2021, { iso: '2021' }), '2021', '2021年', '2021年'],
  ['date, day without a year', fig('date', null, { iso: '--10-14' }), '14 Oct', '10月14日', '10月14日'],
  ['date, month without a year', fig('date', null, { iso: '--11' }), 'November', '11月', '11月'],
  ['date, decade', fig('date', 1990, { low: 1990, high: 1999, iso: '199' }), '1990s', '1990年代', '1990年代'],
  ['date, century', fig('date', null, { low: 1800, high: 1899, iso: '18' }), '19th century', '19世紀', '19世纪'],
  ['date, 21st century', fig('date', null, { iso: '20' }), '21st century', '21世紀', '21世纪'],
  ['date, days of one month', fig('date', 2021, { iso: '2021-05-01/2021-05-03' }), '1–3 May 2021', '2021年5月1日至3日', '2021年5月1日至3日'],
  ['date, months of one year', fig('date', 2023, { iso: '2023-01/2023-07' }), 'January – July 2023', '2023年1月至7月', '2023年1月至7月'],
  ['date, across years', fig('date', 2023, { iso: '2023-11/2024-02' }), 'November 2023 – February 2024', '2023年11月至2024年2月', '2023年11月至2024年2月'],
  ['date, years', fig('date', 2021, { iso: '2021/2022' }), '2021–2022', '2021至2022年', '2021至2022年'],
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

test('formatIsoDate: intervals of year-less days and odd ends', () => {
  assert.equal(formatIsoDate('--05-01/--05-03', 'en'), '1–3 May');
  assert.equal(formatIsoDate('--05-01/--05-03', 'zh-Hans'), '5月1日至3日');
  assert.equal(formatIsoDate('--05-28/--06-03', 'en'), '28 May – 3 Jun');
  assert.equal(formatIsoDate('--05-28/--06-03', 'zh-Hant'), '5月28日至6月3日');
  assert.equal(formatIsoDate('199/201', 'en'), '1990s – 2010s');
  assert.equal(formatIsoDate('199/201', 'zh-Hant'), '1990年代至2010年代');
  assert.equal(formatIsoDate('1998/2004/2010', 'en'), '1998/2004/2010');
});

test('formatIsoDate: leap days, ordinals, and what it does not know comes back as it is', () => {
  assert.equal(formatIsoDate('2024-02-29', 'en'), '29 Feb 2024');
  assert.equal(formatIsoDate('0999-01-02', 'en'), '2 Jan 999');
  for (const [iso, en] of [['10', '11th century'], ['11', '12th century'], ['0', '0'], ['01', '2nd century'], ['02', '3rd century']]) {
    assert.equal(formatIsoDate(iso, 'en'), en, iso);
  }
  for (const odd of ['2024-05-12T10:32', '--13', '2024-13-01', 'W12', '']) assert.equal(formatIsoDate(odd, 'en'), odd);
});

// [what, iso, meta.date, en, zh-Hant, zh-Hans]: the article's date gives a year-less date its year, marked
const INFERRED = [
  ['a day', '--10-14', '2024-10-20', '14 Oct [2024]', '[2024年]10月14日', '[2024年]10月14日'],
  ['a month', '--11', '2023-12-01T08:00', 'November [2023]', '[2023年]11月', '[2023年]11月'],
  ['days of one month', '--05-01/--05-03', '2025-04-30', '1–3 May [2025]', '[2025年]5月1日至3日', '[2025年]5月1日至3日'],
  ['days of two months', '--05-28/--06-03', '2025-05-20', '28 May – 3 Jun [2025]', '[2025年]5月28日至6月3日', '[2025年]5月28日至6月3日'],
  ['a stated year is never replaced', '2019-10-14', '2024-10-20', '14 Oct 2019', '2019年10月14日', '2019年10月14日'],
  ['no article date: no year', '--10-14', null, '14 Oct', '10月14日', '10月14日'],
  ['an article date without a year is no help', '--10-14', 'yesterday', '14 Oct', '10月14日', '10月14日'],
];

test('formatFigureValue: a year-less date takes the article\'s year, shown as inferred', () => {
  for (const [what, iso, date, ...expected] of INFERRED) {
    const f = fig('date', null, { iso });
    LABEL_LANGUAGES.forEach((lang, i) => assert.equal(formatFigureValue(f, lang, { yearFrom: date }), expected[i], `${what}, ${lang}`));
    assert.equal(f.iso, iso, 'iso stays as stated');
    const year = inferredYear(f, date);
    assert.equal(year, iso.startsWith('--') && /^\d{4}-/.test(date ?? '') ? Number(date.slice(0, 4)) : null, what);
  }
  assert.equal(inferredYear(fig('count', 3, { iso: '--10' }), '2024-01-01'), null, 'only dates');
});

test('formatNumber and formatUnit', () => {
  assert.equal(formatNumber(1234567.123456), '1,234,567.1235');
  assert.equal(formatNumber(1e21, 'zh-Hant'), '1,000,000,000,000,000,000,000');
  assert.equal(formatUnit(null, 3), '');
  assert.equal(formatUnit('share', 1, 'en'), ' share');
  assert.equal(formatUnit('share', 0, 'en'), ' shares');
  assert.equal(formatUnit('share', 2, 'zh-Hant'), '股');
  assert.equal(formatUnit('m3', 2, 'zh-Hans'), '立方米');
  assert.equal(formatUnit('m3', 2, 'en'), ' m³');
  assert.equal(formatUnit('%', 2, 'en'), '%');
});

/** The canonical units of the engine: the UNIT_NAMES array of src/lexicon/units.rs, read as tests/cases/check_cases.py reads it. */
function engineUnits() {
  const dir = new URL('../../src/lexicon/', import.meta.url);
  for (const file of readdirSync(dir, { recursive: true }).filter((f) => f.endsWith('.rs'))) {
    const source = readFileSync(new URL(file, dir), 'utf8');
    const decl = /\b(?:static|const)\s+UNIT_NAMES\s*:[^=;]*=\s*&?\s*\[([^\]]*)\]/.exec(source);
    if (decl) return [...decl[1].replace(/\/\/[^\n]*/g, '').matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((m) => JSON.parse(`"${m[1].replace(/\\u\{([0-9a-fA-F]+)\}/g, (_, h) => String.fromCodePoint(parseInt(h, 16)))}"`));
  }
  throw new Error('no UNIT_NAMES in src/lexicon');
}

test('every unit the engine can write has a label in en, zh-Hant and zh-Hans', () => {
  const units = engineUnits();
  assert.ok(units.length > 100, `read ${units.length} units`);
  for (const unit of ['person', 'CNY', 'm2', 'year-old', 'person-time', '%', 'pp']) assert.ok(units.includes(unit), unit);
  const missing = [];
  for (const unit of new Set(units)) {
    const row = UNIT_LABELS[unit];
    if (!row) {
      missing.push(unit);
      continue;
    }
    const [one, many] = row.en;
    assert.ok(one && many, `${unit}: English`);
    for (const lang of ['zh-Hant', 'zh-Hans']) {
      assert.ok(row[lang]?.trim(), `${unit}: ${lang}`);
      // A Chinese label never spells an English word (symbols and codes like km², GB, °C are fine).
      assert.doesNotMatch(row[lang], /[a-z]{4,}/i, `${unit}: ${lang} label ${row[lang]}`);
    }
    // The labels of a unit read in each language, after the number.
    for (const lang of LABEL_LANGUAGES) {
      const shown = formatFigureValue(fig('measure', 2, { unit }), lang);
      assert.ok(shown.includes('2') && shown.includes(lang === 'en' ? many : row[lang].trim()), `${unit}, ${lang}: ${shown}`);
    }
  }
  assert.deepEqual(missing, [], 'units without labels');
  // Traditional labels use no Simplified-only characters and vice versa (a few tell-tale ones).
  for (const [unit, row] of Object.entries(UNIT_LABELS)) {
    assert.doesNotMatch(row['zh-Hant'], /[个时钟吨亩两币镑韩岁户级节纳码仑贝兹亿卢尔罗兰台]/u, `${unit}: zh-Hant ${row['zh-Hant']}`);
    assert.doesNotMatch(row['zh-Hans'], /[個時鐘噸畝兩幣鎊韓歲戶級節納碼侖貝茲億盧爾羅蘭]/u, `${unit}: zh-Hans ${row['zh-Hans']}`);
  }
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
  for (const file of ['www/article.js', 'www/values.js']) {
    const source = readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');
    assert.match(source, /import \{ formatFigureValue, inferredYear \} from '\.\.\/js\/format\.js';/, file);
  }
});
