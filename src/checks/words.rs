//! The lexicon's check words (`src/lexicon/checks.rs`) as lookups over
//! folded text: one compiled word list per kind of word, built once.

use crate::lexicon::checks::{CheckWord, CHECK_WORDS};
use crate::lexicon::Lex;
use std::sync::OnceLock;

const KINDS: usize = 12;

fn lex(kind: CheckWord) -> &'static Lex {
    static L: [OnceLock<Lex>; KINDS] = [const { OnceLock::new() }; KINDS];
    let build = || {
        Lex::new(
            CHECK_WORDS
                .iter()
                .filter(|r| r.1 == kind)
                .map(|r| r.0),
        )
    };
    L[kind as usize % KINDS].get_or_init(build)
}

fn is_word_char(c: char) -> bool {
    (c.is_alphanumeric() && c.is_ascii()) || c == '-'
}

/// The first word of `kind` in folded `t`: (start, end). Latin words match
/// whole words only; Chinese words anywhere.
pub fn find(t: &str, kind: CheckWord) -> Option<(usize, usize)> {
    find_from(t, 0, kind)
}

fn find_from(t: &str, from: usize, kind: CheckWord) -> Option<(usize, usize)> {
    let l = lex(kind);
    let mut prev = ' ';
    for (i, c) in t.get(from..)?.char_indices() {
        let i = from + i;
        if l.may_start(c) && !(c.is_ascii_alphanumeric() && is_word_char(prev)) {
            if let Some((n, _)) = l.longest_prefix(&t[i..]) {
                let next = t[i + n..].chars().next().unwrap_or(' ');
                if !(c.is_ascii() && is_word_char(next)) {
                    return Some((i, i + n));
                }
            }
        }
        prev = c;
    }
    None
}

/// Does folded `t` hold a word of `kind`?
pub fn has(t: &str, kind: CheckWord) -> bool {
    find(t, kind).is_some()
}

/// Does folded `t` end with a word of `kind`?
pub fn ends(t: &str, kind: CheckWord) -> bool {
    lex(kind)
        .longest_suffix(t.trim_end())
        .is_some_and(|(n, _)| {
            let t = t.trim_end();
            let before = t[..t.len() - n].chars().next_back().unwrap_or(' ');
            !(before.is_ascii_alphanumeric() && t[t.len() - n..].starts_with(|c: char| c.is_ascii()))
        })
}

/// Folded `t` without its words of `kind` and without spaces.
pub fn without(t: &str, kind: CheckWord) -> String {
    let mut out = String::with_capacity(t.len());
    let mut at = 0;
    while let Some((s, e)) = find_from(t, at, kind) {
        out.extend(t[at..s].chars().filter(|c| !c.is_whitespace()));
        at = e;
    }
    out.extend(t[at..].chars().filter(|c| !c.is_whitespace()));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::fold::fold;

    #[test]
    fn finds_whole_latin_words_and_chinese_words_anywhere() {
        assert!(has(&fold("其他國家佔25%"), CheckWord::Rest));
        assert!(has("the others said", CheckWord::Rest));
        assert!(!has("brothers said", CheckWord::Rest));
        assert_eq!(
            without(&fold("城鎮居民人均可支配收入"), CheckWord::Modifier),
            fold("人均可支配收入")
        );
        assert_eq!(without("total urban income", CheckWord::Modifier), "income");
    }
}
