// Which colour a rise takes, for the page and the widget alike. Readers of
// mainland and Taiwanese Chinese text expect red for up and green for down
// (as their stock tickers show); readers of English and of Hong Kong text
// expect green up, red down. Colour is never the only signal: ▲/▼ and a word
// go with it.

/** The two conventions: 'red-up' (red ▲, green ▼) and 'green-up' (green ▲, red ▼). */
export const RISE_CONVENTIONS = ['red-up', 'green-up'];

/**
 * The convention for an article: `language` is the analysis's ("zh-Hans",
 * "zh-Hant", "en", "und"), `currency` its meta.currency (HKD: a Hong Kong
 * article, green up), `fallback` a language to go by when the article's is
 * undetermined. `override` ('red-up' or 'green-up'; anything else is ignored)
 * is the reader's own pick and wins.
 */
export function riseConvention({ language, currency, fallback } = {}, override) {
  if (RISE_CONVENTIONS.includes(override)) return override;
  if (currency === 'HKD') return 'green-up';
  const lang = language && language !== 'und' ? language : fallback;
  return typeof lang === 'string' && /^zh\b/i.test(lang) ? 'red-up' : 'green-up';
}
