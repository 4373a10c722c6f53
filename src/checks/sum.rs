//! Sums: parts against their stated total, and shares of one whole against
//! 100%. A list after a partition word (`共120例，其中…70例、…50例`, `of the
//! 120 cases, 70 … and 50 …`) need not name every part, so it is checked
//! only when it adds up, or when it names the rest (`其餘`, `the rest`), which
//! closes it. Parts before a total word (`…70例和50例，合計120例`, `… combined`)
//! are the whole list. Shares (`佔45%`, `accounted for 30%`) add up to 100%
//! only when a share names the rest; else only a sum that fits is reported.

use super::explain::{as_stated, cat, fixed, operand, verdict};
use super::interval::Iv;
use super::{Fig, Out, Sentence};
use crate::lexicon::checks::CheckWord;
use crate::model::{CheckKind, Kind};

/// Bytes of text a total word may stand before its total (`合計為`, `a total of `).
const TOTAL_GAP: usize = 9;

pub fn check(s: &Sentence, out: &mut Out) {
    partitions(s, out);
    totals(s, out);
    shares(s, out);
}

/// Figures that sit inside a list without being items (`兩個月合計`, `in 2023`).
fn aside(p: &Fig) -> bool {
    matches!(p.f.kind, Kind::Date | Kind::Duration | Kind::Rank | Kind::Identifier)
}

/// Can `p` be a part of `total`? Of its kind, unit and per; a count's parts
/// may name their own nouns or none (`of the 450 homes inspected, 310 passed,
/// 90 needed repairs`).
fn part_of(total: &Fig, p: &Fig) -> bool {
    // A count's unit may be missing on one side (`7 tackles, 3 assists (10 combined)`).
    let units = p.f.unit == total.f.unit
        || (p.f.kind == Kind::Count && (p.f.unit.is_none() || total.f.unit.is_none()));
    let unit = p.f.kind == total.f.kind && units && p.f.per == total.f.per;
    p.amount() && p.i != total.i && unit && p.v() > 0.0 && p.v() < total.v()
}

/// The figures of `s` after index `from` that can be parts of `total`, up to
/// the first that cannot.
fn run_after<'a>(s: &'a Sentence, total: &Fig, from: usize) -> Vec<&'a Fig<'a>> {
    s.figs[from..]
        .iter()
        .filter(|p| !aside(p))
        .take_while(|p| part_of(total, p))
        .collect()
}

fn partitions(s: &Sentence, out: &mut Out) {
    for kind in [CheckWord::PartsAfter, CheckWord::TotalAfter] {
        let Some((ws, we)) = s.find(s.text, kind) else {
            continue;
        };
        let (ws, we) = (s.start + ws, s.start + we);
        let total = if kind == CheckWord::PartsAfter {
            s.figs.iter().rev().find(|f| f.f.end <= ws)
        } else {
            s.figs.iter().find(|f| f.f.start >= we)
        };
        let Some(total) = total.filter(|t| t.amount()) else {
            continue;
        };
        let first = s.figs.iter().position(|f| f.f.start >= we.max(total.f.end));
        let Some(first) = first else { continue };
        let run = run_after(s, total, first);
        // The shortest list that adds up; else, when the list names the rest, the list to it.
        let fits = (2..=run.len()).find(|&n| add(&run[..n]).meets(total.iv));
        let n = match fits {
            Some(n) => n,
            None => match rest_closes(s, &run, ws) {
                Some(n) => n,
                None => continue,
            },
        };
        emit(total, &run[..n], out);
    }
}

/// With a word for the rest before one of the parts: the parts up to that one.
fn rest_closes(s: &Sentence, run: &[&Fig], from: usize) -> Option<usize> {
    let mut at = from;
    for (k, p) in run.iter().enumerate() {
        if s.has(s.between(at, p.f.start), CheckWord::Rest) {
            return (k >= 1).then_some(k + 1);
        }
        at = p.f.end;
    }
    None
}

fn totals(s: &Sentence, out: &mut Out) {
    let mut from = 0;
    while let Some((ws, we)) = s.find(s.text.get(from..).unwrap_or(""), CheckWord::TotalWord) {
        let (ws, we) = (s.start + from + ws, s.start + from + we);
        from += we - s.start - from;
        // The total: the figure right after the word (`合計75億元`), else right before it (`8.8 million combined`).
        let after = s.figs.iter().position(|f| f.f.start >= we);
        let k = match after {
            Some(k) if s.figs[k].f.start - we <= TOTAL_GAP => k,
            _ => match s.figs.iter().rposition(|f| f.f.end <= ws) {
                Some(k) if ws - s.figs[k].f.end <= TOTAL_GAP => k,
                _ => continue,
            },
        };
        let total = &s.figs[k];
        if !total.amount() || out.is_stated(total.i) {
            continue;
        }
        // The parts: the figures before the word, back to the first that cannot be one.
        let before = s.figs[..k]
            .iter()
            .rev()
            .filter(|f| f.f.end <= total.f.start.min(ws) && !aside(f));
        let mut parts: Vec<&Fig> = before.take_while(|p| part_of(total, p)).collect();
        parts.reverse();
        if parts.len() >= 2 {
            emit(total, &parts, out);
        }
    }
}

fn add(parts: &[&Fig]) -> Iv {
    parts
        .iter()
        .fold(Iv { lo: 0.0, hi: 0.0 }, |acc, p| acc.add(p.iv))
}

fn emit(total: &Fig, parts: &[&Fig], out: &mut Out) {
    if out.is_stated(total.i) {
        return;
    }
    let sum: f64 = parts.iter().map(|p| p.v()).sum();
    let ok = add(parts).meets(total.iv);
    let lhs: Vec<&str> = parts.iter().map(|p| operand(p)).collect();
    let explain = cat(&[
        &lhs.join(" + "),
        " = ",
        &as_stated(sum, total),
        verdict(ok),
        &total.f.text,
    ]);
    let mut figures = vec![total.i];
    figures.extend(parts.iter().map(|p| p.i));
    out.push(CheckKind::Sum, figures, total.v(), sum, ok, explain);
}

/// A percent that can be a share: one value, no change, not a from or a to.
fn plain_percent(f: &Fig) -> bool {
    f.f.kind == Kind::Percent
        && f.f.unit == Some("%")
        && !f.range
        && !f.bound
        && f.f.change.is_none()
        && f.f.role.is_none()
}

/// Shares of one whole: percents each right after a share word, adding up to 100%.
fn shares(s: &Sentence, out: &mut Out) {
    let mut list: Vec<&Fig> = Vec::new();
    let mut at = s.start;
    let mut rest = false;
    for f in &s.figs {
        let lead = s.between(at, f.f.start);
        at = f.f.end;
        // After a share word, the list goes on without it (`coal accounted for 55%, gas for 25%`).
        let share = plain_percent(f) && (!list.is_empty() || s.has(lead, CheckWord::Share));
        if share {
            rest |= s.has(lead, CheckWord::Rest);
            list.push(f);
        }
    }
    // Without a share word, three or more plain percents that add up to 100% are shares too
    // (`native ads (38%), in-feed units (30%), in-ad units (25%) and custom designs (7%)`).
    if list.is_empty() {
        list = s.figs.iter().filter(|f| plain_percent(f)).collect();
        if list.len() < 3 || !add(&list).meets(Iv { lo: 100.0, hi: 100.0 }) {
            return;
        }
    }
    if list.len() < 2 {
        return;
    }
    let iv = add(&list);
    let whole = Iv {
        lo: 100.0,
        hi: 100.0,
    };
    let ok = iv.meets(whole);
    if !ok && !rest {
        return;
    }
    let sum: f64 = list.iter().map(|p| p.v()).sum();
    let lhs: Vec<&str> = list.iter().map(|p| operand(p)).collect();
    let decimals = list.iter().map(|p| p.w.decimals).max().unwrap_or(0);
    let explain = cat(&[
        &lhs.join(" + "),
        " = ",
        &fixed(sum, decimals + 1),
        "%",
        verdict(ok),
        "100%",
    ]);
    out.push(
        CheckKind::Sum,
        list.iter().map(|p| p.i).collect(),
        100.0,
        sum,
        ok,
        explain,
    );
}
