// How a figure's value reads, for the page and the widget alike: thousands
// separators, ranges, stated bounds, units in words or symbols, rates, and
// dates as people write them (docs/schema.md: never as ISO codes). No DOM.
//
//   formatFigureValue({ kind: 'count', value: 12900, unit: 'person', … }, 'en')  → "12,900 people"
//   … 'zh-Hant' → "12,900人";  a money figure → "72,991,000,000 CNY" / "72,991,000,000元人民幣".

// Every unit the engine writes (UNIT_NAMES in src/lexicon/units.rs; a test
// checks each has a row): "unit;English;Traditional;Simplified". English
// "a|b" is singular|plural; a label ending in a space goes before the number
// ("magnitude 6.2"). A Chinese label goes right after the number ("12人",
// "25°C") unless it starts with a space (" GB"); Simplified left out = as
// Traditional.
const UNIT_ROWS = `person;person|people;人
person-time;person-time|person-times;人次
household;household|households;戶;户
share;share|shares;股
job;job|jobs;個崗位;个岗位
case;case|cases;例
vote;vote|votes;票
point;point|points;點;点
level;level ;級;级
magnitude;magnitude ;級;级
year;year|years;年
quarter;quarter|quarters;個季度;个季度
month;month|months;個月;个月
week;week|weeks;週;周
day;day|days;天
hour;hour|hours;小時;小时
minute;minute|minutes;分鐘;分钟
second;second|seconds;秒
workday;workday|workdays;個工作日;个工作日
year-old;year old|years old;歲;岁
pp;percentage point|percentage points;個百分點;个百分点
%;%;%
°;°;°
°C;°C;°C
°F;°F;°F
m;m;米
km;km;公里
cm;cm;厘米
mm;mm;毫米
nm;nm;納米;纳米
in;in;英寸
ft;ft;英尺
yd;yd;碼;码
mi;mi;英里
nmi;nautical mile|nautical miles;海里
ly;light-year|light-years;光年
m2;m²;平方米
km2;km²;平方公里
ft2;ft²;平方英尺
mi2;mi²;平方英里
ha;ha;公頃;公顷
acre;acre|acres;英畝;英亩
mu;mu;畝;亩
ping;ping;坪
m3;m³;立方米
ft3;ft³;立方英尺
bcm;billion m³;十億立方米;十亿立方米
L;L;公升;升
mL;mL;毫升
cc;cc; cc
gal;gal;加侖;加仑
barrel;barrel|barrels;桶
bushel;bushel|bushels;蒲式耳
t;t;噸;吨
ton;ton|tons;噸;吨
kg;kg;公斤
g;g;克
mg;mg;毫克
μg;μg;微克
oz;oz;盎司
lb;lb;磅
jin;jin;斤
liang;liang;兩;两
μg/m3;μg/m³;微克/立方米
km/h;km/h;公里/小時;公里/小时
m/s;m/s;米/秒
mph;mph;英里/小時;英里/小时
kn;knot|knots;節;节
W;W;瓦
kW;kW;千瓦
MW;MW;兆瓦
GW;GW;吉瓦
kWh;kWh;千瓦時;千瓦时
MWh;MWh;兆瓦時;兆瓦时
GWh;GWh;吉瓦時;吉瓦时
TWh;TWh;太瓦時;太瓦时
V;V;伏特
kV;kV;千伏
mAh;mAh;毫安時;毫安时
hp;hp;匹馬力;匹马力
Hz;Hz;赫茲;赫兹
kHz;kHz;千赫
MHz;MHz;兆赫
GHz;GHz; GHz
hPa;hPa;百帕
MPa;MPa;兆帕
dB;dB;分貝;分贝
Bq;Bq;貝克;贝克
Bq/L;Bq/L;貝克/公升;贝克/升
kcal;kcal;千卡
cal;cal;卡
byte;byte|bytes;位元組;字节
bit;bit|bits;位元;比特
KB;KB; KB
MB;MB; MB
GB;GB; GB
TB;TB; TB
px;px;像素
fps;fps;幀/秒;帧/秒
TEU;TEU;標準箱;标准箱
CNY;CNY;元人民幣;元人民币
HKD;HKD;港元
TWD;TWD;元新臺幣;元新台币
MOP;MOP;澳門元;澳门元
USD;USD;美元
EUR;EUR;歐元;欧元
GBP;GBP;英鎊;英镑
JPY;JPY;日圓;日元
KRW;KRW;韓圓;韩元
SGD;SGD;新加坡元
MYR;MYR;令吉
THB;THB;泰銖;泰铢
VND;VND;越南盾
IDR;IDR;印尼盾
PHP;PHP;菲律賓比索;菲律宾比索
INR;INR;印度盧比;印度卢比
PKR;PKR;巴基斯坦盧比;巴基斯坦卢比
LKR;LKR;斯里蘭卡盧比;斯里兰卡卢比
NPR;NPR;尼泊爾盧比;尼泊尔卢比
AUD;AUD;澳元
NZD;NZD;紐西蘭元;新西兰元
CAD;CAD;加元
MXN;MXN;墨西哥比索
BRL;BRL;巴西雷亞爾;巴西雷亚尔
CHF;CHF;瑞士法郎
SEK;SEK;瑞典克朗
NOK;NOK;挪威克朗
DKK;DKK;丹麥克朗;丹麦克朗
ISK;ISK;冰島克朗;冰岛克朗
PLN;PLN;波蘭茲羅提;波兰兹罗提
RON;RON;羅馬尼亞列伊;罗马尼亚列伊
BAM;BAM;波黑可兌換馬克;波黑可兑换马克
RUB;RUB;盧布;卢布
BYN;BYN;白俄羅斯盧布;白俄罗斯卢布
UAH;UAH;烏克蘭格里夫納;乌克兰格里夫纳
TRY;TRY;土耳其里拉
ILS;ILS;以色列新謝克爾;以色列新谢克尔
SAR;SAR;沙特里亞爾;沙特里亚尔
AED;AED;阿聯酋迪拉姆;阿联酋迪拉姆
ZAR;ZAR;南非蘭特;南非兰特
NGN;NGN;奈拉
XAF;XAF;中非法郎
XOF;XOF;西非法郎
CDF;CDF;剛果法郎;刚果法郎
RWF;RWF;盧旺達法郎;卢旺达法郎
MUR;MUR;毛里求斯盧比;毛里求斯卢比
SCR;SCR;塞舌爾盧比;塞舌尔卢比
DEM;DEM;德國馬克;德国马克
FRF;FRF;法國法郎;法国法郎
FIM;FIM;芬蘭馬克;芬兰马克
ESP;ESP;西班牙比塞塔
NLG;NLG;荷蘭盾;荷兰盾`;

/** { unit: { en: [one, many], 'zh-Hant': label, 'zh-Hans': label } } */
export const UNIT_LABELS = {};
for (const row of UNIT_ROWS.split('\n')) {
  const [unit, en, hant, hans = hant] = row.split(';');
  const [one, many = one] = en.split('|');
  UNIT_LABELS[unit] = { en: [one, many], 'zh-Hant': hant, 'zh-Hans': hans };
}
const UNIT_WORDS_LANGS = new Set(['en', 'zh-Hant', 'zh-Hans']);
// Written against the number in every language: 9.2%, 30°, 25°C in Chinese.
const ATTACHED = new Set(['%', '°']);

// v1.1 qualifiers (docs/schema.md) as signs, and `nearly` in words; a v1 figure only says `approximate`.
const QUALIFIER_SIGNS = { about: '≈', over: '>', 'at-least': '≥', under: '<', 'at-most': '≤' };
const WORDS = {
  en: { nearly: 'nearly ', roughly: 'roughly ', to: '–', times: '×' },
  'zh-Hant': { nearly: '近', roughly: '約', to: '至', times: '倍' },
  'zh-Hans': { nearly: '近', roughly: '约', to: '至', times: '倍' },
};

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

/** The unit after a number, with its leading space when it takes one: " people", "人", "%", " km²". */
export function formatUnit(unit, value, lang = 'en') {
  if (unit == null) return '';
  if (!UNIT_WORDS_LANGS.has(lang)) lang = 'en';
  const { label, space } = unitForm(unit, value, lang);
  return space ? ` ${label}` : label;
}

/** A number with its unit: "12,900 people", "12,900人", "magnitude 6.2", "25°C". */
function withUnit(num, unit, value, lang) {
  if (unit == null) return num;
  const { label, before, space } = unitForm(unit, value, lang);
  if (before) return `${label} ${num}`;
  return space ? `${num} ${label}` : num + label;
}

/** The year a year-less date (`--10-14`) takes from the article's date (meta.date), or null. */
export function inferredYear(f, articleDate) {
  if (f.kind !== 'date' || typeof f.iso !== 'string' || !f.iso.startsWith('--')) return null;
  const m = /^(\d{4})-/.exec(articleDate ?? '');
  return m ? Number(m[1]) : null;
}

/**
 * A figure's value as people read it: "72,991,000,000 CNY", "10–20 people",
 * "9.2%", "≥ 1,000 people", "nearly 200 people", "12.35 CNY / share",
 * "1 May 2021", "#3", "3×". `lang` ("en", "zh-Hant", "zh-Hans") picks unit
 * words and date forms; `yearFrom` (the article's meta.date) gives a year-less
 * date its year, written in brackets as inferred: "14 Oct [2024]".
 */
export function formatFigureValue(f, lang = 'en', { yearFrom = null } = {}) {
  if (!UNIT_WORDS_LANGS.has(lang)) lang = 'en';
  const w = WORDS[lang];
  const zh = lang !== 'en';
  if (f.kind === 'date') return f.iso ? formatIsoDate(f.iso, lang, { year: inferredYear(f, yearFrom) }) : f.text;
  if (f.kind === 'identifier') return f.text;
  if (f.kind === 'rank' && f.value != null) return zh ? `第${formatNumber(f.value, lang)}` : `#${formatNumber(f.value, lang)}`;
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

/** { year (null when not stated), month, day (null) } of "2021-05-01", "2021-05", "--05-01", "--05", "2021"; else null. */
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

/** The year as written, in brackets when it is inferred: "2024", "[2024]" / "2024年", "[2024年]". */
function yearText(year, inferred, zh) {
  const text = zh ? `${year}年` : String(year);
  return inferred ? `[${text}]` : text;
}

/** One date: "14 Oct 2024", "November", "2024年10月14日"; `inferred` a year for a year-less date. */
function oneDate(d, zh, inferred) {
  const year = d.year ?? inferred;
  if (d.month === null) return yearText(year, false, zh);
  if (year === null) return monthDay(d, zh);
  const y = yearText(year, d.year === null, zh);
  return zh ? y + monthDay(d, true) : `${monthDay(d, false)} ${y}`;
}

/** An interval of two parsed dates, sharing what the ends share: "1–3 May 2021", "2021年5月1日至3日". */
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
