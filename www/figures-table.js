// The figures table: one row per figure, sortable by any column (buttons in
// the headers, aria-sort on the sorted one), with each figure's sentence on
// demand in a row of its own below it.
import { el, h } from './dom.js';
import { formatFigureValue } from '../js/format.js';
import { COLUMNS, changeLabel } from './format.js';

export const COLUMN_COUNT = COLUMNS.length;

const label = (key) => COLUMNS.find((c) => c.key === key).label;

/** Build the header row once; `onSort(key)` is called when a header is activated. */
export function buildHeader(thead, onSort) {
  const row = el('tr');
  for (const c of COLUMNS) {
    const th = h('th', { scope: 'col', class: c.numeric ? 'num' : null, 'data-key': c.key },
      h('button', { type: 'button', class: 'sort', 'data-key': c.key },
        c.label, h('span', { class: 'sort-icon', 'aria-hidden': 'true' })));
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
 * sentence(f) → { text, at, len }, from, group (f → a heading: a row heads
 * each run of figures with the same one; null: none), details (f → [label,
 * value] pairs, shown with the sentence on a narrow screen) }. With `from` > 0
 * the rows from there on are added to those drawn (a large table is drawn in parts).
 */
export function renderRows(tbody, ctx) {
  const { analysis, indices, expanded, marked, limit, from = 0 } = ctx;
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
    // ▲/▼ with the word for screen readers (and on hover).
    const change = f.change
      ? h('span', { class: f.change === 'increase' ? 'up' : 'down', title: f.change },
        changeLabel(f.change).slice(0, 1), h('span', { class: 'visually-hidden' }, ` ${f.change}`))
      : '';
    const open = expanded.has(i);
    const textButton = h('button', {
      type: 'button', class: 'fig-link', 'data-show': i,
      title: marked.has(i) ? 'Show in the article' : 'Not marked in the article: shows its block',
    }, f.text);
    // The first cell: the sentence toggle (a disclosure) and the figure's number.
    const toggle = h('button', {
      type: 'button', class: 'sentence-toggle', 'data-sentence': i,
      'aria-expanded': open ? 'true' : 'false', 'aria-controls': open ? `sentence-${i}` : null,
      title: open ? 'Hide the sentence' : 'Show the sentence',
    }, h('span', { class: 'disclosure', 'aria-hidden': 'true' }, open ? '▾' : '▸'),
    h('span', { class: 'visually-hidden' }, `Sentence of ${f.text}`));
    const row = h('tr', { 'data-fig': i, class: open ? 'open' : null },
      h('td', { class: 'num index' }, toggle, String(i + 1)),
      h('th', { scope: 'row', class: 'text' }, textButton),
      h('td', { class: 'num value' }, formatFigureValue(f)),
      h('td', { class: 'kind' }, h('span', { class: `swatch k-${f.kind}`, 'aria-hidden': 'true' }), f.kind),
      h('td', { class: 'change' }, change),
      h('td', { class: 'approx' }, f.approximate ? h('span', { title: 'approximate' }, '≈', h('span', { class: 'visually-hidden' }, ' approximate')) : ''),
      h('td', { class: 'period', 'data-label': label('period') }, f.period ?? ''),
      h('td', { class: 'metric', 'data-label': label('metric') }, f.metric ?? ''));
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
      analysis.figures.length ? 'No figures match the filter.' : 'No figures.')));
  } else if (shown < indices.length) {
    rows.push(h('tr', { class: 'more' }, h('td', { colspan: COLUMN_COUNT },
      `Showing ${shown.toLocaleString('en-US')} of ${indices.length.toLocaleString('en-US')} rows (the exports have them all). `,
      h('button', { type: 'button', class: 'show-more', 'data-more': 'table' }, `Show ${Math.min(1000, indices.length - shown).toLocaleString('en-US')} more`))));
  }
  if (from > 0) {
    tbody.querySelector('tr.more')?.remove();
    tbody.append(...rows);
  } else {
    tbody.replaceChildren(...rows);
  }
}
