//! What a Chinese metric leaves out and keeps: leading verbs and fillers
//! (`實現`), trailing ones (`分別為`), nouns that only look like them
//! (`違法行為`), and where the noun after a measure word ends.

use crate::lexicon::Words;

/// Verbs and fillers stripped from the left of a metric (`實現地區生產總值` → `地區生產總值`).
#[rustfmt::skip]
pub static METRIC_LEAD: Words = words![
    "實現", "完成", "達到", "錄得", "創造", "共有", "擁有", "累計", "共", "全年", "其中", "同時", "並", "而", "且",
    "此外", "另外", "另", "以及", "和", "與", "及", "其", "該", "使", "讓", "將", "已", "共計", "合計", "總計",
    "但", "但是", "不過", "全國", "全省", "全市", "全區", "全縣", "全港", "全台", "全臺", "全澳", "本港", "本市", "當天",
    "當日", "昨日", "今日",
    // A demonstrative and the kind of thing it points back to (該市人口 → 人口).
    "該市", "該省", "該縣", "該區", "該鎮", "該村", "該國", "該州", "該公司", "該集團", "該行", "該企業",
    "本省", "本縣", "本區", "本國", "本公司", "本行", "此次",
];

/// Words in which `有` is not the verb of existence (`有效投資`, `國有企業`,
/// `所有`). Elsewhere a metric starts after `有` (`該校有學生3000餘名` → `學生`).
#[rustfmt::skip]
pub static HAVE_NOT_VERB: Words = words![
    "有效", "有關", "有限", "有機", "有色", "有線", "有償", "有序", "有利", "有力", "有望", "有所", "有助",
    "有些", "有的", "有點", "有毒", "有害", "有形", "有名", "有意", "有獎", "有氧", "所有", "沒有", "國有",
    "私有", "公有", "民有", "稀有", "固有", "特有", "唯有", "只有",
];

/// Nouns that end in a word the metric would strip (`違法行為` keeps its `為`).
pub static METRIC_KEEP: Words = words![
    "出超", "入超", "行為", "作為", "人為", "以為", "認為", "成為", "所有", "擁有", "佔有", "持有",
    "占比", "佔比", "保有", "享有", "存在", "所在", "現在", "潛在", "內在", "外在", "實在", "正在",
];

/// Words stripped from the right of a metric (`收入分別為` → `收入`).
#[rustfmt::skip]
pub static METRIC_TAIL: Words = words![
    "分別", "分別為", "分別達", "分別達到", "為", "達", "達到", "是", "約", "約為", "共", "共計", "累計", "合計",
    "總計", "近", "超過", "超", "逾", "僅", "高達", "多達", "已", "已達", "將", "有", "了", "的", "佔", "占",
    "維持在", "保持在", "維持", "保持", "穩定在", "處於",
    "日均", "月均", "年均", "一度", "以", "實質", "實際", "按年",
    "達至", "突破", "錄得", "實現", "完成", "則", "約合", "僅為", "首次", "又", "再", "還", "仍", "均", "也",
    "在", "用了", "花了", "年滿", "須", "必須", "需",
];

/// Conjunctions that coordinate figures or the subjects of `分別`.
pub static COORDINATORS: Words = words!["和", "與", "及", "以及", "、", "跟", "同"];

/// Characters that end the noun after a measure word (`5條線的` → `線`).
pub static COUNTED_NOUN_STOP_CHARS: &[char] = char_set!("的是在被将將已等均都也和与與及为為了着著过過并並且之");

/// Verbs that end the noun after a measure word (`322個重大項目集中開工` → `重大項目`).
#[rustfmt::skip]
pub static COUNTED_NOUN_STOPS: Words = words![
    "集中", "開工", "實現", "完成", "建成", "入選", "獲得", "參與", "參加", "覆蓋", "受益", "落地", "開展", "通過",
    "達到", "位居", "正在", "已經", "進行", "全部", "相繼", "先後", "分別", "同時", "累計", "合計", "投入", "投產",
    "簽約", "開業", "上市", "受災", "死亡", "受傷", "遇難", "失蹤", "確診", "治癒", "出院", "入住", "參賽", "獲獎",
];

/// Verbs inside a metric's clause after which the quantity's noun begins (`企業實現營業收入` → `營業收入`).
pub static METRIC_CUT_VERBS: Words = words![
    "實現",
    "完成",
    "錄得",
    "創造",
    "擁有",
    "達到",
    "突破",
    "累計完成",
    "共計完成",
];
