//! Chinese change words: the verbs and nouns that say a figure rose or fell,
//! comparatives, and the words allowed between a change word and its figure.

use crate::lexicon::WordTable;
use crate::lexicon::Words;

/// A change verb that takes an object before its figure (`增加收入3000元`:
/// the object is the metric).
pub const TRANSITIVE: u8 = 1;

/// A change noun whose figure is the change itself (`漲幅3.4%`, `跌幅擴大至2.1%`):
/// it decides the direction over a verb between it and the figure.
pub const AMPLITUDE: u8 = 2;

/// Change words: the verb (or noun) governing a figure, whether it is a rise,
/// and flags ([`TRANSITIVE`], [`AMPLITUDE`]).
#[rustfmt::skip]
pub static CHANGE_WORDS: WordTable<(bool, u8)> = word_rows![
    // rows that only look like change words are in NOT_CHANGE below
    ("增長", true, 0), ("增加", true, TRANSITIVE), ("上漲", true, 0), ("上升", true, 0), ("提高", true, TRANSITIVE), ("擴大", true, 0),
    ("回升", true, 0), ("漲", true, 0), ("增", true, 0), ("升", true, 0), ("提升", true, 0), ("攀升", true, 0), ("躍升", true, 0),
    ("飆升", true, 0), ("走高", true, 0), ("上揚", true, 0), ("增幅", true, AMPLITUDE), ("增速", true, 0), ("漲幅", true, AMPLITUDE),
    ("增長率", true, 0), ("多增", true, 0), ("增值", true, 0), ("反彈", true, 0), ("上調", true, 0), ("大漲", true, 0),
    ("暴漲", true, 0), ("猛增", true, 0), ("激增", true, 0), ("擴張", true, 0), ("翻", true, 0), ("加快", true, 0),
    ("走強", true, 0), ("升值", true, 0), ("放大", true, 0), ("增多", true, 0), ("上行", true, 0), ("成長", true, 0),
    ("年增", true, 0), ("月增", true, 0), ("季增", true, 0), ("增收", true, 0), ("升幅", true, AMPLITUDE),
    ("下降", false, 0), ("減少", false, TRANSITIVE), ("下跌", false, 0), ("下滑", false, 0), ("回落", false, 0), ("縮小", false, 0),
    ("降低", false, TRANSITIVE), ("收窄", false, 0), ("降", false, 0), ("跌", false, 0), ("減", false, 0), ("縮減", false, 0),
    ("萎縮", false, 0), ("下挫", false, 0), ("走低", false, 0), ("下調", false, 0), ("降幅", false, AMPLITUDE), ("跌幅", false, AMPLITUDE),
    ("減幅", false, AMPLITUDE), ("負增長", false, 0), ("少增", false, 0), ("大跌", false, 0), ("暴跌", false, 0), ("銳減", false, 0),
    ("下行", false, 0), ("縮水", false, 0), ("回調", false, 0), ("減弱", false, 0), ("壓減", false, 0), ("削減", false, 0),
    ("放緩", false, 0), ("走弱", false, 0), ("貶值", false, 0), ("減慢", false, 0), ("回落了", false, 0), ("縮窄", false, 0),
    ("年減", false, 0), ("月減", false, 0), ("季減", false, 0), ("衰退", false, 0), ("滑落", false, 0), ("減收", false, 0),
    // pay, prices and trading volume
    ("加薪", true, 0), ("調薪", true, 0), ("漲價", true, 0), ("量增", true, 0), ("價漲", true, 0),
    ("減薪", false, 0), ("降價", false, 0), ("量縮", false, 0), ("量減", false, 0), ("掉", false, 0), ("價跌", false, 0),
    // Hong Kong and Taiwanese fares, prices and rates (港鐵加價3.28%, 減價兩成, 加息0.25厘)
    ("加價", true, 0), ("加息", true, 0), ("升息", true, 0), ("減價", false, 0), ("劈價", false, 0),
    ("減息", false, 0), ("降息", false, 0),
    // Taiwanese adjustments (起跳價調漲至85元, 電價調降3%)
    ("調漲", true, 0), ("調高", true, TRANSITIVE), ("調降", false, 0), ("調低", false, TRANSITIVE),
    // market and rate reports
    ("上浮", true, 0), ("走揚", true, 0), ("攀高", true, 0), ("揚升", true, 0), ("上修", true, 0),
    ("下浮", false, 0), ("挫", false, 0), ("下探", false, 0), ("蒸發", false, 0), ("跳水", false, 0), ("下修", false, 0),
];

/// Comparatives that state a change only after a comparison (`比上月低0.2個百分點`).
pub static COMPARATIVES: &[(&str, bool)] = &[
    ("高", true),
    ("低", false),
    ("多", true),
    ("少", false),
    ("快", true),
    ("慢", false),
    // with a complement: 比去年同期多出1.5萬輛, 比上月高出0.3個百分點
    ("多出", true),
    ("高出", true),
    ("多了", true),
    ("少了", false),
    ("高了", true),
    ("低了", false),
];

/// Words that open the comparison a comparative needs.
pub static COMPARISON_MARKERS: Words = words!["比", "較", "同比", "環比", "按年", "按月"];

/// Words that end in a change word but state no change (`新增就業` is new jobs, not a rise).
#[rustfmt::skip]
pub static NOT_CHANGE: Words = words![
    "起降", "升降", "漲跌", "增減", "新增", "增值稅", "增加值", "降水", "降雨", "升級", "升學", "跌倒", "減免", "減稅", "升值空間",
    "賣掉", "丟掉", "去掉", "扣掉", "花掉", "用掉", "吃掉", "拿掉", "幹掉", "甩掉", "刪掉", "省掉", "跑掉", "忘掉",
];

/// Words allowed between a change word and its figure (`增長了`, `下降至`, `分別增長`).
#[rustfmt::skip]
pub static CHANGE_FILLERS: Words = words![
    "了", "至", "到", "為", "達", "達到", "約", "近", "超", "超過", "逾", "分別", "同比", "環比", "是", "由",
    "幅度", "幅度為", "百分比", "的", "高達", "僅", "仍", "也", "均", "都", "再", "又", "將", "共", "累計",
    "大約", "將近", "接近", "了約", "到了", "有", "一", "在", "維持在", "保持在", "一度",
];

/// Fillers that say the figure is the level reached (`增長至`, `下降到`, `降為`): its role is `to`.
pub static REACHED_FILLERS: Words = words!["至", "到", "到了", "為"];

/// Words before a figure that say a change started there (`由5%降至3%`).
pub static FROM_WORDS: Words = words!["由", "從", "原本", "原先"];

/// What may stand between a changed percentage and the level it reached
/// (`下降35.6%至12.3億元`).
pub static LEVEL_GAPS: Words = words!["至", "到", "達到", "達"];
