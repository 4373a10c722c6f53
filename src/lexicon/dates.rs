//! Date words, for the one date reader (`crate::dates`): month names (one
//! table for article meta and figures), the characters of Chinese dates,
//! parts of a month or a year, decades and centuries, weekdays and the
//! words of a time of day. Rows in either script; English rows in lower case.

use crate::lexicon::WordTable;
use crate::lexicon::Words;

super::marks! {
    /// The characters of Chinese dates and times, one row per role.
    pub enum DateMark {
        /// After a year: `2021年`.
        Year => "年",
        /// After `年`, a fiscal or calendar year: `2023年度`.
        YearOfAccounts => "度",
        /// After a month: `5月`.
        Month => "月",
        /// After `月`: `5月份`.
        MonthPortion => "份",
        /// After a day: `1日`, `1號`.
        Day => "日號",
        /// After a day standing alone, `日` only: `12日`, `5月1日至3日`.
        DayAlone => "日",
        /// After a century's number: `19世紀`.
        Century => "世紀",
        /// After a decade's number: `90年代`.
        Decade => "年代",
        /// Between hours and minutes: `10時32分`, `10點32分`.
        Hour => "時點",
        /// After minutes: `10時32分`.
        Minute => "分",
        /// Between a date and its time in ISO 8601: `2024-05-12T10:32`.
        TimeDesignator => "T",
    }
}

/// English month names and abbreviations, with their number.
#[rustfmt::skip]
pub static MONTHS: &[(&str, u32)] = &[
    ("january", 1), ("jan", 1), ("february", 2), ("feb", 2), ("march", 3), ("mar", 3), ("april", 4), ("apr", 4),
    ("may", 5), ("june", 6), ("jun", 6), ("july", 7), ("jul", 7), ("august", 8), ("aug", 8), ("september", 9),
    ("sept", 9), ("sep", 9), ("october", 10), ("oct", 10), ("november", 11), ("nov", 11), ("december", 12), ("dec", 12),
];

/// Month names of other European languages, for a page's date line only
/// (`12 mai 2024`, `25. September 2018`, `3 de março de 2019`); running
/// text reads English months alone. Lower case, one row per name.
#[rustfmt::skip]
pub static PAGE_MONTHS: WordTable<u32> = word_rows![
    // French
    ("janvier", 1), ("janv", 1), ("février", 2), ("fevrier", 2), ("févr", 2), ("mars", 3), ("avril", 4), ("avr", 4),
    ("mai", 5), ("juin", 6), ("juillet", 7), ("juil", 7), ("août", 8), ("aout", 8), ("septembre", 9),
    ("octobre", 10), ("novembre", 11), ("décembre", 12), ("decembre", 12), ("déc", 12),
    // German
    ("januar", 1), ("jänner", 1), ("februar", 2), ("märz", 3), ("maerz", 3), ("juni", 6), ("juli", 7),
    ("oktober", 10), ("okt", 10), ("dezember", 12), ("dez", 12),
    // Spanish
    ("enero", 1), ("febrero", 2), ("marzo", 3), ("abril", 4), ("mayo", 5), ("junio", 6), ("julio", 7),
    ("agosto", 8), ("septiembre", 9), ("setiembre", 9), ("octubre", 10), ("noviembre", 11), ("diciembre", 12),
    // Portuguese
    ("janeiro", 1), ("fevereiro", 2), ("março", 3), ("marco", 3), ("maio", 5), ("junho", 6), ("julho", 7),
    ("setembro", 9), ("outubro", 10), ("novembro", 11), ("dezembro", 12),
    // Italian
    ("gennaio", 1), ("febbraio", 2), ("aprile", 4), ("maggio", 5), ("giugno", 6), ("luglio", 7),
    ("settembre", 9), ("ottobre", 10), ("dicembre", 12),
    // Dutch
    ("januari", 1), ("februari", 2), ("maart", 3), ("mei", 5), ("augustus", 8),
    // Indonesian and Malay (januari, februari, april, mei, juni, juli, september, november as above)
    ("maret", 3), ("agustus", 8), ("oktober", 10), ("desember", 12), ("disember", 12), ("ogos", 8),
];

/// Words between a day and its month on a page's date line (`3 de março`).
pub static PAGE_MONTH_LEADS: Words = words!["de", "di"];

/// Ordinal endings after a day (`Nov. 18th 2019`).
pub static DAY_ORDINALS: Words = words!["st", "nd", "rd", "th"];

/// Parts of a month after it: `6月末`, `5月上旬`.
/// Words before a bracketed day (`今（24）日`, `昨(23)日`, Taiwanese news):
/// the bracket's number is the day of the month. Folded (Simplified).
pub static DAY_DEICTICS: Words = words!["今", "昨", "前", "明", "翌", "同", "本"];

/// Words before a bracketed year (`去（2022）年`, `今（112）年`, Taiwanese news): the
/// bracket's number is the year. Folded (Simplified).
pub static YEAR_DEICTICS: Words = words!["今", "去", "明", "前"];

/// The era name before a year of the Republic of China (`民國109年` is 2020). Folded.
pub static ROC_ERAS: Words = words!["民国"];

/// Year 1 of the Republic of China era is 1912: `民國109年` + 1911 = 2020.
pub const ROC_OFFSET: u32 = 1911;

/// The years of that era Taiwanese news writes bare, three digits (`112年度`, `113年3月`):
/// 100 (2011) to 150 (2061). No other year is written with three digits in news.
pub const ROC_BARE_YEARS: (f64, f64) = (100.0, 150.0);

/// A school year after a bare year of the era (`107學年`, `112學年度`). Folded.
pub static SCHOOL_YEARS: Words = words!["学年"];

/// Era names of the Western calendar before a year (`公元105年3月`, `西元112年`): such a
/// three-digit year is that year, not one of the Republic's era. Folded.
pub static WESTERN_ERAS: Words = words!["公元", "西元", "西历"];

/// Words after a bare three-digit `N年` that make it a year of that era rather than a span
/// of years (`112年度`, `112年底`, `113年上半年`, `113年第1季`, `113年起`; a month counts too:
/// `113年3月`). Folded.
pub static ROC_YEAR_AFTER: Words = words!["度", "底", "末", "初", "上半年", "下半年", "第", "全年", "起"];

/// A month and day written `12/25` (Taiwanese news) is a date only next to a word of time:
/// one of these characters right before it (`自12/25`, `至1/5`, `於3/1`)… Folded.
pub static SLASH_DATE_LEADS: &[char] = char_set!("自從於在至到迄起、，");

/// Characters right before `28至30日` or `26、27日` that make them days of the month (`本月19至21日`,
/// `（28至30日）`, `於24至26日`) rather than lengths (`拘留5至10日`). Folded.
pub static DAY_RANGE_LEADS: &[char] = char_set!("月(（自從於在至到迄起、，及和 ");

/// Words joining listed years (`2000及2001年`, `2019、2020年`): the first is a year too. Folded.
pub static YEAR_LIST_JOINERS: &[char] = char_set!("及和與、");

/// Characters after such days that make them a length after all (`2、3日內`, `5至7日後`). Folded.
pub static DAY_SPAN_AFTER: &[char] = char_set!("內後來");

/// Characters right before a bare `3日` that make it a length of days (`比去年多3日`,
/// `連5日`), not a day of the month. Folded.
pub static DAY_LENGTH_LEADS: &[char] = char_set!("多少共連逾");

/// Words right after a bare `4日` that make it a length of days (`訪問4日時間`). Folded.
pub static DAY_LENGTH_TAILS: Words = words!["时间", "的时间"];

/// Times of day after a bare `26號` that make it a day of the month, as spoken Taiwanese
/// news writes it (`26號早上`), and after a spelled `四日` (`四日晚間`), with the verbs of a
/// day's news (`北韓四日宣布`). Folded.
pub static DAY_TIMES: Words = words!["早上", "上午", "中午", "下午", "晚上", "凌晨", "傍晚", "清晨", "晚间"];
pub static DAY_NEWS_VERBS: Words = words!["宣布", "表示", "指出", "公布", "发表"];

/// …or one of these words right after it (`12/25起`, `1/5止`, `3/1（週五）`). Folded.
pub static SLASH_DATE_TAILS: Words = words![
    "起", "至", "到", "止", "前", "后", "当天", "当日", "晚间", "凌晨", "上午", "下午", "中午", "晚上",
    "（", "(", "-", "~", "～", "、",
];

/// Brackets around a day after a [`DAY_DEICTICS`] word: (open, close).
pub static DAY_BRACKETS: &[(char, char)] = &[('（', '）'), ('(', ')')];

/// Words after a year that make it a fiscal year (`2023財年`): the year is
/// the date; the word is the period's context.
pub static FISCAL_YEARS: Words = words!["财年", "财政年度", "会计年度"];

pub static MONTH_PARTS: Words = words!["末", "底", "初", "上旬", "中旬", "下旬"];

/// Parts of a year after it: `2023年底`.
pub static YEAR_PARTS: Words = words!["底", "末", "初"];

/// Words before a decade that say its century: `上世紀80年代` (the 1980s).
pub static CENTURY_LEADS: &[(&str, u32)] = &[
    ("上個世紀", 1900),
    ("上世紀", 1900),
    ("本世紀", 2000),
    ("新世紀", 2000),
];

/// Words before a weekday's character: `星期日`, `週一`.
pub static WEEKDAY_LEADS: Words = words!["星期", "禮拜", "周", "週"];

/// English weekdays and their abbreviations: `Monday`, `Mon`.
#[rustfmt::skip]
pub static WEEKDAYS: Words = words![
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "mon", "tue", "wed", "thu", "fri", "sat", "sun",
];

/// After a time: (word, afternoon?). `4:05 PM`, `9 a.m.`
pub static MERIDIEMS: &[(&str, bool)] =
    &[("pm", true), ("p.m", true), ("am", false), ("a.m", false)];
