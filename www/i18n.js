// The page's interface language: English, 繁體中文 or 简体中文. It follows the
// browser until the reader picks one, and remembers that pick. Every word the
// page shows comes from a string table registered here, one row per key:
//
//   register({ paste: { en: 'Paste an article', 'zh-Hant': '貼上文章', 'zh-Hans': '粘贴文章' } });
//   t('paste')                        → the row in the current language
//   t('rows', { n: 3 })               → '{n}' in the row replaced by 3
//
// A module registers its own table next to the code that uses it, so the
// words of a feature live with the feature. No DOM here beyond localStorage.

export const UI_LANGUAGES = ['en', 'zh-Hant', 'zh-Hans'];
const STORAGE_KEY = 'figlens.uiLanguage';

const rows = new Map();
const listeners = new Set();
let current = null;

/** Adds a table of rows ({ key: { en, 'zh-Hant', 'zh-Hans' } }); a key may be registered once. */
export function register(table) {
  for (const [key, row] of Object.entries(table)) {
    if (rows.has(key)) throw new Error(`figlens i18n: key "${key}" registered twice`);
    for (const lang of UI_LANGUAGES) {
      if (typeof row[lang] !== 'string') throw new Error(`figlens i18n: key "${key}" lacks ${lang}`);
    }
    rows.set(key, row);
  }
}

/** The row for `key` in the interface language, with `{name}` placeholders filled from `vars`. */
export function t(key, vars) {
  const row = rows.get(key);
  if (!row) throw new Error(`figlens i18n: no string "${key}"`);
  const text = row[uiLanguage()];
  if (!vars) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name) => (name in vars ? String(vars[name]) : whole));
}

/** Every registered key (for tests that check each one renders in all three languages). */
export function keys() {
  return [...rows.keys()];
}

/** The interface language a browser's language list asks for: Taiwan, Hong Kong, Macau and
 * zh-Hant tags read Traditional; other Chinese tags Simplified; anything else English. */
export function browserLanguage(tags) {
  for (const tag of tags || []) {
    const lower = String(tag).toLowerCase();
    if (lower.startsWith('en')) return 'en';
    if (!lower.startsWith('zh')) continue;
    if (/hant|-(tw|hk|mo)\b/.test(lower)) return 'zh-Hant';
    return 'zh-Hans';
  }
  return 'en';
}

function stored() {
  try {
    const lang = globalThis.localStorage?.getItem(STORAGE_KEY);
    return UI_LANGUAGES.includes(lang) ? lang : null;
  } catch {
    return null; // storage blocked (privacy settings, sandboxed frames)
  }
}

/** The current interface language: the reader's stored pick, else the browser's. */
export function uiLanguage() {
  if (current === null) {
    const nav = globalThis.navigator;
    current = stored() || browserLanguage(nav ? nav.languages || [nav.language] : []);
  }
  return current;
}

/** Sets and remembers the interface language, then tells every listener. */
export function setUiLanguage(lang) {
  if (!UI_LANGUAGES.includes(lang)) throw new Error(`figlens i18n: unknown language "${lang}"`);
  current = lang;
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, lang);
  } catch {
    // The pick then lasts for this visit only.
  }
  for (const fn of listeners) fn(lang);
}

/** Calls `fn(lang)` after each change of language; returns a function that stops it. */
export function onUiLanguage(fn) {
  listeners.add(fn);
  return () => listeners.delete(fn);
}
