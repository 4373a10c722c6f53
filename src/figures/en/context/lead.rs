//! The change word that governs an English figure, found by walking back
//! from it over fillers and at most one object (`rose 5%`, `cut its key
//! rate for mortgages by 25bp`, `kept its repo rate at 6.5%`).

use super::words;
use crate::figures::shared::text::BlockText;
use crate::lexicon::en::{self, Mark};
use crate::lexicon::{self};
use crate::model::Change;

pub(super) struct Lead {
    pub(super) start: usize,
    pub(super) change: Option<Change>,
    /// The change verb has an actor for subject (`cut`, `raised`): see [`en::ACTOR_VERBS`].
    pub(super) actor: bool,
    pub(super) reached: bool,
    pub(super) object: Option<(usize, usize)>,
    /// A verb that holds the figure (`kept ... at`): it governs, without a change.
    pub(super) hold: bool,
}

impl Lead {
    /// No change word governs the figure starting at `start`.
    fn none(start: usize) -> Lead {
        Lead {
            start,
            change: None,
            actor: false,
            reached: false,
            object: None,
            hold: false,
        }
    }
}

/// Walk back over fillers (and at most one object noun) to a change word.
pub(super) fn lead(bt: &BlockText, start: usize, clause_start: usize) -> Lead {
    let ws = words(bt, clause_start, start);
    let mut out = Lead::none(start);
    let mut object: Option<(usize, usize)> = None;
    // The object ends right before the figure, with no filler between.
    let mut adjacent = false;
    let mut by = false;
    for (n, &(s, e)) in ws.iter().rev().enumerate().take(10) {
        let w = bt.folded(s, e);
        if let Some(&(_, rise, flags)) = lexicon::en_change_word(w) {
            let next = ws
                .get(ws.len() - n)
                .map(|&(a, b)| bt.folded(a, b))
                .unwrap_or("");
            let by_next = next == Mark::By.written();
            // `up to` is a qualifier, `more than` too; lost by 537 votes is
            // a margin, not a fall
            if lexicon::en_not_change().contains(&[w, " ", next].concat())
                || (en::MARGIN_WORDS.contains(w) && by_next)
            {
                break;
            }
            // raised $500k is money raised; raised rates by 75bp is a rise
            if flags & en::RAISES != 0 && object.is_none() && !by && !by_next {
                break;
            }
            // raised its dividend 2.5%, lowered its forecast 3%: an object
            // right before the figure only after a verb with an actor for
            // subject (not `sales rose, profit 3%`)
            let actor = flags & en::ACTOR != 0;
            if adjacent && !actor {
                break;
            }
            out.change = Some(if rise {
                Change::Increase
            } else {
                Change::Decrease
            });
            out.start = s;
            out.object = object;
            out.actor = actor;
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
            out.reached |= w == Mark::To.written() && object.is_none();
            by |= w == Mark::By.written();
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
    Lead::none(start)
}
