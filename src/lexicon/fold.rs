//! Folding Traditional Chinese to Simplified, and ASCII to lower case,
//! character by character.
//!
//! Every lexicon row is matched against the folded copy of the text, so one
//! row serves both scripts (and any capitalization of an English word). The
//! table keeps only pairs of equal UTF-8 length, so the folded copy has the
//! same byte offsets as the text it came from.

use super::fold_table::T2S;
use std::sync::OnceLock;

const CJK_FIRST: u32 = 0x3400;
const CJK_END: u32 = 0x10000;

/// A direct table over the BMP from U+3400: the folded character, or 0 where
/// the character folds to itself. Built once from [`T2S`] (no bytes in the wasm).
fn direct() -> &'static [u16] {
    static D: OnceLock<Vec<u16>> = OnceLock::new();
    D.get_or_init(|| {
        let mut d = vec![0u16; (CJK_END - CJK_FIRST) as usize];
        for &(t, s) in T2S.iter() {
            d[(t as u32 - CJK_FIRST) as usize] = s;
        }
        d
    })
}

/// The Simplified (or lower-case ASCII) form of `c`, or `c` itself.
#[inline]
pub fn fold_char(c: char) -> char {
    let u = c as u32;
    if !(CJK_FIRST..CJK_END).contains(&u) {
        return c.to_ascii_lowercase();
    }
    match direct()[(u - CJK_FIRST) as usize] {
        0 => c,
        s => char::from_u32(s as u32).unwrap_or(c),
    }
}

/// True for a Chinese character written differently in Simplified Chinese.
pub fn is_traditional(c: char) -> bool {
    let u = c as u32;
    (CJK_FIRST..CJK_END).contains(&u) && direct()[(u - CJK_FIRST) as usize] != 0
}

/// True for a character that exists only in Simplified writing: a fold target
/// that is not itself folded from anything else's form (`长`, `经`).
pub fn is_simplified_only(c: char) -> bool {
    static S: OnceLock<Vec<bool>> = OnceLock::new();
    let u = c as u32;
    if !(CJK_FIRST..CJK_END).contains(&u) {
        return false;
    }
    let set = S.get_or_init(|| {
        let mut v = vec![false; (CJK_END - CJK_FIRST) as usize];
        for &(_, s) in T2S.iter() {
            if fold_char(char::from_u32(s as u32).unwrap_or(' ')) as u32 == s as u32 {
                v[(s as u32 - CJK_FIRST) as usize] = true;
            }
        }
        v
    });
    set[(u - CJK_FIRST) as usize]
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
        assert_eq!(fold("Revenue ROSE 5%"), "revenue rose 5%");
        assert!(!is_traditional('A'));
        assert!(!is_traditional('长'));
        assert!(is_traditional('長'));
    }

    #[test]
    fn table_is_sorted_for_binary_search() {
        assert!(T2S.windows(2).all(|w| w[0].0 < w[1].0));
    }
}
