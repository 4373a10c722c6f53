//! A set of chars as one bit each below U+10000 (8 KiB, built once), for
//! the loops that ask of every char of a text whether something may start
//! there: one bit test, no search, no false positives (a filter by code
//! point modulo 4096 lets through five Han chars for each one it holds).

pub struct CharBits(Box<[u64; 1024]>);

impl CharBits {
    /// The set of `chars` below U+10000; chars past it are left out (the
    /// set says nothing of them: see [`get`](Self::get)).
    pub fn of(chars: impl IntoIterator<Item = char>) -> CharBits {
        let mut bits = Box::new([0u64; 1024]);
        for c in chars {
            let k = c as usize;
            if let Some(w) = bits.get_mut(k / 64) {
                *w |= 1 << (k % 64);
            }
        }
        CharBits(bits)
    }

    /// Is `c` in the set? `None` past U+FFFF, where the set says nothing
    /// and the caller asks its source.
    #[inline]
    pub fn get(&self, c: char) -> Option<bool> {
        let k = c as usize;
        self.0.get(k / 64).map(|w| w >> (k % 64) & 1 != 0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn holds_what_it_was_given() {
        let set = CharBits::of(['a', '人', '￥', '\u{FFFF}', '\u{20000}']);
        for c in ['a', '人', '￥', '\u{FFFF}'] {
            assert_eq!(set.get(c), Some(true), "{c:?}");
        }
        for c in ['b', '入', '\u{0}', '\u{FFFE}'] {
            assert_eq!(set.get(c), Some(false), "{c:?}");
        }
        assert_eq!(set.get('\u{20000}'), None);
    }
}
