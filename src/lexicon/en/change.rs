//! English change words: verbs that say a figure rose or fell (one row per
//! verb, every form written out), the nouns after a figure that say so
//! (`a 5% rise`), and the words allowed between a change word and its figure.

use crate::lexicon::WordTable;
use crate::lexicon::Words;

/// The subject of the verb is an actor, not what changed: its object is
/// the metric (`Intel will cut 15% of its workforce`).
pub const ACTOR: u8 = 1;
/// Also means raising money or lifting a ban (`raised $500k`): a change
/// only with an object or `by`.
pub const RAISES: u8 = 2;
/// Its `-s` form after a number is the verb (`5% rises`), not a counted noun.
pub const S_VERB: u8 = 4;

const RISE: bool = true;
const FALL: bool = false;

/// Change words: (every form, separated by `|`; a rise?; flags). A form
/// may be a phrase (`edged up`) or an adverb (`up`, `higher`).
#[rustfmt::skip]
pub static CHANGE_VERBS: &[(&str, bool, u8)] = &[
    ("rise|rises|rising|rose|risen", RISE, S_VERB),
    ("climb|climbs|climbing|climbed", RISE, S_VERB),
    ("jump|jumps|jumping|jumped", RISE, S_VERB),
    ("gain|gains|gaining|gained", RISE, S_VERB),
    ("increase|increases|increasing|increased", RISE, S_VERB),
    ("grow|grows|growing|grew|grown", RISE, S_VERB),
    ("widen|widened", RISE, 0),
    ("surge|surging|surged", RISE, 0),
    ("soar|soaring|soared", RISE, 0),
    ("rebounding|rebounded", RISE, 0),
    ("rallied", RISE, 0),
    ("advanced", RISE, 0),
    ("expanding|expanded", RISE, 0),
    ("accelerating|accelerated", RISE, 0),
    ("spiked", RISE, 0),
    ("leapt|leaped", RISE, 0),
    ("strengthened", RISE, 0),
    ("firmed", RISE, 0),
    ("quickened", RISE, 0),
    ("swelling|swelled", RISE, 0),
    ("raise|raises|raising|raised", RISE, ACTOR | RAISES),
    ("lift|lifts|lifting|lifted", RISE, ACTOR | RAISES),
    ("hike|hikes|hiking|hiked", RISE, ACTOR),
    ("boost|boosts|boosting|boosted", RISE, ACTOR),
    ("adding|added", RISE, ACTOR),
    ("up|higher|more|edged up|ticked up", RISE, 0),
    ("fall|falls|falling|fell|fallen", FALL, S_VERB),
    ("drop|drops|dropping|dropped", FALL, S_VERB),
    ("slip|slips|slipped", FALL, S_VERB),
    ("decline|declines|declining|declined", FALL, S_VERB),
    ("narrow|narrowed", FALL, 0),
    ("shrink|shrinking|shrank|shrunk", FALL, 0),
    ("slump|slumped", FALL, 0),
    ("plunge|plunging|plunged", FALL, 0),
    ("plummeting|plummeted", FALL, 0),
    ("tumbling|tumbled", FALL, 0),
    ("sinking|sank", FALL, 0),
    ("decrease|decreased", FALL, 0),
    ("ease|easing|eased", FALL, 0),
    ("weakened", FALL, 0),
    ("losing|lost", FALL, 0),
    ("slow|slowing|slowed", FALL, 0),
    ("contracting|contracted", FALL, 0),
    ("sliding|slid", FALL, 0),
    ("retreated", FALL, 0),
    ("dip|dipped", FALL, 0),
    ("tanked", FALL, 0),
    ("crashed", FALL, 0),
    ("cut|cuts|cutting", FALL, ACTOR),
    ("lowers|lowering|lowered", FALL, ACTOR),
    ("reduce|reduces|reducing|reduced|reduction", FALL, ACTOR),
    ("trim|trims|trimming|trimmed", FALL, ACTOR),
    ("slash|slashing|slashed", FALL, ACTOR),
    ("down|lower|less|fewer|edged down|ticked down", FALL, 0),
];

/// Phrases that begin with a change word and state no change: qualifiers
/// (`up to`, `more than`) and idioms (`cut off`).
#[rustfmt::skip]
pub static NOT_CHANGE: Words = words![
    "up to", "set up", "cut off", "down to earth", "more than", "less than", "fewer than",
];

/// A change word before `by` that states a margin, not a change: `lost by 537 votes`.
pub static MARGIN_WORDS: Words = words!["lost"];

/// Nouns after a figure that say it was a change: `a 5% rise`.
#[rustfmt::skip]
pub static CHANGE_NOUNS: WordTable<bool> = word_rows![
    ("rise", true), ("increase", true), ("gain", true), ("jump", true), ("growth", true), ("surge", true),
    ("climb", true), ("rally", true), ("hike", true), ("fall", false), ("drop", false), ("decline", false),
    ("decrease", false), ("slide", false), ("slump", false), ("cut", false), ("reduction", false), ("loss", false),
    ("contraction", false), ("plunge", false), ("dip", false), ("higher", true), ("lower", false),
    ("stronger", true), ("weaker", false),
];

/// Words allowed between a change word and its figure (`rose by 5%`, `fell to 3.8%`).
#[rustfmt::skip]
pub static CHANGE_FILLERS: Words = words![
    "by", "to", "from", "record", "new", "fresh", "all-time", "a", "an", "the", "its", "their", "his", "her", "of", "as much as", "another", "some",
    "further", "sharply", "slightly", "nearly", "almost",
    "at", "annualised", "annualized", "seasonally", "adjusted", "an annual rate of", "just", "about",
];

/// Change words allowed in the words between a changed figure and the level
/// it reached (`fell 4.3% in March to 4.19 million`).
pub static LEVEL_GAP_WORDS: Words = words!["to", "up", "down"];

/// Before a figure: where a change started (`up from $72.4 billion`): (words, a rise?).
pub static FROM_PHRASES: &[(&str, bool)] = &[("up from", true), ("down from", false)];

/// Verbs that keep a figure where it was and govern its object (`kept its repo rate at 6.5%`).
pub static HOLD_VERBS: Words = words![
    "kept",
    "keeps",
    "keep",
    "held",
    "holds",
    "left",
    "maintained",
    "maintains",
    "set",
    "priced",
    "pegged",
];

/// Verbs that move an amount into or out of something (`adding $277 billion
/// to its market value`, `wiping $60 billion off`): the metric is that thing.
#[rustfmt::skip]
pub static MOVE_VERBS: Words = words![
    "adding", "added", "wiping", "wiped", "erasing", "erased", "knocking", "knocked", "shaving", "shaved",
    "lopping", "lopped", "stripping", "stripped",
];

/// Verbs before `X to Y` that make it a ratio, not a range (`voted 7 to 2`).
#[rustfmt::skip]
pub static RATIO_VERBS: Words = words![
    "voted", "vote", "ruled", "outnumber", "outnumbers", "outnumbered", "margin", "split",
];
