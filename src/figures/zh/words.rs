//! Chinese figures that begin with a word rather than a number: vague
//! amounts (`成千上萬`, `上百`), doublings (`翻一番`), shares of a whole
//! (`百分之七`, `一半`).

use super::qualifiers::{prefix, suffix_approx};
use super::tail::read_tail;
use crate::figures::shared::draft::Draft;
use crate::figures::shared::numeral::{self, could_start, Num};
use crate::figures::shared::text::BlockText;
use crate::lexicon::{self, zh, zh::Mark};
use crate::model::{Change, Kind, Qualifier};

/// The figure a word starting at `i` begins (its qualifiers may start
/// before `i`, not before `floor`), `Err` with where to resume, or `None`
/// when no word figure starts here (a number may).
pub fn word_figure(bt: &BlockText, i: usize, floor: usize) -> Option<Result<Draft, usize>> {
    let c = bt.cs[i];
    // Every word figure begins with a Chinese character; most starters are digits.
    if crate::numerals::ascii_digit(c).is_some() {
        return None;
    }
    // Words that begin vague amounts: 成千上萬, 數以萬計
    if let Some((e, row)) = bt.lex_at(i, lexicon::vague_words()) {
        return Some(Ok(vague(bt, i, e, zh::VAGUE_WORDS[row].1)));
    }
    if c == Mark::Upward.ch() {
        // 上百, 上千萬: at least that many
        return Some(
            numeral::parse(&bt.cs, i + 1)
                .filter(|n| n.bare_unit && n.low >= 100.0)
                .map(|n| {
                    // 上千公里: at least a thousand, stated as a bound (value = low)
                    let d = vague(bt, i, n.end, n.low);
                    Draft {
                        qualifier: Some(Qualifier::Over),
                        value: d.low,
                        ..d
                    }
                })
                .ok_or(i + 1),
        );
    }
    if c == Mark::Tenths.ch() {
        return Some(Err(i + 1));
    }
    if c == Mark::Several.ch() {
        // 數個, 數名, 數年: several (數十, 數百 are numerals, read as such)
        return several(bt, i, floor).map(Ok);
    }
    if c == Mark::Double.ch() {
        return Some(doubling(bt, i));
    }
    if c == Mark::Half.ch() {
        return share(bt, i, floor).map_or_else(|| half_duration(bt, i, floor), Some);
    }
    if c == Mark::ZeroDegrees.ch() {
        return zero_degrees(bt, i, floor);
    }
    share(bt, i, floor).or_else(|| per_whole(bt, i, floor))
}

/// `零度`: zero degrees Celsius, qualifiers around it as any figure's (`接近零度`, `零度以下`).
fn zero_degrees(bt: &BlockText, i: usize, floor: usize) -> Option<Result<Draft, usize>> {
    let e = bt.starts(i, Mark::ZeroDegrees.word())?;
    let (start, approx) = prefix(bt, i, floor);
    let (end, sfx) = suffix_approx(bt, e, Kind::Measure);
    let mut d = Draft::new(start, end, Kind::Measure, Some(0.0));
    d.unit = Some(crate::lexicon::units::CELSIUS);
    d.approximate = approx || sfx;
    Some(Ok(d))
}

/// 半小時, 半天, 半個月, 半年: half of a duration (not 上半年, 一半, 半年報).
fn half_duration(bt: &BlockText, i: usize, floor: usize) -> Option<Result<Draft, usize>> {
    let before = bt.get(i.wrapping_sub(1));
    if before.is_some_and(|c| could_start(c) || zh::NOT_HALF_AFTER.contains(&c)) {
        return Some(Err(i + 1));
    }
    let Some((e, _)) = bt.lex_at(i + 1, lexicon::half_units()) else {
        return Some(Err(i + 1));
    };
    let (ue, row) = bt.lex_at(i + 1, lexicon::units())?;
    let r = &zh::UNITS[row];
    if ue != e || r.kind != Kind::Duration || bt.get(e).is_some_and(|c| zh::NOT_HALF_BEFORE.contains(&c)) {
        return Some(Err(i + 1));
    }
    let (start, approx) = prefix(bt, i, floor);
    let mut d = Draft::new(start, e, Kind::Duration, Some(0.5));
    d.unit = r.unit();
    let (end, sfx) = suffix_approx(bt, e, Kind::Duration);
    d.end = end;
    d.approximate = approx || sfx;
    Some(Ok(d))
}

/// `有數個民族`, `數名警員`, `數年`: several of a measure word or a length of time, 2 to 9 (as
/// `數十` is 20 to 90); not the end of a word (`人數`, `少數人`, `指數`: `zh::NOT_SEVERAL_AFTER`).
fn several(bt: &BlockText, i: usize, floor: usize) -> Option<Draft> {
    let before = bt.get(i.wrapping_sub(1));
    if before.is_some_and(|c| zh::NOT_SEVERAL_AFTER.contains(&c))
        || bt.get(i + 1).is_some_and(|c| zh::NOT_SEVERAL_BEFORE.contains(&c))
    {
        return None;
    }
    let t = read_tail(bt, i + 1, false, true, false)
        .filter(|t| matches!(t.kind, Kind::Count | Kind::Duration) && t.hundredths == 0)?;
    let (start, _) = prefix(bt, i, floor);
    let mut d = Draft::new(start, t.end, t.kind, None);
    d.unit = t.unit;
    d.low = Some(2.0 * t.factor);
    d.high = Some(9.0 * t.factor);
    d.approximate = true;
    Some(d)
}

/// An amount of at least `low` (`成千上萬`, `上百`), with the unit after it.
fn vague(bt: &BlockText, start: usize, end: usize, low: f64) -> Draft {
    let tail = read_tail(bt, end, false, true, false);
    let factor = tail.as_ref().map_or(1.0, |t| t.factor);
    // 成千上萬的遊客: a vague amount with no unit still counts something.
    let mut d = Draft::new(
        start,
        tail.as_ref().map_or(end, |t| t.end),
        tail.as_ref().map_or(Kind::Count, |t| t.kind),
        None,
    );
    d.unit = tail.as_ref().and_then(|t| t.unit);
    d.low = Some(low * factor);
    d.approximate = true;
    d
}

/// 翻一番, 翻了兩番: 2^n.
fn doubling(bt: &BlockText, i: usize) -> Result<Draft, usize> {
    let mut k = i + 1;
    if bt.get(k) == Some(Mark::Perfective.ch()) {
        k += 1;
    }
    let n = numeral::parse(&bt.cs, k).ok_or(i + 1)?;
    // A whole number of doublings (powi, not powf: no libm in the wasm).
    if bt.get(n.end) != Some(Mark::Doublings.ch())
        || n.low != n.high
        || n.low.fract() != 0.0
        || n.low > 64.0
    {
        return Err(i + 1);
    }
    let mut d = Draft::new(i, n.end + 1, Kind::Multiple, Some(2f64.powi(n.low as i32)));
    d.change = Some(Change::Increase);
    Ok(d)
}

/// 百分之七, 千分之三: divided (3 / 10 is the double nearest 0.3; 3 × 0.1 is not).
fn per_whole(bt: &BlockText, i: usize, floor: usize) -> Option<Result<Draft, usize>> {
    // 百 分 之 五: spaced too, with a space before the number
    let (k, div) = bt
        .lex_at(i, lexicon::per_whole())
        .map(|(k, row)| (k, zh::PER_WHOLE[row].1))
        .or_else(|| {
            // only where a space follows closely (most text has none)
            (i + 1..i + 4).any(|k| bt.get(k) == Some(' ')).then_some(())?;
            zh::PER_WHOLE
                .iter()
                .find_map(|&(w, div)| super::spaced_word(bt, i, w).map(|k| (super::skip_gap(bt, k), div)))
        })?;
    let Some(n) = numeral::parse(&bt.cs, k).filter(|n| !n.bare_unit) else {
        return Some(Err(k));
    };
    let (start, approx) = prefix(bt, i, floor);
    let mut d = Draft::percent(start, n.end, n.low / div);
    d.approximate = approx || n.ranged;
    d.set_range(n.low / div, n.high / div);
    let (end, sfx) = suffix_approx(bt, d.end, Kind::Percent);
    d.end = end;
    d.approximate |= sfx;
    Some(Ok(d))
}

/// 降低了一半, 一半以上, 跌半成: half, as a share (一年半 is read as a duration).
fn share(bt: &BlockText, i: usize, floor: usize) -> Option<Result<Draft, usize>> {
    let after_numeral = bt
        .get(i.wrapping_sub(1))
        .is_some_and(|c| could_start(c) || zh::NOT_SHARE_AFTER.contains(&c));
    let (e, row) = bt
        .lex_at(i, lexicon::share_words())
        .filter(|_| !after_numeral)?;
    let (start, approx) = prefix(bt, i, floor);
    let (_, share, after_strike) = zh::SHARE_WORDS[row];
    if after_strike && bt.get(i.wrapping_sub(1)) != Some(Mark::Strike.ch()) {
        return None;
    }
    // 跌半成, 打半折: a half of a tenth or of the price where the word ends (半成品, 過半成員)
    if bt.get(i) == Some(Mark::Half.ch())
        && (bt.get(i.wrapping_sub(1)).is_some_and(|c| zh::NOT_HALF_AFTER.contains(&c))
            || bt
                .get(e)
                .is_some_and(|c| crate::clean::is_han(c) && !zh::BARE_NUMBER_ENDS_BEFORE.contains(&c)))
    {
        return None;
    }
    let mut d = Draft::percent(start, e, share);
    let (end, sfx) = suffix_approx(bt, d.end, Kind::Percent);
    d.end = end;
    d.approximate = approx || sfx;
    Some(Ok(d))
}

/// The noun before a unit-less number at `start` that says what it counts (`人口20,453`,
/// `人數達500`): its kind and unit. A filler (`約`, `達`) may stand between; a qualifier is
/// already part of the figure.
pub fn unit_noun_before(bt: &BlockText, start: usize) -> Option<(Kind, Option<&'static str>)> {
    // (each lookup asks first whether the character before can end a row)
    let noun_at = |e: usize| {
        bt.lex_before(e.saturating_sub(6), e, lexicon::unit_nouns_before())
            .map(|(_, r)| zh::UNIT_NOUNS_BEFORE.data(r))
    };
    noun_at(start).or_else(|| {
        let (s, _) = bt.lex_before(start.saturating_sub(4), start, lexicon::unit_noun_fillers())?;
        noun_at(s)
    })
}

/// `世界排名高居21`, `排名已跌至76`: a bare number a few Han characters after a word
/// of ranking is a rank.
pub fn ranked(bt: &BlockText, start: usize) -> bool {
    let from = start.saturating_sub(zh::RANK_LEAD_GAP + 2);
    (from..start.saturating_sub(1))
        .rev()
        .take_while(|&k| bt.get(k + 1).is_some_and(crate::clean::is_han))
        .any(|k| bt.lex_at(k, lexicon::rank_leads()).is_some())
}

/// The head noun a unit-less number counts, with no measure word between (`110餘萬城鄉居民`,
/// `30萬「平安馬甲」志願者`, `超過10億iPhone用戶`, `4宿舍`, `一屋捕七鼠`): its unit. A number
/// with a multiplier may have a short modifier first (a few Han characters, a quoted name, a
/// Latin brand); any other number needs the noun right after it.
pub fn counted_head(bt: &BlockText, n: &Num) -> Option<Option<&'static str>> {
    // Most numbers are followed by no such word: one look at the next character first.
    let c = bt.get(n.end)?;
    let quoted = zh::OPEN_QUOTES.contains(&c);
    if !(crate::clean::is_han(c) || quoted || c.is_ascii_alphabetic()) || n.lone_one || n.bare_unit {
        return None;
    }
    // a plain number: a whole one, not what could be a year (2024用戶)
    let year_like = n.arabic && n.int_digits == 4 && !n.separated && (1000.0..=2100.0).contains(&n.low);
    let plain_ok = !n.decimal && n.low >= 1.0 && !year_like;
    if !n.multiplied {
        return plain_ok.then(|| head_at(bt, n.end, n.arabic)).flatten();
    }
    let mut k = n.end;
    if quoted {
        // a quoted name: up to twelve characters to its closing quote
        k = (k + 1..k + 14).find(|&j| bt.get(j).is_some_and(|c| zh::CLOSE_QUOTES.contains(&c)))? + 1;
    } else if c.is_ascii_alphabetic() {
        // a Latin brand (iPhone, Facebook), one space inside at most
        let mut spaces = 0;
        while k < n.end + 16 && bt.get(k).is_some_and(|c| c.is_ascii_alphanumeric() || c == ' ') {
            spaces += usize::from(bt.get(k) == Some(' '));
            k += 1;
        }
        if spaces > 1 {
            return None;
        }
        k -= usize::from(bt.get(k - 1) == Some(' '));
        return head_at(bt, k, true);
    }
    for g in 0..=zh::COUNT_HEAD_GAP {
        if let Some(u) = head_at(bt, k + g, true) {
            return Some(u);
        }
        let m = bt.get(k + g)?;
        if !crate::clean::is_han(m) || zh::COUNT_HEAD_STOPS.contains(&m) || could_start(m) {
            return None;
        }
        // 230萬機車騎士, 20萬低收入者: a noun of two or more characters ending in a
        // character that makes persons of it
        if g > 0 && zh::PERSON_SUFFIXES.contains(&m) {
            return Some(Some(crate::lexicon::units::PERSON));
        }
    }
    None
}

/// A row of `zh::COUNT_HEADS` at `k` (after a spelled numeral, a one-character noun only
/// where the phrase ends: `捕七鼠，`; after digits anywhere: `12校停課`).
fn head_at(bt: &BlockText, k: usize, digits: bool) -> Option<Option<&'static str>> {
    let (e, row) = bt.lex_at(k, lexicon::count_heads())?;
    let ends = |c: char| !crate::clean::is_han(c) || zh::COUNT_HEAD_ENDS.contains(&c);
    (digits || e > k + 1 || bt.get(e).is_none_or(ends)).then_some(zh::COUNT_HEADS.data(row))
}
