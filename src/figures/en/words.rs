//! English words in a block: where they start and end, the spaces between
//! them, and phrases of the lexicon matched on word boundaries.

use crate::figures::shared::text::BlockText;
pub use crate::dates::en::is_space;
use crate::lexicon;

pub fn is_word_char(c: char) -> bool {
    c.is_ascii_alphanumeric()
}

/// Does a word end at `i` (no letter or digit follows)?
pub fn boundary_at(bt: &BlockText, i: usize) -> bool {
    crate::dates::en::boundary_at(&bt.cs, i)
}

/// Does a word start at `i`?
pub fn word_start(bt: &BlockText, i: usize) -> bool {
    bt.get(i).is_some_and(is_word_char)
        && i.checked_sub(1)
            .and_then(|k| bt.get(k))
            .is_none_or(|c| !is_word_char(c) && c != '\'')
}

/// End of the word at `i` (letters, digits, inner hyphens and apostrophes).
pub fn word_end(bt: &BlockText, i: usize) -> usize {
    let mut k = i;
    while let Some(c) = bt.get(k) {
        if is_word_char(c)
            || ((c == '-' || c == '\'')
                && bt.get(k + 1).is_some_and(|n| n.is_ascii_alphanumeric())
                && k > i)
        {
            k += 1;
        } else {
            break;
        }
    }
    k
}

/// The longest row of `lex` at `i` that ends on a word boundary.
pub fn phrase_at(bt: &BlockText, i: usize, lex: &lexicon::Lex) -> Option<(usize, usize)> {
    let (e, row) = bt.lex_at(i, lex)?;
    let last = bt.get(e.checked_sub(1)?)?;
    (!is_word_char(last) || boundary_at(bt, e)).then_some((e, row))
}

/// The longest row of `lex` ending at `i` (after skipping spaces back), starting on a word boundary.
pub fn phrase_before(
    bt: &BlockText,
    floor: usize,
    i: usize,
    lex: &lexicon::Lex,
) -> Option<(usize, usize)> {
    let mut k = i;
    while k > floor && bt.get(k - 1).is_some_and(is_space) {
        k -= 1;
    }
    let (s, row) = bt.lex_before(floor.max(k.saturating_sub(24)), k, lex)?;
    let first_is_word = bt.get(s).is_some_and(is_word_char);
    (!first_is_word || word_start(bt, s)).then_some((s, row))
}

/// The word `w` at `i` and one space after it: where the next word starts.
pub fn word_then_space(bt: &BlockText, i: usize, w: &str) -> Option<usize> {
    let e = bt.starts(i, w)?;
    (bt.get(e) == Some(' ')).then_some(e + 1)
}

/// Skip one run of spaces after `j`.
pub fn skip_space(bt: &BlockText, j: usize) -> usize {
    crate::dates::en::skip_space(&bt.cs, j)
}

/// The span `(start, end)` of the run of `part` characters before `i`, spaces skipped.
pub fn span_before(bt: &BlockText, i: usize, part: impl Fn(char) -> bool) -> (usize, usize) {
    let mut k = i;
    while k > 0 && bt.get(k - 1).is_some_and(is_space) {
        k -= 1;
    }
    let mut s = k;
    while s > 0 && bt.get(s - 1).is_some_and(&part) {
        s -= 1;
    }
    (s, k)
}

/// Does a sentence start at `i` (only spaces after its start, a full stop or a quote)?
pub fn starts_sentence(bt: &BlockText, i: usize) -> bool {
    let (_, k) = span_before(bt, i, |_| false);
    k == 0
        || bt
            .get(k - 1)
            .is_some_and(|c| matches!(c, '.' | '!' | '?' | '"' | '“' | '\n'))
        || dateline_gap(bt, k, i)
}

/// `NEW YORK  Two men…`: a place in capitals, then two spaces or more where
/// the dateline's dash was lost, opens the story's first sentence.
fn dateline_gap(bt: &BlockText, k: usize, i: usize) -> bool {
    if i < k + 2 || !bt.cs[k..i].iter().all(|&c| c == ' ') {
        return false;
    }
    let (s, _) = span_before(bt, k, |c| c.is_ascii_alphabetic());
    k >= s + 2 && bt.original(s, k).chars().all(|c| c.is_ascii_uppercase())
}

/// The word before `i` (folded), skipping spaces.
pub fn prev_word<'a>(bt: &BlockText<'a>, i: usize) -> &'a str {
    let (s, k) = span_before(bt, i, |c| c.is_ascii_alphanumeric() || c == '-');
    bt.folded(s, k)
}

/// Does a clause open at `i` (a sentence's start, a comma, semicolon or
/// colon, or a word that opens a clause: `and`, `but`, `said`)?
pub fn opens_clause(bt: &BlockText, i: usize) -> bool {
    let (_, k) = span_before(bt, i, |_| false);
    starts_sentence(bt, i)
        || (k > 0 && bt.get(k - 1).is_some_and(|c| matches!(c, ',' | ';' | ':')))
        || crate::lexicon::en::SUBJECT_LEADS.contains(prev_word(bt, i))
}
