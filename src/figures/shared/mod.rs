//! The core both grammars share: a block's text as the grammars see it
//! ([`text`]), numerals of every script ([`numeral`]), figures while they
//! are read ([`draft`]), the hooks a language grammar implements
//! ([`grammar`]) and the steps that read a figure from a number with them
//! ([`number`]), the period phrases of a sentence ([`periods`]), and the
//! identifier mask run before them ([`mask`]).
//! Nothing here knows a language's words but through the lexicon.

pub mod charset;
pub mod draft;
pub mod grammar;
pub mod mask;
pub mod number;
pub mod numeral;
pub mod periods;
pub mod text;

use draft::Draft;
use text::BlockText;

/// `x % y` (the IEEE remainder of a truncating division, as Rust's `%` on
/// `f64`): musl's `fmod`, in `u64` arithmetic. Rust's `%` calls
/// compiler-builtins' `fmod`, whose 128-bit arithmetic costs 2 KB of wasm
/// (0.8 KB gzip) for a few tests of a number's last digits. The remainder is
/// exact, so the two agree bit for bit (`rem_matches_percent` checks it; a
/// NaN may differ in its payload, which no comparison sees).
pub fn rem(x: f64, y: f64) -> f64 {
    let (mut ux, mut uy) = (x.to_bits(), y.to_bits());
    let (mut ex, mut ey) = (((ux >> 52) & 0x7ff) as i32, ((uy >> 52) & 0x7ff) as i32);
    let sign = ux & (1 << 63);
    if uy << 1 == 0 || y.is_nan() || ex == 0x7ff {
        // x is infinite or NaN, or y is zero or NaN.
        return f64::NAN;
    }
    if ux << 1 <= uy << 1 {
        return if ux << 1 == uy << 1 { 0.0 * x } else { x };
    }
    // Normalize: the significands with their leading bit, the exponents of subnormals below 1.
    if ex == 0 {
        let mut i = ux << 12;
        while i >> 63 == 0 {
            ex -= 1;
            i <<= 1;
        }
        ux <<= -ex + 1;
    } else {
        ux = (ux & (u64::MAX >> 12)) | (1 << 52);
    }
    if ey == 0 {
        let mut i = uy << 12;
        while i >> 63 == 0 {
            ey -= 1;
            i <<= 1;
        }
        uy <<= -ey + 1;
    } else {
        uy = (uy & (u64::MAX >> 12)) | (1 << 52);
    }
    // Long division, one bit of the quotient a step.
    loop {
        let i = ux.wrapping_sub(uy);
        if i >> 63 == 0 {
            if i == 0 {
                return 0.0 * x;
            }
            ux = i;
        }
        if ex == ey {
            break;
        }
        ux <<= 1;
        ex -= 1;
    }
    while ux >> 52 == 0 {
        ux <<= 1;
        ex -= 1;
    }
    ux = if ex > 0 {
        (ux - (1 << 52)) | ((ex as u64) << 52)
    } else {
        ux >> (-ex + 1)
    };
    f64::from_bits(ux | sign)
}

/// The sentence (of `sentences`, in order, not overlapping) holding char
/// `at`, by binary search: a block can hold thousands of sentences.
pub fn sentence_of(sentences: &[(usize, usize)], at: usize) -> Option<usize> {
    let k = sentences
        .partition_point(|&(a, _)| a <= at)
        .checked_sub(1)?;
    (at < sentences[k].1).then_some(k)
}

/// Where a figure sits: its sentence (or line, outside any sentence) as a
/// char span, the block's sentences, and the figures before it in that
/// sentence: the nearest (`prev`) and the nearest with a context (`prev_q`).
pub struct Around<'s> {
    pub sentence: (usize, usize),
    pub sentences: &'s [(usize, usize)],
    pub prev: Option<usize>,
    pub prev_q: Option<usize>,
}

/// Where the clause of a figure starting at `start` begins: after the last
/// break (`is_break`) at or after `floor`, else at `floor`. The floor is the
/// previous figure's end, so each character of a sentence is walked once.
pub fn clause_start(floor: usize, start: usize, is_break: impl Fn(usize) -> bool) -> usize {
    (floor..start)
        .rev()
        .find(|&k| is_break(k))
        .map_or(floor, |k| k + 1)
}

/// Is the figure in English text? Look at the nearest letters around it.
pub fn is_english(bt: &BlockText, d: &Draft) -> bool {
    let before = (d.start.saturating_sub(3)..d.start)
        .rev()
        .filter_map(|k| bt.get(k))
        .find(|c| !c.is_whitespace());
    let after = (d.end..d.end + 3)
        .filter_map(|k| bt.get(k))
        .find(|c| !c.is_whitespace());
    let first = bt.get(d.start);
    [before, after, first]
        .iter()
        .flatten()
        .any(|c| c.is_ascii_alphabetic())
        && !before.is_some_and(crate::clean::is_han)
        && !after.is_some_and(crate::clean::is_han)
}

#[cfg(test)]
mod tests {
    use super::rem;

    fn same(x: f64, y: f64) {
        let (got, want) = (rem(x, y), x % y);
        assert!(
            got.to_bits() == want.to_bits() || (got.is_nan() && want.is_nan()),
            "{x:e} % {y:e}: {got:e}, want {want:e}"
        );
    }

    #[test]
    fn rem_matches_percent() {
        let edges = [
            0.0, -0.0, 1.0, -1.0, 0.5, 9.999999999999998, 10.0, 19.99, 20.0, 99.99999999999999,
            100.0, 2400.0, 1e15, 9007199254740993.0, 1e300, f64::MAX, f64::MIN_POSITIVE,
            5e-324, 2.2e-308, f64::INFINITY, -f64::INFINITY, f64::NAN, 0.1, 0.3, 1e-5,
        ];
        for &x in &edges {
            for &y in &edges {
                same(x, y);
                same(-x, y);
            }
        }
        // Every kind of double against the divisors the grammars use, and random pairs
        // (a xorshift over all bit patterns, so subnormals, NaNs and huge exponents too).
        let mut s = 0x9E37_79B9_7F4A_7C15u64;
        let mut next = move || {
            s ^= s << 13;
            s ^= s >> 7;
            s ^= s << 17;
            s
        };
        for _ in 0..300_000 {
            let x = f64::from_bits(next());
            for y in [10.0, 100.0, 7.0, 0.25] {
                same(x, y);
            }
            same(x, f64::from_bits(next()));
            let (a, b) = ((next() % 1_000_000) as f64 / 8.0, (next() % 2000 + 1) as f64 / 4.0);
            same(a, b);
            same(-a, b);
        }
    }
}
