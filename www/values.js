// A figure's value in the page: the shared formatter's text (js/format.js),
// with a year the article's date gave a year-less date marked as inferred:
// bracketed, dotted underline and a title for the eye, a note for screen readers.
import { h } from './dom.js';
import { formatFigureValue, inferredYear } from '../js/format.js';
import { register, t, uiLanguage } from './i18n.js';

register({
  'value.inferred': { en: ' (year inferred from the article’s date)', 'zh-Hant': '（年份由文章日期推斷）', 'zh-Hans': '（年份由文章日期推断）' },
});

/** The value's nodes in the interface language; `articleDate` is the analysis's meta.date. */
export function valueNodes(f, articleDate) {
  const text = formatFigureValue(f, uiLanguage(), { yearFrom: articleDate });
  if (inferredYear(f, articleDate) === null) return [text];
  const m = /\[[^\]]+\]/.exec(text);
  const note = t('value.inferred');
  const hidden = h('span', { class: 'visually-hidden' }, note);
  if (!m) return [text, hidden];
  const year = h('span', { class: 'inferred', title: note.trim().replace(/^[(（]|[)）]$/g, '') }, m[0]);
  return [text.slice(0, m.index), year, text.slice(m.index + m[0].length), hidden];
}
