//! English qualifiers before a number: approximations (`about`, `more
//! than`) and words that keep it exact (`only`, `exactly`).

use crate::lexicon::Words;

/// Qualifiers before a number that make it approximate (lower case, spaces as written).
#[rustfmt::skip]
pub static APPROX_BEFORE: Words = words![
    "about", "around", "roughly", "some", "nearly", "almost", "more than", "over", "at least", "up to",
    "fewer than", "less than", "an estimated", "estimated", "approximately", "approx.", "close to", "upwards of",
    "just over", "just under", "well over", "under", "as many as", "as much as", "in excess of", "below",
    "above", "at most", "no more than", "no fewer than", "not more than", "not less than", "circa", "c.",
    "an approximate", "some estimated", "almost exactly", "the best part of", "north of", "south of",
];

/// Words before a number that make it exact, kept in the figure's span (`exactly 100 days`).
pub static EXACT_BEFORE: Words = words!["exactly", "precisely", "just", "only", "a full", "fully"];
