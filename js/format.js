// How a figure's value reads, for the page and the widget alike: units in
// the reader's language, ranges, bounds, rates, and dates as people write
// them (docs/schema.md: never as ISO codes). No DOM.

// Every unit of UNIT_NAMES (src/lexicon/units.rs; tested): "unit;English
// (one|many; empty: the unit; 'x ' goes first);Traditional (' x': spaced);
// Simplified (empty: Traditional through TO_HANS)".
const UNIT_ROWS = `person;person|people;人
person-time;person-time|person-times;人次
household;household|households;戶
share;share|shares;股
job;job|jobs;個崗位
case;case|cases;例
vote;vote|votes;票
point;point|points;點
level;level ;級
magnitude;magnitude ;級
year;year|years;年
quarter;quarter|quarters;個季度
month;month|months;個月
week;week|weeks;週
day;day|days;天
hour;hour|hours;小時
minute;minute|minutes;分鐘
second;second|seconds;秒
workday;workday|workdays;個工作日
year-old;year old|years old;歲
pp;percentage point|percentage points;個百分點
%;;%
°;;°
°C;;°C
°F;;°F
m;;米
km;;公里
cm;;厘米
mm;;毫米
nm;;納米
in;;英寸
ft;;英尺
yd;;碼
mi;;英里
nmi;nautical mile|nautical miles;海里
ly;light-year|light-years;光年
m2;m²;平方米
km2;km²;平方公里
ft2;ft²;平方英尺
mi2;mi²;平方英里
ha;;公頃
acre;acre|acres;英畝
mu;;畝
ping;;坪
m3;m³;立方米
ft3;ft³;立方英尺
bcm;billion m³;十億立方米
L;;公升;升
mL;;毫升
cc;; cc
gal;;加侖
barrel;barrel|barrels;桶
bushel;bushel|bushels;蒲式耳
t;;噸
ton;ton|tons;噸
kg;;公斤
g;;克
mg;;毫克
μg;;微克
oz;;盎司
lb;;磅
jin;;斤
liang;;兩
μg/m3;μg/m³;微克/立方米
km/h;;公里/小時
m/s;;米/秒
mph;;英里/小時
kn;knot|knots;節
W;;瓦
kW;;千瓦
MW;;兆瓦
GW;;吉瓦
kWh;;千瓦時
MWh;;兆瓦時
GWh;;吉瓦時
TWh;;太瓦時
V;;伏特
kV;;千伏
mAh;;毫安時
hp;;匹馬力
Hz;;赫茲
kHz;;千赫
MHz;;兆赫
GHz;; GHz
hPa;;百帕
MPa;;兆帕
dB;;分貝
Bq;;貝克
Bq/L;;貝克/公升;贝克/升
kcal;;千卡
cal;;卡
byte;byte|bytes;位元組;字节
bit;bit|bits;位元;比特
KB;; KB
MB;; MB
GB;; GB
TB;; TB
px;;像素
MP;megapixel|megapixels;百萬像素;百万像素
fps;;幀/秒
TEU;;標準箱
CNY;;元人民幣
HKD;;港元
TWD;;元新臺幣
MOP;;澳門元
USD;;美元
EUR;;歐元
GBP;;英鎊
JPY;;日圓
KRW;;韓圓
SGD;;新加坡元
MYR;;令吉
THB;;泰銖
VND;;越南盾
IDR;;印尼盾
PHP;;菲律賓比索
INR;;印度盧比
PKR;;巴基斯坦盧比
LKR;;斯里蘭卡盧比
NPR;;尼泊爾盧比
AUD;;澳元
NZD;;紐西蘭元;新西兰元
CAD;;加元
MXN;;墨西哥比索
BRL;;巴西雷亞爾
CHF;;瑞士法郎
SEK;;瑞典克朗
NOK;;挪威克朗
DKK;;丹麥克朗
ISK;;冰島克朗
PLN;;波蘭茲羅提
RON;;羅馬尼亞列伊
BAM;;波黑可兌換馬克
RUB;;盧布
BYN;;白俄羅斯盧布
UAH;;烏克蘭格里夫納
TRY;;土耳其里拉
ILS;;以色列新謝克爾
SAR;;沙特里亞爾
AED;;阿聯酋迪拉姆
ZAR;;南非蘭特
NGN;;奈拉
XAF;;中非法郎
XOF;;西非法郎
CDF;;剛果法郎
RWF;;盧旺達法郎
MUR;;毛里求斯盧比
SCR;;塞舌爾盧比
DEM;;德國馬克
FRF;;法國法郎
FIM;;芬蘭馬克
ESP;;西班牙比塞塔
NLG;;荷蘭盾`;

const TO_HANS = new Map('戶户個个崗岗點点級级週周時时鐘钟歲岁納纳碼码頃顷畝亩億亿侖仑噸吨兩两節节馬马茲兹貝贝幀帧標标準准幣币臺台門门歐欧鎊镑圓元韓韩銖铢賓宾盧卢蘭兰爾尔亞亚麥麦島岛羅罗兌兑換换烏乌謝谢聯联剛刚達达國国'.match(/../gu).map((p) => [...p]));

/** { unit: { en: [one, many], 'zh-Hant': label, 'zh-Hans': label } } */
export const UNIT_LABELS = {};
for (const row of UNIT_ROWS.split('\n')) {
  const [unit, en, hant, hans = [...hant].map((c) => TO_HANS.get(c) ?? c).join('')] = row.split(';');
  const [one, many = one] = (en || unit).split('|');
  UNIT_LABELS[unit] = { en: [one, many], 'zh-Hant': hant, 'zh-Hans': hans };
}
const UNIT_WORDS_LANGS = new Set(['en', 'zh-Hant', 'zh-Hans']);
// 9.2%, 30° in every language.
const ATTACHED = new Set(['%', '°']);

// v1.1 qualifiers as signs (nearly: a word); a v1 figure only says `approximate`.
const QUALIFIER_SIGNS = { about: '≈', over: '>', 'at-least': '≥', under: '<', 'at-most': '≤' };
const ZH = { nearly: '近', roughly: '約', to: '至', times: '倍' };
const WORDS = { en: { nearly: 'nearly ', roughly: 'roughly ', to: '–', times: '×' }, 'zh-Hant': ZH, 'zh-Hans': { ...ZH, roughly: '约' } };

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

/** How a unit is written in `lang`: { label, before (goes before the number), space }. */
function unitForm(unit, value, lang) {
  const row = UNIT_LABELS[unit];
  if (!row) return { label: unit, before: false, space: !ATTACHED.has(unit) };
  if (lang === 'en') {
    const label = value === 1 ? row.en[0] : row.en[1];
    if (label.endsWith(' ')) return { label: label.trim(), before: true, space: true };
    return { label, before: false, space: !ATTACHED.has(unit) };
  }
  const label = row[lang];
  return { label: label.trim(), before: false, space: label.startsWith(' ') };
}

/** "12,900 people", "12,900人", "magnitude 6.2", "25°C". */
function withUnit(num, unit, value, lang) {
  if (unit == null) return num;
  const { label, before, space } = unitForm(unit, value, lang);
  if (before) return `${label} ${num}`;
  return space ? `${num} ${label}` : num + label;
}

/** The unit after a number, with its leading space when it takes one: " people", "人", "%", " km²". */
export const formatUnit = (unit, value, lang = 'en') => withUnit('', unit, value, UNIT_WORDS_LANGS.has(lang) ? lang : 'en');

/** The year a year-less date (`--10-14`) takes from the article's date (meta.date), or null. */
export function inferredYear(f, articleDate) {
  if (f.kind !== 'date' || typeof f.iso !== 'string' || !f.iso.startsWith('--')) return null;
  const m = /^(\d{4})-/.exec(articleDate ?? '');
  return m ? Number(m[1]) : null;
}

/**
 * A figure's value as people read it in `lang` ("en", "zh-Hant", "zh-Hans"):
 * "72,991,000,000 CNY" / "72,991,000,000元人民幣", "10–20 people", "≥ 5%",
 * "nearly 200 people", "12.35 CNY / share", "1 May 2021", "#3", "3×";
 * `yearFrom` (meta.date) gives a year-less date its year, in brackets.
 */
export function formatFigureValue(f, lang = 'en', { yearFrom = null } = {}) {
  if (!UNIT_WORDS_LANGS.has(lang)) lang = 'en';
  const w = WORDS[lang];
  const zh = lang !== 'en';
  if (f.kind === 'date') return f.iso ? formatIsoDate(f.iso, lang, { year: inferredYear(f, yearFrom) }) : f.text;
  if (f.kind === 'identifier') return f.text;
  if (f.kind === 'rank' && f.value != null) return (zh ? '第' : '#') + formatNumber(f.value, lang);
  const hasLow = f.low != null;
  const hasHigh = f.high != null;
  let num;
  let lead = f.qualifier === 'nearly' ? w.nearly : '';
  let sign = f.qualifier ? QUALIFIER_SIGNS[f.qualifier] ?? '' : f.approximate ? '≈' : '';
  let forUnit = f.value;
  if (hasLow && hasHigh && f.low !== f.high) {
    const [lo, hi] = [formatNumber(f.low, lang), formatNumber(f.high, lang)];
    // A range: "10–20 people", "10至20人", "5%至8%"; spaced when an end is negative: "-5 – -3 °C".
    if (zh) num = ATTACHED.has(f.unit) ? `${lo}${f.unit}${w.to}${hi}` : `${lo}${w.to}${hi}`;
    else num = `${lo}${f.low < 0 || f.high < 0 ? ' – ' : w.to}${hi}`;
    forUnit = f.high;
    // A vague amount (數十家: 20 to 90) is a rough range, not a stated one.
    if (f.value == null && !f.qualifier) {
      sign = '';
      lead = w.roughly;
    }
  } else if (f.value != null) {
    num = formatNumber(f.value, lang);
  } else if (hasLow || hasHigh) {
    // A vague amount with one end: the bound is what is known.
    forUnit = hasLow ? f.low : f.high;
    num = formatNumber(forUnit, lang);
    if (!f.qualifier) sign = hasLow ? '≥' : '≤';
  } else {
    return f.text;
  }
  if (sign) num = `${sign} ${num}`;
  if (f.kind === 'multiple') return `${lead}${num}${w.times}`;
  let out = lead + withUnit(num, f.unit, forUnit, lang);
  if (f.per) {
    const per = unitForm(f.per, 1, lang).label;
    out += zh ? `/${per}` : ` / ${per}`;
  }
  return out;
}

const ISO_DATE = /^(\d{4}|-)-(\d{2})(?:-(\d{2}))?$/;
const monthNames = {
  long: new Intl.DateTimeFormat('en-GB', { month: 'long', timeZone: 'UTC' }),
  short: new Intl.DateTimeFormat('en-GB', { month: 'short', timeZone: 'UTC' }),
};

function monthName(month, style) {
  const date = new Date(0);
  date.setUTCFullYear(2000, month - 1, 1);
  return monthNames[style].format(date);
}

/** { year, month, day } (null when not stated) of "2021-05-01", "--05", "2021"…; else null. */
function parseDate(iso) {
  if (/^\d{4}$/.test(iso)) return { year: Number(iso), month: null, day: null };
  const m = ISO_DATE.exec(iso);
  if (!m || Number(m[2]) < 1 || Number(m[2]) > 12) return null;
  return { year: m[1] === '-' ? null : Number(m[1]), month: Number(m[2]), day: m[3] ? Number(m[3]) : null };
}

/** A date without its year: "14 Oct", "November" / "10月14日", "11月". */
function monthDay({ month, day }, zh) {
  if (zh) return `${month}月${day === null ? '' : `${day}日`}`;
  return day === null ? monthName(month, 'long') : `${day} ${monthName(month, 'short')}`;
}

/** "2024" / "2024年", in brackets when inferred. */
function yearText(year, inferred, zh) {
  const text = zh ? `${year}年` : String(year);
  return inferred ? `[${text}]` : text;
}

/** One date: "14 Oct 2024", "November", "2024年10月14日". */
function oneDate(d, zh, inferred) {
  const year = d.year ?? inferred;
  if (d.month === null) return yearText(year, false, zh);
  if (year === null) return monthDay(d, zh);
  const y = yearText(year, d.year === null, zh);
  return zh ? y + monthDay(d, true) : `${monthDay(d, false)} ${y}`;
}

/** Two dates sharing what they share: "1–3 May 2021", "2021年5月1日至3日". */
function interval(a, b, zh, inferred) {
  if (a.month === null && b.month === null) return zh ? `${a.year}至${b.year}年` : `${a.year}–${b.year}`;
  if (a.year !== b.year || (a.month === null) !== (b.month === null)) {
    return zh ? `${oneDate(a, zh, inferred)}至${oneDate(b, zh, inferred)}` : `${oneDate(a, zh, inferred)} – ${oneDate(b, zh, inferred)}`;
  }
  const year = a.year ?? inferred;
  const y = year === null ? '' : yearText(year, a.year === null, zh);
  const sameMonth = a.month === b.month && a.day !== null && b.day !== null;
  if (zh) {
    const end = sameMonth ? `${b.day}日` : monthDay(b, true);
    return `${y}${monthDay(a, true)}至${end}`;
  }
  const span = sameMonth ? `${a.day}–${b.day} ${monthName(a.month, 'short')}` : `${monthDay(a, false)} – ${monthDay(b, false)}`;
  return y ? `${span} ${y}` : span;
}

/**
 * An ISO 8601 date of a figure as people write it: "2021-05-01" → "1 May 2021"
 * or "2021年5月1日"; "2021-05", "2021", "--10-14" → "14 Oct" / "10月14日",
 * "--11" → "November" / "11月"; a decade "199" → "1990s" / "1990年代"; a
 * century "18" → "19th century" / "19世紀"; an interval "2023-01/2023-07" →
 * "January – July 2023" / "2023年1月至7月". `year` gives a year-less date a
 * year, shown in brackets as inferred. Anything else comes back as it is.
 */
export function formatIsoDate(iso, lang = 'en', { year = null } = {}) {
  const zh = lang === 'zh-Hant' || lang === 'zh-Hans';
  const slash = iso.indexOf('/');
  if (slash > 0 && slash === iso.lastIndexOf('/')) {
    const [a, b] = [parseDate(iso.slice(0, slash)), parseDate(iso.slice(slash + 1))];
    if (a && b) return interval(a, b, zh, year);
    const [x, y] = [iso.slice(0, slash), iso.slice(slash + 1)].map((p) => formatIsoDate(p, lang, { year }));
    return zh ? `${x}至${y}` : `${x} – ${y}`;
  }
  if (/^\d{3}$/.test(iso)) return zh ? `${iso}0年代` : `${iso}0s`;
  if (/^\d{2}$/.test(iso)) {
    const c = Number(iso) + 1;
    if (zh) return `${c}${lang === 'zh-Hans' ? '世纪' : '世紀'}`;
    const suffix = c % 100 >= 11 && c % 100 <= 13 ? 'th' : ['th', 'st', 'nd', 'rd'][c % 10] ?? 'th';
    return `${c}${suffix} century`;
  }
  const d = parseDate(iso);
  return d ? oneDate(d, zh, year) : iso;
}
