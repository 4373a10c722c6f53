// The panel in the shadow root: its elements, and drawing one state of it
// (status, count, kind chips, rows). It holds no state: the element passes
// what to show and keeps the rest. Analysis text is only ever set as text.
import { formatFigureValue, formatNumber, inferredYear } from '../format.js';
import { FIGURE_KINDS, kindLabel } from '../kinds.js';
import { h } from './dom.js';
import { LABELS } from './labels.js';

/** The panel's elements: { panel, details, summary, title, count, body, warnings, filters, rows, more, status }. */
export function buildPanel() {
  const ui = {};
  ui.count = h('span', { class: 'count', part: 'count' });
  ui.title = h('span', { class: 'title' });
  ui.summary = h('summary', { part: 'header' }, ui.title, ui.count);
  ui.warnings = h('div', { class: 'warnings', part: 'warnings', hidden: true });
  ui.filters = h('div', { class: 'filters', role: 'group', part: 'filters', hidden: true });
  ui.rows = h('ol', { class: 'rows', part: 'rows' });
  ui.more = h('button', { class: 'more', type: 'button', part: 'more', hidden: true });
  ui.status = h('p', { class: 'status', role: 'status', part: 'status' });
  ui.body = h('div', { class: 'body' }, ui.warnings, ui.filters, ui.rows, ui.more, ui.status);
  ui.details = h('details', { open: true }, ui.summary, ui.body);
  // Its own direction: an rtl host would otherwise reorder values ("people 90,000–20,000 ≈").
  ui.panel = h('div', { class: 'panel', part: 'panel', dir: 'ltr' }, ui.details);
  return ui;
}

/**
 * Draw one state of the panel. `view`: { lang, rise ('red-up' | 'green-up'),
 * yearFrom (meta.date: the year of a year-less date), state (idle | waiting | loading
 * | ready | missing | error), error, missingId, figures (the analysis's),
 * allowed(kind), filter (a kind or null), expanded, max (0: no limit), linked
 * (rows are buttons that locate the figure), activeIndex, checks (the
 * analysis's checks when the `checks` attribute asks for its warnings, else null) }.
 * Returns the filter in force (null when its kind has no figure any more).
 */
export function drawPanel(ui, view) {
  const { lang } = view;
  const L = LABELS[lang];
  ui.panel.lang = lang;
  ui.panel.classList.toggle('zh', lang !== 'en');
  ui.panel.classList.toggle('red-up', view.rise === 'red-up');
  ui.title.textContent = L.title;
  ui.filters.setAttribute('aria-label', L.filter);
  ui.rows.setAttribute('aria-label', L.list);

  const status = (text, error = false) => {
    ui.status.hidden = !text;
    ui.status.textContent = text ?? '';
    ui.status.classList.toggle('error', error);
  };
  ui.warnings.hidden = true;
  if (view.state !== 'ready') {
    ui.count.hidden = true;
    ui.filters.hidden = true;
    ui.rows.replaceChildren();
    ui.rows.hidden = true;
    ui.more.hidden = true;
    if (view.state === 'missing') status(L.missing(view.missingId), true);
    else if (view.state === 'error') status(L.error(view.error?.message ?? String(view.error)), true);
    else if (view.state === 'waiting') status(L.waiting);
    else status(L.loading);
    return view.filter;
  }

  const all = view.figures;
  // The arithmetic that does not add up (the checks attribute): each check's
  // explanation, a button to its stated figure, and a mark on its figures' rows.
  const bad = (view.checks ?? []).filter((c) => !c.ok);
  const warned = new Set(bad.flatMap((c) => c.figures));
  ui.warnings.hidden = bad.length === 0;
  ui.warnings.replaceChildren(...(bad.length ? [
    h('p', { class: 'warn-title', text: `⚠ ${L.warnings}` }),
    h('ul', null, ...bad.map((c) => h('li', null, h('button', {
      class: 'warn', type: 'button', part: 'warning', 'data-index': String(c.figures[0]), title: L.locate,
    }, h('span', { dir: 'auto', text: c.explain }))))),
  ] : []));
  const shown = [];
  const counts = new Map();
  for (let i = 0; i < all.length; i++) {
    if (!view.allowed(all[i].kind)) continue;
    shown.push(i);
    counts.set(all[i].kind, (counts.get(all[i].kind) ?? 0) + 1);
  }
  const filter = view.filter && counts.has(view.filter) ? view.filter : null;
  ui.count.hidden = false;
  ui.count.textContent = formatNumber(shown.length, lang);

  // Filter chips, when there is more than one kind to choose from.
  ui.filters.hidden = counts.size < 2;
  if (counts.size >= 2) {
    const chip = (kind, label, n) => h('button', {
      class: 'chip', type: 'button', part: 'chip', 'data-kind': kind ?? '', 'aria-pressed': String(filter === kind),
    }, label, h('span', { class: 'n', text: formatNumber(n, lang) }));
    const chips = [chip(null, L.all, shown.length)];
    for (const kind of FIGURE_KINDS) if (counts.has(kind)) chips.push(chip(kind, kindLabel(kind, lang), counts.get(kind)));
    ui.filters.replaceChildren(...chips);
  } else {
    ui.filters.replaceChildren();
  }

  const listed = filter ? shown.filter((i) => all[i].kind === filter) : shown;
  const limit = view.max > 0 && !view.expanded ? view.max : Infinity;
  const items = [];
  for (const i of listed.slice(0, limit)) items.push(h('li', null, row(all[i], i, view, warned)));
  ui.rows.replaceChildren(...items);
  ui.rows.hidden = items.length === 0;
  ui.more.hidden = !(view.max > 0 && listed.length > view.max);
  ui.more.textContent = view.expanded ? L.showFewer : L.showAll(formatNumber(listed.length, lang));
  ui.more.setAttribute('aria-expanded', String(view.expanded));
  if (listed.length === 0) status(shown.length === 0 ? L.none : L.noneOfKind);
  else status(null);
  return filter;
}

function row(f, index, { lang, linked, activeIndex, yearFrom }, warned) {
  const L = LABELS[lang];
  const arrow = h('span', { class: `arrow${f.change ? ` ${f.change}` : ''}` });
  // The glyph for the eye, the word for screen readers.
  if (f.change) arrow.append(h('span', { 'aria-hidden': 'true', text: f.change === 'increase' ? '▲' : '▼' }), h('span', { class: 'vh', text: L[f.change] }));
  const shownValue = formatFigureValue(f, lang, { yearFrom });
  const value = h('span', { class: 'value', part: 'value', text: shownValue });
  // A year in brackets is inferred: say so to screen readers.
  if (inferredYear(f, yearFrom) !== null) value.append(h('span', { class: 'vh', text: L.inferred }));
  const kind = h('span', { class: 'kind', text: kindLabel(f.kind, lang) });
  if (warned.has(index)) value.append(h('span', { class: 'warned', 'aria-hidden': 'true', text: ' ⚠' }), h('span', { class: 'vh', text: L.warned }));
  const context = h('span', { class: 'context', part: 'context' });
  const extra = [f.metric, f.period].filter(Boolean).join(' · ');
  if (f.text !== shownValue) context.append(h('span', { class: 'surface', text: f.text }));
  if (extra) context.append(context.firstChild ? ` · ${extra}` : extra);
  const attrs = { class: 'row', part: 'row', 'data-index': String(index), 'data-kind': f.kind };
  if (!linked) return h('div', attrs, arrow, value, kind, context);
  return h('button', { ...attrs, type: 'button', title: L.locate, 'aria-pressed': String(activeIndex === index) }, arrow, value, kind, context);
}
