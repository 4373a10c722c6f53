//! Sums: parts against their stated total, and shares of one whole against
//! 100%. A list after a partition word (`共120例，其中…70例、…50例`, `of the
//! 120 cases, 70 … and 50 …`) need not name every part, so it is checked
//! only when it adds up, or when it names the rest (`其餘`, `the rest`), which
//! closes it. Parts before a total word (`…70例和50例，合計120例`, `… combined`)
//! are the whole list. Shares (`佔45%`, `accounted for 30%`) add up to 100%
//! only when a share names the rest; else only a sum that fits is reported.

use super::explain::{as_stated, cat, fixed, operand, quotient, verdict};
use super::interval::Iv;
use super::{Fig, Out, Sentence};
use crate::lexicon::checks::CheckWord;
use crate::model::{CheckKind, Kind};

/// Bytes of text a total word may stand before its total (`合計為`, `a total of `).
const TOTAL_GAP: usize = 9;

pub fn check<'a>(s: &Sentence<'a>, before: Option<&Sentence>, para: &mut Para<'a>, out: &mut Out) {
    let open = out.open.take();
    if let Some(b) = before {
        if let Some((t, p)) = open {
            share_ahead(s, b, t, p, out);
        }
    }
    partitions(s, before, out);
    totals(s, out);
    shares(s, para, out);
}

/// Can `p` be a part of `total`? Of its kind, unit and per; a count's parts
/// may name their own nouns or none (`of the 450 homes inspected, 310 passed,
/// 90 needed repairs`).
fn part_of(total: &Fig, p: &Fig) -> bool {
    part_below(total, p, total.v())
}

/// [`part_of`], with parts up to `max`.
fn part_below(total: &Fig, p: &Fig, max: f64) -> bool {
    // A count's unit may be missing on one side (`7 tackles, 3 assists (10 combined)`).
    let units = p.f.unit == total.f.unit
        || (p.f.kind == Kind::Count && (p.f.unit.is_none() || total.f.unit.is_none()));
    // A bare number beside a count of no unit (`of the 150 schools, 36 …`).
    let bare = |f: &Fig| matches!(f.f.kind, Kind::Count | Kind::Number) && f.f.unit.is_none();
    let kind = p.f.kind == total.f.kind || (bare(p) && bare(total));
    let unit = kind && units && p.f.per == total.f.per;
    p.amount() && p.i != total.i && unit && p.v() > 0.0 && p.v() < max
}

/// The figures of `s` after index `from` that can be parts of `total`, up to
/// the first that cannot.
fn run_after<'a>(s: &'a Sentence, total: &Fig, from: usize) -> Vec<&'a Fig<'a>> {
    s.figs[from..]
        .iter()
        // A part's share right after it (`70 (58%)`) is no part.
        .filter(|p| !p.aside() && (p.f.kind != Kind::Percent || total.f.kind == Kind::Percent))
        .take_while(|p| part_of(total, p))
        .collect()
}

fn partitions(s: &Sentence, before: Option<&Sentence>, out: &mut Out) {
    // Each partition word (`…佔23.7％，女孩子…41.9％，這其中…23.2％、…14.3％、…4.4％`).
    for kind in [CheckWord::PartsAfter, CheckWord::TotalAfter] {
        let mut from = 0;
        while let Some((ws, we)) = s.find(s.text.get(from..).unwrap_or(""), kind) {
            let (ws, we) = (s.start + from + ws, s.start + from + we);
            from = we - s.start;
            partition(s, before, kind, ws, we, out);
        }
    }
}

fn partition(s: &Sentence, before: Option<&Sentence>, kind: CheckWord, ws: usize, we: usize, out: &mut Out) {
        // A sentence that opens with the word (`89宗確診個案。在確診個案中，8宗…`) takes its
        // total from the end of the sentence before.
        let total = if kind == CheckWord::PartsAfter {
            let own = s.figs.iter().rev().find(|f| f.f.end <= ws);
            own.or_else(|| before.and_then(|b| b.figs.last()))
        } else {
            s.figs.iter().find(|f| f.f.start >= we)
        };
        let Some(total) = total.filter(|t| t.amount()) else {
            return;
        };
        let first = s.figs.iter().position(|f| f.f.start >= we.max(total.f.end));
        let Some(first) = first else { return };
        let run = run_after(s, total, first);
        // `240 of the 800 workers, or 30%`: a part right before the word.
        let lead = s.figs.iter().rev().find(|a| a.f.end <= ws);
        if let Some(a) = lead.filter(|a| kind == CheckWord::TotalAfter && s.between(a.f.end, ws).trim().is_empty()) {
            if part_of(total, a) {
                proportion(s, total, a, total, out);
            }
        }
        for p in &run {
            proportion(s, total, p, p, out);
        }
        // A list that ends its sentence: its last part's share may open the next one.
        if let Some(p) = run.last().filter(|p| s.figs.last().is_some_and(|l| l.i == p.i)) {
            out.open = Some((total.i, p.i));
        }
        // The shortest list that adds up; else, when the list names the rest, the list to it.
        let fits = (2..=run.len()).find(|&n| add(&run[..n]).meets(total.iv));
        let n = match fits {
            Some(n) => n,
            None => match rest_closes(s, &run, ws).or_else(|| past(total, &run)) {
                Some(n) => n,
                None => return,
            },
        };
        emit(total, &run[..n], out);
}

/// A whole list that passes its total by less than a third, where the list
/// short of its last part falls short of it: parts of a whole cannot add up
/// to more than the whole.
fn past(total: &Fig, run: &[&Fig]) -> Option<usize> {
    let n = run.len();
    let (all, short) = (add(run), add(&run[..n.checked_sub(1)?]));
    (n >= 2 && all.lo > total.iv.hi && all.lo < total.iv.hi * 1.3 && short.hi < total.iv.lo).then_some(n)
}

/// Bytes of text between a part (or its total) and its share (`, or `, `被裁，佔`).
const SHARE_GAP: usize = 15;

/// `240 of the 800 workers, or 30%`, `of the 120 cases, 70 (58%) …`: a
/// part's share of its total, stated right after the figure `after` (the
/// part, or the total for a part before its `of the`): part ÷ total.
fn proportion(s: &Sentence, total: &Fig, part: &Fig, after: &Fig, out: &mut Out) {
    let Some(k) = s.figs.iter().position(|f| f.i == after.i) else {
        return;
    };
    // Not a percent compared (`36 failed, 12% more than last year`).
    let share = |p: &&Fig| plain_percent(p) && !out.is_stated(p.i) && !s.has(s.after(p, 16), CheckWord::Than);
    let Some(p) = s.figs.get(k + 1).filter(share) else {
        return;
    };
    if s.between(after.f.end, p.f.start).trim().len() <= SHARE_GAP {
        share_of(total, part, p, out);
    }
}

/// The share `p` of `part` in `total`: part ÷ total.
fn share_of(total: &Fig, part: &Fig, p: &Fig, out: &mut Out) {
    let Some(iv) = part.iv.div(total.iv) else { return };
    if total.f.kind == Kind::Percent {
        return;
    }
    let computed = part.v() / total.v() * 100.0;
    let ok = iv.scale(100.0).meets(p.iv);
    let explain = quotient(part, total, computed, ok, p);
    out.push(CheckKind::Ratio, vec![p.i, part.i, total.i], p.v(), computed, ok, explain);
}

/// `222 patients were operated on, and among them 19 had a leak. 8.6% is a
/// high rate`: the share of a list's last part, ending its sentence, stated
/// first thing in the next one.
fn share_ahead(s: &Sentence, b: &Sentence, t: usize, p: usize, out: &mut Out) {
    let find = |i| b.figs.iter().find(|f| f.i == i);
    let (Some(total), Some(part), Some(first)) = (find(t), find(p), s.figs.first()) else {
        return;
    };
    if plain_percent(first) && !out.is_stated(first.i) && s.between(s.start, first.f.start).trim().is_empty() {
        share_of(total, part, first, out);
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
            .filter(|f| f.f.end <= total.f.start.min(ws) && !f.aside());
        // The list is the whole: a part as large as the total (`7 tackles, 3 assists (7
        // combined)`) is one that does not add up.
        let mut parts: Vec<&Fig> = before.take_while(|p| part_below(total, p, total.v() * 1.3)).collect();
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

/// A share of one whole, kept past its sentence (shares stated over a paragraph).
#[derive(Clone, Copy)]
pub(crate) struct Share<'a> {
    i: usize,
    iv: Iv,
    v: f64,
    text: &'a str,
    decimals: u32,
    sentence: usize,
}

/// A paragraph's plain percents so far: `led` where the first one after a
/// share word is, `rest` whether a word for the rest led one, `done` whether
/// a sentence of it already made a shares check.
#[derive(Default)]
pub(crate) struct Para<'a> {
    block: usize,
    items: Vec<Share<'a>>,
    led: Option<usize>,
    rest: bool,
    done: bool,
    /// A percent of the paragraph outside the list (a change, or one before the first share word).
    other: bool,
}

/// Shares of one whole: percents each right after a share word, adding up to
/// 100%, in a sentence; then, across the sentences of a paragraph (`大約佔總體的
/// 39.9％；…；大約佔總體的21.3％…`), the ones no sentence closed.
fn shares<'a>(s: &Sentence<'a>, para: &mut Para<'a>, out: &mut Out) {
    if para.block != s.block {
        flush(para, out);
        *para = Para {
            block: s.block,
            ..Para::default()
        };
    }
    let mut own = Para::default();
    let mut at = s.start;
    for f in s.figs.iter().filter(|f| f.f.kind == Kind::Percent) {
        if !plain_percent(f) {
            para.other = true;
            continue;
        }
        let lead = s.between(at, f.f.start);
        at = f.f.end;
        let item = Share {
            i: f.i,
            iv: f.iv,
            v: f.v(),
            text: operand(f),
            decimals: f.w.decimals,
            sentence: s.sentence,
        };
        for p in [&mut own, &mut *para] {
            // After a share word, the list goes on without it (`coal accounted for 55%, gas for 25%`).
            if p.led.is_none() && s.has(lead, CheckWord::Share) {
                p.led = Some(p.items.len());
                p.other |= !p.items.is_empty();
            }
            p.rest |= p.led.is_some() && s.has(lead, CheckWord::Rest);
            p.items.push(item);
        }
    }
    if emit_shares(&own, own.rest, out) {
        para.done = true;
    }
}

/// The shares a paragraph states over several of its sentences, when none
/// of them closed a list; one that does not add up only when the list is
/// every percent of the paragraph.
pub(crate) fn flush(para: &Para, out: &mut Out) {
    let spread = para.items.first().map(|a| a.sentence) != para.items.last().map(|b| b.sentence);
    if !para.done && spread {
        emit_shares(para, para.rest && !para.other, out);
    }
}

/// The list of `p` from its first share word on; without one, three or more
/// plain percents that add up to 100% are shares too (`native ads (38%),
/// in-feed units (30%), in-ad units (25%) and custom designs (7%)`). Reported
/// when it adds up, or when a word for the rest closes it.
fn emit_shares(p: &Para, rest: bool, out: &mut Out) -> bool {
    let whole = Iv {
        lo: 100.0,
        hi: 100.0,
    };
    let add = |l: &[Share]| l.iter().fold(Iv { lo: 0.0, hi: 0.0 }, |acc, p| acc.add(p.iv));
    let list = match p.led {
        Some(k) => &p.items[k..],
        None if p.items.len() >= 3 && add(&p.items).meets(whole) => &p.items[..],
        None => return false,
    };
    // The first run that adds up (`男性佔48.2%，女性佔51.8%，其中…`); else, closed by the rest, all of it.
    let fits = (0..list.len()).find_map(|i| {
        let mut acc = Iv { lo: 0.0, hi: 0.0 };
        (i..list.len()).find_map(|j| {
            acc = acc.add(list[j].iv);
            (j > i && acc.meets(whole)).then(|| &list[i..=j])
        })
    });
    let list = fits.unwrap_or(list);
    let ok = fits.is_some();
    let sum: f64 = list.iter().map(|p| p.v).sum();
    // Failing, only near 100% (one share off by up to a third): further off, the list is not one whole.
    let near = rest && (sum - 100.0).abs() <= 30.0;
    if list.len() < 2 || !(ok || near) {
        return false;
    }
    let lhs: Vec<&str> = list.iter().map(|p| p.text).collect();
    let decimals = list.iter().map(|p| p.decimals).max().unwrap_or(0);
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
    true
}
