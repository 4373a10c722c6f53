//! The context of each figure within its sentence: the change word that
//! governs it, its period, its metric, and `from`/`to` roles.

use super::periods::{self, PeriodMatch};
use super::scan::Draft;
use super::text::BlockText;
use crate::lexicon::{self, zh};
use crate::model::{Change, Role};

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

struct Lead {
    /// Where the words before the figure that belong to it (change word, fillers) begin.
    start: usize,
    change: Option<Change>,
    /// The filler chain held 至/到: the figure is the level reached.
    reached: bool,
    /// The filler chain held 分別.
    respectively: bool,
    /// The object of a transitive change verb (`增加收入3000元` → `收入`), the figure's metric.
    object: Option<(usize, usize)>,
}

/// The folded form of a change word row.
fn fold_row(row: usize) -> &'static str {
    match zh::CHANGE_WORDS[row].0 {
        "增加" => "增加",
        "減少" => "减少",
        "提高" => "提高",
        "降低" => "降低",
        _ => "",
    }
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
        object: None,
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
            Some((s, _)) => {
                // The matched text, folded (no walk over the list for the row's word).
                let w = bt.folded(s, pos);
                out.reached |= matches!(w, "至" | "到" | "到了");
                out.respectively |= w == "分别";
                pos = s;
                out.start = s;
            }
            None => {
                // 戶均增加收入3000多元: a transitive change verb, then its object noun
                let not_change = bt.lex_before(from, pos, lexicon::not_change()).is_some();
                let object = (1..=2)
                    .filter(|&g| !not_change && pos >= clause_start + g)
                    .find_map(|g| {
                        let end = pos - g;
                        let noun = (end..pos).all(|k| crate::clean::is_han(bt.cs[k]));
                        bt.lex_before(from.min(end), end, lexicon::change_words())
                            .filter(|&(_, r)| {
                                noun && ["增加", "减少", "提高", "降低"].contains(&fold_row(r))
                            })
                            .map(|(vs, r)| (vs, r, end))
                    });
                if let Some((vs, row, end)) = object {
                    out.change = Some(if zh::CHANGE_WORDS[row].1 {
                        Change::Increase
                    } else {
                        Change::Decrease
                    });
                    out.start = vs;
                    out.object = Some((end, pos));
                }
                break;
            }
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
    let k = super::sentence_of(sentences, drafts[i].start)?.checked_sub(1)?;
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
    let time = matches.iter().rfind(|m| m.end <= before && !m.basis);
    let basis = matches.iter().rfind(|m| m.end <= before && m.basis);
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
            .filter(|&(end, _)| end <= e)
        {
            s = end;
            changed = true;
        }
        // 違法行為 keeps its 為, 占比 its 比
        let keep = bt
            .lex_before(s, e, lexicon::metric_keep())
            .map(|(ks, _)| ks);
        if !changed {
            for lex in [
                lexicon::metric_tail(),
                lexicon::change_words(),
                lexicon::approx_before(),
            ] {
                if let Some((start, _)) = bt
                    .lex_before(s, e, lex)
                    .filter(|&(st, _)| keep.is_none_or(|k| st <= k))
                {
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
    // ...and after a verb that introduces the quantity (南湖區實現地區生產總值 → 地區生產總值).
    if let Some(v) = (s..e).rev().find_map(|k| {
        bt.lex_at(k, lexicon::metric_cut_verbs())
            .filter(|&(ve, _)| ve < e)
            .map(|(ve, _)| ve)
    }) {
        s = v;
    }
    // ...and after the verb of existence (該校有學生 → 學生), unless 有 is
    // part of a word (有效投資, 國有企業); something must be left after it.
    let have_word = |k: usize| {
        bt.lex_at(k, lexicon::have_not_verb()).is_some()
            || k.checked_sub(1)
                .and_then(|p| bt.lex_at(p, lexicon::have_not_verb()))
                .is_some_and(|(end, _)| end > k)
    };
    if let Some(k) = (s..e.saturating_sub(1))
        .rev()
        .find(|&k| bt.cs[k] == '有' && !have_word(k))
    {
        s = k + 1;
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
        if is_break_at(bt, e)
            || !crate::clean::is_han(c)
            || lexicon::in_set(zh::COUNTED_NOUN_STOP_CHARS, c)
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
    if parts.len() != count || count < 2 || parts.iter().any(|&(a, b)| b <= a) {
        return None;
    }
    let text = |a: usize, b: usize| bt.original(a, b).to_string();
    let (ls, le) = *parts.last()?;
    let heads = &parts[..count - 1];
    // 農業、工業和服務業增加值: heads ending alike (業) end the last head at that character.
    // Where the tail the heads share begins in the last part:
    // 農業、工業和服務業增加值: heads ending alike (業) end the last head at that character;
    // 城鎮和農村居民人均可支配收入: equal-length heads end it at their length.
    let last_char = bt.cs[heads[0].1 - 1];
    let first_len = parts[0].1 - parts[0].0;
    let tail_start = if heads
        .iter()
        .all(|&(a, b)| b > a && bt.cs[b - 1] == last_char)
    {
        (ls + 1..le.saturating_sub(1))
            .find(|&k| bt.cs[k] == last_char)
            .map(|k| k + 1)
    } else {
        None
    }
    .or_else(|| {
        let same_heads = heads.iter().all(|&(a, b)| b - a == first_len);
        (same_heads && le - ls > first_len).then_some(ls + first_len)
    });
    if let Some(t) = tail_start {
        let tail = bt.original(t, le);
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

pub fn annotate(bt: &BlockText, drafts: &mut [Draft], sentences: &[(usize, usize)]) {
    let mut cached: Option<(usize, periods::Scan)> = None;
    let (mut nl_scan, mut line_start, mut line_end) = (0, 0, 0);
    // Subjects of the last 分別 in the sentence, handed out one per coordinated figure.
    let mut pending_split: Vec<String> = Vec::new();
    let mut last_split: (usize, Vec<String>) = (usize::MAX, Vec::new());
    for i in 0..drafts.len() {
        if !drafts[i].has_context() {
            continue;
        }
        let start = drafts[i].start;
        // Outside any sentence (lists, furniture): the figure's own line.
        // Drafts come in order: the newlines are walked once, not searched
        // for again per figure.
        let (sa, sb) = match super::sentence_of(sentences, start) {
            Some(k) => sentences[k],
            None => {
                while nl_scan < start {
                    if bt.cs[nl_scan] == '\n' {
                        line_start = nl_scan + 1;
                    }
                    nl_scan += 1;
                }
                if line_end <= start {
                    line_end = (start..bt.len())
                        .find(|&k| bt.cs[k] == '\n')
                        .unwrap_or(bt.len());
                }
                (line_start, line_end)
            }
        };
        if cached.as_ref().is_none_or(|c| c.0 != sa) {
            cached = Some((sa, periods::Scan::new(sa, sb.min(bt.len()))));
        }
        let scan = &mut cached.as_mut().expect("period cache set above").1;
        // Chinese context reads periods before the figure; English reads ahead.
        let english = super::en_context::is_english(bt, &drafts[i]);
        scan.advance(bt, if english { sb } else { start });
        let periods = &scan.found[..];
        // The previous figure in the same sentence bounds the clause. Drafts
        // are in order and do not overlap: the walk back stops at the sentence.
        let in_sentence = (0..i).rev().take_while(|&j| drafts[j].end > sa);
        let prev = in_sentence.clone().find(|&j| drafts[j].end <= start);
        let prev_q = in_sentence
            .clone()
            .find(|&j| drafts[j].end <= start && drafts[j].has_context());
        let mut clause_start = (sa..start)
            .rev()
            .find(|&k| is_break_at(bt, k))
            .map_or(sa, |k| k + 1);
        if let Some(p) = prev {
            clause_start = clause_start.max(drafts[p].end);
        }
        if english {
            super::en_context::annotate(bt, drafts, i, (sa, sb), prev_q, periods);
            continue;
        }
        let ld = lead(bt, start, clause_start);
        let coord = prev_q.is_some_and(|p| coordinated(bt, drafts[p].end, start));
        let quantity = drafts[i].is_quantity();

        drafts[i].period =
            period_for(bt, periods, start).or_else(|| carried_period(bt, drafts, i, sentences));
        if quantity {
            drafts[i].change = ld.change.or(drafts[i].change);
            if ld.reached && ld.change.is_some() {
                drafts[i].role = Some(Role::To);
            }
        }
        if coord && ld.change.is_none() {
            let p = prev_q.expect("coordinated implies a previous figure");
            let (pc, pm, pr) = (
                drafts[p].change,
                drafts[p].metric.clone(),
                drafts[p].period.clone(),
            );
            let d = &mut drafts[i];
            if quantity {
                d.change = d.change.or(pc);
            }
            d.metric = if pending_split.is_empty() {
                pm
            } else {
                Some(pending_split.remove(0))
            };
            d.period = d.period.take().or(pr);
            continue;
        }
        pending_split.clear();
        // 下降35.6%至12.3億元: the level reached after a changed percentage
        if let Some(p) =
            prev_q.filter(|&p| drafts[p].change.is_some() && quantity && ld.change.is_none())
        {
            let gap = bt.folded(drafts[p].end, start);
            if matches!(gap, "至" | "到" | "达到" | "达") {
                let (pc, pm) = (drafts[p].change, drafts[p].metric.clone());
                let d = &mut drafts[i];
                d.change = pc;
                d.role = Some(Role::To);
                d.metric = pm;
                continue;
            }
        }
        let metric = ld
            .object
            .or_else(|| counted_noun(bt, &drafts[i]))
            .or_else(|| metric_span(bt, clause_start, ld.start, periods));
        let respectively = ld.respectively || bt.ends(ld.start, "分别").is_some();
        drafts[i].metric = metric.map(|(s, e)| bt.original(s, e).to_string());
        if respectively {
            let group = 1 + coordinated_run(bt, drafts, i);
            let parts = match metric {
                Some((ms, me)) => distribute(bt, ms, me, group).filter(|_| group > 1),
                // 分別增長4.8%和6.9%: the subjects of the sentence's last 分別
                None if last_split.0 == sa && last_split.1.len() == group => {
                    Some(last_split.1.clone())
                }
                None => None,
            };
            if let Some(mut parts) = parts {
                last_split = (sa, parts.clone());
                drafts[i].metric = Some(parts.remove(0));
                pending_split = parts;
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
