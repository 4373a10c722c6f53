//! The way back from cleaned text to the original input.
//!
//! Cleaning records every edit as (original range → replacement); the cleaned
//! text is the original with the edits applied. [`OffsetMap`] maps a cleaned
//! position back by binary search over those edits, so spans stay exact even
//! when an annotation or an entity was removed inside them.

use crate::model::Analysis;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Edit {
    orig_start: usize,
    orig_end: usize,
    clean_start: usize,
    clean_end: usize,
}

#[derive(Debug, Clone, Default)]
pub struct OffsetMap {
    edits: Vec<Edit>,
}

impl OffsetMap {
    /// Record that `orig_start..orig_end` of the source became the cleaned
    /// text `clean_start..clean_end`. Edits must arrive in source order.
    pub fn push(
        &mut self,
        orig_start: usize,
        orig_end: usize,
        clean_start: usize,
        clean_end: usize,
    ) {
        self.edits.push(Edit {
            orig_start,
            orig_end,
            clean_start,
            clean_end,
        });
    }

    pub fn is_identity(&self) -> bool {
        self.edits.is_empty()
    }

    /// Source position of a span that starts at cleaned position `p`: after any
    /// deletion sitting exactly at `p`, at the start of a replacement `p` is inside.
    pub fn start(&self, p: usize) -> usize {
        let i = self.edits.partition_point(|e| e.clean_end <= p);
        if let Some(next) = self.edits.get(i) {
            if next.clean_start <= p && p < next.clean_end {
                return next.orig_start;
            }
        }
        match i.checked_sub(1).map(|j| self.edits[j]) {
            Some(prev) => prev.orig_end + (p - prev.clean_end),
            None => p,
        }
    }

    /// Source position of a span that ends at cleaned position `p`: before any
    /// deletion sitting exactly at `p`, at the end of a replacement `p` is inside.
    pub fn end(&self, p: usize) -> usize {
        let i = self.edits.partition_point(|e| e.clean_start < p);
        match i.checked_sub(1).map(|j| self.edits[j]) {
            Some(prev) if p < prev.clean_end => prev.orig_end,
            Some(prev) => prev.orig_end + (p - prev.clean_end),
            None => p,
        }
    }
}

/// A chain of maps, applied innermost first (e.g. HTML → text, then text cleaning).
#[derive(Debug, Clone, Default)]
pub struct MapChain {
    maps: Vec<OffsetMap>,
}

impl MapChain {
    pub fn then(&mut self, map: OffsetMap) {
        if !map.is_identity() {
            self.maps.push(map);
        }
    }
    pub fn start(&self, p: usize) -> usize {
        self.maps.iter().rev().fold(p, |p, m| m.start(p))
    }
    pub fn end(&self, p: usize) -> usize {
        self.maps.iter().rev().fold(p, |p, m| m.end(p))
    }
}

/// Rewrite every byte offset in `analysis` (all into `original`) as UTF-16 code
/// units, in one pass over the text with the positions sorted.
pub fn to_utf16(analysis: &mut Analysis, original: &str) {
    let mut slots: Vec<&mut usize> = Vec::new();
    for b in &mut analysis.blocks {
        slots.push(&mut b.start);
        slots.push(&mut b.end);
        if let Some(ss) = &mut b.sentences {
            for s in ss {
                slots.push(&mut s.start);
                slots.push(&mut s.end);
            }
        }
    }
    for f in &mut analysis.figures {
        slots.push(&mut f.start);
        slots.push(&mut f.end);
    }
    let c = &mut analysis.cleaning;
    for s in c
        .pinyin_annotations
        .iter_mut()
        .chain(c.markup.iter_mut())
        .chain(c.invisible.iter_mut())
    {
        slots.push(&mut s.start);
        slots.push(&mut s.end);
    }
    for d in &mut c.damaged {
        slots.push(&mut d.start);
        slots.push(&mut d.end);
    }
    slots.sort_unstable_by_key(|s| **s);
    let mut units = 0usize;
    let mut chars = original.char_indices().peekable();
    for slot in slots {
        let target = (*slot).min(original.len());
        while let Some(&(at, ch)) = chars.peek() {
            if at >= target {
                break;
            }
            units += ch.len_utf16();
            chars.next();
        }
        *slot = units;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// "a(x)b&amp;c" cleaned to "ab&c": a deletion and a replacement.
    fn sample() -> OffsetMap {
        let mut m = OffsetMap::default();
        m.push(1, 4, 1, 1); // "(x)" removed
        m.push(5, 10, 2, 3); // "&amp;" → "&"
        m
    }

    #[test]
    fn identity_before_first_edit() {
        let m = sample();
        assert_eq!(m.start(0), 0);
        assert_eq!(m.end(1), 1);
    }

    #[test]
    fn deletion_is_skipped_at_span_edges() {
        let m = sample();
        // span "b" in cleaned is 1..2; in the source "b" is 4..5
        assert_eq!(m.start(1), 4);
        assert_eq!(m.end(2), 5);
        // span "ab" keeps the removed annotation inside it
        assert_eq!((m.start(0), m.end(2)), (0, 5));
    }

    #[test]
    fn replacement_maps_to_whole_source() {
        let m = sample();
        assert_eq!((m.start(2), m.end(3)), (5, 10));
        assert_eq!((m.start(3), m.end(4)), (10, 11));
    }

    #[test]
    fn chain_composes() {
        let mut inner = OffsetMap::default();
        inner.push(0, 3, 0, 0); // "<p>" dropped
        let mut chain = MapChain::default();
        chain.then(inner);
        chain.then(sample());
        assert_eq!((chain.start(1), chain.end(2)), (7, 8));
    }
}
