//! The words that shape an English figure's clause: what a metric leaves
//! out at either end, where an object or a noun phrase stops, clause
//! openers, asides, and the words a figure's start may follow.

use crate::lexicon::Words;

/// Words that end the object of a transitive change verb walking back from
/// the figure (`cut its key rate for mortgages by 25bp`): clause words, not nouns.
#[rustfmt::skip]
pub static NOT_OBJECT: Words = words![
    "and", "or", "but", "while", "which", "that", "who", "said", "says", "is", "was", "are", "were", "be", "been",
    "has", "have", "had", "will", "would", "could", "should", "may", "might", "as", "than", "after", "before",
    "since", "when", "it", "they", "he", "she", "we",
];

/// Words that begin an object but not its metric (`its 2024 growth forecast`).
#[rustfmt::skip]
pub static OBJECT_LEADS: Words = words![
    "its", "their", "his", "her", "our", "the", "a", "an", "this", "that", "these", "those",
];

/// Determiners and adverbs stripped from the left of a metric.
#[rustfmt::skip]
pub static METRIC_LEAD: Words = words![
    "the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those", "meanwhile", "and",
    "but", "while", "whereas", "also", "overall", "total", "in", "on", "at", "for", "with", "as", "so", "however",
];

/// Verbs and adverbs stripped from the right of a metric (`revenue was` → `revenue`).
#[rustfmt::skip]
pub static METRIC_TAIL: Words = words![
    "was", "were", "is", "are", "has", "have", "had", "will", "would", "could", "may", "might", "be", "been",
    "reached", "hit", "totalled", "totaled", "stood at", "came in at", "came to", "amounted to", "of", "at",
    "to", "by", "about", "around", "roughly", "nearly", "almost", "some", "more than", "over", "than", "an",
    "a", "the", "estimated", "an estimated", "also", "still", "just", "only", "reported", "posted", "recorded",
    "sharply", "slightly", "further", "expected to", "is expected to", "forecast to", "seen", "stands at",
    "stood", "stands", "came", "remained", "held", "sat", "hovered", "ended", "closed", "finished", "record",
];

/// Words that open a clause inside a sentence (`shares fell after profit
/// dropped 22%`): a metric before the verb starts after the last of them.
#[rustfmt::skip]
pub static CLAUSE_OPENERS: Words = words![
    "after", "as", "while", "when", "because", "since", "before", "although", "though", "if", "whereas", "that",
    "where", "until", "once", "unless",
    // reporting verbs: `Ping An said net profit fell`: the subject is what follows
    "said", "says", "announced", "showed", "shows",
];

/// The indefinite articles.
pub static ARTICLES: Words = words!["a", "an"];

/// Determiners, prepositions and conjunctions: never an adjective before a counted noun.
#[rustfmt::skip]
pub static STOP_WORDS: Words = words![
    "a", "an", "the", "of", "to", "in", "on", "at", "for", "by", "from", "with", "among", "between", "per",
    "each", "and", "or", "but", "than", "as", "into", "over", "under", "about", "after", "before", "during",
    "since", "until", "were", "are", "be", "been", "had", "have", "will", "would", "more", "less", "fewer",
    "that", "which", "who", "this", "these", "those", "its", "their", "his", "her", "our", "your", "my", "up",
    "down", "out", "off", "against", "within", "without", "through",
];

/// Words ending in `s` that are no counted nouns (besides the `-s` forms
/// of change verbs flagged `S_VERB`).
#[rustfmt::skip]
pub static NOT_PLURALS: Words = words![
    "was", "has", "is", "as", "its", "this", "us", "plus", "minus", "less", "unless", "thus", "does", "yes",
    "perhaps", "always", "towards", "afterwards", "besides", "whereas", "sometimes", "means", "says", "shows",
    "reports", "times",
];

/// Verbs and words after which a noun phrase starts (for `a net loss of`).
#[rustfmt::skip]
pub static NP_STOP: Words = words![
    "a", "an", "the", "its", "their", "his", "her", "our", "of", "posted", "reported", "recorded", "had", "has",
    "have", "with", "to", "for", "said", "says", "hired", "opened", "adding", "added", "was", "were", "is",
    "are", "and", "by", "from", "at", "in", "on", "than", "that", "which", "while", "as", "booked", "made",
    "paid", "raised", "announced",
];

/// Prepositions that end an object's noun phrase (`its forecast for the year`).
pub static PREPOSITIONS: Words =
    words!["on", "in", "at", "for", "with", "from", "across", "among", "of", "by", "to", "over"];

/// Prepositions that end a subject's head (`Copper prices on the London Metal Exchange`).
pub static HEAD_PREPOSITIONS: Words =
    words!["on", "in", "at", "for", "with", "from", "across", "among", "into"];

/// After an amount, where it went: `to its market value`, `off its market value`.
pub static MOVE_DIRECTIONS: Words = words!["to", "off", "from", "into"];

/// Words between `from` and a change's start: `from a record`, `from its high of`.
#[rustfmt::skip]
pub static FROM_FILLERS: Words = words![
    "a", "an", "the", "its", "their", "record", "peak", "high", "low", "of", "level", "revised",
];

/// What may stand between two figures that share a context (`5% and 7%`, `5%, 7%`).
pub static COORDINATING_GAPS: Words = words!["and", "or", ",", "and to"];

/// The end of a gap that restates the figure before (`15% of its workforce, or about 15,000 jobs`).
pub static RESTATEMENT: &str = ", or";

/// A relative pronoun opening a clause: it stands for the noun before the comma.
pub static RELATIVE_PRONOUNS: Words = words!["which", "who"];

/// Words that open an appositive after a comma (`the world's second-largest economy`).
pub static APPOSITIVE_OPENERS: Words = words!["which", "who", "whose"];

/// Words that set a clause aside (`Property investment, however, slumped`).
#[rustfmt::skip]
pub static ASIDES: Words = words!["however", "though", "too", "meanwhile", "also", "in", "turn"];
