//! Changes and differences: a stated change (`增長25%`, `up 3 points`,
//! `increased by 500`) against the two values it runs between: a `from` and a
//! `to` in its sentence (`由4億元增至5億元`, `to $5 million from $4 million`),
//! or this period's value and the earlier period's (`今年…120億元，去年同期
//! 為100億元，同比增長20%`), one unit and metric family, the earlier one
//! named by a word of `CheckWord::Prior`.
//!
//! A percent change is relative ((to − from) ÷ from); points are the
//! difference of two percents. A percent stated for a change between two
//! percents that fits only their difference is the percent-for-points
//! confusion: flagged, with both readings in `explain`.

use super::explain::{as_stated, cat, fixed, operand, points, separator, verdict};
use super::{related, words, Fig, Out, Sentence};
use crate::lexicon::checks::CheckWord;
use crate::lexicon::fold::fold_str;
use crate::lexicon::units::{INDEX_POINT, POINTS};
use crate::model::{Change, CheckKind, Kind, Role};

pub fn check(s: &Sentence, before: Option<&Sentence>, out: &mut Out) {
    for st in &s.figs {
        if st.f.change.is_none() {
            continue;
        }
        // A stated bound (`more than 20%`) holds when the change reaches past it.
        if st.range || st.f.role.is_some() || !(st.amount() || st.bound) || out.is_stated(st.i) {
            continue;
        }
        let points_stated = st.f.unit == Some(POINTS);
        let percent_stated = st.f.kind == Kind::Percent && !points_stated;
        // Which operands fit this stated change.
        let fits = |a: &Fig| {
            if points_stated {
                a.f.kind == Kind::Percent && a.f.unit == Some("%")
            } else if percent_stated {
                a.f.kind != Kind::Percent || a.f.unit == Some("%")
            } else {
                a.same_unit(st)
            }
        };
        let found = roles(s, st, &fits)
            .or_else(|| percent_stated.then(|| unmarked(s, st)).flatten())
            .or_else(|| periods(s, before, st, &fits, points_stated))
            .or_else(|| compared(s, st, &fits))
            .or_else(|| percent_stated.then(|| stepped(s, st, out)).flatten())
            .or_else(|| percent_stated.then(|| carried(s, before, st)).flatten());
        if let Some((from, to)) = found {
            report(s.lang, st, from, to, out);
        }
    }
}

/// The check of a stated change `st` between `from` and `to`: points or an
/// amount against their difference, a percent against their relative change.
fn report(lang: usize, st: &Fig, from: &Fig, to: &Fig, out: &mut Out) {
    let Some(dir) = st.f.change else { return };
    let points_stated = st.f.unit == Some(POINTS);
    let percent_stated = st.f.kind == Kind::Percent && !points_stated;
    // A stated rise between values that fell (or the reverse) is a reading we cannot place.
    if (dir == Change::Increase) != (to.v() > from.v()) || to.v() == from.v() {
        return;
    }
    let (d, diff) = if dir == Change::Increase {
        (to.iv.sub(from.iv), to.v() - from.v())
    } else {
        (from.iv.sub(to.iv), from.v() - to.v())
    };
    let (hi, lo) = if dir == Change::Increase {
        (to, from)
    } else {
        (from, to)
    };
    let lhs = cat(&[operand(hi), " − ", operand(lo)]);
    if !percent_stated {
        let ok = d.meets(st.iv);
        let kind = if points_stated {
            CheckKind::Change
        } else {
            CheckKind::Difference
        };
        let explain = cat(&[&lhs, " = ", &as_stated(diff, st), verdict(ok), &st.f.text]);
        out.push(kind, vec![st.i, from.i, to.i], st.v(), diff, ok, explain);
        return;
    }
    let Some(rel_iv) = d.div(from.iv).map(|r| r.scale(100.0)) else {
        return;
    };
    let rel = diff / from.v() * 100.0;
    let ok = rel_iv.meets(st.iv);
    let mut explain = cat(&[
        "(",
        &lhs,
        ") ÷ ",
        operand(from),
        " = ",
        &as_stated(rel, st),
        verdict(ok),
        &st.f.text,
    ]);
    if !ok && from.f.kind == Kind::Percent {
        // Both readings: the relative change, and the difference in points.
        explain.push_str(&cat(&[
            separator(lang),
            &lhs,
            " = ",
            &fixed(diff, st.w.decimals + 1),
            points(lang),
        ]));
    }
    out.push(
        CheckKind::Change,
        vec![st.i, from.i, to.i],
        st.v(),
        rel,
        ok,
        explain,
    );
}

/// `Sales rose 16%. … reached $58 million, up from $50 million`: a percent
/// change with no operands in its sentence, against the one pair of amounts
/// the next sentence states (a `from` and its `to` or level), in a sentence with no change of its
/// own: `before` is the sentence before, in the paragraph or ending the one
/// before it (a guess: taken when the change fits or misses by less than a third).
pub fn ahead(s: &Sentence, before: Option<&Sentence>, out: &mut Out) {
    let Some(b) = before else { return };
    let stated = |f: &&Fig| f.f.change.is_some() && f.f.kind == Kind::Percent && f.f.unit == Some("%");
    if b.figs.iter().any(|f| f.f.role.is_some()) || s.figs.iter().any(|f| stated(&f)) {
        return;
    }
    let mut sts = b.figs.iter().filter(stated);
    let Some(st) = sts.next() else { return };
    if sts.next().is_some() || !st.amount() || out.is_stated(st.i) {
        return;
    }
    if let Some((from, to)) = pair(s).filter(|(from, to)| guess(st, from, to)) {
        report(s.lang, st, from, to, out);
    }
}

/// The one pair of amounts (not percents) a sentence compares: its `from` and
/// that one's `to`, or else the level right before the `from`.
fn pair<'a>(s: &'a Sentence) -> Option<(&'a Fig<'a>, &'a Fig<'a>)> {
    let level = |a: &Fig| a.amount() && a.f.kind != Kind::Percent && a.v() > 0.0;
    let mut froms = s.figs.iter().filter(|f| f.f.role == Some(Role::From));
    let from = froms.next()?;
    let mut tos = s.figs.iter().filter(|t| t.f.role == Some(Role::To));
    let to = match tos.next() {
        Some(t) => t,
        None => s.figs.iter().rev().filter(|l| l.i < from.i && !l.aside()).find(|l| l.like(from))?,
    };
    let plain = to.f.role.is_some() || to.f.change.is_none();
    (froms.next().is_none() && tos.next().is_none() && level(from) && level(to) && to.like(from) && plain)
        .then_some((from, to))
}

/// The one `from` and `to` pair of the sentence that fits (none when there are several).
fn roles<'a>(
    s: &'a Sentence,
    st: &Fig,
    fits: &dyn Fn(&Fig) -> bool,
) -> Option<(&'a Fig<'a>, &'a Fig<'a>)> {
    let mut found = None;
    // Operands of another metric are another change's (`revenue rose 8%, while
    // the share price climbed from $40 to $52`).
    let own = |a: &Fig| st.fam().is_empty() || a.fam().is_empty() || related(a.fam(), st.fam());
    let ops = || {
        s.figs
            .iter()
            .filter(|a| a.i != st.i && a.amount() && fits(a) && own(a))
    };
    for from in ops().filter(|a| a.f.role == Some(Role::From)) {
        // The nearest `to` of the same unit, on either side.
        let to = ops()
            // `to 900,000 tons from 800,000`: the from may drop the unit.
            .filter(|t| t.f.role == Some(Role::To) && (t.like(from) || from.f.kind == Kind::Number && from.f.unit.is_none()))
            .min_by_key(|t| t.i.abs_diff(from.i))
            .or_else(|| level(s, st, from).filter(|l| fits(l)))?;
        if found.is_some() {
            return None;
        }
        found = Some((from, to));
    }
    found
}

/// `1.25 billion miles, up 10.6 percent from 1.13 billion`: with no `to`, the
/// level right before the stated change (past a date), its `from` right
/// after it, all three side by side, whatever their metrics say.
fn level<'a>(s: &'a Sentence, st: &Fig, from: &Fig) -> Option<&'a Fig<'a>> {
    let k = s.figs.iter().position(|f| f.i == st.i)?;
    let l = s.figs[..k].iter().rev().find(|f| !f.aside())?;
    let unit = l.like(from) || from.f.kind == Kind::Number && from.f.unit.is_none();
    (s.figs.get(k + 1)?.i == from.i && l.amount() && l.f.role.is_none() && l.f.change.is_none() && unit)
        .then_some(l)
}

/// `rose 183% to $68, up from its $24 offering price`: a percent change with
/// one `to` and no `from` in its sentence, against the one amount like the
/// `to` after it that moved the same way with no role of its own (a guess:
/// taken when the change fits or misses by less than a third).
fn unmarked<'a>(s: &'a Sentence, st: &Fig) -> Option<(&'a Fig<'a>, &'a Fig<'a>)> {
    let mut roled = s.figs.iter().filter(|t| t.f.role.is_some());
    let to = roled.next().filter(|t| t.f.role == Some(Role::To) && t.amount() && t.f.kind != Kind::Percent)?;
    let mut like = s.figs.iter().filter(|a| {
        a.i > to.i && a.i != st.i && a.amount() && a.like(to) && a.f.role.is_none() && a.f.change == st.f.change
    });
    let from = like.next()?;
    if roled.next().is_some() || like.next().is_some() {
        return None;
    }
    guess(st, from, to).then_some((from, to))
}

/// Does a percent change `st` from `from` to `to` fit, or miss by less than a third?
fn guess(st: &Fig, from: &Fig, to: &Fig) -> bool {
    if from.v() <= 0.0 {
        return false;
    }
    let rel = (to.v() - from.v()).abs() / from.v() * 100.0;
    let d = if to.v() >= from.v() { to.iv.sub(from.iv) } else { from.iv.sub(to.iv) };
    let fits = d.div(from.iv).is_some_and(|r| r.scale(100.0).meets(st.iv));
    fits || (rel / st.v() - 1.0).abs() < 0.3
}

/// This period's value and the earlier period's, in the sentence or the one
/// before it: exactly one of each, of one unit and metric family.
fn periods<'a>(
    s: &'a Sentence,
    before: Option<&'a Sentence>,
    st: &Fig,
    fits: &dyn Fn(&Fig) -> bool,
    rates: bool,
) -> Option<(&'a Fig<'a>, &'a Fig<'a>)> {
    let all = before
        .map_or(&[][..], |b| &b.figs[..])
        .iter()
        .chain(&s.figs);
    let ops: Vec<&Fig> = all
        .filter(|a| {
            a.i != st.i
                && a.amount()
                // Levels, the level a change reached, or for points two growth rates
                // (`增長5.3%，比上年同期加快0.8個百分點，上年同期增長4.5%`).
                && ((a.f.change.is_none() && a.f.role.is_none())
                    || a.f.role == Some(Role::To)
                    || (rates && a.f.role.is_none()))
                && fits(a)
                && (st.fam().is_empty() || related(a.fam(), st.fam()))
        })
        .collect();
    // The level a change reached (`增至1400億元`) is this period's, whatever the sentence's period.
    let prior = |a: &Fig| {
        a.f.role != Some(Role::To)
            && a.f.period
            .as_deref()
            .is_some_and(|p| words::has(&fold_str(p), CheckWord::Prior))
    };
    let mut found = None;
    for p in ops.iter().filter(|a| prior(a)) {
        for c in ops.iter().filter(|c| !prior(c)) {
            if c.same_unit(p) && c.fam() == p.fam() && !c.fam().is_empty() {
                if found.is_some() {
                    return None;
                }
                found = Some((*p, *c));
            }
        }
    }
    found
}

/// A comparison (`28.67歲，比2010年的24.89歲增加了3.78歲`, `259.9 million, 27.7
/// percent higher than the 203.6 million`): the amount right after a word of
/// `CheckWord::Than` (only asides, modifiers or `的` between) is the base, the
/// one other amount like it in the sentence the value compared with it, all
/// of the stated change's metric family and the change beside the base.
fn compared<'a>(
    s: &'a Sentence,
    st: &Fig,
    fits: &dyn Fn(&Fig) -> bool,
) -> Option<(&'a Fig<'a>, &'a Fig<'a>)> {
    let (_, we) = s.find(s.text, CheckWord::Than)?;
    let we = s.start + we;
    let k = s.figs.iter().position(|f| f.f.start >= we && !f.aside())?;
    let base = &s.figs[k];
    let mut gap = String::new();
    let mut at = we;
    for f in s.figs[..k].iter().filter(|f| f.f.start >= we) {
        gap.push_str(s.between(at, f.f.start));
        at = f.f.end;
    }
    gap.push_str(s.between(at, base.f.start));
    let gap = words::without(&words::without(&gap, CheckWord::Modifier), CheckWord::BaseOf);
    let st_k = s.figs.iter().position(|f| f.i == st.i)?;
    let own = |a: &Fig| a.fam().is_empty() || related(a.fam(), st.fam());
    let level = |a: &Fig| {
        a.amount() && fits(a) && own(a) && (a.f.change.is_none() || a.f.role == Some(Role::To))
    };
    if !gap.is_empty() || st.fam().is_empty() || st_k.abs_diff(k) > 2 || base.i == st.i || !level(base) {
        return None;
    }
    let mut others = s
        .figs
        .iter()
        .filter(|c| c.i != st.i && c.i != base.i && level(c) && c.like(base));
    let c = others.next()?;
    (others.next().is_none() && (related(c.fam(), st.fam()) || related(base.fam(), st.fam())))
        .then_some((base, c))
}

/// Bytes of text between the figures of a step (`, or `, `, to `, `，跌幅`).
const GAP: usize = 12;

/// Bytes of text between a step's move and the level it reached when the level states no change of its own.
const LEVEL_GAP: usize = 28;

/// `rose $1.20, or 5.2 percent, to $24.12`, `fell 20 percent, off $22 at
/// $91`: a stated percent beside the amount a value moved by (stating the
/// change before it, or right after it) and the level reached, right after
/// them: the earlier level is that one less the move. When the sentence
/// states the earlier level before the move (`to close at $22.92, then rose
/// $1.20`), that one is the `from` (returned), and the move is checked
/// against the two levels; else the percent is checked here.
fn stepped<'a>(s: &'a Sentence, st: &Fig, out: &mut Out) -> Option<(&'a Fig<'a>, &'a Fig<'a>)> {
    let k = s.figs.iter().position(|f| f.i == st.i)?;
    let close = |a: &Fig, b: &Fig| s.between(a.f.end, b.f.start).trim().len() <= GAP;
    let moved = |d: &Fig| d.amount() && d.f.kind != Kind::Percent && d.f.role.is_none() && d.v() > 0.0;
    let (d, at) = match (k.checked_sub(1).map(|j| &s.figs[j]), s.figs.get(k + 1)) {
        (Some(d), _) if moved(d) && d.f.change == st.f.change && close(d, st) => (d, k + 1),
        // `0.3 percent higher, or 3.49 points, to 1,381.92`: the move may repeat the change.
        (_, Some(d)) if moved(d) && (d.f.change.is_none() || d.f.change == st.f.change) && close(st, d) => (d, k + 2),
        _ => return None,
    };
    let l = s.figs.get(at)?;
    // Index points move a bare level (`down 136.06 points … to 3,077.90`).
    let unit = d.like(l) || (d.f.unit == Some(INDEX_POINT) && l.f.kind == Kind::Number && l.f.unit.is_none());
    let level = l.amount() && l.f.kind != Kind::Percent && l.f.role != Some(Role::From);
    // A level that moved no further may stand a few words off (`, to close earlier at $21.15`).
    let reach = s.between(s.figs[at - 1].f.end, l.f.start).trim().len();
    let near = reach <= GAP || (reach <= LEVEL_GAP && (l.f.change.is_none() || l.f.role == Some(Role::To)));
    if !unit || !level || !near {
        return None;
    }
    let up = st.f.change == Some(Change::Increase);
    let (base, b) = if up {
        (l.iv.sub(d.iv), l.v() - d.v())
    } else {
        (l.iv.add(d.iv), l.v() + d.v())
    };
    // Before the move and the percent.
    let first = if at == k + 1 { k - 1 } else { k };
    let earlier = s.figs[..first]
        .iter()
        .rev()
        .find(|e| e.amount() && e.like(l) && e.f.role != Some(Role::From));
    if let Some(e) = earlier.filter(|e| e.iv.meets(base)) {
        if d.f.change.is_some() && !out.is_stated(d.i) {
            let diff = l.v() - e.v();
            let ok = l.iv.sub(e.iv).meets(d.iv);
            let explain = cat(&[operand(l), " − ", operand(e), " = ", &as_stated(diff.abs(), d), verdict(ok), &d.f.text]);
            out.push(CheckKind::Difference, vec![d.i, e.i, l.i], d.v(), diff.abs(), ok, explain);
        }
        return Some((e, l));
    }
    let rel_iv = d.iv.div(base)?.scale(100.0);
    let rel = d.v() / b * 100.0;
    let ok = rel_iv.meets(st.iv);
    let sign = if up { " − " } else { " + " };
    let explain = cat(&[
        operand(d),
        " ÷ (",
        operand(l),
        sign,
        operand(d),
        ") = ",
        &as_stated(rel, st),
        verdict(ok),
        &st.f.text,
    ]);
    out.push(CheckKind::Change, vec![st.i, d.i, l.i], st.v(), rel, ok, explain);
    None
}

/// `She earned $4.25 an hour six years ago. Her pay has jumped more than 50%,
/// to $6.80 an hour`: a percent change to the one level of its sentence, with
/// no `from` there, against the one amount like that level in the sentence
/// before, whatever their metrics say (a guess: taken when the change fits or
/// misses by less than a third).
fn carried<'a>(s: &'a Sentence, before: Option<&'a Sentence>, st: &Fig) -> Option<(&'a Fig<'a>, &'a Fig<'a>)> {
    let mut tos = s.figs.iter().filter(|t| t.f.role.is_some());
    let to = tos.next().filter(|t| t.f.role == Some(Role::To) && t.amount() && t.f.kind != Kind::Percent)?;
    let mut like = before?.figs.iter().filter(|a| a.amount() && a.like(to) && a.f.change.is_none() && a.f.role.is_none());
    let from = like.next()?;
    if tos.next().is_some() || like.next().is_some() {
        return None;
    }
    guess(st, from, to).then_some((from, to))
}
