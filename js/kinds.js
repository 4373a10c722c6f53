// The figure kinds in the order the page and the widget list them, and their
// labels in each label language. The kinds are the result's (docs/schema.md).

/** Every figure kind, in display order. */
export const FIGURE_KINDS = ['money', 'percent', 'count', 'measure', 'ratio', 'multiple', 'date', 'duration', 'rank', 'identifier', 'number'];

/** The languages labels and values are written in. */
export const LABEL_LANGUAGES = ['en', 'zh-Hant', 'zh-Hans'];

export const KIND_LABELS = {
  en: {
    money: 'Money', percent: 'Percent', count: 'Count', measure: 'Measure', ratio: 'Ratio', multiple: 'Multiple',
    date: 'Date', duration: 'Duration', rank: 'Rank', identifier: 'Identifier', number: 'Number',
  },
  'zh-Hant': {
    money: '金額', percent: '百分比', count: '數量', measure: '計量', ratio: '比例', multiple: '倍數',
    date: '日期', duration: '時長', rank: '排名', identifier: '編號', number: '數字',
  },
  'zh-Hans': {
    money: '金额', percent: '百分比', count: '数量', measure: '计量', ratio: '比例', multiple: '倍数',
    date: '日期', duration: '时长', rank: '排名', identifier: '编号', number: '数字',
  },
};

/** A kind's label ("Money", "金額"); an unknown kind as it is. */
export function kindLabel(kind, lang) {
  return (KIND_LABELS[lang] ?? KIND_LABELS.en)[kind] ?? kind;
}

/** The label language a BCP 47 tag (`lang` attribute, analysis.language) asks for, or null. */
export function labelLanguage(value) {
  if (!value) return null;
  const v = value.toLowerCase();
  if (v === 'en' || v.startsWith('en-')) return 'en';
  if (/^zh-(hant|tw|hk|mo)\b/.test(v)) return 'zh-Hant';
  if (v === 'zh' || /^zh-(hans|cn|sg|my)\b/.test(v)) return 'zh-Hans';
  return null;
}
