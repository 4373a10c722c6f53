//! Per head: a stated figure per person or household (`人均GDP 2萬元`, `$52,000
//! per capita`) against a total of its metric family and a count of persons
//! (or households) in its sentence or the one before it: total ÷ count. A
//! figure per any other unit its `per` names (`每股0.32元`, `$16 per share`)
//! is checked the same way against a count or measure of that unit.

use super::explain::quotient;
use super::{family, related, words, Fig, Out, Sentence};
use crate::lexicon::checks::CheckWord;
use crate::lexicon::fold::fold_str;
use crate::lexicon::units::{HOUSEHOLD, PERSON};
use crate::model::{CheckKind, Kind};

fn metric(f: &Fig) -> String {
    fold_str(f.f.metric.as_deref().unwrap_or(""))
}

/// Bytes after a figure that may hold its per-head words (`$60,000 per capita`).
const AFTER: usize = 16;

/// Is `f` stated per person (`Some(PERSON)`) or per household: by its `per`,
/// its metric (`人均GDP`) or the words right after it (`per capita`)? Else
/// per any other unit its `per` names (`每股0.32元`: per share).
fn per_head<'a>(s: &Sentence, f: &'a Fig) -> Option<&'a str> {
    let m = metric(f);
    let next = s.after(f, AFTER).trim_start();
    let starts = |kind| s.find(next, kind).is_some_and(|(at, _)| at == 0);
    if f.f.per.as_deref() == Some(PERSON)
        || words::has(&m, CheckWord::PerPerson)
        || starts(CheckWord::PerPerson)
    {
        Some(PERSON)
    } else if f.f.per.as_deref() == Some(HOUSEHOLD)
        || words::has(&m, CheckWord::PerHousehold)
        || starts(CheckWord::PerHousehold)
    {
        Some(HOUSEHOLD)
    } else {
        f.f.per.as_deref()
    }
}

pub fn check(s: &Sentence, before: Option<&Sentence>, out: &mut Out) {
    let window: Vec<&Fig> = before
        .map_or(&[][..], |b| &b.figs[..])
        .iter()
        .chain(&s.figs)
        .filter(|f| f.amount() && f.f.change.is_none() && f.f.role.is_none())
        .collect();
    // Each figure of the sentence read once (the window's and the stated ones are
    // amounts with no change).
    let own: Vec<Option<&str>> = s
        .figs
        .iter()
        .map(|f| (f.amount() && f.f.change.is_none()).then(|| per_head(s, f)).flatten())
        .collect();
    let heads: Vec<Option<&str>> = window
        .iter()
        .map(|f| match s.figs.iter().position(|g| g.i == f.i) {
            Some(k) => own[k],
            None => per_head(before.unwrap_or(s), f),
        })
        .collect();
    for (st, &head) in s.figs.iter().zip(&own) {
        if !st.amount() || st.f.change.is_some() || out.is_stated(st.i) || st.v() <= 0.0 {
            continue;
        }
        let Some(head) = head else { continue };
        // With no metric (`…, or $60,000 per capita`), only totals with none either.
        let fam = family(&without_per(st), CheckWord::Modifier);
        let plain = |f: &&&Fig| {
            f.i != st.i && window.iter().zip(&heads).any(|(g, h)| g.i == f.i && h.is_none())
        };
        let totals: Vec<&&Fig> = window
            .iter()
            .filter(plain)
            .filter(|t| {
                t.f.kind == st.f.kind
                    && t.f.unit == st.f.unit
                    && t.f.per.is_none()
                    && t.v() > st.v()
                    && (related(t.fam(), &fam) || (fam.is_empty() && t.fam().is_empty()))
            })
            .collect();
        let counts: Vec<&&Fig> = window
            .iter()
            .filter(plain)
            .filter(|n| matches!(n.f.kind, Kind::Count | Kind::Measure) && n.f.unit == Some(head) && n.v() >= 1.0)
            .collect();
        let mut found = Vec::new();
        for t in &totals {
            for n in &counts {
                let periods = match (&t.f.period, &n.f.period) {
                    (Some(a), Some(b)) => a == b,
                    _ => true,
                };
                if !periods {
                    continue;
                }
                let ok = t.iv.div(n.iv).is_some_and(|iv| iv.meets(st.iv));
                found.push((**t, **n, ok));
            }
        }
        let (t, n, ok) = match found.len() {
            0 => continue,
            1 => found[0],
            _ => match found.iter().find(|p| p.2) {
                Some(&p) => p,
                None => continue,
            },
        };
        let computed = t.v() / n.v();
        let explain = quotient(t, n, computed, ok, st);
        out.push(
            CheckKind::PerCapita,
            vec![st.i, t.i, n.i],
            st.v(),
            computed,
            ok,
            explain,
        );
    }
}

/// The stated figure's metric without its per-head words.
fn without_per(f: &Fig) -> String {
    let m = words::without(&metric(f), CheckWord::PerPerson);
    words::without(&m, CheckWord::PerHousehold)
}
