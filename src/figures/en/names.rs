//! Numbers that are part of something else in English text: ordinals
//! (`3rd`), names (`Boeing 737`, `Windows 11`), identifiers (`flight 370`,
//! `version 2.3.1`), phone numbers and tickers, and hyphenated ratios (`6-3`).

use super::words::{boundary_at, prev_word, span_before, starts_sentence};
use crate::figures::shared::draft::round;
use crate::figures::shared::numeral::{self, ascii_digit, Num};
use crate::figures::shared::rem;
use crate::figures::shared::text::BlockText;
use crate::lexicon::en::{self, Mark};
use crate::lexicon::{self};

/// 3rd, 21st, 2nd: an ordinal written in digits. Its end.
pub fn ordinal_suffix(bt: &BlockText, n: &Num) -> Option<usize> {
    if !n.arabic || n.decimal || n.multiplied {
        return None;
    }
    en::ORDINAL_SUFFIXES
        .iter()
        .find_map(|s| bt.starts(n.end, s))
        .filter(|&e| boundary_at(bt, e) || bt.get(e) == Some('-'))
}

/// A number inside a name: `Boeing 737`, `Windows 11`, `Formula 1`, `Section 230`.
/// True when the word before is capitalized mid-sentence and is no month or lead word.
pub fn is_name_number(bt: &BlockText, n: &Num) -> bool {
    let (s, k) = span_before(bt, n.start, |c| c.is_ascii_alphanumeric());
    if k == n.start || k == 0 || s == k || starts_sentence(bt, n.start) {
        return false;
    }
    // Boeing, iPhone, eBay: a capital anywhere in the word
    let capital = bt.original(s, k).chars().any(|c| c.is_ascii_uppercase());
    let word = bt.folded(s, k);
    // the Group of 20
    if word == Mark::Of.written() {
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
        || lexicon::dates::WEEKDAYS.contains(word)
        || lexicon::en_exact_before().contains(word)
        || en::NAME_BREAKERS.contains(word)
        || en::YEAR_LEADS.contains(word)
        || lexicon::en_approx_before().contains(word)
        || lexicon::en_change_words().contains(word);
    capital
        && !lead
        && !word
            .chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
        || word.len() >= 2
            && bt.original(s, k).chars().all(|c| c.is_ascii_uppercase())
            && !lead
            && n.int_digits <= 3
            && !en::CURRENCY_CODES.contains(word)
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
    let k = bt.starts(n.end, Mark::ForRatio.written()).or_else(|| {
        (bt.get(n.end) == Some('-') && lexicon::en_ratio_verbs().contains(prev_word(bt, n.start)))
            .then_some(n.end + 1)
    })?;
    let m = numeral::parse(&bt.cs, k).filter(|m| m.arabic && !m.decimal && m.low > 0.0)?;
    boundary_at(bt, m.end).then(|| (m.end, round(n.low / m.low)))
}

/// `Rehnquist, 80, said`, `her son, 5, was`: a small whole number between
/// commas after a name or a noun for a person is an age.
pub fn age_apposition(bt: &BlockText, n: &Num) -> bool {
    if !n.arabic || n.decimal || n.multiplied || n.int_digits > 3 || !(1.0..=120.0).contains(&n.low) {
        return false;
    }
    // her son, James, 9. (the sentence's end closes it too); the leader, Mario, 23: "…"
    let comma_after = matches!(bt.get(n.end), Some(',' | ':'))
        || (bt.get(n.end) == Some('.') && bt.get(n.end + 1).is_none_or(|c| !c.is_ascii_alphanumeric()));
    let comma_before =
        n.start >= 3 && bt.get(n.start - 1) == Some(' ') && bt.get(n.start - 2) == Some(',');
    // Now 74, the singer…; Smith, now 45, said: `now` opening a sentence or after a comma
    let (s0, k0) = span_before(bt, n.start, |c| c.is_ascii_alphabetic());
    let (_, k1) = span_before(bt, s0, |_| false);
    let now = s0 < k0
        && k0 == n.start - 1
        && en::AGE_ADVERBS.contains(bt.folded(s0, k0))
        && (starts_sentence(bt, s0) || (k1 > 0 && bt.get(k1 - 1) == Some(',')));
    // Ressam, then 32 and traveling…: the adverb's clause may go on with `and`
    let and_after = bt.get(n.end) == Some(' ') && super::words::word_then_space(bt, n.end + 1, Mark::And.written()).is_some();
    if (comma_after || and_after) && now {
        return true;
    }
    if !(comma_after && comma_before) {
        return false;
    }
    // Patrick Smith Jr., 55,: an abbreviation's period before the comma
    let word_end = if bt.get(n.start - 3) == Some('.') { n.start - 3 } else { n.start - 2 };
    let (s, k) = span_before(bt, word_end, |c| c.is_ascii_alphabetic());
    if s == k {
        return false;
    }
    let capital = bt.original(s, s + 1).chars().all(|c| c.is_ascii_uppercase());
    // the senator, 71,: a noun after a determiner names a person here
    let determined = en::OBJECT_LEADS.contains(prev_word(bt, s)) && bt.get(n.end) == Some(',');
    capital || en::AGE_NOUNS.contains(bt.folded(s, k)) || determined
}

/// `won 3-1`, `a 5-4 ruling`, `6-4, 6-3`: two small whole numbers joined by
/// a hyphen with no unit after them are a score or a tally. Its end.
pub fn score(bt: &BlockText, n: &Num) -> Option<usize> {
    if !n.arabic || n.decimal || n.multiplied || n.int_digits > 3 {
        return None;
    }
    let tie = |m: &Num| m.low == n.low;
    if !matches!(bt.get(n.end), Some('-' | '–')) {
        return None;
    }
    // a 5-to-3 majority: the tally's hyphenated `to`
    let k = bt
        .starts(n.end + 1, Mark::To.written())
        .filter(|&e| bt.get(e) == Some('-'))
        .map_or(n.end + 1, |e| e + 1);
    let m = numeral::parse(&bt.cs, k)
        .filter(|m| m.arabic && !m.decimal && !m.multiplied && m.int_digits <= 3)?;
    let after = bt.get(m.end);
    // English text around it: 20-35歲 is an age range
    let next = bt.get(super::words::skip_space(bt, m.end));
    // 4-4 decisions, a 2-2 draw: a tie is a tally even before a noun
    let bare = next.is_none_or(|c| c.is_ascii())
        && boundary_at(bt, m.end)
        && !matches!(after, Some('%' | '％' | '-' | '–'))
        && (tie(&m) || k > n.end + 1 || super::tail::tail(bt, m.end).is_none())
        && super::qualifiers::currency_before(bt, n.start.saturating_sub(6), n.start).is_none();
    bare.then_some(m.end)
}

/// `(32, 33)`, `(4)`: whole numbers alone in parentheses after a word, footnote
/// markers. The end of the parenthesis.
pub fn footnote(bt: &BlockText, n: &Num) -> Option<usize> {
    if !n.arabic || n.decimal || n.start < 2 || bt.get(n.start - 1) != Some('(') {
        return None;
    }
    let mut e = n.end;
    while let Some(c) = bt.get(e) {
        match c {
            ')' => return Some(e + 1),
            ',' | ' ' | '-' | '–' => e += 1,
            c if c.is_ascii_digit() => e += 1,
            _ => return None,
        }
    }
    None
}

/// `Oct. 18–21`, `2022/23`: a number right after a dash or slash that ends a
/// date or a number before it. Its end.
pub fn date_end(bt: &BlockText, n: &Num) -> Option<usize> {
    let before = n.start.checked_sub(1).and_then(|k| bt.get(k))?;
    let digit = n.start.checked_sub(2).and_then(|k| bt.get(k))?.is_ascii_digit();
    (matches!(before, '–' | '-' | '/') && digit && n.arabic && !n.decimal).then_some(n.end)
}

/// `20/20`, `50/50`: two whole numbers joined by a slash that no date, share or
/// fraction has claimed name something (a show, a split); their end.
pub fn slash_pair(bt: &BlockText, n: &Num) -> Option<usize> {
    if !n.arabic || n.decimal || bt.get(n.end) != Some('/') {
        return None;
    }
    numeral::parse(&bt.cs, n.end + 1)
        .filter(|m| m.arabic && !m.decimal && boundary_at(bt, m.end))
        .map(|m| m.end)
}

/// `5/17/2018`, `17/5/2018`: a day in numbers, month first unless the first
/// number cannot be a month.
pub fn numeric_date(bt: &BlockText, n: &Num) -> Option<crate::figures::shared::draft::Draft> {
    if !n.arabic || n.decimal || n.int_digits > 2 || bt.get(n.end) != Some('/') {
        return None;
    }
    let m = numeral::parse(&bt.cs, n.end + 1).filter(|m| m.arabic && !m.decimal && m.int_digits <= 2)?;
    if bt.get(m.end) != Some('/') {
        return None;
    }
    let y = numeral::parse(&bt.cs, m.end + 1).filter(|y| y.arabic && !y.decimal && y.int_digits == 4)?;
    if !boundary_at(bt, y.end) {
        return None;
    }
    let (a, b) = (n.low as u32, m.low as u32);
    let (month, day) = if a <= 12 { (a, b) } else { (b, a) };
    if !(1..=12).contains(&month) || !(1..=31).contains(&day) {
        return None;
    }
    Some(super::dates::date_draft(n.start, y.end, Some(y.low as u32), Some(month), Some(day)))
}

/// `the No. 1 seed`, `#3`: a rank written with a sign or abbreviation.
pub fn rank_lead(bt: &BlockText, n: &Num) -> bool {
    let (_, k) = span_before(bt, n.start, |_| false);
    let before = k.checked_sub(1).and_then(|k| bt.get(k));
    if !before.is_some_and(|c| matches!(c, '.' | '#')) {
        // world number 31
        if n.decimal || !before.is_some_and(|c| c.is_ascii_alphabetic()) {
            return false;
        }
        let (s, k) = span_before(bt, k, |c| c.is_ascii_alphabetic());
        return en::SPELLED_RANK_LEADS.contains(bt.folded(s, k)) && en::NUMBER_RANK_LEADS.contains(prev_word(bt, s));
    }
    let (s, k) = span_before(bt, n.start, |c| c.is_ascii_alphabetic() || matches!(c, '.' | '#'));
    s < k && !n.decimal && en::RANK_LEADS.contains(bt.folded(s, k))
}

/// `221 Baker Street`, `the 737 Max`, `a 911 Carrera`: a whole number of two
/// to five digits with no unit, then a capitalized word mid-sentence that is
/// no plural (`12 Democrats`), weekday (`3 Tuesday`), month or unit: an
/// address or a model, no figure. The end to resume at.
pub fn street_or_model(bt: &BlockText, n: &Num) -> Option<usize> {
    if n.multiplied || n.separated || n.int_digits < 2 || n.int_digits > 5 || bt.get(n.end) != Some(' ') {
        return None;
    }
    let k = n.end + 1;
    let capital = bt.original(k, k + 1).chars().all(|c| c.is_ascii_uppercase());
    if !bt.get(k).is_some_and(|c| c.is_ascii_alphabetic()) || !capital || starts_sentence(bt, n.start) {
        return None;
    }
    let e = super::words::word_end(bt, k);
    let word = bt.folded(k, e);
    let model = !word.ends_with(Mark::Plural.written())
        && !lexicon::en_months().contains(word)
        && !lexicon::dates::WEEKDAYS.contains(word)
        && bt.lex_at(k, lexicon::en_units()).is_none_or(|(ue, _)| ue < e)
        && !en::CURRENCY_CODES.contains(word);
    model.then_some(n.end)
}

/// `7 to 7:30 p.m.`: a whole number, `to`, then a clock time: a span of the
/// day, no figure. Its end.
pub fn clock_span(bt: &BlockText, n: &Num) -> Option<usize> {
    if n.low > 24.0 || bt.get(n.end) != Some(' ') {
        return None;
    }
    let k = super::words::word_then_space(bt, n.end + 1, Mark::To.written())?;
    let m = numeral::parse(&bt.cs, k).filter(|m| m.arabic && !m.decimal && m.low <= 24.0)?;
    (bt.get(m.end) == Some(':') && bt.get(m.end + 1).is_some_and(|c| c.is_ascii_digit())).then(|| {
        let mut e = m.end + 1;
        while bt.get(e).is_some_and(|c| c.is_ascii_digit()) {
            e += 1;
        }
        e
    })
}


/// `call 911`, `911 calls`, `a call to 911`: an emergency number to dial.
pub fn emergency_number(bt: &BlockText, n: &Num, start: usize) -> bool {
    if n.decimal || n.separated || !en::EMERGENCY_NUMBERS.contains(bt.folded(n.start, n.end)) {
        return false;
    }
    let s = super::words::skip_space(bt, n.end);
    let next = bt.folded(s, super::words::word_end(bt, s));
    en::EMERGENCY_WORDS.contains(prev_word(bt, start)) || (s > n.end && en::EMERGENCY_WORDS.contains(next))
}

/// `a population of 13 million`, `a crowd of 20,000`: `of` after a noun for
/// a body of people, just before the figure.
pub fn people_body_before(bt: &BlockText, start: usize) -> bool {
    if prev_word(bt, start) != Mark::Of.written() {
        return false;
    }
    let (s, _) = span_before(bt, start, |c| c.is_ascii_alphabetic());
    en::PEOPLE_BODIES.contains(prev_word(bt, s))
}

/// `when I was about eight`, `she turned 40`: a bare number after a copula
/// whose subject is a person's pronoun is an age.
pub fn age_predicate(bt: &BlockText, start: usize) -> bool {
    let (s, k) = span_before(bt, start, |c| c.is_ascii_alphabetic());
    s < k && en::AGE_COPULAS.contains(bt.folded(s, k)) && en::PERSON_PRONOUNS.contains(prev_word(bt, s))
        || age_of(bt, s, k)
}

/// `at the age of 11`, `under the age of five`: `of` (from `s` to `k`) after an age word.
fn age_of(bt: &BlockText, s: usize, k: usize) -> bool {
    bt.folded(s, k) == Mark::Of.written() && {
        let w = prev_word(bt, s);
        en::AGE_WORDS.iter().any(|&(a, _)| a == w)
    }
}

/// `the death toll rose to 45`, `a toll of 60`: a toll of people among the
/// five words before `start` in its clause (`Some(Some(person))`); `the
/// number of professions rose from 13`: a count's subject among the six
/// (`Some(None)`).
pub fn count_subject_before(bt: &BlockText, start: usize) -> Option<Option<&'static str>> {
    // the death toll from the fire in the city of Valencia rose to 10: a level reached (`to`,
    // `at`) may be a toll's further back in its clause
    let before = prev_word(bt, start);
    let reach = if before == Mark::To.written() || before == Mark::At.written() { 24 } else { 6 };
    let mut k = start;
    for step in 0..reach {
        let (s, e) = span_before(bt, k, |c| c.is_ascii_alphabetic());
        if s == e {
            return None;
        }
        if (step < 5 || reach > 6) && en::TOLL_WORDS.contains(bt.folded(s, e)) {
            return Some(Some(en::PERSON_UNIT));
        }
        // the number of shares: what the noun after it counts
        if let Some(e) = bt.starts(s, Mark::NumberOf.written()).filter(|_| step < 6) {
            let noun = super::words::phrase_at(bt, e + 1, lexicon::en_units()).map(|(_, r)| &en::UNITS[r]);
            return Some(noun.filter(|r| r.kind == crate::model::Kind::Count).and_then(|r| r.unit()));
        }
        k = s;
    }
    None
}

/// `women older than 65`, `children under 5`, `those of us over about 40`:
/// a bound of age (`older than`, `younger than`), or `over`/`under` after
/// people, before a bare number: an age.
pub fn age_bound(bt: &BlockText, start: usize, number: usize) -> bool {
    if start >= number {
        return false;
    }
    let first = bt.folded(start, super::words::word_end(bt, start));
    en::AGE_BOUNDS.contains(first)
        || (en::AGE_PEOPLE_BOUNDS.contains(first) && en::AGE_HOLDERS.contains(prev_word(bt, start)))
}

/// `those 55 or older`, `18 or younger`: a bare number whose bound after it
/// is one of age.
pub fn age_suffix(bt: &BlockText, n: &Num) -> bool {
    // (most numbers have no `or` after them: no lexicon lookup then)
    let s = n.end + 1;
    if bt.get(n.end) != Some(' ') || !en::ADJECTIVE_JOINS.contains(bt.folded(s, super::words::word_end(bt, s))) {
        return false;
    }
    super::qualifiers::approx_after(bt, n.end).is_some_and(|e| {
        let (s, k) = span_before(bt, e, |c| c.is_ascii_alphabetic());
        en::AGE_BOUNDS.contains(bt.folded(s, k))
    })
}

/// `a 3-4-3 formation`, `4-2-3-1`: three or more whole numbers of one or two
/// digits joined by hyphens. The chain's end.
pub fn hyphen_chain(bt: &BlockText, n: &Num) -> Option<usize> {
    if !n.arabic || n.decimal || n.int_digits > 2 || bt.get(n.end) != Some('-') {
        return None;
    }
    let (mut e, mut parts) = (n.end, 1);
    while bt.get(e) == Some('-') {
        let m = numeral::parse(&bt.cs, e + 1).filter(|m| m.arabic && !m.decimal && m.int_digits <= 2)?;
        e = m.end;
        parts += 1;
    }
    (parts >= 3 && boundary_at(bt, e)).then_some(e)
}

/// `"40 Days of Purpose"`, `“10 Things in Tech”`: a number just after an
/// opening quote, then a capitalized word (not a people's plural): a title.
pub fn quoted_title(bt: &BlockText, n: &Num) -> bool {
    let quote = n.start.checked_sub(1).and_then(|k| bt.get(k)).is_some_and(|c| matches!(c, '"' | '“' | '\''));
    if !quote || bt.get(n.end) != Some(' ') {
        return false;
    }
    let s = n.end + 1;
    let e = super::words::word_end(bt, s);
    let word = bt.folded(s, e);
    let capital = bt.get(s).is_some_and(|c| c.is_ascii_alphabetic())
        && bt.original(s, s + 1).chars().all(|c| c.is_ascii_uppercase());
    capital && !word.ends_with(en::DEMONYM_ENDING) && !en::PEOPLE_GROUPS.contains(word)
}

/// Is the text before `i` running prose, not a title in capitals: a word
/// of five lower-case letters or more (no function word) in the 60
/// characters before it? (`the Wednesday edition of 60 Minutes`, not
/// `Stocks Rise by 3 Percent`.)
pub fn running_text(bt: &BlockText, i: usize) -> bool {
    let floor = i.saturating_sub(60);
    let mut k = i;
    while k > floor {
        let (s, e) = span_before(bt, k, |c| c.is_ascii_alphabetic());
        if e <= floor {
            break;
        }
        if s == e {
            // no letter here: step over the character
            k = e - 1;
            continue;
        }
        let lower = bt.original(s, e).chars().all(|c| c.is_ascii_lowercase());
        if s >= floor && lower && e - s >= 5 && !lexicon::en_stop_words().contains(bt.folded(s, e)) {
            return true;
        }
        k = s;
    }
    false
}

/// `2035 GMT`: a clock time in four digits before a time zone. Its end.
pub fn zone_time(bt: &BlockText, n: &Num) -> Option<usize> {
    let clock = n.arabic && !n.decimal && !n.separated && n.int_digits == 4 && rem(n.low, 100.0) < 60.0 && n.low < 2400.0;
    if !clock || bt.get(n.end) != Some(' ') {
        return None;
    }
    let s = n.end + 1;
    let e = super::words::word_end(bt, s);
    let zone = bt.original(s, e).chars().all(|c| c.is_ascii_uppercase()) && en::TIME_ZONES.contains(bt.folded(s, e));
    zone.then_some(e)
}

/// `32nd Street`, `47th and Broadway`: a street word, or `and` and a
/// capitalized name, after an ordinal ending at `e` (a street, no rank).
pub fn street_after(bt: &BlockText, e: usize) -> bool {
    let s = super::words::skip_space(bt, e);
    let w = super::words::word_end(bt, s);
    let word = bt.folded(s, w);
    if s == e {
        return false;
    }
    if en::STREET_WORDS.contains(word) {
        return true;
    }
    let s2 = super::words::skip_space(bt, w);
    let name = bt.original(s2, s2 + 1).chars().all(|c| c.is_ascii_uppercase())
        && bt.get(s2).is_some_and(|c| c.is_ascii_alphabetic())
        && bt.lex_at(s2, lexicon::en_ordinals()).is_none();
    word == Mark::And.written() && s2 > w && name
}
