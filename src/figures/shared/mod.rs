//! The core both grammars share: a block's text as the grammars see it
//! ([`text`]), numerals of every script ([`numeral`]), figures while they
//! are read ([`draft`]), the hooks a language grammar implements
//! ([`grammar`]) and the steps that read a figure from a number with them
//! ([`number`]), the period phrases of a sentence ([`periods`]), and the
//! identifier mask run before them ([`mask`]).
//! Nothing here knows a language's words but through the lexicon.

pub mod charset;
pub mod draft;
pub mod grammar;
pub mod mask;
pub mod number;
pub mod numeral;
pub mod periods;
pub mod text;

use draft::Draft;
use text::BlockText;

/// The sentence (of `sentences`, in order, not overlapping) holding char
/// `at`, by binary search: a block can hold thousands of sentences.
pub fn sentence_of(sentences: &[(usize, usize)], at: usize) -> Option<usize> {
    let k = sentences
        .partition_point(|&(a, _)| a <= at)
        .checked_sub(1)?;
    (at < sentences[k].1).then_some(k)
}

/// Where a figure sits: its sentence (or line, outside any sentence) as a
/// char span, the block's sentences, and the figures before it in that
/// sentence: the nearest (`prev`) and the nearest with a context (`prev_q`).
pub struct Around<'s> {
    pub sentence: (usize, usize),
    pub sentences: &'s [(usize, usize)],
    pub prev: Option<usize>,
    pub prev_q: Option<usize>,
}

/// Where the clause of a figure starting at `start` begins: after the last
/// break (`is_break`) at or after `floor`, else at `floor`. The floor is the
/// previous figure's end, so each character of a sentence is walked once.
pub fn clause_start(floor: usize, start: usize, is_break: impl Fn(usize) -> bool) -> usize {
    (floor..start)
        .rev()
        .find(|&k| is_break(k))
        .map_or(floor, |k| k + 1)
}

/// Is the figure in English text? Look at the nearest letters around it.
pub fn is_english(bt: &BlockText, d: &Draft) -> bool {
    let before = (d.start.saturating_sub(3)..d.start)
        .rev()
        .filter_map(|k| bt.get(k))
        .find(|c| !c.is_whitespace());
    let after = (d.end..d.end + 3)
        .filter_map(|k| bt.get(k))
        .find(|c| !c.is_whitespace());
    let first = bt.get(d.start);
    [before, after, first]
        .iter()
        .flatten()
        .any(|c| c.is_ascii_alphabetic())
        && !before.is_some_and(crate::clean::is_han)
        && !after.is_some_and(crate::clean::is_han)
}
