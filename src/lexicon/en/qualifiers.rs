//! English qualifiers before a number: approximations (`about`, `more
//! than`) and words that keep it exact (`only`, `exactly`).

use crate::lexicon::{QualifierRow, Words};
use crate::model::Qualifier::{About, AtLeast, AtMost, Nearly, Over, Under};

/// Qualifiers before a number that make it approximate (lower case, spaces as
/// written), with the bound each states (docs/schema.md, "Qualifier words
/// (v1.1)"); `None` for a word that only makes it approximate (`an estimated`).
#[rustfmt::skip]
pub static APPROX_BEFORE: &[QualifierRow] = &[
    ("about", Some(About)), ("around", Some(About)), ("roughly", Some(About)), ("some", Some(About)),
    ("approximately", Some(About)), ("approx.", Some(About)), ("circa", Some(About)), ("c.", Some(About)),
    ("an approximate", Some(About)), ("almost exactly", Some(About)),
    ("nearly", Some(Nearly)), ("almost", Some(Nearly)), ("close to", Some(Nearly)),
    ("the best part of", Some(Nearly)),
    ("more than", Some(Over)), ("over", Some(Over)), ("above", Some(Over)), ("greater than", Some(Over)),
    ("upwards of", Some(Over)), ("in excess of", Some(Over)), ("just over", Some(Over)),
    ("well over", Some(Over)), ("north of", Some(Over)), ("older than", Some(Over)),
    ("topped", Some(Over)), ("topping", Some(Over)), ("passed", Some(Over)), ("surpassed", Some(Over)),
    ("surpassing", Some(Over)), ("exceeded", Some(Over)), ("exceeding", Some(Over)), ("exceeds", Some(Over)),
    ("at least", Some(AtLeast)), ("no fewer than", Some(AtLeast)), ("no less than", Some(AtLeast)),
    ("not less than", Some(AtLeast)), ("not fewer than", Some(AtLeast)),
    ("fewer than", Some(Under)), ("less than", Some(Under)), ("under", Some(Under)), ("below", Some(Under)),
    ("just under", Some(Under)), ("south of", Some(Under)), ("younger than", Some(Under)),
    ("at most", Some(AtMost)), ("up to", Some(AtMost)), ("no more than", Some(AtMost)),
    ("not more than", Some(AtMost)),
    ("an estimated", None), ("estimated", None), ("some estimated", None), ("as many as", None),
    ("as much as", None),
];

/// Qualifiers after a figure (`200 people or more`), with the bound each
/// states; the leading space is part of the row.
#[rustfmt::skip]
pub static APPROX_AFTER: &[QualifierRow] = &[
    (" or more", Some(AtLeast)), (" or above", Some(AtLeast)), (" or higher", Some(AtLeast)),
    (" or less", Some(AtMost)), (" or fewer", Some(AtMost)), (" or below", Some(AtMost)),
    (" or lower", Some(AtMost)), (" or so", Some(About)), (" or older", Some(AtLeast)),
    (" or younger", Some(AtMost)),
];

/// Words before a number that make it exact, kept in the figure's span (`exactly 100 days`).
pub static EXACT_BEFORE: Words = words!["exactly", "precisely", "just", "only", "a full", "fully"];
