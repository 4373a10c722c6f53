//! What English writes before a number: qualifiers (`about`, `more than`,
//! `exactly`), currencies (`$`, `US$`, `USD `), `minus`, `between`, and the
//! `to` or `and` that joins a range.

use super::words::{is_space, phrase_before, prev_word, skip_space, span_before, word_start, word_then_space};
use crate::figures::shared::draft::Draft;
use crate::figures::shared::numeral::ascii_digit;
use crate::figures::shared::text::BlockText;
use crate::lexicon::en::{self, Mark};
use crate::lexicon::{self};
use crate::model::Qualifier;

/// An approximation before the figure (`about`, `more than`, `an estimated`): where it starts.
pub fn approx_before(bt: &BlockText, floor: usize, start: usize) -> Option<usize> {
    let (s, _) = phrase_before(bt, floor, start, lexicon::en_approx_before())?;
    // `some` and `over` qualify only a number right after them
    Some(s)
}

/// The bound an English qualifier of the figure states: the one it begins
/// with (`more than` → over), else the one it ends with (`or more` → at-least).
pub fn stated_qualifier(bt: &BlockText, d: &Draft) -> Option<Qualifier> {
    let before = bt
        .lex_at(d.start, lexicon::en_approx_before())
        .and_then(|(_, row)| en::APPROX_BEFORE[row].1);
    before.or_else(|| {
        bt.lex_before(d.start, d.end, lexicon::en_approx_after())
            .and_then(|(_, row)| en::APPROX_AFTER[row].1)
    })
}

/// A qualifier after the figure (`or more`, `or so`), as a whole word: where it ends.
pub fn approx_after(bt: &BlockText, end: usize) -> Option<usize> {
    let (e, _) = bt.lex_at(end, lexicon::en_approx_after())?;
    (!bt.get(e).is_some_and(|c| c.is_alphanumeric())).then_some(e)
}

/// Qualifiers before a word figure: (start, approximate?).
pub fn qualifiers(bt: &BlockText, floor: usize, i: usize) -> (usize, bool) {
    match approx_before(bt, floor, i) {
        Some(s) => (s, true),
        None => (i, false),
    }
}

/// A currency written before the amount (`$`, `US$`, `HK$`, `€`, `USD `, `Rs`): where it starts and its code.
pub fn currency_before(
    bt: &BlockText,
    floor: usize,
    start: usize,
) -> Option<(usize, &'static str)> {
    let from = floor.max(start.saturating_sub(5));
    if let Some((s, row)) = bt.lex_before(from, start, lexicon::en_currency_prefixes()) {
        let word = bt.get(s).is_some_and(|c| c.is_ascii_alphabetic());
        let (prefix, code) = en::CURRENCY_PREFIXES[row];
        // R4bn, R12,500: a one-letter prefix in capitals before a scaled or separated amount
        let scaled_only = en::SCALED_ONLY_PREFIXES.contains(prefix);
        if scaled_only && !(bt.original(s, start).chars().all(|c| c.is_ascii_uppercase()) && scaled_amount(bt, start)) {
            return None;
        }
        return (!word || word_start(bt, s)).then_some((s, code));
    }
    // `$ 75 million`: a symbol, one space, the amount
    let k = start.checked_sub(1).filter(|&k| k > floor && bt.get(k) == Some(' '))?;
    let (s, row) = bt.lex_before(floor.max(k.saturating_sub(4)), k, lexicon::en_currency_prefixes())?;
    let symbol = bt.get(k - 1).is_some_and(|c| !c.is_alphanumeric() && !is_space(c));
    symbol.then(|| (s, en::CURRENCY_PREFIXES[row].1))
}

/// A currency's letters glued before the digits at `start` (`RM900,000`, `Rs500`, `R4bn`), not a
/// code: two capitals glued to a plain number name something (`RS232`, `MH370`).
pub fn glued_currency(bt: &BlockText, start: usize) -> bool {
    currency_before(bt, start.saturating_sub(6), start).is_some_and(|(s, _)| {
        let two_capitals = start - s == 2 && bt.original(s, start).chars().all(|c| c.is_ascii_uppercase());
        !two_capitals || scaled_amount(bt, start)
    })
}

/// Digits at `start` with a thousands separator or a decimal point, or a scale word after them
/// (`12,500`, `4.5`, `4bn`, `50 million`).
fn scaled_amount(bt: &BlockText, start: usize) -> bool {
    let mut k = start;
    let mut separated = false;
    while bt.get(k).is_some_and(|c| c.is_ascii_digit() || c == ',' || c == '.') {
        separated |= k > start && matches!(bt.get(k), Some(',' | '.')) && bt.get(k + 1).is_some_and(|c| c.is_ascii_digit());
        k += 1;
    }
    if k == start {
        return false;
    }
    let s = super::words::skip_space(bt, k);
    separated
        || super::words::phrase_at(bt, s, lexicon::en_scales())
            .is_some_and(|(e, _)| super::words::boundary_at(bt, e))
}

/// `minus 5`: where the sign word starts.
pub fn minus_before(bt: &BlockText, floor: usize, start: usize) -> Option<usize> {
    let mut k = start;
    while k > floor && bt.get(k - 1).is_some_and(is_space) {
        k -= 1;
    }
    bt.ends(k, Mark::Minus.written())
        .filter(|&s| s >= floor && word_start(bt, s))
}

/// `between` before a first number: where it starts (the figure then spans to `and`'s number).
pub fn between_before(bt: &BlockText, floor: usize, start: usize) -> Option<usize> {
    let mut k = start;
    while k > floor && bt.get(k - 1).is_some_and(is_space) {
        k -= 1;
    }
    (k < start)
        .then(|| bt.ends(k, Mark::Between.written()))
        .flatten()
        .filter(|&s| s >= floor && word_start(bt, s))
}

/// `exactly`, `just`, `only` before a number: where it starts (the figure stays exact).
pub fn exact_before(bt: &BlockText, floor: usize, start: usize) -> Option<usize> {
    phrase_before(bt, floor, start, lexicon::en_exact_before()).map(|(s, _)| s)
}

/// ` to `, ` and ` (after `between`), `–` with a currency again: where the second number starts.
pub fn range_next(
    bt: &BlockText,
    end: usize,
    between: bool,
    to_allowed: impl FnOnce() -> bool,
) -> Option<usize> {
    let s = skip_space(bt, end);
    let after = |k: usize| {
        let k = skip_space(bt, k);
        // $1m–$2m
        currency_after(bt, k).unwrap_or(k)
    };
    if s > end {
        // `to_allowed` reads the words before the number: only asked when `to` follows.
        if let Some(e) =
            // (between HK$350 to HK$400: `to` for `and`)
            word_then_space(bt, s, Mark::To.written()).filter(|_| between || to_allowed())
        {
            return Some(after(e));
        }
        if let Some(e) = word_then_space(bt, s, Mark::And.written()).filter(|_| between) {
            return Some(after(e));
        }
        // pages 20 through 100: an inclusive range
        if let Some(e) = word_then_space(bt, s, Mark::Through.written()).filter(|_| !between) {
            return Some(after(e));
        }
    }
    if matches!(bt.get(end), Some('–' | '—' | '-')) && currency_after(bt, end + 1).is_some() {
        return currency_after(bt, end + 1);
    }
    // $27.40 - $27.70: one space each side of the dash
    if bt.get(end) == Some(' ')
        && matches!(bt.get(end + 1), Some('–' | '—' | '-'))
        && bt.get(end + 2) == Some(' ')
    {
        return currency_after(bt, end + 3);
    }
    None
}

fn currency_after(bt: &BlockText, k: usize) -> Option<usize> {
    let (e, _) = bt.lex_at(k, lexicon::en_currency_prefixes())?;
    bt.get(e).and_then(ascii_digit).map(|_| e)
}

/// May ` to ` join a range here? Not after `from`, `by` or a change verb
/// (`rose from 3.5% to 3.9%`, `fell 2p to 54p` are two figures).
pub fn range_to_allowed(bt: &BlockText, floor: usize, start: usize) -> bool {
    let w = prev_word(bt, start);
    if w == Mark::By.written() {
        return true; // rise by 1 to 2 percentage points
    }
    let (ws, _) = span_before(bt, start, |c| c.is_ascii_alphanumeric() || c == '-');
    let before = prev_word(bt, ws);
    let _ = floor;
    // ranging from 5 to 7 percent, anywhere from 125 to 175: a range, not a change's two ends
    !(w == Mark::From.written() && !en::RANGE_FROM_LEADS.contains(before)
        || w == Mark::By.written()
        || lexicon::en_change_words().contains(w)
        || en::ARTICLES.contains(w) && lexicon::en_change_words().contains(before))
}

/// `weighed`, `weighing` before the figure: pounds are weight.
pub fn weighing_before(bt: &BlockText, floor: usize, start: usize) -> bool {
    let from = floor.max(start.saturating_sub(24));
    lexicon::has_str(bt.folded(from, start), Mark::Weigh.written())
        // lost 25 pounds, a baby of over two pounds, lost a further 22 pounds: a body's weight
        || {
            let mut k = start;
            for _ in 0..2 {
                let (s, e) = span_before(bt, k, |c| c.is_ascii_alphabetic());
                if s == e || !en::WEIGHT_FILLERS.contains(bt.folded(s, e)) {
                    break;
                }
                k = s;
            }
            en::WEIGHT_LEADS.contains(super::words::prev_word(bt, k))
        }
}
