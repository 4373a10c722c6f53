//! Numerals, as the figure grammars read them: the numeral lexer
//! ([`crate::numerals`]) and the characters a figure can start with.

pub use crate::numerals::*;

use crate::lexicon::{self, digit};

/// Could a figure begin at this character? (Asked of every character.)
pub fn could_start(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    let (w, b) = crate::lexicon::filter_bit(c);
    starter_filter()[w] & b != 0 && starts_figure(c)
}

/// The characters [`starts_figure`] accepts, as a 4096-bit filter by code
/// point modulo 4096: it turns away almost every other Han character at once.
fn starter_filter() -> &'static [u64; 64] {
    static F: std::sync::OnceLock<[u64; 64]> = std::sync::OnceLock::new();
    F.get_or_init(|| {
        let mut set = [0u64; 64];
        // Every starter lies below U+10000 (Han, financial and fullwidth digits).
        for c in (0x80..0x10000)
            .filter_map(char::from_u32)
            .filter(|&c| starts_figure(c))
        {
            let (w, b) = crate::lexicon::filter_bit(c);
            set[w] |= b;
        }
        set
    })
}

fn starts_figure(c: char) -> bool {
    ascii_digit(c).is_some() || digit(c).is_some() || lexicon::starts_figure(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_starter_filter_loses_no_starter() {
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
