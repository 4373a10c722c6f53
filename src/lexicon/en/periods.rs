//! English period phrases and what makes one a comparison basis.

use crate::lexicon::Words;

/// Words that make a period row a comparison basis rather than a time
/// (`year on year`, `from a year earlier`, `compared with last year`).
#[rustfmt::skip]
pub static BASIS_WORDS: Words = words![
    "on year", "over year", "y/y", "yoy", "on quarter", "on month", "on week", "earlier", "ago", "compared",
    "previous", "on the",
];

/// Period phrases. `#` is a number; a row is matched on whole words.
#[rustfmt::skip]
pub static PERIODS: Words = words![
    "year on year", "year-on-year", "year over year", "y/y", "yoy", "quarter on quarter", "quarter-on-quarter",
    "month on month", "month-on-month", "week on week", "from a year earlier", "from a year ago",
    "compared with a year earlier", "compared with a year ago", "compared with last year", "than a year earlier",
    "last year", "this year", "next year", "last month", "this month", "last quarter", "last week",
    "so far this year", "year to date", "year-to-date", "in the first half", "in the second half",
    "in the first quarter", "in the second quarter", "in the third quarter", "in the fourth quarter",
    "in the first three months", "in the first nine months", "in the three months to", "in the year to",
    "first quarter", "second quarter", "third quarter", "fourth quarter", "first half", "second half",
    "first-quarter", "second-quarter", "third-quarter", "fourth-quarter", "first-half", "second-half",
    "previous quarter", "previous year", "previous month", "the year before", "a month earlier", "a quarter earlier",
    "in the first # months", "the first # months", "in the past # years", "over the past # years",
    "in the last # years", "over the last # years", "in the past # months", "over the past # months",
    "in january", "in february", "in march", "in april", "in may", "in june", "in july", "in august",
    "in september", "in october", "in november", "in december", "in #", "in fiscal #", "in q#", "since #",
    "on an annual basis", "annualised", "annualized", "a year earlier", "a year ago", "from the previous quarter",
    "from the previous month", "from the previous year", "on the year", "on the month", "on the quarter",
];

/// Words before `the` … a number of durations that make a period, not a
/// figure: `the first 10 months` (a label of part of a year). `the past five
/// years`, `the last 12 months` state a length of time: durations.
pub static PERIOD_LEADS: Words = words!["first"];
