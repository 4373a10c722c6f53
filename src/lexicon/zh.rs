//! Chinese language knowledge, as tables. Write a row in either script: rows
//! are folded to Simplified when the lexicon is built, and the text is matched
//! on its folded copy, so one row serves Traditional and Simplified alike.
//!
//! To extend the grammar, add a row; no control flow changes.

use super::Words;
use crate::model::Kind;

/// What follows a number: a unit, a measure word or a currency.
pub struct UnitRow {
    pub word: &'static str,
    pub kind: Kind,
    /// 1 + the canonical unit's index in [`UNIT_NAMES`]; 0 for none.
    unit: u8,
    /// The factor as a power of ten (with the unit as an index, a row takes
    /// 12 bytes of wasm, not 32).
    scale: i8,
}

/// Every canonical unit a unit row (here or in `en.rs`) may name, in the
/// conventions of `shared/docs/schema.md`. A row naming another unit does
/// not compile: add the unit here first.
#[rustfmt::skip]
pub static UNIT_NAMES: &[&str] = &[
    "person", "CNY", "m2", "°C", "km2", "year", "km/h", "km", "USD", "kg", "kWh", "°F", "t", "pp", "mm", "mL",
    "m", "cm", "TWD", "L", "GBP", "year-old", "week", "m3", "kW", "job", "ha", "day", "TEU", "JPY", "INR",
    "workday", "oz", "month", "lb", "household", "hour", "ft", "case", "SGD", "MW", "KRW", "HKD", "GW", "EUR",
    "CHF", "vote", "share", "second", "minute", "mi", "mg", "in", "g", "barrel", "RUB", "GB", "CAD", "AUD", "%",
    "ton", "quarter", "mu", "mph", "mi2", "gal", "ft2", "dB", "acre", "VND", "TWh", "THB", "TB", "MYR", "MWh",
    "MOP", "GWh", "GHz", "°", "yd", "px", "ping", "person-time", "nmi", "liang", "level", "kn", "kcal", "jin",
    "cal", "bcm", "ZAR", "W", "UAH", "TRY", "SEK", "SAR", "PLN", "PHP", "NZD", "NGN", "MXN", "MPa", "MHz", "MB",
    "IDR", "BRL", "AED",
];

const fn same(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

const fn unit_id(unit: Option<&str>) -> u8 {
    let Some(unit) = unit else { return 0 };
    let mut i = 0;
    while i < UNIT_NAMES.len() {
        if same(UNIT_NAMES[i], unit) {
            return i as u8 + 1;
        }
        i += 1;
    }
    panic!("a unit row names a unit missing from UNIT_NAMES")
}

impl UnitRow {
    /// Canonical unit (`CNY`, `person`, `m2`); `None` for a plain measure word.
    pub fn unit(&self) -> Option<&'static str> {
        UNIT_NAMES
            .get(usize::from(self.unit).checked_sub(1)?)
            .copied()
    }

    /// Multiplies the value: 分錢 → 0.01, 千瓦 stays 1 (no conversion between units).
    pub fn factor(&self) -> f64 {
        10f64.powi(self.scale.into())
    }
}

/// A row; `factor` must be a power of ten from 0.001 to 1000 (checked when compiling).
pub(crate) const fn u(
    word: &'static str,
    kind: Kind,
    unit: Option<&'static str>,
    factor: f64,
) -> UnitRow {
    let scale = if factor == 1.0 {
        0
    } else if factor == 0.1 {
        -1
    } else if factor == 0.01 {
        -2
    } else if factor == 0.001 {
        -3
    } else if factor == 10.0 {
        1
    } else if factor == 100.0 {
        2
    } else if factor == 1000.0 {
        3
    } else {
        panic!("a unit row's factor must be a power of ten from 0.001 to 1000")
    };
    UnitRow {
        word,
        kind,
        unit: unit_id(unit),
        scale,
    }
}

use Kind::{Count as C, Duration as D, Measure as M, Money as Y, Multiple as X, Percent as P};

/// Units after a number, longest match wins.
#[rustfmt::skip]
pub static UNITS: &[UnitRow] = &[
    // basis points: a hundredth of a percentage point (個百分點 is read in scan.rs)
    u("個基點", P, Some("pp"), 0.01), u("基點", P, Some("pp"), 0.01),
    // money
    u("元", Y, Some("CNY"), 1.0), u("元人民幣", Y, Some("CNY"), 1.0), u("人民幣", Y, Some("CNY"), 1.0),
    u("塊", Y, Some("CNY"), 1.0), u("塊錢", Y, Some("CNY"), 1.0), u("角", Y, Some("CNY"), 0.1),
    u("毛錢", Y, Some("CNY"), 0.1), u("角錢", Y, Some("CNY"), 0.1), u("分錢", Y, Some("CNY"), 0.01),
    u("美元", Y, Some("USD"), 1.0), u("美金", Y, Some("USD"), 1.0), u("港元", Y, Some("HKD"), 1.0),
    u("港幣", Y, Some("HKD"), 1.0), u("新台幣", Y, Some("TWD"), 1.0), u("新臺幣", Y, Some("TWD"), 1.0),
    u("台幣", Y, Some("TWD"), 1.0), u("歐元", Y, Some("EUR"), 1.0), u("日元", Y, Some("JPY"), 1.0),
    u("日圓", Y, Some("JPY"), 1.0), u("英鎊", Y, Some("GBP"), 1.0), u("韓元", Y, Some("KRW"), 1.0),
    u("韓圓", Y, Some("KRW"), 1.0), u("澳元", Y, Some("AUD"), 1.0), u("加元", Y, Some("CAD"), 1.0),
    u("新加坡元", Y, Some("SGD"), 1.0), u("新元", Y, Some("SGD"), 1.0), u("瑞士法郎", Y, Some("CHF"), 1.0),
    u("盧布", Y, Some("RUB"), 1.0), u("盧比", Y, Some("INR"), 1.0), u("泰銖", Y, Some("THB"), 1.0),
    u("澳門元", Y, Some("MOP"), 1.0), u("澳門幣", Y, Some("MOP"), 1.0), u("令吉", Y, Some("MYR"), 1.0),
    u("越南盾", Y, Some("VND"), 1.0), u("比索", Y, Some("PHP"), 1.0),
    // people and things counted with a canonical unit
    u("人", C, Some("person"), 1.0), u("人次", C, Some("person-time"), 1.0), u("名", C, None, 1.0),
    u("戶", C, Some("household"), 1.0), u("股", C, Some("share"), 1.0), u("例", C, Some("case"), 1.0),
    u("票", C, Some("vote"), 1.0), u("個崗位", C, Some("job"), 1.0), u("個就業崗位", C, Some("job"), 1.0),
    // plain measure words
    u("個", C, None, 1.0), u("家", C, None, 1.0), u("條", C, None, 1.0), u("項", C, None, 1.0),
    u("位", C, None, 1.0), u("套", C, None, 1.0), u("輛", C, None, 1.0), u("台", C, None, 1.0),
    u("臺", C, None, 1.0), u("件", C, None, 1.0), u("所", C, None, 1.0), u("座", C, None, 1.0),
    u("張", C, None, 1.0), u("次", C, None, 1.0), u("批", C, None, 1.0), u("隻", C, None, 1.0),
    u("只", C, None, 1.0), u("頭", C, None, 1.0), u("匹", C, None, 1.0), u("棵", C, None, 1.0),
    u("株", C, None, 1.0), u("本", C, None, 1.0), u("部", C, None, 1.0), u("場", C, None, 1.0),
    u("架", C, None, 1.0), u("艘", C, None, 1.0), u("起", C, None, 1.0), u("宗", C, None, 1.0),
    u("篇", C, None, 1.0), u("首", C, None, 1.0), u("份", C, None, 1.0), u("層", C, None, 1.0),
    u("棟", C, None, 1.0), u("幢", C, None, 1.0), u("處", C, None, 1.0), u("間", C, None, 1.0),
    u("枚", C, None, 1.0), u("顆", C, None, 1.0), u("粒", C, None, 1.0), u("支", C, None, 1.0),
    u("把", C, None, 1.0), u("款", C, None, 1.0), u("種", C, None, 1.0), u("類", C, None, 1.0),
    u("組", C, None, 1.0), u("屆", C, None, 1.0), u("輪", C, None, 1.0), u("幅", C, None, 1.0),
    u("列", C, None, 1.0), u("班", C, None, 1.0), u("節", C, None, 1.0),
    u("門", C, None, 1.0), u("道", C, None, 1.0), u("筆", C, None, 1.0), u("單", C, None, 1.0),
    u("架次", C, None, 1.0), u("車次", C, None, 1.0), u("艘次", C, None, 1.0), u("科", C, None, 1.0),
    u("面", C, None, 1.0), u("劑", C, None, 1.0), u("冊", C, None, 1.0), u("劑次", C, None, 1.0), u("片", C, None, 1.0), u("塊地", C, None, 1.0), u("畝地", M, Some("mu"), 1.0), u("座城市", C, None, 1.0),
    u("戶家庭", C, Some("household"), 1.0), u("口", C, None, 1.0), u("封", C, None, 1.0),
    u("扇", C, None, 1.0), u("盞", C, None, 1.0), u("瓶", C, None, 1.0), u("箱", C, None, 1.0),
    u("袋", C, None, 1.0), u("包", C, None, 1.0), u("盒", C, None, 1.0), u("桌", C, None, 1.0),
    u("趟", C, None, 1.0), u("遍", C, None, 1.0), u("季", C, None, 1.0), u("集", C, None, 1.0),
    u("位數", C, None, 1.0), u("支隊伍", C, None, 1.0),
    // physical measures: canonical units, never converted
    u("噸", M, Some("t"), 1.0), u("公噸", M, Some("t"), 1.0), u("公斤", M, Some("kg"), 1.0),
    u("千克", M, Some("kg"), 1.0), u("克", M, Some("g"), 1.0), u("毫克", M, Some("mg"), 1.0),
    u("斤", M, Some("jin"), 1.0), u("兩", M, Some("liang"), 1.0), u("磅", M, Some("lb"), 1.0),
    u("盎司", M, Some("oz"), 1.0), u("公里", M, Some("km"), 1.0), u("千米", M, Some("km"), 1.0),
    u("米", M, Some("m"), 1.0), u("公尺", M, Some("m"), 1.0), u("厘米", M, Some("cm"), 1.0),
    u("公分", M, Some("cm"), 1.0), u("毫米", M, Some("mm"), 1.0), u("英里", M, Some("mi"), 1.0),
    u("海里", M, Some("nmi"), 1.0), u("英尺", M, Some("ft"), 1.0), u("英寸", M, Some("in"), 1.0),
    u("平方米", M, Some("m2"), 1.0), u("平米", M, Some("m2"), 1.0), u("㎡", M, Some("m2"), 1.0),
    u("平方公尺", M, Some("m2"), 1.0), u("平方公里", M, Some("km2"), 1.0), u("平方千米", M, Some("km2"), 1.0),
    u("畝", M, Some("mu"), 1.0), u("公頃", M, Some("ha"), 1.0), u("坪", M, Some("ping"), 1.0),
    u("立方米", M, Some("m3"), 1.0), u("立方", M, Some("m3"), 1.0),
    u("升", M, Some("L"), 1.0), u("公升", M, Some("L"), 1.0), u("毫升", M, Some("mL"), 1.0),
    u("千瓦", M, Some("kW"), 1.0), u("兆瓦", M, Some("MW"), 1.0), u("吉瓦", M, Some("GW"), 1.0),
    u("瓦", M, Some("W"), 1.0), u("千瓦時", M, Some("kWh"), 1.0), u("度電", M, Some("kWh"), 1.0),
    u("千瓦時電", M, Some("kWh"), 1.0), u("攝氏度", M, Some("°C"), 1.0), u("℃", M, Some("°C"), 1.0),
    u("°C", M, Some("°C"), 1.0), u("度", M, Some("°C"), 1.0), u("華氏度", M, Some("°F"), 1.0),
    u("℉", M, Some("°F"), 1.0), u("°F", M, Some("°F"), 1.0), u("歲", M, Some("year-old"), 1.0),
    u("週歲", M, Some("year-old"), 1.0), u("公里/小時", M, Some("km/h"), 1.0), u("公里每小時", M, Some("km/h"), 1.0),
    u("標準箱", M, Some("TEU"), 1.0), u("標箱", M, Some("TEU"), 1.0), u("桶", M, Some("barrel"), 1.0), u("分貝", M, Some("dB"), 1.0),
    u("毫米降雨", M, Some("mm"), 1.0), u("級", M, Some("level"), 1.0), u("兆帕", M, Some("MPa"), 1.0),
    u("吉字節", M, Some("GB"), 1.0), u("像素", M, Some("px"), 1.0), u("卡路里", M, Some("cal"), 1.0),
    u("千卡", M, Some("kcal"), 1.0), u("千米/小時", M, Some("km/h"), 1.0), u("方面", C, None, 1.0),
    // unit symbols written in Latin letters inside Chinese text
    u("GW", M, Some("GW"), 1.0), u("MW", M, Some("MW"), 1.0), u("kW", M, Some("kW"), 1.0), u("KW", M, Some("kW"), 1.0),
    u("kWh", M, Some("kWh"), 1.0), u("GWh", M, Some("GWh"), 1.0), u("MWh", M, Some("MWh"), 1.0), u("TWh", M, Some("TWh"), 1.0),
    u("km", M, Some("km"), 1.0), u("kg", M, Some("kg"), 1.0), u("cm", M, Some("cm"), 1.0), u("mm", M, Some("mm"), 1.0),
    u("m2", M, Some("m2"), 1.0), u("m²", M, Some("m2"), 1.0), u("km²", M, Some("km2"), 1.0), u("km2", M, Some("km2"), 1.0),
    u("m³", M, Some("m3"), 1.0), u("ha", M, Some("ha"), 1.0), u("mL", M, Some("mL"), 1.0), u("ml", M, Some("mL"), 1.0),
    u("km/h", M, Some("km/h"), 1.0), u("TEU", M, Some("TEU"), 1.0), u("GB", M, Some("GB"), 1.0), u("TB", M, Some("TB"), 1.0),
    u("MB", M, Some("MB"), 1.0), u("GHz", M, Some("GHz"), 1.0), u("MHz", M, Some("MHz"), 1.0), u("dB", M, Some("dB"), 1.0),
    // durations
    u("年", D, Some("year"), 1.0), u("週年", D, Some("year"), 1.0), u("個月", D, Some("month"), 1.0),
    u("月", D, Some("month"), 1.0), u("週", D, Some("week"), 1.0), u("個星期", D, Some("week"), 1.0),
    u("星期", D, Some("week"), 1.0), u("天", D, Some("day"), 1.0), u("日", D, Some("day"), 1.0),
    u("個工作日", D, Some("workday"), 1.0), u("工作日", D, Some("workday"), 1.0),
    u("小時", D, Some("hour"), 1.0), u("個小時", D, Some("hour"), 1.0), u("分鐘", D, Some("minute"), 1.0),
    u("秒", D, Some("second"), 1.0), u("秒鐘", D, Some("second"), 1.0), u("個季度", D, Some("quarter"), 1.0),
    u("晝夜", D, Some("day"), 1.0), u("個年頭", D, Some("year"), 1.0), u("代", C, None, 1.0),
    // multiples
    u("倍", X, None, 1.0),
];

/// Units read only after Arabic digits: `三角` is a triangle, `兩度` twice.
pub static ARABIC_ONLY_UNITS: Words = words!["角", "度"];

/// Currency words and symbols written before the amount.
#[rustfmt::skip]
pub static CURRENCY_PREFIXES: &[(&str, &str)] = &[
    ("US$", "USD"), ("USD", "USD"), ("HK$", "HKD"), ("HKD", "HKD"), ("NT$", "TWD"), ("NTD", "TWD"),
    ("A$", "AUD"), ("C$", "CAD"), ("S$", "SGD"), ("RMB", "CNY"), ("CNY", "CNY"), ("EUR", "EUR"),
    ("GBP", "GBP"), ("JPY", "JPY"), ("MOP$", "MOP"), ("$", "USD"), ("＄", "USD"), ("¥", "CNY"), ("￥", "CNY"),
    ("€", "EUR"), ("£", "GBP"), ("₩", "KRW"), ("₹", "INR"),
    ("人民幣", "CNY"), ("美元", "USD"), ("港幣", "HKD"), ("港元", "HKD"), ("新台幣", "TWD"), ("新臺幣", "TWD"),
    ("歐元", "EUR"), ("日元", "JPY"), ("英鎊", "GBP"),
];

/// Number multipliers (`1.29萬`), applied before the unit.
pub static MULTIPLIERS: &[(char, f64)] = &[
    ('十', 10.0),
    ('百', 100.0),
    ('千', 1e3),
    ('萬', 1e4),
    ('億', 1e8),
    ('兆', 1e12),
];

/// Chinese digits, ordinary and financial (大寫).
#[rustfmt::skip]
pub static DIGITS: &[(char, u8)] = &[
    ('〇', 0), ('零', 0), ('一', 1), ('二', 2), ('兩', 2), ('三', 3), ('四', 4), ('五', 5), ('六', 6),
    ('七', 7), ('八', 8), ('九', 9), ('壹', 1), ('貳', 2), ('貮', 2), ('叄', 3), ('參', 3), ('肆', 4),
    ('伍', 5), ('陸', 6), ('柒', 7), ('捌', 8), ('玖', 9), ('幺', 1),
];

/// Chinese place-value units, ordinary and financial.
pub static PLACE_UNITS: &[(char, u32)] = &[
    ('十', 10),
    ('拾', 10),
    ('百', 100),
    ('佰', 100),
    ('千', 1000),
    ('仟', 1000),
];

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

/// Change words: the verb (or noun) governing a figure, and its direction.
#[rustfmt::skip]
pub static CHANGE_WORDS: &[(&str, bool)] = &[
    // rows that only look like change words are in NOT_CHANGE below
    ("增長", true), ("增加", true), ("上漲", true), ("上升", true), ("提高", true), ("擴大", true),
    ("回升", true), ("漲", true), ("增", true), ("升", true), ("提升", true), ("攀升", true), ("躍升", true),
    ("飆升", true), ("走高", true), ("上揚", true), ("增幅", true), ("增速", true), ("漲幅", true),
    ("增長率", true), ("多增", true), ("增值", true), ("反彈", true), ("上調", true), ("大漲", true),
    ("暴漲", true), ("猛增", true), ("激增", true), ("擴張", true), ("翻", true), ("加快", true),
    ("走強", true), ("升值", true), ("放大", true), ("增多", true), ("上行", true), ("成長", true),
    ("年增", true), ("月增", true), ("季增", true), ("增收", true), ("升幅", true),
    ("下降", false), ("減少", false), ("下跌", false), ("下滑", false), ("回落", false), ("縮小", false),
    ("降低", false), ("收窄", false), ("降", false), ("跌", false), ("減", false), ("縮減", false),
    ("萎縮", false), ("下挫", false), ("走低", false), ("下調", false), ("降幅", false), ("跌幅", false),
    ("減幅", false), ("負增長", false), ("少增", false), ("大跌", false), ("暴跌", false), ("銳減", false),
    ("下行", false), ("縮水", false), ("回調", false), ("減弱", false), ("壓減", false), ("削減", false),
    ("放緩", false), ("走弱", false), ("貶值", false), ("減慢", false), ("回落了", false), ("縮窄", false),
    ("年減", false), ("月減", false), ("季減", false), ("衰退", false), ("滑落", false), ("減收", false),
    // market and rate reports
    ("上浮", true), ("走揚", true), ("攀高", true), ("揚升", true), ("上修", true),
    ("下浮", false), ("挫", false), ("下探", false), ("蒸發", false), ("跳水", false), ("下修", false),
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
];

/// Words right after a unit that show it was no unit (`三年級`, `3點鐘`, `五一期間`).
#[rustfmt::skip]
pub static NOT_UNITS: Words = words![
    "年級", "年代", "點", "點鐘", "時", "時許", "號線", "號文件", "期間", "人民", "人員", "人才", "次元",
    "家庭", "家人", "位置", "位於", "名義", "名單", "名稱", "條件", "條例", "件事", "所以", "所有", "張家",
    "股份", "股東", "股市", "股權", "股價", "台灣", "臺灣", "本身", "本地", "部門", "部分", "場所", "起來", "起步",
    "首都", "份額", "層面", "間隔", "支持", "支付", "種類", "類型", "組織", "門檻", "道路", "單位", "口岸", "季節",
    "集團", "期貨", "代表", "米飯", "天然", "天氣", "日本", "日報", "月亮", "周邊", "週邊", "度假", "元素", "角度",
    "角色", "升級", "方式", "方案", "方向", "倍數", "戶籍", "例如", "票據", "班級", "節日", "筆者", "片區", "包括",
    "所在", "隻身", "頭條", "把握", "款式", "屆時", "輪番", "號",
];
/// Words allowed between a change word and its figure (`增長了`, `下降至`, `分別增長`).
#[rustfmt::skip]
pub static CHANGE_FILLERS: Words = words![
    "了", "至", "到", "為", "達", "達到", "約", "近", "超", "超過", "逾", "分別", "同比", "環比", "是", "由",
    "幅度", "幅度為", "百分比", "的", "高達", "僅", "仍", "也", "均", "都", "再", "又", "將", "共", "累計",
    "大約", "將近", "接近", "了約", "到了", "有", "一", "在", "維持在", "保持在", "一度",
];

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

/// Comparison bases are a head and a time (`較` + `去年同月`); every pairing counts.
pub static BASIS_HEADS: Words = words!["比", "較", "與", "同"];

#[rustfmt::skip]
pub static BASIS_TIMES: Words = words![
    "上年", "去年", "前年", "今年", "上月", "前月", "本月", "上季", "上季度", "前季", "昨日", "前日", "昨天", "上週",
    "上周", "年初", "上年末", "上年底", "上月末", "上月底", "上年同期", "去年同期", "前年同期", "上年同月",
    "去年同月", "常年", "常年同期", "歷史同期", "同期", "上一年", "前一年", "前一日", "上一季", "上年同期相比",
    "去年同期相比", "上年相比", "去年相比", "#年", "#年同期", "#年同期相比", "#年相比",
];

/// Words that follow a numeral in names rather than quantities (`十九大`, `一大`, `六大品牌`).
pub static NAME_SUFFIXES: Words = words!["大", "中全會", "號文件", "號線"];

/// Superlatives after `第N` that keep it a rank (`第三高`, `第二大`).
pub static RANK_SUPERLATIVES: &str = "大高低多少長快慢強號";

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
pub static COUNTED_NOUN_STOP_CHARS: &str = "的是在被将將已等均都也和与與及为為了着著过過并並且之";

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
