// Figures as table rows: the columns of the CLI's `--format csv|tsv` and of the
// page's CSV/TSV exports, and the one escape that keeps their text cells text
// in a spreadsheet (schema.md, "CSV and TSV"). Plain ES module for Node and browsers.

/** The columns, in order: those of v1, then the v1.1 additions. */
export const COLUMNS = [
  'id', 'text', 'value', 'low', 'high', 'unit', 'per', 'kind', 'change',
  'approximate', 'period', 'metric', 'block_kind', 'start', 'end',
  'qualifier', 'iso', 'sentence_text',
];

/** v1.1: the columns of `--checks` (one row per check of the article's arithmetic). */
export const CHECK_COLUMNS = ['id', 'kind', 'ok', 'stated', 'computed', 'figures', 'explain'];

/** A UTF-8 byte order mark: Excel reads a CSV as UTF-8 only with it. */
export const BOM = '\uFEFF';

/**
 * The cleaned text of the figure's sentence, so a row reads alone. Sentence
 * spans are in the original input; where cleaning kept the block's length
 * (almost always in plain text) they slice the block's cleaned text, else
 * the whole block's text stands in. Figures outside a sentence: the block's text.
 */
function sentenceText(analysis, f) {
  const b = analysis.blocks[f.block];
  if (!b) return null;
  const s = f.sentence == null ? undefined : b.sentences?.[f.sentence];
  if (!s || b.text.length !== b.end - b.start) return b.text;
  return b.text.slice(s.start - b.start, s.end - b.start);
}

/**
 * One row (an array of cells in COLUMNS order) per figure of `analysis`, or
 * per figure of `indices` (positions in `analysis.figures`, in that order).
 * The id cell is `id`, or, when there is none (a paste, standard input), the
 * figure's number: its position in the analysis from 1, as the page's # column.
 */
export function figureRows(analysis, id = null, indices = null) {
  const which = indices ?? analysis.figures.map((_, i) => i);
  return which.map((i) => {
    const f = analysis.figures[i];
    return [
      id ?? i + 1, f.text, f.value, f.low, f.high, f.unit, f.per, f.kind, f.change,
      f.approximate, f.period, f.metric, analysis.blocks[f.block]?.kind, f.start, f.end,
      f.qualifier, f.iso, sentenceText(analysis, f),
    ];
  });
}

/**
 * One row (cells in CHECK_COLUMNS order) per check of `analysis`. The id cell
 * is `id`, or, with none, the check's number from 1. `figures` lists the
 * figure numbers (from 1, as the figures table's id column and the page's #),
 * the stated result first, separated by spaces.
 */
export function checkRows(analysis, id = null) {
  return (analysis.checks ?? []).map((c, i) => [
    id ?? i + 1, c.kind, c.ok, c.stated, c.computed, c.figures.map((k) => k + 1).join(' '), c.explain,
  ]);
}

// English month names and abbreviations, as whole words: with a digit beside
// them ("May 2024", "3-Jan") spreadsheets read a date.
const MONTHS = /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|am|pm)\b/giu;
// What is left of a number, date, time, fraction, percentage or amount once
// month words and the CJK date characters are set aside.
// Full-width digits and signs count too: spreadsheets in CJK locales read `１２％`.
const VALUE_LIKE = /^[\s\d.,:/%()+\-$€£¥￥₩₹eE０-９．，：／％（）＋－年月日時时分秒号號]*$/u;

/**
 * Whether a spreadsheet opening this text could take it for something else:
 * a formula (or an injected one: = + - @, a tab or CR first), a number, date,
 * time, fraction, percentage or truth value (`1/3`, `1:2`, `5%`, `2021-05`,
 * `2024年5月`, `May 2024`, `TRUE`), or text that starts with the escape itself.
 */
export function needsEscape(s) {
  if (s === '') return false;
  if (/^[=+\-@'\t\r\n]/.test(s)) return true;
  const t = s.trim();
  if (/^[=+\-@'＝＋－＠]/.test(t)) return true;
  if (/^(?:true|false)$/i.test(t)) return true;
  return /[\d０-９]/u.test(t) && VALUE_LIKE.test(t.replace(MONTHS, ' '));
}

/** A text cell as written: with one `'` in front when a spreadsheet could misread it (schema.md). */
export function escapeText(s) {
  return needsEscape(s) ? `'${s}` : s;
}

/** The text of an escaped cell: one leading `'` dropped. */
export function unescapeText(s) {
  return s.startsWith("'") ? s.slice(1) : s;
}

/** A number in plain decimal notation, never an exponent (spreadsheets read `1e+21` as text or differently). */
export function plainNumber(n) {
  const s = String(n);
  const m = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(s);
  if (!m) return s;
  const [, sign, lead, frac = '', exp] = m;
  const digits = lead + frac;
  const point = 1 + Number(exp); // position of the decimal point within `digits`
  if (point >= digits.length) return sign + digits + '0'.repeat(point - digits.length);
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

/** One cell's text: numbers plain, booleans true/false, absent values empty, text escaped. */
function cell(v) {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return Number.isFinite(v) ? plainNumber(v) : '';
  if (typeof v === 'boolean') return String(v);
  return escapeText(typeof v === 'string' ? v : JSON.stringify(v));
}

/**
 * One line of CSV (RFC 4180 quoting: fields with a comma, quote or line break
 * are quoted, quotes doubled) or TSV (tabs and line breaks in a field become
 * spaces). Ends with "\n".
 */
export function formatRow(cells, format) {
  if (format === 'tsv') return cells.map((c) => cell(typeof c === 'string' ? c.replace(/[\t\r\n]+/g, ' ') : c)).join('\t') + '\n';
  if (format === 'csv') {
    return cells.map((c) => {
      const s = cell(c);
      return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
    }).join(',') + '\n';
  }
  throw new Error(`unknown table format ${format}`);
}

/** The start of a table: for CSV the BOM, then the header line (of `columns`: the figures' by default). */
export function formatHeader(format, columns = COLUMNS) {
  return (format === 'csv' ? BOM : '') + formatRow(columns, format);
}

/** A whole table: the header, then one line per figure (of `indices`, when given). */
export function formatTable(analysis, format, id = null, indices = null) {
  return formatHeader(format) + figureRows(analysis, id, indices).map((r) => formatRow(r, format)).join('');
}
