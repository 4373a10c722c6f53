//! Figures: the assembler that runs the grammars over each block.
//!
//! - [`shared`]: the core both grammars use: the block's text, numerals of
//!   every script, figure drafts, the steps of reading a figure from a
//!   number, period phrases.
//! - [`zh`] and [`en`]: one grammar per language, each importing the core
//!   and the lexicon, never each other.
//!
//! - [`currency`]: what a bare `元` means in the article (`meta.currency`),
//!   a pass over the assembled figures.
//!
//! Per block, the scan reads a figure wherever one can start: an English
//! word goes to the English grammar, a Chinese word figure (`成千上萬`,
//! `百分之七`) to the Chinese one, and a number to the shared reader with
//! both grammars' hooks, Chinese first. Then each figure's context (its
//! change, period and metric) is read by the grammar of the text around it.

pub mod currency;
mod en;
mod shared;
mod zh;

pub use shared::numeral;

use crate::model::{Block, Damage, Figure, Qualifier};
use shared::draft::Draft;
use shared::grammar::Grammar;
use shared::mask::{self, Masked};
use shared::periods;
use shared::text::BlockText;
use shared::{is_english, sentence_of, Around};

/// Both grammars, asked in this order at every hook.
const GRAMMARS: (zh::Zh, en::En) = (zh::Zh, en::En);

/// All figures in `blocks` of the cleaned `text` (spans in cleaned coordinates),
/// and the currency evidence words of the blocks, for [`currency::settle`].
/// `folded` is `text` folded to Simplified, byte for byte aligned with it.
// The stages of analyze() (this, scan, annotate, figure_at, clean,
// find_damage, article::parse, to_utf16) stay functions of their own: LLVM
// otherwise inlines them all into analyze(), which V8 compiles into much
// slower code (the Node build ran 15% slower; web 5%).
#[inline(never)]
pub fn extract(
    text: &str,
    folded: &str,
    blocks: &[Block],
    damaged: &[Damage],
) -> (Vec<Figure>, Vec<currency::Evidence>) {
    let mut out = Vec::new();
    let mut evidence = Vec::new();
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
        let marks = currency::evidence_marks();
        // Only a paragraph holds a soft wrap (the lines of a list or meta block stay apart).
        bt.soft_wraps = block.kind == crate::model::BlockKind::Paragraph;
        bt.reset_marking(&text[s..e], &folded[s..e], &holes, Some(marks));
        let bt = &bt;
        currency::evidence_in(bt, &folded[s..e], s, block.kind, &mut evidence);
        let mut drafts = scan(bt);
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
        // The qualifiers before the context (which never changes them): a
        // two-sided bound joins two qualified figures.
        for d in &mut drafts {
            qualify(bt, d);
        }
        zh::join_ranges(bt, &mut drafts);
        annotate(bt, &mut drafts, &sentences);
        // One block may hold millions of figures: room for them at once (amortized, as push).
        out.reserve(drafts.len());
        for mut d in drafts {
            if !settle_bounds(&mut d) {
                continue;
            }
            out.push(Figure {
                text: bt.original(d.start, d.end).to_string(),
                start: s + bt.byte(d.start),
                end: s + bt.end_byte(d.end),
                kind: d.kind,
                value: d.value,
                low: d.low,
                high: d.high,
                qualifier: d.qualifier,
                unit: d.unit,
                per: d.per,
                approximate: d.approximate,
                change: d.change,
                period: d.period,
                metric: d.metric,
                role: d.role,
                iso: d.iso,
                block: bi,
                sentence: sentence_of(&sentences, d.start),
            });
        }
    }
    (out, evidence)
}

/// The identifier mask of `text` read as one block: (start byte, end byte,
/// identifier?) for each masked stretch. For benchmarks
/// (bench/decisions/mask.mjs), through the `internals` feature (without
/// it, nothing calls this).
#[allow(dead_code)]
pub fn mask_spans(text: &str) -> Vec<(usize, usize, bool)> {
    let folded = crate::lexicon::fold::fold(text);
    let bt = BlockText::new(text, &folded, &[]);
    let mut out = Vec::new();
    mask::masks(&bt, &mut out);
    out.iter()
        .map(|m| (bt.byte(m.start), bt.end_byte(m.end), m.kind == Masked::Identifier))
        .collect()
}

/// The figures of a block, in order, not overlapping; none inside an
/// identifier mask, and one `identifier` for each identifier mask. The
/// mask walk goes along (the masks come as the scan reaches them), and the
/// two pass the text that starts neither in one loop.
// A stage of analyze(), kept its own function: see `figures::extract`.
#[inline(never)]
fn scan(bt: &BlockText) -> Vec<Draft> {
    let starters = numeral::starters();
    let mut out: Vec<Draft> = Vec::new();
    let mut walk = mask::Walk::new();
    let mut i = 0;
    while i < bt.len() {
        i = walk.pass_quiet(bt, i);
        if i >= bt.len() {
            break;
        }
        if let Some(m) = walk.at(bt, i) {
            if m.kind == Masked::Identifier && m.start == i && !bt.in_hole(m.start, m.end) {
                out.push(Draft::new(m.start, m.end, crate::model::Kind::Identifier, None));
            }
            i = m.end;
            continue;
        }
        // Most chars start no figure (no Latin letter, no numeral): skipped
        // in a tight loop, up to where a mask may start.
        let stop = walk.free_until().min(bt.len());
        let quiet = |c: &char| !c.is_ascii_alphabetic() && !starters.could_start(*c);
        i += bt.cs[i..stop].iter().take_while(|c| quiet(c)).count();
        if i == stop {
            continue;
        }
        let c = bt.cs[i];
        let floor = out.last().map_or(0, |d| d.end);
        let found = if c.is_ascii_alphabetic() && en::word_start(bt, i) {
            en::word_figure(bt, i, floor)
        } else if starters.could_start(c) && !bt.in_hole(i, i + 1) {
            figure_at(bt, i, floor)
        } else {
            i += 1;
            continue;
        };
        match found {
            Ok(mut d) if !bt.in_hole(d.start, d.end) => {
                if !out.is_empty() {
                    GRAMMARS.continue_from(bt, &out, &mut d);
                }
                i = d.end.max(i + 1);
                out.push(d);
            }
            Ok(d) => i = d.end.max(i + 1),
            Err(next) => i = next.max(i + 1),
        }
    }
    out
}

/// The figure starting at char `i` (its qualifiers may start before `i`,
/// but not before `floor`), or where to resume scanning.
// A stage of analyze(), kept its own function: see `figures::extract`.
#[inline(never)]
fn figure_at(bt: &BlockText, i: usize, floor: usize) -> Result<Draft, usize> {
    if let Some(word) = zh::word_figure(bt, i, floor) {
        return word;
    }
    let n = numeral::parse(&bt.cs, i).ok_or(i + 1)?;
    if bt.in_hole(n.start, n.end) {
        return Err(n.end);
    }
    shared::number::read(&GRAMMARS, bt, n, floor)
}

/// The context of every figure of a block that has one: its change, period,
/// metric and role, read by the grammar of the text around it.
// A stage of analyze(), kept its own function: see `figures::extract`.
#[inline(never)]
fn annotate(bt: &BlockText, drafts: &mut [Draft], sentences: &[(usize, usize)]) {
    let mut cached: Option<(usize, periods::Scan)> = None;
    let mut lines = Lines::default();
    let mut zh_state = zh::context::State::default();
    for i in 0..drafts.len() {
        if !drafts[i].has_context() {
            continue;
        }
        let start = drafts[i].start;
        // Outside any sentence (lists, furniture): the figure's own line.
        let (sa, sb) = match sentence_of(sentences, start) {
            Some(k) => sentences[k],
            None => lines.around(bt, start),
        };
        // One period scan per sentence, kept while its figures are read.
        if cached.as_ref().is_some_and(|c| c.0 != sa) {
            cached = None;
        }
        let scan = &mut cached
            .get_or_insert_with(|| (sa, periods::Scan::new(sa, sb.min(bt.len()))))
            .1;
        // Chinese context reads periods before the figure; English reads ahead.
        let english = is_english(bt, &drafts[i]);
        scan.advance(bt, if english { sb } else { start });
        // The figures before in the same sentence. Drafts are in order and
        // do not overlap: the walk back stops at the sentence.
        let in_sentence = (0..i).rev().take_while(|&j| drafts[j].end > sa);
        let around = Around {
            sentence: (sa, sb),
            sentences,
            prev: in_sentence.clone().find(|&j| drafts[j].end <= start),
            prev_q: in_sentence
                .clone()
                .find(|&j| drafts[j].end <= start && drafts[j].has_context()),
        };
        if english {
            en::context::annotate(bt, drafts, i, &around, &scan.found);
        } else {
            zh::context::annotate(bt, drafts, i, &around, &scan.found, &mut zh_state);
        }
    }
}

/// The bound an approximate figure's qualifier states (`超過200人`,
/// `300多萬`, `500萬元以上`, `more than 200`), from the word it was read
/// with (each grammar's qualifier table gives each word its bound); over and
/// at-least make the value the figure's `low`, under and at-most its `high`.
/// A range keeps its own bounds.
// Out of line (approximate figures only): extract's loop stays small in V8.
#[inline(never)]
fn qualify(bt: &BlockText, d: &mut Draft) {
    if !d.approximate {
        return;
    }
    if d.qualifier.is_none() {
        d.qualifier = zh::stated_qualifier(bt, d).or_else(|| en::stated_qualifier(bt, d));
    }
    if d.low.is_some() || d.high.is_some() {
        return;
    }
    match d.qualifier {
        Some(Qualifier::Over | Qualifier::AtLeast) => d.low = d.value,
        Some(Qualifier::Under | Qualifier::AtMost) => d.high = d.value,
        _ => {}
    }
}

/// Values are finite by construction: a numeral too long for an `f64` (more
/// than 308 digits) is no figure. A range's bounds come out in order.
fn settle_bounds(d: &mut Draft) -> bool {
    if [d.value, d.low, d.high].iter().flatten().any(|v| !v.is_finite()) {
        return false;
    }
    if let (Some(low), Some(high)) = (d.low, d.high) {
        if low > high {
            // A range's value is its low bound (docs/schema.md).
            if d.value == Some(low) {
                d.value = Some(high);
            }
            (d.low, d.high) = (Some(high), Some(low));
        }
    }
    true
}

/// The line around a figure, for figures in no sentence. Figures come in
/// order, so the newlines are walked once, not searched for again per figure.
#[derive(Default)]
struct Lines {
    scanned: usize,
    start: usize,
    end: usize,
}

impl Lines {
    fn around(&mut self, bt: &BlockText, at: usize) -> (usize, usize) {
        while self.scanned < at {
            if bt.cs[self.scanned] == '\n' {
                self.start = self.scanned + 1;
            }
            self.scanned += 1;
        }
        if self.end <= at {
            self.end = (at..bt.len())
                .find(|&k| bt.cs[k] == '\n')
                .unwrap_or(bt.len());
        }
        (self.start, self.end)
    }
}
