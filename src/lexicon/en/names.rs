//! What makes an English number part of something else: a name (`Boeing
//! 737`), an identifier (`flight 370`), a year (`in 2019`), a month (`in May`).

use crate::lexicon::Words;

/// Words before a number that make it a year (`in 2019`, `since 2008`).
pub static YEAR_LEADS: Words = words![
    "in", "since", "by", "until", "till", "from", "to", "of", "during", "before", "after", "early",
    "late", "mid", "year", "fiscal", "the", "for", "through", "between", "and",
];

/// Words before a number that make it an identifier (`flight 370`, `version 2.3`).
pub static IDENTIFIER_LEADS: Words = words![
    "flight", "version", "v", "isbn", "ticker", "code", "route", "room", "phone", "tel", "tel.",
    "call", "hotline", "fax",
];

/// Words before a number that never make it part of a name (`of 20`, `and 5`).
#[rustfmt::skip]
pub static NAME_BREAKERS: Words = words![
    "a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "by", "for", "with", "from",
];

/// Codes in capitals before a number that are currencies, not names (`USD 115`, `RS 500`).
#[rustfmt::skip]
pub static CURRENCY_CODES: Words = words![
    "usd", "eur", "gbp", "rmb", "cny", "hkd", "jpy", "inr", "chf", "aud", "cad", "sgd", "rs", "us",
];

/// Words before `May` that make it the month (`in May`), not the verb.
#[rustfmt::skip]
pub static MAY_LEADS: Words = words![
    "in", "since", "until", "by", "of", "early", "late", "mid", "last", "next", "this", "from", "to", "through",
    "during", "before", "after",
];

/// Words after a number that make it a time of day (`8 p.m.`, `10 o'clock`): no figure.
#[rustfmt::skip]
pub static CLOCK_WORDS: Words = words![
    "a.m.", "p.m.", "a.m", "p.m", "am", "pm", "o'clock", "o’clock", "a. m.", "p. m.",
];
