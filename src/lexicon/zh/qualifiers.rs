//! Chinese qualifiers and signs around a number: approximation words before
//! and after it, the signs before it, and the connectors of a range.

use crate::lexicon::Words;

/// Prefix qualifiers that make a figure approximate.
#[rustfmt::skip]
pub static APPROX_BEFORE: Words = words![
    "約", "約為", "約有", "約達", "大約有", "共約", "大約", "大概", "近", "將近", "接近", "近乎", "幾乎", "超", "超過",
    "逾", "不到", "不足", "超出",
    "不少於", "至少", "最多", "最少", "不超過", "約合", "估計", "預計約", "大致",
];

/// Words that end in a qualifier but qualify nothing (`出超` is a trade surplus).
pub static NOT_APPROX: Words =
    words!["出超", "入超", "趕超", "高超", "最近", "附近", "鄰近", "親近",];

/// Suffix qualifiers that make a figure approximate (after the number, before or after the unit).
pub static APPROX_AFTER: Words = words![
    "多", "餘", "余", "來", "左右", "上下", "以上", "以下", "以內", "有餘", "開外", "之多",
];

/// Qualifiers between the number and its multiplier or unit (`300多萬`, `30餘家`).
pub static APPROX_INFIX: Words = words!["多", "餘", "余", "來"];

/// Words right before a Chinese numeral that make `度` a temperature
/// (`零下十五度`, `攝氏三十度`, `負二十度`); after Arabic digits it always is.
pub static DEGREE_LEADS: Words = words!["零下", "攝氏", "負"];

/// Characters that join the two ends of a range (`10至20`, `5-8`, `3~5`).
pub static RANGE_CONNECTORS: &[char] = char_set!("至到-—–~～－〜");

/// Signs a range's second number may carry (`-3至-1℃`, `5至負2度`).
pub static MINUS_SIGNS: &[char] = char_set!("-－−負");
