//! Language knowledge. The tables live in [`zh`] (and later `en`); this module
//! compiles them once into lookups over the folded (Simplified) text.

pub mod fold;
mod fold_table;
pub mod zh;

use std::sync::OnceLock;

/// A word list compiled for longest-prefix lookup: folded words sorted so that
/// all words sharing a first character are adjacent, longest first.
pub struct Lex {
    words: Vec<(String, usize)>,
}

impl Lex {
    pub fn new<'a>(words: impl IntoIterator<Item = &'a str>) -> Lex {
        let mut words: Vec<(String, usize)> = words
            .into_iter()
            .enumerate()
            .map(|(i, w)| (fold::fold_str(w), i))
            .collect();
        words.sort_by(|a, b| {
            let fa = a.0.chars().next();
            let fb = b.0.chars().next();
            fa.cmp(&fb).then(b.0.len().cmp(&a.0.len()))
        });
        Lex { words }
    }

    /// The longest word `text` starts with: (its byte length, its row index).
    pub fn longest_prefix(&self, text: &str) -> Option<(usize, usize)> {
        let first = text.chars().next()?;
        let lo = self
            .words
            .partition_point(|(w, _)| w.chars().next() < Some(first));
        self.words[lo..]
            .iter()
            .take_while(|(w, _)| w.starts_with(first))
            .find(|(w, _)| text.starts_with(w.as_str()))
            .map(|(w, i)| (w.len(), *i))
    }

    /// The longest word `text` ends with: (its byte length, its row index).
    pub fn longest_suffix(&self, text: &str) -> Option<(usize, usize)> {
        self.words
            .iter()
            .filter(|(w, _)| text.ends_with(w.as_str()))
            .max_by_key(|(w, _)| w.len())
            .map(|(w, i)| (w.len(), *i))
    }

    pub fn contains(&self, word: &str) -> bool {
        self.longest_prefix(word)
            .is_some_and(|(n, _)| n == word.len())
    }
}

macro_rules! lex {
    ($name:ident, $src:expr) => {
        pub fn $name() -> &'static Lex {
            static L: OnceLock<Lex> = OnceLock::new();
            L.get_or_init(|| Lex::new($src))
        }
    };
}

lex!(units, zh::UNITS.iter().map(|r| r.word));
lex!(currency_prefixes, zh::CURRENCY_PREFIXES.iter().map(|r| r.0));
lex!(approx_before, zh::APPROX_BEFORE.iter().copied());
lex!(approx_after, zh::APPROX_AFTER.iter().copied());
lex!(approx_infix, zh::APPROX_INFIX.iter().copied());
lex!(change_words, zh::CHANGE_WORDS.iter().map(|r| r.0));
lex!(change_fillers, zh::CHANGE_FILLERS.iter().copied());
lex!(name_suffixes, zh::NAME_SUFFIXES.iter().copied());
lex!(not_change, zh::NOT_CHANGE.iter().copied());
lex!(not_units, zh::NOT_UNITS.iter().copied());
lex!(counted_noun_stops, zh::COUNTED_NOUN_STOPS.iter().copied());
lex!(metric_lead, zh::METRIC_LEAD.iter().copied());
lex!(metric_tail, zh::METRIC_TAIL.iter().copied());
lex!(coordinators, zh::COORDINATORS.iter().copied());

/// Value of a Chinese digit (folded), ordinary or financial.
pub fn digit(c: char) -> Option<u8> {
    static T: OnceLock<Vec<(char, u8)>> = OnceLock::new();
    let t = T.get_or_init(|| {
        let mut v: Vec<(char, u8)> = zh::DIGITS
            .iter()
            .map(|&(c, d)| (fold::fold_char(c), d))
            .collect();
        v.sort_unstable();
        v.dedup_by_key(|p| p.0);
        v
    });
    t.binary_search_by_key(&c, |p| p.0).ok().map(|i| t[i].1)
}

/// Value of a Chinese place unit (十 百 千 and financial forms).
pub fn place_unit(c: char) -> Option<u32> {
    zh::PLACE_UNITS
        .iter()
        .find(|&&(u, _)| fold::fold_char(u) == c)
        .map(|&(_, v)| v)
}

/// Value of a big multiplier (萬, 億, 兆), folded.
pub fn big_unit(c: char) -> Option<f64> {
    match c {
        '万' => Some(1e4),
        '亿' => Some(1e8),
        '兆' => Some(1e12),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn longest_prefix_prefers_longer_rows() {
        let (n, row) = units().longest_prefix("人次的").unwrap();
        assert_eq!(n, "人次".len());
        assert_eq!(zh::UNITS[row].unit, Some("person-time"));
        // Traditional rows match folded text
        let (_, row) = units().longest_prefix("平方米").unwrap();
        assert_eq!(zh::UNITS[row].unit, Some("m2"));
        assert!(units().longest_prefix("x").is_none());
    }

    #[test]
    fn digits_in_both_scripts() {
        assert_eq!(digit('两'), Some(2));
        assert_eq!(digit('贰'), Some(2));
        assert_eq!(digit('〇'), Some(0));
        assert_eq!(digit('十'), None);
        assert_eq!(place_unit('拾'), Some(10));
    }
}
