//! Numbers spelled out in English: `twenty-three`, `one hundred and five`,
//! `a dozen`, `half a million`.

use super::words::{phrase_at, skip_space, word_end, word_then_space};
use crate::figures::shared::rem;
use crate::figures::shared::text::BlockText;
use crate::lexicon::en::{self, Mark};
use crate::lexicon::{self};

/// A spelled number at word start `i`: `twenty-three`, `one hundred and five`,
/// `a dozen`, `half a million`. Its value and end.
pub fn spelled(bt: &BlockText, i: usize) -> Option<(f64, usize)> {
    let (mut total, mut current, mut last_scale) = (0.0f64, 0.0f64, 0.0f64);
    let mut end = None;
    let mut k = i;
    loop {
        if let Some((e, row)) = phrase_at(bt, k, lexicon::en_number_words()) {
            let v = en::NUMBER_WORDS.data(row);
            // `one two` is not a number; `hundred five` only after `and`;
            // `ninety five` (tens, a space, a unit) is one
            let tens_unit = rem(current, 100.0) >= 20.0 && rem(current, 10.0) == 0.0 && v < 10.0;
            // (two thousand five hundred: after a scale of a thousand and up)
            let after_scale = current == 0.0 && total > 0.0 && v < 100.0;
            let joins = current > 0.0 && (current / 100.0).fract() == 0.0 && v < 100.0;
            if end.is_some() && !(joins || tens_unit || after_scale) {
                break;
            }
            current = if v >= 100.0 && current > 0.0 {
                current * v
            } else {
                current + v
            };
            k = e;
            // twenty-three (`fifty - two` too)
            let dash = if bt.get(k) == Some('-') {
                Some(k + 1)
            } else {
                let d = gap(bt, k);
                (d > k && bt.get(d) == Some('-') && rem(current, 100.0) >= 20.0 && rem(current, 10.0) == 0.0).then(|| gap(bt, d + 1)).filter(|&a| a > d + 1)
            };
            if let Some(a) = dash {
                if let Some((e2, r2)) = phrase_at(bt, a, lexicon::en_number_words())
                    .filter(|&(_, r2)| en::NUMBER_WORDS.data(r2) < 10.0)
                {
                    current += en::NUMBER_WORDS.data(r2);
                    k = e2;
                }
            }
            end = Some(k);
        } else if end.is_some() {
            let scale = phrase_at(bt, k, lexicon::en_scales()).filter(|&(e, _)| e - k > 2);
            if let Some((e, row)) = scale {
                let f = en::SCALES.data(row);
                if f == 100.0 {
                    current *= 100.0;
                } else if current == 0.0 && total > 0.0 && f > last_scale {
                    // three lakh crore, two thousand million: a second scale multiplies the first
                    total *= f;
                } else {
                    total += current * f;
                    current = 0.0;
                }
                last_scale = f;
                k = e;
                end = Some(k);
            } else if let Some(a) = bt.starts(k, Mark::And.written()).filter(|&a| {
                let after = scale_after_and(bt, gap(bt, a));
                gap(bt, a) > a
                    && ((current >= 100.0 && after.is_finite() && after != 100.0)
                        || (current == 0.0 && total > 0.0 && after < last_scale))
            }) {
                // one hundred and five
                k = gap(bt, a);
                continue;
            } else {
                break;
            }
        } else {
            return None;
        }
        let s = gap(bt, k);
        if s == k {
            break;
        }
        k = s;
    }
    let e = end?;
    // four and a half, two and three quarters: a whole number and a
    // fraction; one million and a half: a fraction of the last scale
    let whole = current > 0.0 && current < 100.0 && total == 0.0;
    let of_scale = current == 0.0 && last_scale >= 1e3;
    // (two-and-a-half: hyphens for the spaces, `a-` before the fraction's word)
    let hyphened = || {
        let a = bt.starts(e + 1, Mark::And.written()).filter(|_| bt.get(e) == Some('-'))?;
        let f = bt.starts(a, Mark::HyphenA.written())?;
        phrase_at(bt, f, lexicon::en_fractions())
    };
    let fraction = word_then_space(bt, skip_space(bt, e), Mark::And.written())
        .and_then(|a| phrase_at(bt, a, lexicon::en_fractions()))
        .or_else(hyphened)
        .filter(|_| whole || of_scale);
    if let Some((fe, row)) = fraction {
        let f = en::FRACTIONS.data(row) / 100.0;
        return Some((total + current + if of_scale { f * last_scale } else { f }, fe));
    }
    Some((total + current, e))
}

/// The scale of the number word at `k` (after an `and`), 1 if none,
/// infinite if no number or a fraction (`and one half`) is there: `one
/// hundred and two hundred` is two numbers, `two thousand and two hundred`
/// and `two hundred and two thousand` one.
fn scale_after_and(bt: &BlockText, k: usize) -> f64 {
    let Some((e, _)) = phrase_at(bt, k, lexicon::en_number_words()) else {
        return f64::INFINITY;
    };
    let e = if bt.get(e) == Some('-') { word_end(bt, e + 1) } else { e };
    let s = gap(bt, e);
    // two million and one half, nine million and five ninths: a fraction
    let fraction = bt.lex_at(k, lexicon::en_fractions()).is_some()
        || (s > e && (bt.lex_at(s, lexicon::en_fractions()).is_some() || bt.lex_at(s, lexicon::en_ordinals()).is_some()));
    if fraction {
        return f64::INFINITY;
    }
    phrase_at(bt, s, lexicon::en_scales())
        .filter(|&(se, _)| s > e && se - s > 2)
        .map_or(1.0, |(_, row)| en::SCALES.data(row))
}

/// Skip the spaces after `k` inside a spelled number (`three hundred  and
/// thirty one` may be typed with more than one).
fn gap(bt: &BlockText, k: usize) -> usize {
    k + bt.cs[k.min(bt.len())..].iter().take(4).take_while(|&&c| c == ' ').count()
}
