//! Chinese period phrases: the time a figure refers to and the basis it is
//! compared with. A row with `#` takes a number there (`前#個月` matches
//! 前4個月 and 前四個月).

use crate::lexicon::Words;

/// Time phrases that make up a figure's `period`. A row with `#` takes a
/// number there (`前#個月` matches 前4個月 and 前四個月).
#[rustfmt::skip]
pub static PERIODS: Words = words![
    "同比", "環比", "同期", "上年同期", "去年同期", "按年", "按季", "按月", "年增", "年減", "月增", "月減",
    "一季度", "二季度", "三季度", "四季度", "第一季度", "第二季度", "第三季度", "第四季度", "上半年", "下半年",
    "前三季度", "前三季", "首季", "全年", "今年", "去年", "上年", "明年", "當年", "當月", "本月", "上月", "今年以來",
    "年初至今", "年內", "年末", "年底", "年初", "期末", "月末", "月底", "季末", "上月底", "上月末", "兩年平均",
    "三年平均", "年均", "年平均", "入汛以來", "春節期間", "黃金週期間", "假期期間",
    "前#個月", "前#月", "前#季", "#月份", "#-#月", "#—#月", "#至#月", "#年", "#年度", "#年上半年", "#年前#個月",
    "一至#月", "近#年", "過去#年", "#年來", "#年以來", "第#季度", "第#季", "#季度", "Q#", "#月", "#月末",
    "#月底", "#日",
];

/// Rows of [`PERIODS`] that are a comparison basis by themselves (`同比`, `按年`).
pub static BASIS_PERIODS: Words = words![
    "同比", "環比", "同期", "按年", "按季", "按月", "年增", "年減", "月增", "月減",
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
