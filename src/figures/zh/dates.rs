//! Dates in Chinese text, as figures: what the date reader
//! ([`crate::dates::zh`]) reads from a number, and a day that borrows its
//! month from the date before it (`5月1日至3日`).

use super::is_range_connector;
use crate::dates::zh::{self as reader};
use crate::figures::shared::draft::Draft;
use crate::figures::shared::numeral::{self, Num};
use crate::figures::shared::text::BlockText;
use crate::lexicon::units::UnitRule;
use crate::lexicon::{self, zh};
use crate::model::Kind;

/// `2021年5月1日`, `5月1日`, `6月末`, `2024-05-12`, `九十年代`: a date starting with `n`.
pub fn date(bt: &BlockText, n: &Num) -> Option<Draft> {
    let Some(read) = reader::date_at(&bt.cs, n) else {
        return glued_year(bt, n);
    };
    // 10日元 is ten yen: a bare day whose last character begins a currency
    // (but 1日元旦 is New Year's Day, 10日元首會談 a date)
    let bare_day = read.start == n.start && read.end == n.end + 1;
    if let Some((e, row)) = bare_day
        .then(|| bt.lex_at(n.end, lexicon::units()))
        .flatten()
    {
        let not_unit = bt
            .lex_at(n.end, lexicon::not_units())
            .is_some_and(|(ne, _)| ne >= e);
        if e > read.end && zh::UNITS[row].kind == Kind::Money && !not_unit {
            return None;
        }
    }
    let mut d = Draft::new(read.start, read.end, Kind::Date, read.value);
    if let Some((low, high)) = read.span {
        (d.low, d.high) = (Some(low), Some(high));
    }
    d.iso = read.iso;
    Some(d)
}

/// Is `n` four digits a year could be (1900 to 2100, no separator, whole)?
pub fn year_like(n: &Num) -> bool {
    n.arabic
        && n.int_digits == 4
        && !n.separated
        && !n.decimal
        && !n.multiplied
        && !n.vague
        && !n.ranged
        && (1900.0..=2100.0).contains(&n.low)
}

/// `2024總統大選`, `2050淨零排放`, `「2023台灣醫療科技展」`: four digits a year could
/// be, glued to a Han word that is no unit, no qualifier and no particle, name
/// the year of what follows: a date.
fn glued_year(bt: &BlockText, n: &Num) -> Option<Draft> {
    if !year_like(n) {
        return None;
    }
    let next = bt.get(n.end)?;
    let before = n.start.checked_sub(1).and_then(|k| bt.get(k));
    if !crate::clean::is_han(next)
        || numeral::could_start(next)
        || zh::BARE_NUMBER_ENDS_BEFORE.contains(&next)
        || is_range_connector(next)
        || before.is_some_and(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '/' | '.' | '_'))
        || before == Some(zh::Mark::Ordinal.ch())
        || bt.byte(n.end) != bt.end_byte(n.end)
        || bt.lex_at(n.end, lexicon::units()).is_some_and(|(e, row)| {
            zh::UNITS[row].rule != UnitRule::Medal || super::tail::medal(bt, e, true)
        })
        || bt.lex_at(n.end, lexicon::tail_words()).is_some()
        || bt.lex_at(n.end, lexicon::approx_after()).is_some()
        || bt.lex_at(n.end, lexicon::count_heads()).is_some()
    {
        return None;
    }
    // 請打1995: a number to call
    if bt.lex_before(n.start.saturating_sub(2), n.start, lexicon::call_leads()).is_some() {
        return None;
    }
    // 1995生命線, 1922防疫專線: a hotline's number (its word within four characters)
    if (n.end..n.end + 4).any(|k| bt.lex_at(k, lexicon::hotline_words()).is_some()) {
        return None;
    }
    let mut d = Draft::new(n.start, n.end, Kind::Date, Some(n.low));
    d.iso = Some(crate::dates::padded(n.low as u32, 0));
    Some(d)
}

/// `5月1日至3日`: a day after a date and a range connector takes the date's
/// year and month (`--05-03`, `2024-05-03`), which it leaves unsaid.
pub fn day_after_date(bt: &BlockText, prev: &Draft, d: &mut Draft) {
    let Some(prev_iso) = prev.iso.as_deref() else {
        return;
    };
    // 八月二十至二十三日: a spelled day alone reads as a length of days until here
    let spelled_day = d.kind == Kind::Duration && d.unit == Some(crate::lexicon::units::DAY) && d.low.is_none();
    if (d.kind != Kind::Date && !spelled_day) || d.iso.is_some() || prev.kind != Kind::Date {
        return;
    }
    if d.start != prev.end + 1 || !bt.get(prev.end).is_some_and(is_range_connector) {
        return;
    }
    let Some(n) = numeral::parse(&bt.cs, d.start) else {
        return;
    };
    if let Some(iso) = reader::day_after(&bt.cs, prev_iso, &n, d.end) {
        d.iso = Some(iso);
        d.value = prev.value;
        if spelled_day {
            (d.kind, d.unit) = (Kind::Date, None);
        }
    }
}

/// `有期徒刑7年6月`, `判監2年10月`: a month right after a length of years is
/// a length of months too (the sentence's second term), not a month of the year.
pub fn months_after_years(prev: &Draft, d: &mut Draft) {
    let years = prev.kind == Kind::Duration && prev.unit == Some(crate::lexicon::units::YEAR);
    if !years || d.kind != Kind::Date || d.start != prev.end || d.value.is_some() {
        return;
    }
    // a month alone: iso `--MM`
    let month = d
        .iso
        .as_deref()
        .and_then(|iso| iso.strip_prefix("--"))
        .filter(|m| m.len() == 2)
        .and_then(|m| m.parse::<u8>().ok());
    if let Some(m) = month {
        d.kind = Kind::Duration;
        d.unit = Some(crate::lexicon::units::MONTH);
        d.value = Some(f64::from(m));
        d.iso = None;
    }
}
