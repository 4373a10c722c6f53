//! Language of a text: Traditional or Simplified Chinese, English, or undetermined.

use crate::clean::is_han;
use crate::lexicon::fold::{is_simplified_only, is_traditional};
use crate::model::Language;

pub fn detect(text: &str) -> Language {
    Counts::of(text).language()
}

/// What a language is decided from; counts of blocks add up to the article's.
#[derive(Clone, Copy, Default)]
pub struct Counts {
    /// Han characters (a line's shape is read from this count too).
    pub han: usize,
    latin: usize,
    trad: usize,
    simp: usize,
}

impl Counts {
    pub fn of(text: &str) -> Counts {
        let mut n = Counts::default();
        for c in text.chars() {
            n.count(c);
        }
        n
    }

    #[inline]
    pub fn count(&mut self, c: char) {
        if c.is_ascii() {
            self.latin += usize::from(c.is_ascii_alphabetic());
        } else if is_han(c) {
            self.count_han(c);
        }
    }

    /// [`Counts::count`] for a character known to be Han.
    #[inline]
    pub fn count_han(&mut self, c: char) {
        self.han += 1;
        if is_traditional(c) {
            self.trad += 1;
        } else if is_simplified_only(c) {
            self.simp += 1;
        }
    }

    pub fn add(&mut self, o: Counts) {
        self.han += o.han;
        self.latin += o.latin;
        self.trad += o.trad;
        self.simp += o.simp;
    }

    pub fn language(self) -> Language {
        let Counts {
            han,
            latin,
            trad,
            simp,
        } = self;
        // A Han character carries about a word; Latin letters about a fifth of one.
        if han > 0 && han * 5 >= latin {
            if trad > simp {
                Language::ZhHant
            } else {
                Language::ZhHans
            }
        } else if latin >= 2 {
            Language::En
        } else {
            Language::Und
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scripts_and_english() {
        assert_eq!(detect("南湖區實現地區生產總值729.91億元"), Language::ZhHant);
        assert_eq!(detect("南湖区实现地区生产总值729.91亿元"), Language::ZhHans);
        assert_eq!(detect("GDP rose 5% in the first quarter."), Language::En);
        assert_eq!(detect("12345 !!"), Language::Und);
        assert_eq!(
            detect("據Reuters報道，蘋果公司(Apple Inc.)股價上漲"),
            Language::ZhHant
        );
    }
}
