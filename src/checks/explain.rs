//! `explain`: the computation written out, in the article's language
//! (`63792 ÷ 42830 = 1.489 ≈ 1.49`). Numbers are printed here, from integers,
//! rather than through float formatting (which would weigh on the wasm).

use super::interval::Written;
use super::Fig;
use crate::lexicon::checks::EXPLAIN;

/// `x` rounded to at most `d` decimals, trailing zeros dropped: 1.48944 → `1.489`.
/// Digits are pushed one by one: `format!` of a float, or with a width, would
/// bring float formatting into the wasm (15 KB).
pub fn fixed(x: f64, d: u32) -> String {
    let mut s = String::new();
    if !x.is_finite() {
        return s;
    }
    let d = d.min(6);
    let p = 10u64.pow(d);
    // Saturating: past 1.8e19 the digits are no longer exact (no news figure is that long).
    let m = (x.abs() * p as f64).round() as u64;
    if x < 0.0 && m > 0 {
        s.push('-');
    }
    push_digits(&mut s, m / p, 1);
    let mut frac = m % p;
    if frac > 0 {
        let mut width = d;
        while frac % 10 == 0 {
            frac /= 10;
            width -= 1;
        }
        s.push('.');
        push_digits(&mut s, frac, width);
    }
    s
}

/// The decimal digits of `n`, padded with zeros to `width`.
fn push_digits(s: &mut String, n: u64, width: u32) {
    let mut digits = [b'0'; 20];
    let (mut k, mut n) = (digits.len(), n);
    while n > 0 || digits.len() - k < width as usize {
        k -= 1;
        digits[k] = b'0' + (n % 10) as u8;
        n /= 10;
    }
    s.extend(digits[k..].iter().map(|&b| char::from(b)));
}

/// A figure as an operand: its text from its first digit (`約2萬人` → `2萬人`).
pub fn operand<'a>(f: &Fig<'a>) -> &'a str {
    let w = &f.w;
    if w.end > w.start {
        &f.f.text[w.start..]
    } else {
        &f.f.text
    }
}

/// A figure's written number alone (`1.49:1` → `1.49`), else its text.
pub fn number<'a>(f: &Fig<'a>) -> &'a str {
    let w = &f.w;
    if w.end > w.start {
        &f.f.text[w.start..w.end]
    } else {
        &f.f.text
    }
}

/// What follows a figure's written number (`2萬元` → `萬元`, `25%` → `%`).
pub fn suffix<'a>(f: &Fig<'a>) -> &'a str {
    let w = &f.w;
    if w.end > w.start {
        &f.f.text[w.end..]
    } else {
        ""
    }
}

/// `computed`, written as the stated figure writes its number: in its scale,
/// one decimal more, and its suffix (`2萬元`, `25.3%`).
pub fn as_stated(computed: f64, stated: &Fig) -> String {
    let w: &Written = &stated.w;
    let mut s = fixed(computed / w.scale, w.decimals + 1);
    s.push_str(suffix(stated));
    s
}

/// `a ÷ b = computed ≈ stated`: a quotient against the figure that states it,
/// `computed` written as that figure writes its number.
pub fn quotient(a: &Fig, b: &Fig, computed: f64, ok: bool, stated: &Fig) -> String {
    cat(&[
        operand(a),
        " ÷ ",
        operand(b),
        " = ",
        &as_stated(computed, stated),
        verdict(ok),
        &stated.f.text,
    ])
}

/// The pieces, joined: one plain copy per piece (no `format!` machinery per call).
pub fn cat(pieces: &[&str]) -> String {
    pieces.concat()
}

/// ` ≈ ` when the check holds, ` ≠ ` when it does not.
pub fn verdict(ok: bool) -> &'static str {
    if ok {
        " ≈ "
    } else {
        " ≠ "
    }
}

/// The reading separator of the article's language.
pub fn separator(lang: usize) -> &'static str {
    if lang < 2 {
        "；"
    } else {
        "; "
    }
}

/// Percentage points, after a number, in the article's language.
pub fn points(lang: usize) -> &'static str {
    EXPLAIN[lang.min(2)].points
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prints_rounded_decimals_without_trailing_zeros() {
        assert_eq!(fixed(1.489_44, 3), "1.489");
        assert_eq!(fixed(25.0, 1), "25");
        assert_eq!(fixed(-2.25, 1), "-2.3");
        assert_eq!(fixed(0.04, 1), "0");
        assert_eq!(fixed(120.0, 0), "120");
        assert_eq!(fixed(0.0, 2), "0");
        assert_eq!(fixed(3.05, 2), "3.05");
        assert_eq!(fixed(72_991_000_000.0, 1), "72991000000");
    }
}
