//! Figures: per block, a lexer for numerals of every script ([`numeral`]),
//! a grammar that reads units, qualifiers, ranges, dates and names around each
//! number ([`scan`]), then the context each figure sits in: the change that
//! governs it, its period and its metric ([`context`]).

mod context;
mod en;
mod en_context;
pub mod numeral;
mod periods;
mod scan;
mod text;

use crate::model::{Block, Damage, Figure};
use text::BlockText;

/// The sentence (of `sentences`, in order, not overlapping) holding char
/// `at`, by binary search: a block can hold thousands of sentences.
fn sentence_of(sentences: &[(usize, usize)], at: usize) -> Option<usize> {
    let k = sentences
        .partition_point(|&(a, _)| a <= at)
        .checked_sub(1)?;
    (at < sentences[k].1).then_some(k)
}

/// All figures in `blocks` of the cleaned `text` (spans in cleaned coordinates).
/// `folded` is `text` folded to Simplified, byte for byte aligned with it.
pub fn extract(text: &str, folded: &str, blocks: &[Block], damaged: &[Damage]) -> Vec<Figure> {
    let mut out = Vec::new();
    // Blocks and damage are both in text order: one pointer walks the damage.
    let mut first_damage = 0;
    let mut bt = BlockText::new("", "", &[]);
    for (bi, block) in blocks.iter().enumerate() {
        let (s, e) = (block.start, block.end);
        while first_damage < damaged.len() && damaged[first_damage].end <= s {
            first_damage += 1;
        }
        let holes: Vec<(usize, usize)> = damaged[first_damage..]
            .iter()
            .take_while(|d| d.start < e)
            .filter(|d| d.end > s)
            .map(|d| (d.start.max(s) - s, d.end.min(e) - s))
            .collect();
        bt.reset(&text[s..e], &folded[s..e], &holes);
        let bt = &bt;
        let mut drafts = scan::scan(bt);
        if drafts.is_empty() {
            continue;
        }
        let sentences: Vec<(usize, usize)> = block
            .sentences
            .as_deref()
            .unwrap_or_default()
            .iter()
            .map(|sp| (bt.char_at_byte(sp.start - s), bt.char_at_byte(sp.end - s)))
            .collect();
        context::annotate(bt, &mut drafts, &sentences);
        for d in drafts {
            let sentence = sentence_of(&sentences, d.start);
            out.push(Figure {
                text: bt.original(d.start, d.end).to_string(),
                start: s + bt.byte(d.start),
                end: s + bt.byte(d.end),
                kind: d.kind,
                value: d.value,
                low: d.low,
                high: d.high,
                unit: d.unit,
                per: d.per,
                approximate: d.approximate,
                change: d.change,
                period: d.period,
                metric: d.metric,
                role: d.role,
                iso: d.iso,
                block: bi,
                sentence,
            });
        }
    }
    out
}
