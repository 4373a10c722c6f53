//! Ranges stated by two figures: a two-sided bound (`大於20度小於30度`,
//! `超過10人、不到20人`) and a range between two ends (`10元與20元之間`,
//! `介於3萬和5萬之間`). Read once the block's figures and their qualifiers
//! are known; the two figures become one.

use crate::figures::shared::draft::Draft;
use crate::figures::shared::text::BlockText;
use crate::lexicon::{self, zh};
use crate::model::{Kind, Qualifier};

/// Join each pair of neighbouring figures that states one range.
pub fn join_ranges(bt: &BlockText, drafts: &mut Vec<Draft>) {
    // Most blocks join nothing: find the first joining pair, with its join, before building
    // anything; the figures before it stay as they are.
    let Some((first, joined)) = drafts
        .windows(2)
        .enumerate()
        .find_map(|(i, w)| join(bt, &w[0], &w[1]).map(|j| (i, j)))
    else {
        return;
    };
    let rest = drafts.split_off(first + 2);
    drafts.truncate(first);
    drafts.push(joined);
    for d in rest {
        match drafts.last().and_then(|last| join(bt, last, &d)) {
            Some(j) => {
                if let Some(last) = drafts.last_mut() {
                    *last = j;
                }
            }
            None => drafts.push(d),
        }
    }
}

/// The one figure `a` and `b` state together, if they state a range.
fn join(bt: &BlockText, a: &Draft, b: &Draft) -> Option<Draft> {
    bound(bt, a, b)
        .or_else(|| between(bt, a, b))
        .or_else(|| date_range(bt, a, b))
}

/// `1886年11月至1887年6月`, `2023年1月至7月`, `5月1日至3日`: two dates a range connector
/// apart are one date whose `iso` is the ISO 8601 interval (`2023-01/2023-07`); the second
/// takes the first's year when it leaves it unsaid.
fn date_range(bt: &BlockText, a: &Draft, b: &Draft) -> Option<Draft> {
    if a.kind != Kind::Date || b.kind != Kind::Date || b.start != a.end + 1 {
        return None;
    }
    if !bt.get(a.end).is_some_and(super::is_range_connector) {
        return None;
    }
    let (first, second) = (a.iso.as_deref()?, b.iso.as_deref()?);
    if crate::lexicon::has_char(first, '/') || crate::lexicon::has_char(second, '/') {
        return None;
    }
    // `--07` after `2023-01` is `2023-07`; a day alone after a month was completed when read.
    let year = first.get(..4).filter(|y| y.bytes().all(|c| c.is_ascii_digit()));
    let second = match (year, second.strip_prefix("--")) {
        (Some(y), Some(rest)) if !rest.starts_with('-') => [y, "-", rest].concat(),
        _ => second.to_string(),
    };
    let mut d = Draft::new(a.start, b.end, Kind::Date, a.value);
    if let (Some(low), Some(high)) = (a.value, b.value.or(a.value)) {
        (d.low, d.high) = (Some(low), Some(high));
    }
    d.iso = Some([first, "/", &second].concat());
    Some(d)
}

/// The two figures count the same thing: the same kind and unit, or the
/// first a bare number that takes the second's (`3萬和5萬元`).
fn same_measure(a: &Draft, b: &Draft) -> Option<(Kind, Option<&'static str>)> {
    if a.kind == b.kind && (a.unit == b.unit || a.unit.is_none() || b.unit.is_none()) {
        return Some((a.kind, a.unit.or(b.unit)));
    }
    (a.kind == Kind::Number && a.unit.is_none()).then_some((b.kind, b.unit))
}

/// The range from `a`'s value to `b`'s over `start..end`.
fn range_of(
    a: &Draft,
    b: &Draft,
    start: usize,
    end: usize,
    (kind, unit): (Kind, Option<&'static str>),
) -> Option<Draft> {
    let (low, high) = (a.value?, b.value?);
    // (ranks too: 在第十和第十五之間)
    if low > high || !(a.is_quantity() || a.kind == Kind::Rank) {
        return None;
    }
    let mut d = Draft::new(start, end, kind, Some(low));
    d.unit = unit;
    d.per = a.per.clone().or_else(|| b.per.clone());
    d.low = Some(low);
    d.high = Some(high);
    Some(d)
}

/// `大於20度小於30度`: a lower bound, then an upper one, a comma or a
/// joining word apart.
fn bound(bt: &BlockText, a: &Draft, b: &Draft) -> Option<Draft> {
    let lower = |d: &Draft| matches!(d.qualifier, Some(Qualifier::Over | Qualifier::AtLeast));
    let upper = |d: &Draft| matches!(d.qualifier, Some(Qualifier::Under | Qualifier::AtMost));
    if a.qualifier.is_none() || b.qualifier.is_none() {
        return None;
    }
    let near = b.start >= a.end && b.start - a.end <= 4;
    let joined = (a.end..b.start).all(|k| zh::BOUND_JOINS.contains(&bt.cs[k]));
    if !(near && joined) {
        return None;
    }
    let measure = same_measure(a, b).or_else(|| same_measure(b, a))?;
    if lower(a) && upper(b) {
        range_of(a, b, a.start, b.end, measure)
    } else if upper(a) && lower(b) {
        // `最多100最少20個`: the upper bound first.
        range_of(b, a, a.start, b.end, measure)
    } else {
        None
    }
}

/// `10元與20元之間`: two plain figures, a joining word, then `之間`.
fn between(bt: &BlockText, a: &Draft, b: &Draft) -> Option<Draft> {
    if a.qualifier.is_some() || b.qualifier.is_some() || a.low.is_some() || b.low.is_some() || b.start <= a.end {
        return None;
    }
    let (join_end, _) = bt.lex_at(a.end, lexicon::between_joins())?;
    if join_end != b.start {
        return None;
    }
    if let Some((tail_end, _)) = bt.lex_at(b.end, lexicon::between_tails()) {
        return range_of(a, b, a.start, tail_end, same_measure(a, b)?);
    }
    // `10000與20000間`: the closing 間 was read as the second number's measure word
    let own = bt
        .lex_before(b.start, b.end, lexicon::between_tails())
        .is_some_and(|(s, _)| s > b.start && bt.get(s - 1).is_some_and(|c| c.is_ascii_digit()));
    let bare = |d: &Draft| d.unit.is_none() && matches!(d.kind, Kind::Number | Kind::Count);
    (own && a.kind == Kind::Number && bare(a) && bare(b))
        .then(|| range_of(a, b, a.start, b.end, (Kind::Number, None)))
        .flatten()
}
