// How a figure's value reads, for the page and the widget alike: thousands
// separators, ranges, stated bounds, units in words or symbols, rates, and
// dates as people write them (docs/schema.md: never as ISO codes). No DOM.
//
//   formatFigureValue({ kind: 'count', value: 12900, unit: 'person', … }, 'en')  → "12,900 people"
//   … 'zh-Hant' → "12,900人";  a money figure → "72,991,000,000 CNY" in every language.

// Unit words: [singular, plural] in English, one word in Chinese (written
// right after the number). Units not here are codes or symbols (CNY, t, km²).
const UNIT_WORDS = {
  en: {
    person: ['person', 'people'], 'person-time': ['person-time', 'person-times'], household: ['household', 'households'],
    share: ['share', 'shares'], job: ['job', 'jobs'], case: ['case', 'cases'], vote: ['vote', 'votes'],
    year: ['year', 'years'], quarter: ['quarter', 'quarters'], month: ['month', 'months'], week: ['week', 'weeks'],
    day: ['day', 'days'], hour: ['hour', 'hours'], minute: ['minute', 'minutes'], second: ['second', 'seconds'],
    workday: ['workday', 'workdays'], 'year-old': ['year old', 'years old'], pp: ['pp', 'pp'],
    barrel: ['barrel', 'barrels'], ton: ['ton', 'tons'], acre: ['acre', 'acres'],
  },
  'zh-Hant': {
    person: '人', 'person-time': '人次', household: '戶', share: '股', job: '個崗位', case: '例', vote: '票',
    year: '年', quarter: '個季度', month: '個月', week: '週', day: '天', hour: '小時', minute: '分鐘', second: '秒',
    workday: '個工作日', 'year-old': '歲', pp: '個百分點', jin: '斤', liang: '兩', mu: '畝', ping: '坪',
  },
  'zh-Hans': {
    person: '人', 'person-time': '人次', household: '户', share: '股', job: '个岗位', case: '例', vote: '票',
    year: '年', quarter: '个季度', month: '个月', week: '周', day: '天', hour: '小时', minute: '分钟', second: '秒',
    workday: '个工作日', 'year-old': '岁', pp: '个百分点', jin: '斤', liang: '两', mu: '亩', ping: '坪',
  },
};

const SYMBOLS = { m2: 'm²', km2: 'km²', m3: 'm³', mi2: 'mi²', ft2: 'ft²' };
// Written against the number, in every language: 9.2%, 30°.
const ATTACHED = new Set(['%', '°']);

// v1.1 qualifiers (docs/schema.md) as signs; a v1 figure only says `approximate`.
const QUALIFIER_SIGNS = { about: '≈', nearly: '≈', over: '>', 'at-least': '≥', under: '<', 'at-most': '≤' };

const numberFormats = new Map();

/** A number with thousands separators and at most four decimals. */
export function formatNumber(n, lang = 'en') {
  let f = numberFormats.get(lang);
  if (!f) {
    f = new Intl.NumberFormat(lang === 'en' ? 'en-US' : lang, { maximumFractionDigits: 4, useGrouping: true });
    numberFormats.set(lang, f);
  }
  return f.format(n);
}

/** The unit after a number, with its leading space when it takes one: " people", "人", "%", " km²". */
export function formatUnit(unit, value, lang = 'en') {
  if (unit == null) return '';
  if (ATTACHED.has(unit)) return unit;
  const word = (UNIT_WORDS[lang] ?? UNIT_WORDS.en)[unit];
  if (Array.isArray(word)) return ` ${value === 1 ? word[0] : word[1]}`;
  if (word) return word;
  return ` ${SYMBOLS[unit] ?? unit}`;
}

/**
 * A figure's value as people read it: "72,991,000,000 CNY", "≈ 10–100 people",
 * "9.2%", "≥ 1,000 people", "12.35 CNY / share", "May 1, 2021", "#3", "3×".
 * `lang` ("en", "zh-Hant", "zh-Hans") picks unit words and date forms.
 */
export function formatFigureValue(f, lang = 'en') {
  if (!UNIT_WORDS[lang]) lang = 'en';
  if (f.kind === 'date') return f.iso ? formatIsoDate(f.iso, lang) : f.text;
  if (f.kind === 'identifier') return f.text;
  if (f.kind === 'rank' && f.value != null) return lang === 'en' ? `#${formatNumber(f.value, lang)}` : `第${formatNumber(f.value, lang)}`;
  const hasLow = f.low != null;
  const hasHigh = f.high != null;
  let num;
  let sign = f.qualifier ? QUALIFIER_SIGNS[f.qualifier] ?? '' : f.approximate ? '≈' : '';
  let forUnit = f.value;
  if (hasLow && hasHigh && f.low !== f.high) {
    // Spaced when an end is negative: "-5 – -3 °C", not "-5–-3 °C".
    const dash = f.low < 0 || f.high < 0 ? ' – ' : '–';
    num = `${formatNumber(f.low, lang)}${dash}${formatNumber(f.high, lang)}`;
    forUnit = f.high;
  } else if (f.value != null) {
    num = formatNumber(f.value, lang);
  } else if (hasLow || hasHigh) {
    // A vague amount with one end (上千人: low 1000): the bound is what is known.
    forUnit = hasLow ? f.low : f.high;
    num = formatNumber(forUnit, lang);
    if (!f.qualifier && !(hasLow && hasHigh)) sign = hasLow ? '≥' : '≤';
  } else {
    return f.text;
  }
  if (sign) num = `${sign} ${num}`;
  if (f.kind === 'multiple') return `${num}×`;
  let out = num + formatUnit(f.unit, forUnit, lang);
  if (f.per) out += ` / ${formatUnit(f.per, 1, lang).trim()}`;
  return out;
}

const ISO_DATE = /^(\d{4}|-)-(\d{2})(?:-(\d{2}))?$/;
const monthNames = new Intl.DateTimeFormat('en-US', { month: 'long', timeZone: 'UTC' });

/**
 * An ISO 8601 date of a figure as people write it: "2021-05-01" → "May 1, 2021"
 * or "2021年5月1日"; "2021-05", "2021", "--05-01", "--05"; a decade "199" →
 * "1990s" / "1990年代"; a century "18" → "19th century" / "19世紀"; an interval
 * "2023-01/2023-07" → "January 2023 – July 2023" / "2023年1月至2023年7月".
 * Anything else comes back as it is.
 */
export function formatIsoDate(iso, lang = 'en') {
  const zh = lang !== 'en';
  // a range of dates, an ISO 8601 interval: "2023-01/2023-07" → "January 2023 – July 2023"
  const slash = iso.indexOf('/');
  if (slash > 0 && slash === iso.lastIndexOf('/')) {
    const [a, b] = [iso.slice(0, slash), iso.slice(slash + 1)].map((p) => formatIsoDate(p, lang));
    return zh ? `${a}至${b}` : `${a} – ${b}`;
  }
  if (/^\d{4}$/.test(iso)) return zh ? `${Number(iso)}年` : String(Number(iso));
  if (/^\d{3}$/.test(iso)) return zh ? `${iso}0年代` : `${iso}0s`;
  if (/^\d{2}$/.test(iso)) {
    const c = Number(iso) + 1;
    if (zh) return `${c}${lang === 'zh-Hans' ? '世纪' : '世紀'}`;
    const suffix = c % 100 >= 11 && c % 100 <= 13 ? 'th' : ['th', 'st', 'nd', 'rd'][c % 10] ?? 'th';
    return `${c}${suffix} century`;
  }
  const m = ISO_DATE.exec(iso);
  if (!m || Number(m[2]) < 1 || Number(m[2]) > 12) return iso;
  const year = m[1] === '-' ? null : Number(m[1]);
  const month = Number(m[2]);
  const day = m[3] ? Number(m[3]) : null;
  if (zh) return `${year === null ? '' : `${year}年`}${month}月${day === null ? '' : `${day}日`}`;
  const date = new Date(0);
  date.setUTCFullYear(2000, month - 1, 1);
  const name = monthNames.format(date);
  const monthDay = day === null ? name : `${name} ${day}`;
  if (year === null) return monthDay;
  return day === null ? `${monthDay} ${year}` : `${monthDay}, ${year}`;
}
