//! Chinese numerals: digits and place units (ordinary and financial),
//! multipliers, the characters a figure can start with, and the words that
//! begin a figure without a number (`成千上萬`, `百分之`, `一半`).

use crate::lexicon::Words;

/// Chinese digits, ordinary and financial (大寫).
#[rustfmt::skip]
pub static DIGITS: &[(char, u8)] = &[
    ('〇', 0), ('○', 0), ('零', 0), ('一', 1), ('二', 2), ('兩', 2), ('三', 3), ('四', 4), ('五', 5), ('六', 6),
    ('七', 7), ('八', 8), ('九', 9), ('壹', 1), ('貳', 2), ('貮', 2), ('叄', 3), ('參', 3), ('肆', 4),
    ('伍', 5), ('陸', 6), ('柒', 7), ('捌', 8), ('玖', 9), ('幺', 1),
];

/// Characters after a one-character numeral stated by `是` that end its clause (`選的是七而不是八`,
/// `前者是三那後者呢`): with the end of the text or punctuation, they make it a number.
pub static STATED_NUMERAL_BEFORE: &[char] = char_set!("不而卻這那");

/// Characters after a quoted one-character numeral that leave it a number (`“七”和“八”`; a word
/// after it makes a name of it: `「壹」股價`).
pub static QUOTED_NUMERAL_BEFORE: &[char] = char_set!("和與及或跟");

/// Two digits that are no neighbours but still make a spoken range (`三五年` is three to
/// five years, as `七八年` is seven to eight), as (low, high).
pub static SPOKEN_PAIRS: &[(u8, u8)] = &[(3, 5)];

/// Tens in one character: `廿七個月` = 27 months, `卅年` = 30 years.
pub static TENS: &[(char, u8)] = &[('廿', 2), ('卄', 2), ('卅', 3), ('卌', 4)];

/// Numerals that are also ordinary words alone (`登陸`, `拾起`, `隊伍`,
/// `參加`, `肆意`, and `幺`, folded with `麼`: `怎麼打`): one of them alone
/// is no number; in a longer numeral it is (`陸萬元`, `拾貳`).
pub static WORDLIKE_NUMERALS: &[char] = char_set!("陸拾伍參肆幺麼○");

/// Words that end in one of `WORDLIKE_NUMERALS`: no numeral starts inside them (`大陸千名學生` is a
/// thousand students, not 6,000; `隊伍百人`).
pub static WORDLIKE_NUMERAL_WORDS: Words = words!["大陸", "內陸", "登陸", "著陸", "隊伍", "入伍", "退伍", "落伍", "收拾", "人參", "海參"];

/// Chinese place-value units, ordinary and financial.
pub static PLACE_UNITS: &[(char, u32)] = &[
    ('十', 10),
    ('拾', 10),
    ('百', 100),
    ('佰', 100),
    ('千', 1000),
    ('仟', 1000),
];

/// Multipliers after a number (`1.29萬`, `3億`), applied before the unit:
/// (character, factor, may it begin a figure?). `兆` may not: alone, it is
/// the mega- of `兆瓦` (MW), not a trillion.
pub static MULTIPLIERS: &[(char, f64, bool)] =
    &[('萬', 1e4, true), ('億', 1e8, true), ('兆', 1e12, false)];

/// Colloquial multipliers: `三個億` is 3億 (but `三個億萬富翁` is three billionaires).
pub static COLLOQUIAL_MULTIPLIERS: &[(&[char], f64)] = &[(char_set!("個億"), 1e8)];

/// Words that begin with a multiplier character and are no multiplier
/// (`3百分點`), besides the units that do (`千克`, `千瓦時`, `兆瓦`). `百分之` after a
/// numeral is a denominator (`五百分之一` = 1/500), and `五百分` a score.
pub static NOT_MULTIPLIERS: Words = words!["百分點", "百分比"];

/// Vague amounts that begin with a word rather than a numeral: (phrase, low).
pub static VAGUE_WORDS: &[(&str, f64)] = &[
    ("成千上萬", 1e3),
    ("成百上千", 1e2),
    ("成千上百", 1e2),
    ("數以萬計", 1e4),
    ("數以千計", 1e3),
    ("數以百計", 1e2),
    ("數以億計", 1e8),
    ("數以十萬計", 1e5),
    ("數以百萬計", 1e6),
];

/// Shares of a whole written before the number: (words, divisor to percent).
/// `百分之七` = 7%, `千分之三` = 0.3%.
pub static PER_WHOLE: &[(&str, f64)] =
    &[("百分之", 1.0), ("佰分之", 1.0), ("千分之", 10.0), ("萬分之", 100.0)];

/// Shares of a whole as words: (words, percent). `降低了一半` = 50%.
/// `打對折` is a discount to half the price, only after `打` (`對折` alone
/// folds paper); `百分之百` is left out: mostly an idiom, `百分之百支持`.
/// (phrase, percent, must `打` come before it?)
/// `半成` is half a tenth (`樓價跌半成` = 5%), `半折` a discount to half the price.
pub static SHARE_WORDS: &[(&str, f64, bool)] =
    &[("一半", 50.0, false), ("對折", 50.0, true), ("半成", 5.0, false), ("半折", 50.0, false)];

/// Duration units after a leading `半` (`半小時`, `半天`, `半個月`, `半年`): half of one.
#[rustfmt::skip]
pub static HALF_UNITS: Words = words![
    "小時", "個小時", "個鐘頭", "鐘頭", "天", "日", "個月", "年", "分鐘", "秒", "個星期",
];

/// Characters before `半` that make it part of a word (`上半年`, `大半天`,
/// `一半`, `過半`, `多半`), not a half of a duration.
pub static NOT_HALF_AFTER: &[char] = char_set!("上下前後大多另過這那");

/// Characters after `半年`, `半月`, `半日` that make a name (`半年度`, `半年報`,
/// `半月刊`) or a market's morning session (`恒指半日收報`, `半日市`).
pub static NOT_HALF_BEFORE: &[char] = char_set!("度報刊結市收");

/// Characters before `一半` that make it a word: `另一半` (a partner).
pub static NOT_SHARE_AFTER: &[char] = char_set!("另");

/// Characters before `數` that make it the end of a word, not "several" (`人數名列前茅`, `少數`,
/// `多數`, `無數`, `指數`, `次數`, `悉數`, `倒數`).
pub static NOT_SEVERAL_AFTER: &[char] =
    char_set!("人次件戶票分歲天年多少半總指函係變參倍級基實整無計定讀點字位場期頁家筆張項個名輪度量算運術倒歷細悉週周月日時秒例宗股份架輛艘台臺全單雙奇偶負複虛素常乘除加減小大");

/// Characters after `數` that make a word of it, not "several" (`數位轉型`: digital; `數碼`).
pub static NOT_SEVERAL_BEFORE: &[char] = char_set!("位碼");
