// Rise and fall colours for the page and the widget: readers of mainland and
// Taiwanese Chinese text expect red up, green down; readers of English and of
// Hong Kong text green up, red down. ▲/▼ and a word always go with the colour.

/** 'red-up' (red ▲, green ▼) or 'green-up'. */
export const RISE_CONVENTIONS = ['red-up', 'green-up'];

/**
 * The convention for an article ({ language, currency: meta.currency (HKD:
 * Hong Kong), fallback: a language for an undetermined article }); a valid
 * `override` (the reader's pick) wins.
 */
export function riseConvention({ language, currency, fallback } = {}, override) {
  if (RISE_CONVENTIONS.includes(override)) return override;
  if (currency === 'HKD') return 'green-up';
  const lang = language && language !== 'und' ? language : fallback;
  return /^zh\b/i.test(lang ?? '') ? 'red-up' : 'green-up';
}
