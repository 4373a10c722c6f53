//! What makes an English number part of something else: a name (`Boeing
//! 737`), an identifier (`flight 370`), a year (`in 2019`), a month (`in May`).

use crate::lexicon::Words;

/// Words before a number that make it a year (`in 2019`, `since 2008`).
pub static YEAR_LEADS: Words = words![
    "in", "since", "by", "until", "till", "from", "to", "of", "during", "before", "after", "early",
    "late", "mid", "year", "fiscal", "the", "for", "through", "between", "and",
];

/// Words that name a stock index (`the Nasdaq`, `Hang Seng Index`, `S&P 500`): a bare level
/// after them in the clause is in points (`The Nasdaq fell 1.6 percent to 18,276`).
#[rustfmt::skip]
pub static INDEX_NAMES: Words = words![
    "index", "indexes", "indices", "composite", "component", "nasdaq", "dow", "s&p", "sensex",
    "nifty", "nikkei", "topix", "kospi", "ftse", "dax", "cac", "stoxx", "seng", "taiex", "asx",
];

/// Words before a bare level of an index (`to 18,276`, `at 3,320`, `from 18,000`, `a record 40,888`), and
/// before `of` (`a high of 40,816`).
pub static INDEX_LEVEL_LEADS: Words = words!["to", "at", "from", "record", "high", "low", "peak", "close", "level"];

/// Verbs of money before a scaled amount with no noun, which then stays a number, not a count
/// (`raised 3 million from the gala`, `lent 3 lakh`: a sum whose currency is left out).
#[rustfmt::skip]
pub static MONEY_VERBS: Words = words![
    "raised", "raise", "lent", "lend", "paid", "pay", "spent", "spend", "cost", "costs", "donated", "earned",
    "borrowed", "invested", "owed", "owes", "fined", "charged", "worth",
];

/// Words before a spelled number that make it a rank (`the number one hit`).
pub static SPELLED_RANK_LEADS: Words = words!["number"];

/// Words before a unit of time that point at a period, no adjective of a
/// length (`16 last month`; `three academic years` is a length).
pub static TIME_DEICTICS: Words = words!["last", "next", "this", "past", "previous", "coming", "early", "late"];

/// Words after a number and a hyphen that count people (`a 50,000-strong crowd`).
pub static PEOPLE_HYPHENS: Words = words!["strong"];

/// Words before `number` that make the digits after it a rank (`world number 31`).
pub static NUMBER_RANK_LEADS: Words = words!["world"];

/// Words before `from` that make `from X to Y` a range (`ranging from 5 to 7 percent`).
pub static RANGE_FROM_LEADS: Words = words![
    "anywhere", "ranging", "range", "ranges", "ranged", "varying", "vary", "varies", "varied",
];

/// Words of time before a year older than 1800 (`since 1776`, `in 1492`).
pub static OLD_YEAR_LEADS: Words = words!["in", "since", "until", "till", "circa", "before", "after"];

/// Words before a number that make it an identifier (`flight 370`, `version 2.3`).
pub static IDENTIFIER_LEADS: Words = words![
    "flight", "version", "v", "isbn", "ticker", "code", "route", "room", "phone", "tel", "tel.",
    "call", "hotline", "fax", "type", "called", "dial", "dialed", "dialled",
];

/// Words before a number that never make it part of a name (`of 20`, `and 5`).
#[rustfmt::skip]
pub static NAME_BREAKERS: Words = words![
    "a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "by", "for", "with", "from", "now",
    "another", "all", "these", "those",
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

/// Words after `N times` that make the times occasions, a count (`scored
/// four times during the streak`, `three times a day`), not a multiple
/// (`three times the amount`, `30 times oversubscribed`).
#[rustfmt::skip]
pub static OCCASION_FOLLOWERS: Words = words![
    "during", "in", "since", "this", "last", "a", "per", "before", "after", "on", "at", "between", "within",
    "and", "or", "but", "so", "already", "while", "when", "until", "each", "every", "with", "against", "by",
    "from", "for", "today", "yesterday", "now", "there", "here",
];

/// Verbs after a number with no noun that make the number their subject, a
/// count (`three were killed`, `12 remain in hospital`).
#[rustfmt::skip]
pub static SUBJECT_VERBS: Words = words![
    "were", "are", "have", "had", "died", "remain", "remained", "survived", "escaped", "fled", "drowned",
];

/// Verbs in the past after a number at a clause's start whose subject is
/// people (`More than 1,000 attended`, `about 300 marched`).
#[rustfmt::skip]
pub static PEOPLE_SUBJECT_VERBS: Words = words![
    "attended", "marched", "gathered", "protested", "voted", "rallied", "demonstrated", "joined", "participated",
    "applied", "enrolled", "registered", "responded", "signed", "went", "came", "showed", "took", "turned",
    "walked", "queued", "lined", "stayed", "returned", "left", "testified", "resigned", "quit", "perished",
];

/// Words before a number that open a clause it may be the subject of
/// (`police said two were arrested`).
pub static SUBJECT_LEADS: Words = words!["and", "but", "said", "says", "that", "while", "when", "where"];

/// Words after a subject verb that make the count one of people (`three were
/// killed`, `two died`): the verb or its participle.
#[rustfmt::skip]
pub static PEOPLE_EVENTS: Words = words![
    "killed", "injured", "wounded", "hurt", "died", "arrested", "detained", "rescued", "missing", "hospitalized",
    "hospitalised", "charged", "survived", "drowned", "fled", "escaped", "evacuated", "jailed", "convicted",
    "dead", "sentenced", "abducted", "kidnapped", "infected", "treated", "hanged", "executed", "shot", "stabbed",
    "murdered", "slain", "beaten", "deported", "freed", "released", "trapped", "stranded",
];

/// Letters glued to a year that make a fiscal year (`FY2024`): the year is a date.
pub static FISCAL_PREFIXES: Words = words!["fy"];

/// Prefixes joined by a hyphen to a year or decade (`mid-1950s`, `pre-2008`).
pub static DATE_PREFIXES: Words = words!["mid", "pre", "post", "early", "late"];

/// Words before a number that make it a rank (`the No. 1 seed`), as the
/// text writes them up to the number.
pub static RANK_LEADS: Words = words!["no.", "#"];

/// Words after a number and a hyphen that make no counted thing of it
/// (`a three-way race`, `a five-star hotel`): the number is no count.
#[rustfmt::skip]
pub static HYPHEN_NOT_COUNTED: Words = words![
    "way", "star", "odd", "something", "plus", "ish", "sided", "all", "and", "or", "to", "for", "up",
    "out", "off", "in", "on", "year-old", "years-old",
];

/// Words a number's counted noun may follow besides adjectives: `two more
/// shots`, `three other firms`.
pub static COUNT_MODIFIERS: Words = words!["more", "other", "fewer", "additional", "extra"];

/// Determiners between `of` and a counted noun (`seven of the 12 jurors`,
/// `two of its stores`): the number before `of` counts that noun.
#[rustfmt::skip]
pub static OF_DETERMINERS: Words = words![
    "the", "its", "their", "these", "those", "his", "her", "our", "your", "my",
];

/// Pronouns after `of` that make the number before a count (`two of them`).
pub static OF_PRONOUNS: Words = words!["them", "us", "whom", "you"];

/// Pronouns after `of` that stand for people (`the two of you`, `three of us`).
pub static OF_PEOPLE_PRONOUNS: Words = words!["us", "whom", "you"];

/// Nouns for a body of people before `of` and a bare number (`a population
/// of 13 million`, `a crowd of 20,000`, `a line of approximately 300`): the
/// number counts people.
#[rustfmt::skip]
pub static PEOPLE_BODIES: Words = words![
    "population", "crowd", "city", "town", "village", "nation", "country", "workforce", "staff", "army",
    "force", "team", "group", "family", "audience", "congregation", "delegation", "line", "queue", "class",
    "community", "electorate", "membership", "contingent", "mob", "gathering", "turnout", "squad", "crew",
    // a mother of two, a father of three: the children
    "mother", "father", "parent", "mum", "mom", "dad", "grandmother", "grandfather",
];

/// Capitalized plurals after a number that count people (`4 million
/// Muslims`, `12 Democrats`); demonyms in `-ans` (`Ten Americans`) need no row.
#[rustfmt::skip]
pub static PEOPLE_GROUPS: Words = words![
    "muslims", "christians", "jews", "hindus", "sikhs", "buddhists", "catholics", "protestants", "democrats",
    "republicans", "conservatives", "liberals", "britons", "israelis", "iraqis", "pakistanis", "saudis",
    "arabs", "kurds", "turks", "filipinos", "latinos", "hispanics", "scots", "danes", "swedes", "finns", "poles",
    "czechs", "serbs", "croats", "greeks", "thais", "yemenis", "somalis", "nepalis", "bangladeshis", "qataris",
    "emiratis", "afghans", "singaporeans", "marines", "rohingya", "uighurs", "uyghurs", "tories", "mps",
];

/// The ending of a demonym plural that counts people (`Americans`, `Syrians`).
pub static DEMONYM_ENDING: &str = "ans";

/// Emergency numbers (`call 911`, `911 calls`): a number to dial, no figure,
/// before or after these words.
pub static EMERGENCY_NUMBERS: Words = words!["911", "999", "112"];
#[rustfmt::skip]
pub static EMERGENCY_WORDS: Words = words![
    "call", "calls", "called", "calling", "caller", "callers", "dial", "dialed", "dialled", "dialing",
    "dispatcher", "dispatchers", "operator", "operators", "to", "emergency",
];

/// Words before an ordinal with no noun that make it a place in an order
/// (`finished second`, `comes in second`).
#[rustfmt::skip]
pub static PLACE_LEADS: Words = words![
    "finished", "finishes", "finish", "placed", "came", "comes", "come", "ranked", "ranks", "in", "was", "is",
    "been", "home",
];

/// Verbs whose object, a number with no noun, counts people (`the quake
/// killed 12`, `the firm employs 4,500`, `police arrested three`).
#[rustfmt::skip]
pub static PEOPLE_OBJECT_VERBS: Words = words![
    "killed", "killing", "kills", "kill", "injured", "injuring", "injures", "wounded", "wounding", "arrested",
    "arresting", "arrests", "detained", "detaining", "rescued", "rescuing", "evacuated", "evacuating",
    "employs", "employed", "employing", "employ", "hired", "hiring", "hires", "sickened", "displaced",
    "displacing", "interviewed", "surveyed", "polled", "charged", "indicted", "executed", "deported",
    "released", "freed", "hospitalized", "hospitalised", "kidnapped", "abducted", "stabbed", "shot", "treated",
    "treating", "vaccinated", "tested", "screened", "admitted", "recruited", "trained", "housed", "sheltered",
];

/// Words after a number with no noun that make it a count of people (`the
/// 40 arrested`, `12 dead`, `three missing`): participles and adjectives of
/// what befell them.
#[rustfmt::skip]
pub static PEOPLE_STATES: Words = words![
    "killed", "injured", "wounded", "hurt", "dead", "arrested", "detained", "rescued", "missing", "hospitalized",
    "hospitalised", "evacuated", "displaced", "infected", "aboard", "onboard",
];

/// Words before a spelled number with no noun after it that make it a time
/// of day (`at five`, `until nine`, `half past six`): no figure.
pub static SPELLED_CLOCK_LEADS: Words = words!["at", "until", "till", "past", "before", "after", "around"];

/// Nouns before a spelled number that make it a label, not a count (`phase
/// two`, `game seven`, `number one`, `day three of the trial`).
#[rustfmt::skip]
pub static SPELLED_LABEL_LEADS: Words = words![
    "number", "phase", "stage", "round", "game", "day", "week", "season", "part", "level", "grade", "category",
    "chapter", "page", "act", "episode", "step", "tier", "class", "channel", "gate", "terminal", "platform",
    "track", "zone", "year", "row", "section", "article", "amendment", "question", "item", "option", "plan",
    "term", "line", "size", "apollo", "formula", "catch", "no", "version", "type", "volume", "book",
];

/// Words before `one` that make it a pronoun or a word, not a count (`the
/// one`, `no one`, `each one`, `this one`).
#[rustfmt::skip]
pub static ONE_NOT_AFTER: Words = words![
    "the", "no", "any", "every", "each", "this", "that", "which", "another", "someone", "last", "little",
    "big", "right", "wrong", "new", "old", "other", "such", "same",
];

/// Words after `one` that make it a pronoun, not a count (`one must`, `one
/// who`, `one such`): modal and auxiliary verbs, relatives, determiners.
#[rustfmt::skip]
pub static ONE_NOT_BEFORE: Words = words![
    "must", "can", "could", "would", "should", "might", "may", "will", "shall", "cannot", "who", "which", "that",
    "such", "else", "too", "very", "really", "never", "ever", "also", "likes", "knows", "thinks",
    "wonders", "gets", "sees", "finds", "hears", "feels", "needs", "wants", "has", "had", "does", "did", "is",
    "was", "off", "two", "three", "four", "five", "big", "another", "other", "last", "here", "there", "where",
    "what", "and", "or", "nor",
    "hell", "heck", "estimate", "measure", "account", "count", "reckoning", "analysis", "calculation",
    "instance", "occasion", "example",
    // irregular participles: `one held at the White House`
    "held", "made", "built", "found", "left", "taken", "given", "seen", "known", "written", "said", "told",
    "sold", "shown", "brought", "bought", "kept", "won", "lost", "set", "put", "run", "led", "paid",
];

/// Verbs between a person and an age (`I was eight`, `she turned 40`).
pub static AGE_COPULAS: Words = words!["was", "is", "turned", "turns", "turn", "be"];

/// Pronouns for one person, the subject of an age (`when I was about eight`).
pub static PERSON_PRONOUNS: Words = words!["i", "he", "she", "you"];

/// Verbs after a fraction that make it the subject, a share (`a third said`,
/// `a quarter say`), besides the subject verbs and any `-ed` form.
pub static SHARE_VERBS: Words = words!["said", "say", "says", "stayed", "want", "wants", "think", "believe", "own", "live"];

/// Nouns for a count of the dead or hurt before a bare number (`the death
/// toll rose to 45`): the number counts people.
pub static TOLL_WORDS: Words = words!["toll", "tolls"];

/// Bounds that are of age before a bare number (`older than 65`).
pub static AGE_BOUNDS: Words = words!["older", "younger"];

/// Bounds before a bare number that are of age after people (`children under 5`).
pub static AGE_PEOPLE_BOUNDS: Words = words!["over", "under", "above", "below", "aged"];

/// People before `over`/`under` and a bare number, whose age it is.
#[rustfmt::skip]
pub static AGE_HOLDERS: Words = words![
    "people", "those", "us", "children", "kids", "adults", "women", "men", "patients", "residents", "anyone",
    "everyone", "seniors", "girls", "boys", "americans", "workers", "drivers", "voters", "smokers",
];

/// Words before a lone `one` at a clause's end that make it a margin or a
/// change (`won by one`, `trailed by one`), besides the change words (`down one`).
pub static MARGIN_LEADS: Words = words!["by"];

/// Words before a bare number that compare it with a count of things just
/// named (`50 million iPhones, down from 56 million`, `35 saves, including
/// 15 in the third period`): it counts them too.
pub static ELIDED_LEADS: Words = words!["from", "to", "with", "than", "versus", "vs", "including"];

/// Words that join two adjectives before a counted noun (`13,000 false or
/// misleading claims`, `40 new and used cars`).
pub static ADJECTIVE_JOINS: Words = words!["or", "and"];

/// Adverbs before an age between commas (`Now 74, the singer…`, `Smith, now 45, said`, `Ressam, then 32 and…`).
pub static AGE_ADVERBS: Words = words!["now", "then"];

/// Words between two years that make one span of them (`from 1993 to 2002`,
/// `between 2010 and 2015`; `and` only after `between`).
pub static YEAR_SPAN_WORDS: Words = words!["to", "through", "until", "till", "and"];

/// Words before `from` that make two years a date moved, not a span
/// (`postponed from 2020 to 2021`).
#[rustfmt::skip]
pub static DATE_MOVE_LEADS: Words = words![
    "postponed", "delayed", "moved", "pushed", "shifted", "back", "forward", "rescheduled", "changed",
];

/// Time zones after a clock time in four digits (`2035 GMT`): a time, no year.
#[rustfmt::skip]
pub static TIME_ZONES: Words = words![
    "gmt", "utc", "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "bst", "cet", "cest", "jst",
    "hkt", "sgt", "aest", "aedt", "msk", "ist",
];

/// Words after a number that make it a street (`32nd Street`, `Fifth Avenue`).
#[rustfmt::skip]
pub static STREET_WORDS: Words = words![
    "street", "st", "avenue", "ave", "road", "rd", "boulevard", "blvd", "drive", "lane", "parkway",
];

/// Nouns after a decimal number that make it a magnitude (`a 7.8 quake`).
pub static QUAKE_NOUNS: Words = words!["quake", "earthquake", "temblor", "tremor", "aftershock"];

/// Periods after `twice a` that make it a frequency, not a multiple
/// (`twice a season`), besides the units of time (`twice a year`).
pub static FREQUENCY_PERIODS: Words = words!["season", "night", "term", "semester", "game", "lifetime"];

/// Denominators of a share said with `of` and no determiner (`eight of ten
/// kids`, `nine of 10`): a ratio (`seven of the 12` counts).
pub static SHARE_DENOMINATORS: &[f64] = &[10.0, 100.0];
