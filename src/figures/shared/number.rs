//! Reading a figure from a number: the steps every language shares, in
//! order, with each language's contribution asked through [`Grammar`] hooks.
//!
//! 1. [`claim`]: forms that take the whole number first (names, ranks,
//!    dates, ratios, identifiers) or refuse it.
//! 2. [`lead`]: what precedes it: currency, sign, qualifiers.
//! 3. [`tail_and_range`]: what follows it: unit or scale, then a range to a
//!    second number.
//! 4. [`settle`]: kind, unit and value, the qualifiers and rates after it.

use super::draft::{round, Draft, Tail};
use super::grammar::{Grammar, Lead, Range, Reading};
use super::numeral::{ascii_digit, Num};
use super::text::{is_ascii_letter, BlockText};
use crate::lexicon::units;
use crate::model::Kind;

/// The figure the number `n` states (its qualifiers may start before it,
/// but not before `floor`), or where to resume scanning.
pub fn read<G: Grammar>(g: &G, bt: &BlockText, n: Num, floor: usize) -> Result<Draft, usize> {
    if let Some(claimed) = claim(g, bt, &n, floor) {
        return claimed;
    }
    let mut r = lead(g, bt, &n, floor)?;
    if let Some(ratio) = tail_and_range(g, bt, &n, floor, &mut r)? {
        return Ok(ratio);
    }
    settle(g, bt, &n, r)
}

fn claim<G: Grammar>(g: &G, bt: &BlockText, n: &Num, floor: usize) -> Option<Result<Draft, usize>> {
    if let Some(claimed) = g
        .claim_glued(bt, n)
        .or_else(|| power(bt, n))
        .or_else(|| punctuation(bt, n))
    {
        return Some(claimed);
    }
    if let Some(claimed) = g.claim_named(bt, n) {
        return Some(claimed);
    }
    if let Some(d) = g.date(bt, n) {
        return Some(Ok(d));
    }
    if let Some(claimed) = g.claim_pair(bt, n, floor) {
        return Some(claimed);
    }
    if g.tail_at(bt, n.end, n.arabic).is_none() {
        if let Some(end) = g.identifier(bt, n) {
            return Some(Ok(Draft::new(n.start, end, Kind::Identifier, None)));
        }
    }
    None
}

/// A power written with a caret, `2^5` = 32, `-2.5^-1` = −0.4: the base's minus sign applies
/// to the result, the exponent is a whole number (its signs multiply: `^--2` = `^2`).
fn power(bt: &BlockText, n: &Num) -> Option<Result<Draft, usize>> {
    if !n.arabic || bt.get(n.end) != Some('^') {
        return None;
    }
    let minus = |c: Option<char>| matches!(c, Some('-' | '－' | '−'));
    let mut k = n.end + 1;
    let mut sign = 1;
    while k < n.end + 4 && (minus(bt.get(k)) || matches!(bt.get(k), Some('+' | '＋'))) {
        sign = if minus(bt.get(k)) { -sign } else { sign };
        k += 1;
    }
    let digits = (k..k + 4).take_while(|&j| bt.get(j).and_then(ascii_digit).is_some()).count();
    if digits == 0 || digits > 3 || bt.get(k + digits).and_then(ascii_digit).is_some() {
        return None;
    }
    let exp = (k..k + digits).fold(0, |e, j| e * 10 + bt.get(j).and_then(ascii_digit).unwrap_or(0) as i32);
    let v = n.low.powi(sign * exp);
    let negative = n.start > 0
        && minus(bt.get(n.start - 1))
        && n.start.checked_sub(2).and_then(|j| bt.get(j)).is_none_or(|c| !c.is_alphanumeric());
    let start = n.start - usize::from(negative);
    let value = if negative { -v } else { v };
    v.is_finite().then(|| Ok(Draft::new(start, k + digits, Kind::Number, Some(round(value)))))
}

/// Punctuation that makes a number no figure: `1+8+X`, a footnote `[3]`,
/// `24/7`, the `-19` of a name.
fn punctuation(bt: &BlockText, n: &Num) -> Option<Result<Draft, usize>> {
    let skip = Some(Err(n.end));
    let before = n.start.checked_sub(1).and_then(|k| bt.get(k));
    let after = bt.get(n.end);
    // 1+8+X: a sum or a name; a plus sign alone before the digits is a rise (+3.5%)
    let plus_sign = matches!(before, Some('+' | '＋'))
        && n.start.checked_sub(2).and_then(|k| bt.get(k)).is_none_or(|c| {
            !(c.is_ascii_alphanumeric() || matches!(c, '+' | '＋' | ')' | '）' | '/'))
        });
    if (matches!(before, Some('+' | '＋')) && !plus_sign) || matches!(after, Some('+' | '＋')) {
        return skip;
    }
    if before == Some('[') && after == Some(']') {
        return Some(Err(n.end + 1));
    }
    if after == Some('/') && bt.get(n.end + 1) == Some('7') && n.low == 24.0 {
        return Some(Err(n.end + 2));
    }
    if before == Some('-') && n.start >= 2 && is_ascii_letter(bt.get(n.start - 2)) {
        return skip;
    }
    None
}

/// Currency, sign and qualifiers before the number.
fn lead<G: Grammar>(g: &G, bt: &BlockText, n: &Num, floor: usize) -> Result<Reading, usize> {
    let mut start = n.start;
    let currency = g.currency_before(bt, floor, start).map(|(s, code)| {
        start = s;
        code
    });
    let mut sign = 1.0;
    let mut below_zero = false;
    if let Some((s, over_range)) = g
        .sign_before(bt, floor, start)
        .or_else(|| minus_sign(bt, n, floor, start).map(|s| (s, false)))
    {
        sign = -1.0;
        below_zero = over_range;
        start = s;
    }
    // +3.5%: the plus sign is the figure's, and says it rose
    let plus = sign == 1.0
        && start == n.start
        && start > floor
        && n.arabic
        && matches!(bt.get(start - 1), Some('+' | '＋'));
    if plus {
        start -= 1;
    }
    let mut lead = Lead {
        start,
        approx: false,
        between: None,
    };
    g.qualifiers_before(bt, floor, &mut lead);
    if !g.accept(bt, n, &mut lead) {
        return Err(n.end);
    }
    Ok(Reading {
        floor,
        start: lead.start,
        end: n.end,
        currency,
        sign,
        high_sign: sign,
        below_zero,
        plus,
        lead,
        low: n.low,
        high: n.high,
        tail: None,
    })
}

/// A minus sign right before the digits (`-3.5%`), not a hyphen after a word.
fn minus_sign(bt: &BlockText, n: &Num, floor: usize, start: usize) -> Option<usize> {
    if !(matches!(bt.get(start.wrapping_sub(1)), Some('-' | '－' | '−'))
        && start > floor
        && n.arabic)
    {
        return None;
    }
    let b2 = start.checked_sub(2).and_then(|k| bt.get(k));
    // earnings--$20: a doubled hyphen after a Latin letter is a dash
    let b3 = start.checked_sub(3).and_then(|k| bt.get(k));
    if b2 == Some('-') && b3.is_some_and(|c| c.is_ascii_alphabetic()) {
        return None;
    }
    b2.is_none_or(|c| {
        !(c.is_alphanumeric() && ascii_digit(c).is_none() && !crate::clean::is_han(c))
            && ascii_digit(c).is_none()
    })
    .then_some(start - 1)
}

/// The number's own tail, then a range to a second number. `Some` when the
/// two numbers turned out to be a ratio.
fn tail_and_range<G: Grammar>(
    g: &G,
    bt: &BlockText,
    n: &Num,
    floor: usize,
    r: &mut Reading,
) -> Result<Option<Draft>, usize> {
    let mut tail = g.own_tail(bt, n, n.lone_one && r.currency.is_none(), r.lead.approx);
    g.check_tail(bt, n, r, &mut tail)?;
    r.end = tail.as_ref().map_or(n.end, |t| t.end);
    r.tail = tail;
    let tails = |j: usize, arabic: bool| g.tail_at(bt, j, arabic);
    if let Range::Ratio(d) = g.range(bt, n, floor, r, &tails) {
        return Ok(Some(d));
    }
    // ¥4999起: after a currency symbol, a measure word is not what is counted
    // (but a scale stays: $3 billion share buyback).
    if r.currency.is_some()
        && r.tail
            .as_ref()
            .is_some_and(|t| !matches!(t.kind, Kind::Money | Kind::Number))
    {
        r.tail = g.scale_only(bt, n.end);
        r.end = r.tail.as_ref().map_or(n.end, |t| t.end);
    }
    Ok(None)
}

/// Kind, unit and value; then the qualifiers and rates around the figure.
fn settle<G: Grammar>(g: &G, bt: &BlockText, n: &Num, r: Reading) -> Result<Draft, usize> {
    let Reading {
        floor: _,
        start,
        mut end,
        currency,
        sign,
        high_sign,
        below_zero,
        plus,
        lead,
        mut low,
        mut high,
        tail,
    } = r;
    let mut approx = lead.approx;
    let mut kind = tail.as_ref().map_or(Kind::Number, |t| t.kind);
    let mut unit = tail.as_ref().and_then(|t| t.unit);
    let factor = tail.as_ref().map_or(1.0, |t| t.factor);
    if let Some(t) = &tail {
        approx |= t.approx;
        low += f64::from(t.hundredths) / 100.0;
        high += f64::from(t.hundredths) / 100.0;
    }
    if let Some(cur) = currency {
        match kind {
            Kind::Number => {
                kind = Kind::Money;
                unit = Some(cur);
            }
            // a bare 元 takes the currency written before the amount (US$5元)
            Kind::Money if units::is_default_currency(unit) => unit = Some(cur),
            _ => {}
        }
    }
    if unit.is_none() {
        g.settle_kind(bt, n, start, &mut kind, &mut unit, &mut end);
    }
    if kind == Kind::Number && !g.keep_number(bt, n, start, currency) {
        return Err(n.end);
    }
    if let Some(e) = g.suffix_qualifier(bt, end, kind) {
        end = e;
        approx = true;
    }
    approx |= n.ranged || n.infix_approx || n.vague;
    let per_after = g.per_after(bt, end, kind);
    if let Some((_, pe)) = &per_after {
        end = *pe;
    }
    let mut d = Draft::new(start, end, kind, None);
    d.unit = unit;
    d.approximate = approx;
    if plus {
        d.change = Some(crate::model::Change::Increase);
    }
    d.per = per_after
        .map(|p| p.0)
        .or_else(|| tail.as_ref().and_then(|t: &Tail| t.per.clone()))
        .or_else(|| g.per_before(bt, start, kind));
    g.rate_unit(bt, &mut d);
    let added = tail.as_ref().map_or(0.0, |t| t.added);
    let (mut lo, mut hi) = (
        round(sign * (low * factor + added)),
        round(high_sign * (high * factor + added)),
    );
    if lo > hi && below_zero {
        // 零下3到5度: low is the colder end
        (lo, hi) = (hi, lo);
    }
    if n.vague {
        d.low = Some(lo);
        d.high = Some(hi);
    } else {
        d.value = Some(lo);
        d.set_range(lo, hi);
    }
    Ok(d)
}
