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
    // Most blocks join nothing: look before building anything.
    let joins = |a: &Draft, b: &Draft| bound(bt, a, b).is_some() || between(bt, a, b).is_some();
    if !drafts.windows(2).any(|w| joins(&w[0], &w[1])) {
        return;
    }
    let mut out: Vec<Draft> = Vec::with_capacity(drafts.len());
    for d in drafts.drain(..) {
        let joined = out.last().and_then(|a| bound(bt, a, &d).or_else(|| between(bt, a, &d)));
        match (joined, out.last_mut()) {
            (Some(j), Some(last)) => *last = j,
            _ => out.push(d),
        }
    }
    *drafts = out;
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
    if low > high || !a.is_quantity() {
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
    let (tail_end, _) = bt.lex_at(b.end, lexicon::between_tails())?;
    if join_end != b.start {
        return None;
    }
    range_of(a, b, a.start, tail_end, same_measure(a, b)?)
}
