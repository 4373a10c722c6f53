//! The English grammar around numbers: spelled numbers, scale words, units
//! and counted nouns after a number, qualifiers and currencies before it,
//! dates, ordinals, multiples and the names a number can be part of.
//!
//! Works on the folded (lower-case) characters of a block, word by word.

use super::numeral::{ascii_digit, Num};
use super::scan::{Draft, Tail};
use super::text::BlockText;
use crate::lexicon::{self, en};
use crate::model::{Change, Kind};

pub fn is_word_char(c: char) -> bool {
    c.is_ascii_alphanumeric()
}

/// Does a word end at `i` (no letter or digit follows)?
fn boundary_at(bt: &BlockText, i: usize) -> bool {
    bt.get(i).is_none_or(|c| !is_word_char(c))
}

/// Does a word start at `i`?
pub fn word_start(bt: &BlockText, i: usize) -> bool {
    bt.get(i).is_some_and(is_word_char)
        && i.checked_sub(1)
            .and_then(|k| bt.get(k))
            .is_none_or(|c| !is_word_char(c) && c != '\'')
}

/// End of the word at `i` (letters, digits, inner hyphens and apostrophes).
pub fn word_end(bt: &BlockText, i: usize) -> usize {
    let mut k = i;
    while let Some(c) = bt.get(k) {
        if is_word_char(c)
            || ((c == '-' || c == '\'')
                && bt.get(k + 1).is_some_and(|n| n.is_ascii_alphanumeric())
                && k > i)
        {
            k += 1;
        } else {
            break;
        }
    }
    k
}

/// Spaces a phrase may have between words: one space, a no-break or thin space.
fn is_space(c: char) -> bool {
    matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\u{2009}')
}

/// The longest row of `lex` at `i` that ends on a word boundary.
fn phrase_at(bt: &BlockText, i: usize, lex: &lexicon::Lex) -> Option<(usize, usize)> {
    let (e, row) = bt.lex_at(i, lex)?;
    let last = bt.get(e.checked_sub(1)?)?;
    (!is_word_char(last) || boundary_at(bt, e)).then_some((e, row))
}

/// The longest row of `lex` ending at `i` (after skipping spaces back), starting on a word boundary.
fn phrase_before(
    bt: &BlockText,
    floor: usize,
    i: usize,
    lex: &lexicon::Lex,
) -> Option<(usize, usize)> {
    let mut k = i;
    while k > floor && bt.get(k - 1).is_some_and(is_space) {
        k -= 1;
    }
    let (s, row) = bt.lex_before(floor.max(k.saturating_sub(24)), k, lex)?;
    let first_is_word = bt.get(s).is_some_and(is_word_char);
    (!first_is_word || word_start(bt, s)).then_some((s, row))
}

/// Skip one run of spaces after `j`.
fn skip_space(bt: &BlockText, j: usize) -> usize {
    let mut k = j;
    while bt.get(k).is_some_and(is_space) && k < j + 2 {
        k += 1;
    }
    k
}

/// A spelled number at word start `i`: `twenty-three`, `one hundred and five`,
/// `a dozen`, `half a million`. Its value and end.
pub fn spelled(bt: &BlockText, i: usize) -> Option<(f64, usize)> {
    let (mut total, mut current) = (0.0f64, 0.0f64);
    let mut end = None;
    let mut k = i;
    loop {
        if let Some((e, row)) = phrase_at(bt, k, lexicon::en_number_words()) {
            let v = en::NUMBER_WORDS[row].1;
            // `one two` is not a number; `hundred five` only after `and`
            if end.is_some() && !(current > 0.0 && (current / 100.0).fract() == 0.0 && v < 100.0) {
                break;
            }
            current = if v >= 100.0 && current > 0.0 {
                current * v
            } else {
                current + v
            };
            k = e;
            // twenty-three
            if bt.get(k) == Some('-') {
                if let Some((e2, r2)) = phrase_at(bt, k + 1, lexicon::en_number_words())
                    .filter(|&(_, r2)| en::NUMBER_WORDS[r2].1 < 10.0)
                {
                    current += en::NUMBER_WORDS[r2].1;
                    k = e2;
                }
            }
            end = Some(k);
        } else if end.is_some() {
            let scale = phrase_at(bt, k, lexicon::en_scales()).filter(|&(e, _)| e - k > 2);
            if let Some((e, row)) = scale {
                let f = en::SCALES[row].1;
                if f == 100.0 {
                    current *= 100.0;
                } else {
                    total += current * f;
                    current = 0.0;
                }
                k = e;
                end = Some(k);
            } else if let Some(a) = bt.starts(k, "and ").filter(|_| current >= 100.0) {
                // one hundred and five
                k = a;
                continue;
            } else {
                break;
            }
        } else {
            return None;
        }
        let s = skip_space(bt, k);
        if s == k {
            break;
        }
        k = s;
    }
    end.map(|e| (total + current, e))
}

/// What follows a number in English: a scale word, then a unit or a counted
/// noun (`3.5 million barrels`, `$3bn`, `7 percent`, `500 people`, `2x`).
pub fn tail(bt: &BlockText, j: usize) -> Option<Tail> {
    let mut k = j;
    let mut factor = 1.0;
    let mut scaled = false;
    // 3bn, 5m, 10k: a scale glued to the digits; 3 billion: after a space
    for glued in [true, false] {
        let s = if glued { k } else { skip_space(bt, k) };
        if s == k && !glued {
            continue;
        }
        if let Some((e, row)) = phrase_at(bt, s, lexicon::en_scales()) {
            let word = bt.original(s, e);
            // 1.2 lakh crore: a second scale multiplies the first
            let second = {
                let s2 = skip_space(bt, e);
                phrase_at(bt, s2, lexicon::en_scales()).filter(|&(e2, _)| s2 > e && e2 - s2 > 2)
            };
            // a lone `m` after a space is metres; 3M and 5B glued in capitals are names
            let capital_letter = word.len() == 1 && word.chars().all(|c| c.is_ascii_uppercase());
            if (glued && !capital_letter) || (!glued && word.len() > 1 && word != "mm") {
                factor = en::SCALES[row].1;
                k = e;
                if let Some((e2, r2)) = second {
                    factor *= en::SCALES[r2].1;
                    k = e2;
                }
                scaled = true;
                break;
            }
        }
    }
    let tail = |end, kind, unit, f: f64| {
        Some(Tail {
            end,
            kind,
            unit,
            factor: factor * f,
            approx: false,
            hundredths: 0,
            per: None,
        })
    };
    if bt.get(k) == Some('%') {
        return tail(k + 1, Kind::Percent, Some("%"), 1.0);
    }
    // 2x, 3 times
    if !scaled && bt.get(k) == Some('x') && boundary_at(bt, k + 1) {
        return tail(k + 1, Kind::Multiple, None, 1.0);
    }
    let s = if bt.get(k).is_some_and(is_space) {
        skip_space(bt, k)
    } else if bt.get(k) == Some('-') && !scaled {
        k + 1
    } else {
        k
    };
    if let Some(e) = bt
        .starts(s, "times")
        .filter(|&e| boundary_at(bt, e) && !scaled)
    {
        return tail(e, Kind::Multiple, None, 1.0);
    }
    // a 45-fold increase
    if let Some(e) = bt
        .starts(k, "-fold")
        .filter(|&e| boundary_at(bt, e) && !scaled)
    {
        return tail(e, Kind::Multiple, None, 1.0);
    }
    if let Some((e, row)) = phrase_at(bt, s, lexicon::en_units()) {
        let r = &en::UNITS[row];
        // Single letters count only glued to the digits, in their own case: 20p, 30C, 86F (not 5G).
        let letter = bt.original(s, e);
        let cased = matches!(letter, "p" | "C" | "F");
        if e - s > 1 || (s == j && cased) {
            return tail(e, r.kind, r.unit(), r.factor());
        }
    }
    // 9.2 million registered voters, 1,245 new cases: up to two adjectives before the noun
    if s > k || scaled {
        let mut w = if s > k { s } else { skip_space(bt, k) };
        for _ in 0..3 {
            let e = word_end(bt, w);
            let token = bt.original(w, e);
            // new, registered, electoral; F-35 (a model name with digits and letters)
            // new, registered, Chinese, electoral
            let lower = token.chars().all(|c| c.is_ascii_alphabetic() || c == '-');
            let model = token.chars().any(|c| c.is_ascii_digit())
                && token.chars().any(|c| c.is_ascii_alphabetic());
            let adjective = e > w
                && (lower || model)
                && !is_function_word(bt.folded(w, e))
                && !is_stop_word(bt.folded(w, e));
            let next = skip_space(bt, e);
            if !adjective || next == e {
                break;
            }
            if let Some((ue, row)) = phrase_at(bt, next, lexicon::en_units())
                .filter(|&(_, r)| en::UNITS[r].kind == Kind::Count)
            {
                let r = &en::UNITS[row];
                return tail(ue, r.kind, r.unit(), r.factor());
            }
            // 50 F-35 jets: a model name, then a plural noun
            let ne = word_end(bt, next);
            let noun = bt.folded(next, ne);
            if noun.len() >= 3
                && (noun.ends_with('s') || is_invariant_plural(noun))
                && !noun.ends_with("ss")
                && !is_function_word(noun)
                && !is_stop_word(noun)
            {
                return tail(ne, Kind::Count, None, 1.0);
            }
            w = next;
        }
    }
    // 500 cars, 3.2 million cars, 50 million iPhones: a plural noun after the number counts things
    if s > k && bt.get(s).is_some_and(|c| c.is_ascii_alphabetic()) {
        let e = word_end(bt, s);
        let word = bt.folded(s, e);
        let original = bt.original(s, e);
        let lower_start = original
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_lowercase());
        let plural = (word.ends_with('s') && !word.ends_with("ss")) || is_invariant_plural(word);
        if word.len() >= 3 && plural && lower_start && !is_function_word(word) {
            return tail(e, Kind::Count, None, 1.0);
        }
    }
    if scaled {
        return tail(k, Kind::Number, None, 1.0);
    }
    None
}

/// The unit a price is per, after it: `$82.45 a barrel`, `20 dollars per person`, `£11.44 an hour`.
pub fn per_after(bt: &BlockText, end: usize) -> Option<(String, usize)> {
    let s = skip_space(bt, end);
    if s == end {
        return None;
    }
    let w = ["a ", "an ", "per ", "each "]
        .iter()
        .find_map(|p| bt.starts(s, p))?;
    let e = word_end(bt, w);
    if e == w {
        return None;
    }
    let unit = match phrase_at(bt, w, lexicon::en_units()) {
        Some((ue, row)) => (
            en::UNITS[row]
                .unit()
                .unwrap_or(en::UNITS[row].word)
                .to_string(),
            ue,
        ),
        None => (bt.folded(w, e).to_string(), e),
    };
    // `a share`, `a month`, `an hour`, `per person`, not `a record`
    matches!(
        unit.0.as_str(),
        "share"
            | "barrel"
            | "gal"
            | "person"
            | "month"
            | "hour"
            | "year"
            | "week"
            | "day"
            | "oz"
            | "t"
            | "kg"
            | "lb"
            | "L"
            | "head"
            | "ton"
            | "unit"
            | "night"
            | "ticket"
            | "kWh"
            | "m2"
            | "ft2"
    )
    .then_some(unit)
}

/// Nouns whose plural is the singular (`83 aircraft`).
fn is_invariant_plural(w: &str) -> bool {
    matches!(
        w,
        "aircraft"
            | "sheep"
            | "fish"
            | "deer"
            | "species"
            | "series"
            | "livestock"
            | "cattle"
            | "offspring"
            | "units"
    )
}

/// Determiners, prepositions and conjunctions: never an adjective before a counted noun.
fn is_stop_word(w: &str) -> bool {
    matches!(
        w,
        "a" | "an"
            | "the"
            | "of"
            | "to"
            | "in"
            | "on"
            | "at"
            | "for"
            | "by"
            | "from"
            | "with"
            | "among"
            | "between"
            | "per"
            | "each"
            | "and"
            | "or"
            | "but"
            | "than"
            | "as"
            | "into"
            | "over"
            | "under"
            | "about"
            | "after"
            | "before"
            | "during"
            | "since"
            | "until"
            | "were"
            | "are"
            | "be"
            | "been"
            | "had"
            | "have"
            | "will"
            | "would"
            | "more"
            | "less"
            | "fewer"
            | "that"
            | "which"
            | "who"
            | "this"
            | "these"
            | "those"
            | "its"
            | "their"
            | "his"
            | "her"
            | "our"
            | "your"
            | "my"
            | "up"
            | "down"
            | "out"
            | "off"
    )
}

/// Words ending in `s` that are no counted nouns.
fn is_function_word(w: &str) -> bool {
    matches!(
        w,
        "was"
            | "has"
            | "is"
            | "as"
            | "its"
            | "this"
            | "us"
            | "plus"
            | "minus"
            | "less"
            | "unless"
            | "thus"
            | "does"
            | "yes"
            | "perhaps"
            | "always"
            | "towards"
            | "afterwards"
            | "besides"
            | "whereas"
            | "sometimes"
            | "rises"
            | "falls"
            | "gains"
            | "drops"
            | "jumps"
            | "climbs"
            | "increases"
            | "declines"
            | "grows"
            | "slips"
            | "means"
            | "says"
            | "shows"
            | "reports"
            | "times"
    )
}

/// An approximation before the figure (`about`, `more than`, `an estimated`): where it starts.
pub fn approx_before(bt: &BlockText, floor: usize, start: usize) -> Option<usize> {
    let (s, _) = phrase_before(bt, floor, start, lexicon::en_approx_before())?;
    // `some` and `over` qualify only a number right after them
    Some(s)
}

/// A currency written before the amount (`$`, `US$`, `HK$`, `€`, `USD `, `Rs`): where it starts and its code.
pub fn currency_before(
    bt: &BlockText,
    floor: usize,
    start: usize,
) -> Option<(usize, &'static str)> {
    let from = floor.max(start.saturating_sub(5));
    let (s, row) = bt.lex_before(from, start, lexicon::en_currency_prefixes())?;
    let word = bt.get(s).is_some_and(|c| c.is_ascii_alphabetic());
    (!word || word_start(bt, s)).then(|| (s, en::CURRENCY_PREFIXES[row].1))
}

/// `minus 5`: where the sign word starts.
pub fn minus_before(bt: &BlockText, floor: usize, start: usize) -> Option<usize> {
    let mut k = start;
    while k > floor && bt.get(k - 1).is_some_and(is_space) {
        k -= 1;
    }
    bt.ends(k, "minus")
        .filter(|&s| s >= floor && word_start(bt, s))
}

/// ` to `, ` and ` (after `between`), `–` with a currency again: where the second number starts.
pub fn range_next(
    bt: &BlockText,
    end: usize,
    between: bool,
    to_allowed: impl FnOnce() -> bool,
) -> Option<usize> {
    let s = skip_space(bt, end);
    let after = |k: usize| {
        let k = skip_space(bt, k);
        // $1m–$2m
        currency_after(bt, k).unwrap_or(k)
    };
    if s > end {
        // `to_allowed` reads the words before the number: only asked when `to` follows.
        if let Some(e) = bt.starts(s, "to ").filter(|_| !between && to_allowed()) {
            return Some(after(e));
        }
        if let Some(e) = bt.starts(s, "and ").filter(|_| between) {
            return Some(after(e));
        }
    }
    if matches!(bt.get(end), Some('–' | '—' | '-')) && currency_after(bt, end + 1).is_some() {
        return currency_after(bt, end + 1);
    }
    None
}

fn currency_after(bt: &BlockText, k: usize) -> Option<usize> {
    let (e, _) = bt.lex_at(k, lexicon::en_currency_prefixes())?;
    bt.get(e).and_then(ascii_digit).map(|_| e)
}

/// A year or a date that starts with the number `n`: `2019`, `12 May 2024`, `the 1990s`.
pub fn date_number(bt: &BlockText, n: &Num) -> Option<Draft> {
    if !n.arabic || n.decimal || n.multiplied || n.separated {
        return None;
    }
    let v = n.low;
    // 1990s: a decade
    if n.int_digits == 4
        && (v / 10.0).fract() == 0.0
        && bt.get(n.end) == Some('s')
        && boundary_at(bt, n.end + 1)
    {
        let mut d = Draft::new(n.start, n.end + 1, Kind::Date, Some(v));
        (d.low, d.high) = (Some(v), Some(v + 9.0));
        d.iso = Some(format!("{:03}", (v / 10.0) as u32));
        return Some(d);
    }
    // 12 May 2024, 12 May
    if (1.0..=31.0).contains(&v) && n.int_digits <= 2 {
        let s = skip_space(bt, n.end);
        if s > n.end {
            if let Some((e, row)) = phrase_at(bt, s, lexicon::en_months()) {
                let month = en::MONTHS[row].1;
                let (year, end) = year_after(bt, e).map_or((None, e), |(y, e)| (Some(y), e));
                return Some(date_draft(n.start, end, year, Some(month), Some(v as u32)));
            }
        }
    }
    // 2019: a year standing alone, in English (1862套 is a count)
    let latin_edge = |c: Option<char>| {
        c.is_none_or(|c| c.is_ascii() && !c.is_ascii_alphanumeric() || is_space(c))
    };
    if n.int_digits == 4
        && (1800.0..=2100.0).contains(&v)
        && latin_edge(bt.get(n.end))
        && latin_edge(n.start.checked_sub(1).and_then(|k| bt.get(k)))
    {
        let mut d = Draft::new(n.start, n.end, Kind::Date, Some(v));
        d.iso = Some(format!("{:04}", v as u32));
        return Some(d);
    }
    None
}

/// `, 2024` or ` 2024` after a month or day: the year and where it ends.
fn year_after(bt: &BlockText, e: usize) -> Option<(u32, usize)> {
    let mut k = e;
    if bt.get(k) == Some(',') {
        k += 1;
    }
    let s = skip_space(bt, k);
    if s == k && bt.get(k).and_then(ascii_digit).is_none() {
        return None;
    }
    let n = super::numeral::parse(&bt.cs, s)?;
    (n.arabic
        && n.int_digits == 4
        && !n.decimal
        && !n.multiplied
        && !n.separated
        && (1000.0..=2100.0).contains(&n.low)
        && boundary_at(bt, n.end))
    .then_some((n.low as u32, n.end))
}

fn date_draft(
    start: usize,
    end: usize,
    year: Option<u32>,
    month: Option<u32>,
    day: Option<u32>,
) -> Draft {
    let mut d = Draft::new(start, end, Kind::Date, year.map(f64::from));
    d.iso = match (year, month, day) {
        (Some(y), Some(m), Some(dd)) => Some(format!("{y:04}-{m:02}-{dd:02}")),
        (Some(y), Some(m), None) => Some(format!("{y:04}-{m:02}")),
        (Some(y), None, _) => Some(format!("{y:04}")),
        (None, Some(m), Some(dd)) => Some(format!("--{m:02}-{dd:02}")),
        (None, Some(m), None) => Some(format!("--{m:02}")),
        (None, None, _) => None,
    };
    d
}

/// 3rd, 21st, 2nd: an ordinal written in digits. Its end.
pub fn ordinal_suffix(bt: &BlockText, n: &Num) -> Option<usize> {
    if !n.arabic || n.decimal || n.multiplied {
        return None;
    }
    ["st", "nd", "rd", "th"]
        .iter()
        .find_map(|s| bt.starts(n.end, s))
        .filter(|&e| boundary_at(bt, e) || bt.get(e) == Some('-'))
}

/// A number inside a name: `Boeing 737`, `Windows 11`, `Formula 1`, `Section 230`.
/// True when the word before is capitalized mid-sentence and is no month or lead word.
pub fn is_name_number(bt: &BlockText, n: &Num) -> bool {
    let (s, k) = span_before(bt, n.start, |c| c.is_ascii_alphanumeric());
    if k == n.start || k == 0 || s == k {
        return false;
    }
    // Boeing, iPhone, eBay: a capital anywhere in the word
    let capital = bt.original(s, k).chars().any(|c| c.is_ascii_uppercase());
    // Sentence-initial words are capitalized anyway.
    let sentence_start = starts_sentence(bt, s);
    let word = bt.folded(s, k);
    // the Group of 20
    if word == "of" {
        let (r, q) = span_before(bt, s, |c| c.is_ascii_alphabetic());
        let group_start = starts_sentence(bt, r);
        if r < q
            && bt
                .original(r, r + 1)
                .chars()
                .all(|c| c.is_ascii_uppercase())
            && !group_start
        {
            return true;
        }
    }
    let lead = lexicon::en_months().contains(word)
        || lexicon::en_exact_before().contains(word)
        || matches!(
            word,
            "a" | "an"
                | "the"
                | "and"
                | "or"
                | "but"
                | "of"
                | "to"
                | "in"
                | "on"
                | "at"
                | "by"
                | "for"
                | "with"
                | "from"
        )
        || en::YEAR_LEADS.contains(word)
        || lexicon::en_approx_before().contains(word)
        || lexicon::en_change_words().contains(word);
    let _ = sentence_start;
    capital
        && !lead
        && !word
            .chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
        || word.len() >= 2
            && bt.original(s, k).chars().all(|c| c.is_ascii_uppercase())
            && !lead
            && n.int_digits <= 3
            && !matches!(
                word,
                "usd"
                    | "eur"
                    | "gbp"
                    | "rmb"
                    | "cny"
                    | "hkd"
                    | "jpy"
                    | "inr"
                    | "chf"
                    | "aud"
                    | "cad"
                    | "sgd"
                    | "rs"
                    | "us"
            )
}

/// A figure that starts with an English word at `i`: spelled numbers with a
/// unit, ordinals, fractions, multiples, `one in five`, and dates that start
/// with a month. `Err` carries where to resume.
pub fn word_figure(bt: &BlockText, i: usize, floor: usize) -> Result<Draft, usize> {
    let end = word_end(bt, i);
    let skip = Err(end);
    let has_digit = bt.cs[i..end].iter().any(|c| c.is_ascii_digit());
    // Most words start no figure: one lookup over every table says so.
    if !has_digit && bt.lex_at(i, lexicon::en_starters()).is_none() {
        return skip;
    }
    // flight MH370, CA981: letters and digits after an identifier word
    if has_digit {
        let (s, k) = span_before(bt, i, |c| c.is_ascii_alphabetic());
        // PM2.5, A320-200: the code runs on over dots and hyphens between digits
        let mut e = end;
        while matches!(bt.get(e), Some('.' | '-'))
            && bt.get(e + 1).is_some_and(|c| c.is_ascii_alphanumeric())
        {
            e = word_end(bt, e + 1);
        }
        // MH370, MU5735: two capitals and three or four digits is a flight or a code
        let code = bt.original(i, end);
        let letters = code.chars().take_while(|c| c.is_ascii_uppercase()).count();
        let digits = code.len() - letters;
        let flight_like = letters == 2
            && (3..=4).contains(&digits)
            && code[letters..].chars().all(|c| c.is_ascii_digit());
        if (k < i && en::IDENTIFIER_LEADS.contains(bt.folded(s, k))) || (flight_like && e == end) {
            return Ok(Draft::new(i, e, Kind::Identifier, None));
        }
        return Err(e);
    }
    let capital = bt
        .original(i, i + 1)
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii_uppercase());
    let sentence_start = starts_sentence(bt, i) || {
        let (_, k) = span_before(bt, i, |_| false);
        k > 0 && bt.get(k - 1).is_some_and(|c| matches!(c, ':' | '(' | '—'))
    };
    // Tens of thousands of residents, Dozens of flights: vague amounts of what follows `of`
    if let Some((e, row)) = phrase_at(bt, i, lexicon::en_vague()) {
        let (_, low, high) = en::VAGUE[row];
        let s = skip_space(bt, e);
        let (end, unit) = match phrase_at(bt, s, lexicon::en_units())
            .filter(|&(_, r)| en::UNITS[r].kind == Kind::Count)
        {
            Some((ue, r)) => (ue, en::UNITS[r].unit()),
            // Dozens of flights: any plural noun
            None if bt.folded(s, word_end(bt, s)).ends_with('s') => (word_end(bt, s), None),
            None => (e, None),
        };
        let mut d = Draft::new(i, end, Kind::Count, None);
        (d.low, d.high, d.unit, d.approximate) = (Some(low), Some(high), unit, true);
        return Ok(d);
    }
    // a decade, a century
    if let Some((e, row)) = phrase_at(bt, i, lexicon::en_durations()) {
        let (_, v, unit) = en::DURATION_PHRASES[row];
        let mut d = Draft::new(i, e, Kind::Duration, Some(v));
        d.unit = Some(unit);
        return Ok(d);
    }
    // May 12, 2024; March 3; May 2024
    if let Some((e, row)) = phrase_at(bt, i, lexicon::en_months()) {
        let month = en::MONTHS[row].1;
        let s = skip_space(bt, e);
        let original_capital = capital;
        // Sept. 30, Jan. 5: an abbreviation's full stop
        let (e, s) = if bt.get(e) == Some('.') && e - i <= 4 {
            (e + 1, skip_space(bt, e + 1))
        } else {
            (e, s)
        };
        if s > e && original_capital {
            if let Some(n) = super::numeral::parse(&bt.cs, s).filter(|n| n.arabic && !n.decimal) {
                if (1.0..=31.0).contains(&n.low) && n.int_digits <= 2 && boundary_at(bt, n.end) {
                    let (year, end) =
                        year_after(bt, n.end).map_or((None, n.end), |(y, e)| (Some(y), e));
                    return Ok(date_draft(i, end, year, Some(month), Some(n.low as u32)));
                }
                if let Some((y, ye)) = year_after(bt, e) {
                    return Ok(date_draft(i, ye, Some(y), Some(month), None));
                }
            }
        }
        // in March, since June: a month on its own (May only after a word that wants a time)
        let prev = prev_word(bt, i);
        let may_ok = month != 5
            || matches!(
                prev,
                "in" | "since"
                    | "until"
                    | "by"
                    | "of"
                    | "early"
                    | "late"
                    | "mid"
                    | "last"
                    | "next"
                    | "this"
                    | "from"
                    | "to"
                    | "through"
                    | "during"
                    | "before"
                    | "after"
            );
        let full_word = e - i >= 3 && boundary_at(bt, e);
        if original_capital && may_ok && full_word && (!sentence_start || month != 5) {
            return Ok(date_draft(i, e, None, Some(month), None));
        }
        return skip;
    }
    // doubled, tripled, halved, more than doubled
    if let Some((e, row)) = phrase_at(bt, i, lexicon::en_multiples()) {
        let (_, f, rise) = en::MULTIPLE_WORDS[row];
        let (start, approx) = qualifiers(bt, floor, i);
        let mut d = Draft::new(start, e, Kind::Multiple, Some(f));
        d.approximate = approx;
        d.change = Some(if rise {
            Change::Increase
        } else {
            Change::Decrease
        });
        return Ok(d);
    }
    // half of, two-thirds of, a quarter of
    if let Some((e, row)) = phrase_at(bt, i, lexicon::en_fractions()) {
        let s = skip_space(bt, e);
        // `half of`, `half the`; `the first half of this year` is a period
        let after_ordinal = matches!(
            prev_word(bt, i),
            "first" | "second" | "latter" | "back" | "front"
        );
        // ... and `fell by a third`: the size of a change
        if !after_ordinal
            && (bt.starts(s, "of ").is_some()
                // (not `by half a percentage point`)
                || (prev_word(bt, i) == "by" && bt.starts(s, "a ").is_none() && bt.starts(s, "an ").is_none())
                || (bt.starts(s, "the ").is_some() && en::FRACTIONS[row].0.ends_with("half")))
        {
            let (start, approx) = qualifiers(bt, floor, i);
            let mut d = Draft::new(start, e, Kind::Percent, Some(round(en::FRACTIONS[row].1)));
            d.unit = Some("%");
            d.approximate = approx;
            return Ok(d);
        }
    }
    // third, second-largest
    if let Some((e, row)) = phrase_at(bt, i, lexicon::en_ordinals()) {
        let v = en::ORDINALS[row].1;
        let s = skip_space(bt, e);
        let period = [
            "quarter",
            "half",
            "time",
            "hand",
            "lady",
            "minister",
            "person",
            "world",
            "class",
            "round",
            "half-year",
        ]
        .iter()
        .any(|w| bt.starts(s, w).is_some_and(|x| boundary_at(bt, x)));
        // first-quarter, second-half: a period, not a rank
        if bt.get(e) == Some('-')
            && ["quarter", "half"]
                .iter()
                .any(|w| bt.starts(e + 1, w).is_some())
        {
            return Err(word_end(bt, e + 1));
        }
        // second-largest, third-biggest
        let mut end = e;
        if bt.get(e) == Some('-') {
            let w = word_end(bt, e + 1);
            let sup = bt.folded(e + 1, w);
            if sup.ends_with("est") || matches!(sup, "most" | "least") {
                end = w;
            }
        }
        let next_word = bt.folded(s, word_end(bt, s));
        // the first 10 months
        if next_word.starts_with(|c: char| c.is_ascii_digit())
            || phrase_at(bt, s, lexicon::en_number_words()).is_some() && s > e
        {
            return skip;
        }
        // `a second`, `second quarter`, `first of all` are no ranks
        let time_unit = v == 2.0
            && end == e
            && matches!(
                next_word,
                "" | "and" | "to" | "or" | "time" | "later" | "ago"
            );
        if period && end == e || next_word == "of" && v == 1.0 || time_unit {
            return skip;
        }
        return Ok(Draft::new(i, end, Kind::Rank, Some(v)));
    }
    // one in five
    let Some((v, e)) = spelled(bt, i) else {
        return skip;
    };
    // The Group of Seven: a capitalized number mid-sentence is a name
    if capital && !sentence_start {
        return Err(e);
    }
    // two to three years, three to one
    let s0 = skip_space(bt, e);
    if let Some(k) = bt.starts(s0, "to ") {
        if let Some((v2, e2)) = spelled(bt, k) {
            let t2 = tail(bt, e2);
            let ratio_verb = lexicon::en_ratio_verbs().contains(prev_word(bt, i)) || v2 == 1.0;
            if t2.is_none() && (ratio_verb || v2 < v) {
                return Ok(Draft::new(i, e2, Kind::Ratio, Some(round(v / v2))));
            }
            if let Some(t) = t2.filter(|_| v2 > v) {
                let (start, approx) = qualifiers(bt, floor, i);
                let mut d = Draft::new(start, t.end, t.kind, Some(round(v * t.factor)));
                (d.low, d.high, d.unit, d.approximate) = (
                    Some(round(v * t.factor)),
                    Some(round(v2 * t.factor)),
                    t.unit,
                    approx,
                );
                return Ok(d);
            }
        }
    }
    // nine out of 10, one out of every eight
    if let Some(k) = bt.starts(s0, "out of ") {
        let k = bt.starts(k, "every ").unwrap_or(k);
        if let Some((den, e2)) = spelled(bt, k).or_else(|| {
            super::numeral::parse(&bt.cs, k)
                .filter(|n| n.arabic)
                .map(|n| (n.low, n.end))
        }) {
            if den >= v && den > 0.0 {
                let (start, approx) = qualifiers(bt, floor, i);
                let mut d = Draft::new(start, e2, Kind::Ratio, Some(round(v / den)));
                d.approximate = approx;
                return Ok(d);
            }
        }
    }
    let s = skip_space(bt, e);
    if let Some(k) = bt.starts(s, "in ") {
        if let Some((den, e2)) = spelled(bt, k).or_else(|| {
            super::numeral::parse(&bt.cs, k)
                .filter(|n| n.arabic)
                .map(|n| (n.low, n.end))
        }) {
            if den > v && den > 0.0 {
                let (start, approx) = qualifiers(bt, floor, i);
                let mut d = Draft::new(start, e2, Kind::Ratio, Some(round(v / den)));
                d.approximate = approx;
                return Ok(d);
            }
        }
    }
    let t = tail(bt, e);
    let phrase = bt.folded(i, word_end(bt, s).max(e));
    if v == 1.0
        && (en::ONE_PHRASES.iter().any(|p| phrase.starts_with(p))
            || t.as_ref()
                .is_none_or(|t| t.kind == Kind::Count && t.unit.is_none()))
    {
        return skip;
    }
    let Some(t) = t else {
        // a spelled number with a scale alone is a number (three million); otherwise a word
        return if v >= 1000.0 && phrase_at(bt, i, lexicon::en_number_words()).is_some() {
            let (start, approx) = qualifiers(bt, floor, i);
            let mut d = Draft::new(start, e, Kind::Number, Some(v));
            d.approximate = approx;
            Ok(d)
        } else {
            skip
        };
    };
    let (start, approx) = qualifiers(bt, floor, i);
    // `over three years` is a span of time, not more than three years
    let (start, approx) = if t.kind == Kind::Duration && bt.folded(start, i).trim() == "over" {
        (i, false)
    } else {
        (start, approx)
    };
    let mut d = Draft::new(start, t.end, t.kind, Some(round(v * t.factor)));
    d.unit = t.unit;
    d.approximate = approx;
    // `a` before `dozen` is part of the number, `an estimated` of the qualifier
    Ok(d)
}

/// Qualifiers before a word figure: (start, approximate?).
fn qualifiers(bt: &BlockText, floor: usize, i: usize) -> (usize, bool) {
    match approx_before(bt, floor, i) {
        Some(s) => (s, true),
        None => (i, false),
    }
}

pub fn round(v: f64) -> f64 {
    super::numeral::round_to(v, 10)
}

/// `between` before a first number: where it starts (the figure then spans to `and`'s number).
pub fn between_before(bt: &BlockText, floor: usize, start: usize) -> Option<usize> {
    let mut k = start;
    while k > floor && bt.get(k - 1).is_some_and(is_space) {
        k -= 1;
    }
    (k < start)
        .then(|| bt.ends(k, "between"))
        .flatten()
        .filter(|&s| s >= floor && word_start(bt, s))
}

/// Identifiers in English text: `flight 370`, `version 2.3.1`, `ISBN 978-…`, phone numbers with `+`.
pub fn identifier(bt: &BlockText, n: &Num) -> Option<usize> {
    // version numbers: 2.3.1
    let mut end = n.end;
    if n.decimal && bt.get(end) == Some('.') && bt.get(end + 1).and_then(ascii_digit).is_some() {
        while bt
            .get(end)
            .is_some_and(|c| c == '.' || ascii_digit(c).is_some())
        {
            end += 1;
        }
        return Some(end);
    }
    let (s, k) = span_before(bt, n.start, |c| c.is_ascii_alphabetic() || c == '.');
    let word = bt.folded(s, k);
    if en::IDENTIFIER_LEADS.contains(word) || bt.get(n.start.wrapping_sub(1)) == Some('+') {
        // take the whole run of digits, spaces, dots and hyphens (ISBN, phone)
        let mut e = n.end;
        while bt.get(e).is_some_and(|c| {
            ascii_digit(c).is_some()
                || (matches!(c, '-' | '.' | ' ') && bt.get(e + 1).and_then(ascii_digit).is_some())
        }) {
            e += 1;
        }
        return Some(e);
    }
    None
}

/// The span `(start, end)` of the run of `part` characters before `i`, spaces skipped.
pub fn span_before(bt: &BlockText, i: usize, part: impl Fn(char) -> bool) -> (usize, usize) {
    let mut k = i;
    while k > 0 && bt.get(k - 1).is_some_and(is_space) {
        k -= 1;
    }
    let mut s = k;
    while s > 0 && bt.get(s - 1).is_some_and(&part) {
        s -= 1;
    }
    (s, k)
}

/// Does a sentence start at `i` (only spaces after its start, a full stop or a quote)?
fn starts_sentence(bt: &BlockText, i: usize) -> bool {
    let (_, k) = span_before(bt, i, |_| false);
    k == 0
        || bt
            .get(k - 1)
            .is_some_and(|c| matches!(c, '.' | '!' | '?' | '"' | '“' | '\n'))
}

/// The word before `i` (folded), skipping spaces.
pub fn prev_word<'a>(bt: &BlockText<'a>, i: usize) -> &'a str {
    let (s, k) = span_before(bt, i, |c| c.is_ascii_alphanumeric() || c == '-');
    bt.folded(s, k)
}

/// `exactly`, `just`, `only` before a number: where it starts (the figure stays exact).
pub fn exact_before(bt: &BlockText, floor: usize, start: usize) -> Option<usize> {
    phrase_before(bt, floor, start, lexicon::en_exact_before()).map(|(s, _)| s)
}

/// May ` to ` join a range here? Not after `from`, `by` or a change verb
/// (`rose from 3.5% to 3.9%`, `fell 2p to 54p` are two figures).
pub fn range_to_allowed(bt: &BlockText, floor: usize, start: usize) -> bool {
    let w = prev_word(bt, start);
    if w == "by" {
        return true; // rise by 1 to 2 percentage points
    }
    let before = start
        .checked_sub(w.len() + 1)
        .map(|k| prev_word(bt, k + 1))
        .unwrap_or("");
    let _ = floor;
    !(matches!(w, "from" | "by")
        || lexicon::en_change_words().contains(w)
        || (w == "a" || w == "an") && lexicon::en_change_words().contains(before))
}

/// `weighed`, `weighing` before the figure: pounds are weight.
pub fn weighing_before(bt: &BlockText, floor: usize, start: usize) -> bool {
    let from = floor.max(start.saturating_sub(24));
    crate::lexicon::has_str(bt.folded(from, start), "weigh")
}

/// +44 20 7946 0958 (a phone number after `+`); 600519.SS, 0700.HK (a ticker): the identifier's end.
pub fn phone_or_ticker(bt: &BlockText, n: &Num) -> Option<usize> {
    if !n.arabic || n.multiplied {
        return None;
    }
    let before = n.start.checked_sub(1).and_then(|k| bt.get(k));
    if before == Some('+')
        && n.start
            .checked_sub(2)
            .and_then(|k| bt.get(k))
            .is_none_or(|c| !c.is_ascii_alphanumeric())
    {
        let mut e = n.end;
        let mut digits = n.int_digits;
        while let Some(c) = bt.get(e) {
            if c.is_ascii_digit() {
                digits += 1;
                e += 1;
            } else if matches!(c, ' ' | '-' | '.' | '(' | ')')
                && bt
                    .get(e + 1)
                    .is_some_and(|d| d.is_ascii_digit() || d == '(')
            {
                e += 1;
            } else {
                break;
            }
        }
        return (digits >= 7).then_some(e);
    }
    // digits, a dot, and a 1–3 letter exchange code in capitals
    let int_end = n.start + n.int_digits;
    if !n.decimal && bt.get(int_end) == Some('.') && n.int_digits >= 4 {
        let code = (int_end + 1..int_end + 4)
            .take_while(|&k| bt.get(k).is_some_and(|c| c.is_ascii_alphabetic()))
            .count();
        let upper = bt
            .original(int_end + 1, int_end + 1 + code)
            .chars()
            .all(|c| c.is_ascii_uppercase());
        if (1..=3).contains(&code) && upper && boundary_at(bt, int_end + 1 + code) {
            return Some(int_end + 1 + code);
        }
    }
    None
}

/// `ruled 6-3`, `a 10-for-1 split`: a ratio written with a hyphen. Its end and value.
pub fn hyphen_ratio(bt: &BlockText, n: &Num) -> Option<(usize, f64)> {
    if !n.arabic || n.decimal || n.multiplied {
        return None;
    }
    let k = bt.starts(n.end, "-for-").or_else(|| {
        (bt.get(n.end) == Some('-') && lexicon::en_ratio_verbs().contains(prev_word(bt, n.start)))
            .then_some(n.end + 1)
    })?;
    let m = super::numeral::parse(&bt.cs, k).filter(|m| m.arabic && !m.decimal && m.low > 0.0)?;
    boundary_at(bt, m.end).then(|| (m.end, round(n.low / m.low)))
}

/// The scale after a number only (`$3 billion share buyback` keeps `billion`).
pub fn scale_only(bt: &BlockText, j: usize) -> Option<Tail> {
    let t = tail(bt, j)?;
    if t.factor == 1.0 {
        return None;
    }
    // the scale word ends where the noun (if any) begins
    let mut k = j;
    while bt
        .get(k)
        .is_some_and(|c| is_space(c) || c.is_ascii_alphanumeric())
    {
        let s = skip_space(bt, k);
        match phrase_at(bt, s, lexicon::en_scales()) {
            Some((e, _)) => k = e,
            None => break,
        }
    }
    Some(Tail {
        end: k,
        kind: Kind::Number,
        unit: None,
        factor: t.factor,
        approx: false,
        hundredths: 0,
        per: None,
    })
}
