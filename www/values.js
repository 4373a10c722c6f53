// A figure's value in the page: the shared formatter's text (js/format.js),
// and for a date whose year comes from the article's date, a note for screen
// readers (the year itself is shown in brackets).
import { h } from './dom.js';
import { inferredYear } from '../js/format.js';
import { register, t } from './i18n.js';

register({
  'value.inferred': { en: ' (year inferred from the article’s date)', 'zh-Hant': '（年份由文章日期推斷）', 'zh-Hans': '（年份由文章日期推断）' },
});

/** The hidden note that a date's year is inferred, or null. */
export function inferredNote(f, articleDate) {
  if (inferredYear(f, articleDate) === null) return null;
  return h('span', { class: 'visually-hidden' }, t('value.inferred'));
}
