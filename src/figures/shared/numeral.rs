//! Numerals, as the figure grammars read them: the numeral lexer
//! ([`crate::numerals`]) and the characters a figure can start with.

pub use crate::numerals::*;

use super::charset::CharBits;
use crate::lexicon::{self, digit};

/// Could a figure begin at this character? (Asked of every character; a
/// loop over many asks [`starters`] once.)
#[inline]
pub fn could_start(c: char) -> bool {
    starters().could_start(c)
}

/// The characters a figure can start with, as a [`CharBits`] (every
/// starter lies below U+10000: Han, financial and fullwidth digits), so
/// that Han text costs one bit test a char.
pub struct Starters(CharBits);

impl Starters {
    #[inline]
    pub fn could_start(&self, c: char) -> bool {
        if c.is_ascii() {
            return c.is_ascii_digit();
        }
        // Past U+FFFF, asked directly (no starter lies there).
        self.0.get(c).unwrap_or_else(|| starts_figure(c))
    }
}

pub fn starters() -> &'static Starters {
    static S: std::sync::OnceLock<Starters> = std::sync::OnceLock::new();
    S.get_or_init(|| {
        let bmp = (0x80..0x10000).filter_map(char::from_u32);
        Starters(CharBits::of(bmp.filter(|&c| starts_figure(c))))
    })
}

fn starts_figure(c: char) -> bool {
    ascii_digit(c).is_some() || digit(c).is_some() || lexicon::starts_figure(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_starter_bits_lose_no_starter() {
        for c in (0..0x30000).filter_map(char::from_u32) {
            let want = if c.is_ascii() {
                c.is_ascii_digit()
            } else {
                starts_figure(c)
            };
            assert_eq!(could_start(c), want, "{c:?}");
        }
        // Characters come folded: 两, 万, never 兩, 萬.
        for c in ['两', '万', '５', '〇', '贰', '十', '成'] {
            assert!(could_start(c), "{c}");
        }
        for c in ['的', '年', '％', 'a'] {
            assert!(!could_start(c), "{c}");
        }
    }
}
