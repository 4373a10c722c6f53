//! Times of day on a page's date line: `10:32`, `10:32:05`, `4:05 PM`,
//! `10時32分`, `T10:32` in ISO timestamps, and a weekday between the date
//! and the time (`星期日`, `（日）`, `Sunday,`).

use super::{digit, Cur};
use crate::lexicon::dates::{DateMark, MERIDIEMS};
use crate::lexicon::{self};

/// `HH:MM` (or `HH時MM分`, `HH點MM分`), optionally `:SS`, then AM/PM.
pub fn time(c: &mut Cur) -> Option<(u32, u32)> {
    let save = c.i;
    c.spaces();
    skip_weekday(c);
    c.spaces();
    c.eat_mark(DateMark::TimeDesignator);
    let Some((mut h, _)) = c.num(2) else {
        c.i = save;
        return None;
    };
    let sep = c.eat(&[':', '：']).or_else(|| c.eat_mark(DateMark::Hour));
    let Some((mi, 2)) = sep.and_then(|_| c.num(2)) else {
        c.i = save;
        return None;
    };
    c.eat_mark(DateMark::Minute);
    if c.eat(&[':', '：']).is_some() {
        let _ = c.num(2);
        c.eat(&['.']).map(|_| c.num(9));
    }
    let save2 = c.i;
    c.spaces();
    let rest = c.ahead(4);
    match MERIDIEMS.iter().find(|(w, _)| rest.starts_with(w)) {
        Some(&(_, pm)) => {
            if pm && h < 12 {
                h += 12;
            } else if !pm && h == 12 {
                h = 0;
            }
            c.i += 2;
        }
        None => c.i = save2,
    }
    (h < 24 && mi < 60).then_some((h, mi))
}

/// `星期日`, `週一`, `（日）`, `Sunday,` between a date and its time.
fn skip_weekday(c: &mut Cur) {
    if let Some((e, _)) = lexicon::weekday_leads().longest_prefix_chars(c.cs, c.i) {
        // the lead and the day's character
        c.i = e + 1;
        return;
    }
    let rest = c.ahead(3);
    if rest.starts_with(['(', '（']) && rest.chars().nth(2).is_some_and(|x| x == ')' || x == '）')
    {
        c.i += 3;
        return;
    }
    let len = c.cs[c.i.min(c.cs.len())..]
        .iter()
        .take_while(|x| x.is_ascii_alphabetic())
        .count();
    let word: String = c.cs[c.i..c.i + len].iter().collect();
    if len > 0 && lexicon::dates::WEEKDAYS.contains(&word) {
        c.i += len;
        c.eat(&[',', '.']);
    }
}

/// A time `H:MM` (AM/PM) shortly before char `end`, for `3:47 AM GMT+8, March 21, 2024`.
pub fn time_before(cs: &[char], end: usize) -> Option<(u32, u32)> {
    let from = end.saturating_sub(24);
    for i in from..end {
        if digit(cs[i]).is_some() && (i == 0 || digit(cs[i - 1]).is_none()) {
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
