//! English figures that start with a word: spelled numbers with a unit,
//! ordinals, fractions, multiples (`doubled`), `one in five`, vague amounts
//! (`dozens of`), and dates that start with a month.

use super::dates::date_draft;
use super::qualifiers::qualifiers;
use super::spelled::spelled;
use super::tail::tail;
use super::words::{
    boundary_at, phrase_at, prev_word, skip_space, span_before, starts_sentence, word_end,
    word_then_space,
};
use crate::dates::en as dates;
use crate::figures::shared::draft::{round, Draft};
use crate::figures::shared::numeral;
use crate::figures::shared::rem;
use crate::figures::shared::text::BlockText;
use crate::lexicon::en::{self, Mark};
use crate::lexicon::{self};
use crate::model::{Change, Kind};

/// A figure that starts with an English word at `i`: spelled numbers with a
/// unit, ordinals, fractions, multiples, `one in five`, and dates that start
/// with a month. `Err` carries where to resume.
pub fn word_figure(bt: &BlockText, i: usize, floor: usize) -> Result<Draft, usize> {
    let end = word_end(bt, i);
    let has_digit = bt.cs[i..end].iter().any(|c| c.is_ascii_digit());
    // Most words start no figure: one lookup over every table says so.
    if !has_digit && bt.lex_at(i, lexicon::en_starters()).is_none() {
        return Err(end);
    }
    if has_digit {
        return code(bt, i, end);
    }
    if let Some(d) = vague(bt, i).or_else(|| duration(bt, i)) {
        return Ok(d);
    }
    // an hour, a year: one of a unit (a figure after a qualifier), nothing else
    if let Some(found) = one_unit(bt, i, floor) {
        return found;
    }
    if let Some(found) = month_date(bt, i) {
        return found.ok_or(end);
    }
    if let Some(d) = multiple(bt, i, floor).or_else(|| fraction(bt, i, floor)) {
        return Ok(d);
    }
    if let Some(found) = ordinal(bt, i) {
        return found;
    }
    let found = spelled_figure(bt, i, floor);
    // minus five percent, minus one: a sign word before a spelled number
    if let Some(s) = super::qualifiers::minus_before(bt, floor, i) {
        if let Some(d) = negative(bt, i, s, found.as_ref()) {
            return Ok(d);
        }
    }
    found.ok_or(end)?
}

/// The spelled number at `i` after a minus word at `s`: the figure read
/// there (`minus five percent`), or the bare number (`minus one`), negated.
fn negative(bt: &BlockText, i: usize, s: usize, found: Option<&Result<Draft, usize>>) -> Option<Draft> {
    let mut d = match found {
        Some(Ok(d)) => d.clone(),
        _ => {
            let (v, e) = spelled(bt, i)?;
            Draft::new(i, e, Kind::Number, Some(v))
        }
    };
    if d.start != i || d.low.is_some() || d.high.is_some() || !matches!(d.kind, Kind::Number | Kind::Count | Kind::Percent | Kind::Measure) {
        return None;
    }
    if d.kind == Kind::Count {
        (d.kind, d.unit) = (Kind::Number, None);
    }
    d.value = d.value.map(|v| -v);
    d.start = s;
    Some(d)
}

/// A word with digits: flight MH370, CA981 (letters and digits after an
/// identifier word) are identifiers; PM2.5, A320-200 are skipped whole.
fn code(bt: &BlockText, i: usize, end: usize) -> Result<Draft, usize> {
    let (s, k) = span_before(bt, i, |c| c.is_ascii_alphabetic());
    // PM2.5, A320-200: the code runs on over dots and hyphens between digits
    let mut e = end;
    while matches!(bt.get(e), Some('.' | '-'))
        && bt.get(e + 1).is_some_and(|c| c.is_ascii_alphanumeric())
    {
        e = word_end(bt, e + 1);
    }
    // FY2024: the year of a fiscal year is a date
    let letters = bt.cs[i..end].iter().take_while(|c| c.is_ascii_alphabetic()).count();
    let digits = bt.cs[i + letters..end].iter().take_while(|c| c.is_ascii_digit()).count();
    if en::FISCAL_PREFIXES.contains(bt.folded(i, i + letters)) && digits == 4 {
        let y_end = i + letters + 4;
        if let Some(y) = numeral::parse(&bt.cs, i + letters).filter(|y| y.int_digits == 4 && y.end == y_end) {
            // FY2020-22: fiscal years from one to another
            if let Some(d) = fiscal_span(bt, y.low, y_end).filter(|d| d.end == end) {
                return Ok(Draft { start: i + letters, ..d });
            }
            if y_end == end {
                return Ok(date_draft(i + letters, end, Some(y.low as u32), None, None));
            }
        }
    }
    // RM900,000, R4bn: a currency's letters glued to the amount, which is read after them
    if letters > 0 && i + letters < end && super::qualifiers::glued_currency(bt, i + letters) {
        return Err(i + letters);
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
    // mid-1950s, pre-2008: the number after the prefix is read on its own
    let letters = bt.cs[i..end].iter().take_while(|c| c.is_ascii_alphabetic()).count();
    if bt.get(i + letters) == Some('-')
        && bt.get(i + letters + 1).is_some_and(|c| c.is_ascii_digit())
        && en::DATE_PREFIXES.contains(bt.folded(i, i + letters))
    {
        return Err(i + letters + 1);
    }
    Err(e)
}

/// `FY2020-22`: a hyphen and the last two digits of a later year after a
/// fiscal year ending at `end`: one date, iso the interval.
fn fiscal_span(bt: &BlockText, year: f64, end: usize) -> Option<Draft> {
    if bt.get(end) != Some('-') {
        return None;
    }
    let m = numeral::parse(&bt.cs, end + 1).filter(|m| m.arabic && m.int_digits == 2 && !m.decimal)?;
    let high = (year / 100.0).floor() * 100.0 + m.low;
    if high <= year || !boundary_at(bt, m.end) {
        return None;
    }
    let mut d = date_draft(end, m.end, Some(year as u32), None, None);
    d.set_range(year, high);
    d.iso = Some(crate::dates::padded_pair(year as u32, high as u32, 0));
    Some(d)
}

/// Does the word at `i` start with a capital?
fn capital(bt: &BlockText, i: usize) -> bool {
    bt.original(i, i + 1)
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii_uppercase())
}

/// Tens of thousands of residents, Dozens of flights: vague amounts of what follows `of`.
fn vague(bt: &BlockText, i: usize) -> Option<Draft> {
    let (e, row) = phrase_at(bt, i, lexicon::en_vague())?;
    let (_, low, high) = en::VAGUE[row];
    let s = skip_space(bt, e);
    let (end, unit) = match phrase_at(bt, s, lexicon::en_units())
        .filter(|&(_, r)| en::UNITS[r].kind == Kind::Count)
    {
        Some((ue, r)) => (ue, en::UNITS[r].unit()),
        // Dozens of flights: any plural noun
        None if bt
            .folded(s, word_end(bt, s))
            .ends_with(Mark::Plural.written()) =>
        {
            (word_end(bt, s), None)
        }
        None => (e, None),
    };
    let mut d = Draft::new(i, end, Kind::Count, None);
    (d.low, d.high, d.unit, d.approximate) = (Some(low), Some(high), unit, true);
    Some(d)
}

/// a decade, a century
fn duration(bt: &BlockText, i: usize) -> Option<Draft> {
    let (e, row) = phrase_at(bt, i, lexicon::en_durations())?;
    let (_, v, unit) = en::DURATION_PHRASES[row];
    let mut d = Draft::new(i, e, Kind::Duration, Some(v));
    d.unit = Some(unit);
    Some(d)
}

/// `more than an hour`, `over a ton`: one of a unit after a qualifier.
fn one_unit(bt: &BlockText, i: usize, floor: usize) -> Option<Result<Draft, usize>> {
    let (e, row) = phrase_at(bt, i, lexicon::en_one_units())?;
    let (start, approx) = qualifiers(bt, floor, i);
    if !approx || start == i {
        return Some(Err(e));
    }
    let (_, kind, unit) = en::ONE_UNIT_PHRASES[row];
    let mut d = Draft::new(start, e, kind, Some(1.0));
    (d.unit, d.approximate) = (Some(unit), true);
    Some(Ok(d))
}

/// May 12, 2024; March 3; May 2024; in March. `Some(None)`: a month word
/// that is no date here.
fn month_date(bt: &BlockText, i: usize) -> Option<Option<Draft>> {
    let (month, e) = dates::month_at(&bt.cs, i).filter(|&(_, e)| boundary_at(bt, e))?;
    let capital = capital(bt, i);
    // Mar-a-Lago: a short month word in a hyphenated name
    if e - i == 3 && bt.get(e) == Some('-') && bt.get(e + 1).is_some_and(|c| c.is_ascii_alphabetic()) {
        return Some(None);
    }
    let word_e = e;
    // Sept. 30, Jan. 5: an abbreviation's full stop
    let e = if bt.get(e) == Some('.') && e - i <= 4 {
        e + 1
    } else {
        e
    };
    if let Some((year, day, end)) = dates::after_month(&bt.cs, e).filter(|_| capital) {
        return Some(Some(date_draft(i, end, year, Some(month), day)));
    }
    // in March, since June: a month on its own (May only after a word that wants a time)
    let prev = prev_word(bt, i);
    let may_ok = month != 5 || en::MAY_LEADS.contains(prev);
    let full_word = e - i >= 3 && boundary_at(bt, e);
    let sentence_start = starts_sentence(bt, i) || {
        let (_, k) = span_before(bt, i, |_| false);
        k > 0 && bt.get(k - 1).is_some_and(|c| matches!(c, ':' | '(' | '—'))
            // SINGAPORE (AFP) - Three…, (CNN) -- Ten…: a dateline's dash
            || (k > 1 && bt.get(k - 1) == Some('-') && bt.get(k - 2).is_some_and(|c| c == ' ' || c == '-'))
    };
    let alone = capital && may_ok && full_word && (!sentence_start || month != 5);
    // (in June.: the sentence's full stop is no part of it)
    Some(alone.then(|| date_draft(i, word_e, None, Some(month), None)))
}

/// doubled, tripled, halved, more than doubled
fn multiple(bt: &BlockText, i: usize, floor: usize) -> Option<Draft> {
    let (e, row) = phrase_at(bt, i, lexicon::en_multiples())?;
    let (_, f, rise) = en::MULTIPLE_WORDS[row];
    let (start, approx) = qualifiers(bt, floor, i);
    // will double, plans to triple (a rise); double the amount (a multiple); a double murder: none
    if en::BASE_MULTIPLES.contains(bt.folded(i, e)) {
        let s = skip_space(bt, e);
        let next = bt.folded(s, word_end(bt, s));
        // double as cabins, double down: a phrasal verb, no multiple
        let phrasal = s > e && en::PHRASAL_PARTICLES.contains(next);
        // will soon triple, could easily double: an adverb between the modal and the verb
        let w = prev_word(bt, i);
        let modal = en::MODAL_LEADS.contains(w)
            || en::MODAL_ADVERBS.contains(w) && en::MODAL_LEADS.contains(prev_word(bt, span_before(bt, i, |c| c.is_ascii_alphabetic()).0));
        let verb = modal && !phrasal;
        let comparison = s > e && en::MULTIPLE_FOLLOWERS.contains(next) && !phrasal;
        if bt.get(e) == Some('-') || !(verb || comparison) {
            return None;
        }
        let mut d = Draft::new(start, e, Kind::Multiple, Some(f));
        d.approximate = approx;
        d.change = verb.then_some(if rise { Change::Increase } else { Change::Decrease });
        return Some(d);
    }
    // scored twice: two occasions; twice as many, twice the size: a multiple with no change
    if en::TIMES_WORDS.contains(bt.folded(i, e)) {
        let s = skip_space(bt, e);
        let next = bt.folded(s, word_end(bt, s));
        // twice a year, twice a season: a frequency (occasions), not a multiple
        let s2 = skip_space(bt, word_end(bt, s));
        let frequency = en::PER_WORDS.contains(next)
            && (en::FREQUENCY_PERIODS.contains(bt.folded(s2, word_end(bt, s2)))
                || phrase_at(bt, s2, lexicon::en_units()).is_some_and(|(_, r)| en::UNITS[r].kind == Kind::Duration));
        let comparison = s > e
            && !frequency
            && (en::MULTIPLE_FOLLOWERS.contains(next) || next.ends_with(Mark::Comparative.written()));
        let kind = if comparison { Kind::Multiple } else { Kind::Count };
        let mut d = Draft::new(start, e, kind, Some(f));
        d.approximate = approx;
        return Some(d);
    }
    let mut d = Draft::new(start, e, Kind::Multiple, Some(f));
    d.approximate = approx;
    d.change = Some(if rise {
        Change::Increase
    } else {
        Change::Decrease
    });
    Some(d)
}

/// half of, two-thirds of, a quarter of; `fell by a third`: the size of a change
fn fraction(bt: &BlockText, i: usize, floor: usize) -> Option<Draft> {
    let (e, row) = phrase_at(bt, i, lexicon::en_fractions())?;
    // a quarter of a million: a number that starts with a fraction
    if phrase_at(bt, i, lexicon::en_number_words()).is_some_and(|(ne, _)| ne > e) {
        return None;
    }
    let s = skip_space(bt, e);
    // `half of`, `half the`; `the first half of this year` is a period
    let after_ordinal = en::HALF_PERIOD_LEADS.contains(prev_word(bt, i));
    let by = prev_word(bt, i) == Mark::By.written();
    let share = word_then_space(bt, s, Mark::Of.written()).is_some()
        // ... and `fell by a third`: the size of a change (not `by half a percentage point`)
        || (by && !en::ARTICLES.iter().any(|a| word_then_space(bt, s, a).is_some()))
        // `half the workforce`, `half its peak`: a predeterminer before a determiner
        || (en::OF_DETERMINERS.iter().any(|w| word_then_space(bt, s, w).is_some()) && en::FRACTIONS.data(row) == 50.0);
    let (start, approx) = qualifiers(bt, floor, i);
    // just over half were female, less than half voted: a bound makes it a share
    let bounded = approx
        && bt.get(e).is_some_and(|c| !c.is_alphanumeric() && c != '-')
        && !en::ARTICLES.iter().any(|a| word_then_space(bt, s, a).is_some());
    // two thirds agreed, one fifth: a numerator word makes it a fraction
    let numerator = phrase_at(bt, i, lexicon::en_number_words())
        .is_some_and(|(ne, r)| ne < e && en::NUMBER_WORDS.data(r) < 10.0 && en::NUMBER_WORDS.data(r) >= 1.0);
    // a third stayed, a quarter said: the share is the subject of a verb
    let next = bt.folded(s, word_end(bt, s));
    let subject = s > e
        && (en::SUBJECT_VERBS.contains(next)
            || en::SHARE_VERBS.contains(next)
            || next.ends_with(Mark::Participle.written()));
    if after_ordinal || !(share || bounded || numerator || subject) {
        return None;
    }
    let mut d = Draft::percent(start, e, round(en::FRACTIONS.data(row)));
    d.approximate = approx;
    Some(d)
}

/// third, second-largest; `first-quarter`, `second half`, `a second` are no ranks.
fn ordinal(bt: &BlockText, i: usize) -> Option<Result<Draft, usize>> {
    let (e, v) = phrase_at(bt, i, lexicon::en_ordinals())
        .map(|(e, row)| (e, en::ORDINALS.data(row)))
        .or_else(|| compound_ordinal(bt, i))?;
    let skip = Some(Err(word_end(bt, i)));
    // a hundredth of a second, a millionth: a fraction, not a rank
    if v >= 100.0 && en::ARTICLES.contains(prev_word(bt, i)) {
        return skip;
    }
    // between Fifth and Madison, the Second Amendment: a capitalized ordinal in running text names
    if capital(bt, i) && !starts_sentence(bt, i) && super::names::running_text(bt, i) {
        return skip;
    }
    let s = skip_space(bt, e);
    let period = en::ORDINAL_NOUNS
        .iter()
        .any(|w| bt.starts(s, w).is_some_and(|x| boundary_at(bt, x)));
    // first-quarter, second-half: a period, not a rank
    if bt.get(e) == Some('-')
        && en::ORDINAL_PERIODS
            .iter()
            .any(|w| bt.starts(e + 1, w).is_some())
    {
        return Some(Err(word_end(bt, e + 1)));
    }
    // second-largest, third-biggest, second-most-visited (the superlative alone, up to its hyphen)
    let mut end = e;
    if bt.get(e) == Some('-') {
        let mut w = e + 1;
        while bt.get(w).is_some_and(|c| c.is_ascii_alphabetic()) {
            w += 1;
        }
        let sup = bt.folded(e + 1, w);
        if sup.ends_with(Mark::Superlative.written()) || en::SUPERLATIVES.contains(sup) {
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
    // finished second, comes in second: a place, whatever follows
    let place = end == e && next_word.is_empty() && en::PLACE_LEADS.contains(prev_word(bt, i));
    let time_unit = v == 2.0
        && end == e
        && !place
        && (next_word.is_empty() || en::SECOND_AS_TIME.contains(next_word));
    let of = next_word == Mark::Of.written();
    if period && end == e || of && v == 1.0 || time_unit {
        return skip;
    }
    Some(Ok(Draft::new(i, end, Kind::Rank, Some(v))))
}

/// A spelled number that ends in an ordinal: `one hundred twenty-fifth`,
/// `two hundredth`, `the one hundred fiftieth anniversary` (a rank). An
/// ordinal after a number below a hundred is not one (`two fifth-graders`).
fn spelled_ordinal(bt: &BlockText, i: usize, v: f64, e: usize) -> Option<Draft> {
    let k = if bt.get(e) == Some('-') { e + 1 } else { skip_space(bt, e) };
    if k == e {
        return None;
    }
    let (oe, o) = phrase_at(bt, k, lexicon::en_ordinals())
        .map(|(oe, row)| (oe, en::ORDINALS.data(row)))
        .or_else(|| compound_ordinal(bt, k))?;
    let value = if o >= 100.0 && v < 1000.0 && v.fract() == 0.0 {
        v * o
    } else if o < 100.0 && v >= 100.0 && rem(v, 100.0) == 0.0 {
        v + o
    } else if o < 10.0 && rem(v, 100.0) >= 20.0 && rem(v, 10.0) == 0.0 && v.fract() == 0.0 {
        // one hundred twenty-fifth, twenty fifth
        v + o
    } else {
        return None;
    };
    (bt.get(oe).is_none_or(|c| c != '-')).then(|| Draft::new(i, oe, Kind::Rank, Some(value)))
}

/// `twenty-first`, `ninety-ninth`: tens, a hyphen, an ordinal below ten.
fn compound_ordinal(bt: &BlockText, i: usize) -> Option<(usize, f64)> {
    let (e, row) = phrase_at(bt, i, lexicon::en_number_words())?;
    let tens = en::NUMBER_WORDS.data(row);
    if bt.get(e) != Some('-') || !(20.0..100.0).contains(&tens) || rem(tens, 10.0) != 0.0 {
        return None;
    }
    let (e2, r2) = phrase_at(bt, e + 1, lexicon::en_ordinals())?;
    let v = en::ORDINALS.data(r2);
    (v < 10.0).then_some((e2, tens + v))
}

/// A spelled number: `two to three years` (a range), `three to one`, `nine
/// out of 10`, `one in five` (ratios), `three million` (a number), `five
/// people` (with its unit). `None`: no figure (resume after the word);
/// `Some(Err)`: resume there.
fn spelled_figure(bt: &BlockText, i: usize, floor: usize) -> Option<Result<Draft, usize>> {
    let (v, e) = spelled(bt, i)?;
    // The Group of Seven: a capitalized number mid-sentence is a name
    let sentence_start = starts_sentence(bt, i) || {
        let (_, k) = span_before(bt, i, |_| false);
        k > 0 && bt.get(k - 1).is_some_and(|c| matches!(c, ':' | '(' | '—'))
            // SINGAPORE (AFP) - Three…, (CNN) -- Ten…: a dateline's dash
            || (k > 1 && bt.get(k - 1) == Some('-') && bt.get(k - 2).is_some_and(|c| c == ' ' || c == '-'))
    };
    if capital(bt, i) && !sentence_start {
        return Some(Err(e));
    }
    if let Some(d) = spelled_ordinal(bt, i, v, e) {
        return Some(Ok(d));
    }
    let s0 = skip_space(bt, e);
    if let Some(d) = spelled_to(bt, i, floor, v, s0).or_else(|| out_of(bt, i, floor, v, s0)) {
        return Some(Ok(d));
    }
    let s = skip_space(bt, e);
    if let Some(d) = one_in(bt, i, floor, v, s) {
        return Some(Ok(d));
    }
    // four, six and fifteen years: the list's unit; eight by 12 metres: the size's
    let t = tail(bt, e)
        .or_else(|| super::tail::list_tail(bt, i, e))
        .or_else(|| super::tail::by_dimension(bt, e));
    // seven victories out of eight
    if let Some(d) = t
        .as_ref()
        .filter(|t| t.kind == Kind::Count)
        .and_then(|t| out_of(bt, i, floor, v, skip_space(bt, t.end)))
    {
        return Some(Ok(d));
    }
    // his first number one hit, the number two official: a place in an order
    let bare = t.as_ref().is_none_or(|t| t.kind == Kind::Count && t.unit.is_none());
    if en::SPELLED_RANK_LEADS.contains(prev_word(bt, i)) && bare && v.fract() == 0.0 {
        let (start, _) = span_before(bt, i, |c| c.is_ascii_alphabetic());
        return Some(Ok(Draft::new(start, e, Kind::Rank, Some(v))));
    }
    // phase two of the plan, day three: a label, unless a unit follows
    if en::SPELLED_LABEL_LEADS.contains(prev_word(bt, i))
        && t.as_ref().is_none_or(|t| t.kind == Kind::Count && t.unit.is_none())
    {
        return None;
    }
    let phrase = bt.folded(i, word_end(bt, s).max(e));
    // no one holds…: a pronoun
    if v == 1.0 && prev_word(bt, i) == Mark::No.written() {
        return None;
    }
    if v == 1.0 && en::ONE_PHRASES.iter().any(|p| phrase.starts_with(p)) {
        return None;
    }
    // down one, won by one: the size of a change or a margin (no noun after)
    let margin = en::MARGIN_LEADS.contains(prev_word(bt, i)) || lexicon::en_change_words().contains(prev_word(bt, i));
    let no_noun = bt.get(e).is_none_or(|c| !c.is_alphanumeric() && c != ' ' && c != '-')
        || (s > e && lexicon::en_stop_words().contains(bt.folded(s, word_end(bt, s))));
    if v == 1.0 && t.is_none() && margin && no_noun {
        let (start, approx) = qualifiers(bt, floor, i);
        let mut d = Draft::new(start, e, Kind::Count, Some(1.0));
        d.approximate = approx;
        return Some(Ok(d));
    }
    if v == 1.0 && t.as_ref().is_none_or(|t| t.kind == Kind::Count && t.unit.is_none()) {
        // only one shot, at least one bridge: a bound or `only` makes `one` a count;
        // so does `one` before a noun (with one launch), not `the one`, `one must`
        return qualified_one(bt, floor, i, s).map(Ok);
    }
    // Three were killed: the subject of a verb (a sentence's or clause's first words)
    let clause_start = sentence_start
        || en::SUBJECT_LEADS.contains(prev_word(bt, i))
        || {
            let (_, k) = span_before(bt, i, |_| false);
            k > 0 && bt.get(k - 1).is_some_and(|c| matches!(c, ',' | ';' | ':'))
        };
    if let Some(unit) = t
        .is_none()
        .then(|| super::tail::subject_count(bt, e, clause_start))
        .flatten()
        .filter(|_| clause_start && v >= 2.0)
    {
        let (start, approx) = qualifiers(bt, floor, i);
        let mut d = Draft::new(start, e, Kind::Count, Some(v));
        (d.unit, d.approximate) = (unit, approx);
        return Some(Ok(d));
    }
    let Some(t) = t else {
        // a spelled number with a scale alone counts, as digits do (three million, some 40
        // million), unless a verb of money governs it (raised half a million); otherwise a word
        // (and one with a fraction is a number: one and a half)
        if (v >= 1000.0 && phrase_at(bt, i, lexicon::en_number_words()).is_some()) || v.fract() != 0.0 {
            let (start, approx) = qualifiers(bt, floor, i);
            let sum = en::MONEY_VERBS.contains(prev_word(bt, start));
            let kind = if v.fract() == 0.0 && !sum { Kind::Count } else { Kind::Number };
            let mut d = Draft::new(start, e, kind, Some(v));
            d.approximate = approx;
            return Some(Ok(d));
        }
        return bare_count(bt, i, e, v, floor).map(Ok);
    };
    let (start, approx) = qualifiers(bt, floor, i);
    // `over three years` is a span of time, not more than three years
    let over = bt.folded(start, i).trim() == Mark::Over.written();
    let (start, approx) = if t.kind == Kind::Duration && over {
        (i, false)
    } else {
        (start, approx)
    };
    let mut d = Draft::new(start, t.end, t.kind, Some(round(v * t.factor + t.added)));
    d.unit = t.unit;
    d.approximate = approx;
    Some(Ok(d))
}

/// A spelled number from two up with no unit after it counts what it stands
/// for: a determiner before a noun (`two regional stations`, `four speaker
/// audio`) or a pronoun (`trailed by two`, `space for five`, `killed three`).
/// Not a time of day (`at five`, `five o'clock`) nor a label (`phase two`).
fn bare_count(bt: &BlockText, i: usize, e: usize, v: f64, floor: usize) -> Option<Draft> {
    if !(2.0..1000.0).contains(&v) || v.fract() != 0.0 {
        return None;
    }
    let prev = prev_word(bt, i);
    if en::SPELLED_CLOCK_LEADS.contains(prev) {
        return None;
    }
    let s = skip_space(bt, e);
    let next = bt.folded(s, word_end(bt, s));
    // (a mother of two: the children; a crowd of thousands)
    let people = en::PEOPLE_OBJECT_VERBS.contains(prev)
        || (s > e && en::PEOPLE_STATES.contains(next))
        || (prev == Mark::Of.written() && super::names::people_body_before(bt, i));
    // the two have met: the pronoun points back to those already counted (not `of the three`)
    let partitive = {
        let (s0, _) = span_before(bt, i, |c| c.is_ascii_alphabetic());
        prev_word(bt, s0) == Mark::Of.written()
    };
    // the three named above, the two accused: a participle after `the` and the number
    let participle = s > e && next.len() >= 5 && next.ends_with(Mark::Participle.written());
    if prev == Mark::The.written() && !people && !partitive && !participle {
        return None;
    }
    // Ten Downing Street, the Four Seasons: a capitalized number word before a capitalized word
    // makes a name (not `three Thursdays`, `two Games`, nor `Two Chinese nationals` opening a
    // sentence); three's a crowd: a word
    let named = s > e
        && bt.original(s, s + 1).chars().all(|c| c.is_ascii_uppercase())
        && bt.get(s).is_some_and(|c| c.is_ascii_alphabetic())
        && capital(bt, i)
        && !starts_sentence(bt, i);
    if named || matches!(bt.get(e), Some('\'' | '’')) {
        return None;
    }
    // five o'clock, nine p.m.; two-state, five-star: a hyphen joins a word
    if bt.get(e) == Some('-') || (s > e && en::CLOCK_WORDS.iter().any(|w| bt.starts(s, w).is_some_and(|x| boundary_at(bt, x)))) {
        return None;
    }
    let (start, approx) = qualifiers(bt, floor, i);
    let mut d = Draft::new(start, e, Kind::Count, Some(v));
    d.approximate = approx;
    // killed three, three dead: people; when I was about eight: an age
    d.unit = people.then_some(en::PERSON_UNIT);
    if super::names::age_predicate(bt, start) {
        (d.kind, d.unit) = (Kind::Measure, Some(en::AGE_UNIT));
    }
    Some(d)
}

/// `only one shot`, `at least one lengthy stretch`: `one` after a qualifier
/// or `only`, before a noun, counts it. The figure spans `one` and its qualifier.
fn qualified_one(bt: &BlockText, floor: usize, i: usize, s: usize) -> Option<Draft> {
    let (start, approx) = qualifiers(bt, floor, i);
    let exact = super::qualifiers::exact_before(bt, floor, i);
    let e = word_end(bt, s);
    let word = bt.folded(s, e);
    let noun = s > i
        && e > s + 2
        && bt.original(s, e).chars().all(|c| c.is_ascii_lowercase())
        && !lexicon::en_stop_words().contains(word)
        && !lexicon::en_not_plurals().contains(word);
    // with one launch, one key witness: `one` before a noun, not `the one`, `one must`
    let determiner = !starts_sentence(bt, i)
        && !en::ONE_NOT_AFTER.contains(prev_word(bt, i))
        && !en::ONE_NOT_BEFORE.contains(word)
        && !word.ends_with(Mark::Adverb.written())
        && !word.ends_with(Mark::Participle.written())
        && !word.ends_with(Mark::Gerund.written());
    if !noun || !(approx || exact.is_some() || determiner) {
        return None;
    }
    let mut d = Draft::new(exact.unwrap_or(start).min(start), word_end(bt, i), Kind::Count, Some(1.0));
    d.approximate = approx;
    Some(d)
}

/// two to three years (a range), three to one (a ratio).
fn spelled_to(bt: &BlockText, i: usize, floor: usize, v: f64, s0: usize) -> Option<Draft> {
    // between one hundred and two hundred people: a range too
    let between = super::qualifiers::between_before(bt, floor, i);
    let to = word_then_space(bt, s0, Mark::To.written());
    let k = to.or_else(|| word_then_space(bt, s0, Mark::And.written()).filter(|_| between.is_some()))?;
    let (v2, e2) = spelled(bt, k)?;
    let t2 = tail(bt, e2);
    let ratio_verb = lexicon::en_ratio_verbs().contains(prev_word(bt, i)) || v2 == 1.0;
    if t2.is_none() && to.is_some() && (ratio_verb || v2 < v) {
        return Some(Draft::new(i, e2, Kind::Ratio, Some(round(v / v2))));
    }
    let t = t2.filter(|_| v2 > v)?;
    // one to two billion dollars: the second end's scale word is the first's too
    // (not one hundred to two thousand: a first end with its own scale word keeps it)
    let own = phrase_at(bt, span_before(bt, s0, |c| c.is_ascii_alphabetic()).0, lexicon::en_scales()).is_some();
    let v = if own { v } else { v * shared_scale(bt, e2, v) };
    let (start, approx) = between.map_or_else(|| qualifiers(bt, floor, i), |b| (b, false));
    let mut d = Draft::new(start, t.end, t.kind, Some(round(v * t.factor)));
    (d.low, d.high, d.unit, d.approximate) = (
        Some(round(v * t.factor)),
        Some(round(v2 * t.factor)),
        t.unit,
        approx,
    );
    Some(d)
}

/// The scale word (a thousand or more) that ends the spelled number ending at `e`, when the
/// range's first end `v` is below it (`one to thirteen billion`: a billion); else 1.
fn shared_scale(bt: &BlockText, e: usize, v: f64) -> f64 {
    let (s, k) = span_before(bt, e, |c| c.is_ascii_alphabetic());
    phrase_at(bt, s, lexicon::en_scales())
        .filter(|&(se, _)| se == k)
        .map(|(_, row)| en::SCALES.data(row))
        .filter(|&f| f >= 1000.0 && v < f)
        .unwrap_or(1.0)
}

/// The denominator at `k`, spelled or in digits.
fn denominator(bt: &BlockText, k: usize) -> Option<(f64, usize)> {
    spelled(bt, k).or_else(|| {
        numeral::parse(&bt.cs, k)
            .filter(|n| n.arabic)
            .map(|n| (n.low, n.end))
    })
}

/// nine out of 10, one out of every eight, one for every eleven; eight of ten
/// (a share's denominator after `of` with no determiner)
fn out_of(bt: &BlockText, i: usize, floor: usize, v: f64, s0: usize) -> Option<Draft> {
    let (k, share) = match word_then_space(bt, s0, Mark::OutOf.written()) {
        Some(k) => (word_then_space(bt, k, Mark::Every.written()).unwrap_or(k), false),
        None => match word_then_space(bt, s0, Mark::For.written()) {
            Some(k) => (word_then_space(bt, k, Mark::Every.written())?, false),
            None => (word_then_space(bt, s0, Mark::Of.written()).filter(|_| v >= 2.0)?, true),
        },
    };
    let (den, e2) = denominator(bt, k)?;
    let share_ok = !share || en::SHARE_DENOMINATORS.contains(&den);
    (den >= v && den > 0.0 && share_ok).then(|| ratio(bt, i, floor, e2, v / den))
}

/// one in five
fn one_in(bt: &BlockText, i: usize, floor: usize, v: f64, s: usize) -> Option<Draft> {
    let k = word_then_space(bt, s, Mark::In.written())?;
    let (den, e2) = denominator(bt, k)?;
    (den > v && den > 0.0).then(|| ratio(bt, i, floor, e2, v / den))
}

fn ratio(bt: &BlockText, i: usize, floor: usize, end: usize, v: f64) -> Draft {
    let (start, approx) = qualifiers(bt, floor, i);
    let mut d = Draft::new(start, end, Kind::Ratio, Some(round(v)));
    d.approximate = approx;
    d
}
