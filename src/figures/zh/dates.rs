//! Dates in Chinese text: `2021年5月1日`, `5月1日`, `6月末`, `2021-2022年`,
//! `2024-05-12`; decades and centuries (`九十年代`, `19世紀`); a day that
//! borrows its month from the date before it (`5月1日至3日`).

use super::is_range_connector;
use crate::figures::shared::draft::Draft;
use crate::figures::shared::numeral::{self, Num};
use crate::figures::shared::text::BlockText;
use crate::lexicon;
use crate::model::Kind;

/// A whole number from 1 to `max`, stated as such.
pub fn small_int(n: &Num, max: f64) -> Option<u32> {
    (!n.decimal
        && !n.vague
        && !n.ranged
        && !n.positional
        && n.low == n.high
        && n.low >= 1.0
        && n.low <= max)
        .then_some(n.low as u32)
}

fn is_year(n: &Num) -> bool {
    !n.decimal
        && !n.multiplied
        && ((n.arabic && n.int_digits == 4) || n.positional || spelled_year(n))
        && (1000.0..=2100.0).contains(&n.low)
}

/// `一千九百四十九年`, `兩千零二十三年`: a year spelled out by place value. A
/// round value (`兩千年前`, `一千五百年`) reads as a span of years instead.
fn spelled_year(n: &Num) -> bool {
    // An integer remainder: f64 `%` would pull libm's fmod into the wasm (3 KB).
    !n.arabic && !n.positional && !n.vague && !n.ranged && (n.low as u64) % 100 != 0
}

/// ISO 8601 of a date as stated: `2021-05-01`, `2021-05`, `2021`, `--05-01`, `--05`.
pub fn iso(year: Option<u32>, month: Option<u32>, day: Option<u32>) -> Option<String> {
    Some(match (year, month, day) {
        (Some(y), Some(m), Some(dd)) => format!("{y:04}-{m:02}-{dd:02}"),
        (Some(y), Some(m), None) => format!("{y:04}-{m:02}"),
        (Some(y), None, _) => format!("{y:04}"),
        (None, Some(m), Some(dd)) => format!("--{m:02}-{dd:02}"),
        (None, Some(m), None) => format!("--{m:02}"),
        (None, None, _) => return None,
    })
}

/// `2021年5月1日`, `5月1日`, `6月末`, `2024-05-12`: a date starting with `n`.
pub fn date(bt: &BlockText, n: &Num) -> Option<Draft> {
    if let Some(d) = century_or_decade(bt, n) {
        return Some(d);
    }
    // 2021-2022年, 2021至2022年: one date range
    if is_year(n) && bt.get(n.end).is_some_and(is_range_connector) {
        if let Some(m) = numeral::parse(&bt.cs, n.end + 1)
            .filter(|m| is_year(m) && m.low > n.low && bt.get(m.end) == Some('年'))
        {
            let mut d = Draft::new(n.start, m.end + 1, Kind::Date, Some(n.low));
            (d.low, d.high) = (Some(n.low), Some(m.low));
            d.iso = Some(format!("{:04}/{:04}", n.low as u32, m.low as u32));
            return Some(d);
        }
    }
    if let Some(numeric) = numeric_date(bt, n) {
        return numeric;
    }
    year_month_day(bt, n)
}

/// 2024-05-12, 2024/5/12, 2024.5.12: `Some(None)` when the year is followed
/// by a separator but no valid date.
fn numeric_date(bt: &BlockText, n: &Num) -> Option<Option<Draft>> {
    if !(n.arabic && n.int_digits == 4 && (1000.0..=2100.0).contains(&n.low)) {
        return None;
    }
    let sep_at = n.start + 4;
    let sep = bt.get(sep_at).filter(|c| matches!(c, '-' | '/' | '.'))?;
    let two_digits =
        |m: &numeral::Num, max: f64| small_int(m, max).filter(|_| m.arabic && m.end - m.start <= 2);
    Some((|| {
        let m = numeral::parse(&bt.cs, sep_at + 1)?;
        let month = two_digits(&m, 12.0)?;
        if bt.get(m.end) != Some(sep) {
            return None;
        }
        let dd = numeral::parse(&bt.cs, m.end + 1)?;
        let day = two_digits(&dd, 31.0)?;
        let mut d = Draft::new(n.start, dd.end, Kind::Date, Some(n.low));
        d.iso = iso(Some(n.low as u32), Some(month), Some(day));
        Some(d)
    })())
}

/// `2021年[度]`, `5月[份]`, `1日`, `6月末`, `12日` alone.
fn year_month_day(bt: &BlockText, n: &Num) -> Option<Draft> {
    let mut year = None;
    let mut k = n.start;
    let mut end = n.start;
    // ...but `一千二百五十年來` is a span: a spelled year is no year before these.
    let span_after = spelled_year(n)
        && bt
            .get(n.end + 1)
            .is_some_and(|c| lexicon::in_set("前来间内多余后里左以", c));
    if is_year(n)
        && bt.get(n.end) == Some('年')
        && bt.lex_at(n.end, lexicon::not_units()).is_none()
        && !span_after
    {
        year = Some(n.low as u32);
        k = n.end + 1;
        end = k;
        if bt.get(k) == Some('度') {
            k += 1;
            end = k;
        }
    }
    let m = if year.is_some() {
        numeral::parse(&bt.cs, k)
    } else {
        Some(n.clone())
    };
    let month = m.filter(|m| m.start == k).and_then(|m| {
        let mo = small_int(&m, 12.0).filter(|_| {
            bt.get(m.end) == Some('月') && bt.get(m.start.wrapping_sub(1)) != Some('个')
        })?;
        end = m.end + 1;
        if bt.get(end) == Some('份') {
            end += 1;
        }
        Some(mo)
    });
    let mut day = None;
    if month.is_some() {
        day = day_of_month(bt, &mut end);
    } else if year.is_none() {
        // 12日 alone: a day of the month
        small_int(n, 31.0).filter(|_| n.arabic && bt.get(n.end) == Some('日'))?;
        return Some(Draft::new(n.start, n.end + 1, Kind::Date, None));
    } else {
        for w in ["底", "末", "初"] {
            if let Some(e) = bt.starts(end, w) {
                end = e;
                break;
            }
        }
    }
    let mut d = Draft::new(n.start, end, Kind::Date, year.map(f64::from));
    d.iso = Some(iso(year, month, day)?);
    Some(d)
}

/// The day after a month (`1日`, `1號`) or a part of the month (`末`, `上旬`).
fn day_of_month(bt: &BlockText, end: &mut usize) -> Option<u32> {
    if let Some(dd) = numeral::parse(&bt.cs, *end) {
        if let Some(dv) =
            small_int(&dd, 31.0).filter(|_| matches!(bt.get(dd.end), Some('日' | '号')))
        {
            *end = dd.end + 1;
            return Some(dv);
        }
    }
    for w in ["末", "底", "初", "上旬", "中旬", "下旬"] {
        if let Some(e) = bt.starts(*end, w) {
            *end = e;
            break;
        }
    }
    None
}

/// Decades and centuries, as dates spanning their years (`iso` the decade's
/// or century's leading digits, as ISO 8601 writes them):
/// - `2010年代`; `90年代`, `九十年代` (the 1990s; `00年代`, `10年代` are this
///   century's); `上世紀80年代`, `20世紀90年代` (the century says which);
/// - `20世紀`, `十九世紀` alone: the century, no year stated (value null).
fn century_or_decade(bt: &BlockText, n: &Num) -> Option<Draft> {
    // One integer, stated as such.
    let whole = |m: &Num| !m.decimal && !m.multiplied && !m.vague && !m.ranged && m.low == m.high;
    if !whole(n) {
        return None;
    }
    let v = n.low as u32;
    // The decade within a century, `00` to `90`.
    let tens = |m: &Num| {
        let v = m.low as u32;
        (whole(m) && v <= 90 && v % 10 == 0 && (!m.arabic || m.int_digits == 2)).then_some(v)
    };
    if let Some(after) = bt.starts(n.end, "世纪").filter(|_| (1..=21).contains(&v)) {
        let base = (v - 1) * 100;
        if let Some(m) =
            numeral::parse(&bt.cs, after).filter(|m| bt.starts(m.end, "年代").is_some())
        {
            if let Some(t) = tens(&m) {
                return Some(decade(n.start, m.end + 2, base + t));
            }
        }
        let mut d = Draft::new(n.start, after, Kind::Date, None);
        (d.low, d.high) = (Some(f64::from(base)), Some(f64::from(base + 99)));
        d.iso = Some(format!("{:02}", v - 1));
        return Some(d);
    }
    let end = bt.starts(n.end, "年代")?;
    if n.arabic && n.int_digits == 4 && v % 10 == 0 && (1000..=2100).contains(&v) {
        return Some(decade(n.start, end, v));
    }
    let t = tens(n)?;
    for (w, base) in [
        ("上个世纪", 1900),
        ("上世纪", 1900),
        ("本世纪", 2000),
        ("新世纪", 2000),
    ] {
        if let Some(s) = bt.ends(n.start, w) {
            return Some(decade(s, end, base + t));
        }
    }
    Some(decade(
        n.start,
        end,
        if t <= 10 { 2000 + t } else { 1900 + t },
    ))
}

/// The ten years from `year`, as a date.
fn decade(start: usize, end: usize, year: u32) -> Draft {
    let mut d = Draft::new(start, end, Kind::Date, Some(f64::from(year)));
    (d.low, d.high) = (Some(f64::from(year)), Some(f64::from(year + 9)));
    d.iso = Some(format!("{:03}", year / 10));
    d
}

/// `5月1日至3日`: a day after a date and a range connector takes the date's
/// year and month (`--05-03`, `2024-05-03`), which it leaves unsaid.
pub fn day_after_date(bt: &BlockText, prev: &Draft, d: &mut Draft) {
    let Some(prev_iso) = prev
        .iso
        .as_deref()
        // a whole day: 2024-05-01 or --05-01 (not the month 2024-05)
        .filter(|p| {
            (p.len() == 10 && p.as_bytes()[7] == b'-') || (p.len() == 7 && p.starts_with("--"))
        })
    else {
        return;
    };
    if d.kind != Kind::Date || d.iso.is_some() || prev.kind != Kind::Date {
        return;
    }
    if d.start != prev.end + 1 || !bt.get(prev.end).is_some_and(is_range_connector) {
        return;
    }
    let Some(n) = numeral::parse(&bt.cs, d.start) else {
        return;
    };
    if let Some(day) =
        small_int(&n, 31.0).filter(|_| bt.get(n.end) == Some('日') && n.end + 1 == d.end)
    {
        d.iso = Some(format!("{}{day:02}", &prev_iso[..prev_iso.len() - 2]));
        d.value = prev.value;
    }
}
