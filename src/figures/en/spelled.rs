//! Numbers spelled out in English: `twenty-three`, `one hundred and five`,
//! `a dozen`, `half a million`.

use super::words::{phrase_at, skip_space, word_then_space};
use crate::figures::shared::text::BlockText;
use crate::lexicon::en::{self, Mark};
use crate::lexicon::{self};

/// A spelled number at word start `i`: `twenty-three`, `one hundred and five`,
/// `a dozen`, `half a million`. Its value and end.
pub fn spelled(bt: &BlockText, i: usize) -> Option<(f64, usize)> {
    let (mut total, mut current) = (0.0f64, 0.0f64);
    let mut end = None;
    let mut k = i;
    loop {
        if let Some((e, row)) = phrase_at(bt, k, lexicon::en_number_words()) {
            let v = en::NUMBER_WORDS[row].1;
            // `one two` is not a number; `hundred five` only after `and`;
            // `ninety five` (tens, a space, a unit) is one
            let tens_unit = current % 100.0 >= 20.0 && current % 10.0 == 0.0 && v < 10.0;
            if end.is_some()
                && !(current > 0.0 && (current / 100.0).fract() == 0.0 && v < 100.0)
                && !tens_unit
            {
                break;
            }
            current = if v >= 100.0 && current > 0.0 {
                current * v
            } else {
                current + v
            };
            k = e;
            // twenty-three
            if bt.get(k) == Some('-') {
                if let Some((e2, r2)) = phrase_at(bt, k + 1, lexicon::en_number_words())
                    .filter(|&(_, r2)| en::NUMBER_WORDS[r2].1 < 10.0)
                {
                    current += en::NUMBER_WORDS[r2].1;
                    k = e2;
                }
            }
            end = Some(k);
        } else if end.is_some() {
            let scale = phrase_at(bt, k, lexicon::en_scales()).filter(|&(e, _)| e - k > 2);
            if let Some((e, row)) = scale {
                let f = en::SCALES[row].1;
                if f == 100.0 {
                    current *= 100.0;
                } else {
                    total += current * f;
                    current = 0.0;
                }
                k = e;
                end = Some(k);
            } else if let Some(a) =
                word_then_space(bt, k, Mark::And.written()).filter(|_| current >= 100.0)
            {
                // one hundred and five
                k = a;
                continue;
            } else {
                break;
            }
        } else {
            return None;
        }
        let s = skip_space(bt, k);
        if s == k {
            break;
        }
        k = s;
    }
    let e = end?;
    // four and a half, two and three quarters: a whole number and a fraction
    let fraction = word_then_space(bt, skip_space(bt, e), Mark::And.written())
        .filter(|_| current > 0.0 && current < 100.0 && total == 0.0)
        .and_then(|a| phrase_at(bt, a, lexicon::en_fractions()));
    if let Some((fe, row)) = fraction {
        return Some((current + en::FRACTIONS[row].1 / 100.0, fe));
    }
    Some((total + current, e))
}
