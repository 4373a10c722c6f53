//! Dates as news pages write them, to ISO 8601: `2024-05-12 10:32` →
//! `2024-05-12T10:32`, `2024年5月12日` → `2024-05-12`, `May 12, 2024`,
//! `12 May 2024`, `2024/5/12`, `2024.05.12`, and ISO timestamps from `<meta>`.
//! A hand-written scanner over chars; linear in the text.

use crate::lexicon::article::MONTHS;

/// ASCII or fullwidth digit value.
fn digit(c: char) -> Option<u32> {
    match c {
        '0'..='9' => Some(c as u32 - '0' as u32),
        '０'..='９' => Some(c as u32 - '０' as u32),
        _ => None,
    }
}

struct Cur<'a> {
    cs: &'a [(usize, char)],
    i: usize,
}

impl Cur<'_> {
    fn peek(&self) -> Option<char> {
        self.cs.get(self.i).map(|p| p.1)
    }
    fn num(&mut self, max_len: usize) -> Option<(u32, usize)> {
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
    fn eat(&mut self, set: &[char]) -> Option<char> {
        let c = self.peek()?;
        set.contains(&c).then(|| {
            self.i += 1;
            c
        })
    }
    fn spaces(&mut self) {
        while self.peek().is_some_and(|c| c == ' ' || c == '\u{3000}') {
            self.i += 1;
        }
    }
}

fn valid(y: u32, m: u32, d: u32) -> bool {
    (1900..=2100).contains(&y) && (1..=12).contains(&m) && (1..=31).contains(&d)
}

fn iso(y: u32, m: u32, d: u32, time: Option<(u32, u32)>) -> String {
    match time {
        Some((h, mi)) => format!("{y:04}-{m:02}-{d:02}T{h:02}:{mi:02}"),
        None => format!("{y:04}-{m:02}-{d:02}"),
    }
}

/// `HH:MM` (or `HH时MM分`, `HH點MM分`), optionally `:SS`, then AM/PM.
fn time(c: &mut Cur) -> Option<(u32, u32)> {
    let save = c.i;
    c.spaces();
    skip_weekday(c);
    c.spaces();
    c.eat(&['T']);
    let Some((mut h, _)) = c.num(2) else {
        c.i = save;
        return None;
    };
    let sep = c.eat(&[':', '：', '时', '時', '点', '點']);
    let Some((mi, 2)) = sep.and_then(|_| c.num(2)) else {
        c.i = save;
        return None;
    };
    c.eat(&['分']);
    if c.eat(&[':', '：']).is_some() {
        let _ = c.num(2);
        c.eat(&['.']).map(|_| c.num(9));
    }
    let save2 = c.i;
    c.spaces();
    let rest: String = c.cs[c.i..]
        .iter()
        .take(4)
        .map(|p| p.1.to_ascii_lowercase())
        .collect();
    if rest.starts_with("pm") || rest.starts_with("p.m") {
        if h < 12 {
            h += 12;
        }
        c.i += 2;
    } else if rest.starts_with("am") || rest.starts_with("a.m") {
        if h == 12 {
            h = 0;
        }
        c.i += 2;
    } else {
        c.i = save2;
    }
    (h < 24 && mi < 60).then_some((h, mi))
}

/// `星期日`, `週一`, `（日）`, `Sunday,` between a date and its time.
fn skip_weekday(c: &mut Cur) {
    let rest: String = c.cs[c.i..].iter().take(12).map(|p| p.1).collect();
    for w in ["星期", "礼拜", "禮拜", "周", "週"] {
        if rest.starts_with(w) {
            c.i += w.chars().count() + 1;
            return;
        }
    }
    if rest.starts_with(['(', '（']) && rest.chars().nth(2).is_some_and(|x| x == ')' || x == '）')
    {
        c.i += 3;
        return;
    }
    let word: String = rest
        .chars()
        .take_while(|x| x.is_ascii_alphabetic())
        .collect();
    let lower = word.to_ascii_lowercase();
    if ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
        .iter()
        .any(|d| lower.starts_with(d) && lower.ends_with("day") || lower == *d)
    {
        c.i += word.chars().count();
        c.eat(&[',', '.']);
    }
}

/// A time `H:MM` (AM/PM) shortly before char `end`, for `3:47 AM GMT+8, March 21, 2024`.
fn time_before(cs: &[(usize, char)], end: usize) -> Option<(u32, u32)> {
    let from = end.saturating_sub(24);
    for i in from..end {
        if digit(cs[i].1).is_some() && (i == 0 || digit(cs[i - 1].1).is_none()) {
            let mut c = Cur { cs, i };
            if let Some(t) = time(&mut c) {
                if c.i <= end {
                    return Some(t);
                }
            }
        }
    }
    None
}

fn month_word(cs: &[(usize, char)], i: usize) -> Option<(u32, usize)> {
    let len = cs[i..]
        .iter()
        .take_while(|p| p.1.is_ascii_alphabetic())
        .count();
    // Compared in place: this runs at every word start, so no allocation.
    let same = |n: &str| {
        n.len() == len
            && n.chars()
                .zip(&cs[i..i + len])
                .all(|(a, b)| a == b.1.to_ascii_lowercase())
    };
    MONTHS.iter().find(|(n, _)| same(n)).map(|&(_, m)| (m, len))
}

/// A date starting at char `i`: (chars used, ISO).
fn date_at(cs: &[(usize, char)], i: usize) -> Option<(usize, String)> {
    let first = cs[i].1;
    if digit(first).is_some() {
        if i > 0 && (digit(cs[i - 1].1).is_some() || cs[i - 1].1.is_ascii_alphabetic()) {
            return None;
        }
        let mut c = Cur { cs, i };
        let (a, alen) = c.num(4)?;
        if alen == 4 {
            // Year first: 2024-05-12, 2024/5/12, 2024.05.12, 2024年5月12日
            let sep = c.eat(&['-', '/', '.', '年', '－', '／'])?;
            let (m, _) = c.num(2)?;
            let close = if sep == '年' { '月' } else { sep };
            c.eat(&[close])?;
            let (d, _) = c.num(2)?;
            if sep == '年' {
                c.eat(&['日', '号', '號']);
            }
            if !valid(a, m, d) {
                return None;
            }
            let t = time(&mut c);
            return Some((c.i - i, iso(a, m, d, t)));
        }
        // Day first: 12 May 2024, 12 May, 2024
        let (d, _) = (a, alen);
        c.spaces();
        let (m, mlen) = month_word(cs, c.i)?;
        c.i += mlen;
        c.eat(&['.']);
        c.eat(&[',']);
        c.spaces();
        let (y, 4) = c.num(4)? else {
            return None;
        };
        if !valid(y, m, d) {
            return None;
        }
        let t = time(&mut c);
        return Some((c.i - i, iso(y, m, d, t)));
    }
    if first.is_ascii_alphabetic() {
        if i > 0 && cs[i - 1].1.is_ascii_alphabetic() {
            return None;
        }
        // Month first: May 12, 2024 / Sept. 3 2024
        let (m, mlen) = month_word(cs, i)?;
        let mut c = Cur { cs, i: i + mlen };
        c.eat(&['.']);
        c.spaces();
        let (d, _) = c.num(2)?;
        let save = c.i;
        let _ = cs.get(c.i..c.i + 2).filter(|s| {
            let w: String = s.iter().map(|p| p.1).collect();
            matches!(w.as_str(), "st" | "nd" | "rd" | "th")
        });
        c.i = save;
        c.eat(&[',']);
        c.spaces();
        let (y, 4) = c.num(4)? else {
            return None;
        };
        if !valid(y, m, d) {
            return None;
        }
        c.eat(&[',']);
        let t = time(&mut c);
        return Some((c.i - i, iso(y, m, d, t)));
    }
    None
}

/// The first date in `s`: its byte span and ISO form.
pub fn find(s: &str) -> Option<(usize, usize, String)> {
    // Every date holds a digit (ASCII or fullwidth, `０` is EF BC 90), a month
    // word's too (`May 12`): a text without one needs no char table.
    let b = s.as_bytes();
    let could = (0..b.len())
        .any(|i| b[i].is_ascii_digit() || (b[i] == 0xEF && b.get(i + 1) == Some(&0xBC)));
    if !could {
        return None;
    }
    // Sized first: collecting char_indices grows the vector four or five times.
    let mut cs: Vec<(usize, char)> = Vec::with_capacity(s.chars().count());
    cs.extend(s.char_indices());
    for i in 0..cs.len() {
        let c = cs[i].1;
        if !(digit(c).is_some() || c.is_ascii_alphabetic()) {
            continue;
        }
        // Dates start at word starts only.
        if c.is_ascii_alphabetic() && i > 0 && cs[i - 1].1.is_ascii_alphabetic() {
            continue;
        }
        if let Some((n, mut iso)) = date_at(&cs, i) {
            let end = cs.get(i + n).map_or(s.len(), |p| p.0);
            if !iso.contains('T') {
                if let Some((h, m)) = time_before(&cs, i) {
                    iso = format!("{iso}T{h:02}:{m:02}");
                }
            }
            return Some((cs[i].0, end, iso));
        }
    }
    None
}

/// A month and day without a year (`May 12`, `5月12日`), for datelines.
pub fn month_day(s: &str) -> Option<(u32, u32)> {
    let cs: Vec<(usize, char)> = s.char_indices().collect();
    for i in 0..cs.len() {
        let mut c = Cur { cs: &cs, i };
        if cs[i].1.is_ascii_alphabetic() && (i == 0 || !cs[i - 1].1.is_ascii_alphabetic()) {
            if let Some((m, mlen)) = month_word(&cs, i) {
                c.i += mlen;
                c.eat(&['.']);
                c.spaces();
                if let Some((d, _)) = c.num(2) {
                    if (1..=31).contains(&d) {
                        return Some((m, d));
                    }
                }
            }
        } else if digit(cs[i].1).is_some() && (i == 0 || digit(cs[i - 1].1).is_none()) {
            if let Some((m, _)) = c.num(2) {
                if c.eat(&['月']).is_some() {
                    if let Some((d, _)) = c.num(2) {
                        if c.eat(&['日']).is_some()
                            && (1..=12).contains(&m)
                            && (1..=31).contains(&d)
                        {
                            return Some((m, d));
                        }
                    }
                }
            }
        }
    }
    None
}

/// Normalize a date given whole (a `<meta>` value, a label's text).
pub fn normalize(s: &str) -> Option<String> {
    find(s).map(|(_, _, iso)| iso)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forms() {
        let n = |s: &str| normalize(s);
        assert_eq!(n("2024-05-12 10:32").as_deref(), Some("2024-05-12T10:32"));
        assert_eq!(
            n("2024-05-12T10:32:05+08:00").as_deref(),
            Some("2024-05-12T10:32")
        );
        assert_eq!(
            n("發布時間：2024年5月12日 10:32").as_deref(),
            Some("2024-05-12T10:32")
        );
        assert_eq!(n("2024年5月12日").as_deref(), Some("2024-05-12"));
        assert_eq!(n("２０２４年５月１２日").as_deref(), Some("2024-05-12"));
        assert_eq!(n("May 12, 2024").as_deref(), Some("2024-05-12"));
        assert_eq!(
            n("Published Sept. 3, 2024 4:05 PM").as_deref(),
            Some("2024-09-03T16:05")
        );
        assert_eq!(n("12 May 2024").as_deref(), Some("2024-05-12"));
        assert_eq!(n("2024/5/12").as_deref(), Some("2024-05-12"));
        assert_eq!(n("2024.05.12 08:00").as_deref(), Some("2024-05-12T08:00"));
        assert_eq!(n("in 2024 the"), None);
        assert_eq!(
            n("2024年5月12日 星期日 10:32").as_deref(),
            Some("2024-05-12T10:32")
        );
        assert_eq!(
            n("Updated 3:47 AM GMT+8, March 21, 2024").as_deref(),
            Some("2024-03-21T03:47")
        );
        assert_eq!(n("Monday, June 3, 2024").as_deref(), Some("2024-06-03"));
        assert_eq!(n("2024-13-40"), None);
        assert_eq!(n("Mayday 12, 2024"), None);
        assert_eq!(month_day("BEIJING, May 12 (Xinhua) --"), Some((5, 12)));
        assert_eq!(month_day("新華社北京5月12日電"), Some((5, 12)));
    }
}
