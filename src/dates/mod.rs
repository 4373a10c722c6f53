//! The one date reader: the forms dates take in Chinese and English news,
//! read from folded characters (Simplified, ASCII in lower case), with the
//! words of `lexicon::dates`. Article meta asks it for a page's own date
//! ([`page`]); the figure grammars for the dates in the text ([`zh`],
//! [`en`]). Each form is read in one place:
//!
//! - [`numeric`]: `2024-05-12`, `2024/5/12`, `2024.5.12` (and, on a page's
//!   date line, `2024年5月12日`);
//! - [`zh`]: `2021年5月1日`, `5月1日`, `2021年`, `6月末`, `二〇二一年`,
//!   `2021-2022年`, decades and centuries (`九十年代`, `19世紀`);
//! - [`en`]: month names, `12 May 2024`, `May 12, 2024`, `the 1990s`;
//! - [`time`]: `10:32`, `4:05 PM`, `10時32分`, a weekday before them.

pub mod en;
pub mod numeric;
pub mod page;
pub mod time;
pub mod zh;

pub use page::{find, in_year, month_day, normalize};

/// ISO 8601 of a date as stated: `2021-05-01`, `2021-05`, `2021`,
/// `--05-01` (a day with no year), `--05` (a month with no year).
pub fn iso(year: Option<u32>, month: Option<u32>, day: Option<u32>) -> Option<String> {
    let mut s = String::with_capacity(10);
    match (year, month) {
        (Some(y), _) => push_padded(&mut s, y, 4),
        (None, Some(_)) => s.push_str("--"),
        (None, None) => return None,
    }
    if let Some(m) = month {
        if year.is_some() {
            s.push('-');
        }
        push_padded(&mut s, m, 2);
        if let Some(dd) = day {
            s.push('-');
            push_padded(&mut s, dd, 2);
        }
    }
    Some(s)
}

/// `a/b`, each zero-padded to `width` digits (`format!("{a:0width$}/{b:0width$}")`):
/// a span's ISO form without core's formatting machinery.
pub fn padded_pair(a: u32, b: u32, width: usize) -> String {
    let mut s = padded(a, width);
    s.push('/');
    push_padded(&mut s, b, width);
    s
}

/// `v` in decimal, zero-padded to `width` digits (`format!("{v:0width$}")`):
/// core's formatting costs far more per date in wasm.
pub fn push_padded(s: &mut String, v: u32, width: usize) {
    // Ten digits hold any u32; the widths asked for are at most four.
    let (mut buf, mut n, mut x) = ([b'0'; 16], 0, v);
    loop {
        n += 1;
        buf[16 - n] = b'0' + (x % 10) as u8;
        x /= 10;
        if x == 0 {
            break;
        }
    }
    let n = n.max(width.min(16));
    s.push_str(std::str::from_utf8(&buf[16 - n..]).unwrap_or_default());
}

/// [`push_padded`] into a new string.
pub fn padded(v: u32, width: usize) -> String {
    let mut s = String::with_capacity(width.max(4));
    push_padded(&mut s, v, width);
    s
}

/// ASCII or fullwidth digit value.
pub fn digit(c: char) -> Option<u32> {
    match c {
        '0'..='9' => Some(c as u32 - '0' as u32),
        '０'..='９' => Some(c as u32 - '０' as u32),
        _ => None,
    }
}

/// A cursor over folded characters.
pub struct Cur<'a> {
    pub cs: &'a [char],
    pub i: usize,
}

impl Cur<'_> {
    pub fn peek(&self) -> Option<char> {
        self.cs.get(self.i).copied()
    }

    /// A run of at most `max_len` digits (no digit may follow it): its
    /// value and length.
    pub fn num(&mut self, max_len: usize) -> Option<(u32, usize)> {
        let start = self.i;
        let mut v = 0u32;
        while self.i - start < max_len {
            match self.peek().and_then(digit) {
                Some(d) => {
                    v = v * 10 + d;
                    self.i += 1;
                }
                None => break,
            }
        }
        if self.peek().and_then(digit).is_some() {
            self.i = start;
            return None;
        }
        (self.i > start).then_some((v, self.i - start))
    }

    /// Take the next character if `set` holds it.
    pub fn eat(&mut self, set: &[char]) -> Option<char> {
        let c = self.peek()?;
        set.contains(&c).then(|| {
            self.i += 1;
            c
        })
    }

    /// Take the next character if it is one of a date mark's.
    pub fn eat_mark(&mut self, mark: crate::lexicon::dates::DateMark) -> Option<char> {
        let c = self.peek()?;
        mark.has(c).then(|| {
            self.i += 1;
            c
        })
    }

    /// Skip spaces, ideographic ones too.
    pub fn spaces(&mut self) {
        while self.peek().is_some_and(|c| c == ' ' || c == '\u{3000}') {
            self.i += 1;
        }
    }

    /// The next `n` characters as a string.
    pub fn ahead(&self, n: usize) -> String {
        self.cs[self.i.min(self.cs.len())..]
            .iter()
            .take(n)
            .collect()
    }
}

/// Does `cs` hold the folded word `w` at `i`? Where it ends if so.
pub fn starts(cs: &[char], i: usize, w: &str) -> Option<usize> {
    let mut k = i;
    for c in w.chars() {
        if cs.get(k) != Some(&c) {
            return None;
        }
        k += 1;
    }
    Some(k)
}

/// Does `cs` end at `i` with the folded word `w`? Where it starts if so.
pub fn ends(cs: &[char], i: usize, w: &str) -> Option<usize> {
    let n = w.chars().count();
    let s = i.checked_sub(n)?;
    starts(cs, s, w).map(|_| s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso_writes_what_is_stated() {
        assert_eq!(
            iso(Some(2021), Some(5), Some(1)).as_deref(),
            Some("2021-05-01")
        );
        assert_eq!(iso(Some(2021), Some(5), None).as_deref(), Some("2021-05"));
        assert_eq!(iso(Some(2021), None, Some(3)).as_deref(), Some("2021"));
        assert_eq!(iso(None, Some(5), Some(1)).as_deref(), Some("--05-01"));
        assert_eq!(iso(None, Some(5), None).as_deref(), Some("--05"));
        assert_eq!(iso(None, None, Some(1)), None);
    }

    #[test]
    fn digit_runs_stop_at_their_length() {
        let cs: Vec<char> = "2024年１２".chars().collect();
        let mut c = Cur { cs: &cs, i: 0 };
        assert_eq!(c.num(4), Some((2024, 4)));
        assert_eq!(c.num(2), None, "年 is no digit");
        c.i = 5;
        assert_eq!(c.num(2), Some((12, 2)));
        let cs: Vec<char> = "123".chars().collect();
        assert_eq!(Cur { cs: &cs, i: 0 }.num(2), None, "a third digit follows");
    }
}
