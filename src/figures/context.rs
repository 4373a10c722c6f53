//! The context of each figure within its sentence: the change word that
//! governs it, its period, its metric, and `from`/`to` roles.

use super::periods::{self, PeriodMatch};
use super::scan::Draft;
use super::text::BlockText;
use crate::lexicon::{self, zh};
use crate::model::{Change, Role};

/// Characters that end a clause for metric and change purposes.
fn is_clause_break(c: char) -> bool {
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
            | '（'
            | '('
            | '）'
            | ')'
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

struct Lead {
    /// Where the words before the figure that belong to it (change word, fillers) begin.
    start: usize,
    change: Option<Change>,
    /// The filler chain held 至/到: the figure is the level reached.
    reached: bool,
    /// The filler chain held 分別.
    respectively: bool,
}

/// Where a `每X` before `pos` starts (`漲至每桶85美元`), if there is one.
fn per_phrase_start(bt: &BlockText, pos: usize) -> Option<usize> {
    let mei = (pos.saturating_sub(5)..pos)
        .rev()
        .find(|&k| bt.get(k) == Some('每'))?;
    bt.lex_at(mei + 1, lexicon::units())
        .filter(|&(e, _)| e == pos)
        .map(|_| mei)
}

/// Walk back from the figure over fillers to a change word.
fn lead(bt: &BlockText, figure_start: usize, clause_start: usize) -> Lead {
    let mut pos = per_phrase_start(bt, figure_start)
        .filter(|&m| m >= clause_start)
        .unwrap_or(figure_start);
    let mut out = Lead {
        start: pos,
        change: None,
        reached: false,
        respectively: false,
    };
    for _ in 0..6 {
        if pos <= clause_start {
            break;
        }
        let from = clause_start.max(pos.saturating_sub(8));
        let change = bt.lex_before(from, pos, lexicon::change_words());
        let not_change = bt.lex_before(from, pos, lexicon::not_change());
        if let Some((s, row)) = change {
            if not_change.is_some_and(|(ns, _)| ns <= s) {
                out.start = not_change.map_or(s, |(ns, _)| ns);
                break;
            }
            out.change = Some(if zh::CHANGE_WORDS[row].1 {
                Change::Increase
            } else {
                Change::Decrease
            });
            out.start = s;
            break;
        }
        // 比上月低0.2個百分點: a comparative after a comparison in the clause
        if let Some((s, row)) = bt.lex_before(from, pos, lexicon::comparatives()) {
            let compared =
                (clause_start..s).any(|k| bt.lex_at(k, lexicon::comparison_markers()).is_some());
            if compared
                && bt
                    .lex_before(from, pos, lexicon::change_fillers())
                    .is_none_or(|(fs, _)| fs >= s)
            {
                out.change = Some(if zh::COMPARATIVES[row].1 {
                    Change::Increase
                } else {
                    Change::Decrease
                });
                out.start = s;
                break;
            }
        }
        match bt.lex_before(from, pos, lexicon::change_fillers()) {
            Some((s, row)) => {
                let w = zh::CHANGE_FILLERS[row];
                out.reached |= matches!(w, "至" | "到" | "到了");
                out.respectively |= w == "分別";
                pos = s;
                out.start = s;
            }
            None => break,
        }
    }
    if out.change.is_none() {
        // Fillers alone do not belong to the figure; the metric strips its own.
        out.reached = false;
        out.start = per_phrase_start(bt, figure_start)
            .filter(|&m| m >= clause_start)
            .unwrap_or(figure_start);
    }
    out
}

/// Period text for a figure: the last time phrase and the last comparison basis before it.
fn period_for(bt: &BlockText, matches: &[PeriodMatch], before: usize) -> Option<String> {
    let time = matches
        .iter()
        .filter(|m| m.end <= before && !m.basis)
        .next_back();
    let basis = matches.iter().rfind(|m| m.end <= before && m.basis);
    let mut parts: Vec<&PeriodMatch> = time.into_iter().chain(basis).collect();
    parts.sort_by_key(|m| m.start);
    if parts.is_empty() {
        return None;
    }
    Some(
        parts
            .iter()
            .map(|m| bt.original(m.start, m.end))
            .collect::<Vec<_>>()
            .join(" "),
    )
}

/// Trim punctuation and unpaired quotes from both ends.
fn trim_edges(bt: &BlockText, mut s: usize, mut e: usize) -> (usize, usize) {
    let junk = |c: char| {
        c.is_whitespace()
            || matches!(
                c,
                '“' | '”' | '"' | '‘' | '’' | '「' | '」' | '、' | '-' | '—' | '·' | '.' | '…'
            )
    };
    while s < e && junk(bt.cs[s]) {
        s += 1;
    }
    while e > s && junk(bt.cs[e - 1]) {
        e -= 1;
    }
    (s, e)
}

/// The metric: the noun phrase in `from..to` before a figure.
fn metric_span(
    bt: &BlockText,
    from: usize,
    to: usize,
    periods: &[PeriodMatch],
) -> Option<(usize, usize)> {
    let (mut s, mut e) = (from, to);
    for _ in 0..8 {
        (s, e) = trim_edges(bt, s, e);
        let mut changed = false;
        if let Some(p) = periods.iter().find(|p| p.end == e && p.start >= s) {
            e = p.start;
            changed = true;
        }
        if let Some((end, _)) = bt
            .lex_at(s, lexicon::metric_lead())
            .filter(|&(end, _)| end < e)
        {
            s = end;
            changed = true;
        }
        if !changed {
            for lex in [
                lexicon::metric_tail(),
                lexicon::change_words(),
                lexicon::approx_before(),
            ] {
                if let Some((start, _)) = bt.lex_before(s, e, lex) {
                    if start >= s && start < e {
                        e = start;
                        changed = true;
                        break;
                    }
                }
            }
        }
        if !changed {
            break;
        }
    }
    // Start after the last period phrase inside what is left (一季度凈利 → 凈利).
    if let Some(p) = periods.iter().rfind(|p| p.start >= s && p.end < e) {
        s = p.end;
    }
    let (mut s, e) = trim_edges(bt, s, e);
    // A closing quote whose opening lies outside: start after it (“五一”假期銷量 → 假期銷量).
    let mut depth = 0i32;
    let mut after_unpaired = s;
    for k in s..e {
        match bt.cs[k] {
            '“' | '「' | '『' | '《' => depth += 1,
            '”' | '」' | '』' | '》' => {
                depth -= 1;
                if depth < 0 {
                    after_unpaired = k + 1;
                    depth = 0;
                }
            }
            _ => {}
        }
    }
    s = after_unpaired;
    let (s, e) = trim_edges(bt, s, e);
    // Keep the head of a long phrase: Chinese puts it last.
    let s = s.max(e.saturating_sub(24));
    (e > s && bt.cs[s..e].iter().any(|&c| c.is_alphanumeric())).then_some((s, e))
}

/// For a count with a plain measure word, the noun it counts follows it
/// (`5條美麗鄉村精品線` → `美麗鄉村精品線`), up to a clause break or a stop word.
fn counted_noun(bt: &BlockText, d: &Draft) -> Option<(usize, usize)> {
    if d.kind != crate::model::Kind::Count || d.unit.is_some() {
        return None;
    }
    let s = d.end;
    let mut e = s;
    while e < bt.len() && e - s < 10 {
        let c = bt.cs[e];
        if is_break_at(bt, e) || !crate::clean::is_han(c) || zh::COUNTED_NOUN_STOP_CHARS.contains(c)
        {
            break;
        }
        if bt.lex_at(e, lexicon::counted_noun_stops()).is_some() && e > s {
            break;
        }
        e += 1;
    }
    (e > s).then_some((s, e))
}

/// Split `A和B…` into the subjects `分別` distributes over, one per figure.
fn distribute(bt: &BlockText, s: usize, e: usize, count: usize) -> Option<Vec<String>> {
    let mut parts: Vec<(usize, usize)> = Vec::new();
    let mut k = s;
    let mut part_start = s;
    while k < e {
        if let Some((ce, _)) = bt
            .lex_at(k, lexicon::coordinators())
            .filter(|&(ce, _)| ce < e && k > part_start)
        {
            parts.push((part_start, k));
            part_start = ce;
            k = ce;
        } else {
            k += 1;
        }
    }
    parts.push((part_start, e));
    if parts.len() != count {
        return None;
    }
    let text = |a: usize, b: usize| bt.original(a, b).to_string();
    let (ls, le) = *parts.last()?;
    let heads = &parts[..count - 1];
    // 農業、工業和服務業增加值: heads ending alike (業) end the last head at that character.
    let last_char = bt.cs[heads[0].1 - 1];
    if heads
        .iter()
        .all(|&(a, b)| b > a && bt.cs[b - 1] == last_char)
    {
        if let Some(k) = (ls + 1..le - 1).find(|&k| bt.cs[k] == last_char) {
            let tail = bt.original(k + 1, le);
            return Some(
                parts
                    .iter()
                    .enumerate()
                    .map(|(i, &(a, b))| {
                        if i + 1 == count {
                            text(a, b)
                        } else {
                            format!("{}{}", text(a, b), tail)
                        }
                    })
                    .collect(),
            );
        }
    }
    let first_len = parts[0].1 - parts[0].0;
    // 城鎮和農村居民人均可支配收入: equal-length heads share the last part's tail.
    let same_heads = parts[..count - 1].iter().all(|&(a, b)| b - a == first_len);
    if same_heads && le - ls > first_len {
        let tail = bt.original(ls + first_len, le);
        return Some(
            parts
                .iter()
                .enumerate()
                .map(|(i, &(a, b))| {
                    if i + 1 == count {
                        text(a, b)
                    } else {
                        format!("{}{}", text(a, b), tail)
                    }
                })
                .collect(),
        );
    }
    Some(parts.iter().map(|&(a, b)| text(a, b)).collect())
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

pub fn annotate(bt: &BlockText, drafts: &mut [Draft], sentences: &[(usize, usize)]) {
    let mut cached: Option<(usize, Vec<PeriodMatch>)> = None;
    let mut pending_split: Vec<String> = Vec::new();
    for i in 0..drafts.len() {
        if !drafts[i].is_quantity() {
            continue;
        }
        let start = drafts[i].start;
        let (sa, _) = sentences
            .iter()
            .copied()
            .find(|&(a, b)| start >= a && start < b)
            .unwrap_or((0, bt.len()));
        if cached.as_ref().is_none_or(|c| c.0 != sa) {
            cached = Some((
                sa,
                periods::find(
                    bt,
                    sa,
                    bt.len().min(
                        sentences
                            .iter()
                            .find(|s| s.0 == sa)
                            .map_or(bt.len(), |s| s.1),
                    ),
                ),
            ));
        }
        let periods = &cached
            .as_ref()
            .map(|c| &c.1)
            .expect("period cache set above")[..];
        // The previous figure in the same sentence bounds the clause.
        let prev = (0..i)
            .rev()
            .find(|&j| drafts[j].end <= start && drafts[j].end > sa);
        let prev_q = (0..i)
            .rev()
            .find(|&j| drafts[j].end <= start && drafts[j].end > sa && drafts[j].is_quantity());
        let mut clause_start = (sa..start)
            .rev()
            .find(|&k| is_break_at(bt, k))
            .map_or(sa, |k| k + 1);
        if let Some(p) = prev {
            clause_start = clause_start.max(drafts[p].end);
        }
        let ld = lead(bt, start, clause_start);
        let coord = prev_q.is_some_and(|p| coordinated(bt, drafts[p].end, start));

        let d = &mut drafts[i];
        d.period = period_for(bt, periods, start);
        d.change = ld.change.or(d.change);
        if ld.reached && ld.change.is_some() {
            d.role = Some(Role::To);
        }
        if coord && ld.change.is_none() {
            let (pc, pm, pr) = {
                let p = &drafts[prev_q.expect("coordinated implies a previous figure")];
                (p.change, p.metric.clone(), p.period.clone())
            };
            let d = &mut drafts[i];
            d.change = d.change.or(pc);
            d.metric = if pending_split.is_empty() {
                pm
            } else {
                Some(pending_split.remove(0))
            };
            d.period = d.period.take().or(pr);
            continue;
        }
        pending_split.clear();
        let metric = counted_noun(bt, &drafts[i])
            .or_else(|| metric_span(bt, clause_start, ld.start, periods));
        let respectively = ld.respectively
            || metric.is_some_and(|(_, e)| bt.ends(ld.start, "分别").is_some() && e <= ld.start);
        drafts[i].metric = metric.map(|(s, e)| bt.original(s, e).to_string());
        if respectively {
            if let Some((ms, me)) = metric {
                let group = 1 + drafts[i + 1..]
                    .iter()
                    .scan(drafts[i].end, |end, f| {
                        let ok = coordinated(bt, *end, f.start);
                        *end = f.end;
                        ok.then_some(())
                    })
                    .count();
                if let Some(mut parts) = distribute(bt, ms, me, group).filter(|_| group > 1) {
                    drafts[i].metric = Some(parts.remove(0));
                    pending_split = parts;
                }
            }
        }
        // A clause with no noun of its own (，同比增長7%) measures what the previous figure did.
        if drafts[i].metric.is_none() {
            if let Some(p) = prev_q {
                drafts[i].metric = drafts[p].metric.clone();
            }
        }
        // 由X降至Y: X is where the change started.
        if drafts[i].role == Some(Role::To) {
            if let Some(p) = prev_q {
                let x = per_phrase_start(bt, drafts[p].start).unwrap_or(drafts[p].start);
                let from_word = bt.ends(x, "由").or_else(|| bt.ends(x, "从"));
                if from_word.is_some() && ld.start == drafts[p].end {
                    drafts[p].role = Some(Role::From);
                    drafts[p].change = drafts[i].change;
                    drafts[i].metric = drafts[p].metric.clone();
                }
            }
        }
    }
}
