//! Dates in English text: `12 May 2024`, `May 12, 2024`, `the 1990s`, a year
//! standing alone (`in 2019`).

use super::words::{boundary_at, is_space, phrase_at, skip_space};
use crate::figures::shared::draft::Draft;
use crate::figures::shared::numeral::{self, ascii_digit, Num};
use crate::figures::shared::text::BlockText;
use crate::lexicon::{self, en};
use crate::model::Kind;

/// A year or a date that starts with the number `n`: `2019`, `12 May 2024`, `the 1990s`.
pub fn date_number(bt: &BlockText, n: &Num) -> Option<Draft> {
    if !n.arabic || n.decimal || n.multiplied || n.separated {
        return None;
    }
    let v = n.low;
    // 1990s: a decade
    if n.int_digits == 4
        && (v / 10.0).fract() == 0.0
        && bt.get(n.end) == Some('s')
        && boundary_at(bt, n.end + 1)
    {
        let mut d = Draft::new(n.start, n.end + 1, Kind::Date, Some(v));
        (d.low, d.high) = (Some(v), Some(v + 9.0));
        d.iso = Some(format!("{:03}", (v / 10.0) as u32));
        return Some(d);
    }
    // 12 May 2024, 12 May
    if (1.0..=31.0).contains(&v) && n.int_digits <= 2 {
        let s = skip_space(bt, n.end);
        if s > n.end {
            if let Some((e, row)) = phrase_at(bt, s, lexicon::en_months()) {
                let month = en::MONTHS[row].1;
                let (year, end) = year_after(bt, e).map_or((None, e), |(y, e)| (Some(y), e));
                return Some(date_draft(n.start, end, year, Some(month), Some(v as u32)));
            }
        }
    }
    // 2019: a year standing alone, in English (1862套 is a count)
    let latin_edge = |c: Option<char>| {
        c.is_none_or(|c| c.is_ascii() && !c.is_ascii_alphanumeric() || is_space(c))
    };
    if n.int_digits == 4
        && (1800.0..=2100.0).contains(&v)
        && latin_edge(bt.get(n.end))
        && latin_edge(n.start.checked_sub(1).and_then(|k| bt.get(k)))
    {
        let mut d = Draft::new(n.start, n.end, Kind::Date, Some(v));
        d.iso = Some(format!("{:04}", v as u32));
        return Some(d);
    }
    None
}

/// `, 2024` or ` 2024` after a month or day: the year and where it ends.
pub fn year_after(bt: &BlockText, e: usize) -> Option<(u32, usize)> {
    let mut k = e;
    if bt.get(k) == Some(',') {
        k += 1;
    }
    let s = skip_space(bt, k);
    if s == k && bt.get(k).and_then(ascii_digit).is_none() {
        return None;
    }
    let n = numeral::parse(&bt.cs, s)?;
    (n.arabic
        && n.int_digits == 4
        && !n.decimal
        && !n.multiplied
        && !n.separated
        && (1000.0..=2100.0).contains(&n.low)
        && boundary_at(bt, n.end))
    .then_some((n.low as u32, n.end))
}

pub fn date_draft(
    start: usize,
    end: usize,
    year: Option<u32>,
    month: Option<u32>,
    day: Option<u32>,
) -> Draft {
    let mut d = Draft::new(start, end, Kind::Date, year.map(f64::from));
    d.iso = match (year, month, day) {
        (Some(y), Some(m), Some(dd)) => Some(format!("{y:04}-{m:02}-{dd:02}")),
        (Some(y), Some(m), None) => Some(format!("{y:04}-{m:02}")),
        (Some(y), None, _) => Some(format!("{y:04}")),
        (None, Some(m), Some(dd)) => Some(format!("--{m:02}-{dd:02}")),
        (None, Some(m), None) => Some(format!("--{m:02}")),
        (None, None, _) => None,
    };
    d
}
