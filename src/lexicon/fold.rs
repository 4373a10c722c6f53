//! Folding Traditional Chinese to Simplified, character by character.
//!
//! Every lexicon row is matched against the folded copy of the text, so one
//! row serves both scripts. The table keeps only pairs of equal UTF-8 length,
//! so the folded copy has the same byte offsets as the text it came from.

use super::fold_table::T2S;

/// The Simplified form of `c`, or `c` itself.
#[inline]
pub fn fold_char(c: char) -> char {
    let u = c as u32;
    if !(0x3400..=0xFFFF).contains(&u) {
        return c;
    }
    match T2S.binary_search_by_key(&(u as u16), |&(t, _)| t) {
        Ok(i) => char::from_u32(T2S[i].1 as u32).unwrap_or(c),
        Err(_) => c,
    }
}

/// True for a character written differently in Simplified Chinese.
pub fn is_traditional(c: char) -> bool {
    fold_char(c) != c
}

/// A copy of `text` with every Traditional character folded; same byte length.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    out.extend(text.chars().map(fold_char));
    debug_assert_eq!(out.len(), text.len());
    out
}

/// Fold a lexicon entry written in either script.
pub fn fold_str(s: &str) -> String {
    fold(s)
}

/// Every Simplified character the fold produces.
pub fn simplified_targets() -> impl Iterator<Item = char> {
    T2S.iter().filter_map(|&(_, s)| char::from_u32(s as u32))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_common_pairs_and_keeps_length() {
        let t = "區域經濟，兩萬三千五百個人，餘額億萬，臺灣凈利";
        let s = fold(t);
        assert_eq!(s, "区域经济，两万三千五百个人，余额亿万，台湾净利");
        assert_eq!(s.len(), t.len());
    }

    #[test]
    fn simplified_and_ascii_unchanged() {
        assert_eq!(fold("增长7% up 3"), "增长7% up 3");
        assert!(!is_traditional('长'));
        assert!(is_traditional('長'));
    }

    #[test]
    fn table_is_sorted_for_binary_search() {
        assert!(T2S.windows(2).all(|w| w[0].0 < w[1].0));
    }
}
