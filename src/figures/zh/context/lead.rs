//! The change word that governs a Chinese figure, found by walking back
//! from it over fillers (`增長了`, `下降至`, `分別增長`), and the object of
//! a transitive change verb (`增加收入3000元`).

use crate::figures::shared::text::BlockText;
use crate::lexicon::zh::{self, Mark};
use crate::lexicon::{self};
use crate::model::Change;

pub(super) struct Lead {
    /// Where the words before the figure that belong to it (change word, fillers) begin.
    pub(super) start: usize,
    pub(super) change: Option<Change>,
    /// The filler chain held 至/到: the figure is the level reached.
    pub(super) reached: bool,
    /// The filler chain held 分別.
    pub(super) respectively: bool,
    /// The object of a transitive change verb (`增加收入3000元` → `收入`), the figure's metric.
    pub(super) object: Option<(usize, usize)>,
}

/// Where a `每X` before `pos` starts (`漲至每桶85美元`), if there is one.
pub(super) fn per_phrase_start(bt: &BlockText, pos: usize) -> Option<usize> {
    let mei = (pos.saturating_sub(5)..pos)
        .rev()
        .find(|&k| bt.get(k) == Some(Mark::Per.ch()))?;
    bt.lex_at(mei + 1, lexicon::units())
        .filter(|&(e, _)| e == pos)
        .map(|_| mei)
}

/// Walk back from the figure over fillers to a change word.
pub(super) fn lead(bt: &BlockText, figure_start: usize, clause_start: usize) -> Lead {
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
            // 降幅為25%: an amplitude states the change itself, no level reached
            if zh::CHANGE_WORDS.data(row).1 & zh::AMPLITUDE != 0 {
                out.reached = false;
            }
            // 跌幅擴大至2.1%: a change noun before the verb says what the figure is
            let row = amplitude_before(bt, clause_start, s).unwrap_or(row);
            out.change = Some(if zh::CHANGE_WORDS.data(row).0 {
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
                out.reached |= lexicon::reached_fillers().contains(w);
                out.respectively |= w == Mark::Respectively.word();
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
                            .filter(|&(_, r)| noun && zh::CHANGE_WORDS.data(r).1 & zh::TRANSITIVE != 0)
                            .map(|(vs, r)| (vs, r, end))
                    });
                if let Some((vs, row, end)) = object {
                    out.change = Some(if zh::CHANGE_WORDS.data(row).0 {
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

/// A change noun of [`zh::AMPLITUDE`] (`跌幅`, `漲幅`) right before the change
/// word that starts at `s` (`跌幅擴大至`, `漲幅收窄到`): its row.
fn amplitude_before(bt: &BlockText, clause_start: usize, s: usize) -> Option<usize> {
    let from = clause_start.max(s.saturating_sub(3));
    let (_, row) = bt.lex_before(from, s, lexicon::change_words())?;
    (zh::CHANGE_WORDS.data(row).1 & zh::AMPLITUDE != 0).then_some(row)
}
