//! Language of a text: Traditional or Simplified Chinese, English, or undetermined.

use crate::clean::is_han;
use crate::lexicon::fold::script_class;
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
    /// Hiragana and katakana: Japanese, which is out of scope (`und`).
    kana: usize,
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
        } else {
            self.kana += usize::from(matches!(c, '\u{3041}'..='\u{30FF}' | '\u{FF66}'..='\u{FF9F}'));
        }
    }

    /// [`Counts::count`] for a character known to be Han.
    #[inline]
    pub fn count_han(&mut self, c: char) {
        self.han += 1;
        match script_class(c) {
            1 => self.trad += 1,
            2 => self.simp += 1,
            _ => {}
        }
    }

    pub fn add(&mut self, o: Counts) {
        self.han += o.han;
        self.latin += o.latin;
        self.trad += o.trad;
        self.simp += o.simp;
        self.kana += o.kana;
    }

    pub fn language(self) -> Language {
        let Counts {
            han,
            latin,
            trad,
            simp,
            kana,
        } = self;
        // Japanese writes kana between its Han words (a tenth of the
        // characters or more); Chinese, a stray `の` in a brand name at most.
        if kana >= 2 && kana * 10 >= han + kana {
            return Language::Und;
        }
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
        // Japanese is out of scope: not zh-Hant for its Han characters.
        assert_eq!(detect("日本の首相は今日、東京で記者会見を開き、新しい経済対策を発表しました。"), Language::Und);
        assert_eq!(detect("カタカナのニュース"), Language::Und);
        assert_eq!(detect("台灣の味 餐廳今天開幕，吸引大批民眾排隊品嚐各式台灣小吃與甜點。"), Language::ZhHant);
        assert_eq!(
            detect("據Reuters報道，蘋果公司(Apple Inc.)股價上漲"),
            Language::ZhHant
        );
    }
}
