//! Chinese qualifiers and signs around a number: approximation words before
//! and after it, the signs before it, and the connectors of a range.

use crate::lexicon::{QualifierRow, Words};
use crate::model::Qualifier::{About, AtLeast, AtMost, Nearly, Over, Under};

/// Prefix qualifiers that make a figure approximate, with the bound each states.
#[rustfmt::skip]
pub static APPROX_BEFORE: &[QualifierRow] = &[
    ("約", Some(About)), ("約為", Some(About)), ("約有", Some(About)), ("約達", Some(About)),
    ("大約有", Some(About)), ("共約", Some(About)), ("大約", Some(About)), ("大概", Some(About)),
    ("約合", Some(About)), ("大致", Some(About)), ("預計約", Some(About)), ("估計約", Some(About)),
    ("近", Some(Nearly)), ("將近", Some(Nearly)), ("接近", Some(Nearly)), ("近乎", Some(Nearly)),
    ("幾乎", Some(Nearly)),
    ("超", Some(Over)), ("超過", Some(Over)), ("逾", Some(Over)), ("超出", Some(Over)),
    ("多於", Some(Over)), ("高於", Some(Over)), ("大於", Some(Over)),
    // Taiwanese and Hong Kong headlines: 破萬 ("past ten thousand"), 觀看次數破百萬
    ("破", Some(Over)),
    ("至少", Some(AtLeast)), ("不少於", Some(AtLeast)), ("不低於", Some(AtLeast)), ("最少", Some(AtLeast)),
    ("不小於", Some(AtLeast)),
    ("不到", Some(Under)), ("不足", Some(Under)), ("低於", Some(Under)), ("少於", Some(Under)),
    ("小於", Some(Under)), ("未滿", Some(Under)),
    ("不超過", Some(AtMost)), ("最多", Some(AtMost)), ("至多", Some(AtMost)), ("不多於", Some(AtMost)),
    ("不高於", Some(AtMost)), ("不大於", Some(AtMost)),
    // ≥ and ≤ in words
    ("大於等於", Some(AtLeast)), ("大於或等於", Some(AtLeast)), ("大於或者等於", Some(AtLeast)),
    ("高於或等於", Some(AtLeast)), ("小於等於", Some(AtMost)), ("小於或等於", Some(AtMost)),
    ("小於或者等於", Some(AtMost)), ("低於或等於", Some(AtMost)),
    // a rule's bound: 不得低於10% is at least 10%
    ("不得低於", Some(AtLeast)), ("不得少於", Some(AtLeast)), ("不應低於", Some(AtLeast)),
    ("不能低於", Some(AtLeast)), ("不得超過", Some(AtMost)), ("不得高於", Some(AtMost)),
    ("不得多於", Some(AtMost)), ("不應超過", Some(AtMost)), ("不能超過", Some(AtMost)),
    ("不可超過", Some(AtMost)), ("不宜超過", Some(AtMost)),
    ("估計", None),
];

/// Words that end in a qualifier but qualify nothing (`出超` is a trade surplus, `賣超` a
/// net sale of shares).
pub static NOT_APPROX: Words =
    words!["出超", "入超", "趕超", "高超", "賣超", "買超", "最近", "附近", "鄰近", "親近", "靠近", "貼近",
        // words ending in 約 (a treaty, a contract, a booking): 締約四十五周年 is no "about 45"
        "締約", "簽約", "條約", "合約", "公約", "契約", "預約", "節約", "制約", "違約", "解約", "續約",
        "履約", "毀約", "邀約", "特約", "赴約", "和約", "盟約", "租約", "婚約", "相約", "立約", "踐約",
        // words ending in 破 that state no bound (突破, 跌破 keep their figure exact)
        "突破", "跌破", "打破", "擊破", "攻破", "衝破", "爆破", "識破", "看破", "殘破", "跌破了",];

/// Suffix qualifiers that make a figure approximate (after the number, before
/// or after the unit), with the bound each states. `多` and `餘` (`3年多`,
/// `三億多`) say "more than": `over`.
#[rustfmt::skip]
pub static APPROX_AFTER: &[QualifierRow] = &[
    ("多", Some(Over)), ("餘", Some(Over)), ("余", Some(Over)), ("來", Some(About)),
    ("左右", Some(About)), ("上下", Some(About)), ("前後", Some(About)),
    ("以上", Some(AtLeast)), ("以下", Some(AtMost)), ("以內", Some(AtMost)), ("之內", Some(AtMost)),
    ("內", Some(AtMost)), ("範圍內", Some(AtMost)),
    ("有餘", Some(Over)), ("開外", Some(Over)), ("之多", None),
];

/// Words that begin with a suffix qualifier but are words of their own
/// (`3成內需`, `5%上下游`): after a figure, no qualifier.
pub static NOT_APPROX_AFTER: Words = words![
    "內需", "內地", "內部", "內容", "內閣", "內政", "內銷", "內外", "內湖", "內科", "內線", "內陸",
    "內蒙古", "內幕", "內在", "內心", "內戰", "上下游", "上下班", "多元", "多數",
];

/// Qualifiers between the number and its multiplier or unit (`300多萬`,
/// `30餘家`, `十來個`): `多` and `餘` say "more than" (`over`), `來` "about";
/// `幾` as a last digit too (`二十幾萬`, `30幾人`: twenty-odd).
#[rustfmt::skip]
pub static APPROX_INFIX: &[QualifierRow] = &[
    ("多", Some(Over)), ("餘", Some(Over)), ("余", Some(Over)), ("來", Some(About)),
    ("幾", Some(Over)),
];

/// Words right before a Chinese numeral that make `度` a temperature
/// (`零下十五度`, `攝氏三十度`, `負二十度`); after Arabic digits it always is.
pub static DEGREE_LEADS: Words = words!["零下", "攝氏", "負"];

/// Characters that join the two ends of a range (`10至20`, `5-8`, `3~5`).
pub static RANGE_CONNECTORS: &[char] = char_set!("至到-—–~～－〜");

/// Signs a range's second number may carry (`-3至-1℃`, `5至負2度`).
pub static MINUS_SIGNS: &[char] = char_set!("-－−負");

/// Words joining the two ends of a range stated with `之間`
/// (`10元與20元之間`, `介於3萬和5萬之間`).
pub static BETWEEN_JOINS: Words = words!["與", "和", "及", "跟", "同", "至", "到"];

/// Words closing a range stated between two figures (`之間`, `間`).
pub static BETWEEN_TAILS: Words = words!["之間", "間"];

/// What may stand between the two sides of a two-sided bound (`大於20度、
/// 小於30度`, `超過10人且不到20人`, `大於二十的同時小於三十五`): punctuation
/// and the characters of these joining words.
pub static BOUND_JOINS: &[char] = char_set!("、，,且而但並并及與和或的同時 ");
