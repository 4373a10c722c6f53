//! Units: the canonical unit names of the result contract (`docs/schema.md`)
//! and the row shape both languages' unit tables use (`zh::UNITS`,
//! `en::UNITS`): a word, the kind of figure it makes, its canonical unit and
//! a factor that only converts subunits (`分錢` → 0.01 CNY, `basis points` →
//! 0.01 pp).

use crate::model::Kind;
use std::sync::OnceLock;

/// What follows a number: a unit, a measure word or a currency.
pub struct UnitRow {
    pub word: &'static str,
    pub kind: Kind,
    /// 1 + the canonical unit's index in [`UNIT_NAMES`]; 0 for none.
    unit: u8,
    /// The factor as a power of ten.
    scale: i8,
    /// A rule of the grammar's own for this word (what it reads after it).
    pub rule: UnitRule,
}

/// A row without its word, as a [`UnitTable`] stores it: 4 bytes of wasm.
#[derive(Clone, Copy)]
pub struct RowData {
    kind: Kind,
    unit: u8,
    scale: i8,
    rule: UnitRule,
}

/// A table of [`UnitRow`]s, written with [`unit_rows!`]: the words on lines
/// of one string and the rest of each row in 4 bytes, joined into rows at
/// the first use. A static slice of rows held a pointer and a length per
/// word (12 bytes of wasm a row; the two tables of units as rows cost the
/// web build 2.2 KB gzip more). Reads like the slice it derefs to
/// (`UNITS[r]`, `UNITS.iter()`).
pub struct UnitTable {
    words: &'static str,
    data: &'static [RowData],
    rows: OnceLock<Vec<UnitRow>>,
}

impl UnitTable {
    #[doc(hidden)]
    pub const fn new(words: &'static str, data: &'static [RowData]) -> UnitTable {
        UnitTable {
            words,
            data,
            rows: OnceLock::new(),
        }
    }
}

impl std::ops::Deref for UnitTable {
    type Target = [UnitRow];

    fn deref(&self) -> &[UnitRow] {
        self.rows.get_or_init(|| {
            let rows: Vec<UnitRow> = self
                .words
                .lines()
                .zip(self.data)
                .map(|(word, d)| UnitRow {
                    word,
                    kind: d.kind,
                    unit: d.unit,
                    scale: d.scale,
                    rule: d.rule,
                })
                .collect();
            debug_assert_eq!(rows.len(), self.data.len());
            rows
        })
    }
}

/// A [`UnitTable`] from rows written `u(word, kind, unit, factor)`, some
/// with `.with(rule)`: one line of the table per row, as for a slice.
macro_rules! unit_rows {
    ($(u($w:literal, $($arg:expr),+) $(.with($rule:expr))?),* $(,)?) => {
        $crate::lexicon::units::UnitTable::new(
            concat!($($w, "\n"),*),
            &[$($crate::lexicon::units::u($($arg),+) $(.with($rule))?),*],
        )
    };
}
pub(crate) use unit_rows;

/// Units after which a grammar reads more than the word: the few Chinese
/// units with digits or a half after them, and words that are a unit only
/// in some places.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnitRule {
    Plain,
    /// 個: `一個半月`, `3個多月` (a duration or measure may follow).
    Piece,
    /// 塊: money (`三塊五` = 3.5) unless a noun follows as counted (`三塊蛋糕`).
    Kuai,
    /// 米: `一米八` = 1.8 m, `1米75` = 1.75 m.
    Metre,
    /// 斤: `一斤半`, `三斤二兩` = 3.2 jin.
    Jin,
    /// 兩: no weight in `三三兩兩`, `兩兩`.
    Liang,
    /// 屆: no count in `十九屆五中全會` (a meeting's name).
    Session,
    /// 角, 度: units only after Arabic digits (`三角` is a triangle, `兩度` twice;
    /// `度` after a Chinese numeral is a temperature only after `零下`, `攝氏`, `負`).
    ArabicOnly,
    /// 成: tenths (`兩成` = 20%, `九成五` = 95%), unless it begins a word (`成為`).
    Tenths,
    /// 元: the jiao and fen after it (`五元三毛` = 5.3, `3元5角2分` = 3.52).
    Yuan,
    /// 小時: the minutes after it (`兩小時十分` = 130 minutes).
    Hours,
    /// 折: a discount (`八折` = 80%, `八五折` = 85%), unless it begins a word (`折舊`).
    Discount,
    /// A Latin symbol that is a unit only in Chinese text (`水深250m`; `5m euros`
    /// is English's million): Han text touches the amount, and no currency follows.
    HanText,
    /// 金, 銀, 銅: medals won, after Arabic digits and before no Han character
    /// (`2金1銀`, `3銅。`; `1998金融風暴` is a year).
    Medal,
    /// 秒: the hundredths after it in a time of sport (`55秒73` = 55.73 s).
    Seconds,
    /// 打: a dozen, twelve of the things (`十打雞蛋` = 120, and `一打` is twelve, no article).
    Dozen,
}

/// Every canonical unit a unit row (`zh::UNITS`, `en::UNITS`) may name, in the
/// conventions of `docs/schema.md`. A row naming another unit does
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
    "IDR", "BRL", "AED", "ly", "μg", "μg/m3", "kV", "V", "Hz", "kHz", "KB", "byte", "bit", "hPa", "nm", "Bq",
    "Bq/L", "m/s", "cc", "point", "DEM", "FRF", "PKR", "LKR", "NPR", "BYN", "NGN", "XAF", "XOF", "FIM", "CDF",
    "RWF", "MUR", "SCR", "BAM", "RON", "ISK", "NOK", "ILS", "DKK", "hp", "fps", "mAh", "magnitude",
    "bushel", "ft3", "ESP", "NLG", "MP",
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

/// A row's data; `factor` must be a power of ten from 0.001 to 1000 (checked when compiling).
pub const fn u(kind: Kind, unit: Option<&'static str>, factor: f64) -> RowData {
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
    RowData {
        kind,
        unit: unit_id(unit),
        scale,
        rule: UnitRule::Plain,
    }
}

impl RowData {
    /// The row with a rule of its own (see [`UnitRule`]).
    pub(crate) const fn with(self, rule: UnitRule) -> RowData {
        RowData { rule, ..self }
    }
}

/// The currency a bare `元` (or `塊`) means when nothing says otherwise; a
/// currency written before the amount replaces it (`US$5元`).
pub const DEFAULT_CURRENCY: &str = "CNY";

/// Temperatures: `度` is Celsius unless `華氏` comes before it.
pub const CELSIUS: &str = "°C";
pub const FAHRENHEIT: &str = "°F";
/// …and an angle (`360度`, `90度鞠躬`).
pub const ANGLE: &str = "°";

/// Years and months of a length of time (`有期徒刑7年6月`: 7 years, then 6 months).
pub const YEAR: &str = "year";
pub const MONTH: &str = "month";
pub const DAY: &str = "day";

/// A level (`三級`), and an earthquake's magnitude (`規模6.2`, `6.2級地震`).
pub const LEVEL: &str = "level";
pub const MAGNITUDE: &str = "magnitude";

/// Minutes: `兩小時十分` is read in them.
pub const MINUTE: &str = "minute";

/// People counted (the unit of 人, 名, 位, and of a noun of persons after a number).
pub const PERSON: &str = "person";

/// A count of households (`戶`): the count a figure per household divides by.
pub const HOUSEHOLD: &str = "household";

/// Percentage points, the unit of a difference of two percents.
pub const POINTS: &str = "pp";

/// The unit of `1分47秒` (107 seconds).
pub const SECOND: &str = "second";

/// The unit of an index's points (`恒指收報18000點`).
pub const INDEX_POINT: &str = "point";

/// Is `unit` the currency a bare `元` means?
pub fn is_default_currency(unit: Option<&str>) -> bool {
    unit == Some(DEFAULT_CURRENCY)
}

/// A distance per unit of time is a speed: (distance unit, per, speed unit).
/// `時速350公里`, `每小時120公里` → km/h; `每秒35公尺` → m/s.
pub static SPEEDS: &[(&str, &str, &str)] = &[("km", "hour", "km/h"), ("m", "second", "m/s")];
