// The figures table: one row per figure, sortable by any column (buttons in
// the headers, aria-sort on the sorted one), with each figure's sentence on
// demand in a row of its own below it.
import { el, h } from './dom.js';
import { kindLabel } from '../js/kinds.js';
import { COLUMNS, changeLabel, count } from './format.js';
import { register, t, uiLanguage } from './i18n.js';
import { valueNodes } from './values.js';
import { checkBadge } from './checks-panel.js';

register({
  'col.index': { en: '#', 'zh-Hant': '#', 'zh-Hans': '#' },
  'col.text': { en: 'Text', 'zh-Hant': '原文', 'zh-Hans': '原文' },
  'col.value': { en: 'Value', 'zh-Hant': '數值', 'zh-Hans': '数值' },
  'col.kind': { en: 'Kind', 'zh-Hant': '類別', 'zh-Hans': '类别' },
  'col.change': { en: 'Change', 'zh-Hant': '升跌', 'zh-Hans': '涨跌' },
  'col.approximate': { en: 'Approx.', 'zh-Hant': '約數', 'zh-Hans': '约数' },
  'col.period': { en: 'Period', 'zh-Hant': '時期', 'zh-Hans': '时期' },
  'col.metric': { en: 'Metric', 'zh-Hant': '指標', 'zh-Hans': '指标' },
  'row.show': { en: 'Show in the article', 'zh-Hant': '在文中顯示', 'zh-Hans': '在文中显示' },
  'row.unmarked': { en: 'Not marked in the article: shows its block', 'zh-Hant': '文中未標示：顯示其所在區塊', 'zh-Hans': '文中未标注：显示其所在区块' },
  'row.hideSentence': { en: 'Hide the sentence', 'zh-Hant': '收起句子', 'zh-Hans': '收起句子' },
  'row.showSentence': { en: 'Show the sentence', 'zh-Hant': '顯示句子', 'zh-Hans': '显示句子' },
  'row.sentenceOf': { en: 'Sentence of {text}', 'zh-Hant': '「{text}」所在的句子', 'zh-Hans': '“{text}”所在的句子' },
  'row.approximate': { en: 'approximate', 'zh-Hant': '約數', 'zh-Hans': '约数' },
  'row.noMatch': { en: 'No figures match the filter.', 'zh-Hant': '沒有符合篩選條件的數字。', 'zh-Hans': '没有符合筛选条件的数字。' },
  'row.none': { en: 'No figures.', 'zh-Hant': '沒有數字。', 'zh-Hans': '没有数字。' },
  'row.showing': {
    en: 'Showing {shown} of {total} rows (the exports have them all). ',
    'zh-Hant': '顯示 {total} 列中的 {shown} 列（匯出檔包含全部）。',
    'zh-Hans': '显示 {total} 行中的 {shown} 行（导出文件包含全部）。',
  },
  'row.more': { en: 'Show {n} more', 'zh-Hant': '再顯示 {n} 列', 'zh-Hans': '再显示 {n} 行' },
});

export const COLUMN_COUNT = COLUMNS.length;

/** A column's header in the interface language. */
export function columnName(key) {
  return t(`col.${key}`);
}

/** Put the column names of the interface language into the header's buttons. */
export function labelHeader(thead) {
  for (const label of thead.querySelectorAll('th[data-key] .label')) label.textContent = columnName(label.closest('th').dataset.key);
}

/** Build the header row once; `onSort(key)` is called when a header is activated. */
export function buildHeader(thead, onSort) {
  const row = el('tr');
  for (const c of COLUMNS) {
    const th = h('th', { scope: 'col', class: c.numeric ? 'num' : null, 'data-key': c.key },
      h('button', { type: 'button', class: 'sort', 'data-key': c.key },
        h('span', { class: 'label' }, columnName(c.key)), h('span', { class: 'sort-icon', 'aria-hidden': 'true' })));
    row.append(th);
  }
  thead.replaceChildren(row);
  thead.addEventListener('click', (e) => {
    const b = e.target.closest('button.sort');
    if (b) onSort(b.dataset.key);
  });
}

/** Show the sort state: aria-sort on the sorted column only, an arrow in its button. */
export function showSort(thead, { key, dir }) {
  for (const th of thead.querySelectorAll('th[data-key]')) {
    const icon = th.querySelector('.sort-icon');
    if (th.dataset.key === key) {
      th.setAttribute('aria-sort', dir === 1 ? 'ascending' : 'descending');
      icon.textContent = dir === 1 ? ' ▲' : ' ▼';
    } else {
      th.removeAttribute('aria-sort');
      icon.textContent = '';
    }
  }
}

/**
 * Render the rows. ctx: { analysis, indices (in display order), expanded (Set
 * of figure indices), marked (Set: figures marked in the article), limit,
 * sentence(f) → { text, at, len }, from, asWritten (values as the article
 * writes them), yearFrom (meta.date: the year of a year-less date), group (f →
 * a heading: a row heads each run of figures with the same one; null: none),
 * details (f → [label, value] pairs, shown with the sentence on a narrow
 * screen), checkMark (i → the figure's part in the article's arithmetic, or
 * undefined) }. With `from` > 0 the rows from there on are added to those drawn
 * (a large table is drawn in parts).
 */
export function renderRows(tbody, ctx) {
  const { analysis, indices, expanded, marked, limit, from = 0 } = ctx;
  const lang = uiLanguage();
  const rows = [];
  const shown = Math.min(indices.length, limit);
  for (let k = from; k < shown; k++) {
    const i = indices[k];
    const f = analysis.figures[i];
    if (ctx.group) {
      const heading = ctx.group(f);
      if (k === 0 || heading !== ctx.group(analysis.figures[indices[k - 1]])) {
        rows.push(h('tr', { class: 'group' }, h('th', { scope: 'rowgroup', colspan: COLUMN_COUNT }, heading)));
      }
    }
    // ▲/▼ and the word: colour is never the only signal.
    const change = f.change ? h('span', { class: f.change === 'increase' ? 'up' : 'down' }, changeLabel(f.change)) : '';
    const open = expanded.has(i);
    const textButton = h('button', {
      type: 'button', class: 'fig-link', 'data-show': i,
      title: t(marked.has(i) ? 'row.show' : 'row.unmarked'),
    }, f.text);
    // The first cell: the sentence toggle (a disclosure) and the figure's number.
    const toggle = h('button', {
      type: 'button', class: 'sentence-toggle', 'data-sentence': i,
      'aria-expanded': open ? 'true' : 'false', 'aria-controls': open ? `sentence-${i}` : null,
      title: t(open ? 'row.hideSentence' : 'row.showSentence'),
    }, h('span', { class: 'disclosure', 'aria-hidden': 'true' }, open ? '▾' : '▸'),
    h('span', { class: 'visually-hidden' }, t('row.sentenceOf', { text: f.text })));
    const value = ctx.asWritten ? [f.text] : valueNodes(f, ctx.yearFrom);
    const row = h('tr', { 'data-fig': i, class: open ? 'open' : null },
      h('td', { class: 'num index' }, toggle, String(i + 1)),
      h('th', { scope: 'row', class: 'text' }, textButton, ...(ctx.checkMark?.(i) ? [' ', checkBadge(ctx.checkMark(i))] : [])),
      h('td', { class: 'num value' }, ...value),
      h('td', { class: 'kind' }, h('span', { class: `swatch k-${f.kind}`, 'aria-hidden': 'true' }), kindLabel(f.kind, lang)),
      h('td', { class: 'change' }, change),
      h('td', { class: 'approx' }, f.approximate ? h('span', { title: t('row.approximate') }, '≈', h('span', { class: 'visually-hidden' }, ` ${t('row.approximate')}`)) : ''),
      h('td', { class: 'period', 'data-label': columnName('period') }, f.period ?? ''),
      h('td', { class: 'metric', 'data-label': columnName('metric') }, f.metric ?? ''));
    rows.push(row);
    if (open) {
      const s = ctx.sentence(f);
      const cell = h('td', { colspan: COLUMN_COUNT });
      if (s.at >= 0) {
        cell.append(s.text.slice(0, s.at), el('mark', `hit k-${f.kind}`, s.text.slice(s.at, s.at + s.len)), s.text.slice(s.at + s.len));
      } else {
        cell.append(s.text);
      }
      if (ctx.details) {
        const dl = el('dl', 'fig-details');
        for (const [k2, v] of ctx.details(f)) dl.append(h('div', null, el('dt', null, k2), el('dd', null, v)));
        cell.append(dl);
      }
      rows.push(h('tr', { class: 'sentence-row', id: `sentence-${i}` }, cell));
    }
  }
  if (indices.length === 0) {
    rows.push(h('tr', { class: 'empty' }, h('td', { colspan: COLUMN_COUNT },
      t(analysis.figures.length ? 'row.noMatch' : 'row.none'))));
  } else if (shown < indices.length) {
    rows.push(h('tr', { class: 'more' }, h('td', { colspan: COLUMN_COUNT },
      t('row.showing', { shown: count(shown), total: count(indices.length) }),
      h('button', { type: 'button', class: 'show-more', 'data-more': 'table' }, t('row.more', { n: count(Math.min(1000, indices.length - shown)) })))));
  }
  if (from > 0) {
    tbody.querySelector('tr.more')?.remove();
    tbody.append(...rows);
  } else {
    tbody.replaceChildren(...rows);
  }
}
