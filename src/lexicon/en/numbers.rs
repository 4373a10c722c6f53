//! English number words: spelled numbers, scales, ordinals, fractions,
//! vague amounts, durations and multiples.

use crate::lexicon::WordTable;
use crate::lexicon::Words;
use crate::model::Kind::{Duration as D, Measure as M};

/// Number words: (word, value). Tens and units combine (`twenty-three`).
#[rustfmt::skip]
pub static NUMBER_WORDS: WordTable<f64> = word_rows![
    ("zero", 0.0), ("one", 1.0), ("two", 2.0), ("three", 3.0), ("four", 4.0), ("five", 5.0), ("six", 6.0),
    ("seven", 7.0), ("eight", 8.0), ("nine", 9.0), ("ten", 10.0), ("eleven", 11.0), ("twelve", 12.0),
    ("thirteen", 13.0), ("fourteen", 14.0), ("fifteen", 15.0), ("sixteen", 16.0), ("seventeen", 17.0),
    ("eighteen", 18.0), ("nineteen", 19.0), ("twenty", 20.0), ("thirty", 30.0), ("forty", 40.0),
    ("fifty", 50.0), ("sixty", 60.0), ("seventy", 70.0), ("eighty", 80.0), ("ninety", 90.0),
    ("a dozen", 12.0), ("a hundred", 100.0), ("a thousand", 1e3), ("a million", 1e6),
    ("a billion", 1e9), ("half a million", 5e5), ("half a billion", 5e8), ("half a", 0.5), ("half an", 0.5),
    ("half-dozen", 6.0), ("half a dozen", 6.0), ("a half-dozen", 6.0),
    ("a quarter of a million", 2.5e5), ("a quarter million", 2.5e5), ("quarter of a million", 2.5e5),
    ("a half million", 5e5), ("half million", 5e5), ("a quarter of a billion", 2.5e8),
    ("three quarters of a million", 7.5e5), ("quarter million", 2.5e5),
];

/// Scale words after a number: `3.5 million`, `$3bn`, `10k`, `2 lakh`.
#[rustfmt::skip]
pub static SCALES: WordTable<f64> = word_rows![
    ("hundred", 100.0), ("thousand", 1e3), ("k", 1e3), ("million", 1e6), ("mn", 1e6), ("mln", 1e6), ("m", 1e6),
    ("billion", 1e9), ("bn", 1e9), ("bln", 1e9), ("b", 1e9), ("trillion", 1e12), ("tn", 1e12), ("trn", 1e12),
    ("lakh", 1e5), ("lakhs", 1e5), ("lac", 1e5), ("crore", 1e7), ("crores", 1e7), ("thousands", 1e3),
    ("millions", 1e6), ("billions", 1e9), ("dozen", 12.0), ("dozens", 12.0), ("mil", 1e6), ("tln", 1e12),
];

/// Scale letters that are scales only glued in capitals after a currency
/// (`$2.174T`); other capitals (`$10M`, `$1.2B`) are rows of [`SCALES`].
pub static CURRENCY_SCALE_LETTERS: &[(&str, f64)] = &[("t", 1e12)];

/// Vulgar fraction characters after a whole number (`2½ years`): (char, value).
pub static VULGAR_FRACTIONS: &[(char, f64)] = &[
    ('½', 0.5), ('¼', 0.25), ('¾', 0.75), ('⅓', 1.0 / 3.0), ('⅔', 2.0 / 3.0), ('⅛', 0.125),
    ('⅜', 0.375), ('⅝', 0.625), ('⅞', 0.875), ('⅕', 0.2),
];

/// Ordinal words: (word, value).
#[rustfmt::skip]
pub static ORDINALS: WordTable<f64> = word_rows![
    ("first", 1.0), ("second", 2.0), ("third", 3.0), ("fourth", 4.0), ("fifth", 5.0), ("sixth", 6.0),
    ("seventh", 7.0), ("eighth", 8.0), ("ninth", 9.0), ("tenth", 10.0), ("eleventh", 11.0), ("twelfth", 12.0),
    ("thirteenth", 13.0), ("fourteenth", 14.0), ("fifteenth", 15.0), ("sixteenth", 16.0), ("seventeenth", 17.0),
    ("eighteenth", 18.0), ("nineteenth", 19.0), ("twentieth", 20.0), ("thirtieth", 30.0), ("fortieth", 40.0),
    ("fiftieth", 50.0), ("sixtieth", 60.0), ("seventieth", 70.0), ("eightieth", 80.0), ("ninetieth", 90.0),
    ("hundredth", 100.0), ("thousandth", 1e3), ("millionth", 1e6),
    ("billionth", 1e9), ("trillionth", 1e12),
];

/// Fractions: (word, percent of the whole).
#[rustfmt::skip]
pub static FRACTIONS: WordTable<f64> = word_rows![
    ("half", 50.0), ("a half", 50.0), ("one half", 50.0), ("a third", 100.0 / 3.0), ("one third", 100.0 / 3.0),
    ("one-third", 100.0 / 3.0), ("two thirds", 200.0 / 3.0), ("two-thirds", 200.0 / 3.0), ("a quarter", 25.0),
    ("one quarter", 25.0), ("one-quarter", 25.0), ("three quarters", 75.0), ("three-quarters", 75.0),
    ("a fifth", 20.0), ("one fifth", 20.0), ("one-fifth", 20.0), ("two fifths", 40.0), ("a tenth", 10.0),
    ("one tenth", 10.0), ("one-tenth", 10.0), ("two-fifths", 40.0), ("three fifths", 60.0), ("three-fifths", 60.0),
    ("four fifths", 80.0), ("four-fifths", 80.0), ("one sixth", 100.0 / 6.0), ("one-sixth", 100.0 / 6.0),
    ("a sixth", 100.0 / 6.0), ("five sixths", 500.0 / 6.0), ("five-sixths", 500.0 / 6.0), ("an eighth", 12.5),
    ("one eighth", 12.5), ("one-eighth", 12.5), ("three eighths", 37.5), ("three-eighths", 37.5),
    ("three tenths", 30.0), ("three-tenths", 30.0), ("seven tenths", 70.0), ("seven-tenths", 70.0),
    ("nine tenths", 90.0), ("nine-tenths", 90.0), ("one fourth", 25.0), ("one-fourth", 25.0),
    ("three fourths", 75.0), ("three-fourths", 75.0),
];

/// Vague amounts: (words, low, high). The counted noun follows `of`.
#[rustfmt::skip]
pub static VAGUE: &[(&str, f64, f64)] = &[
    ("dozens of", 20.0, 90.0), ("scores of", 40.0, 90.0), ("hundreds of", 200.0, 900.0), ("thousands of", 2e3, 9e3),
    ("tens of thousands of", 2e4, 9e4), ("hundreds of thousands of", 2e5, 9e5), ("millions of", 2e6, 9e6),
    ("tens of millions of", 2e7, 9e7), ("hundreds of millions of", 2e8, 9e8), ("billions of", 2e9, 9e9),
];

/// Whole phrases that are durations: (phrase, value, unit).
pub static DURATION_PHRASES: &[(&str, f64, &str)] = &[
    ("a decade", 10.0, "year"),
    ("a century", 100.0, "year"),
    ("a fortnight", 2.0, "week"),
];

/// Multiple words: (word, factor, is it a rise).
#[rustfmt::skip]
pub static MULTIPLE_WORDS: &[(&str, f64, bool)] = &[
    ("doubled", 2.0, true), ("doubling", 2.0, true), ("tripled", 3.0, true), ("trebled", 3.0, true),
    ("tripling", 3.0, true), ("quadrupled", 4.0, true), ("halved", 0.5, false), ("halving", 0.5, false),
    ("twofold", 2.0, true), ("two-fold", 2.0, true), ("threefold", 3.0, true), ("three-fold", 3.0, true),
    ("fourfold", 4.0, true), ("fivefold", 5.0, true), ("tenfold", 10.0, true), ("ten-fold", 10.0, true),
    ("twice", 2.0, true), ("thrice", 3.0, true), ("double", 2.0, true), ("triple", 3.0, true),
    ("quadruple", 4.0, true), ("halve", 0.5, false),
];

/// Multiple words in their base form: a multiple only after a modal or `to`
/// (`will double`, `plans to triple`), or before a comparison (`double the
/// amount`); else an adjective (`a double murder`).
pub static BASE_MULTIPLES: Words = words!["double", "triple", "quadruple", "halve"];

/// Particles after a base-form multiple that make a phrasal verb (`pods that
/// would double as cabins`, `double down`): no multiple.
pub static PHRASAL_PARTICLES: Words = words!["as", "up", "down", "back"];

/// Words that join a list's last number (`four, six and fifteen years`, `2, 3 or 4 percent`).
pub static LIST_JOINS: Words = words!["and", "or"];

/// Adverbs between a modal and a verb of multiples (`will soon triple`, `could easily double`).
pub static MODAL_ADVERBS: Words = words![
    "soon", "also", "easily", "quickly", "eventually", "probably", "likely", "again", "still",
];

/// Words before a base-form multiple that make it a verb (`will double`).
#[rustfmt::skip]
pub static MODAL_LEADS: Words = words![
    "will", "would", "could", "should", "may", "might", "must", "can", "to", "shall", "cannot", "likely",
    "expected", "set",
];

/// Multiple words that count occasions unless a comparison follows (`scored
/// twice`: 2 times; `twice as many`, `twice the size`: a multiple, no change).
pub static TIMES_WORDS: Words = words!["twice", "thrice"];

/// Words after `twice` that make it a multiple (`twice as many`, `twice the
/// size`, `twice what it earned`); a comparative in `-er` does too.
#[rustfmt::skip]
pub static MULTIPLE_FOLLOWERS: Words = words![
    "as", "the", "that", "what", "its", "their", "his", "her", "our", "a", "an", "this", "those", "these",
    "more", "less", "much", "many",
];

/// Words after `one` that make it an article or a phrase, not a figure (`one of the`, `one day`).
#[rustfmt::skip]
pub static ONE_PHRASES: Words = words![
    "one of", "one day", "one another", "one thing", "one way", "one side", "one hand", "no one", "anyone",
    "one more", "one point", "one time", "one-off", "one by one", "one-on-one",
];

/// Words after `second` that make it a unit of time or a sequence, not a
/// rank (`a second`, `second and third`, `a second time`, `seconds later`).
pub static SECOND_AS_TIME: Words = words!["and", "to", "or", "time", "later", "ago"];

/// Nouns after an ordinal that make a period or a title, not a rank
/// (`first quarter`, `second half`, `first lady`, `second world war`).
#[rustfmt::skip]
pub static ORDINAL_NOUNS: Words = words![
    "quarter", "half", "time", "hand", "lady", "minister", "person", "world", "class", "half-year",
];

/// Periods written with a hyphen after an ordinal: `first-quarter`, `second-half`.
pub static ORDINAL_PERIODS: Words = words!["quarter", "half"];

/// Superlatives after an ordinal and a hyphen besides those in `-est`: `second-most`.
pub static SUPERLATIVES: Words = words!["most", "least"];

/// Words before `half` that make it a period (`the first half`), not a share.
pub static HALF_PERIOD_LEADS: Words = words!["first", "second", "latter", "back", "front"];

/// Ordinal suffixes after digits: `3rd`, `21st`.
pub static ORDINAL_SUFFIXES: Words = words!["st", "nd", "rd", "th"];

/// One of a unit with the article (`an hour`, `a mile`, `a ton`): a figure
/// only after a qualifier (`more than an hour`, `over a ton of dynamite`);
/// `for a week` is an article. (phrase, kind, unit).
#[rustfmt::skip]
pub static ONE_UNIT_PHRASES: &[(&str, crate::model::Kind, &str)] = &[
    ("an hour", D, "hour"), ("a year", D, "year"), ("a month", D, "month"), ("a week", D, "week"),
    ("a day", D, "day"), ("a minute", D, "minute"), ("a mile", M, "mi"), ("a ton", M, "t"), ("a tonne", M, "t"),
    ("a kilometre", M, "km"), ("a kilometer", M, "km"), ("a metre", M, "m"), ("a meter", M, "m"),
    ("a foot", M, "ft"), ("an acre", M, "acre"), ("a gallon", M, "gal"), ("a barrel", M, "barrel"),
];
