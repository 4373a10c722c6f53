//! The way back from cleaned text to the original input.
//!
//! Cleaning records every edit as (original range → replacement); the cleaned
//! text is the original with the edits applied. [`OffsetMap`] maps a cleaned
//! position back by binary search over those edits, so spans stay exact even
//! when an annotation or an entity was removed inside them.

use crate::model::Analysis;
use std::cell::Cell;

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
    /// Where the last [`start`](Self::start) and [`end`](Self::end) lookups
    /// landed: spans come mostly in text order, and a search from there
    /// reads a few edits nearby, where a binary search over all of them
    /// (one per annotation: 70,000 in 2 MB of the seed) missed the cache at
    /// every step (5% of an analysis in Node). The answers are the same.
    near: [Cell<usize>; 2],
}

/// The first index of `edits` where `pred` (true, then false along the
/// edits) is false, searched outward from `*near` (doubling steps, then
/// halving), and left in `near` for the next lookup.
fn point_near(edits: &[Edit], near: &Cell<usize>, pred: impl Fn(&Edit) -> bool) -> usize {
    let n = edits.len();
    let h = near.get().min(n);
    let (lo, hi) = if h < n && pred(&edits[h]) {
        // Past `h`: step forward until `pred` fails.
        let (mut lo, mut bound, mut step) = (h + 1, h + 1, 1);
        while bound < n && pred(&edits[bound]) {
            lo = bound + 1;
            bound = lo + step;
            step *= 2;
        }
        (lo, bound.min(n))
    } else {
        // At or before `h`: step back until `pred` holds.
        let (mut lo, mut hi, mut step) = (0, h, 1);
        while hi > 0 {
            let probe = hi.saturating_sub(step);
            if pred(&edits[probe]) {
                lo = probe + 1;
                break;
            }
            hi = probe;
            step *= 2;
        }
        (lo, hi)
    };
    let i = lo + edits[lo..hi].partition_point(pred);
    near.set(i);
    i
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
        let i = point_near(&self.edits, &self.near[0], |e| e.clean_end <= p);
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
        let i = point_near(&self.edits, &self.near[1], |e| e.clean_start < p);
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

/// The UTF-16 length of UTF-8 `bytes` (whole characters), i.e. what
/// `str::encode_utf16().count()` gives, faster: every byte but a continuation
/// byte starts a unit, and a 4-byte lead starts two. Eight bytes at a time
/// (the wasm binding counts the whole input once per call, and in wasm a
/// byte loop took 7% of an analysis).
///
/// ```
/// assert_eq!(figlens::utf16_len("營收😀".as_bytes()), 4);
/// ```
pub fn utf16_len(bytes: &[u8]) -> usize {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let mut chunks = bytes.chunks_exact(8);
    let mut n = 0;
    for c in &mut chunks {
        let v = u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
        // Continuation bytes: 10xxxxxx. Four-byte leads: 11110xxx.
        let continuation = v & !(v << 1) & HIGH;
        let lead4 = v & (v << 1) & (v << 2) & (v << 3) & !(v << 4) & HIGH;
        n += 8 - continuation.count_ones() as usize + lead4.count_ones() as usize;
    }
    n + chunks
        .remainder()
        .iter()
        .map(|&c| usize::from(c & 0xC0 != 0x80) + usize::from(c >= 0xF0))
        .sum::<usize>()
}

/// Rewrite every byte offset in `analysis` (all into `original`, the input it
/// was made from) as UTF-16 code units, as JavaScript strings count: one
/// pass over the text, then a short count per offset. The JS API's offsets
/// are these (`docs/schema.md`); call it once, on a result of [`analyze`].
///
/// ```
/// let text = "😀 營收增長12%";
/// let mut a = figlens::analyze(text, &figlens::Options::default());
/// assert_eq!((a.figures[0].start, a.figures[0].end), (17, 20)); // bytes
/// figlens::to_utf16(&mut a, text);
/// assert_eq!((a.figures[0].start, a.figures[0].end), (7, 10)); // UTF-16 units
/// ```
///
/// [`analyze`]: crate::analyze
// A stage of analyze(), kept its own function: see `figures::extract`.
#[inline(never)]
pub fn to_utf16(analysis: &mut Analysis, original: &str) {
    // UTF-16 length of original[..k * STEP] for every k, in one pass; an
    // offset then costs at most STEP bytes of counting (no sorting needed).
    const STEP: usize = 32;
    let bytes = original.as_bytes();
    let units = utf16_len;
    let mut marks = Vec::with_capacity(bytes.len() / STEP + 2);
    marks.push(0);
    for chunk in bytes.chunks(STEP) {
        marks.push(marks[marks.len() - 1] + units(chunk));
    }
    // Offsets come mostly in text order, close together (an annotation's
    // start and end): counted from the last one when it lies between the
    // checkpoint and the offset.
    let mut last = (0, 0);
    let mut convert = |at: &mut usize| {
        let end = (*at).min(bytes.len());
        let k = end / STEP;
        let (from, base) = if last.0 <= end && last.0 >= k * STEP {
            last
        } else {
            (k * STEP, marks[k])
        };
        *at = base + units(&bytes[from..end]);
        last = (end, *at);
    };
    let mut span = |start: &mut usize, end: &mut usize| {
        convert(start);
        convert(end);
    };
    for b in &mut analysis.blocks {
        span(&mut b.start, &mut b.end);
        for s in b.sentences.iter_mut().flatten() {
            span(&mut s.start, &mut s.end);
        }
    }
    for f in &mut analysis.figures {
        span(&mut f.start, &mut f.end);
    }
    let c = &mut analysis.cleaning;
    for s in c
        .pinyin_annotations
        .iter_mut()
        .chain(c.markup.iter_mut())
        .chain(c.invisible.iter_mut())
    {
        span(&mut s.start, &mut s.end);
    }
    for d in &mut c.damaged {
        span(&mut d.start, &mut d.end);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf16_len_counts_units() {
        for s in [
            "",
            "a",
            "abcdefgh",
            "abcdefghi",
            "中文數字1.29萬人",
            "😀 emoji 😀😀 and ü, é, 中",
            "ÿ\u{7f}\u{80}\u{7ff}\u{800}\u{ffff}\u{10000}\u{10ffff}",
        ] {
            for cut in 0..=s.len() {
                if s.is_char_boundary(cut) {
                    let t = &s[..cut];
                    assert_eq!(utf16_len(t.as_bytes()), t.encode_utf16().count(), "{t:?}");
                }
            }
        }
    }

    /// "a(x)b&amp;c" cleaned to "ab&c": a deletion and a replacement.
    fn sample() -> OffsetMap {
        let mut m = OffsetMap::default();
        m.push(1, 4, 1, 1); // "(x)" removed
        m.push(5, 10, 2, 3); // "&amp;" → "&"
        m
    }

    #[test]
    fn searches_from_the_last_lookup_as_a_binary_search_does() {
        let mut m = OffsetMap::default();
        // Deletions and replacements, some adjacent, some at one clean position.
        let mut clean = 0;
        let mut orig = 0;
        for k in 0..200 {
            orig += k % 3;
            clean += k % 3;
            let (removed, put) = (1 + k % 4, [0, 0, 1, 2][k % 4]);
            m.push(orig, orig + removed, clean, clean + put);
            orig += removed;
            clean += put;
        }
        let fresh = |p: usize| {
            let e = &m.edits;
            (e.partition_point(|e| e.clean_end <= p), e.partition_point(|e| e.clean_start < p))
        };
        // Lookups in order, backwards, and jumping about.
        let order: Vec<usize> = (0..=clean + 2)
            .chain((0..=clean + 2).rev())
            .chain((0..500).map(|k| (k * 7919) % (clean + 3)))
            .collect();
        for p in order {
            let (s, e) = fresh(p);
            assert_eq!(point_near(&m.edits, &m.near[0], |e| e.clean_end <= p), s, "start {p}");
            assert_eq!(point_near(&m.edits, &m.near[1], |e| e.clean_start < p), e, "end {p}");
        }
        assert_eq!(point_near(&[], &Cell::new(5), |_| true), 0);
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

    #[test]
    fn utf16_offsets_at_every_boundary() {
        // Past a checkpoint (64 bytes), with 1-, 2-, 3- and 4-byte characters.
        let text = "ab€😀é漢字 ".repeat(9) + "𝟙2";
        let mut a = crate::analyze("", &crate::Options::default());
        let bounds: Vec<usize> = (0..=text.len() + 2)
            .filter(|&b| b > text.len() || text.is_char_boundary(b))
            .collect();
        a.figures = bounds
            .iter()
            .map(|&b| {
                let mut f = crate::analyze("3%", &crate::Options::default()).figures[0].clone();
                (f.start, f.end) = (b, b);
                f
            })
            .collect();
        to_utf16(&mut a, &text);
        for (f, &b) in a.figures.iter().zip(&bounds) {
            let want = text[..b.min(text.len())].encode_utf16().count();
            assert_eq!((f.start, f.end), (want, want), "byte {b}");
        }
    }
}
