//! Ratios and multiples: a stated `1.49:1`, `3倍`, `three times` against two
//! amounts of one unit, one metric family and one period in its sentence
//! (the seed: 63792元 and 42830元 of 城鄉人均可支配收入 against 收入倍差1.49:1).
//! The larger over the smaller when the ratio is 1 or more, else the other
//! way. A multiple that grew (`增長3倍`, `three times more`) may mean ×3 or ×4:
//! either fits.

use super::explain::{cat, fixed, number, operand, suffix, verdict};
use super::{family, related, words, Fig, Out, Sentence};
use crate::lexicon::checks::CheckWord;
use crate::lexicon::fold::fold_str;
use crate::model::{Change, CheckKind, Kind, Role};

/// Figures apart within a sentence that a ratio may pair.
const REACH: usize = 8;

pub fn check(s: &Sentence, out: &mut Out) {
    for (k, st) in s.figs.iter().enumerate() {
        // A ratio, a multiple, or a bare number its metric calls one (`收入倍差為1.73`).
        let named = st.f.kind == Kind::Number
            && st.f.change.is_none()
            && st.f.metric.as_deref().is_some_and(|m| words::ends(&fold_str(m), CheckWord::RatioWord));
        if !(matches!(st.f.kind, Kind::Ratio | Kind::Multiple) || named) || st.range || st.v() <= 0.0
        {
            continue;
        }
        if st.f.kind == Kind::Multiple && st.f.change == Some(Change::Decrease) {
            continue;
        }
        let stated_family = family(
            st.f.metric.as_deref().unwrap_or(""),
            CheckWord::RatioWord,
        );
        let stated_family = words::without(&stated_family, CheckWord::Modifier);
        let near = k.saturating_sub(REACH)..(k + REACH + 1).min(s.figs.len());
        let near = &s.figs[near];
        let mut found: Vec<(&Fig, &Fig, bool, f64)> = Vec::new();
        for (x, a) in near.iter().enumerate() {
            for b in &near[x + 1..] {
                if !pairs(a, b) || a.i == st.i || b.i == st.i {
                    continue;
                }
                // A from and a to (`more than double, from 175 GW to 450 GW`), one family
                // (城鎮 and 農村 收入), or the two the ratio names (出口額是進口額).
                let named = if from_to(a, b) {
                    stated_family.is_empty()
                        || a.fam().is_empty()
                        || related(a.fam(), &stated_family)
                } else if a.fam() == b.fam() {
                    stated_family.is_empty() || related(a.fam(), &stated_family)
                } else {
                    names(&stated_family, a.fam())
                        && names(&stated_family, b.fam())
                        && !related(a.fam(), b.fam())
                };
                if !named {
                    continue;
                }
                let (ok, computed) = fits(st, a, b);
                found.push((a, b, ok, computed));
            }
        }
        if found.is_empty() {
            found.extend(based(s, k).or_else(|| bare(near, st)).or_else(|| reached(s, k)));
        }
        let pick = match found.len() {
            0 => continue,
            1 => found[0],
            // Several pairs: report only one that fits, never a guess that fails.
            _ => match found.iter().find(|p| p.2) {
                Some(&p) => p,
                None => continue,
            },
        };
        let (a, b, ok, computed) = pick;
        let (big, small) = if (a.v() >= b.v()) == (st.v() >= 1.0) {
            (a, b)
        } else {
            (b, a)
        };
        let same = suffix(big) == suffix(small);
        let show = |f| if same { number(f) } else { operand(f) };
        let explain = cat(&[
            show(big),
            " ÷ ",
            show(small),
            " = ",
            &fixed(computed, st.w.decimals + 1),
            verdict(ok),
            if st.bound { &st.f.text } else { number(st) },
        ]);
        out.push(
            CheckKind::Ratio,
            vec![st.i, big.i, small.i],
            st.v(),
            computed,
            ok,
            explain,
        );
    }
}

/// Does a ratio's metric name a family (`出口額是進口額` names `外貿出口額` by its head, `出口額`)?
fn names(stated: &str, fam: &str) -> bool {
    let head: String = {
        let cs: Vec<char> = fam.chars().collect();
        cs[cs.len().saturating_sub(3)..].iter().collect()
    };
    related(stated, fam) || (head.chars().count() == 3 && !head.is_ascii() && crate::lexicon::has_str(stated, &head))
}

/// Can `a` and `b` be the two sides of one ratio?
fn pairs(a: &Fig, b: &Fig) -> bool {
    a.amount()
        && b.amount()
        && a.same_unit(b)
        && a.v() > 0.0
        && b.v() > 0.0
        && (a.f.period == b.f.period || prior(a) != prior(b))
        && a.f.change == b.f.change
        && ((!a.fam().is_empty() && !b.fam().is_empty() && a.f.role.is_none() == b.f.role.is_none())
            || from_to(a, b))
}

/// Are `a` and `b` the `from` and `to` of one change (either order)?
fn from_to(a: &Fig, b: &Fig) -> bool {
    a.f.role.is_some() && b.f.role.is_some() && a.f.role != b.f.role
}

/// `約是目前全球產量20萬噸的5倍`: the amount right before a multiple, joined to it by
/// a word of `CheckWord::BaseOf`, is its base; the one amount of its unit before
/// that in the sentence is what it multiplies.
fn based<'a>(s: &'a Sentence, k: usize) -> Option<(&'a Fig<'a>, &'a Fig<'a>, bool, f64)> {
    let st = &s.figs[k];
    let b = s.figs.get(k.checked_sub(1)?)?;
    let gap = s.between(b.f.end, st.f.start).trim();
    let joined = s.find(gap, CheckWord::BaseOf).is_some_and(|(at, end)| at == 0 && end == gap.len());
    if st.f.kind != Kind::Multiple || !joined || !b.amount() || b.v() <= 0.0 {
        return None;
    }
    let mut before = s.figs[..k - 1]
        .iter()
        .filter(|a| a.amount() && a.same_unit(b) && a.v() > 0.0);
    let a = before.next()?;
    if before.next().is_some() {
        return None;
    }
    let (ok, computed) = fits(st, a, b);
    Some((a, b, ok, computed))
}

/// Is `a` a value of the earlier period of a comparison (`去年同期`)?
fn prior(a: &Fig) -> bool {
    a.f.period
        .as_deref()
        .is_some_and(|p| words::has(&fold_str(p), CheckWord::Prior))
}

/// Does the stated ratio fit `a` and `b`? (fits, computed ratio).
fn fits(st: &Fig, a: &Fig, b: &Fig) -> (bool, f64) {
    let (big, small) = if a.v() >= b.v() { (a, b) } else { (b, a) };
    let (num, den) = if st.v() >= 1.0 {
        (big, small)
    } else {
        (small, big)
    };
    let computed = num.v() / den.v();
    let Some(iv) = num.iv.div(den.iv) else {
        return (false, computed);
    };
    let grew = st.f.kind == Kind::Multiple && st.f.change == Some(Change::Increase);
    let ok = iv.meets(st.iv) || (grew && iv.meets(st.iv.shift(1.0)));
    (ok, computed)
}

/// `four times as likely (34 percent and 7 percent)`: the only two amounts
/// near a multiple that name no metric, side by side, when the multiple fits
/// them (a guess, so never reported as failing).
fn bare<'a>(near: &'a [Fig<'a>], st: &Fig) -> Option<(&'a Fig<'a>, &'a Fig<'a>, bool, f64)> {
    let mut plain = near.iter().enumerate().filter(|(_, a)| {
        a.i != st.i && a.amount() && a.fam().is_empty() && a.f.role.is_none() && a.f.change.is_none() && a.v() > 0.0
    });
    let ((x, a), (y, b)) = (plain.next()?, plain.next()?);
    if plain.next().is_some() || y != x + 1 || !a.same_unit(b) || st.f.kind != Kind::Multiple {
        return None;
    }
    let (ok, computed) = fits(st, a, b);
    ok.then_some((a, b, ok, computed))
}

/// `nine closings in 2009, and that number has doubled to seventeen`: a
/// multiple that grew to a level, against the one amount like it before the
/// multiple (a guess: reported when it fits, or fails by less than a third).
fn reached<'a>(s: &'a Sentence, k: usize) -> Option<(&'a Fig<'a>, &'a Fig<'a>, bool, f64)> {
    let st = &s.figs[k];
    let to = s.figs[k + 1..].iter().find(|t| t.f.role == Some(Role::To))?;
    if st.f.kind != Kind::Multiple || st.f.change != Some(Change::Increase) || !to.amount() {
        return None;
    }
    let mut before = s.figs[..k].iter().filter(|a| {
        a.amount() && a.like(to) && a.f.role.is_none() && a.f.change.is_none() && a.v() > 0.0
    });
    let a = before.next()?;
    if before.next().is_some() {
        return None;
    }
    let (ok, computed) = fits(st, a, to);
    let near = |m: f64| (computed / m - 1.0).abs() < 0.3;
    (ok || near(st.v()) || near(st.v() + 1.0)).then_some((a, to, ok, computed))
}
