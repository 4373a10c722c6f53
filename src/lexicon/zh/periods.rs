//! Chinese period phrases: the time a figure refers to and the basis it is
//! compared with. A row with `#` takes a number there (`前#個月` matches
//! 前4個月 and 前四個月).

use crate::lexicon::WordTable;
use crate::lexicon::Words;

/// A period row's part in a figure's `period`: the time it refers to, or
/// the basis it is compared with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Period {
    Time,
    Basis,
}

use Period::{Basis as B, Time as T};

/// Period phrases that make up a figure's `period`. A row with `#` takes a
/// number there (`前#個月` matches 前4個月 and 前四個月).
#[rustfmt::skip]
pub static PERIODS: WordTable<Period> = word_rows![
    ("同比", B), ("環比", B), ("同期", B), ("按年", B), ("按季", B), ("按月", B), ("年增", B), ("年減", B),
    ("月增", B), ("月減", B),
    ("上年同期", T), ("去年同期", T), ("一季度", T), ("二季度", T), ("三季度", T), ("四季度", T), ("第一季度", T),
    ("第二季度", T), ("第三季度", T), ("第四季度", T), ("上半年", T), ("下半年", T), ("前三季度", T), ("前三季", T),
    ("首季", T), ("全年", T), ("今年", T), ("去年", T), ("上年", T), ("明年", T), ("當年", T), ("當月", T),
    ("本月", T), ("上月", T), ("今年以來", T), ("年初至今", T), ("年內", T), ("年末", T), ("年底", T), ("年初", T),
    ("期末", T), ("月末", T), ("月底", T), ("季末", T), ("上月底", T), ("上月末", T), ("兩年平均", T),
    ("三年平均", T), ("年均", T), ("年平均", T), ("入汛以來", T), ("春節期間", T), ("黃金週期間", T), ("假期期間", T),
    ("前#個月", T), ("前#月", T), ("前#季", T), ("#月份", T), ("#-#月", T), ("#—#月", T), ("#至#月", T), ("#年", T),
    ("#年度", T), ("#年上半年", T), ("#年前#個月", T), ("一至#月", T), ("近#年", T), ("過去#年", T), ("#年來", T),
    ("#年以來", T), ("第#季度", T), ("第#季", T), ("#季度", T), ("Q#", T), ("#月", T), ("#月末", T), ("#月底", T),
    ("#日", T),
];

/// Comparison bases are a head and a time (`較` + `去年同月`); every pairing counts.
pub static BASIS_HEADS: Words = words!["比", "較", "與", "同"];

#[rustfmt::skip]
pub static BASIS_TIMES: Words = words![
    "上年", "去年", "前年", "今年", "上月", "前月", "本月", "上季", "上季度", "前季", "昨日", "前日", "昨天", "上週",
    "上周", "年初", "上年末", "上年底", "上月末", "上月底", "上年同期", "去年同期", "前年同期", "上年同月",
    "去年同月", "常年", "常年同期", "歷史同期", "同期", "上一年", "前一年", "前一日", "上一季", "上年同期相比",
    "去年同期相比", "上年相比", "去年相比", "#年", "#年同期", "#年同期相比", "#年相比",
];
