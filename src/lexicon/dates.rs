//! Date words, for the one date reader (`crate::dates`): month names (one
//! table for article meta and figures), the characters of Chinese dates,
//! parts of a month or a year, decades and centuries, weekdays and the
//! words of a time of day. Rows in either script; English rows in lower case.

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

/// Parts of a month after it: `6月末`, `5月上旬`.
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
