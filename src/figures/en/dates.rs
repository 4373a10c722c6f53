//! Dates in English text, as figures: what the date reader
//! ([`crate::dates::en`]) reads (`12 May 2024`, `May 12, 2024`, `the
//! 1990s`), and a year standing alone (`in 2019`).

use super::words::{boundary_at, is_space, prev_word, skip_space, span_before, word_end};
use crate::figures::shared::numeral;
use crate::lexicon::en::{self, Mark};
use crate::dates::{self, en as reader};
use crate::figures::shared::draft::Draft;
use crate::figures::shared::numeral::Num;
use crate::figures::shared::text::BlockText;
use crate::model::Kind;

/// A year or a date that starts with the number `n`: `2019`, `12 May 2024`, `the 1990s`.
pub fn date_number(bt: &BlockText, n: &Num) -> Option<Draft> {
    if !n.arabic || n.decimal || n.multiplied || n.separated {
        return None;
    }
    let v = n.low;
    // 1990s: a decade
    if let Some((year, end)) = reader::decade_s(&bt.cs, n) {
        let mut d = Draft::new(n.start, end, Kind::Date, Some(v));
        (d.low, d.high) = (Some(v), Some(v + 9.0));
        d.iso = Some(crate::dates::padded(year / 10, 3));
        return Some(d);
    }
    // 12 May 2024, 12 May (not `30 may apply`: the month of May in capitals)
    if let Some((year, month, end)) = reader::day_month(&bt.cs, n)
        .filter(|&(_, m, _)| {
            let k = skip_space(bt, n.end);
            m != 5 || bt.original(k, k + 1).chars().all(|c| c.is_ascii_uppercase())
        })
    {
        return Some(date_draft(n.start, end, year, Some(month), Some(v as u32)));
    }
    // 2019: a year standing alone, in English (1862套 is a count)
    let latin_edge = |c: Option<char>| {
        c.is_none_or(|c| c.is_ascii() && !c.is_ascii_alphanumeric() || is_space(c))
    };
    if n.int_digits == 4
        && ((1800.0..=2100.0).contains(&v) || old_year(bt, n))
        && latin_edge(bt.get(n.end))
        && latin_edge(n.start.checked_sub(1).and_then(|k| bt.get(k)))
    {
        if let Some(d) = year_span(bt, n) {
            return Some(d);
        }
        let mut d = Draft::new(n.start, n.end, Kind::Date, Some(v));
        d.iso = dates::iso(Some(v as u32), None, None);
        return Some(d);
    }
    None
}

/// `the 5th of May`, `the 4th of July, 1776`: an ordinal day before `of` and a month,
/// the ordinal's suffix ending at `e`.
pub fn day_of_month(bt: &BlockText, n: &Num, e: usize) -> Option<Draft> {
    if !(1.0..=31.0).contains(&n.low) || n.int_digits > 2 {
        return None;
    }
    let k = super::words::word_then_space(bt, skip_space(bt, e), Mark::Of.written())?;
    let (month, me) = reader::month_at(&bt.cs, k).filter(|&(_, me)| boundary_at(bt, me))?;
    let (year, end) = reader::year_after(&bt.cs, me).map_or((None, me), |(y, ye)| (Some(y), ye));
    Some(date_draft(n.start, end, year, Some(month), Some(n.low as u32)))
}

/// `since 1776`, `in 1492`: a year before 1800 only right after a word of time, with no unit.
fn old_year(bt: &BlockText, n: &Num) -> bool {
    (1000.0..1800.0).contains(&n.low)
        && en::OLD_YEAR_LEADS.contains(prev_word(bt, n.start))
        && super::tail::tail(bt, n.end).is_none()
}

/// `from 1993 to 2002`, `1927 through 1987`, `between 2010 and 2015`: two
/// years joined by a span word are one date, iso the interval; not a date
/// moved (`postponed from 2020 to 2021`).
fn year_span(bt: &BlockText, n: &Num) -> Option<Draft> {
    let s = skip_space(bt, n.end);
    let w = word_end(bt, s);
    let word = bt.folded(s, w);
    let before = prev_word(bt, n.start);
    let joined = en::YEAR_SPAN_WORDS.contains(word)
        && (word != Mark::And.written() || before == Mark::Between.written());
    let moved = before == Mark::From.written() && en::DATE_MOVE_LEADS.contains(prev_word(bt, span_before(bt, n.start, |c| c.is_ascii_alphabetic()).0));
    let k = skip_space(bt, w);
    if s == n.end || !joined || moved || k == w {
        return None;
    }
    let m = numeral::parse(&bt.cs, k)?;
    let (a, b) = (n.low, m.low);
    let year = m.arabic && m.int_digits == 4 && !m.decimal && !m.multiplied && !m.separated;
    if !year || b <= a || b > 2100.0 || !boundary_at(bt, m.end) || super::tail::tail(bt, m.end).is_some() {
        return None;
    }
    let mut d = Draft::new(n.start, m.end, Kind::Date, Some(a));
    d.set_range(a, b);
    d.iso = Some(crate::dates::padded_pair(a as u32, b as u32, 0));
    Some(d)
}

/// A date figure from its parts (at least a month).
pub fn date_draft(
    start: usize,
    end: usize,
    year: Option<u32>,
    month: Option<u32>,
    day: Option<u32>,
) -> Draft {
    let mut d = Draft::new(start, end, Kind::Date, year.map(f64::from));
    d.iso = dates::iso(year, month, day);
    d
}
