//! Dates in digits with separators: `2024-05-12`, `2024/5/12`, `2024.5.12`;
//! on a page's date line also `2024－05－12` and `2024年5月12日`.

use super::Cur;
use crate::lexicon::dates::DateMark;

/// Which separators a date may have.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Seps {
    /// In running text: `-`, `/`, `.`.
    Text,
    /// On a page's date line: those, their fullwidth forms, and `年` … `月`.
    Page,
}

/// A whole date read in digits, and where it ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Ymd {
    pub year: u32,
    pub month: u32,
    pub day: u32,
    pub end: usize,
}

/// Is `c` a separator after a four-digit year?
pub fn is_sep(c: char, seps: Seps) -> bool {
    matches!(c, '-' | '/' | '.')
        || (seps == Seps::Page && (matches!(c, '－' | '／') || DateMark::Year.has(c)))
}

/// A year of four digits, a separator, a month and a day of one or two
/// digits each (the month closed by the same separator, or `月` after
/// `年`; `日` may follow then). Month and day are checked for range; the
/// year is the caller's to judge.
pub fn ymd(cs: &[char], i: usize, seps: Seps) -> Option<Ymd> {
    let mut c = Cur { cs, i };
    let (year, 4) = c.num(4)? else {
        return None;
    };
    let sep = c.peek().filter(|&s| is_sep(s, seps))?;
    c.i += 1;
    let (month, _) = c.num(2)?;
    let zh = DateMark::Year.has(sep);
    if zh {
        c.eat_mark(DateMark::Month)?;
    } else {
        c.eat(&[sep])?;
    }
    let (day, _) = c.num(2)?;
    if zh {
        c.eat_mark(DateMark::Day);
    }
    ((1..=12).contains(&month) && (1..=31).contains(&day)).then_some(Ymd {
        year,
        month,
        day,
        end: c.i,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::fold::fold;

    fn read(s: &str, seps: Seps) -> Option<(u32, u32, u32, usize)> {
        let cs: Vec<char> = fold(s).chars().collect();
        ymd(&cs, 0, seps).map(|d| (d.year, d.month, d.day, d.end))
    }

    #[test]
    fn forms() {
        assert_eq!(read("2024-05-12", Seps::Text), Some((2024, 5, 12, 10)));
        assert_eq!(read("2024/5/12 x", Seps::Text), Some((2024, 5, 12, 9)));
        assert_eq!(read("2024.5.12", Seps::Text), Some((2024, 5, 12, 9)));
        assert_eq!(read("2024年5月12日", Seps::Text), None);
        assert_eq!(read("2024年5月12日", Seps::Page), Some((2024, 5, 12, 10)));
        assert_eq!(
            read("２０２４－０５－１２", Seps::Page),
            Some((2024, 5, 12, 10))
        );
        assert_eq!(read("2024-13-01", Seps::Text), None);
        assert_eq!(read("2024-05/12", Seps::Text), None);
        assert_eq!(read("20245-05-12", Seps::Text), None);
        assert_eq!(read("2024-005-12", Seps::Text), None);
    }
}
