//! English language knowledge, as tables. Rows are matched on the folded
//! (lower-case) text, so write them in lower case.
//!
//! | file | holds |
//! |---|---|
//! | [`numbers`] | number words, scales (`million`, `bn`, `lakh`), ordinals, fractions, vague amounts, multiples |
//! | [`units`] | units and counted nouns after a number, currencies before it, what a price is per |
//! | [`qualifiers`] | approximation words (`about`, `more than`), exact ones (`only`) |
//! | [`change`] | change verbs, one row per verb with all its forms; change nouns; fillers |
//! | [`periods`] | period phrases (`year on year`, `in the third quarter`) |
//! | [`names`] | what makes a number part of a name, an identifier or a year |
//! | [`clauses`] | the words that shape a figure's clause: metric leads and tails, prepositions, asides |
//! | [`sentences`] | abbreviations that do not end a sentence |
//! | [`Mark`] (below) | the particles the grammar's rules look for by role |

pub mod change;
pub mod clauses;
pub mod names;
pub mod numbers;
pub mod periods;
pub mod qualifiers;
pub mod sentences;
pub mod units;

pub use change::*;
pub use clauses::*;
pub use names::*;
pub use numbers::*;
pub use periods::*;
pub use qualifiers::*;
pub use sentences::*;
pub use units::*;

super::marks! {
    /// The particles the English grammar's rules look for, one row per role.
    pub enum Mark {
        /// Between a range's ends (`3 to 5 million`); before the level reached (`rose to 5%`).
        To => "to",
        /// Between a range's ends after `between`; inside spelled numbers (`one hundred and five`).
        And => "and",
        /// Before what a share or loss is of (`15% of its workforce`, `a loss of $2m`).
        Of => "of",
        /// Before the size of a change (`rose by 5%`).
        By => "by",
        /// Before a level reached (`closed at 17,524`).
        At => "at",
        /// Before where a change started (`from 4.1%`).
        From => "from",
        /// The article before a period (`the past five years`).
        The => "the",
        /// Before the first end of a range (`between 3% and 5%`).
        Between => "between",
        /// A sign in words: `minus 5`.
        Minus => "minus",
        /// A reading on a scale, not a count: `a magnitude 6.8 earthquake`.
        Magnitude => "magnitude",
        /// Pounds are weight after it: `weighed 2,749 pounds`, `weighing`.
        Weigh => "weigh",
        /// How many times, after a hyphen: `the 15-time winners`.
        Time => "time",
        /// A multiple: `3 times`.
        Times => "times",
        /// A multiple glued to the digits: `2x`.
        TimesSign => "x",
        /// A multiple: `a 45-fold increase`.
        Fold => "-fold",
        /// A ratio: `a 10-for-1 split`.
        ForRatio => "-for-",
        /// A ratio: `nine out of 10`.
        OutOf => "out of",
        /// A ratio: `one out of every eight`.
        Every => "every",
        /// A ratio: `one for every eleven`.
        For => "for",
        /// A ratio: `one in five`.
        In => "in",
        /// `over three years` is a span of time, not more than three years.
        Over => "over",
        /// The plural ending of a counted noun: `500 cars`.
        Plural => "s",
        /// The one scale letter read after a space: `2.33 k`.
        SpacedThousand => "k",
        /// A possessive, no plural: `Australia's`.
        Possessive => "'s",
        /// A count's subject: `the number of professions rose from 13 to 51`.
        NumberOf => "number of",
        /// Before a fraction's word in a hyphenated number: `two-and-a-half`.
        HyphenA => "-a-",
        /// A speed's time after its length: `20 metres per second`.
        Per => "per",
        /// ...which a word ending so does not have: `glass`.
        NotPlural => "ss",
        /// A decade: `the 1990s`.
        Decade => "s",
        /// The ending of a superlative after an ordinal: `second-largest`.
        Superlative => "est",
        /// The ending of an adverb: `one only`, `one simply` (no noun after `one`).
        Adverb => "ly",
        /// Between a range's ends, both included: `20 through 100`.
        Through => "through",
        /// The ending of a comparative: `twice higher`, `three times larger`.
        Comparative => "er",
        /// `no one`: a pronoun, no count.
        No => "no",
        /// The ending of a participle: `one held at the White House` (a pronoun, no noun after it).
        Participle => "ed",
        /// The ending of a present participle: `with one commenting` (a pronoun, no noun after it).
        Gerund => "ing",
    }
}
