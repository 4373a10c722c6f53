//! Folding Traditional Chinese to Simplified, and ASCII to lower case,
//! character by character.
//!
//! Every lexicon row is matched against the folded copy of the text, so one
//! row serves both scripts (and any capitalization of an English word). The
//! table keeps only pairs of equal UTF-8 length, so the folded copy has the
//! same byte offsets as the text it came from.

use super::fold_table::{KEY_BYTES, LEN, T2S};
use std::sync::OnceLock;

const CJK_FIRST: u32 = 0x3400;
const CJK_END: u32 = 0x10000;

/// The next LEB128 number of [`T2S`] at `*at`.
const fn varint(at: &mut usize) -> u32 {
    let mut n = 0;
    let mut shift = 0;
    loop {
        let b = T2S[*at];
        *at += 1;
        n |= ((b & 0x7f) as u32) << shift;
        if b < 0x80 {
            return n;
        }
        shift += 7;
    }
}

/// The next pair of [`T2S`]: the keys read from `*k_at`, the values from
/// `*v_at`, each a delta from the pair before (`k`, `v`); the values
/// zigzag-coded (even = forward, odd = back).
const fn next_pair(k_at: &mut usize, v_at: &mut usize, (k, v): (u32, u32)) -> (u32, u32) {
    let k = k + varint(k_at);
    let z = varint(v_at);
    let v = if z & 1 == 0 {
        v + z / 2
    } else {
        v - z.div_ceil(2)
    };
    (k, v)
}

/// The (Traditional, Simplified) pairs of [`T2S`], in ascending Traditional
/// order. The table is stored delta-coded (see `fold_table.rs`): a third of
/// the gzip size of plain `u16` pairs in the wasm.
fn pairs() -> impl Iterator<Item = (u32, u32)> {
    let (mut k_at, mut v_at) = (0, KEY_BYTES);
    let mut pair = (0u32, 0u32);
    (0..LEN).map(move |_| {
        pair = next_pair(&mut k_at, &mut v_at, pair);
        pair
    })
}

/// A direct table over the BMP from U+3400: the folded character, or 0 where
/// the character folds to itself. Built once from [`pairs`].
fn direct() -> &'static [u16] {
    static D: OnceLock<Vec<u16>> = OnceLock::new();
    D.get_or_init(|| {
        let mut d = vec![0u16; (CJK_END - CJK_FIRST) as usize];
        for (t, s) in pairs() {
            d[(t - CJK_FIRST) as usize] = s as u16;
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
// Inline (as is_simplified_only): language detection asks it of every Han char.
#[inline]
pub fn is_traditional(c: char) -> bool {
    let u = c as u32;
    (CJK_FIRST..CJK_END).contains(&u) && direct()[(u - CJK_FIRST) as usize] != 0
}

/// How a Han character is written, for counting a text's script: 1 for a
/// Traditional form (it folds), 2 for a form only Simplified writing has, 0
/// for either. One table lookup where [`is_traditional`] and
/// [`is_simplified_only`] take two.
#[inline]
pub fn script_class(c: char) -> u8 {
    let u = c as u32;
    if !(CJK_FIRST..CJK_END).contains(&u) {
        return 0;
    }
    script_classes()[(u - CJK_FIRST) as usize]
}

fn script_classes() -> &'static [u8] {
    static C: OnceLock<Vec<u8>> = OnceLock::new();
    C.get_or_init(|| {
        (CJK_FIRST..CJK_END)
            .map(|u| {
                let c = char::from_u32(u).unwrap_or(' ');
                u8::from(is_traditional(c)) + 2 * u8::from(!is_traditional(c) && is_simplified_only(c))
            })
            .collect()
    })
}

/// True for a character that exists only in Simplified writing: a fold target
/// that is not itself folded from anything else's form (`长`, `经`).
#[inline]
pub fn is_simplified_only(c: char) -> bool {
    let u = c as u32;
    if !(CJK_FIRST..CJK_END).contains(&u) {
        return false;
    }
    simplified_only()[(u - CJK_FIRST) as usize]
}

/// The table of [`is_simplified_only`], built once (out of line: the test
/// above stays small enough to inline).
fn simplified_only() -> &'static [bool] {
    static S: OnceLock<Vec<bool>> = OnceLock::new();
    S.get_or_init(|| {
        let mut v = vec![false; (CJK_END - CJK_FIRST) as usize];
        for (_, s) in pairs() {
            if fold_char(char::from_u32(s).unwrap_or(' ')) as u32 == s {
                v[(s - CJK_FIRST) as usize] = true;
            }
        }
        v
    })
}

/// A copy of `text` with every Traditional character folded; same byte length.
pub fn fold(text: &str) -> String {
    // The text copied in runs between the characters that fold, each of
    // those written folded (the table keeps UTF-8 lengths), then ASCII
    // lowercased in one pass. Only three-byte characters from U+3400 fold:
    // lead bytes E3-EF (continuation bytes are below them).
    let mut out = String::with_capacity(text.len());
    let b = text.as_bytes();
    let d = direct();
    let (mut i, mut copied) = (0, 0);
    while i + 2 < b.len() {
        let lead = b[i];
        if !(0xE3..=0xEF).contains(&lead) {
            i += 1;
            continue;
        }
        let u = (u32::from(lead & 0x0F) << 12) | (u32::from(b[i + 1] & 0x3F) << 6) | u32::from(b[i + 2] & 0x3F);
        let folded = u
            .checked_sub(CJK_FIRST)
            .and_then(|k| d.get(k as usize))
            .filter(|&&s| s != 0)
            .and_then(|&s| char::from_u32(u32::from(s)));
        if let (Some(c), Some(run)) = (folded, text.get(copied..i)) {
            out.push_str(run);
            out.push(c);
            copied = i + 3;
        }
        i += 3;
    }
    out.push_str(text.get(copied..).unwrap_or(""));
    out.make_ascii_lowercase();
    debug_assert_eq!(out.len(), text.len());
    out
}

/// [`fold`] character by character (its reference: the same string).
#[cfg(test)]
fn fold_chars(text: &str) -> String {
    text.chars().map(fold_char).collect()
}

/// [`fold_char`] at compile time, for the lexicon's markers: walks the
/// delta-coded table once per character (a few thousand steps), so that a
/// grammar comparing a character with a marker compares with a constant.
pub const fn fold_char_const(c: char) -> char {
    let u = c as u32;
    if !(CJK_FIRST <= u && u < CJK_END) {
        return c.to_ascii_lowercase();
    }
    let (mut k_at, mut v_at) = (0, KEY_BYTES);
    let mut pair = (0u32, 0u32);
    let mut i = 0;
    while i < LEN {
        pair = next_pair(&mut k_at, &mut v_at, pair);
        if pair.0 == u {
            return match char::from_u32(pair.1) {
                Some(s) => s,
                None => c,
            };
        }
        if pair.0 > u {
            return c;
        }
        i += 1;
    }
    c
}

/// Fold a lexicon entry written in either script.
pub fn fold_str(s: &str) -> String {
    fold(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fold_equals_fold_char_by_char() {
        let mut all: String = (0x20..0x3_0000u32).filter_map(char::from_u32).collect();
        all.push_str("ＡＢ區域ABC經濟");
        assert_eq!(fold(&all), fold_chars(&all));
        for t in ["", "a", "區", "區a", "AÉ區\u{10000}經", "\u{1F600}區"] {
            assert_eq!(fold(t), fold_chars(t), "{t}");
        }
    }

    #[test]
    fn folds_common_pairs_and_keeps_length() {
        let t = "區域經濟，兩萬三千五百個人，餘額億萬，臺灣凈利";
        let s = fold(t);
        assert_eq!(s, "区域经济，两万三千五百个人，余额亿万，台湾净利");
        assert_eq!(s.len(), t.len());
    }

    #[test]
    fn folds_text_as_it_folds_each_character() {
        // Every UTF-8 length, characters at the edges of the table, a
        // Traditional character last (no bytes after it).
        let t = "Aé€ＡＢ１２ 𠀀😀 㐀\u{FFFF} 經濟 ÉTÉ 區";
        let want: String = t.chars().map(fold_char).collect();
        assert_eq!(fold(t), want);
        assert_eq!(fold(""), "");
        assert_eq!(fold("經"), "经");
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
    fn folds_at_compile_time_as_at_run_time() {
        for (t, _) in pairs() {
            let c = char::from_u32(t).unwrap();
            assert_eq!(fold_char_const(c), fold_char(c), "{c}");
        }
        for c in ['A', 'z', '长', '㐀', '\u{FFFF}', '😀', 'É', '１'] {
            assert_eq!(fold_char_const(c), fold_char(c), "{c}");
        }
        const WAN: char = fold_char_const('萬');
        assert_eq!(WAN, '万');
    }

    #[test]
    fn table_decodes_to_the_generated_pairs() {
        let want: Vec<(u32, u32)> = super::super::fold_table::PAIRS
            .lines()
            .map(|l| {
                let mut cs = l.chars().map(|c| c as u32);
                (cs.next().unwrap(), cs.next().unwrap())
            })
            .collect();
        let got: Vec<(u32, u32)> = pairs().collect();
        assert_eq!(got.len(), LEN);
        assert_eq!(got, want);
        // Keys ascend (the direct table needs no order, but the generator sorts)
        // and every pair stays in the folded range with equal UTF-8 lengths.
        assert!(got.windows(2).all(|w| w[0].0 < w[1].0));
        assert!(got.iter().all(|&(t, s)| {
            let (t, s) = (char::from_u32(t).unwrap(), char::from_u32(s).unwrap());
            let folded = (CJK_FIRST..CJK_END).contains(&(t as u32));
            folded
                && (CJK_FIRST..CJK_END).contains(&(s as u32))
                && t != s
                && t.len_utf8() == s.len_utf8()
        }));
    }
}
