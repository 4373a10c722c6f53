//! The context of each figure within its Chinese sentence: the change word
//! that governs it, its period, its metric, and `from`/`to` roles.

mod lead;
mod metric;

use crate::figures::shared::draft::Draft;
use crate::figures::shared::periods::{Found, PeriodMatch};
use crate::figures::shared::text::BlockText;
use crate::figures::shared::{clause_start, sentence_of, Around};
use crate::lexicon::{self, zh::Mark};
use crate::model::{Kind, Role};
use lead::{lead, per_phrase_start};
use metric::{counted_noun, distribute, metric_span};

/// Characters that end a clause for metric and change purposes.
fn is_clause_break(c: char) -> bool {
    // Parentheses are not breaks: 廣義貨幣（M2）餘額 is one noun phrase.
    matches!(
        c,
        '，' | ','
            | '；'
            | ';'
            | '：'
            | ':'
            | '。'
            | '！'
            | '？'
            | '!'
            | '?'
            | '\t'
            | '\n'
            | '|'
            | '《'
            | '》'
    )
}

/// A space between two non-ASCII characters separates headline parts.
fn is_break_at(bt: &BlockText, k: usize) -> bool {
    let c = bt.cs[k];
    if is_clause_break(c) {
        return true;
    }
    if c == ' ' || c == '\u{3000}' {
        let prev = k.checked_sub(1).and_then(|p| bt.get(p));
        let next = bt.get(k + 1);
        return prev.is_some_and(|p| !p.is_ascii()) || next.is_some_and(|n| !n.is_ascii());
    }
    false
}

/// 截至6月末，存款增長8.2%；貸款增長10.1%: a period stated once holds across
/// a `；` for a figure that states none: the period of the figure before, when
/// it ends the sentence before and that sentence ends with `；`.
#[inline(never)]
fn carried_period(
    bt: &BlockText,
    drafts: &[Draft],
    i: usize,
    sentences: &[(usize, usize)],
) -> Option<String> {
    let k = sentence_of(sentences, drafts[i].start)?.checked_sub(1)?;
    let (pa, pb) = sentences[k];
    let last = bt.cs[pa..pb].iter().rev().find(|c| !c.is_whitespace());
    if !matches!(last, Some('；' | ';')) {
        return None;
    }
    let p = &drafts[i.checked_sub(1)?];
    (p.start >= pa && p.has_context())
        .then(|| p.period.clone())
        .flatten()
}

/// Period text for a figure: the last time phrase and the last comparison basis before it.
fn period_for(bt: &BlockText, matches: &[PeriodMatch], before: usize) -> Option<String> {
    let time = matches.last_by(before, false);
    let basis = matches.last_by(before, true);
    // In text order; the time first when both start together.
    let (first, second) = match (time, basis) {
        (Some(t), Some(b)) if b.start < t.start => (b, Some(t)),
        (Some(t), b) => (t, b),
        (None, Some(b)) => (b, None),
        (None, None) => return None,
    };
    let mut s = bt.original(first.start, first.end).to_string();
    if let Some(m) = second {
        s.push(' ');
        s.push_str(bt.original(m.start, m.end));
    }
    Some(s)
}

/// Only a coordinator (和, 、, 及) between two figures?
fn coordinated(bt: &BlockText, prev_end: usize, start: usize) -> bool {
    if start <= prev_end {
        return false;
    }
    if start - prev_end == 1 && bt.cs[prev_end] == '、' {
        return true;
    }
    bt.lex_at(prev_end, lexicon::coordinators())
        .is_some_and(|(e, _)| e == start)
}

/// How many figures after `i` are coordinated with it (`9.2%和10.2%`, `3.1%、6.2%和7.4%`).
fn coordinated_run(bt: &BlockText, drafts: &[Draft], i: usize) -> usize {
    let mut end = drafts[i].end;
    let mut n = 0;
    for f in &drafts[i + 1..] {
        if !coordinated(bt, end, f.start) {
            break;
        }
        end = f.end;
        n += 1;
    }
    n
}

/// What the figures before in the sentence left for the ones after: the
/// subjects of the last `分別`.
#[derive(Default)]
pub struct State {
    /// Subjects of the last 分別 in the sentence, handed out one per coordinated figure.
    pending_split: Vec<String>,
    /// The sentence of the last 分別 (its start) and its subjects.
    last_split: Option<(usize, Vec<String>)>,
}

/// Annotate figure `i` of a Chinese sentence: its change, period, metric and role.
pub fn annotate(
    bt: &BlockText,
    drafts: &mut [Draft],
    i: usize,
    around: &Around,
    periods: &[PeriodMatch],
    state: &mut State,
) {
    let start = drafts[i].start;
    let (sa, _) = around.sentence;
    let prev_q = around.prev_q;
    // The previous figure in the same sentence bounds the clause, and the
    // walk back for a break: each character is walked once per sentence.
    let floor = around.prev.map_or(sa, |p| drafts[p].end.max(sa));
    let clause_start = clause_start(floor, start, |k| is_break_at(bt, k));
    let ld = lead(bt, start, clause_start);
    let quantity = drafts[i].is_quantity();
    drafts[i].period =
        period_for(bt, periods, start).or_else(|| carried_period(bt, drafts, i, around.sentences));
    if quantity {
        drafts[i].change = ld.change.or(drafts[i].change);
        if ld.reached && ld.change.is_some() {
            drafts[i].role = Some(Role::To);
        }
    }
    if let Some(p) = prev_q.filter(|_| ld.change.is_none()) {
        if coordinated(bt, drafts[p].end, start) {
            share_with_coordinated(drafts, i, p, state);
            return;
        }
    }
    state.pending_split.clear();
    if let Some(p) =
        prev_q.filter(|&p| drafts[p].change.is_some() && quantity && ld.change.is_none())
    {
        if level_reached(bt, drafts, i, p) {
            return;
        }
    }
    let metric = ld
        .object
        .or_else(|| counted_noun(bt, &drafts[i]))
        .or_else(|| metric_span(bt, clause_start, ld.start, periods));
    drafts[i].metric = metric.map(|(s, e)| bt.original(s, e).to_string());
    if ld.respectively || bt.ends(ld.start, Mark::Respectively.word()).is_some() {
        respectively(bt, drafts, i, sa, metric, state);
    }
    // A clause with no noun of its own (，同比增長7%) measures what the previous figure did.
    if drafts[i].metric.is_none() {
        if let Some(p) = prev_q {
            drafts[i].metric = drafts[p].metric.clone();
        }
    }
    // 由X降至Y: X is where the change started.
    if let Some(p) = prev_q.filter(|_| drafts[i].role == Some(Role::To)) {
        // (spaces set around digits, `由原本 270 降為 145 元`, stand between as nothing)
        let x = per_phrase_start(bt, drafts[p].start).unwrap_or(drafts[p].start);
        let x = x - (0..x).rev().take_while(|&k| bt.get(k) == Some(' ')).count();
        let from_word = bt.lex_before(x.saturating_sub(2), x, lexicon::from_words());
        let gap = (drafts[p].end..ld.start).all(|k| bt.get(k) == Some(' '));
        if from_word.is_some() && ld.start >= drafts[p].end && gap {
            drafts[p].role = Some(Role::From);
            drafts[p].change = drafts[i].change;
            drafts[i].metric = drafts[p].metric.clone();
            // 由原本270降為145元: a bare start shares the unit written once at the end
            if drafts[p].kind == Kind::Number && drafts[i].unit.is_some() && drafts[i].per.is_none() {
                (drafts[p].kind, drafts[p].unit) = (drafts[i].kind, drafts[i].unit);
            }
        }
    }
}

/// `9.2%和10.2%`: a figure coordinated with the one before shares its
/// change, period and metric (or takes the next subject of a `分別`).
fn share_with_coordinated(drafts: &mut [Draft], i: usize, p: usize, state: &mut State) {
    let (pc, pm, pr) = (
        drafts[p].change,
        drafts[p].metric.clone(),
        drafts[p].period.clone(),
    );
    let d = &mut drafts[i];
    if d.is_quantity() {
        d.change = d.change.or(pc);
    }
    d.metric = if state.pending_split.is_empty() {
        pm
    } else {
        Some(state.pending_split.remove(0))
    };
    d.period = d.period.take().or(pr);
}

/// 下降35.6%至12.3億元: the level reached after a changed percentage takes
/// its change and metric. True when figure `i` is one.
fn level_reached(bt: &BlockText, drafts: &mut [Draft], i: usize, p: usize) -> bool {
    let gap = bt.folded(drafts[p].end, drafts[i].start);
    if !lexicon::level_gaps().contains(gap) {
        return false;
    }
    let (pc, pm) = (drafts[p].change, drafts[p].metric.clone());
    let d = &mut drafts[i];
    d.change = pc;
    d.role = Some(Role::To);
    d.metric = pm;
    true
}

/// `A和B…分別為X和Y`: X measures A, Y measures B; `分別增長4.8%和6.9%` takes
/// the subjects of the sentence's last `分別`.
fn respectively(
    bt: &BlockText,
    drafts: &mut [Draft],
    i: usize,
    sentence_start: usize,
    metric: Option<(usize, usize)>,
    state: &mut State,
) {
    let group = 1 + coordinated_run(bt, drafts, i);
    let parts = match metric {
        Some((ms, me)) => distribute(bt, ms, me, group).filter(|_| group > 1),
        None => state
            .last_split
            .as_ref()
            .filter(|(s, parts)| *s == sentence_start && parts.len() == group)
            .map(|(_, parts)| parts.clone()),
    };
    if let Some(mut parts) = parts {
        state.last_split = Some((sentence_start, parts.clone()));
        drafts[i].metric = Some(parts.remove(0));
        state.pending_split = parts;
    }
}

#[cfg(test)]
mod tests {
    /// The metric, exactly (the case tables check that it holds the words).
    fn metric_of(text: &str, surface: &str) -> Option<String> {
        let a = crate::analyze(text, &crate::Options::default());
        let f = a.figures.iter().find(|f| f.text == surface);
        f.unwrap_or_else(|| panic!("{surface} in {text}"))
            .metric
            .clone()
    }

    #[test]
    fn metrics_leave_out_leads_and_demonstratives() {
        for (text, surface, metric) in [
            ("該市人口超過一千萬。", "超過一千萬", "人口"),
            ("该市常住人口1200万人。", "1200万人", "常住人口"),
            ("該公司營業收入增長12%。", "12%", "營業收入"),
            ("本行不良貸款率為1.2%。", "1.2%", "不良貸款率"),
            ("全市地區生產總值729.91億元。", "729.91億元", "地區生產總值"),
            ("其中城鎮新增就業1.29萬人。", "1.29萬人", "城鎮新增就業"),
            ("今年實現營收3億元。", "3億元", "營收"),
            // After the verb of existence, not through a word holding 有
            ("該校有學生3000餘名。", "3000餘名", "學生"),
            ("该县有贫困户1200余户。", "1200余户", "贫困户"),
            ("全市共有中小學校300所。", "300所", "中小學校"),
            ("有效投資增長8%。", "8%", "有效投資"),
            ("國有企業營業收入增長5%。", "5%", "國有企業營業收入"),
            ("所有門店銷售額增長3%。", "3%", "所有門店銷售額"),
            ("有關部門共查處案件120起。", "120起", "有關部門共查處案件"),
        ] {
            assert_eq!(metric_of(text, surface).as_deref(), Some(metric), "{text}");
        }
    }
}
