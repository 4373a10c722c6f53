//! Context of English figures: the verb (or noun) that says a figure rose or
//! fell, `from X to Y` roles, the period phrase, and the metric, usually the
//! subject before the verb (`Revenue rose 5%`) or the noun before `of`
//! (`a net loss of $2m`).

mod lead;
mod metric;

use super::words::{word_end, word_start};
use crate::figures::shared::draft::Draft;
use crate::figures::shared::periods::{Found, PeriodMatch};
use crate::figures::shared::text::BlockText;
use crate::figures::shared::{clause_start, Around};
use crate::lexicon::en::{self, Mark};
use crate::lexicon::{self};
use crate::model::{Change, Kind, Role};
use lead::lead;
use metric::{antecedent, metric, moved_into, object_metric, share_of};

fn is_break(c: char) -> bool {
    matches!(
        c,
        ',' | ';' | ':' | '.' | '!' | '?' | '(' | ')' | '"' | '“' | '”' | '\n' | '—' | '–'
    )
}

/// A clause break at `k`; not the dots of an abbreviation (`U.S.`, `U.K.`,
/// `a.m.`): a dot after a single letter that follows a dot or a space, or
/// between two letters.
pub(super) fn break_at(bt: &BlockText, k: usize) -> bool {
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
pub(super) fn words(bt: &BlockText, from: usize, to: usize) -> Vec<(usize, usize)> {
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

/// How far before a figure (in characters) `from` and its fillers are looked for.
const FROM_LOOK_BACK: usize = 80;

/// Does `text` end with `from`, maybe followed by `a record`, `a peak of`,
/// `its high of` (the words between `from` and the starting level)?
fn ends_with_from(text: &str) -> bool {
    let mut ws: Vec<&str> = text.split_whitespace().collect();
    while ws.last().is_some_and(|w| en::FROM_FILLERS.contains(w)) {
        ws.pop();
    }
    ws.last() == Some(&Mark::From.written())
}

/// Is `w` the last word of `text` (the whole text, or after a space)?
fn last_word_is(text: &str, w: &str) -> bool {
    text.strip_suffix(w)
        .is_some_and(|rest| rest.is_empty() || rest.ends_with(' '))
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

/// The nearest time phrase and basis in the sentence: after the figure first.
fn period(
    bt: &BlockText,
    periods: &[PeriodMatch],
    d: &Draft,
    sentence_end: usize,
) -> Option<String> {
    let pick = |basis: bool| {
        periods
            .first_from(d.end, sentence_end, basis)
            .or_else(|| periods.last_by(d.start, basis))
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

/// Annotate English figure `i` of its sentence: change, role, period, metric.
pub fn annotate(
    bt: &BlockText,
    drafts: &mut [Draft],
    i: usize,
    around: &Around,
    periods: &[PeriodMatch],
) {
    let (sentence_start, sentence_end) = around.sentence;
    let prev_q = around.prev_q;
    let start = drafts[i].start;
    let floor = prev_q.map_or(sentence_start, |p| drafts[p].end.max(sentence_start));
    let clause_start = clause_start(floor, start, |k| break_at(bt, k));
    let ld = lead(bt, start, clause_start);
    drafts[i].period = period(bt, periods, &drafts[i], sentence_end);
    if !drafts[i].is_quantity() {
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
    if let Some(p) = prev_q.filter(|_| ld.change.is_none()) {
        if follows_previous(bt, drafts, i, p, sentence_start) {
            return;
        }
    }
    // up from $72.4 billion, down from 4.1%: where the change started
    let before = bt.folded(clause_start, start).trim_end();
    for &(words, rise) in en::FROM_PHRASES {
        if before.ends_with(words) {
            drafts[i].change = Some(if rise {
                Change::Increase
            } else {
                Change::Decrease
            });
            drafts[i].role = Some(Role::From);
        }
    }
    let clause = Clause {
        floor,
        start: clause_start,
        lead: &ld,
    };
    let governed = clause.governed(bt, &drafts[i]);
    let m = clause.metric(bt, &drafts[i], governed);
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

/// A figure right after a changed one, with no change word of its own,
/// takes its context: the level reached (`rose 5% to $3bn`), both ends of
/// one change (`from 5% to 7%`), the start (`fell to 3.8% from 4.1%`), a
/// coordinated figure (`5% and 7%`). True when figure `i` is one.
fn follows_previous(
    bt: &BlockText,
    drafts: &mut [Draft],
    i: usize,
    p: usize,
    sentence_start: usize,
) -> bool {
    let gap = bt.folded(drafts[p].end, drafts[i].start).trim().to_string();
    let changed = drafts[p].change.is_some();
    // Figure `i` takes `change`, `role` (if any) and figure `p`'s metric.
    let take = |drafts: &mut [Draft], change, role: Option<Role>| {
        drafts[i].change = change;
        if role.is_some() {
            drafts[i].role = role;
        }
        drafts[i].metric = drafts[p].metric.clone();
        true
    };
    // rose 5% to $3bn: the level reached; from 5% to 7%: both ends of one change
    let (to, from) = (Mark::To.written(), Mark::From.written());
    if last_word_is(&gap, to) && changed {
        take(drafts, drafts[p].change, Some(Role::To));
        // `from` and its fillers (`from a record high of`) sit just before
        // the figure: a bounded look-back, not the sentence so far.
        let look = drafts[p].start.saturating_sub(FROM_LOOK_BACK).max(sentence_start);
        let before_p = bt.folded(look.min(drafts[p].start), drafts[p].start);
        if ends_with_from(before_p) {
            drafts[p].role = Some(Role::From);
        }
        return true;
    }
    // fell 4.3% in March to an annual rate of 4.19 million: still the level reached
    let gap_words: Vec<&str> = gap
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let level_gap = gap_words.contains(&to)
        && !gap.contains([',', ';'])
        && gap_words
            .iter()
            .all(|w| !lexicon::en_change_words().contains(w) || en::LEVEL_GAP_WORDS.contains(w));
    if level_gap && changed && gap_words.last() != Some(&from) {
        return take(drafts, drafts[p].change, Some(Role::To));
    }
    // down 20% from a record 5.35 trillion yen, fallen 80% from a peak of
    // 597,500 yuan: where the change started
    if changed
        && drafts[p].role.is_none()
        && ends_with_from(&gap)
        && gap.split_whitespace().count() <= 4
        && gap.starts_with(from)
    {
        return take(drafts, drafts[p].change, Some(Role::From));
    }
    // fell to 3.8% from 4.1%
    if gap.ends_with(from) && drafts[p].role == Some(Role::To) {
        return take(drafts, drafts[p].change, Some(Role::From));
    }
    // and, or: a coordinated figure shares the previous one's context;
    // so does a restatement (`15% of its workforce, or about 15,000 jobs`)
    if en::COORDINATING_GAPS.contains(&gap)
        || gap.ends_with(en::RESTATEMENT) && !gap.contains([';', '.'])
    {
        return take(drafts, drafts[i].change.or(drafts[p].change), None);
    }
    false
}

/// A figure's clause: from `start` back to nothing before `floor` (the
/// previous quantity or the sentence start), and the lead before the figure.
struct Clause<'l> {
    floor: usize,
    start: usize,
    lead: &'l lead::Lead,
}

impl Clause<'_> {
    /// A metric needs a governing word: a change verb, `of`, or a verb like `was` or `reached`.
    fn governed(&self, bt: &BlockText, d: &Draft) -> bool {
        let region = bt.folded(self.start, self.lead.start).trim_end();
        self.lead.change.is_some()
            || self.lead.hold
            || d.change.is_some()
            || region
                .strip_suffix(Mark::Of.written())
                .is_some_and(|rest| rest.ends_with(' '))
            || lexicon::en_metric_tail()
                .longest_suffix(region)
                .is_some_and(|(n, _)| {
                    region.len() == n
                        || !region.as_bytes()[region.len() - n - 1].is_ascii_alphanumeric()
                })
    }

    /// The segment before the one starting at `from`, within the clause's floor.
    fn segment_before(&self, bt: &BlockText, from: usize) -> (usize, usize) {
        let to = from.saturating_sub(1);
        let from = (self.floor..to)
            .rev()
            .find(|&k| break_at(bt, k))
            .map_or(self.floor, |k| k + 1);
        (from, to)
    }

    /// The metric's span: what the amount moved into, a share's whole, the
    /// object of the verb, or the subject (looking past asides, relative
    /// pronouns and appositives to the noun they stand for).
    fn metric(&self, bt: &BlockText, d: &Draft, governed: bool) -> Option<(usize, usize)> {
        let ld = self.lead;
        let clause_start = self.start;
        // adding $277 billion to its market value: the thing the amount went into or out of
        let moved = (d.kind == Kind::Money)
            .then(|| {
                let (s, e) = words(bt, clause_start, d.start).last().copied()?;
                en::MOVE_VERBS
                    .contains(bt.folded(s, e))
                    .then(|| moved_into(bt, d.end))
                    .flatten()
            })
            .flatten();
        let share_kind = matches!(d.kind, Kind::Percent | Kind::Measure);
        let share = (share_kind && (ld.change.is_none() || ld.actor))
            .then(|| share_of(bt, d.end))
            .flatten();
        let mut m = moved
            .or(share)
            .or_else(|| ld.object.and_then(|o| object_metric(bt, o)))
            .or_else(|| {
                governed
                    .then(|| metric(bt, clause_start, ld.start))
                    .flatten()
            });
        if !governed {
            return m;
        }
        let first_word =
            |from: usize, to: usize| words(bt, from, to).first().map(|&(a, b)| bt.folded(a, b));
        let clause_opens = first_word(clause_start, ld.start);
        let subject_hidden = share.is_none() && ld.object.is_none();
        // rents, which have risen 40%: the relative pronoun stands for the noun before the comma
        if subject_hidden
            && clause_start > self.floor
            && clause_opens.is_some_and(|w| en::RELATIVE_PRONOUNS.contains(w))
        {
            let (f, t) = self.segment_before(bt, clause_start);
            m = antecedent(bt, f, t).or(m);
        }
        // Property investment, however, slumped 9.6%: an aside between commas hides the subject
        let (mut from, mut to) = (clause_start, ld.start);
        while m.is_none() && from > self.floor && is_aside(bt, from, to) {
            (from, to) = self.segment_before(bt, from);
            m = metric(bt, from, to);
        }
        // Retail sales in China, the world's second-largest economy, rose 3.1%:
        // with the verb right after a comma, a segment that opens like an
        // appositive (the, its, which) describes the subject before it.
        if clause_opens.is_none() && subject_hidden && from > self.floor && from < clause_start {
            let appositive = first_word(from, to).is_some_and(|w| {
                en::APPOSITIVE_OPENERS.contains(w) || en::OBJECT_LEADS.contains(w)
            });
            if appositive {
                let (f, t) = self.segment_before(bt, from);
                m = metric(bt, f, t).or(m);
            }
        }
        m
    }
}

/// Only words that set a clause aside (`however`, `in turn`) in `from..to`.
fn is_aside(bt: &BlockText, from: usize, to: usize) -> bool {
    words(bt, from, to).iter().all(|&(a, b)| {
        let w = bt.folded(a, b);
        lexicon::en_metric_lead().contains(w) || en::ASIDES.contains(w)
    })
}
