//! Ranges: an average (`平均`, `averaging`) stated beside the range it
//! averages, in one sentence and one unit, must lie inside it
//! (`票價在200至800元之間，平均票價450元`).

use super::explain::{cat, operand};
use super::{words, Fig, Out, Sentence};
use crate::lexicon::checks::CheckWord;
use crate::lexicon::fold::fold_str;
use crate::model::CheckKind;

pub fn check(s: &Sentence, out: &mut Out) {
    let ranges: Vec<&Fig> = s.figs.iter().filter(|f| f.range).collect();
    if ranges.is_empty() {
        return;
    }
    let mut at = s.start;
    for st in &s.figs {
        let lead = s.between(at, st.f.start);
        at = st.f.end;
        if !st.amount() || out.is_stated(st.i) || st.f.change.is_some() {
            continue;
        }
        let metric = fold_str(st.f.metric.as_deref().unwrap_or(""));
        if !s.has(lead, CheckWord::Average) && !words::has(&metric, CheckWord::Average) {
            continue;
        }
        let mut same = ranges.iter().filter(|r| {
            r.f.kind == st.f.kind && r.f.unit == st.f.unit && r.f.per == st.f.per
        });
        let (Some(r), None) = (same.next(), same.next()) else {
            continue;
        };
        let ok = st.iv.meets(r.iv);
        let (lo, hi) = (r.f.low.unwrap_or(r.iv.lo), r.f.high.unwrap_or(r.iv.hi));
        // Not f64::clamp: its panic message formats floats, which would bring float formatting into the wasm.
        let computed = st.v().max(lo).min(hi);
        let sign = if ok { " ∈ " } else { " ∉ " };
        let explain = cat(&[operand(st), sign, &r.f.text]);
        out.push(
            CheckKind::Range,
            vec![st.i, r.i],
            st.v(),
            computed,
            ok,
            explain,
        );
    }
}
