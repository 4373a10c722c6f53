//! What a Chinese figure measures: the noun phrase of its clause before it
//! (`實現地區生產總值729.91億元` → `地區生產總值`), the noun a measure word
//! counts (`5條美麗鄉村精品線`), and the subjects `分別` hands out.

use super::is_break_at;
use crate::figures::shared::draft::Draft;
use crate::figures::shared::periods::{Found, PeriodMatch};
use crate::figures::shared::text::BlockText;
use crate::lexicon::zh::{self, Mark};
use crate::lexicon::{self};

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
pub(super) fn metric_span(
    bt: &BlockText,
    from: usize,
    to: usize,
    periods: &[PeriodMatch],
) -> Option<(usize, usize)> {
    let (mut s, mut e) = (from, to);
    for _ in 0..8 {
        (s, e) = trim_edges(bt, s, e);
        let mut changed = false;
        if let Some(p) = periods.ending_at(s, e) {
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
    if let Some(p) = periods.last_inside(s, e) {
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
        .find(|&k| bt.cs[k] == Mark::Have.ch() && !have_word(k))
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
pub(super) fn counted_noun(bt: &BlockText, d: &Draft) -> Option<(usize, usize)> {
    if d.kind != crate::model::Kind::Count || d.unit.is_some() {
        return None;
    }
    let s = d.end;
    let mut e = s;
    while e < bt.len() && e - s < 10 {
        let c = bt.cs[e];
        if is_break_at(bt, e)
            || !crate::clean::is_han(c)
            || zh::COUNTED_NOUN_STOP_CHARS.contains(&c)
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
pub(super) fn distribute(bt: &BlockText, s: usize, e: usize, count: usize) -> Option<Vec<String>> {
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
                        text(a, b) + tail
                    }
                })
                .collect(),
        );
    }
    Some(parts.iter().map(|&(a, b)| text(a, b)).collect())
}
