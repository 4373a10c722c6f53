//! Context of English figures: the verb (or noun) that says a figure rose or
//! fell, `from X to Y` roles, the period phrase, and the metric, usually the
//! subject before the verb (`Revenue rose 5%`) or the noun before `of`
//! (`a net loss of $2m`).

use super::en::{word_end, word_start};
use super::periods::PeriodMatch;
use super::scan::Draft;
use super::text::BlockText;
use crate::lexicon::{self, en};
use crate::model::{Change, Role};

/// Is the figure in English text? Look at the nearest letters around it.
pub fn is_english(bt: &BlockText, d: &Draft) -> bool {
    let before = (d.start.saturating_sub(3)..d.start)
        .rev()
        .filter_map(|k| bt.get(k))
        .find(|c| !c.is_whitespace());
    let after = (d.end..d.end + 3)
        .filter_map(|k| bt.get(k))
        .find(|c| !c.is_whitespace());
    let first = bt.get(d.start);
    [before, after, first]
        .iter()
        .flatten()
        .any(|c| c.is_ascii_alphabetic())
        && !before.is_some_and(crate::clean::is_han)
        && !after.is_some_and(crate::clean::is_han)
}

fn is_break(c: char) -> bool {
    matches!(
        c,
        ',' | ';' | ':' | '.' | '!' | '?' | '(' | ')' | '"' | '“' | '”' | '\n' | '—' | '–'
    )
}

/// A clause break at `k`; not the dots of an abbreviation (`U.S.`, `U.K.`,
/// `a.m.`): a dot after a single letter that follows a dot or a space, or
/// between two letters.
fn break_at(bt: &BlockText, k: usize) -> bool {
    let Some(c) = bt.get(k) else { return false };
    if c == '.' {
        let letter = |j: Option<usize>| {
            j.and_then(|j| bt.get(j))
                .is_some_and(|c| c.is_ascii_alphabetic())
        };
        let before = k.checked_sub(1);
        let inner = letter(before) && letter(Some(k + 1));
        let last = letter(before)
            && k.checked_sub(2)
                .and_then(|j| bt.get(j))
                .is_some_and(|c| c == '.');
        if inner || last {
            return false;
        }
    }
    is_break(c)
}

/// The words (start, end) in `from..to`, left to right.
fn words(bt: &BlockText, from: usize, to: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut k = from;
    while k < to {
        if bt.get(k).is_some_and(|c| c.is_ascii_alphanumeric()) && word_start(bt, k) {
            let e = word_end(bt, k).min(to);
            out.push((k, e));
            k = e;
        } else {
            k += 1;
        }
    }
    out
}

/// Verbs and words after which a noun phrase starts (for `a net loss of`).
const NP_STOP: &[&str] = &[
    "a",
    "an",
    "the",
    "its",
    "their",
    "his",
    "her",
    "our",
    "of",
    "posted",
    "reported",
    "recorded",
    "had",
    "has",
    "have",
    "with",
    "to",
    "for",
    "said",
    "says",
    "hired",
    "opened",
    "adding",
    "added",
    "was",
    "were",
    "is",
    "are",
    "and",
    "by",
    "from",
    "at",
    "in",
    "on",
    "than",
    "that",
    "which",
    "while",
    "as",
    "booked",
    "made",
    "paid",
    "raised",
    "announced",
];

struct Lead {
    start: usize,
    change: Option<Change>,
    /// The change verb has an actor for subject (`cut`, `raised`): see [`en::ACTOR_VERBS`].
    actor: bool,
    reached: bool,
    object: Option<(usize, usize)>,
    /// A verb that holds the figure (`kept ... at`): it governs, without a change.
    hold: bool,
}

/// Walk back over fillers (and at most one object noun) to a change word.
fn lead(bt: &BlockText, start: usize, clause_start: usize) -> Lead {
    let ws = words(bt, clause_start, start);
    let mut out = Lead {
        start,
        change: None,
        actor: false,
        reached: false,
        object: None,
        hold: false,
    };
    let mut object: Option<(usize, usize)> = None;
    // The object ends right before the figure, with no filler between.
    let mut adjacent = false;
    let mut by = false;
    for (n, &(s, e)) in ws.iter().rev().enumerate().take(10) {
        let w = bt.folded(s, e);
        if let Some(row) = lexicon::en_change_words()
            .longest_prefix(w)
            .filter(|&(n, _)| n == w.len())
            .map(|(_, row)| row)
        {
            // `up to` is a qualifier, `more than` too
            let next = ws
                .get(ws.len() - n)
                .map(|&(a, b)| bt.folded(a, b))
                .unwrap_or("");
            if matches!((w, next), ("up", "to") | ("more" | "less", "than")) {
                break;
            }
            // lost by 537 votes is a margin, not a fall
            if w == "lost" && next == "by" {
                break;
            }
            // raised $500k is money raised; raised rates by 75bp is a rise
            if en::TRANSITIVE_CHANGE.contains(w) && object.is_none() && !by && next != "by" {
                break;
            }
            // raised its dividend 2.5%, lowered its forecast 3%: an object
            // right before the figure only after a verb with an actor for
            // subject (not `sales rose, profit 3%`)
            if adjacent && !en::ACTOR_VERBS.contains(w) {
                break;
            }
            out.change = Some(if lexicon::en_change_is_rise(row) {
                Change::Increase
            } else {
                Change::Decrease
            });
            out.start = s;
            out.object = object;
            out.actor = en::ACTOR_VERBS.contains(w);
            return out;
        }
        // kept its repo rate at 6.5%: no change, but the object is the metric
        if en::HOLD_VERBS.contains(w) && object.is_some() {
            out.start = s;
            out.object = object;
            out.hold = true;
            return out;
        }
        if lexicon::en_change_fillers().contains(w) {
            out.reached |= w == "to" && object.is_none();
            by |= w == "by";
            continue;
        }
        // cut its key rate for mortgages by 25bps: an object of up to six
        // words between verb and filler
        let obj_words = object.map_or(0, |(os, oe)| {
            ws.iter().filter(|&&(a, b)| a >= os && b <= oe).count()
        });
        let nounish = w
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '\'')
            && !lexicon::en_not_object().contains(w);
        if obj_words < 6 && nounish {
            adjacent |= n == 0;
            object = Some((s, object.map_or(e, |o| o.1)));
            continue;
        }
        break;
    }
    Lead {
        start,
        change: None,
        actor: false,
        reached: false,
        object: None,
        hold: false,
    }
}

/// The metric an object names: without its determiner or a leading year, up
/// to its first preposition (`its 2024 growth forecast for the year` →
/// `growth forecast`).
fn object_metric(bt: &BlockText, (s, e): (usize, usize)) -> Option<(usize, usize)> {
    let ws = words(bt, s, e);
    let mut k = 0;
    while k < ws.len() {
        let w = bt.folded(ws[k].0, ws[k].1);
        if en::OBJECT_LEADS.contains(w) || w.bytes().all(|b| b.is_ascii_digit()) {
            k += 1;
        } else {
            break;
        }
    }
    let np = &ws[k..];
    let cut = np
        .iter()
        .skip(1)
        .position(|&(a, b)| is_preposition(bt.folded(a, b)))
        .map_or(np.len(), |p| p + 1);
    let np = &np[..cut];
    Some((np.first()?.0, np.last()?.1))
}

fn is_preposition(w: &str) -> bool {
    matches!(
        w,
        "on" | "in"
            | "at"
            | "for"
            | "with"
            | "from"
            | "across"
            | "among"
            | "of"
            | "by"
            | "to"
            | "over"
    )
}

/// Does `text` end with `from`, maybe followed by `a record`, `a peak of`,
/// `its high of` (the words between `from` and the starting level)?
fn ends_with_from(text: &str) -> bool {
    let mut ws: Vec<&str> = text.split_whitespace().collect();
    while ws.last().is_some_and(|w| {
        matches!(
            *w,
            "a" | "an"
                | "the"
                | "its"
                | "their"
                | "record"
                | "peak"
                | "high"
                | "low"
                | "of"
                | "level"
                | "revised"
        )
    }) {
        ws.pop();
    }
    ws.last() == Some(&"from")
}

/// The noun phrase ending a segment (`protest against soaring rents` →
/// `soaring rents`): up to three words after its last preposition or verb.
fn antecedent(bt: &BlockText, from: usize, to: usize) -> Option<(usize, usize)> {
    let ws = words(bt, from, to);
    let mut k = ws.len();
    while k > 0 && ws.len() - k < 3 {
        let w = bt.folded(ws[k - 1].0, ws[k - 1].1);
        if is_preposition(w) || NP_STOP.contains(&w) || lexicon::en_not_object().contains(w) {
            break;
        }
        k -= 1;
    }
    let np = &ws[k..];
    Some((np.first()?.0, np.last()?.1))
}

/// The noun phrase right after the figure's `head` word, as a metric: at
/// most five words of `part`, within 60 chars and before a break
/// (`15% of its workforce`, `$277 billion to its market value`).
fn phrase_after(
    bt: &BlockText,
    end: usize,
    head: fn(&str) -> bool,
    part: fn(&str) -> bool,
) -> Option<(usize, usize)> {
    let to = (end + 60).min(bt.len());
    let ws = words(bt, end, to);
    let &(s, e) = ws.first()?;
    if s > end + 1 || !head(bt.folded(s, e)) {
        return None;
    }
    let stop = (e..to).find(|&k| break_at(bt, k)).unwrap_or(to);
    let np: Vec<(usize, usize)> = ws[1..]
        .iter()
        .copied()
        .take_while(|&(a, b)| b <= stop && part(bt.folded(a, b)))
        .take(5)
        .collect();
    object_metric(bt, (np.first()?.0, np.last()?.1))
}

/// `to its market value`, `off its market value`: where an amount went.
fn moved_into(bt: &BlockText, end: usize) -> Option<(usize, usize)> {
    phrase_after(
        bt,
        end,
        |w| matches!(w, "to" | "off" | "from" | "into"),
        |w| !is_preposition(w),
    )
}

/// `15% of its workforce`, `40% of the vote`: the noun phrase after `of`,
/// up to a clause word.
fn share_of(bt: &BlockText, end: usize) -> Option<(usize, usize)> {
    phrase_after(
        bt,
        end,
        |w| w == "of",
        |w| !lexicon::en_not_object().contains(w) && !lexicon::en_change_words().contains(w),
    )
}

/// A change noun after the figure: `a 5% rise`, `a 3 percent drop`.
fn change_after(bt: &BlockText, end: usize) -> Option<Change> {
    let ws = words(bt, end, (end + 24).min(bt.len()));
    let &(s, e) = ws.first()?;
    let w = bt.folded(s, e);
    if s > end + 2 {
        return None;
    }
    en::CHANGE_NOUNS.iter().find(|r| r.0 == w).map(|r| {
        if r.1 {
            Change::Increase
        } else {
            Change::Decrease
        }
    })
}

/// The metric in `from..to`: the noun before `of`, else the subject.
fn metric(bt: &BlockText, from: usize, to: usize) -> Option<(usize, usize)> {
    let mut ws = words(bt, from, to);
    // shares fell after first-quarter earnings dropped: the subject follows the last clause opener
    if let Some(k) = ws
        .iter()
        .rposition(|&(a, b)| lexicon::en_clause_openers().contains(bt.folded(a, b)))
    {
        ws.drain(..=k);
    }
    // strip verbs and fillers on the right: `Revenue rose` has been cut at the verb already
    while let Some(&(s, e)) = ws.last() {
        let w = bt.folded(s, e);
        if w != "of"
            && (lexicon::en_metric_tail().contains(w) || lexicon::en_change_words().contains(w))
        {
            ws.pop();
        } else {
            break;
        }
    }
    if ws.last().is_some_and(|&(s, e)| bt.folded(s, e) == "of") {
        ws.pop();
        let mut k = ws.len();
        while k > 0 && ws.len() - k < 4 && !NP_STOP.contains(&bt.folded(ws[k - 1].0, ws[k - 1].1)) {
            k -= 1;
        }
        let np = &ws[k..];
        return np.first().map(|f| (f.0, np.last().map_or(f.1, |l| l.1)));
    }
    let mut k = 0;
    while k < ws.len() && lexicon::en_metric_lead().contains(bt.folded(ws[k].0, ws[k].1)) {
        k += 1;
    }
    let mut np = &ws[k..];
    // Copper prices on the London Metal Exchange: the head ends before a preposition
    if let Some(cut) = np.iter().skip(1).position(|&(a, b)| {
        matches!(
            bt.folded(a, b),
            "on" | "in" | "at" | "for" | "with" | "from" | "across" | "among" | "into"
        )
    }) {
        np = &np[..cut + 1];
    }
    if np.is_empty() || np.len() > 6 {
        return np.len().checked_sub(1).and(None);
    }
    Some((np[0].0, np[np.len() - 1].1))
}

/// The nearest time phrase and basis in the sentence: after the figure first.
fn period(
    bt: &BlockText,
    periods: &[PeriodMatch],
    d: &Draft,
    sentence_end: usize,
) -> Option<String> {
    let pick = |basis: bool| {
        periods
            .iter()
            .filter(|p| p.basis == basis && p.start >= d.end && p.end <= sentence_end)
            .min_by_key(|p| p.start)
            .or_else(|| {
                periods
                    .iter()
                    .filter(|p| p.basis == basis && p.end <= d.start)
                    .max_by_key(|p| p.end)
            })
    };
    let mut parts: Vec<&PeriodMatch> = [pick(false), pick(true)].into_iter().flatten().collect();
    crate::sort::sort_by_key(&mut parts, |p| p.start);
    (!parts.is_empty()).then(|| {
        parts
            .iter()
            .map(|p| bt.original(p.start, p.end))
            .collect::<Vec<_>>()
            .join(" ")
    })
}

/// Annotate English figure `i`. `prev_q` is the previous quantity in the sentence.
pub fn annotate(
    bt: &BlockText,
    drafts: &mut [Draft],
    i: usize,
    sentence: (usize, usize),
    prev_q: Option<usize>,
    periods: &[PeriodMatch],
) {
    let d = &drafts[i];
    let start = d.start;
    let floor = prev_q.map_or(sentence.0, |p| drafts[p].end.max(sentence.0));
    let clause_start = (floor..start)
        .rev()
        .find(|&k| break_at(bt, k))
        .map_or(floor, |k| k + 1);
    let ld = lead(bt, start, clause_start);
    let quantity = drafts[i].is_quantity();
    drafts[i].period = period(bt, periods, &drafts[i], sentence.1);
    if !quantity {
        drafts[i].metric =
            metric(bt, clause_start, start).map(|(s, e)| bt.original(s, e).to_string());
        return;
    }
    if drafts[i].change.is_none() {
        drafts[i].change = ld.change.or_else(|| change_after(bt, drafts[i].end));
    }
    if ld.reached && ld.change.is_some() {
        drafts[i].role = Some(Role::To);
    }
    let gap_word = |a: usize, b: usize| bt.folded(a, b).trim().to_string();
    if let Some(p) = prev_q {
        let gap = gap_word(drafts[p].end, start);
        // rose 5% to $3bn: the level reached; from 5% to 7%: both ends of one change
        if ld.change.is_none()
            && (gap == "to" || gap.ends_with(" to"))
            && drafts[p].change.is_some()
        {
            drafts[i].change = drafts[p].change;
            drafts[i].role = Some(Role::To);
            drafts[i].metric = drafts[p].metric.clone();
            let before_p = bt
                .folded(sentence.0.min(drafts[p].start), drafts[p].start)
                .to_string();
            if ends_with_from(&before_p) {
                drafts[p].role = Some(Role::From);
            }
            return;
        }
        // fell 4.3% in March to an annual rate of 4.19 million: still the level reached
        let gap_words: Vec<&str> = gap
            .split(|c: char| !c.is_ascii_alphanumeric())
            .filter(|w| !w.is_empty())
            .collect();
        let level_gap = gap_words.contains(&"to")
            && !gap.contains([',', ';'])
            && gap_words.iter().all(|w| {
                !lexicon::en_change_words().contains(w) || matches!(*w, "to" | "up" | "down")
            });
        if ld.change.is_none()
            && level_gap
            && drafts[p].change.is_some()
            && gap_words.last() != Some(&"from")
        {
            drafts[i].change = drafts[p].change;
            drafts[i].role = Some(Role::To);
            drafts[i].metric = drafts[p].metric.clone();
            return;
        }
        // down 20% from a record 5.35 trillion yen, fallen 80% from a peak of
        // 597,500 yuan: where the change started
        if ld.change.is_none()
            && drafts[p].change.is_some()
            && drafts[p].role.is_none()
            && ends_with_from(&gap)
            && gap.split_whitespace().count() <= 4
            && gap.starts_with("from")
        {
            drafts[i].change = drafts[p].change;
            drafts[i].role = Some(Role::From);
            drafts[i].metric = drafts[p].metric.clone();
            return;
        }
        // fell to 3.8% from 4.1%
        if ld.change.is_none()
            && (gap.ends_with("from") || gap.ends_with(" from"))
            && drafts[p].role == Some(Role::To)
        {
            drafts[i].change = drafts[p].change;
            drafts[i].role = Some(Role::From);
            drafts[i].metric = drafts[p].metric.clone();
            return;
        }
        // and, or: a coordinated figure shares the previous one's context;
        // so does a restatement (`15% of its workforce, or about 15,000 jobs`)
        if ld.change.is_none()
            && (matches!(gap.as_str(), "and" | "or" | "," | "and to")
                || gap.ends_with(", or") && !gap.contains([';', '.']))
        {
            drafts[i].change = drafts[i].change.or(drafts[p].change);
            drafts[i].metric = drafts[p].metric.clone();
            return;
        }
    }
    // up from $72.4 billion, down from 4.1%: where the change started
    let before = bt.folded(clause_start, start).trim_end();
    for (words, change) in [
        ("up from", Change::Increase),
        ("down from", Change::Decrease),
    ] {
        if before.ends_with(words) {
            drafts[i].change = Some(change);
            drafts[i].role = Some(Role::From);
        }
    }
    // A metric needs a governing word: a change verb, `of`, or a verb like `was` or `reached`.
    let region = bt.folded(clause_start, ld.start).trim_end();
    let governed = ld.change.is_some()
        || ld.hold
        || drafts[i].change.is_some()
        || region.ends_with(" of")
        || lexicon::en_metric_tail()
            .longest_suffix(region)
            .is_some_and(|(n, _)| {
                region.len() == n
                    || !region.as_bytes()[region.len() - n - 1].is_ascii_alphanumeric()
            });
    // adding $277 billion to its market value: the thing the amount went into or out of
    let moved = (drafts[i].kind == crate::model::Kind::Money)
        .then(|| {
            let (s, e) = words(bt, clause_start, start).last().copied()?;
            en::MOVE_VERBS
                .contains(bt.folded(s, e))
                .then(|| moved_into(bt, drafts[i].end))
                .flatten()
        })
        .flatten();
    let share_kind = matches!(
        drafts[i].kind,
        crate::model::Kind::Percent | crate::model::Kind::Measure
    );
    let share = (share_kind && (ld.change.is_none() || ld.actor))
        .then(|| share_of(bt, drafts[i].end))
        .flatten();
    let mut m = moved
        .or(share)
        .or_else(|| ld.object.and_then(|o| object_metric(bt, o)))
        .or_else(|| {
            governed
                .then(|| metric(bt, clause_start, ld.start))
                .flatten()
        });
    // Property investment, however, slumped 9.6%: an aside between commas hides the subject
    let is_aside = |from: usize, to: usize| {
        words(bt, from, to).iter().all(|&(a, b)| {
            let w = bt.folded(a, b);
            lexicon::en_metric_lead().contains(w)
                || matches!(
                    w,
                    "however" | "though" | "too" | "meanwhile" | "also" | "in" | "turn"
                )
        })
    };
    let segment_before = |from: usize| {
        let to = from.saturating_sub(1);
        let from = (floor..to)
            .rev()
            .find(|&k| break_at(bt, k))
            .map_or(floor, |k| k + 1);
        (from, to)
    };
    let first_word =
        |from: usize, to: usize| words(bt, from, to).first().map(|&(a, b)| bt.folded(a, b));
    let clause_opens = first_word(clause_start, ld.start);
    // rents, which have risen 40%: the relative pronoun stands for the noun before the comma
    if governed
        && share.is_none()
        && ld.object.is_none()
        && clause_start > floor
        && matches!(clause_opens, Some("which" | "who"))
    {
        let (f, t) = segment_before(clause_start);
        m = antecedent(bt, f, t).or(m);
    }
    let verb_first = clause_opens.is_none();
    let (mut from, mut to) = (clause_start, ld.start);
    while m.is_none() && governed && from > floor && is_aside(from, to) {
        (from, to) = segment_before(from);
        m = metric(bt, from, to);
    }
    // Retail sales in China, the world's second-largest economy, rose 3.1%:
    // with the verb right after a comma, a segment that opens like an
    // appositive (the, its, which) describes the subject before it.
    if verb_first
        && governed
        && share.is_none()
        && ld.object.is_none()
        && from > floor
        && from < clause_start
    {
        let appositive = first_word(from, to).is_some_and(|w| {
            matches!(w, "which" | "who" | "whose") || en::OBJECT_LEADS.contains(w)
        });
        if appositive {
            let (f, t) = segment_before(from);
            m = metric(bt, f, t).or(m);
        }
    }
    drafts[i].metric = m.map(|(s, e)| bt.original(s, e).to_string());
    // Revenue of $4.1bn was up 9%: nothing but verbs since the last figure, so it measures the same
    if drafts[i].metric.is_none() && governed {
        if let Some(p) = prev_q {
            let only_verbs = words(bt, drafts[p].end, ld.start).iter().all(|&(a, b)| {
                let w = bt.folded(a, b);
                lexicon::en_metric_tail().contains(w)
                    || lexicon::en_change_words().contains(w)
                    || lexicon::en_change_fillers().contains(w)
            });
            if only_verbs {
                drafts[i].metric = drafts[p].metric.clone();
            }
        }
    }
}
