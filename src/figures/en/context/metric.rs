//! What an English figure measures: the subject before its verb
//! (`Revenue rose 5%`), the noun before `of` (`a net loss of $2m`), the
//! object of an actor's verb (`cut 15% of its workforce`), the thing an
//! amount moved into (`adding $277 billion to its market value`).

use super::{break_at, words};
use crate::figures::shared::text::BlockText;
use crate::lexicon::en::{self, Mark};
use crate::lexicon::{self};

/// The metric an object names: without its determiner or a leading year, up
/// to its first preposition (`its 2024 growth forecast for the year` →
/// `growth forecast`).
pub(super) fn object_metric(bt: &BlockText, (s, e): (usize, usize)) -> Option<(usize, usize)> {
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

pub(super) fn is_preposition(w: &str) -> bool {
    lexicon::en_prepositions().contains(w)
}

/// The noun phrase ending a segment (`protest against soaring rents` →
/// `soaring rents`): up to three words after its last preposition or verb.
pub(super) fn antecedent(bt: &BlockText, from: usize, to: usize) -> Option<(usize, usize)> {
    let ws = words(bt, from, to);
    let mut k = ws.len();
    while k > 0 && ws.len() - k < 3 {
        let w = bt.folded(ws[k - 1].0, ws[k - 1].1);
        if is_preposition(w)
            || lexicon::en_np_stop().contains(w)
            || lexicon::en_not_object().contains(w)
        {
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
pub(super) fn moved_into(bt: &BlockText, end: usize) -> Option<(usize, usize)> {
    phrase_after(
        bt,
        end,
        |w| en::MOVE_DIRECTIONS.contains(w),
        |w| !is_preposition(w),
    )
}

/// `15% of its workforce`, `40% of the vote`: the noun phrase after `of`,
/// up to a clause word.
pub(super) fn share_of(bt: &BlockText, end: usize) -> Option<(usize, usize)> {
    phrase_after(
        bt,
        end,
        |w| w == Mark::Of.written(),
        |w| !lexicon::en_not_object().contains(w) && !lexicon::en_change_words().contains(w),
    )
}

/// The metric in `from..to`: the noun before `of`, else the subject.
pub(super) fn metric(bt: &BlockText, from: usize, to: usize) -> Option<(usize, usize)> {
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
        if w != Mark::Of.written()
            && (lexicon::en_metric_tail().contains(w) || lexicon::en_change_words().contains(w))
        {
            ws.pop();
        } else {
            break;
        }
    }
    if ws
        .last()
        .is_some_and(|&(s, e)| bt.folded(s, e) == Mark::Of.written())
    {
        ws.pop();
        let mut k = ws.len();
        while k > 0
            && ws.len() - k < 4
            && !lexicon::en_np_stop().contains(bt.folded(ws[k - 1].0, ws[k - 1].1))
        {
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
    if let Some(cut) = np
        .iter()
        .skip(1)
        .position(|&(a, b)| lexicon::en_head_prepositions().contains(bt.folded(a, b)))
    {
        np = &np[..cut + 1];
    }
    if np.is_empty() || np.len() > 6 {
        return np.len().checked_sub(1).and(None);
    }
    Some((np[0].0, np[np.len() - 1].1))
}
