// The figures table's tools: a search over the rows (text, value, metric,
// period, unit), a column chooser (remembered in localStorage), and the
// headings of the kind-and-unit groups a sort by value makes.
import { formatFigureValue, formatUnit } from '../js/format.js';
import { kindLabel } from '../js/kinds.js';
import { h } from './dom.js';
import { COLUMNS } from './format.js';
import { columnName } from './figures-table.js';
import { onUiLanguage, register, t, uiLanguage } from './i18n.js';

register({
  'table.search': { en: 'Search', 'zh-Hant': '搜尋', 'zh-Hans': '搜索' },
  'table.searchHint': {
    en: 'Text, metric, period or unit',
    'zh-Hant': '文字、指標、時期或單位',
    'zh-Hans': '文字、指标、时期或单位',
  },
  'table.columns': { en: 'Columns', 'zh-Hant': '欄位', 'zh-Hans': '列' },
  'table.columnsHint': { en: 'Columns shown', 'zh-Hant': '顯示的欄位', 'zh-Hans': '显示的列' },
  'table.per': { en: 'per {unit}', 'zh-Hant': '每{unit}', 'zh-Hans': '每{unit}' },
});

const STORAGE_KEY = 'figlens.hiddenColumns';
/** Columns the reader may hide: all but the number and the figure's text. */
export const HIDEABLE = COLUMNS.map((c) => c.key).filter((k) => k !== 'index' && k !== 'text');

/** Does figure `f` match the search `query` (words, all of which must occur)? */
export function matchesQuery(f, query) {
  const words = query.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const lang = uiLanguage();
  const hay = [
    f.text, f.metric, f.period, f.unit, f.per, f.kind, kindLabel(f.kind, lang), formatFigureValue(f, lang),
    f.unit ? formatUnit(f.unit, 2, lang) : null,
  ].filter(Boolean).join('\n').toLocaleLowerCase();
  return words.every((w) => hay.includes(w));
}

/** The heading of a figure's value group (a sort by value): "Money · CNY", "Count · people", "Date". */
export function groupLabel(f) {
  const lang = uiLanguage();
  const unit = f.unit ? ` · ${formatUnit(f.unit, 2, lang).trim()}` : '';
  const per = f.per ? ` ${t('table.per', { unit: formatUnit(f.per, 1, lang).trim() })}` : '';
  return `${kindLabel(f.kind, lang)}${unit}${per}`;
}

function storedHidden() {
  try {
    const v = JSON.parse(globalThis.localStorage?.getItem(STORAGE_KEY) ?? '[]');
    return new Set(Array.isArray(v) ? v.filter((k) => HIDEABLE.includes(k)) : []);
  } catch {
    return new Set(); // storage blocked, or not ours
  }
}

/**
 * Add the search box and the column chooser to `toolbar`; `table` gets a
 * hide-<key> class per hidden column (style.css hides its cells).
 * `onSearch(query)` is called as the reader types.
 */
export function buildTableTools(toolbar, table, { onSearch }) {
  const search = h('input', {
    type: 'search', id: 'table-search', placeholder: t('table.searchHint'), autocomplete: 'off', spellcheck: 'false',
  });
  const hidden = storedHidden();
  const apply = () => {
    for (const key of HIDEABLE) table.classList.toggle(`hide-${key}`, hidden.has(key));
  };
  const boxes = HIDEABLE.map((key) => {
    const id = `column-${key}`;
    return h('label', { class: 'check', for: id }, h('input', { type: 'checkbox', id, value: key, checked: !hidden.has(key) }),
      h('span', { class: 'column-name', 'data-key': key }, columnName(key)));
  });
  const chooser = h('details', { class: 'column-chooser', id: 'column-chooser' },
    h('summary', null, t('table.columns')),
    h('fieldset', null, h('legend', { class: 'visually-hidden' }, t('table.columnsHint')), ...boxes));
  chooser.addEventListener('change', (e) => {
    const box = e.target;
    if (box.checked) hidden.delete(box.value);
    else hidden.add(box.value);
    apply();
    try {
      globalThis.localStorage?.setItem(STORAGE_KEY, JSON.stringify([...hidden]));
    } catch {
      // The choice then lasts for this visit only.
    }
  });
  let timer = 0;
  search.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => onSearch(search.value), 120);
  });
  search.addEventListener('keydown', (e) => {
    if (e.key === 'Enter') {
      clearTimeout(timer);
      onSearch(search.value);
    }
  });
  const searchLabel = h('label', { for: 'table-search' }, t('table.search'));
  const searchBox = h('span', { class: 'table-search' }, searchLabel, search);
  toolbar.querySelector('#row-count').before(searchBox, chooser);
  apply();
  onUiLanguage(() => {
    searchLabel.textContent = t('table.search');
    search.placeholder = t('table.searchHint');
    chooser.querySelector('summary').textContent = t('table.columns');
    chooser.querySelector('legend').textContent = t('table.columnsHint');
    for (const name of chooser.querySelectorAll('.column-name')) name.textContent = columnName(name.dataset.key);
  });
  return { search, chooser };
}
