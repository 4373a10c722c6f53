//! The identifier-masking pass: one walk over a block, before the grammar,
//! that finds what holds digits but states no figure. Web and e-mail
//! addresses and clock times are silent (`https://x.tw/?p=50%25`,
//! `下午3點半`, `10:30`); IP addresses, phone numbers and named codes are
//! identifiers (`192.168.1.20`, `(02)2345-6789`, `12345熱線`,
//! `案號112-345`). Codes of letters and digits (`MH370`, `PM2.5`) are left
//! to the English word reader, which knows flights from names. The scan reads a figure nowhere
//! inside a mask. Its words are rows of `lexicon::masks`.
//!
//! Hand-written rather than a regex set: see docs/decisions.md ("The
//! identifier mask"), which measures both.

use super::numeral::Starters;
use super::text::BlockText;
use crate::lexicon::{self, masks, Lex};
use crate::numerals::ascii_digit;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Masked {
    /// Nothing is reported (addresses, clock times).
    Silent,
    /// Reported as one figure of kind `identifier`.
    Identifier,
}

/// A masked stretch of a block, in chars.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mask {
    pub start: usize,
    pub end: usize,
    pub kind: Masked,
}

/// The masks of a block, in order and not overlapping, into `out`.
pub fn masks(bt: &BlockText, out: &mut Vec<Mask>) {
    out.clear();
    let mut walk = Walk::new();
    while walk.pos < bt.len() {
        walk.step(bt);
        out.extend(walk.next.take());
    }
}

/// The mask walk, a step at a time, so that the figure scan can drive it
/// and both pass the Han text between them in one loop (see
/// `figures::scan`). Every mask starting before `pos` has been found; the
/// last found is held in `next` until it is passed.
pub struct Walk {
    pos: usize,
    next: Option<Mask>,
    day_parts: &'static Lex,
    starters: &'static Starters,
}

impl Walk {
    pub fn new() -> Walk {
        Walk {
            pos: 0,
            next: None,
            day_parts: lexicon::day_parts(),
            starters: super::numeral::starters(),
        }
    }

    /// The mask over char `i`, walking on as far as `i` needs; masks that
    /// end at or before `i` are passed. `i` never goes back.
    pub fn at(&mut self, bt: &BlockText, i: usize) -> Option<Mask> {
        loop {
            match self.next {
                Some(m) if m.end > i => return (m.start <= i).then_some(m),
                Some(_) => self.next = None,
                None if self.pos > i || self.pos >= bt.len() => return None,
                None => {
                    if !self.pass_plain(bt) {
                        self.step(bt);
                    }
                }
            }
        }
    }

    /// Past the char the walk stands at when it is other than ASCII and
    /// can start no mask (no bracket, no fullwidth digit, no part of the
    /// day before it), without the call of [`step`](Self::step), which
    /// would find as much: in Chinese text, most of the walk's stops are
    /// Han numerals the scan stopped at.
    #[inline]
    fn pass_plain(&mut self, bt: &BlockText) -> bool {
        let Some(&c) = bt.cs.get(self.pos) else {
            return false;
        };
        let after_day_part = || self.pos.checked_sub(1).is_some_and(|k| self.day_parts.may_end(bt.cs[k]));
        let plain = !c.is_ascii() && c != '（' && ascii_digit(c).is_none() && !after_day_part();
        if plain {
            self.pos += 1;
        }
        plain
    }

    /// Where the chars from a scan's place (unmasked, after [`at`](Self::at))
    /// are known to hold no mask until: the mask in hand, else where the
    /// walk reads next.
    pub fn free_until(&self) -> usize {
        self.next.map_or(self.pos, |m| m.start)
    }

    /// Past the chars from `i` that start neither a mask nor a figure, when
    /// the walk stands at `i` with nothing in hand: the walk and the scan
    /// pass them together (else `i`).
    pub fn pass_quiet(&mut self, bt: &BlockText, i: usize) -> usize {
        if self.pos != i || self.next.is_some() {
            return i;
        }
        let starters = self.starters;
        let quiet = |c: &char| !c.is_ascii_alphanumeric() && !matches!(c, '(' | '（') && !starters.could_start(*c);
        self.pos = i + bt.cs[i..].iter().take_while(|c| quiet(c)).count();
        self.pos
    }

    /// One step from `pos`: past the chars that start nothing, then a mask
    /// found (held in `next`, `pos` at its end) or the token there passed.
    /// Most chars are Han text or punctuation that starts nothing: one bit
    /// test each, in a tight loop.
    // Out of line: inlined into the figure scan's loop (as the Node build's
    // inlining threshold would), it slowed that loop in V8.
    #[inline(never)]
    fn step(&mut self, bt: &BlockText) {
        let cs = &bt.cs;
        let starters = self.starters;
        // Punctuation, and Han text that is no bracket and starts no
        // numeral (fullwidth digits are numerals), start nothing.
        let quiet = |c: char| match c.is_ascii() {
            true => !c.is_ascii_alphanumeric() && c != '(',
            false => c != '（' && !starters.could_start(c),
        };
        let Some(k) = cs[self.pos..].iter().position(|&c| !quiet(c)) else {
            self.pos = cs.len();
            return;
        };
        let i = self.pos + k;
        let c = cs[i];
        let prev = i.checked_sub(1).map(|k| cs[k]);
        let found = if !c.is_ascii() {
            if c == '（' {
                area_code_phone(bt, i).map(|e| (e, Masked::Identifier))
            } else if ascii_digit(c).is_some() {
                // fullwidth digits, from the first of a run
                digits(bt, i).filter(|_| !prev.is_some_and(|p| ascii_digit(p).is_some() || p == '.'))
            } else if prev.is_some_and(|p| self.day_parts.may_end(p)) && starters.could_start(c) {
                spelled_clock(bt, i).map(|e| (e, Masked::Silent))
            } else {
                self.pos = i + 1;
                return;
            }
        } else if c.is_ascii_alphanumeric() {
            // Inside a token already walked (`a.b`, `x+y`), nothing starts.
            let word_start =
                prev.is_none_or(|p| !p.is_ascii_alphanumeric() && !matches!(p, '.' | '_' | '-' | '@' | '%' | '+'));
            if word_start {
                ascii_token(bt, i)
            } else {
                None
            }
        } else {
            // `(`, the only other char that is not quiet
            area_code_phone(bt, i).map(|e| (e, Masked::Identifier))
        };
        match found {
            Some((end, kind)) if end > i => {
                self.next = Some(Mask { start: i, end, kind });
                self.pos = end;
            }
            _ => self.pos = skip_token(bt, i),
        }
    }
}

/// Past the token at `i` (a run of ASCII letters and digits, a number with
/// its separators, or one char), so that every char is looked at a bounded
/// number of times.
fn skip_token(bt: &BlockText, i: usize) -> usize {
    let c = bt.cs[i];
    if c.is_ascii_alphabetic() {
        run(bt, i, |c| c.is_ascii_alphanumeric())
    } else if ascii_digit(c).is_some() {
        run(bt, i, |c| ascii_digit(c).is_some() || matches!(c, '.' | '-' | ':' | '：' | ','))
    } else {
        i + 1
    }
}

/// A token starting with an ASCII letter or digit: a web address, an
/// e-mail address; digits go on to [`digits`].
fn ascii_token(bt: &BlockText, i: usize) -> Option<(usize, Masked)> {
    if bt.lex_at(i, lexicon::url_starts()).is_some() {
        return Some((url_end(bt, i), Masked::Silent));
    }
    // An e-mail address: a local part, `@`, a dotted domain.
    let local = run(bt, i, |c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '%' | '+' | '-'));
    if bt.get(local) == Some('@') {
        let domain = run(bt, local + 1, |c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-'));
        let dotted = (local + 1..domain).any(|k| bt.cs[k] == '.') && bt.cs[domain - 1] != '.';
        if dotted {
            return Some((domain, Masked::Silent));
        }
    }
    // Letters and digits (`MH370`, `PM2.5`) are the English word reader's.
    ascii_digit(bt.cs[i]).and_then(|_| digits(bt, i))
}

/// Where a web address ends: at white space, a non-ASCII char or a quote,
/// less the punctuation that closes a sentence after it.
fn url_end(bt: &BlockText, i: usize) -> usize {
    let mut e = run(bt, i, |c| c.is_ascii_graphic() && !matches!(c, '"' | '\'' | '<' | '>'));
    while e > i && matches!(bt.cs[e - 1], '.' | ',' | ';' | ':' | '!' | '?' | ')') {
        e -= 1;
    }
    e
}

/// The end of the run of chars from `i` that `f` accepts.
fn run(bt: &BlockText, i: usize, f: impl Fn(char) -> bool) -> usize {
    let mut k = i;
    while bt.get(k).is_some_and(&f) {
        k += 1;
    }
    k
}

/// Digit groups from `i` joined by `sep` (`192.168.1.20`, `0912-345-678`):
/// where they end, how many, the first two groups' sizes, all their digits.
struct Groups {
    end: usize,
    count: usize,
    first: usize,
    second: usize,
    digits: usize,
    all_short: bool,
}

fn groups(bt: &BlockText, i: usize, sep: char) -> Groups {
    let digit = |c: char| ascii_digit(c).is_some();
    let mut g = Groups { end: i, count: 0, first: 0, second: 0, digits: 0, all_short: true };
    let mut k = i;
    loop {
        let e = run(bt, k, digit);
        let n = e - k;
        match g.count {
            0 => g.first = n,
            1 => g.second = n,
            _ => {}
        }
        g.count += 1;
        g.digits += n;
        g.all_short &= (1..=3).contains(&n);
        g.end = e;
        if bt.get(e) == Some(sep) && bt.get(e + 1).is_some_and(digit) {
            k = e + 1;
        } else {
            return g;
        }
    }
}

/// A run of digits at `i`: an IP address, a clock time (`10:30`, `6點20分`),
/// a phone number by its shape or the words around it, a version (`2.0版`).
fn digits(bt: &BlockText, i: usize) -> Option<(usize, Masked)> {
    let first = run(bt, i, |c| ascii_digit(c).is_some());
    let next = bt.get(first);
    if next == Some('.') {
        let d = groups(bt, i, '.');
        if d.count == 4 && d.all_short {
            return Some((d.end, Masked::Identifier));
        }
        if d.count == 2 && bt.lex_at(d.end, lexicon::version_tails()).is_some() {
            return Some((d.end, Masked::Identifier));
        }
    }
    if first - i <= 2 {
        if let Some(e) = clock(bt, i) {
            return Some((e, Masked::Silent));
        }
    }
    let dashed = if next == Some('-') {
        groups(bt, i, '-')
    } else {
        Groups { end: first, count: 1, first: first - i, second: 0, digits: first - i, all_short: false }
    };
    // `0912-345-678`, `02-2345-6789`, `1-800-555-0199`; not a date (`2024-05-12`).
    let date = dashed.count == 3 && dashed.first == 4 && dashed.second <= 2;
    let zero = ascii_digit(bt.cs[i]) == Some(0) && dashed.first >= 2;
    let shaped = dashed.digits >= 7 && ((dashed.count >= 3 && !date) || (dashed.count == 2 && zero));
    if shaped {
        return Some((dashed.end, Masked::Identifier));
    }
    // `電話：2345 6789`, `Tel 555-0100`: digits, spaces, dots and hyphens,
    // at most a phone number's length (a run of spaced digits is read once).
    if let Some(phone) = phone_by_words(bt, i, dashed.end) {
        return Some((phone, Masked::Identifier));
    }
    if first - i >= 2 && code_named(bt, i) {
        return Some((run(bt, i, |c| c.is_ascii_alphanumeric() || c == '-'), Masked::Identifier));
    }
    None
}

/// A phone number named by its words, at `i`: a hotline word after its
/// digit groups (`12345熱線`, ending at `dashed_end`), or a lead before it
/// (`電話：`, `Tel`), then up to 20 chars of digits, spaces, dots and
/// hyphens. Its end.
fn phone_by_words(bt: &BlockText, i: usize, dashed_end: usize) -> Option<usize> {
    let digits_in = |e: usize| (i..e).filter(|&k| ascii_digit(bt.cs[k]).is_some()).count();
    if digits_in(dashed_end) >= 3 && bt.lex_at(dashed_end, lexicon::phone_tails()).is_some() {
        return Some(dashed_end);
    }
    if !phone_lead(bt, i) {
        return None;
    }
    let limit = (i + 20).min(bt.len());
    let mut e = i;
    while e < limit && (ascii_digit(bt.cs[e]).is_some() || matches!(bt.cs[e], ' ' | '-' | '.')) {
        e += 1;
    }
    let e = (i..e).rev().find(|&k| ascii_digit(bt.cs[k]).is_some()).map_or(i, |k| k + 1);
    (digits_in(e) >= 3).then_some(e)
}

/// A phone number's lead before `i` (`電話：`, `撥打`, `Tel`).
fn phone_lead(bt: &BlockText, i: usize) -> bool {
    let k = back_over_separators(bt, i);
    let from = k.saturating_sub(6);
    if bt.lex_before(from, k, lexicon::phone_leads()).is_some() {
        return true;
    }
    let w = (from..k).rev().take_while(|&j| bt.cs[j].is_ascii_alphabetic()).count();
    // Lowercased on the stack (this runs at every number after a word of
    // English text): the words are shorter than the buffer (tested).
    let mut buf = [0u8; 16];
    let Some(lower) = buf.get_mut(..w) else {
        return false;
    };
    lower.copy_from_slice(bt.folded(k - w, k).as_bytes());
    lower.make_ascii_lowercase();
    w > 0 && std::str::from_utf8(lower).is_ok_and(|l| masks::PHONE_LEADS.contains(l))
}

/// Digits after a code's name (`案號112-345`, `型號：A100`).
fn code_named(bt: &BlockText, i: usize) -> bool {
    let k = back_over_separators(bt, i);
    bt.lex_before(k.saturating_sub(6), k, lexicon::code_leads()).is_some()
}

/// Back from `i` over a colon, spaces and a linking word (`為`).
fn back_over_separators(bt: &BlockText, i: usize) -> usize {
    let mut k = i;
    while k > 0 && (matches!(bt.cs[k - 1], ' ' | ':' | '：' | '\u{3000}') || masks::LINKS.contains(&bt.cs[k - 1])) {
        k -= 1;
    }
    k
}

/// `(02)2345-6789`, `（04）2222-3333`, `(212) 555-0199`: an area code in
/// brackets (starting with 0, or of three digits), then at least six digits.
fn area_code_phone(bt: &BlockText, i: usize) -> Option<usize> {
    let s = i + 1;
    let e = run(bt, s, |c| ascii_digit(c).is_some());
    let zero = ascii_digit(bt.get(s)?) == Some(0) && (2..=4).contains(&(e - s));
    if !(zero || e - s == 3) || !matches!(bt.get(e)?, ')' | '）') {
        return None;
    }
    let mut k = e + 1;
    if bt.get(k) == Some(' ') {
        k += 1;
    }
    let mut n = 0;
    while let Some(c) = bt.get(k) {
        if ascii_digit(c).is_some() {
            n += 1;
        } else if !(matches!(c, '-' | ' ') && bt.get(k + 1).and_then(ascii_digit).is_some()) {
            break;
        }
        k += 1;
    }
    (n >= 6).then_some(k)
}

/// A clock time at the digits at `i`: `10:30` (hours to 24, two-digit
/// minutes, seconds too), `6點20分`, `3點半`, `10時許`, or after a part of
/// the day `下午3點`. Its end.
fn clock(bt: &BlockText, i: usize) -> Option<usize> {
    let h_end = run(bt, i, |c| ascii_digit(c).is_some());
    if h_end - i > 2 {
        return None;
    }
    let hour: u32 = (i..h_end).filter_map(|k| ascii_digit(bt.cs[k])).fold(0, |a, d| a * 10 + d);
    if matches!(bt.get(h_end), Some(':' | '：')) {
        let m_end = run(bt, h_end + 1, |c| ascii_digit(c).is_some());
        let minutes = m_end - h_end - 1 == 2
            && (h_end + 1..m_end).filter_map(|k| ascii_digit(bt.cs[k])).fold(0, |a, d| a * 10 + d) < 60;
        // `比例為1:10`, `1:50,000`: a ratio, not a time.
        let k = back_over_separators(bt, i);
        let ratio = bt.lex_before(k.saturating_sub(8), k, lexicon::ratio_leads()).is_some()
            || (bt.get(m_end) == Some(',') && bt.get(m_end + 1).and_then(ascii_digit).is_some());
        if hour <= 24 && minutes && !ratio {
            // `10:30:15`
            let s_end = run(bt, m_end + 1, |c| ascii_digit(c).is_some());
            let seconds = matches!(bt.get(m_end), Some(':' | '：')) && s_end - m_end - 1 == 2;
            return Some(if seconds { s_end } else { m_end });
        }
        return None;
    }
    (hour <= 24).then(|| hour_word(bt, i, h_end)).flatten()
}

/// After the hour at `s..h_end`: the hour word and minutes or a tail word,
/// or a part of the day before the hour. The time's end.
fn hour_word(bt: &BlockText, s: usize, h_end: usize) -> Option<usize> {
    let (after_hour, _) = bt.lex_at(h_end, lexicon::clock_hours())?;
    let m_end = run(bt, after_hour, |c| ascii_digit(c).is_some());
    if (1..=2).contains(&(m_end - after_hour)) {
        if let Some((e, _)) = bt.lex_at(m_end, lexicon::clock_minutes()) {
            return Some(e);
        }
    }
    if let Some((e, _)) = bt.lex_at(after_hour, lexicon::clock_tails()) {
        return Some(e);
    }
    let day_part = bt.lex_before(s.saturating_sub(4), s, lexicon::day_parts()).is_some();
    day_part.then_some(after_hour)
}

/// A clock time in Chinese numerals after a part of the day (`下午三點半`,
/// `凌晨兩點二十分`).
fn spelled_clock(bt: &BlockText, i: usize) -> Option<usize> {
    bt.lex_before(i.saturating_sub(4), i, lexicon::day_parts())?;
    let n = super::numeral::parse(&bt.cs, i)?;
    if !(n.low >= 0.0 && n.low <= 24.0) {
        return None;
    }
    // `三點一刻`, `三點二十分` read as one decimal numeral: the minutes' word ends it.
    if n.decimal {
        return bt.lex_at(n.end, lexicon::clock_minutes()).map(|(e, _)| e);
    }
    let (after_hour, _) = bt.lex_at(n.end, lexicon::clock_hours())?;
    if let Some((e, _)) = bt.lex_at(after_hour, lexicon::clock_tails()) {
        return Some(e);
    }
    if let Some(m) = super::numeral::parse(&bt.cs, after_hour) {
        if let Some((e, _)) = bt.lex_at(m.end, lexicon::clock_minutes()) {
            return Some(e);
        }
    }
    Some(after_hour)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn masked(s: &str) -> Vec<(String, Masked)> {
        let folded = crate::lexicon::fold::fold(s);
        let bt = BlockText::new(s, &folded, &[]);
        let mut out = Vec::new();
        masks(&bt, &mut out);
        out.iter().map(|m| (bt.original(m.start, m.end).to_string(), m.kind)).collect()
    }

    #[test]
    fn phone_leads_fit_the_buffer() {
        assert!(masks::PHONE_LEADS.iter().all(|w| w.len() < 16));
    }

    #[test]
    fn shapes() {
        use Masked::{Identifier as I, Silent as S};
        let cases: &[(&str, &[(&str, Masked)])] = &[
            ("見https://x.gov.tw/a?id=2024&p=50%25。", &[("https://x.gov.tw/a?id=2024&p=50%25", S)]),
            ("寄至ab12@mail.example.com或", &[("ab12@mail.example.com", S)]),
            ("IP為192.168.1.20，", &[("192.168.1.20", I)]),
            ("上午10:30開始", &[("10:30", S)]),
            ("傍晚6點20分", &[("6點20分", S)]),
            ("下午3點半", &[("3點半", S)]),
            ("下午3點舉行", &[("3點", S)]),
            ("下午三點半", &[("三點半", S)]),
            ("下午三點一刻", &[("三點一刻", S)]),
            ("撥打(02)2345-6789", &[("(02)2345-6789", I)]),
            ("call (212) 555-0199.", &[("(212) 555-0199", I)]),
            ("in (2023) 15 cases", &[]),
            ("或0912-345-678", &[("0912-345-678", I)]),
            ("請撥12345熱線", &[("12345", I)]),
            ("電話：2345 6789。", &[("2345 6789", I)]),
            ("比例為1:10", &[]),
            ("升級至2.0版", &[("2.0", I)]),
            ("案號：112-345", &[("112-345", I)]),
            // Figures, not masks.
            ("漲30點", &[]),
            ("比例為1.49:1", &[]),
            ("2024-05-12發布", &[]),
            ("Q3營收", &[]),
            ("RMB100", &[]),
            ("5G網路", &[]),
            ("24小時", &[]),
            ("3:1", &[]),
        ];
        for (text, want) in cases {
            let want: Vec<(String, Masked)> = want.iter().map(|(s, k)| ((*s).to_string(), *k)).collect();
            assert_eq!(masked(text), want, "{text}");
        }
    }
}
