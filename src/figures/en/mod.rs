//! The English grammar: what English text writes around numbers (scales and
//! units, counted nouns, qualifiers and currencies, spelled numbers, dates,
//! names) and the context of each figure (its change verb, period, metric).
//! Works on the folded (lower-case) characters of a block, word by word. It
//! reads the shared core and the lexicon, never the Chinese grammar.

pub mod context;
mod dates;
mod names;
mod qualifiers;
mod spelled;
mod tail;
mod word_figure;
mod words;

pub use qualifiers::stated_qualifier;
pub use word_figure::word_figure;
pub use words::word_start;

use crate::figures::shared::draft::{round, Draft, Tail};
use crate::figures::shared::grammar::{Grammar, Lead, Range, Reading, Tails};
use crate::figures::shared::numeral::{self, Num};
use crate::figures::shared::text::{is_ascii_letter, BlockText};
use crate::lexicon::en::{self, Mark};
use crate::lexicon::{self};
use crate::model::Kind;
use words::{prev_word, span_before};

/// The English grammar, as [`Grammar`] hooks.
pub struct En;

/// Is the char just before `i` Han? No English word or sign (a currency, a
/// minus, `about`, `between`) ends with one, so the English readers before a
/// number in Chinese text stop here, as the tail readers do at a Han char
/// after it (the Chinese grammar reads both).
fn han_before(bt: &BlockText, i: usize) -> bool {
    i.checked_sub(1).and_then(|k| bt.get(k)).is_some_and(crate::clean::is_han)
}

impl Grammar for En {
    fn claim_glued(&self, bt: &BlockText, n: &Num) -> Option<Result<Draft, usize>> {
        glued(bt, n)
    }

    fn date(&self, bt: &BlockText, n: &Num) -> Option<Draft> {
        // $2000 is money, never a year
        dates::date_number(bt, n).filter(|_| {
            qualifiers::currency_before(bt, n.start.saturating_sub(6), n.start).is_none()
        })
    }

    fn claim_pair(&self, bt: &BlockText, n: &Num, floor: usize) -> Option<Result<Draft, usize>> {
        digit_ratio(bt, n, floor).map(Ok)
    }

    fn identifier(&self, bt: &BlockText, n: &Num) -> Option<usize> {
        names::identifier(bt, n)
    }

    fn currency_before(
        &self,
        bt: &BlockText,
        floor: usize,
        start: usize,
    ) -> Option<(usize, &'static str)> {
        if han_before(bt, start) {
            return None;
        }
        qualifiers::currency_before(bt, floor, start)
    }

    fn sign_before(&self, bt: &BlockText, floor: usize, start: usize) -> Option<(usize, bool)> {
        if han_before(bt, start) {
            return None;
        }
        qualifiers::minus_before(bt, floor, start).map(|s| (s, false))
    }

    fn qualifiers_before(&self, bt: &BlockText, floor: usize, lead: &mut Lead) {
        if han_before(bt, lead.start) {
            return;
        }
        lead.between = qualifiers::between_before(bt, floor, lead.start);
        if let Some(s) = lead.between {
            lead.start = s;
        }
        if !lead.approx {
            if let Some(s) = qualifiers::approx_before(bt, floor, lead.start) {
                lead.approx = true;
                lead.start = s;
            } else if let Some(s) = qualifiers::exact_before(bt, floor, lead.start) {
                lead.start = s;
            }
        }
    }

    fn own_tail(&self, bt: &BlockText, n: &Num, _lone_one: bool, _qualified: bool) -> Option<Tail> {
        self.tail_at(bt, n.end, n.arabic)
    }

    fn tail_at(&self, bt: &BlockText, j: usize, _arabic: bool) -> Option<Tail> {
        if bt.get(j).is_some_and(crate::clean::is_han) {
            return None;
        }
        tail::tail(bt, j)
    }

    fn check_tail(
        &self,
        bt: &BlockText,
        n: &Num,
        r: &Reading,
        tail: &mut Option<Tail>,
    ) -> Result<(), usize> {
        check_tail(bt, n, r, tail)
    }

    fn range(&self, bt: &BlockText, n: &Num, floor: usize, r: &mut Reading, tails: Tails) -> Range {
        to_range(bt, n, floor, r, tails)
    }

    fn scale_only(&self, bt: &BlockText, j: usize) -> Option<Tail> {
        tail::scale_only(bt, j)
    }

    fn settle_kind(
        &self,
        bt: &BlockText,
        n: &Num,
        start: usize,
        kind: &mut Kind,
        unit: &mut Option<&'static str>,
        end: &mut usize,
    ) {
        // a magnitude 6.8 earthquake: a reading on a scale, not 6.8 earthquakes
        if *kind == Kind::Count && n.decimal && {
            let (s, k) = span_before(bt, n.start, |c| c.is_ascii_alphabetic());
            bt.folded(s, k) == Mark::Magnitude.written()
        } {
            *kind = Kind::Number;
            *end = n.end;
        }
        if *kind != Kind::Number || han_before(bt, start) {
            return;
        }
        // The Nasdaq fell 1.6 percent to 18,276: an index's level
        if level_lead(bt, start) && index_named_before(bt, start) {
            (*kind, *unit) = (Kind::Measure, Some(lexicon::units::INDEX_POINT));
            return;
        }
        // topped 10 million, some 40 million, about 28: a whole amount with a scale word or a
        // qualifier and no noun counts what the sentence talks of, not a level or a rating
        let scaled = *end > n.start + 1 && bt.get(*end - 1).is_some_and(|c| c.is_ascii_alphabetic());
        let qualified = start < n.start && qualifiers::approx_before(bt, start, n.start).is_some();
        if (scaled || qualified && !n.decimal) && n.arabic && !en::MONEY_VERBS.contains(prev_word(bt, start)) {
            // the number of shares increased to 169.9 million: shares
            *kind = Kind::Count;
            *unit = names::count_subject_before(bt, start).flatten();
        }
    }

    fn keep_number(
        &self,
        bt: &BlockText,
        n: &Num,
        _start: usize,
        currency: Option<&'static str>,
    ) -> bool {
        currency.is_some() || !names::is_name_number(bt, n)
    }

    fn suffix_qualifier(&self, bt: &BlockText, end: usize, _kind: Kind) -> Option<usize> {
        qualifiers::approx_after(bt, end)
    }

    fn per_after(&self, bt: &BlockText, end: usize, kind: Kind) -> Option<(String, usize)> {
        // $82.45 a barrel, 20 dollars per person
        (kind == Kind::Money)
            .then(|| tail::per_after(bt, end))
            .flatten()
    }

    fn continue_from(&self, bt: &BlockText, prev: &[Draft], d: &mut Draft) {
        // (four bodies in the first village and nine in the second: past a rank or a date)
        if let Some(p) = prev.iter().rev().take(3).find(|p| !matches!(p.kind, Kind::Rank | Kind::Date)) {
            elided_count(bt, p, d);
        }
        index_level(bt, prev, d);
    }
}

/// No full stop (a decimal point is none), line or Han char between `a` and
/// `b`, and `b` close after `a`: the same sentence.
fn same_sentence(bt: &BlockText, a: usize, b: usize) -> bool {
    b >= a
        && b - a <= 160
        && !(a..b).any(|k| {
            let c = bt.cs[k];
            matches!(c, '!' | '?' | '\n')
                || (c == '.' && !bt.get(k + 1).is_some_and(|n| n.is_ascii_digit()))
                || crate::clean::is_han(c)
        })
}

/// `fell 133 points, or 0.8 percent, to 17,583`: a bare level after `to`,
/// `at` or a level's noun, in a sentence whose index moved in points, is in
/// points too (an index named just before: [`Grammar::settle_kind`]).
fn index_level(bt: &BlockText, prev: &[Draft], d: &mut Draft) {
    if d.kind != Kind::Number || d.unit.is_some() || d.low.is_some() {
        return;
    }
    if !level_lead(bt, d.start) {
        return;
    }
    let moved = prev
        .iter()
        .rev()
        .take_while(|p| same_sentence(bt, p.end, d.start))
        .any(|p| p.kind == Kind::Measure && p.unit == Some(lexicon::units::INDEX_POINT));
    if moved {
        (d.kind, d.unit) = (Kind::Measure, Some(lexicon::units::INDEX_POINT));
    }
}

/// `to`, `at`, a level's noun (`a record 40,888`), or `of` after one (`a high of 40,816`)
/// before `i`.
fn level_lead(bt: &BlockText, i: usize) -> bool {
    let lead = prev_word(bt, i);
    let lead = if lead == Mark::Of.written() {
        let (s, _) = span_before(bt, i, |c| c.is_ascii_alphanumeric());
        prev_word(bt, s)
    } else {
        lead
    };
    en::INDEX_LEVEL_LEADS.contains(lead)
}

/// An index named among the ten words before `i` in its sentence (commas
/// pass: `The Nasdaq fell 133 points, or 0.8 percent, to`).
fn index_named_before(bt: &BlockText, i: usize) -> bool {
    let mut k = i;
    for _ in 0..10 {
        let (s, e) = span_before(bt, k, |c| c.is_ascii_alphanumeric() || matches!(c, '&' | '-'));
        if s < e && en::INDEX_NAMES.contains(bt.folded(s, e)) {
            return true;
        }
        // a decimal point or a comma: still the clause; any other mark ends the search
        let c = s.checked_sub(1).and_then(|p| bt.get(p));
        let digit_before = s.checked_sub(2).and_then(|p| bt.get(p)).is_some_and(|c| c.is_ascii_digit());
        k = match c {
            Some(',') => s - 1,
            Some('.') if digit_before && s < e => s - 1,
            Some(' ') | None if s < e => s,
            _ => return false,
        };
        if s == e && c != Some(',') {
            return false;
        }
    }
    false
}

/// `46 people visited, but only 16 had come…`, `sold 500 cars in May and
/// 600 in June`: a bare number after a count in the same sentence counts
/// the same thing (the noun is left out the second time).
fn elided_count(bt: &BlockText, prev: &Draft, d: &mut Draft) {
    let bare = match d.kind {
        Kind::Number => d.low.is_none() && d.value.is_some_and(|v| v >= 1.0 && v.fract() == 0.0),
        Kind::Count => d.unit.is_none(),
        _ => false,
    };
    if !bare || prev.kind != Kind::Count || prev.value.is_none() || d.start < prev.end + 2 {
        return;
    }
    // the figure ends with its number: digits, or a number word
    let last = d.end.checked_sub(1).and_then(|k| bt.get(k));
    let (s, _) = words::span_before(bt, d.end, |c| c.is_ascii_alphabetic());
    // (56 million: a scale word ends it too)
    let number_end = last.is_some_and(|c| c.is_ascii_digit())
        || bt
            .lex_at(s, lexicon::en_number_words())
            .is_some_and(|(e, _)| e == d.end)
        || bt.lex_at(s, lexicon::en_scales()).is_some_and(|(e, _)| e == d.end && e - s > 2);
    // the same sentence, close by
    let same_sentence = same_sentence(bt, prev.end, d.start);
    // things with no unit carry over only to a comparison (up from 56 million): revenue rose 12
    // (three counts of fraud, 10 of theft: `of` after the number, the noun left out)
    let carried = prev.unit.is_some()
        || en::ELIDED_LEADS.contains(words::prev_word(bt, d.start))
        || words::word_then_space(bt, words::skip_space(bt, d.end), Mark::Of.written()).is_some_and(|_| bt.get(d.end) == Some(' '));
    if number_end && same_sentence && carried {
        d.kind = Kind::Count;
        d.unit = prev.unit;
    }
}

/// Letters glued to the digits (`3rd`, `1990s`, `3bn`; `PM2.5`, `MH370`)
/// and written forms around them (`6-3`, `+44 20 …`, `600519.SS`).
fn glued(bt: &BlockText, n: &Num) -> Option<Result<Draft, usize>> {
    // 2035 GMT: a clock time, no year
    if let Some(e) = names::zone_time(bt, n) {
        return Some(Err(e));
    }
    // 5/17/2018: a day in numbers; 2-1/2 years: a whole number and a fraction
    if let Some(d) = names::numeric_date(bt, n)
        .or_else(|| mixed_fraction(bt, n))
        .or_else(|| unit_fraction(bt, n))
        .or_else(|| vulgar_fraction(bt, n))
    {
        return Some(Ok(d));
    }
    let before = n.start.checked_sub(1).and_then(|k| bt.get(k));
    let after = bt.get(n.end);
    // the 4-by-100m relay: the legs of a relay's name, no figure
    if n.arabic && bt.get(n.end) == Some('-') && bt.starts(n.end + 1, Mark::By.written()).is_some_and(|k| bt.get(k) == Some('-')) {
        return Some(Err(n.end));
    }
    // 5G, G20, COVID-19, 1+8+X: numbers inside names
    // ...unless the letters are a unit symbol standing alone (12.4GW, 35km).
    // (`m` is such a symbol only in Chinese text: 3M is a name)
    let symbol = bt.lex_at(n.end, lexicon::units()).filter(|&(e, r)| {
        !is_ascii_letter(bt.get(e))
            && bt.get(e).and_then(numeral::ascii_digit).is_none()
            && lexicon::zh::UNITS[r].rule != lexicon::units::UnitRule::HanText
    });
    // (10億iPhone用戶: a Chinese multiplier stands between the digits and the letters)
    let han_multiplier = n.multiplied && bt.get(n.end - 1).is_some_and(crate::clean::is_han);
    if n.arabic && is_ascii_letter(after) && symbol.is_none() && !is_ascii_letter(before) && !han_multiplier {
        // 3rd, 21st; the 1990s; 3bn, 2x, 20p: English glued to the digits
        if let Some(e) = names::ordinal_suffix(bt, n) {
            // 32nd Street, 47th and Broadway: a street, no rank
            if names::street_after(bt, e) {
                return Some(Err(e));
            }
            // the 5th of May: a day
            if let Some(d) = dates::day_of_month(bt, n, e) {
                return Some(Ok(d));
            }
            return Some(Ok(Draft::new(n.start, e, Kind::Rank, Some(n.low))));
        }
        if let Some(d) = dates::date_number(bt, n) {
            return Some(Ok(d));
        }
        if tail::tail(bt, n.end).is_none() {
            return Some(Err(n.end));
        }
    }
    // (RM900,000, R4bn: a currency's letters, not a code)
    if n.arabic && is_ascii_letter(before) && !qualifiers::glued_currency(bt, n.start) {
        // PM2.5, MH370: skip the whole code, not just its first digits
        let mut e = n.end;
        while bt.get(e).is_some_and(|c| {
            c.is_ascii_alphanumeric()
                || (c == '.' && bt.get(e + 1).is_some_and(|d| d.is_ascii_digit()))
        }) {
            e += 1;
        }
        return Some(Err(e));
    }
    if let Some((e, v)) = names::hyphen_ratio(bt, n) {
        return Some(Ok(Draft::new(n.start, e, Kind::Ratio, Some(v))));
    }
    // the 15-M movement, 3-D: a capital letter alone after a hyphen names something
    if n.arabic
        && bt.get(n.end) == Some('-')
        && bt.original(n.end + 1, n.end + 2).chars().all(|c| c.is_ascii_uppercase())
        && bt.get(n.end + 1).is_some_and(|c| c.is_ascii_alphabetic())
        && !bt.get(n.end + 2).is_some_and(|c| c.is_ascii_alphanumeric())
    {
        return Some(Err(n.end + 2));
    }
    // a 3-4-3 formation, 4-4-2: three or more small numbers joined by hyphens name a shape
    if let Some(e) = names::hyphen_chain(bt, n) {
        return Some(Err(e));
    }
    // won 3-1, a 5-4 ruling, 6-4, 6-3: a score or a tally, no figure
    if let Some(e) = names::score(bt, n) {
        return Some(Err(e));
    }
    let e = names::phone_or_ticker(bt, n)?;
    let start = n.start - usize::from(before == Some('+'));
    Some(Ok(Draft::new(start, e, Kind::Identifier, None)))
}

/// The tail's last checks: a period (`the past five years`), a name
/// (`Windows 11 requires`), an age (`aged 72`), a weight (`weighed 2,749 pounds`).
fn check_tail(bt: &BlockText, n: &Num, r: &Reading, tail: &mut Option<Tail>) -> Result<(), usize> {
    let start = r.start;
    // the first 10 months, the past five years: a period, not a figure
    let period_word = en::PERIOD_LEADS.contains(prev_word(bt, start));
    let the_before = start
        .checked_sub(prev_word(bt, start).len() + 1)
        .is_some_and(|k| prev_word(bt, k) == Mark::The.written());
    if period_word && the_before {
        if let Some(t) = tail::tail(bt, n.end).filter(|t| t.kind == Kind::Duration) {
            return Err(t.end);
        }
    }
    // "40 Days of Purpose": a quote that opens on a number and a capitalized word is a title
    if names::quoted_title(bt, n) {
        return Err(n.end);
    }
    // the No. 1 seed (case No. 21-1234 is a docket's code)
    if tail.is_none() && names::rank_lead(bt, n) {
        if bt.get(n.end) == Some('-') && bt.get(n.end + 1).is_some_and(|c| c.is_ascii_digit()) {
            let mut e = n.end + 1;
            while bt.get(e).is_some_and(|c| c.is_ascii_alphanumeric() || c == '-') {
                e += 1;
            }
            return Err(e);
        }
        *tail = Some(Tail::new(n.end, Kind::Rank, None, 1.0));
        return Ok(());
    }
    // Windows 11 requires, Formula 1 returns: a number in a name, unless a real unit follows
    let name = n.arabic
        && r.currency.is_none()
        && !matches!(bt.get(n.end), Some('%' | '％'))
        && names::is_name_number(bt, n);
    if name && tail.as_ref().is_none_or(|t| t.kind == Kind::Count) {
        return Err(n.end);
    }
    // type 2 diabetes, page 3 of the report: a number that names, not a count
    let counted = tail
        .as_ref()
        .is_some_and(|t| t.kind == Kind::Count && t.unit.is_none());
    if counted && en::IDENTIFIER_LEADS.contains(prev_word(bt, start)) {
        return Err(n.end);
    }
    // aged 72; at age 54; Rehnquist, 80, said
    if tail.is_none() {
        // (32, 33): footnote markers; Oct. 18–21, 2022/23: the second end of a date
        if let Some(e) = names::footnote(bt, n)
            .or_else(|| names::date_end(bt, n))
            .or_else(|| names::slash_pair(bt, n))
        {
            return Err(e);
        }
        // 8 p.m., 10 o'clock: a time of day
        if let Some(e) = clock_after(bt, n) {
            return Err(e);
        }
        let before = prev_word(bt, start);
        if let Some(&(_, unit)) = en::AGE_WORDS.iter().find(|(w, _)| *w == before) {
            *tail = Some(Tail::new(n.end, Kind::Measure, Some(unit), 1.0));
        } else if r.currency.is_none()
            && (names::age_apposition(bt, n)
                || names::age_predicate(bt, start)
                || names::age_bound(bt, start, n.start)
                || names::age_suffix(bt, n))
        {
            *tail = Some(Tail::new(n.end, Kind::Measure, Some(en::AGE_UNIT), 1.0));
        } else if r.currency.is_none() && n.arabic && !n.decimal {
            *tail = bare_whole_tail(bt, n, before, start)?;
        }
    }
    // call 911, 911 calls: a number to dial
    if n.arabic && names::emergency_number(bt, n, start) {
        return Err(n.end);
    }
    // to air 60 Minutes: a unit in capitals in running text names a title
    if let Some(t) = tail.as_ref().filter(|t| matches!(t.kind, Kind::Duration | Kind::Measure)) {
        let s = words::skip_space(bt, n.end);
        let titled = s > n.end
            && bt.original(s, s + 2).chars().map(|c| (c.is_ascii_uppercase(), c.is_ascii_lowercase())).eq([(true, false), (false, true)])
            && !words::starts_sentence(bt, start)
            && names::running_text(bt, start);
        if titled {
            return Err(t.end);
        }
    }
    // a 7.8 quake, a magnitude of 6.9: a magnitude
    if tail.is_none() && n.decimal && magnitude(bt, n, start) {
        *tail = Some(Tail::new(n.end, Kind::Measure, Some(en::MAGNITUDE_UNIT), 1.0));
    }
    // a population of 13 million, a crowd of 20,000: people
    if r.currency.is_none()
        && tail.as_ref().is_none_or(|t| t.kind == Kind::Number)
        && names::people_body_before(bt, start)
    {
        let (end, factor) = tail.as_ref().map_or((n.end, 1.0), |t| (t.end, t.factor));
        *tail = Some(Tail::new(end, Kind::Count, Some(en::PERSON_UNIT), factor));
    }
    // $1,574,799 won this year: the sign names the currency; `won` is a verb
    if let Some(code) = r.currency {
        if tail
            .as_ref()
            .is_some_and(|t| {
                t.kind == Kind::Money
                    && t.unit != Some(code)
                    && t.end
                        .checked_sub(1)
                        .and_then(|k| bt.get(k))
                        .is_some_and(|c| c.is_ascii_alphabetic())
            })
        {
            *tail = tail::scale_only(bt, n.end);
        }
    }
    // weighed 2,749 pounds: weight, not money
    if let Some(t) = tail
        .as_mut()
        .filter(|t| t.factor == 1.0 && r.currency.is_none())
    {
        let weight = en::MONEY_OR_WEIGHT
            .iter()
            .find(|(money, _)| t.unit == Some(money));
        if let Some(&(_, weight)) =
            weight.filter(|_| qualifiers::weighing_before(bt, r.floor, start))
        {
            (t.kind, t.unit) = (Kind::Measure, Some(weight));
        }
    }
    Ok(())
}

/// `a 7.8 quake` (not after `magnitude`: `magnitude 6.8 earthquake` is read as a
/// number), `a magnitude of 6.9`: a reading on the scale of earthquakes.
fn magnitude(bt: &BlockText, n: &Num, start: usize) -> bool {
    let before = prev_word(bt, start);
    let quake = bt.get(n.end) == Some(' ') && before != Mark::Magnitude.written() && {
        let s = n.end + 1;
        en::QUAKE_NOUNS.contains(bt.folded(s, words::word_end(bt, s)))
    };
    quake
        || before == Mark::Of.written() && {
            let (s, _) = span_before(bt, start, |c| c.is_ascii_alphabetic());
            prev_word(bt, s) == Mark::Magnitude.written()
        }
}

/// A whole number in digits with no unit, currency or age word: an address, a
/// model or a clock span (`Err`: no figure), else the unit it takes from a
/// list, a verb or a death toll (`Ok(None)`: none).
fn bare_whole_tail(bt: &BlockText, n: &Num, before: &str, start: usize) -> Result<Option<Tail>, usize> {
    // 221 Baker Street, the 737 Max: an address or a model, no figure
    // 7 to 7:30 p.m.: a span of clock times
    if let Some(e) = names::street_or_model(bt, n).or_else(|| names::clock_span(bt, n)) {
        return Err(e);
    }
    // 4, 6 and 15 years: the list's unit; 10 by 12 feet: the size's
    if let Some(t) = tail::list_tail(bt, n.start, n.end).or_else(|| tail::by_dimension(bt, n.end)) {
        return Ok(Some(t));
    }
    // 12 were injured, the 40 arrested, killed 12: a count of what it stands for
    if let Some(unit) = bare_digit_count(bt, n, before, words::opens_clause(bt, start)) {
        return Ok(Some(Tail::new(n.end, Kind::Count, unit, 1.0)));
    }
    // the death toll rose to 45: people; the number of professions rose from 13: a count
    Ok(names::count_subject_before(bt, start).map(|unit| Tail::new(n.end, Kind::Count, unit, 1.0)))
}

/// A whole number with no unit or noun that counts what it stands for: the
/// subject of a verb (`12 were injured`, `only 16 had come`), a number before
/// what befell people (`the 40 arrested`, `12 dead`), the object of a verb
/// whose object is people (`killed 12`, `employs 4,500`). `Some(unit)`.
fn bare_digit_count(bt: &BlockText, n: &Num, before: &str, clause: bool) -> Option<Option<&'static str>> {
    if n.low < 1.0 || n.low.fract() != 0.0 {
        return None;
    }
    if en::PEOPLE_OBJECT_VERBS.contains(before) {
        return Some(Some(en::PERSON_UNIT));
    }
    if bt.get(n.end) != Some(' ') {
        return None;
    }
    let s = n.end + 1;
    if en::PEOPLE_STATES.contains(bt.folded(s, words::word_end(bt, s))) {
        return Some(Some(en::PERSON_UNIT));
    }
    tail::subject_count(bt, n.end, clause)
}

/// `1 in 5 adults`, `3 out of 4`, `one out of every 10`: a ratio in digits
/// (the second number no year and no amount with a unit of its own).
fn digit_ratio(bt: &BlockText, n: &Num, floor: usize) -> Option<Draft> {
    if !n.arabic || n.decimal || n.multiplied || n.low <= 0.0 || bt.get(n.end) != Some(' ') {
        return None;
    }
    let s = n.end + 1;
    let k = bt
        .starts(s, Mark::OutOf.written())
        .or_else(|| bt.starts(s, Mark::In.written()))
        .filter(|&k| bt.get(k) == Some(' '))?
        + 1;
    let k = bt
        .starts(k, Mark::Every.written())
        .filter(|&e| bt.get(e) == Some(' '))
        .map_or(k, |e| e + 1);
    let m = numeral::parse(&bt.cs, k)
        .filter(|m| m.arabic && !m.decimal && !m.multiplied && m.low > n.low)?;
    let year = m.int_digits == 4 && !m.separated;
    let unit = tail::tail(bt, m.end).is_some_and(|t| t.kind != Kind::Count);
    if year || unit || !boundary_at_end(bt, m.end) {
        return None;
    }
    let (start, approx) = qualifiers::qualifiers(bt, floor, n.start);
    let mut d = Draft::new(start, m.end, Kind::Ratio, Some(round(n.low / m.low)));
    d.approximate = approx;
    Some(d)
}

/// No letter or digit right after `e`.
fn boundary_at_end(bt: &BlockText, e: usize) -> bool {
    bt.get(e).is_none_or(|c| !c.is_alphanumeric())
}

/// `2½ years`: a whole number and a vulgar fraction character, with a unit.
fn vulgar_fraction(bt: &BlockText, n: &Num) -> Option<Draft> {
    let c = bt.get(n.end)?;
    let &(_, f) = en::VULGAR_FRACTIONS.iter().find(|(v, _)| *v == c)?;
    if !n.arabic || n.decimal || n.multiplied {
        return None;
    }
    let t = tail::tail(bt, n.end + 1).filter(|t| t.kind != Kind::Number)?;
    let mut d = Draft::new(n.start, t.end, t.kind, Some(round((n.low + f) * t.factor)));
    d.unit = t.unit;
    Some(d)
}

/// `a 1/4 mile oval`: a fraction before a unit of measure is that share of the unit.
fn unit_fraction(bt: &BlockText, n: &Num) -> Option<Draft> {
    if !n.arabic || n.decimal || n.multiplied || bt.get(n.end) != Some('/') {
        return None;
    }
    let b = numeral::parse(&bt.cs, n.end + 1)
        .filter(|b| b.arabic && !b.decimal && b.low > n.low && b.int_digits == 1)?;
    let t = tail::tail(bt, b.end)
        .filter(|t| matches!(t.kind, Kind::Measure | Kind::Duration) && t.factor == 1.0)?;
    let mut d = Draft::new(n.start, t.end, t.kind, Some(round(n.low / b.low)));
    d.unit = t.unit;
    Some(d)
}

/// `2-1/2 years`, `1 1/2 cups`: a whole number and a fraction, with a unit.
fn mixed_fraction(bt: &BlockText, n: &Num) -> Option<Draft> {
    if !n.arabic || n.decimal || n.multiplied || !matches!(bt.get(n.end), Some('-' | ' ')) {
        return None;
    }
    let a = numeral::parse(&bt.cs, n.end + 1).filter(|a| a.arabic && !a.decimal)?;
    if bt.get(a.end) != Some('/') {
        return None;
    }
    let b = numeral::parse(&bt.cs, a.end + 1)
        .filter(|b| b.arabic && !b.decimal && b.low > a.low && b.int_digits == 1)?;
    let t = tail::tail(bt, b.end).filter(|t| t.kind != Kind::Number)?;
    let v = (n.low + a.low / b.low) * t.factor;
    let mut d = Draft::new(n.start, t.end, t.kind, Some(round(v)));
    d.unit = t.unit;
    Some(d)
}

/// `8 p.m.`, `10 o'clock`: a clock word after the number, where it ends.
fn clock_after(bt: &BlockText, n: &Num) -> Option<usize> {
    // 9.37 am: hours and minutes with a point between
    let minutes = !n.decimal || (n.end - n.start == n.int_digits + 3 && n.low.fract() < 0.595);
    if !n.arabic || !minutes || n.low > 24.0 || bt.get(n.end) != Some(' ') {
        return None;
    }
    let s = n.end + 1;
    let mut e = s;
    while bt
        .get(e)
        .is_some_and(|c| c.is_ascii_alphabetic() || matches!(c, '.' | '\'' | '’'))
    {
        e += 1;
    }
    // `9 pm.`: the sentence's full stop is no part of the word
    let clock = |e: usize| e > s && en::CLOCK_WORDS.contains(bt.folded(s, e));
    [e, e.saturating_sub(1)].into_iter().find(|&e| clock(e))
}

/// `3 to 5 million`, `between 3% and 5%`, `$1m–$2m`; `voted 7 to 2` is a ratio.
fn to_range(bt: &BlockText, n: &Num, floor: usize, r: &mut Reading, tails: Tails) -> Range {
    let between = r.lead.between.is_some();
    let start = r.start;
    // grew from 10 to 110 employees: the first number counts what the second does
    if r.tail.is_none() && n.arabic && prev_word(bt, start) == Mark::From.written() {
        let s = words::skip_space(bt, r.end);
        let t2 = words::word_then_space(bt, s, Mark::To.written())
            .filter(|_| s > r.end)
            .and_then(|k| numeral::parse(&bt.cs, k).filter(|m| m.arabic))
            .and_then(|m| tails(m.end, true))
            .filter(|t| matches!(t.kind, Kind::Count | Kind::Measure | Kind::Duration | Kind::Percent));
        if let Some(t2) = t2 {
            r.tail = Some(Tail { end: r.end, ..t2 });
        }
    }
    let to_allowed = || !between && qualifiers::range_to_allowed(bt, floor, start);
    let Some(k) = qualifiers::range_next(bt, r.end, between, to_allowed).filter(|_| n.arabic)
    else {
        return Range::NotHere;
    };
    let Some(m) = numeral::parse(&bt.cs, k).filter(|m| m.arabic) else {
        return Range::Read;
    };
    let t2 = tails(m.end, true);
    // voted 7 to 2, outnumber 2 to 1: a ratio, not a range
    if r.tail.is_none()
        && t2.is_none()
        && (m.low < n.low || m.low == 1.0)
        && m.low > 0.0
        && lexicon::has_str(bt.folded(r.end, k), Mark::To.written())
    {
        let mut d = Draft::new(start, m.end, Kind::Ratio, Some(round(n.low / m.low)));
        d.approximate = r.lead.approx;
        return Range::Ratio(d);
    }
    // after `by`, a range is two close amounts (rise by 1 to 2 points), not a change and a level
    // (cut by 1.5 percent to 5.9 percent: each end with its own unit)
    let own_units = r.tail.as_ref().is_some_and(|a| a.kind != Kind::Number) && t2.is_some();
    let by_range_ok = prev_word(bt, start) != Mark::By.written() || !own_units && {
        let lo_v = n.low * r.tail.as_ref().map_or(1.0, |t| t.factor);
        let hi_v = m.low * t2.as_ref().map_or(1.0, |t| t.factor);
        hi_v > lo_v && hi_v < lo_v * 10.0
    };
    // sold 300 cars to 12 dealers: a counted noun after the first number ends it
    let own_noun = r.tail.as_ref().is_some_and(|a| a.kind == Kind::Count && a.factor == 1.0 && a.end > n.end + 1);
    let compatible = match (&r.tail, &t2) {
        (Some(_), Some(_)) if own_noun => false,
        // a 50% to 36% edge, 43 percent to 40 percent: two amounts each with its unit, the
        // second lower, are two figures (a range runs upwards)
        (Some(a), Some(b)) if a.kind != Kind::Number && m.low * b.factor < n.low * a.factor => false,
        (Some(a), Some(b)) => a.kind == b.kind && a.unit == b.unit || a.kind == Kind::Number,
        (None, _) => true,
        // aged 13 to 18, aged between 18 and 30: an age read from the word before holds both ends
        (Some(a), None) => a.unit == Some(en::AGE_UNIT) && a.end == n.end,
    };
    if compatible && by_range_ok {
        if r.tail.as_ref().is_none_or(|t| t.kind == Kind::Number) {
            // 3 to 5 million: the scale carries back to the first number;
            // 1.2 billion and 1.5 billion yuan: the unit does
            let first_factor = r.tail.as_ref().map(|t| t.factor);
            r.tail = t2.clone().map(|mut t| {
                t.factor = first_factor.unwrap_or(t.factor);
                t
            });
        }
        r.high = m.high * t2.as_ref().map_or(1.0, |t| t.factor)
            / r.tail.as_ref().map_or(1.0, |t| t.factor);
        r.end = t2.as_ref().map_or(m.end, |t| t.end);
        if let Some(a) = &mut r.tail {
            a.end = r.end;
        }
    }
    Range::Read
}
