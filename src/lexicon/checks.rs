//! The words the arithmetic checks (`src/checks`) read: what tells two
//! figures measure one thing, that a list partitions a total, that a figure
//! is per head, that a period is the earlier one of a comparison. One row per
//! word; Chinese rows in either script (matched on the folded text), English
//! rows in lower case (matched as whole words).

/// What a word tells the checks.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum CheckWord {
    /// A modifier that splits one metric family into members (`城鎮`/`農村`
    /// 居民收入 are one family, `收入`): removed before metrics are compared.
    Modifier,
    /// A word naming a ratio or a multiple (`倍差`, `times`): removed from a
    /// ratio's metric before its family is compared.
    RatioWord,
    /// A partition word after its total (`共120例，其中…`, `…, including`).
    PartsAfter,
    /// A partition word before its total (`of the 120 cases, 70 …`).
    TotalAfter,
    /// A word that makes a total of what came before it (`合計`, `combined`).
    TotalWord,
    /// A word naming the rest of a whole, which makes a list exhaustive.
    Rest,
    /// Per person (`人均`, `per capita`).
    PerPerson,
    /// Per household (`戶均`, `per household`).
    PerHousehold,
    /// The earlier period of a comparison (`去年同期`, `a year earlier`).
    Prior,
    /// An average, which lies inside the range of what it averages.
    Average,
    /// A share of a whole (`佔`, `accounted for`).
    Share,
    /// What joins a multiple to the base it multiplies, right before it (`20萬噸的5倍`).
    BaseOf,
    /// What a comparison's base follows (`比2010年的24.89歲`, `than the 203.6 million`).
    Than,
}

use crate::lexicon::WordTable;
use CheckWord::*;

/// The rows: a word and what it tells.
#[rustfmt::skip]
pub static CHECK_WORDS: WordTable<CheckWord> = word_rows![
    // Modifiers of a metric family: places of residence, scope, time span.
    ("城鎮", Modifier), ("農村", Modifier), ("城鄉", Modifier), ("城市", Modifier), ("鄉村", Modifier),
    ("城", Modifier), ("鄉", Modifier), ("居民", Modifier), ("常住", Modifier),
    ("全年", Modifier), ("全體", Modifier), ("總", Modifier), ("全部", Modifier),
    ("男性", Modifier), ("女性", Modifier), ("本地", Modifier), ("境外", Modifier), ("今年", Modifier),
    ("去年", Modifier), ("上年", Modifier), ("同期", Modifier), ("全市", Modifier), ("全省", Modifier),
    ("全國", Modifier), ("全區", Modifier), ("全縣", Modifier),
    ("urban", Modifier), ("rural", Modifier), ("total", Modifier), ("annual", Modifier),
    ("full-year", Modifier), ("overall", Modifier), ("average", Modifier), ("the", Modifier),
    ("of", Modifier), ("its", Modifier), ("their", Modifier), ("median", Modifier),
    // Ratio and multiple words.
    ("倍差", RatioWord), ("之比", RatioWord), ("比值", RatioWord), ("比例", RatioWord), ("比", RatioWord),
    ("倍", RatioWord), ("ratio", RatioWord), ("times", RatioWord), ("multiple", RatioWord),
    // Partitions of a total.
    ("其中", PartsAfter), ("包括", PartsAfter), ("包含", PartsAfter), ("當中", PartsAfter),
    ("中，", PartsAfter), ("中,", PartsAfter), ("of these", PartsAfter), ("of those", PartsAfter),
    ("including", PartsAfter), ("among them", PartsAfter), ("of which", PartsAfter), ("of whom", PartsAfter),
    ("of the", TotalAfter), ("out of", TotalAfter),
    ("合計", TotalWord), ("總計", TotalWord), ("共計", TotalWord), ("總共", TotalWord), ("一共", TotalWord),
    ("加起來", TotalWord), ("combined", TotalWord), ("in total", TotalWord), ("a total of", TotalWord),
    ("altogether", TotalWord), ("totaling", TotalWord), ("totalling", TotalWord), ("相加", TotalWord),
    ("組成", TotalWord),
    ("其餘", Rest), ("其他", Rest), ("其它", Rest), ("剩餘", Rest), ("餘下", Rest), ("剩下", Rest),
    ("the rest", Rest), ("remaining", Rest), ("others", Rest), ("other", Rest),
    // Per head.
    ("人均", PerPerson), ("每人", PerPerson), ("平均每人", PerPerson), ("per capita", PerPerson),
    ("per person", PerPerson), ("per head", PerPerson), ("per resident", PerPerson),
    ("戶均", PerHousehold), ("每戶", PerHousehold), ("per household", PerHousehold),
    // The earlier period of a comparison.
    ("去年同期", Prior), ("上年同期", Prior), ("去年", Prior), ("上年", Prior), ("上一年", Prior),
    ("前一年", Prior), ("last year", Prior), ("a year earlier", Prior), ("a year ago", Prior),
    ("the previous year", Prior), ("the year before", Prior), ("a year before", Prior),
    ("the same period last year", Prior), ("year-earlier", Prior), ("year-ago", Prior),
    // Averages.
    ("平均", Average), ("均價", Average), ("均值", Average), ("average", Average), ("averaging", Average),
    ("averaged", Average), ("mean", Average), ("median", Average),
    // Shares of a whole.
    ("佔", Share), ("占", Share), ("佔比", Share), ("占比", Share), ("比重", Share),
    ("accounted for", Share), ("accounting for", Share), ("accounts for", Share), ("share", Share),
    ("made up", Share), ("making up", Share),
    // A base and its multiple.
    ("的", BaseOf),
    // The base of a comparison.
    ("比", Than), ("較", Than), ("than", Than), ("compared with", Than), ("compared to", Than),
];

/// Words of an explanation, per language of the article: Traditional,
/// Simplified, English.
pub struct ExplainWords {
    /// Percentage points, after a number.
    pub points: &'static str,
}

/// [Traditional, Simplified, English].
#[rustfmt::skip]
pub static EXPLAIN: [ExplainWords; 3] = [
    ExplainWords { points: "個百分點" },
    ExplainWords { points: "个百分点" },
    ExplainWords { points: " percentage points" },
];
