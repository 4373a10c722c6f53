//! Interval arithmetic at each figure's stated precision: `1.49` stands for
//! anything that rounds to it, [1.485, 1.495]; `63792` for [63791.5, 63792.5]
//! (a count written out in full, `120例`, for exactly that many);
//! `1.2億` for [1.15億, 1.25億]; `$5 million` for [4.5, 5.5] million. `about`
//! and `nearly` widen a figure to ±5%, and so does a number written without
//! digits (`兩成`, `doubled`), which is a round word.

use crate::model::{Figure, Kind, Qualifier};

/// A closed interval.
#[derive(Clone, Copy, Debug)]
pub struct Iv {
    pub lo: f64,
    pub hi: f64,
}

impl Iv {
    pub fn add(self, o: Iv) -> Iv {
        Iv {
            lo: self.lo + o.lo,
            hi: self.hi + o.hi,
        }
    }

    pub fn sub(self, o: Iv) -> Iv {
        Iv {
            lo: self.lo - o.hi,
            hi: self.hi - o.lo,
        }
    }

    /// `self ÷ o` for a positive `o` (None when `o` may be zero or negative).
    pub fn div(self, o: Iv) -> Option<Iv> {
        (o.lo > 0.0).then(|| Iv {
            lo: (self.lo / o.lo).min(self.lo / o.hi),
            hi: (self.hi / o.lo).max(self.hi / o.hi),
        })
    }

    pub fn scale(self, k: f64) -> Iv {
        let (a, b) = (self.lo * k, self.hi * k);
        Iv {
            lo: a.min(b),
            hi: a.max(b),
        }
    }

    pub fn shift(self, k: f64) -> Iv {
        Iv {
            lo: self.lo + k,
            hi: self.hi + k,
        }
    }

    /// Do the intervals meet (with room for floating-point error)?
    pub fn meets(self, o: Iv) -> bool {
        let scale = [self.lo, self.hi, o.lo, o.hi]
            .iter()
            .filter(|x| x.is_finite())
            .fold(1.0f64, |m, x| m.max(x.abs()));
        let eps = 1e-9 * scale;
        self.lo <= o.hi + eps && o.lo <= self.hi + eps
    }
}

/// How a figure's number is written: where its digits are in its text, how
/// many decimals they have and what they are multiplied by.
#[derive(Clone, Copy, Debug)]
pub struct Written {
    /// The byte range of the number's digits in the figure's text (empty: none).
    pub start: usize,
    pub end: usize,
    pub decimals: u32,
    /// The value of one written unit (`萬`: 10000; `million`: 1e6).
    pub scale: f64,
}

fn digit(c: char) -> Option<u32> {
    match c {
        '0'..='9' => Some(c as u32 - '0' as u32),
        '０'..='９' => Some(c as u32 - '０' as u32),
        _ => None,
    }
}

/// The first written number of `text` and the value it stands for.
pub fn written(text: &str, value: f64) -> Written {
    let mut w = Written {
        start: 0,
        end: 0,
        decimals: 0,
        scale: 1.0,
    };
    // The characters from the first digit on, read without a copy (this runs per figure).
    let mut cs = text
        .char_indices()
        .skip_while(|&(_, c)| digit(c).is_none())
        .peekable();
    let Some(&(first, _)) = cs.peek() else {
        return w;
    };
    let (mut n, mut frac, mut end) = (0.0f64, None::<u32>, text.len());
    while let Some((i, c)) = cs.next() {
        let next_digit = cs.peek().is_some_and(|&(_, d)| digit(d).is_some());
        if let Some(d) = digit(c) {
            n = n * 10.0 + f64::from(d);
            frac = frac.map(|f| f + 1);
        } else if matches!(c, '.' | '．') && frac.is_none() && next_digit {
            frac = Some(0);
        } else if !(c == ',' && frac.is_none() && next_digit) {
            end = i;
            break;
        }
    }
    w.start = first;
    w.end = end;
    w.decimals = frac.unwrap_or(0);
    let n = n / 10f64.powi(w.decimals as i32);
    if n > 0.0 && value > 0.0 {
        w.scale = value / n;
    }
    w
}

/// The interval a figure's value stands for, or None when it states no
/// single value to compute with (a bound, a range, a vague amount).
pub fn of(f: &Figure) -> Option<(Iv, Written)> {
    let v = f.value.filter(|v| v.is_finite())?;
    if f.low.is_some() || f.high.is_some() {
        return None;
    }
    let w = written(&f.text, v);
    let mut half = if w.end > w.start {
        0.5 * 10f64.powi(-(w.decimals as i32)) * w.scale
    } else {
        0.05 * v.abs()
    };
    // A count written out in full (`3 tackles`, `120例`, a bare `1`) is that many, not a rounding.
    let count = f.kind == Kind::Count || (f.kind == Kind::Number && f.unit.is_none());
    if count && w.decimals == 0 && w.end > w.start && (w.scale - 1.0).abs() < 1e-9 {
        half = 0.0;
    }
    let rough = matches!(f.qualifier, Some(Qualifier::About | Qualifier::Nearly))
        || (f.approximate && f.qualifier.is_none());
    if rough {
        half = half.max(0.05 * v.abs());
    }
    Some((
        Iv {
            lo: v - half,
            hi: v + half,
        },
        w,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn precision_is_half_the_last_written_digit() {
        let w = written("1.49:1", 1.49);
        assert_eq!((w.start, w.end, w.decimals), (0, 4, 2));
        let w = written("63,792元", 63792.0);
        assert_eq!((w.end, w.decimals, w.scale), (6, 0, 1.0));
        let w = written("1.2億元", 1.2e8);
        assert_eq!(w.decimals, 1);
        assert!((w.scale - 1e8).abs() < 1.0);
        let w = written("$5 million", 5e6);
        assert!((w.scale - 1e6).abs() < 1e-6);
    }

    #[test]
    fn intervals_divide_and_meet() {
        let a = Iv {
            lo: 63791.5,
            hi: 63792.5,
        };
        let b = Iv {
            lo: 42829.5,
            hi: 42830.5,
        };
        let r = a.div(b).unwrap();
        assert!(r.meets(Iv {
            lo: 1.485,
            hi: 1.495
        }));
        assert!(!r.meets(Iv { lo: 1.475, hi: 1.485 - 1e-6 }));
    }
}
