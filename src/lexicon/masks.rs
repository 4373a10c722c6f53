//! What the identifier-masking pass (`figures::shared::mask`) knows of
//! words: where a URL starts, the words around a phone number, the words
//! that make a clock time of a number, the names of codes, the words that
//! make `N:NN` a ratio. Folded (Simplified) and lower
//! case, both languages in one table each.

use crate::lexicon::Words;

/// How a web address starts (`https://…`, `www.…`).
pub static URL_STARTS: Words = words!["http://", "https://", "ftp://", "www."];

/// Words before a phone number (`電話：02-2345-6789`, `撥打1999`, `call 555-0100`).
#[rustfmt::skip]
pub static PHONE_LEADS: Words = words![
    "电话", "热线", "专线", "致电", "拨打", "手机", "传真", "联系电话", "服务电话", "咨询电话", "举报电话",
    "tel", "phone", "fax", "call",
];

/// Words after a number that make it a phone number (`12345熱線`, `1999專線`).
pub static PHONE_TAILS: Words = words!["热线", "专线", "服务热线", "市民热线"];

/// Words before a code's characters (`案號`, `型號`, `編號`): what follows
/// is an identifier, not a figure.
#[rustfmt::skip]
pub static CODE_LEADS: Words = words![
    "案号", "字号", "文号", "编号", "序号", "代号", "代码", "型号", "车号", "车牌", "门牌", "账号", "帐号", "学号", "工号",
    "邮编", "统编", "统一编号",
];

/// Parts of the day before a clock time (`下午3點`, `凌晨2時`).
#[rustfmt::skip]
pub static DAY_PARTS: Words = words![
    "上午", "下午", "中午", "晚上", "凌晨", "早上", "清晨", "傍晚", "晚间", "深夜", "午夜", "夜间", "今晨",
    "早晨", "半夜", "黄昏", "当地时间", "北京时间", "台湾时间", "香港时间", "日本时间", "今早", "昨晚", "今晚",
    "昨晨", "早", "晚",
];

/// The hour word after a clock time's hour (`3點`, `10時`).
pub static CLOCK_HOURS: Words = words!["点", "时"];

/// What follows the hour word in a clock time: minutes (`20分`) are read
/// as digits; these words end it (`3點半`, `10時許`, `8點整`).
pub static CLOCK_TAILS: Words = words!["半", "整", "许", "正"];

/// The minute word after a clock time's minutes (`6點20分`, `三點一刻`).
pub static CLOCK_MINUTES: Words = words!["分", "刻"];

/// Words after `N.N` that make it a version (`2.0版`).
pub static VERSION_TAILS: Words = words!["版"];

/// Words before `N:NN` that make it a ratio, not a clock time (`比例為1:10`).
pub static RATIO_LEADS: Words = words![
    "比例", "比率", "比例为", "比率为", "比例是", "比为", "之比", "比", "ratio", "odds", "ratio of",
];

/// Words between a code's or a phone number's name and its digits
/// (`案號為112-345`, `電話是2345-6789`).
pub static LINKS: &[char] = char_set!("为是");
