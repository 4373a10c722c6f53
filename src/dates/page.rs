//! A page's own date, from its date line or `<meta>`: whole dates only
//! (year, month and day, 1900–2100), with the time when one is written
//! (`2024-05-12 10:32` → `2024-05-12T10:32`).

use super::numeric::{self, Seps};
use super::time::{time, time_before};
use super::{digit, en, Cur};
use crate::lexicon::dates::{DateMark, DAY_ORDINALS, PAGE_MONTHS, PAGE_MONTH_LEADS, WEEKDAYS};
use crate::lexicon::fold::fold_char;

fn valid(y: u32, m: u32, d: u32) -> bool {
    (1900..=2100).contains(&y) && (1..=12).contains(&m) && (1..=31).contains(&d)
}

fn iso(y: u32, m: u32, d: u32, time: Option<(u32, u32)>) -> String {
    let date = super::iso(Some(y), Some(m), Some(d)).unwrap_or_default();
    match time {
        Some(t) => with_time(&date, t),
        None => date,
    }
}

/// ISO 8601 of a date and a time of day: `2024-05-12T10:32`.
fn with_time(date: &str, (h, m): (u32, u32)) -> String {
    let mut s = String::with_capacity(date.len() + 6);
    s.push_str(date);
    s.push_str(DateMark::TimeDesignator.written());
    super::push_padded(&mut s, h, 2);
    s.push(':');
    super::push_padded(&mut s, m, 2);
    s
}

/// A letter of the European scripts a month name is written in (Latin with
/// its accents, Greek, Cyrillic), without the Unicode tables (bytes in the
/// web build, time on every line).
fn letter(c: char) -> bool {
    c.is_ascii_alphabetic()
        || (matches!(c as u32, 0xC0..=0x24F | 0x370..=0x52F) && !matches!(c, '×' | '÷'))
}

/// `c` in lower case for Latin letters with or without accents (`É` → `é`);
/// other letters as they are (the month table is written in lower case).
fn lower(c: char) -> char {
    match c as u32 {
        0x41..=0x5A | 0xC0..=0xD6 | 0xD8..=0xDE => char::from_u32(c as u32 + 32).unwrap_or(c),
        _ => c,
    }
}

/// A month name at `i` on a date line: English, or another European
/// language's (`lexicon::dates::PAGE_MONTHS`). Its number and where it ends.
fn month_word(cs: &[char], i: usize) -> Option<(u32, usize)> {
    let whole = |&(_, e): &(u32, usize)| cs.get(e).is_none_or(|&c| !letter(c));
    if let Some(m) = en::month_at(cs, i).filter(whole) {
        return Some(m);
    }
    let len = cs[i.min(cs.len())..]
        .iter()
        .take_while(|&&c| letter(c))
        .count();
    if len < 3 {
        return None;
    }
    let word: String = cs[i..i + len].iter().map(|&c| lower(c)).collect();
    PAGE_MONTHS
        .iter()
        .find(|(name, _)| *name == word)
        .map(|(_, m)| (m, i + len))
}

/// Skip a word of `words` (whole, any case) and the spaces after it.
fn skip_word(c: &mut Cur, words: crate::lexicon::Words) -> bool {
    let len = c.cs[c.i.min(c.cs.len())..]
        .iter()
        .take_while(|x| x.is_ascii_alphabetic())
        .count();
    let word: String = c.cs[c.i..c.i + len]
        .iter()
        .map(|x| x.to_ascii_lowercase())
        .collect();
    if len > 0 && words.contains(&word) {
        c.i += len;
        c.spaces();
        return true;
    }
    false
}

/// A year of four digits, or of two after a slash date (`11/18/19`): the
/// full year.
fn year_of(c: &mut Cur, two: bool) -> Option<u32> {
    match c.num(4)? {
        (y, 4) => Some(y),
        (y, 2) if two => Some(if y > 50 { 1900 + y } else { 2000 + y }),
        _ => None,
    }
}

/// `18/11/2019`, `11/18/19`, `19.11.2019`, `18-11-2019`: day and month in
/// digits before the year. A first number over 12 is the day; else a dot
/// or dash date is day first (European), a slash date month first (US).
fn day_month_digits(cs: &[char], i: usize) -> Option<(usize, String)> {
    let mut c = Cur { cs, i };
    let (a, _) = c.num(2)?;
    let sep = c.eat(&['/', '.', '-'])?;
    let (b, _) = c.num(2)?;
    c.eat(&[sep])?;
    let y0 = c.i;
    // `01.28.05`: two digits each, a US page's month first.
    let dots = sep == '.' && c.i == i + 6;
    let y = year_of(&mut c, sep == '/' || dots)?;
    if c.peek().is_some_and(|x| x.is_alphanumeric() || x == sep) {
        return None;
    }
    let us_dots = dots && c.i == y0 + 2;
    let (d, m) = if a > 12 || (sep != '/' && !us_dots && b <= 12) {
        (a, b)
    } else {
        (b, a)
    };
    if !valid(y, m, d) {
        return None;
    }
    let end = c.i;
    c.eat(&[',']);
    let t = time(&mut c);
    if t.is_none() {
        // (with its time, or after a name's comma: `Jane Doe, 04.25.05`;
        // `Opening Bell 11.18.19` names a day's edition)
        let after_comma = i >= 2 && cs[i - 2] == ',' && cs[i - 1] == ' ';
        if us_dots && !after_comma {
            return None;
        }
        c.i = end;
    }
    Some((c.i - i, iso(y, m, d, t)))
}

/// A year glued to the time after it (`NOV 19 20197:05 AM`, text run
/// together from two elements): the year, the cursor left on the time.
fn glued_year(c: &mut Cur) -> Option<u32> {
    let d = |k: usize| c.cs.get(c.i + k).and_then(|&x| digit(x));
    let colon = |k: usize| c.cs.get(c.i + k).is_some_and(|&x| x == ':');
    let year = (0..4).try_fold(0, |y, k| Some(y * 10 + d(k)?))?;
    // One or two digits of the hour, then `:`.
    let timed = d(4).is_some() && (colon(5) || (d(5).is_some() && colon(6)));
    timed.then(|| {
        c.i += 4;
        year
    })
}

/// A date starting at char `i`: (chars used, ISO).
fn date_at(cs: &[char], i: usize) -> Option<(usize, String)> {
    let first = cs[i];
    if digit(first).is_some() {
        let prev = i.checked_sub(1).map(|p| cs[p]);
        // `12:072023/08/28`: a clock time run into the date that follows it
        // (a page's time and date elements with no space between them).
        let after_clock = i >= 4 && cs[i - 3] == ':' && [1, 2, 4].iter().all(|&k| digit(cs[i - k]).is_some());
        if prev.is_some_and(|p| digit(p).is_some()) && !after_clock {
            return None;
        }
        // Glued to a word (`Jane Doe22 Dec 2016`, two elements' text run
        // together): only a day, a month's name and a year.
        let glued = prev.is_some_and(|p| p.is_ascii_alphabetic());
        let mut c = Cur { cs, i };
        let (a, alen) = c.num(4)?;
        if glued && alen > 2 {
            return None;
        }
        if alen == 4 {
            // Year first: 2024-05-12, 2024/5/12, 2024.05.12, 2024年5月12日
            let d = numeric::ymd(cs, i, Seps::Page)?;
            if !valid(d.year, d.month, d.day) {
                return None;
            }
            let mut c = Cur { cs, i: d.end };
            let t = time(&mut c);
            return Some((c.i - i, iso(d.year, d.month, d.day, t)));
        }
        if let Some(d) = day_month_digits(cs, i).filter(|_| !glued) {
            return Some(d);
        }
        // Day first: 12 May 2024, 25. September 2018, 3 de março de 2019
        skip_word(&mut c, DAY_ORDINALS);
        c.eat(&['.']);
        c.spaces();
        skip_word(&mut c, PAGE_MONTH_LEADS);
        let (m, e) = month_word(cs, c.i)?;
        c.i = e;
        c.eat(&['.']);
        c.eat(&[',']);
        c.spaces();
        skip_word(&mut c, PAGE_MONTH_LEADS);
        let (y, 4) = c.num(4)? else {
            return None;
        };
        if !valid(y, m, a) {
            return None;
        }
        let t = time(&mut c);
        return Some((c.i - i, iso(y, m, a, t)));
    }
    if letter(first) {
        if i > 0 && letter(cs[i - 1]) {
            return None;
        }
        // Month first: May 12, 2024 / Sept. 3 2024 / Nov. 18th 2019 / Dec 28 Sat 2013
        let (m, e) = month_word(cs, i)?;
        let mut c = Cur { cs, i: e };
        c.eat(&['.']);
        c.spaces();
        let (d, _) = c.num(2)?;
        skip_word(&mut c, DAY_ORDINALS);
        c.eat(&[',']);
        c.spaces();
        if skip_word(&mut c, WEEKDAYS) {
            c.eat(&[',']);
            c.spaces();
        }
        let y = match c.num(4) {
            Some((y, 4)) => y,
            Some(_) => return None,
            None => glued_year(&mut c)?,
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

/// Could `s` hold a whole date? Every one [`date_at`] reads has a year of
/// four digits in a row (`2024-05-12`, `May 12, 2024`, `12 May 2024`), or of
/// two after a day and a month in digits (`11/18/19`: a digit, a separator,
/// one or two digits and a separator). Digits are ASCII or fullwidth
/// (`０`-`９`, EF BC 90-99). One pass over the bytes, no allocation: most
/// lines of a page are asked.
fn may_hold_date(s: &str) -> bool {
    const DIGIT: u8 = 1;
    const SEP: u8 = 2;
    const D_S_D: u32 = u32::from_le_bytes([DIGIT, SEP, DIGIT, 0]);
    const DD_S_D: u32 = u32::from_le_bytes([DIGIT, DIGIT, SEP, DIGIT]);
    let b = s.as_bytes();
    // The classes of the last four characters (of bytes, past ASCII; a
    // fullwidth digit is one), the newest in the lowest byte.
    let mut last = 0u32;
    let mut run = 0;
    let mut i = 0;
    while i < b.len() {
        let (class, len) = match b[i] {
            b'0'..=b'9' => (DIGIT, 1),
            0xEF if b.get(i + 1) == Some(&0xBC) && b.get(i + 2).is_some_and(|c| (0x90..=0x99).contains(c)) => (DIGIT, 3),
            b'/' | b'.' | b'-' => (SEP, 1),
            _ => (0, 1),
        };
        if class == DIGIT {
            run += 1;
            if run >= 4 {
                return true;
            }
        } else {
            run = 0;
        }
        // A separator after `1/1` or `1/12` (the classes before it, newest first).
        if class == SEP && ((last & 0xFF_FFFF) == D_S_D || last == DD_S_D) {
            return true;
        }
        last = (last << 8) | u32::from(class);
        i += len;
    }
    false
}

/// The first date in `s`: its byte span and ISO form.
pub fn find(s: &str) -> Option<(usize, usize, String)> {
    // A text that cannot hold one needs no char table.
    if !may_hold_date(s) {
        return None;
    }
    // The characters folded, and their byte offsets; sized once.
    let n = s.chars().count();
    let (mut at, mut cs) = (Vec::with_capacity(n), Vec::with_capacity(n));
    for (k, c) in s.char_indices() {
        at.push(k);
        cs.push(fold_char(c));
    }
    for i in 0..cs.len() {
        let c = cs[i];
        if !(digit(c).is_some() || letter(c)) {
            continue;
        }
        // Dates start at word starts only.
        if letter(c) && i > 0 && letter(cs[i - 1]) {
            continue;
        }
        if let Some((n, mut iso)) = date_at(&cs, i) {
            let end = at.get(i + n).copied().unwrap_or(s.len());
            let timed = crate::lexicon::has_str(&iso, DateMark::TimeDesignator.written());
            if !timed {
                if let Some(t) = time_before(&cs, i) {
                    iso = with_time(&iso, t);
                }
            }
            return Some((at[i], end, iso));
        }
    }
    None
}

/// A month, a day and the time if one is written.
pub type MonthDay = (u32, u32, Option<(u32, u32)>);

/// A month and day with no year on a date line (`Thu Sep 1, 12:00 PM ET`,
/// `Monday August 14 8:27 AM ET`): a weekday before it or a time after it
/// says it is one. (month, day, time).
pub fn month_day(s: &str) -> Option<MonthDay> {
    let cs: Vec<char> = s.chars().map(|c| if c == '\u{a0}' { ' ' } else { fold_char(c) }).collect();
    for i in 0..cs.len() {
        if !letter(cs[i]) || (i > 0 && letter(cs[i - 1])) {
            continue;
        }
        let Some((m, e)) = month_word(&cs, i) else {
            continue;
        };
        let mut c = Cur { cs: &cs, i: e };
        c.eat(&['.']);
        c.spaces();
        let Some((d, _)) = c.num(2) else {
            continue;
        };
        if c.peek().is_some_and(|x| x.is_alphanumeric()) || !valid(2000, m, d) {
            continue;
        }
        c.eat(&[',']);
        let t = time(&mut c);
        // The word before: a weekday (`Sat Feb 6`).
        let head: String = cs[..i].iter().collect();
        let head = head.trim_end_matches([' ', ',']);
        let day = head
            .rsplit(|x: char| !x.is_ascii_alphabetic())
            .next()
            .is_some_and(|w| WEEKDAYS.contains(w));
        if t.is_some() || day {
            return Some((m, d, t));
        }
    }
    None
}

/// `month_day`'s date in the year `y`, in ISO.
pub fn in_year(y: u32, (m, d, t): MonthDay) -> Option<String> {
    valid(y, m, d).then(|| iso(y, m, d, t))
}

/// Normalize a date given whole (a `<meta>` value, a label's text).
pub fn normalize(s: &str) -> Option<String> {
    find(s).map(|(_, _, iso)| iso)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The cheap test passes every text in which `find` finds a date (the
    /// date forms of the tests here, and their pieces).
    #[test]
    fn may_hold_date_before_find() {
        let texts = [
            "2024-05-12 10:32", "發布時間：2024年5月12日 10:32", "11/18/19", "1/2/19 5:00",
            "04.25.05", "Jane Doe, 04.25.05", "18-11-2019", "May 12, 2024", "Sept. 3 2024",
            "12 May 2024", "25. September 2018", "3 de março de 2019", "NOV 19 20197:05 AM",
            "12:072023/08/28", "２０２４年５月１２日", "Dec 28 Sat 2013", "Nov. 18th 2019",
            "１/２/１９", "by Ann Lee | 1/12/20", "5月12日", "約2萬人 與2021年同", "76.5%",
        ];
        for t in texts {
            for (a, _) in t.char_indices() {
                for (b, _) in t[a..].char_indices().skip(1).chain([(t.len() - a, ' ')]) {
                    let s = &t[a..a + b];
                    assert!(find(s).is_none() || may_hold_date(s), "{s}");
                }
            }
        }
        assert!(!may_hold_date("約2萬人 與同比下降76.5%"));
        assert!(may_hold_date("11/18/19"));
    }

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
        assert_eq!(n("12:072023/08/28").as_deref(), Some("2023-08-28"));
        assert_eq!(n("1212023/08/28"), None);
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
            n("2024年5月12日 （日） 10時32分").as_deref(),
            Some("2024-05-12T10:32")
        );
        assert_eq!(
            n("Updated 3:47 AM GMT+8, March 21, 2024").as_deref(),
            Some("2024-03-21T03:47")
        );
        assert_eq!(n("Monday, June 3, 2024").as_deref(), Some("2024-06-03"));
        assert_eq!(n("2024-13-40"), None);
        assert_eq!(n("Mayday 12, 2024"), None);
    }

    #[test]
    fn european_and_numeric_forms() {
        let n = |s: &str| normalize(s);
        assert_eq!(n("12 mai 2024").as_deref(), Some("2024-05-12"));
        assert_eq!(n("publiziert am 25. September 2018").as_deref(), Some("2018-09-25"));
        assert_eq!(n("30. Juli 2018").as_deref(), Some("2018-07-30"));
        assert_eq!(n("3 de março de 2019").as_deref(), Some("2019-03-03"));
        assert_eq!(n("Publicado el 5 de diciembre de 2019").as_deref(), Some("2019-12-05"));
        assert_eq!(n("By X - 11/18/19 11:04 PM EST").as_deref(), Some("2019-11-18T23:04"));
        assert_eq!(n("19.11.2019, 08:57").as_deref(), Some("2019-11-19T08:57"));
        assert_eq!(n("23/08/2018 2 comentários").as_deref(), Some("2018-08-23"));
        assert_eq!(n("04/05/2019").as_deref(), Some("2019-04-05"), "a slash date is month first");
        assert_eq!(n("04.05.2019").as_deref(), Some("2019-05-04"), "a dot date is day first");
        assert_eq!(n("Nov. 18th 2019 8:54 am PT").as_deref(), Some("2019-11-18T08:54"));
        assert_eq!(n("Dec 28 Sat 2013").as_deref(), Some("2013-12-28"));
        assert_eq!(n("1/2/3"), None);
        assert_eq!(n("Jane Doe, 01.28.05, 3:25 PM ET").as_deref(), Some("2005-01-28T15:25"));
        assert_eq!(n("01.08.10, 07:30 PM EST").as_deref(), Some("2010-01-08T19:30"), "two-digit dots: month first");
        assert_eq!(n("28.01.05, 10:00").as_deref(), Some("2005-01-28T10:00"));
        assert_eq!(n("Opening Bell 11.18.19"), None, "two-digit dots need a time");
        assert_eq!(n("Jane Doe, 04.25.05").as_deref(), Some("2005-04-25"), "or a name's comma");
        assert_eq!(n("1.2.3"), None);
        assert_eq!(n("version 2.10.15"), None);
        let md = |s: &str| month_day(s).and_then(|d| in_year(2005, d));
        assert_eq!(md("Thu Sep 1,12:00 PM ET").as_deref(), Some("2005-09-01T12:00"));
        assert_eq!(md("Monday August 14 8:27 AM ET").as_deref(), Some("2005-08-14T08:27"));
        assert_eq!(md("Jane Doe, AP Writer \u{2013} Sat\u{a0}Feb\u{a0}6, 11:17\u{a0}am\u{a0}ET").as_deref(), Some("2005-02-06T11:17"));
        assert_eq!(md("It may 5 times"), None);
        assert_eq!(md("since March 3 the rain"), None);
        assert_eq!(n("Posted on Maret 30, 2015").as_deref(), Some("2015-03-30"));
        assert_eq!(n("PUBLISHED TUE, NOV 19 20197:05 AM EST").as_deref(), Some("2019-11-19T07:05"));
        assert_eq!(n("Nov 19 20191"), None);
        assert_eq!(n("Jane Doe22 Dec 2016").as_deref(), Some("2016-12-22"));
        assert_eq!(n("mp3 12/05/2019"), Some("2019-12-05".to_string()));
        assert_eq!(n("abc12/05/2019"), None);
        assert_eq!(n("13/13/2019"), None);
        assert_eq!(n("Maiden 12 2024"), None);
    }

    #[test]
    fn spans_are_bytes_of_the_text_as_given() {
        let s = "發布：2024年5月12日";
        let (a, b, _) = find(s).unwrap();
        assert_eq!(&s[a..b], "2024年5月12日");
    }
}
