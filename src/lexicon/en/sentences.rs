//! Abbreviations that end in a full stop without ending the sentence, and
//! the words that open sentences.

use crate::lexicon::Words;

/// Words that end in a full stop without ending the sentence (lower case, no
/// dot): titles and month abbreviations come before a name or a day.
#[rustfmt::skip]
pub static TITLE_ABBREVIATIONS: Words = words![
    "mr", "mrs", "ms", "dr", "prof", "st", "gen", "gov", "sen", "rep", "lt", "col", "capt", "sgt", "cpl", "adm",
    "maj", "rev", "hon", "pres", "supt", "det", "insp", "mt", "ft", "fig", "figs", "no", "nos", "vs", "v", "cf",
    "approx", "est", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
];

/// Abbreviations that often end a sentence too (`Apple Inc. The company…`,
/// `at 9 a.m. Police…`, `the U.S.`): a full stop after them ends the sentence
/// only when a word of `SENTENCE_OPENERS` follows.
#[rustfmt::skip]
pub static END_ABBREVIATIONS: Words = words![
    "inc", "corp", "co", "ltd", "plc", "llc", "bros", "jr", "sr", "etc", "a.m", "p.m", "e.g", "i.e", "dept", "govt",
];

/// Words that open sentences far more often than they continue a name.
#[rustfmt::skip]
pub static SENTENCE_OPENERS: Words = words![
    "the", "a", "an", "it", "its", "he", "she", "they", "we", "i", "you", "this", "that", "these", "those", "there",
    "his", "her", "their", "our", "but", "and", "in", "on", "at", "for", "as", "if", "when", "while", "after",
    "before", "since", "however", "meanwhile", "still", "yet", "so", "then", "some", "many", "most", "officials",
];
