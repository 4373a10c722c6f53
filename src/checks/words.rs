//! The lexicon's check words (`src/lexicon/checks.rs`) as lookups over
//! folded text: one compiled word list per kind of word, built once, and for
//! a sentence, [`Marks`]: where a word of any kind starts, found in one pass,
//! so that the lookups in the sentence's text (the sentence, the text before
//! each figure, the few bytes after one) visit only those places.

use crate::lexicon::checks::{CheckWord, CHECK_WORDS};
use crate::lexicon::Lex;
use std::sync::OnceLock;

const KINDS: usize = 13;

/// The kinds looked up in a sentence's text, which [`Marks`] finds (the
/// others are looked up in metrics and periods).
const MARKED: [CheckWord; 10] = {
    use CheckWord::*;
    [PartsAfter, TotalAfter, TotalWord, Rest, PerPerson, PerHousehold, Average, Share, BaseOf, Than]
};

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
    c.is_ascii_alphanumeric() || c == '-'
}

/// The first word of `kind` in folded `t`: (start, end). Latin words match
/// whole words only; Chinese words anywhere.
pub fn find(t: &str, kind: CheckWord) -> Option<(usize, usize)> {
    find_from(t, 0, kind)
}

/// The words of every [`MARKED`] kind in one list: a place no word of it
/// starts is no place a word of those kinds starts.
fn all() -> &'static Lex {
    static L: OnceLock<Lex> = OnceLock::new();
    L.get_or_init(|| {
        Lex::new(
            CHECK_WORDS
                .iter()
                .filter(|r| MARKED.contains(&r.1))
                .map(|r| r.0),
        )
    })
}

/// Calls `f` at each place of `t` from `from` on where a word of `l` may
/// start (byte offset, character) until it returns true: a character a word
/// of `l` starts with, not a letter or digit inside a Latin word (after a
/// letter, digit or `-`).
#[inline]
fn places(t: &str, from: usize, l: &Lex, mut f: impl FnMut(usize, char) -> bool) {
    let mut prev = ' ';
    for (i, c) in t[from..].char_indices() {
        if l.may_start(c) && !(c.is_ascii_alphanumeric() && is_word_char(prev)) && f(from + i, c) {
            return;
        }
        prev = c;
    }
}

/// The word of `l` that starts at `i` of `t`, `n` bytes long, if it ends a
/// Latin word there.
#[inline]
fn whole(t: &str, i: usize, n: usize, c: char) -> Option<(usize, usize)> {
    let next = t[i + n..].chars().next().unwrap_or(' ');
    (!(c.is_ascii() && is_word_char(next))).then_some((i, i + n))
}

fn find_from(t: &str, from: usize, kind: CheckWord) -> Option<(usize, usize)> {
    let l = lex(kind);
    t.get(from..)?;
    let mut found = None;
    places(t, from, l, |i, c| {
        found = l.longest_prefix(&t[i..]).and_then(|(n, _)| whole(t, i, n, c));
        found.is_some()
    });
    found
}

/// Where words of each [`MARKED`] kind start in a sentence's folded text: per
/// place a word may start at (as [`find`] tries them), the longest word of
/// each kind there (place, kind, byte length), in text order.
pub struct Marks(Vec<(u32, u8, u8)>);

impl Marks {
    /// One pass over `text` against all the words, then each kind's words
    /// at the few places any word starts.
    pub fn of(text: &str) -> Marks {
        let (any, mut marks) = (all(), Vec::new());
        places(text, 0, any, |i, _| {
            if any.longest_prefix(&text[i..]).is_some() {
                for kind in MARKED {
                    if let Some((n, _)) = lex(kind).longest_prefix(&text[i..]) {
                        marks.push((i as u32, kind as u8, n as u8));
                    }
                }
            }
            false
        });
        Marks(marks)
    }

    /// [`find`] of `t`, a slice of `text` (the text the marks are of); of
    /// any other text or a kind not [`MARKED`], [`find`] itself. The same
    /// answer: at `t`'s first place the lookup itself (a slice may start
    /// inside a word), after it the marks (the places `find` tries there are
    /// the text's, with the same character before), each word cut to the
    /// slice's end.
    pub fn find(&self, text: &str, t: &str, kind: CheckWord) -> Option<(usize, usize)> {
        let a = (t.as_ptr() as usize).wrapping_sub(text.as_ptr() as usize);
        if a > text.len() || t.len() > text.len() - a || !MARKED.contains(&kind) {
            return find(t, kind);
        }
        let l = lex(kind);
        let c = t.chars().next()?;
        if l.may_start(c) {
            if let Some(m) = l.longest_prefix(t).and_then(|(n, _)| whole(t, 0, n, c)) {
                return Some(m);
            }
        }
        let b = a + t.len();
        let from = self.0.partition_point(|m| (m.0 as usize) <= a);
        for &(p, k, n) in &self.0[from..] {
            let (p, n) = (p as usize, n as usize);
            if p >= b {
                break;
            }
            if k != kind as u8 {
                continue;
            }
            let i = p - a;
            let n = if p + n <= b {
                n
            } else {
                match l.longest_prefix(&t[i..]) {
                    Some((n, _)) => n,
                    None => continue,
                }
            };
            let c = t[i..].chars().next().unwrap_or(' ');
            if let Some(m) = whole(t, i, n, c) {
                return Some(m);
            }
        }
        None
    }
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

    #[test]
    fn a_sentences_marks_find_what_find_finds_in_every_slice() {
        let texts = [
            "of the 120 cases, 70 were local and the rest, 50, came from others; a total of 120 combined",
            "brothers' share-holders: coal accounted for 55%, gas for 25% and other fuels the remaining 20%",
            "income per capita was $60,000 per household, averaging 3 per head; out of 9, 4 including",
            &fold("全年共120例，其中本地70例、其餘50例，合計120例，人均收入佔比平均5成，戶均20萬噸的5倍"),
        ];
        for text in texts {
            let marks = Marks::of(text);
            let cuts: Vec<usize> = (0..=text.len()).filter(|&i| text.is_char_boundary(i)).collect();
            for (x, &a) in cuts.iter().enumerate() {
                for &b in &cuts[x..] {
                    let t = &text[a..b];
                    for kind in MARKED {
                        assert_eq!(marks.find(text, t, kind), find(t, kind), "{kind:?} in {t:?}");
                    }
                }
            }
        }
    }
}
