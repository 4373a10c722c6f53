//! A figure while the grammars read it (char spans in the block), and what a
//! grammar reads after a number (its unit, scale or measure word).

use crate::model::{Change, Kind, Qualifier, Role};

#[derive(Debug, Clone)]
pub struct Draft {
    /// Char span in the block, qualifiers and unit included.
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
    pub value: Option<f64>,
    pub low: Option<f64>,
    pub high: Option<f64>,
    /// The bound a qualifier states (`超過`, `more than`), read once the figure is whole.
    pub qualifier: Option<Qualifier>,
    pub unit: Option<&'static str>,
    pub per: Option<String>,
    pub approximate: bool,
    pub change: Option<Change>,
    pub period: Option<String>,
    pub metric: Option<String>,
    pub role: Option<Role>,
    pub iso: Option<String>,
}

impl Draft {
    pub fn new(start: usize, end: usize, kind: Kind, value: Option<f64>) -> Draft {
        Draft {
            start,
            end,
            kind,
            value,
            low: None,
            high: None,
            qualifier: None,
            unit: None,
            per: None,
            approximate: false,
            change: None,
            period: None,
            metric: None,
            role: None,
            iso: None,
        }
    }

    /// Figures with a metric and a period: quantities and durations (`平均輪候時間為5.6年`).
    pub fn has_context(&self) -> bool {
        self.is_quantity() || self.kind == Kind::Duration
    }

    /// Figures that measure something, and so can rise, fall and have a metric.
    pub fn is_quantity(&self) -> bool {
        !matches!(
            self.kind,
            Kind::Date | Kind::Duration | Kind::Rank | Kind::Identifier
        )
    }

    /// A percentage of `value` (unit `%`).
    pub fn percent(start: usize, end: usize, value: f64) -> Draft {
        let mut d = Draft::new(start, end, Kind::Percent, Some(value));
        d.unit = Some("%");
        d
    }

    /// Make this figure the range `low..high` when the two differ.
    pub fn set_range(&mut self, low: f64, high: f64) {
        if low != high {
            self.low = Some(low);
            self.high = Some(high);
            self.value = Some(low);
        }
    }
}

/// What follows a number and says what it counts.
#[derive(Debug, Clone)]
pub struct Tail {
    pub end: usize,
    pub kind: Kind,
    pub unit: Option<&'static str>,
    pub factor: f64,
    pub approx: bool,
    /// Hundredths to add before the factor: 50 for a half (`兩成半`, `一年半`),
    /// the digit after `成`, `塊` or `斤` in tenths (`九成五` = 95%, `三塊五` =
    /// 3.5 CNY), the digits after `米` (`一米八` = 1.8 m, `1米75` = 1.75 m).
    pub hundredths: u8,
    /// An amount in the tail's unit added after the factor: the minutes of
    /// `兩小時十分` (2 × 60 + 10 minutes).
    pub added: f64,
    pub per: Option<String>,
}

impl Tail {
    pub fn new(end: usize, kind: Kind, unit: Option<&'static str>, factor: f64) -> Tail {
        Tail {
            end,
            kind,
            unit,
            factor,
            approx: false,
            hundredths: 0,
            added: 0.0,
            per: None,
        }
    }
}

/// A value to ten significant digits: removes the binary noise of decimal
/// arithmetic (1 ÷ 3 × 100) from what a figure reports. A whole number at
/// fifteen digits stays whole and exact (2,345,678,901,234元; 3.1 × 10 = 31),
/// and an amount of ten digits or more keeps fourteen (its units).
pub fn round(v: f64) -> f64 {
    let whole = super::numeral::round_to(v, 15);
    if whole.fract() == 0.0 {
        return whole;
    }
    super::numeral::round_to(v, if v.abs() >= 1e10 { 14 } else { 10 })
}
