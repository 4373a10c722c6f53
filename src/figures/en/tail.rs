//! What follows an English number: a scale word (`3.5 million`, `$3bn`),
//! then a unit (`7 percent`, `12 km`) or a counted noun (`500 people`,
//! `1,245 new cases`); and the unit a price is per (`$82.45 a barrel`).

use super::qualifiers::currency_before;
use super::words::{boundary_at, is_space, phrase_at, prev_word, skip_space, word_end, word_then_space};
use crate::figures::shared::draft::Tail;
use crate::figures::shared::text::BlockText;
use crate::lexicon::en::{self, Mark};
use crate::lexicon::{self};
use crate::model::Kind;

/// What follows a number in English: a scale word, then a unit or a counted
/// noun (`3.5 million barrels`, `$3bn`, `7 percent`, `500 people`, `2x`).
pub fn tail(bt: &BlockText, j: usize) -> Option<Tail> {
    // 1.8m tall, 48m long, 400m from the stop, 12m of drying space: metres before a word of
    // size or place (not £12m from the council: a currency makes it millions)
    if bt.get(j).is_some_and(|c| c.is_ascii_alphabetic())
        && bt.original(j, j + 1) == en::METRE_LETTER
        && boundary_at(bt, j + 1)
        && (size_after(bt, j + 1) || of_noun_after(bt, j + 1))
        && !money_before(bt, j)
    {
        return Some(Tail::new(j + 1, Kind::Measure, Some(en::METRE_LETTER), 1.0));
    }
    let (k, factor) = scale(bt, j)
        .or_else(|| currency_scale(bt, j))
        .unwrap_or((j, 1.0));
    let scaled = k > j;
    let tail = |end, kind, unit, f: f64| Some(Tail::new(end, kind, unit, factor * f));
    if bt.get(k) == Some('%') {
        return tail(k + 1, Kind::Percent, Some("%"), 1.0);
    }
    // 2x, 3 times
    if !scaled && bt.get(k) == Some(Mark::TimesSign.ch()) && boundary_at(bt, k + 1) {
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
        .starts(s, Mark::Times.written())
        .filter(|&e| boundary_at(bt, e) && !scaled)
    {
        // scored four times during the streak, three times a day: occasions
        let next = skip_space(bt, e);
        // shot four times, (end of the clause): occasions too
        let occasions = (next > e && en::OCCASION_FOLLOWERS.contains(bt.folded(next, word_end(bt, next))))
            || bt
                .get(e)
                .is_none_or(|c| matches!(c, '.' | ',' | ';' | ':' | ')' | '!' | '?'));
        let kind = if occasions { Kind::Count } else { Kind::Multiple };
        return tail(e, kind, None, 1.0);
    }
    // a 45-fold increase
    if let Some(e) = bt
        .starts(k, Mark::Fold.written())
        .filter(|&e| boundary_at(bt, e) && !scaled)
    {
        return tail(e, Kind::Multiple, None, 1.0);
    }
    // 75 USD million: the scale after the currency's code
    if let Some(t) = code_then_scale(bt, s).filter(|_| !scaled) {
        return tail(t.end, t.kind, t.unit, t.factor);
    }
    if let Some((e, row)) = phrase_at(bt, s, lexicon::en_units()) {
        let r = &en::UNITS[row];
        // Single letters count only glued to the digits, in their own case: 20p, 30C, 86F (not 5G).
        let letter = bt.original(s, e);
        let cased = en::CASED_UNIT_LETTERS.contains(letter);
        // a sign after the amount: 10 € (not $15-$30: the sign after a dash opens the range's end)
        let sign = !letter.chars().any(char::is_alphanumeric) && bt.get(k) != Some('-');
        // 86F, 30C, not 777F, 13F in a model's or form's name: three digits and more
        let digits = bt.cs[..j].iter().rev().take_while(|c| c.is_ascii_digit()).count();
        let name_letter = cased && r.kind == Kind::Measure && r.unit().is_some_and(|u| u.starts_with('°')) && digits >= 3;
        // a 60-second spot, not 2 second-place finishes, twenty second: only after a hyphen
        let hyphen_only = en::HYPHEN_ONLY_UNITS.contains(bt.folded(s, e)) && (bt.get(k) != Some('-') || bt.get(e) == Some('-'));
        // ten grand, 50 grand a year: no noun after it (not two grand pianos, three Grand Slams)
        let next = skip_space(bt, e);
        let hyphen_only = hyphen_only
            || (en::NOUNLESS_UNITS.contains(bt.folded(s, e))
                && next > e
                && bt.get(next).is_some_and(|c| c.is_ascii_alphabetic())
                && !is_stop_word(bt.folded(next, word_end(bt, next))));
        // 81 F, 31 C: a degree's letter after one space, alone
        let degree = cased
            && !name_letter
            && s == j + 1
            && bt.get(j) == Some(' ')
            && r.unit().is_some_and(|u| u.starts_with('°'))
            && bt.get(e).is_none_or(|c| matches!(c, ' ' | ',' | ';' | ')') || c == '.' && bt.get(e + 1).is_none_or(is_space));
        if (e - s > 1 || (s == j && cased && !name_letter) || sign || degree) && !hyphen_only {
            // 3 dollars 50 cents, 5 feet 2 inches: a smaller unit of the same measure added
            if let Some((end, added)) = sub_unit(bt, e, r).filter(|_| !scaled) {
                let mut t = Tail::new(end, r.kind, r.unit(), r.factor());
                t.added = added;
                return Some(t);
            }
            // 20.6 metres per second, a 200-kilometre-per-hour wind: a speed
            if let Some((end, speed)) = speed_after(bt, e, r.unit()).filter(|_| r.kind == Kind::Measure) {
                return tail(end, Kind::Measure, Some(speed), 1.0);
            }
            return tail(e, r.kind, r.unit(), r.factor());
        }
    }
    // 48.5 MGBP, 30 MUSD: a million of a currency, its code after a capital M
    if let Some(t) = million_code(bt, s).filter(|_| !scaled) {
        return tail(t.end, t.kind, t.unit, t.factor);
    }
    // the 15-time winners: how many times, whatever follows
    if let Some(e) = (bt.get(k) == Some('-') && !scaled)
        .then(|| bt.starts(s, Mark::Time.written()))
        .flatten()
        .filter(|&e| boundary_at(bt, e))
    {
        return tail(e, Kind::Count, None, 1.0);
    }
    if let Some(t) = counted_noun(bt, k, s, scaled) {
        return tail(t.end, t.kind, t.unit, t.factor);
    }
    // a four-game streak, a 12-member panel: a count that modifies a noun
    if let Some(e) = hyphen_count(bt, k, scaled) {
        // a 50,000-strong crowd: people
        let people = en::PEOPLE_HYPHENS.contains(bt.folded(k + 1, e));
        return tail(e, Kind::Count, people.then_some(en::PERSON_UNIT), 1.0);
    }
    // seven of the 12 jurors, two of them: a count of what follows `of`
    if let Some(unit) = of_count(bt, k).filter(|_| !scaled) {
        return tail(k, Kind::Count, unit, 1.0);
    }
    if scaled {
        return tail(k, Kind::Number, None, 1.0);
    }
    None
}

/// `eight by 12 metres`, `10 by 20 ft`: the first side of a size takes the
/// second's unit of measure (a tail ending at `j`, the first number's end).
pub fn by_dimension(bt: &BlockText, j: usize) -> Option<Tail> {
    let k = word_then_space(bt, j + 1, Mark::By.written()).filter(|_| bt.get(j) == Some(' '))?;
    let end = crate::figures::shared::numeral::parse(&bt.cs, k)
        .filter(|m| m.arabic)
        .map(|m| m.end)
        .or_else(|| super::spelled::spelled(bt, k).map(|(_, e)| e))?;
    let t = tail(bt, end).filter(|t| t.kind == Kind::Measure && t.factor == 1.0)?;
    Some(Tail::new(j, Kind::Measure, t.unit, 1.0))
}

/// `per second`, `-per-hour` after a length unit ending at `e` that a speed is
/// made of (lexicon::units::SPEEDS): where it ends, and the speed's unit.
fn speed_after(bt: &BlockText, e: usize, unit: Option<&str>) -> Option<(usize, &'static str)> {
    let unit = unit?;
    let speeds = lexicon::units::SPEEDS.iter().filter(|s| s.0 == unit);
    if !matches!(bt.get(e), Some(' ' | '-')) {
        return None;
    }
    let k = bt.starts(e + 1, Mark::Per.written()).filter(|&k| matches!(bt.get(k), Some(' ' | '-')))? + 1;
    let (end, row) = phrase_at(bt, k, lexicon::en_units())?;
    let per = en::UNITS[row].unit()?;
    speeds.into_iter().find(|s| s.1 == per).map(|s| (end, s.2))
}

/// A scale word after the number ending at `j` (`3bn`, `5m`, `10k` glued to
/// the digits; `3 billion` after a space; `1.2 lakh crore`): where it ends
/// and its factor.
fn scale(bt: &BlockText, j: usize) -> Option<(usize, f64)> {
    for glued in [true, false] {
        // $300-billion: a hyphen before a scale word
        let s = if glued {
            j
        } else if bt.get(j) == Some('-') {
            j + 1
        } else {
            skip_space(bt, j)
        };
        if s == j && !glued {
            continue;
        }
        let Some((e, row)) = phrase_at(bt, s, lexicon::en_scales()) else {
            continue;
        };
        let word = bt.original(s, e);
        // 1.2 lakh crore: a second scale multiplies the first
        let second = {
            let s2 = skip_space(bt, e);
            phrase_at(bt, s2, lexicon::en_scales()).filter(|&(e2, _)| s2 > e && e2 - s2 > 2)
        };
        // a lone `m` after a space is metres (a lone lower-case `k` is a thousand: 2.33 k);
        // 3M and 5B glued in capitals are names,
        // but not after a currency ($10M, €1.2B) or with decimals (2.5M users)
        let capital_letter = word.len() == 1 && word.chars().all(|c| c.is_ascii_uppercase());
        if (glued && (!capital_letter || money_or_decimal(bt, j) || plural_after(bt, j, e)))
            || (!glued && (word.len() > 1 || word == Mark::SpacedThousand.written()))
        {
            let mut factor = en::SCALES.data(row);
            let mut k = e;
            if let Some((e2, r2)) = second {
                factor *= en::SCALES.data(r2);
                k = e2;
            }
            return Some((k, factor));
        }
    }
    None
}

/// `3 dollars 50 cents`, `thirteen dollars and forty-five cents`, `5 feet 2
/// inches`: after a unit, a number and a smaller unit of the same measure.
/// Where it ends and the amount it adds, in the first unit.
fn sub_unit(bt: &BlockText, e: usize, r: &en::UnitRow) -> Option<(usize, f64)> {
    // only money and the units of SUB_UNITS have smaller units written after them
    let has_sub = r.kind == Kind::Money || en::SUB_UNITS.iter().any(|&(a, _, _)| r.unit() == Some(a));
    let k = skip_space(bt, e);
    if k == e || !has_sub || !bt.get(k).is_some_and(|c| c.is_ascii_alphanumeric()) {
        return None;
    }
    let k = word_then_space(bt, k, Mark::And.written()).unwrap_or(k);
    let (m, me) = crate::figures::shared::numeral::parse(&bt.cs, k)
        .filter(|m| m.arabic && !m.multiplied)
        .map(|m| (m.low, m.end))
        .or_else(|| super::spelled::spelled(bt, k))?;
    let s2 = skip_space(bt, me);
    // 5 ft 2 in: the smaller unit written as its symbol, which no row reads alone
    let e2 = word_end(bt, s2);
    if let Some(&(_, _, ratio)) = en::SUB_UNITS
        .iter()
        .find(|&&(a, b, _)| s2 > me && r.unit() == Some(a) && bt.folded(s2, e2) == b)
    {
        return Some((e2, m * ratio));
    }
    let (e2, row2) = phrase_at(bt, s2, lexicon::en_units()).filter(|_| s2 > me)?;
    let r2 = &en::UNITS[row2];
    if r2.kind != r.kind {
        return None;
    }
    let ratio = if r2.unit() == r.unit() && r2.factor() < r.factor() {
        r2.factor() / r.factor()
    } else {
        let (major, minor) = (r.unit()?, r2.unit()?);
        en::SUB_UNITS.iter().find(|&&(a, b, _)| a == major && b == minor)?.2
    };
    Some((e2, m * ratio))
}

/// A lower-case plural noun after a glued capital scale letter (`10K
/// followers`, `3B views`): a scale, not a name (`3M`, `a 10K race`).
fn plural_after(bt: &BlockText, j: usize, e: usize) -> bool {
    // 3M shares rose: a sentence that opens with it names the company
    let digits = bt.cs[..j].iter().rev().take_while(|c| c.is_ascii_digit()).count();
    if super::words::starts_sentence(bt, j - digits) {
        return false;
    }
    let s = skip_space(bt, e);
    let w = word_end(bt, s);
    let word = bt.folded(s, w);
    s > e
        && word.len() >= 3
        && bt.original(s, s + 1).chars().all(|c| c.is_ascii_lowercase())
        && word.ends_with(Mark::Plural.written())
        && !word.ends_with(Mark::NotPlural.written())
        && !is_function_word(word)
        && !is_stop_word(word)
}

/// A word of size after a glued `m` (`1.8m tall`, `48m long`): metres, not millions.
fn size_after(bt: &BlockText, e: usize) -> bool {
    let s = skip_space(bt, e);
    s > e && en::SIZE_WORDS.contains(bt.folded(s, word_end(bt, s)))
}

/// `of` and a word that is no determiner or pronoun after `e` (`12m of drying space`; not
/// `4m of its customers`, `2m of them`).
fn of_noun_after(bt: &BlockText, e: usize) -> bool {
    let Some(s) = word_then_space(bt, skip_space(bt, e), Mark::Of.written()) else {
        return false;
    };
    let w = bt.folded(s, word_end(bt, s));
    !w.is_empty()
        && bt.original(s, s + 1).chars().all(|c| c.is_ascii_lowercase())
        && !en::OF_DETERMINERS.contains(w)
        && !en::OF_PRONOUNS.contains(w)
        && !is_stop_word(w)
}

/// A currency before the digits that end at `j` (`£12m`, `$3m`).
fn money_before(bt: &BlockText, j: usize) -> bool {
    let mut k = j;
    while k > 0 && bt.get(k - 1).is_some_and(|c| c.is_ascii_digit() || c == '.' || c == ',') {
        k -= 1;
    }
    currency_before(bt, k.saturating_sub(6), k).is_some()
}

/// A currency before the number that ends at `j`, or a decimal point in it:
/// `$10M`, `€1.2B`, `2.5M` (a scale), not `3M` (a name).
fn money_or_decimal(bt: &BlockText, j: usize) -> bool {
    let mut k = j;
    let mut decimal = false;
    while k > 0 && bt.get(k - 1).is_some_and(|c| c.is_ascii_digit() || c == '.' || c == ',') {
        decimal |= bt.get(k - 1) == Some('.');
        k -= 1;
    }
    decimal || currency_before(bt, k.saturating_sub(6), k).is_some()
}

/// A scale letter that only a currency makes one, glued to the digits in
/// capitals: `$2.174T`.
fn currency_scale(bt: &BlockText, j: usize) -> Option<(usize, f64)> {
    let c = bt.get(j)?;
    let &(_, f) = en::CURRENCY_SCALE_LETTERS
        .iter()
        .find(|(w, _)| w.chars().eq([c]))?;
    if !bt.original(j, j + 1).chars().all(|c| c.is_ascii_uppercase()) {
        return None;
    }
    (boundary_at(bt, j + 1) && money_or_decimal(bt, j)).then_some((j + 1, f))
}

/// The noun a number counts: after up to two adjectives (`9.2 million
/// registered voters`, `1,245 new cases`, `50 F-35 jets`), or right after
/// it (`500 cars`, `50 million iPhones`). The tail's factor is 1 here.
fn counted_noun(bt: &BlockText, k: usize, s: usize, scaled: bool) -> Option<Tail> {
    if s > k || scaled {
        let mut w = if s > k { s } else { skip_space(bt, k) };
        for step in 0..3 {
            let e = word_end(bt, w);
            let token = bt.original(w, e);
            // false or misleading claims: a second adjective joined to the first
            if step > 0 && en::ADJECTIVE_JOINS.contains(bt.folded(w, e)) && !prev_word(bt, w).ends_with(Mark::Plural.written()) {
                let next = skip_space(bt, e);
                if next > e {
                    w = next;
                    continue;
                }
            }
            // new, registered, Chinese, electoral; F-35 (a model name with digits and letters)
            let lower = token.chars().all(|c| c.is_ascii_alphabetic() || c == '-');
            let model = token.chars().any(|c| c.is_ascii_digit())
                && token.chars().any(|c| c.is_ascii_alphabetic());
            // US troops, UN staff: a country's or body's letters are an adjective
            let modifier = en::COUNT_MODIFIERS.contains(bt.folded(w, e))
                || (e - w >= 2 && token.chars().all(|c| c.is_ascii_uppercase()));
            let adjective = e > w
                && (lower || model)
                && (modifier
                    || !is_function_word(bt.folded(w, e)) && !is_stop_word(bt.folded(w, e)));
            let next = skip_space(bt, e);
            if !adjective || next == e {
                break;
            }
            // (three academic years: a time after an adjective too; not 16 last month)
            let time = |r: usize| en::UNITS[r].kind == Kind::Duration && !scaled && !en::TIME_DEICTICS.contains(bt.folded(w, e));
            // (the eight-team men's event: a possessive is no counted noun)
            if let Some((ue, row)) = phrase_at(bt, next, lexicon::en_units())
                .filter(|&(ue, r)| (en::UNITS[r].kind == Kind::Count || time(r)) && !matches!(bt.get(ue), Some('\'' | '’')))
            {
                let r = &en::UNITS[row];
                return Some(Tail::new(ue, r.kind, r.unit(), r.factor()));
            }
            // 50 F-35 jets: a model name, then a plural noun
            let ne = word_end(bt, next);
            let noun = bt.folded(next, ne);
            if let Some(t) = people_group(bt, next, ne) {
                return Some(t);
            }
            if noun.len() >= 3
                && (noun.ends_with(Mark::Plural.written()) || is_invariant_plural(noun))
                && !noun.ends_with(Mark::NotPlural.written())
                && !noun.ends_with(Mark::Possessive.written())
                && !is_function_word(noun)
                && !is_stop_word(noun)
            {
                return Some(Tail::new(ne, Kind::Count, person_noun(noun), 1.0));
            }
            w = next;
        }
    }
    // 500 cars, 3.2 million cars, 50 million iPhones: a plural noun after the number counts things
    if s > k && bt.get(s).is_some_and(|c| c.is_ascii_alphabetic()) {
        let e = word_end(bt, s);
        // 4 million Muslims, Ten Americans: people
        if let Some(t) = people_group(bt, s, e) {
            return Some(t);
        }
        // 40 PCs, 300 SUVs: an acronym's plural
        let original = bt.original(s, e);
        let letters = original.len();
        let acronym = letters >= 3
            && original[..letters - 1].chars().all(|c| c.is_ascii_uppercase())
            && original.ends_with(Mark::Plural.written());
        if acronym {
            return Some(Tail::new(e, Kind::Count, None, 1.0));
        }
        let word = bt.folded(s, e);
        let original = bt.original(s, e);
        let lower_start = original
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_lowercase());
        let plural = (word.ends_with(Mark::Plural.written())
            && !word.ends_with(Mark::NotPlural.written())
            && !word.ends_with(Mark::Possessive.written()))
            || is_invariant_plural(word);
        // 270,000 Priuses: a capitalized plural after digits in running text (not 15 Jones
        // Street; not Zero Motorcycles, a spelled number that opens a name)
        let named_plural = !lower_start
            && bt.get(k.wrapping_sub(1)).is_some_and(|c| c.is_ascii_digit())
            && word.len() >= 5
            && !en::NAME_PLURAL_ENDINGS.iter().any(|x| word.ends_with(x))
            && super::names::running_text(bt, s)
            && !super::names::street_after(bt, e);
        if word.len() >= 3 && plural && (lower_start || named_plural) && !is_function_word(word) {
            return Some(Tail::new(e, Kind::Count, person_noun(word), 1.0));
        }
    }
    None
}

/// `48.5 MGBP`, `30 MUSD`: a capital `M` glued before a currency code in
/// capitals is a million of it.
fn million_code(bt: &BlockText, s: usize) -> Option<Tail> {
    let scale = bt.get(s).is_some_and(|c| c.is_ascii_alphabetic()) && bt.original(s, s + 1) == en::MILLION_CODE_LETTER;
    let (e, row) = phrase_at(bt, s + 1, lexicon::en_units()).filter(|_| scale)?;
    let r = &en::UNITS[row];
    let code = e - s == 4 && bt.original(s, e).chars().all(|c| c.is_ascii_uppercase());
    (code && r.kind == Kind::Money).then(|| Tail::new(e, Kind::Money, r.unit(), 1e6 * r.factor()))
}

/// `75 USD million`: a currency code in capitals, then a scale word.
fn code_then_scale(bt: &BlockText, s: usize) -> Option<Tail> {
    // (a code is written in capitals: most words are not, and need no lookup)
    if !bt.get(s).is_some_and(|c| c.is_ascii_alphabetic())
        || !bt.original(s, s + 1).chars().all(|c| c.is_ascii_uppercase())
    {
        return None;
    }
    let (e, row) = phrase_at(bt, s, lexicon::en_units())?;
    let r = &en::UNITS[row];
    let code = e - s == 3 && bt.original(s, e).chars().all(|c| c.is_ascii_uppercase());
    let s2 = skip_space(bt, e);
    let (e2, r2) = phrase_at(bt, s2, lexicon::en_scales()).filter(|&(e2, _)| s2 > e && e2 - s2 > 2)?;
    (code && r.kind == Kind::Money).then(|| Tail::new(e2, Kind::Money, r.unit(), en::SCALES.data(r2) * r.factor()))
}

/// `4 million Muslims`, `Ten Americans`, `12 Democrats`: a capitalized plural
/// that names a people, a faith or a party counts people.
fn people_group(bt: &BlockText, s: usize, e: usize) -> Option<Tail> {
    let capital = bt.original(s, s + 1).chars().all(|c| c.is_ascii_uppercase());
    let word = bt.folded(s, e);
    let people = capital
        && word.len() >= 4
        && (word.ends_with(en::DEMONYM_ENDING) || en::PEOPLE_GROUPS.contains(word));
    people.then(|| Tail::new(e, Kind::Count, Some(en::PERSON_UNIT), 1.0))
}

/// `three were killed`, `12 remain in hospital`: a number with no noun as the
/// subject of a verb counts; people when the verb or its participle says
/// so. `Some(unit)` when it is such a subject.
pub fn subject_count(bt: &BlockText, j: usize, clause: bool) -> Option<Option<&'static str>> {
    let s = skip_space(bt, j);
    let e = word_end(bt, s);
    let verb = bt.folded(s, e);
    // at a clause's start, any verb in the past (More than 1,000 attended)
    let past = clause
        && verb.len() >= 4
        && (verb.ends_with(Mark::Participle.written()) || en::PEOPLE_SUBJECT_VERBS.contains(verb));
    if s == j || !(en::SUBJECT_VERBS.contains(verb) || past) {
        return None;
    }
    let s2 = skip_space(bt, e);
    let participle = bt.folded(s2, word_end(bt, s2));
    let people = en::PEOPLE_EVENTS.contains(verb)
        || en::PEOPLE_SUBJECT_VERBS.contains(verb)
        || (s2 > e && en::PEOPLE_EVENTS.contains(participle));
    Some(people.then_some(en::PERSON_UNIT))
}

/// `a four-game streak`, `a 12-member panel`: a hyphen, a singular noun,
/// then the noun it modifies. Where the hyphenated word ends.
fn hyphen_count(bt: &BlockText, k: usize, scaled: bool) -> Option<usize> {
    if scaled || bt.get(k) != Some('-') {
        return None;
    }
    let e = word_end(bt, k + 1);
    let word = bt.folded(k + 1, e);
    let lower = bt
        .original(k + 1, e)
        .chars()
        .all(|c| c.is_ascii_lowercase());
    let next = skip_space(bt, e);
    // a seven-story, $20-million complex; four-story, two-unit: a comma before a second
    // modifier (a hyphenated word, digits or a currency sign) coordinates them
    let second = skip_space(bt, e + 1);
    let coordinated = bt.get(e) == Some(',')
        && second > e + 1
        && (crate::lexicon::has_char(bt.original(second, word_end(bt, second)), '-')
            || bt.get(second).is_some_and(|c| c.is_ascii_digit())
            || bt.lex_at(second, lexicon::en_currency_prefixes()).is_some());
    let modifies = (next > e && bt.get(next).is_some_and(|c| c.is_ascii_alphabetic())) || coordinated;
    (word.len() >= 3
        && lower
        && modifies
        && !en::HYPHEN_NOT_COUNTED.contains(word)
        && !word.ends_with(Mark::Plural.written()))
    .then_some(e)
}

/// `seven of the 12 jurors`, `two of its stores`, `two of them`: after the
/// number, `of`, a determiner or pronoun. The unit of the counted noun
/// (`Some(None)`: counted, no unit).
fn of_count(bt: &BlockText, k: usize) -> Option<Option<&'static str>> {
    let s = skip_space(bt, k);
    let p = word_then_space(bt, s.max(k + 1), Mark::Of.written()).filter(|_| s > k)?;
    let e = word_end(bt, p);
    let det = bt.folded(p, e);
    if en::OF_PRONOUNS.contains(det) && boundary_at(bt, e) {
        // the two of you, three of us: people
        return Some(en::OF_PEOPLE_PRONOUNS.contains(det).then_some(en::PERSON_UNIT));
    }
    if !en::OF_DETERMINERS.contains(det) {
        // two of 9,152 elephants
        let m = crate::figures::shared::numeral::parse(&bt.cs, p).filter(|m| m.arabic)?;
        return Some(tail(bt, m.end).and_then(|t| t.unit.filter(|_| t.kind == Kind::Count)));
    }
    let q = skip_space(bt, e);
    // of the estimated 80,000 Ethiopians, of the remaining 12: one lower-case word before the number
    let w = word_end(bt, q);
    let q2 = skip_space(bt, w);
    let q = if w > q && q2 > w && bt.original(q, w).chars().all(|c| c.is_ascii_lowercase()) && bt.get(q2).is_some_and(|c| c.is_ascii_digit()) {
        q2
    } else {
        q
    };
    if let Some(m) = crate::figures::shared::numeral::parse(&bt.cs, q).filter(|m| m.arabic) {
        let t = tail(bt, m.end)?;
        return (t.kind == Kind::Count).then_some(t.unit);
    }
    // the victims, the 69 Soviet sailors
    let t = phrase_at(bt, q, lexicon::en_units())
        .map(|(ue, r)| {
            let r = &en::UNITS[r];
            Tail::new(ue, r.kind, r.unit(), 1.0)
        })
        .or_else(|| counted_noun(bt, e, q, false))?;
    (t.kind == Kind::Count).then_some(t.unit)
}

/// The unit a price is per, after it: `$82.45 a barrel`, `20 dollars per person`, `£11.44 an hour`.
pub fn per_after(bt: &BlockText, end: usize) -> Option<(String, usize)> {
    let s = skip_space(bt, end);
    if s == end {
        return None;
    }
    let w = en::PER_WORDS
        .iter()
        .find_map(|p| word_then_space(bt, s, p))?;
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
    // `$317 million a year earlier`: a time
    let next = skip_space(bt, unit.1);
    if next > unit.1 && en::PER_TIME_AFTER.contains(bt.folded(next, word_end(bt, next))) {
        return None;
    }
    // `a share`, `a month`, `an hour`, `per person`, not `a record`
    en::PER_UNITS.contains(&unit.0).then_some(unit)
}

/// A plural that names people by its ending (`activists`, `politicians`,
/// `gunmen`): `person`.
fn person_noun(w: &str) -> Option<&'static str> {
    let people = en::PERSON_NOUNS.contains(w)
        || en::PERSON_ENDINGS
            .iter()
            .any(|&(ending, min)| w.len() >= min && w.ends_with(ending));
    (people && !en::NOT_PERSON_ENDINGS.iter().any(|x| w.ends_with(x))).then_some(en::PERSON_UNIT)
}

/// Nouns whose plural is the singular (`83 aircraft`).
fn is_invariant_plural(w: &str) -> bool {
    lexicon::en_invariant_plurals().contains(w)
}

/// Determiners, prepositions and conjunctions: never an adjective before a counted noun.
fn is_stop_word(w: &str) -> bool {
    lexicon::en_stop_words().contains(w)
}

/// Words ending in `s` that are no counted nouns.
fn is_function_word(w: &str) -> bool {
    lexicon::en_not_plurals().contains(w) || lexicon::en_s_verb(w)
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
        added: 0.0,
        per: None,
    })
}

/// `four, six and fifteen years`, `2, 3 or 4 percent`: a number in a list
/// joined by commas and a last `and`/`or` takes the unit after the list's
/// last number (a time, a measure, a percent, a counted noun). The tail ends
/// at the number's own end `e` (its start: `i`).
pub fn list_tail(bt: &BlockText, i: usize, e: usize) -> Option<Tail> {
    // (a number after a comma is inside the list: `4, 7, and 12 miles`)
    let (_, b) = super::words::span_before(bt, i, |_| false);
    let listed = b > 0 && bt.get(b - 1) == Some(',');
    let mut k = e;
    for step in 0..6 {
        // `, ` or ` and ` / `, and ` / ` or ` before the next number
        let comma = bt.get(k) == Some(',');
        let s = skip_space(bt, k + usize::from(comma));
        let w = word_end(bt, s);
        let joined = en::LIST_JOINS.contains(bt.folded(s, w)) && bt.get(w) == Some(' ');
        // (`300, and 40 people were hurt`: a comma and `and` first open a clause)
        if !(comma || joined) || s == k + usize::from(comma) || (comma && joined && step == 0 && !listed) {
            return None;
        }
        let s = if joined { w + 1 } else { s };
        let ne = crate::figures::shared::numeral::parse(&bt.cs, s)
            .filter(|m| m.arabic && !m.decimal && !m.multiplied)
            .map(|m| m.end)
            .or_else(|| super::spelled::spelled(bt, s).map(|(_, e)| e))?;
        if joined {
            return tail(bt, ne).filter(|t| {
                matches!(t.kind, Kind::Duration | Kind::Measure | Kind::Percent | Kind::Count) && t.factor == 1.0
            })
            .map(|t| Tail { end: e, ..t });
        }
        k = ne;
    }
    None
}
