//! Dates in English: month names (`lexicon::dates::MONTHS`, the one month
//! table), `12 May 2024`, `May 12, 2024`, `May 2024`, `the 1990s`.

use crate::lexicon::dates::MONTHS;
use crate::lexicon::en::Mark;
use crate::numerals::{self, Num};

/// Spaces a date may have between its words: one or two spaces, no-break
/// or thin spaces.
pub fn is_space(c: char) -> bool {
    matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\u{2009}')
}

/// Skip at most two spaces after `j`.
pub fn skip_space(cs: &[char], j: usize) -> usize {
    let mut k = j;
    while cs.get(k).is_some_and(|&c| is_space(c)) && k < j + 2 {
        k += 1;
    }
    k
}

/// Does a word end at `i` (no letter or digit follows)?
pub fn boundary_at(cs: &[char], i: usize) -> bool {
    cs.get(i).is_none_or(|c| !c.is_ascii_alphanumeric())
}

/// A month name at `i` (the whole run of letters is one): its number and
/// where the name ends.
pub fn month_at(cs: &[char], i: usize) -> Option<(u32, usize)> {
    let len = cs[i.min(cs.len())..]
        .iter()
        .take_while(|c| c.is_ascii_alphabetic())
        .count();
    // Compared in place: this runs at word starts, so no allocation.
    let same = |name: &str| {
        name.len() == len
            && name
                .chars()
                .zip(&cs[i..i + len])
                .all(|(a, &b)| a == b.to_ascii_lowercase())
    };
    MONTHS
        .iter()
        .find(|(name, _)| same(name))
        .map(|&(_, m)| (m, i + len))
}

/// `1990s`: the number `n` (four digits, a multiple of ten, a year: not the
/// model number of `麒麟9000S`) and an `s`.
pub fn decade_s(cs: &[char], n: &Num) -> Option<(u32, usize)> {
    let v = n.low;
    (n.int_digits == 4
        && (v / 10.0).fract() == 0.0
        && (1000.0..=2100.0).contains(&v)
        && cs.get(n.end) == Some(&Mark::Decade.ch())
        && boundary_at(cs, n.end + 1))
    .then_some((v as u32, n.end + 1))
}

/// `, 2024` or ` 2024` after a month or day: the year and where it ends.
pub fn year_after(cs: &[char], e: usize) -> Option<(u32, usize)> {
    let mut k = e;
    if cs.get(k) == Some(&',') {
        k += 1;
    }
    let s = skip_space(cs, k);
    if s == k && cs.get(k).and_then(|&c| numerals::ascii_digit(c)).is_none() {
        return None;
    }
    let n = numerals::parse(cs, s)?;
    (n.arabic
        && n.int_digits == 4
        && !n.decimal
        && !n.multiplied
        && !n.separated
        && (1000.0..=2100.0).contains(&n.low)
        && boundary_at(cs, n.end))
    .then_some((n.low as u32, n.end))
}

/// `12 May 2024`, `12 May`: a day (the number `n`), a month, maybe a year:
/// (year, month, where it ends).
pub fn day_month(cs: &[char], n: &Num) -> Option<(Option<u32>, u32, usize)> {
    if !((1.0..=31.0).contains(&n.low) && n.int_digits <= 2) {
        return None;
    }
    let s = skip_space(cs, n.end);
    if s == n.end {
        return None;
    }
    let (month, e) = month_at(cs, s).filter(|&(_, e)| boundary_at(cs, e))?;
    let (year, end) = year_after(cs, e).map_or((None, e), |(y, e)| (Some(y), e));
    Some((year, month, end))
}

/// `May 12, 2024`, `Sept. 30`, `May 2024` after a month name ending at
/// `e`: (year, day, where it ends).
pub fn after_month(cs: &[char], e: usize) -> Option<(Option<u32>, Option<u32>, usize)> {
    let s = skip_space(cs, e);
    // October, 2014: a comma and the year, no day
    if s == e {
        return year_after(cs, e).map(|(y, ye)| (Some(y), None, ye));
    }
    let n = numerals::parse(cs, s).filter(|n| n.arabic && !n.decimal)?;
    // November 5th: an ordinal suffix after the day
    let day_end = crate::lexicon::en::ORDINAL_SUFFIXES
        .iter()
        .find_map(|x| {
            let e = n.end + x.chars().count();
            (cs.get(n.end..e)?.iter().copied().eq(x.chars()) && boundary_at(cs, e)).then_some(e)
        })
        .unwrap_or(n.end);
    if (1.0..=31.0).contains(&n.low) && n.int_digits <= 2 && boundary_at(cs, day_end) {
        let (year, end) = year_after(cs, day_end).map_or((None, day_end), |(y, e)| (Some(y), e));
        return Some((year, Some(n.low as u32), end));
    }
    let (y, ye) = year_after(cs, e)?;
    Some((Some(y), None, ye))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cs(s: &str) -> Vec<char> {
        s.to_lowercase().chars().collect()
    }

    #[test]
    fn months_are_whole_words() {
        assert_eq!(month_at(&cs("May 12"), 0), Some((5, 3)));
        assert_eq!(month_at(&cs("Sept. 3"), 0), Some((9, 4)));
        assert_eq!(month_at(&cs("Mayday"), 0), None);
        assert_eq!(month_at(&cs("12"), 0), None);
    }

    #[test]
    fn forms() {
        let t = cs("12 May 2024");
        let n = numerals::parse(&t, 0).unwrap();
        assert_eq!(day_month(&t, &n), Some((Some(2024), 5, 11)));
        let t = cs("3 june and");
        let n = numerals::parse(&t, 0).unwrap();
        assert_eq!(day_month(&t, &n), Some((None, 6, 6)));
        let t = cs("may 12, 2024");
        assert_eq!(after_month(&t, 3), Some((Some(2024), Some(12), 12)));
        let t = cs("may 2024");
        assert_eq!(after_month(&t, 3), Some((Some(2024), None, 8)));
        let t = cs("1990s");
        let n = numerals::parse(&t, 0).unwrap();
        assert_eq!(decade_s(&t, &n), Some((1990, 5)));
    }
}
