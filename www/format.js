// Pure helpers of the page: how sizes and times read, which blocks are the
// article's body, and the exports (TSV, CSV with BOM, JSON). No DOM here.
// Figure values and the kinds are the package's (js/format.js, js/kinds.js),
// as the widget shows them.
import { formatTable } from '../js/table.js';
import { FIGURE_KINDS } from '../js/kinds.js';
import { decodeBytes } from '../js/encoding.js';
import { formatNumber } from '../js/format.js';
import { register, t, uiLanguage } from './i18n.js';

/** Block kinds of the article's body (the API's `bodyOnly`: title, headings, paragraphs). */
export const BODY_KINDS = new Set(['title', 'heading', 'paragraph']);
/** Block kinds set aside from the reading view. */
export const ASIDE_KINDS = new Set(['keywords', 'related', 'ranking', 'boilerplate']);

/** The figure kinds in display order. */
export const KINDS = FIGURE_KINDS;

register({
  'lang.zh-Hant': { en: 'Traditional Chinese', 'zh-Hant': '繁體中文', 'zh-Hans': '繁体中文' },
  'lang.zh-Hans': { en: 'Simplified Chinese', 'zh-Hant': '簡體中文', 'zh-Hans': '简体中文' },
  'lang.en': { en: 'English', 'zh-Hant': '英文', 'zh-Hans': '英文' },
  'lang.und': { en: 'language not determined', 'zh-Hant': '語言未能確定', 'zh-Hans': '语言未能确定' },
  'change.increase': { en: 'up', 'zh-Hant': '上升', 'zh-Hans': '上升' },
  'change.decrease': { en: 'down', 'zh-Hant': '下降', 'zh-Hans': '下降' },
  'size.bytes': { en: '{n} bytes', 'zh-Hant': '{n} 位元組', 'zh-Hans': '{n} 字节' },
  'time.ms': { en: '{n} ms', 'zh-Hant': '{n} 毫秒', 'zh-Hans': '{n} 毫秒' },
  'time.s': { en: '{n} s', 'zh-Hant': '{n} 秒', 'zh-Hans': '{n} 秒' },
  'note.notUtf8': { en: 'not UTF-8: read as {x}', 'zh-Hant': '不是 UTF-8：以 {x} 讀取', 'zh-Hans': '不是 UTF-8：以 {x} 读取' },
  'note.declared': { en: 'read as {x}, as the page declares', 'zh-Hant': '依網頁宣告以 {x} 讀取', 'zh-Hans': '按网页声明以 {x} 读取' },
  'note.noBom': { en: 'no byte order mark: read as {x}', 'zh-Hant': '沒有位元組順序記號：以 {x} 讀取', 'zh-Hans': '没有字节顺序标记：以 {x} 读取' },
  'note.readAs': { en: 'read as {x}', 'zh-Hant': '以 {x} 讀取', 'zh-Hans': '以 {x} 读取' },
  'note.invalid': {
    en: '{x} bytes not valid UTF-8, read as U+FFFD (listed in cleaning.damaged)',
    'zh-Hant': '{x} 個位元組不是有效的 UTF-8，讀作 U+FFFD（列於 JSON 的編碼損壞清單）',
    'zh-Hans': '{x} 个字节不是有效的 UTF-8，读作 U+FFFD（列于 JSON 的编码损坏清单）',
  },
});

// The decoder's notes (js/encoding.js, the CLI's, in English) in the interface language.
const NOTES = [
  [/^not UTF-8: read as (.+)$/, 'note.notUtf8'], [/^read as (.+), as the page declares$/, 'note.declared'],
  [/^no byte order mark: read as (.+)$/, 'note.noBom'], [/^read as (.+)$/, 'note.readAs'], [/^(\d+) bytes? (?:is|are) not valid UTF-8/, 'note.invalid'],
];

/** A decoding note of decodeFile in the interface language (an unknown one as it is). */
export function noteText(note) {
  if (uiLanguage() === 'en') return note;
  for (const [re, key] of NOTES) {
    const m = re.exec(note);
    if (m) return t(key, { x: m[1] });
  }
  return note;
}

/** The name of an analysis's language (`analysis.language`) in the interface language. */
export function languageName(tag) {
  return ['zh-Hant', 'zh-Hans', 'en', 'und'].includes(tag) ? t(`lang.${tag}`) : tag;
}

/** A number as the interface language writes it ("12,900"). */
export function count(n) {
  return formatNumber(n, uiLanguage());
}

/** The number a figure sorts by: its value, else the low end, else null. */
export function sortValue(f) {
  if (f.value !== null && f.value !== undefined) return f.value;
  if (f.low !== undefined) return f.low;
  if (f.high !== undefined) return f.high;
  return null;
}

/** "▲ up", "▼ 下降": the arrow and the word, so colour is never the only signal. */
export function changeLabel(change) {
  if (change === 'increase') return `▲ ${t('change.increase')}`;
  if (change === 'decrease') return `▼ ${t('change.decrease')}`;
  return '';
}

/** "12.3 KB", "5.0 MB" (1 KB = 1024 bytes, as file managers mostly say). */
export function formatBytes(n) {
  if (n < 1024) return t('size.bytes', { n });
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}

/** "4.2 ms", "850 ms", "1.25 s". */
export function formatMs(ms) {
  if (ms < 10) return t('time.ms', { n: ms.toFixed(1) });
  if (ms < 1000) return t('time.ms', { n: Math.round(ms) });
  return t('time.s', { n: (ms / 1000).toFixed(2) });
}

/** The figures of `analysis` that `filter` keeps: { bodyOnly, kind } (kind '' = all). */
export function filterFigures(analysis, { bodyOnly, kind }) {
  const out = [];
  analysis.figures.forEach((f, index) => {
    if (bodyOnly && !BODY_KINDS.has(analysis.blocks[f.block]?.kind)) return;
    if (kind && f.kind !== kind) return;
    out.push(index);
  });
  return out;
}

const collator = new Intl.Collator(['zh-Hant', 'zh-Hans', 'en'], { numeric: true });

/** Compare two optional strings; absent values sort last in either direction. */
function byText(a, b, dir) {
  if (!a && !b) return 0;
  if (!a) return 1;
  if (!b) return -1;
  return dir * collator.compare(a, b);
}

/**
 * The group a figure's value is compared in: its kind and unit (and rate), so
 * a sort by value never puts dates, people and yuan on one scale.
 */
export function valueGroup(f) {
  return `${f.kind}|${f.unit ?? ''}|${f.per ?? ''}`;
}

/**
 * By value within kind and unit: the groups in the order of the kinds (then
 * their units), the values in each sorted `dir`-wise; dates by their ISO date.
 */
function byValue(a, b, d) {
  const k = KINDS.indexOf(a.kind) - KINDS.indexOf(b.kind);
  if (k) return k;
  const unit = byText(a.unit, b.unit, 1) || byText(a.per, b.per, 1);
  if (unit) return unit;
  if (a.kind === 'date' && (a.iso || b.iso)) return byText(a.iso, b.iso, d);
  const x = sortValue(a);
  const y = sortValue(b);
  if (x === null && y === null) return 0;
  if (x === null) return 1;
  if (y === null) return -1;
  return d * (x - y);
}

const CHANGE_ORDER = { increase: 0, decrease: 1 };

/** The table's columns: key, header, and how to sort. `sort(a, b, dir)` takes figures. */
export const COLUMNS = [
  { key: 'index', label: '#', numeric: true },
  { key: 'text', label: 'Text', sort: (a, b, d) => byText(a.text, b.text, d) },
  { key: 'value', label: 'Value', numeric: true, sort: byValue },
  { key: 'kind', label: 'Kind', sort: (a, b, d) => d * (KINDS.indexOf(a.kind) - KINDS.indexOf(b.kind)) },
  {
    key: 'change', label: 'Change',
    sort: (a, b, d) => {
      const x = CHANGE_ORDER[a.change];
      const y = CHANGE_ORDER[b.change];
      if (x === undefined && y === undefined) return 0;
      if (x === undefined) return 1;
      if (y === undefined) return -1;
      return d * (x - y);
    },
  },
  { key: 'approximate', label: 'Approx.', sort: (a, b, d) => d * (Number(b.approximate) - Number(a.approximate)) },
  { key: 'period', label: 'Period', sort: (a, b, d) => byText(a.period, b.period, d) },
  { key: 'metric', label: 'Metric', sort: (a, b, d) => byText(a.metric, b.metric, d) },
];

/**
 * Sort figure indices by a column. dir 1 = ascending, -1 = descending; ties
 * keep the order of appearance. Returns a new array.
 */
export function sortIndices(analysis, indices, key, dir) {
  if (key === 'index') return dir === 1 ? indices.slice() : indices.slice().reverse();
  const column = COLUMNS.find((c) => c.key === key);
  const figs = analysis.figures;
  return indices.slice().sort((i, j) => column.sort(figs[i], figs[j], dir) || i - j);
}

/** TSV of the shown figures (`indices`, in their order): the schema's columns, with the header line. */
export function toTsv(analysis, indices, id = null) {
  return formatTable(analysis, 'tsv', id, indices);
}

/** CSV of the shown figures: UTF-8 with a byte order mark, so Excel reads Chinese right. */
export function toCsv(analysis, indices, id = null) {
  return formatTable(analysis, 'csv', id, indices);
}

export function toJson(analysis) {
  return JSON.stringify(analysis, null, 2) + '\n';
}

/** UTF-8 length of a string without encoding it (the package's own). */
export { utf8Length } from '../js/wrapper.js';

/** A file name stem from a dropped file's name, or a fallback. */
export function exportStem(fileName) {
  if (!fileName) return 'figlens';
  const stem = fileName.replace(/\.[^.]*$/, '').replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '_').trim();
  return stem || 'figlens';
}

/**
 * Decode a dropped or opened file's bytes with the CLI's detection
 * (js/encoding.js): a BOM, UTF-16 by its shape, UTF-8, an HTML file's declared
 * charset, GBK or Big5; `note` says what it was read as when not UTF-8. Throws
 * an EncodingError with a message for a binary file or unreadable bytes.
 */
export function decodeFile(bytes, isHtml) {
  const { text, note } = decodeBytes(bytes, { html: isHtml });
  return { text, note };
}
