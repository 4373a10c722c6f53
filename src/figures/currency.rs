//! What a bare `元` means in this article (v1.1 `meta.currency`): the
//! evidence words of `lexicon::currency` are counted over the article, the
//! most frequent code wins (a tie goes to the code named first), and every
//! money figure whose unit is the default currency of a bare `元` takes it,
//! unless its own sentence names a place or currency: then the evidence word
//! nearest before the figure (else after it) in that sentence decides. A
//! figure that names its currency itself (`人民幣100元`) keeps it. In a Hong
//! Kong article a bare `$` is the Hong Kong dollar, except in a sentence
//! that also writes a marked dollar (`HK$61.30 … a $3 billion buyback`):
//! a writer who marks the local dollar there leaves the US dollar unmarked.
//! No evidence: nothing changes and `meta.currency` is absent.
//!
//! A pass over the assembled figures (cleaned byte spans, before they are
//! mapped back to the input), with the blocks' sentence spans and the
//! evidence words the figure scan found in each block ([`evidence_in`],
//! over the chars it has decoded already).

use super::shared::charset::CharBits;
use super::shared::text::BlockText;
use crate::lexicon::currency::{
    BARE_DOLLAR, BARE_DOLLAR_WORDS, COUNTING_BEFORE, CURRENCY_EVIDENCE, MEASURE_MISREADS, ROC_YEAR_CODE,
};
use crate::lexicon::dates::{ROC_BARE_YEARS, ROC_OFFSET};
use crate::lexicon::fold::fold_str;
use crate::lexicon::{self, units};
use crate::model::{Block, BlockKind, Figure, Kind, Span};
use std::sync::OnceLock;

/// An evidence word: where it starts (cleaned bytes), its code, and whether
/// it counts toward the article's currency (it is in the article's own
/// blocks or its meta lines).
#[derive(Clone, Copy)]
pub struct Evidence {
    at: usize,
    code: &'static str,
    counts: bool,
    /// A dollar written with its country's mark (`HK$`, `C$`, `NT$`).
    marked_dollar: bool,
}

/// Decide the article's currency, apply it to the bare amounts of `figures`,
/// and return it for `meta.currency`.
// A stage of analyze(), kept its own function: see `figures::extract`.
#[inline(never)]
pub fn settle(
    text: &str,
    blocks: &[Block],
    ev: &[Evidence],
    figures: &mut [Figure],
) -> Option<&'static str> {
    // a bare year of the Republic's era (`106年6月`) is evidence as a word is
    let merged;
    let ev = match roc_years(figures, blocks) {
        roc if roc.is_empty() => ev,
        mut roc => {
            roc.extend_from_slice(ev);
            crate::sort::sort_by_key(&mut roc, |e| e.at);
            merged = roc;
            &merged[..]
        }
    };
    if ev.is_empty() {
        return None;
    }
    // no evidence in the article's own blocks: only a sentence's own words decide
    let article = decide(ev);
    let (signs, dollar, dollar_articles) = BARE_DOLLAR;
    for f in figures.iter_mut().filter(|f| f.kind == Kind::Money) {
        let yuan = units::is_default_currency(f.unit);
        if !(yuan || f.unit == Some(dollar)) {
            continue;
        }
        // evidence inside the figure: it names its currency (人民幣100元)
        let first = ev.partition_point(|e| e.at < f.start);
        if ev.get(first).is_some_and(|e| e.at < f.end) {
            continue;
        }
        let Some(code) = sentence_code(ev, first, f, blocks).or(article) else {
            continue;
        };
        // a bare 元 (in Chinese: `100 yuan` names its currency; `270` sharing the 元 of
        // `由原本270降為145元` is one), or a bare `$`
        let bare = if yuan {
            !f.text.chars().any(|c| c.is_ascii_alphabetic())
        } else {
            dollar_articles.contains(&code)
                && (bare_sign(text, f, signs) || bare_word(text, f))
                && !marks_dollar(ev, f, blocks)
        };
        if bare {
            f.unit = Some(code);
        }
    }
    article
}

/// The dates whose year is a bare year of the Republic of China era
/// (`106年6月`, `112年度`, `107學年`: the number written plus the era's
/// offset is the year read), which only Taiwanese copy writes: evidence for
/// [`ROC_YEAR_CODE`] where they start. (`民國109年` and `今（112）年` are
/// evidence words already.)
fn roc_years(figures: &[Figure], blocks: &[Block]) -> Vec<Evidence> {
    let (lo, hi) = ROC_BARE_YEARS;
    figures
        .iter()
        .filter(|f| f.kind == Kind::Date)
        .filter(|f| {
            let digits = f.text.bytes().take_while(u8::is_ascii_digit);
            let (n, len) = digits.fold((0u32, 0), |(n, len), d| (n * 10 + u32::from(d - b'0'), len + 1));
            len == 3
                && (lo..=hi).contains(&f64::from(n))
                && f.value == Some(f64::from(n + ROC_OFFSET))
        })
        .map(|f| Evidence {
            at: f.start,
            code: ROC_YEAR_CODE,
            counts: blocks.get(f.block).is_some_and(|b| b.kind.is_body() || b.kind == BlockKind::Meta),
            marked_dollar: false,
        })
        .collect()
}

/// The chars [`evidence_in`] needs marked: those an evidence word may
/// start with.
pub fn evidence_marks() -> &'static CharBits {
    &Starts::get().firsts
}

/// The evidence words of a block, appended to `out` (so that an article's
/// come in text order). `bt` holds the block's chars, with those of
/// [`evidence_marks`] marked as it decoded them (no second walk of the
/// text); `folded` is its folded text, which starts at byte `at` of the
/// article.
// Out of line, called once a block: extract's loop stays small in V8.
#[inline(never)]
pub fn evidence_in(bt: &BlockText, folded: &str, at: usize, kind: BlockKind, out: &mut Vec<Evidence>) {
    let lex = lexicon::currency_evidence();
    let starts = Starts::get();
    let counts = kind.is_body() || kind == BlockKind::Meta;
    // past the end of the last word found: evidence words do not overlap
    let mut next = 0;
    // The chars skip no word's start: the reading drops only spaces, and
    // no evidence word starts with one.
    for &k in bt.marked() {
        let c = bt.cs[k];
        let i = bt.byte(k);
        // Latin rows (NT$, HKD, Toronto) only at the start of a word: asked
        // first, as most Latin letters of English text are inside one
        let inside_word = c.is_ascii_alphanumeric()
            && folded[..i].chars().next_back().is_some_and(|p| p.is_ascii_alphanumeric());
        if inside_word || i < next || !starts.goes_on(c, folded[i + c.len_utf8()..].chars().next()) {
            continue;
        }
        if let Some((n, row)) = lex.longest_prefix(&folded[i..]) {
            let (word, code) = CURRENCY_EVIDENCE.row(row);
            if MEASURE_MISREADS.contains(word) && counted_before(&folded[..i]) {
                continue;
            }
            out.push(Evidence {
                at: at + i,
                code,
                counts,
                marked_dollar: word.ends_with(BARE_DOLLAR.0),
            });
            next = i + n;
        }
    }
}

/// Does `before` end in a numeral (Han, or one to three digits) or a word that counts or points?
fn counted_before(before: &str) -> bool {
    let mut back = before.chars().rev();
    let Some(p) = back.next() else {
        return false;
    };
    if p.is_ascii_digit() {
        return back.take(3).take_while(char::is_ascii_digit).count() < 3;
    }
    COUNTING_BEFORE.contains(&p) || (!p.is_ascii() && super::numeral::could_start(p))
}

/// The chars of the evidence words (folded, as the lexicon matches them)
/// that tell where one may start: two bit tests before any lookup, as most
/// chars of a text start no word, and most of those that could are not
/// followed by a char that goes on with one. Past U+FFFF the sets say
/// nothing and the lexicon is asked.
struct Starts {
    /// The first chars (marked as a block is decoded).
    firsts: CharBits,
    /// The first chars that are words on their own (`￥`).
    whole: CharBits,
    /// The second chars.
    seconds: CharBits,
}

impl Starts {
    fn get() -> &'static Starts {
        static S: OnceLock<Starts> = OnceLock::new();
        S.get_or_init(|| {
            let words: Vec<String> = CURRENCY_EVIDENCE.iter().map(|r| fold_str(r.0)).collect();
            let nth = |k: usize| words.iter().filter_map(move |w| w.chars().nth(k));
            let whole = words.iter().filter(|w| w.chars().count() == 1);
            Starts {
                firsts: CharBits::of(nth(0)),
                whole: CharBits::of(whole.filter_map(|w| w.chars().next())),
                seconds: CharBits::of(nth(1)),
            }
        })
    }

    /// Could a word that starts with `c` go on with `next` (or end at `c`)?
    fn goes_on(&self, c: char, next: Option<char>) -> bool {
        self.whole.get(c).unwrap_or(true) || next.is_some_and(|n| self.seconds.get(n).unwrap_or(true))
    }
}

/// The code with the most evidence words; of equals, the one named first.
fn decide(ev: &[Evidence]) -> Option<&'static str> {
    let mut tally: Vec<(&'static str, usize)> = Vec::new();
    for e in ev.iter().filter(|e| e.counts) {
        match tally.iter_mut().find(|t| t.0 == e.code) {
            Some(t) => t.1 += 1,
            None => tally.push((e.code, 1)),
        }
    }
    // max_by_key keeps the last of equals: walk from the last named
    tally.iter().rev().max_by_key(|t| t.1).map(|t| t.0)
}

/// The code of the evidence word nearest before the figure in its sentence
/// (else the first after it there). `first` is the first evidence at or
/// after the figure's start.
fn sentence_code(
    ev: &[Evidence],
    first: usize,
    f: &Figure,
    blocks: &[Block],
) -> Option<&'static str> {
    let s = sentence_span(f, blocks)?;
    let before = first
        .checked_sub(1)
        .map(|j| &ev[j])
        .filter(|e| e.at >= s.start);
    let after = ev.get(first).filter(|e| e.at < s.end);
    before.or(after).map(|e| e.code)
}

/// The span of the figure's sentence (cleaned bytes), or of its block when
/// that is split into no sentences (a caption, a credit line).
fn sentence_span(f: &Figure, blocks: &[Block]) -> Option<Span> {
    let b = blocks.get(f.block)?;
    match &b.sentences {
        Some(s) => s.get(f.sentence?).cloned(),
        None => Some(Span { start: b.start, end: b.end }),
    }
}

/// Does the figure's sentence write a marked dollar (`HK$`) outside the
/// figure? Evidence is in text order: from the sentence's first word.
fn marks_dollar(ev: &[Evidence], f: &Figure, blocks: &[Block]) -> bool {
    let Some(s) = sentence_span(f, blocks) else {
        return false;
    };
    let from = ev.partition_point(|e| e.at < s.start);
    ev[from..]
        .iter()
        .take_while(|e| e.at < s.end)
        .any(|e| e.marked_dollar && !(f.start..f.end).contains(&e.at))
}

/// Does the figure end with a dollar word right after its number or scale
/// (`45 million dollars`, not `5 US dollars`)?
fn bare_word(text: &str, f: &Figure) -> bool {
    let t = &text[f.start..f.end];
    let mut words = t.rsplit(' ');
    let (Some(last), Some(before)) = (words.next(), words.next()) else {
        return false;
    };
    BARE_DOLLAR_WORDS.contains(&last.to_ascii_lowercase())
        && (before.chars().any(|c| c.is_ascii_digit())
            || lexicon::en_scales().contains(&before.to_ascii_lowercase()))
}

/// Does the figure's `$` stand alone (`$100`, not `US$100`)?
fn bare_sign(text: &str, f: &Figure, signs: &[char]) -> bool {
    let Some(p) = text[f.start..f.end].find(signs) else {
        return false;
    };
    !text[..f.start + p]
        .chars()
        .next_back()
        .is_some_and(|c| c.is_ascii_alphabetic())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The figure scan's chars drop spaces (`共有 18 名`): no evidence word
    /// may start with one, or [`evidence_in`] would miss it.
    #[test]
    fn no_evidence_word_starts_with_a_space() {
        for (w, _) in CURRENCY_EVIDENCE.iter() {
            assert!(!fold_str(w).starts_with([' ', '\u{a0}']), "{w:?}");
        }
    }

    /// Every evidence word is found where it stands, in text order, but
    /// Latin rows inside a word; words do not overlap.
    #[test]
    fn finds_the_words_of_a_block() {
        let text = "新台幣 100元，人民幣RMB與XRMB，香港 1萬港元";
        let folded = crate::lexicon::fold::fold(text);
        let mut bt = BlockText::new(text, &folded, &[]);
        bt.reset_marking(text, &folded, &[], Some(evidence_marks()));
        let mut out = Vec::new();
        evidence_in(&bt, &folded, 0, BlockKind::Paragraph, &mut out);
        let found: Vec<(&str, &str)> = out.iter().map(|e| (&text[e.at..], e.code)).collect();
        let starts: Vec<(String, &str)> =
            found.iter().map(|(s, c)| (s.chars().take(2).collect(), *c)).collect();
        let want = [("新台", "TWD"), ("人民", "CNY"), ("RM", "CNY"), ("香港", "HKD"), ("港元", "HKD")];
        let want: Vec<(String, &str)> = want.iter().map(|(s, c)| ((*s).to_string(), *c)).collect();
        assert_eq!(starts, want);
        assert!(out.iter().all(|e| e.counts));
    }
}
