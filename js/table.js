// Figures as table rows: the columns of the CLI's `--format csv|tsv` and of the
// page's CSV export (schema.md, "The CLI"). Plain ES module for Node and browsers.

/** The columns, in order: those of v1, then the v1.1 additions. */
export const COLUMNS = [
  'id', 'text', 'value', 'low', 'high', 'unit', 'per', 'kind', 'change',
  'approximate', 'period', 'metric', 'block_kind', 'start', 'end',
  'qualifier', 'iso', 'sentence_text',
];

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

/** One row (an array of cells in COLUMNS order) per figure of `analysis`. */
export function figureRows(analysis, id = null) {
  return analysis.figures.map((f) => [
    id, f.text, f.value, f.low, f.high, f.unit, f.per, f.kind, f.change,
    f.approximate, f.period, f.metric, analysis.blocks[f.block]?.kind, f.start, f.end,
    f.qualifier, f.iso, sentenceText(analysis, f),
  ]);
}

function cell(v) {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return JSON.stringify(v);
}

/**
 * One line of CSV (RFC 4180 quoting: fields with a comma, quote or line break
 * are quoted, quotes doubled) or TSV (tabs and line breaks in a field become
 * spaces). Ends with "\n".
 */
export function formatRow(cells, format) {
  if (format === 'tsv') return cells.map((c) => cell(c).replace(/[\t\r\n]+/g, ' ')).join('\t') + '\n';
  if (format === 'csv') {
    return cells.map((c) => {
      const s = cell(c);
      return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
    }).join(',') + '\n';
  }
  throw new Error(`unknown table format ${format}`);
}

/** A whole table: the header line, then one line per figure. */
export function formatTable(analysis, format, id = null) {
  return formatRow(COLUMNS, format) + figureRows(analysis, id).map((r) => formatRow(r, format)).join('');
}
