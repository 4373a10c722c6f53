//! What Chinese writes around a number besides its unit: qualifiers before
//! and after it (`約`, `超過`, `左右`, `以上`), currencies and signs before
//! it (`人民幣`, `零下`, `負`), and the `每X` or `時速` that makes it a rate.

use crate::figures::shared::draft::Draft;
use crate::figures::shared::numeral::{could_start, Num};
use crate::figures::shared::text::BlockText;
use crate::lexicon::zh::{self, Mark};
use crate::lexicon::{self, big_unit, digit};
use crate::clean::is_han;
use crate::model::{Kind, Qualifier};
use std::sync::OnceLock;

/// Qualifiers before a number: (where the figure starts, approximate?).
pub fn prefix(bt: &BlockText, i: usize, floor: usize) -> (usize, bool) {
    // 約 160架: one space between a Chinese qualifier and the number
    let spaced = i > floor + 1 && bt.get(i - 1) == Some(' ') && bt.get(i - 2).is_some_and(is_han);
    let i = if spaced { i - 1 } else { i };
    let from = floor.max(i.saturating_sub(6));
    match bt.lex_before(from, i, lexicon::approx_before()) {
        // 出超87億: the qualifier is the end of another word
        Some((s, _))
            if bt
                .lex_before(from, i, lexicon::not_approx())
                .is_some_and(|(ns, _)| ns < s) =>
        {
            (i + usize::from(spaced), false)
        }
        Some((s, _)) => (s, true),
        None => (i + usize::from(spaced), false),
    }
}

/// The bound a Chinese qualifier of the figure states: the word its span
/// begins with (`超過`), else the one it ends with (`以上`, `3年多`), else
/// one right after its number or measure word (`300多萬`, `3個多月`).
pub fn stated_qualifier(bt: &BlockText, d: &Draft) -> Option<Qualifier> {
    let before = bt
        .lex_at(d.start, lexicon::approx_before())
        .and_then(|(_, row)| zh::APPROX_BEFORE[row].1);
    let after = || {
        bt.lex_before(d.start, d.end, lexicon::approx_after())
            .and_then(|(_, row)| zh::APPROX_AFTER[row].1)
    };
    let infix = || {
        (d.start + 1..d.end)
            .filter(|&k| {
                bt.get(k - 1)
                    .is_some_and(|c| could_start(c) || c == Mark::Piece.ch())
            })
            .find_map(|k| bt.lex_at(k, lexicon::approx_infix()))
            .and_then(|(_, row)| zh::APPROX_INFIX[row].1)
    };
    before.or_else(after).or_else(infix)
}

/// Suffix qualifiers (`左右`, `以上`; `多` only after durations): (new end, approximate?).
pub fn suffix_approx(bt: &BlockText, end: usize, kind: Kind) -> (usize, bool) {
    match bt.lex_at(end, lexicon::approx_after()) {
        // 3成內需: a word of its own
        Some((e, _))
            if bt
                .lex_at(end, lexicon::not_approx_after())
                .is_some_and(|(ne, _)| ne > e) =>
        {
            (end, false)
        }
        Some((e, _)) => {
            // 多, 餘, 來 alone qualify only durations and amounts in 萬 or 億 (內 anything)
            let single = e - end == 1 && bt.lex_at(end, lexicon::approx_infix()).is_some();
            // 三億多 (網民), 花了3萬多: 多 after a 萬 or 億 qualifies the amount itself,
            // and so does 多 after a share in tenths (三成多的受訪者)
            let last = bt.get(end.wrapping_sub(1));
            let after_big = (matches!(kind, Kind::Number | Kind::Money) && last.and_then(big_unit).is_some())
                || (kind == Kind::Percent && last == Some(Mark::Tenths.ch()));
            if single && kind != Kind::Duration && !after_big {
                return (end, false);
            }
            // 五年來, 一個月來: since then, no "about" (十來年 is read before the unit)
            if single && bt.get(end) == Some(Mark::Since.ch()) {
                return (end, false);
            }
            (e, true)
        }
        None => (end, false),
    }
}

/// A currency written before the amount (`人民幣`, `US$`, `¥`).
pub fn currency_before(
    bt: &BlockText,
    floor: usize,
    start: usize,
) -> Option<(usize, &'static str)> {
    let from = floor.max(start.saturating_sub(4));
    let (s, row) = bt.lex_before(from, start, lexicon::currency_prefixes())?;
    if lone_spelled_digit(bt, start) {
        // 人民幣一度走弱, 美元兩年來: a lone spelled digit after a currency name
        // states no amount unless a money word follows it (人民幣一元, 美元五千)
        return None;
    }
    let (_, code, in_latin_text) = zh::CURRENCY_PREFIXES[row];
    // ¥ in English text is the yen
    let latin = s == 0 || bt.get(s - 1).is_some_and(|c| c.is_ascii());
    Some((s, in_latin_text.filter(|_| latin).unwrap_or(code)))
}

/// A spelled digit alone at `k` (`一` of `一度`, `兩` of `兩年`): no numeral
/// char and no money unit after it.
fn lone_spelled_digit(bt: &BlockText, k: usize) -> bool {
    if !bt.get(k).is_some_and(|c| !c.is_ascii_digit() && digit(c).is_some()) {
        return false;
    }
    !bt.get(k + 1).is_some_and(could_start)
        && bt
            .lex_at(k + 1, lexicon::units())
            .is_none_or(|(_, r)| zh::UNITS[r].kind != Kind::Money)
}

/// A word of one-and-no-more before the lone `一` at `start` (`只有一套`,
/// `僅一名`, `只能進行一輪`): the `一` counts.
pub fn only_before(bt: &BlockText, start: usize) -> bool {
    // Most 一 follow no such word: its first character within four before, first.
    static FIRSTS: OnceLock<Vec<char>> = OnceLock::new();
    let firsts = FIRSTS.get_or_init(|| {
        let mut v: Vec<char> = zh::ONLY_BEFORE_ONE
            .iter()
            .filter_map(|w| lexicon::fold::fold_str(w).chars().next())
            .collect();
        crate::sort::sort_by_key(&mut v, |&c| c);
        v.dedup();
        v
    });
    if !(start.saturating_sub(4)..start).any(|k| bt.get(k).is_some_and(|c| firsts.contains(&c))) {
        return false;
    }
    for gap in 0..=2 {
        let Some(at) = start.checked_sub(gap) else {
            return false;
        };
        if gap > 0 && !bt.get(at).is_some_and(|c| is_han(c) && !zh::ONLY_GAP_STOPS.contains(&c)) {
            return false;
        }
        if let Some((s, _)) = bt.lex_before(at.saturating_sub(3), at, lexicon::only_before_one()) {
            return gap == 0 || at - s >= 2;
        }
    }
    false
}

/// `零下` (which reads over a range: 零下3到5度 is −5..−3) or `負` before
/// the number: where the sign starts.
pub fn sign_before(bt: &BlockText, floor: usize, start: usize) -> Option<(usize, bool)> {
    if let Some(s) = bt.ends(start, Mark::BelowZero.word()) {
        return Some((s, true));
    }
    let s = bt.ends(start, Mark::Negative.word())?;
    (start > floor).then_some((s, false))
}

/// A bare unit is a number only after a qualifier (近萬名) or before one
/// (百餘家): may the number stand, and is it approximate?
pub fn bare_unit(bt: &BlockText, n: &Num, approx: bool) -> Option<bool> {
    if !n.bare_unit || approx {
        return Some(approx);
    }
    (bt.lex_at(n.end, lexicon::approx_infix()).is_some() && n.low >= 100.0).then_some(true)
}

/// The `每X` before a price: `每股12.35元` → `share`.
/// The noun may sit between (`每股派發現金紅利0.32元`, `每人發放2,000港元`) within the clause.
/// With `canonical`, only a noun with a unit of its own (`每戶` → `household`,
/// not `每個`). A numeral after 每 (`每兩年`) is a count of units, not one.
pub fn per_before(bt: &BlockText, start: usize, canonical: bool) -> Option<String> {
    let mei = clause_back(bt, start, 12).find(|&k| bt.get(k) == Some(Mark::Per.ch()))?;
    if bt.get(mei + 1).and_then(digit).is_some() {
        return None;
    }
    let (_, row) = bt.lex_at(mei + 1, lexicon::units())?;
    let r = &zh::UNITS[row];
    match r.unit() {
        Some(u) => Some(u.to_string()),
        None if !canonical => Some(r.word.to_string()),
        None => None,
    }
}

/// `時速` shortly before a distance, in its clause: the distance is per hour.
pub fn speed_before(bt: &BlockText, start: usize) -> bool {
    let speed = Mark::Speed.word();
    clause_back(bt, start, 8).any(|k| bt.ends(k + 1, speed).is_some())
}

/// The positions before `start`, nearest first, at most `max` of them and
/// none past a clause break.
fn clause_back<'b>(
    bt: &'b BlockText,
    start: usize,
    max: usize,
) -> impl Iterator<Item = usize> + 'b {
    (start.saturating_sub(max)..start)
        .rev()
        .take_while(move |&k| {
            bt.get(k).is_some_and(|c| {
                !matches!(
                    c,
                    '，' | ',' | '。' | '；' | ';' | '：' | ':' | '、' | '！' | '？'
                )
            })
        })
}

/// `星期五起`, `週三起`, `上禮拜六`: a weekday's digit, no number (but `每周三次`, `一周三次`
/// count times a week).
pub fn weekday(bt: &BlockText, n: &Num) -> bool {
    if n.arabic || n.end - n.start != 1 || n.low > 6.0 {
        return false;
    }
    let Some((s, _)) = bt.lex_before(n.start.saturating_sub(2), n.start, lexicon::weekday_leads()) else {
        return false;
    };
    let before = s.checked_sub(1).and_then(|k| bt.get(k));
    !before.is_some_and(|c| c == Mark::Per.ch() || digit(c).is_some() || c.is_ascii_digit())
}
