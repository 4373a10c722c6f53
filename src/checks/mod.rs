//! The article's arithmetic (issue 20; `checks` in docs/schema.md): every
//! result the article states (a ratio, a change, a difference, a sum, a
//! figure per head, a value inside a range) redone from the figures it comes
//! from, at each figure's stated precision.
//!
//! Precision first: a check is made only where the text ties its figures
//! together (one sentence, a sentence and the one before it, for a change
//! the last sentence of the paragraph before, or for shares of one whole
//! the sentences of a paragraph), with the
//! pairing rules of each kind; where a relation could be read two ways, a
//! reading that fits is enough, and a relation that could be a guess is
//! reported only when it holds. The work is linear: figures are paired
//! within a sentence, and a sentence with more figures than
//! [`MAX_FIGURES`] is left alone.

mod change;
mod explain;
mod interval;
mod per_capita;
mod range;
mod ratio;
mod sum;
mod words;

use crate::lexicon::checks::CheckWord;
use crate::lexicon::fold::fold_str;
use crate::model::{Block, Check, CheckKind, Figure, Kind, Language};
use interval::{Iv, Written};
use std::cell::OnceCell;

/// Sentences with more figures than this are not checked (a table flattened
/// into a line, a list of numbers): pairing there would be a guess, and the
/// pairs grow with the square of the figures.
const MAX_FIGURES: usize = 40;

/// A figure as the checks see it.
pub(crate) struct Fig<'a> {
    /// Its index in the analysis's figures.
    pub i: usize,
    pub f: &'a Figure,
    /// The values it stands for at its stated precision (a range: low to high).
    pub iv: Iv,
    pub w: Written,
    /// A range (`10至20萬元`), not one value.
    pub range: bool,
    /// A stated bound (`超過`, `more than`): `iv` is open on one side.
    pub bound: bool,
    /// Its metric, folded, without modifiers and spaces (empty: no metric):
    /// made when a check first asks ([`Fig::fam`]).
    family: OnceCell<String>,
}

impl Sentence<'_> {
    /// The folded text between two cleaned-text offsets inside the sentence.
    pub fn between(&self, from: usize, to: usize) -> &str {
        let (a, b) = (from.saturating_sub(self.start), to.saturating_sub(self.start));
        self.text.get(a.min(b)..b).unwrap_or("")
    }
}

impl Sentence<'_> {
    /// The first word of `kind` in `t`, a slice of the sentence's text (as
    /// `words::find`, from the sentence's marks).
    pub fn find(&self, t: &str, kind: CheckWord) -> Option<(usize, usize)> {
        self.marks.get_or_init(|| words::Marks::of(self.text)).find(self.text, t, kind)
    }

    /// Does `t`, a slice of the sentence's text, hold a word of `kind`?
    pub fn has(&self, t: &str, kind: CheckWord) -> bool {
        self.find(t, kind).is_some()
    }

    /// Up to `n` bytes of the folded text right after a figure (whole characters).
    pub fn after(&self, f: &Fig, n: usize) -> &str {
        let rest = self.text.get(f.f.end.saturating_sub(self.start)..).unwrap_or("");
        let mut end = n.min(rest.len());
        while !rest.is_char_boundary(end) {
            end -= 1;
        }
        &rest[..end]
    }
}

impl Fig<'_> {
    /// Its metric's family ([`family`] with [`CheckWord::Modifier`]).
    pub fn fam(&self) -> &str {
        self.family
            .get_or_init(|| family(self.f.metric.as_deref().unwrap_or(""), CheckWord::Modifier))
    }

    pub fn v(&self) -> f64 {
        self.f.value.unwrap_or(0.0)
    }

    /// An amount that can be an operand: one value of a quantity.
    pub fn amount(&self) -> bool {
        !self.range
            && !self.bound
            && matches!(
                self.f.kind,
                Kind::Money | Kind::Count | Kind::Measure | Kind::Percent | Kind::Number
            )
    }

    /// Same unit and per, and the same kind (a count or a bare number of no
    /// unit alike: `1.67 billion` and `1.81 billion seat miles`).
    pub fn like(&self, o: &Fig) -> bool {
        let bare = |f: &Fig| matches!(f.f.kind, Kind::Count | Kind::Number) && f.f.unit.is_none();
        (self.f.kind == o.f.kind || (bare(self) && bare(o)))
            && self.f.unit == o.f.unit
            && self.f.per == o.f.per
    }

    /// A figure inside a list without being an item (`兩個月合計`, `in 2023`).
    pub fn aside(&self) -> bool {
        matches!(self.f.kind, Kind::Date | Kind::Duration | Kind::Rank | Kind::Identifier)
    }

    /// Same kind, unit and per (and for a count with no unit, the same word after the number).
    pub fn same_unit(&self, o: &Fig) -> bool {
        self.f.kind == o.f.kind
            && self.f.unit == o.f.unit
            && self.f.per == o.f.per
            && (self.f.unit.is_some()
                || !matches!(self.f.kind, Kind::Count)
                || explain::suffix(self) == explain::suffix(o))
    }
}

/// One sentence's figures, its folded text and its language.
pub(crate) struct Sentence<'a> {
    pub figs: Vec<Fig<'a>>,
    pub block: usize,
    pub sentence: usize,
    /// The sentence's folded text, and where it starts in the cleaned text.
    pub text: &'a str,
    pub start: usize,
    /// Where its check words start: found when a check first looks for one.
    pub marks: OnceCell<words::Marks>,
    /// 0 Traditional Chinese, 1 Simplified, 2 English.
    pub lang: usize,
}

/// The checks found so far; each figure is the stated result of one check at most.
pub(crate) struct Out {
    pub checks: Vec<Check>,
    stated: Vec<bool>,
    /// A list's total and last part, when that part ends its sentence (figure indices).
    pub open: Option<(usize, usize)>,
}

impl Out {
    pub fn is_stated(&self, i: usize) -> bool {
        self.stated.get(i) == Some(&true)
    }

    pub fn push(
        &mut self,
        kind: CheckKind,
        figures: Vec<usize>,
        stated: f64,
        computed: f64,
        ok: bool,
        explain: String,
    ) {
        if let Some(s) = figures.first().and_then(|&i| self.stated.get_mut(i)) {
            *s = true;
        }
        self.checks.push(Check {
            kind,
            figures,
            stated,
            computed,
            ok,
            explain,
        });
    }
}

fn lang_index(l: Language, doc: Language) -> usize {
    match (l, doc) {
        (Language::ZhHant, _) | (Language::Und, Language::ZhHant) => 0,
        (Language::ZhHans, _) | (Language::Und, Language::ZhHans) => 1,
        _ => 2,
    }
}

fn fig(i: usize, f: &Figure) -> Option<Fig<'_>> {
    let v = f.value.filter(|v| v.is_finite())?;
    let written = || interval::written(&f.text, v);
    let (iv, w, range, bound) = match (f.low, f.high) {
        (None, None) => {
            let (iv, w) = interval::of(f)?;
            (iv, w, false, false)
        }
        (Some(lo), Some(hi)) if f.qualifier.is_none() && lo < hi => {
            let w = written();
            let half = 0.5 * 10f64.powi(-(w.decimals as i32)) * w.scale;
            let iv = Iv {
                lo: lo - half,
                hi: hi + half,
            };
            (iv, w, true, false)
        }
        // A stated bound (`more than double`): a result a check holds to as stated
        // (`more than 20%` says the change passed 20%), never an operand.
        (Some(_), None) if f.qualifier.is_some() => (
            Iv {
                lo: v,
                hi: f64::INFINITY,
            },
            written(),
            false,
            true,
        ),
        (None, Some(_)) if f.qualifier.is_some() => (
            Iv {
                lo: f64::NEG_INFINITY,
                hi: v,
            },
            written(),
            false,
            true,
        ),
        _ => return None,
    };
    Some(Fig {
        i,
        f,
        iv,
        w,
        range,
        bound,
        family: OnceCell::new(),
    })
}

/// A figure restated in brackets right after it (`三分之一（33.0％）`, `a third
/// (33.4%)`) is one figure: the bracketed one is kept.
fn restated<'a>(figs: Vec<Fig<'a>>, text: &str, start: usize) -> Vec<Fig<'a>> {
    let mut keep = vec![true; figs.len()];
    for (k, w) in figs.windows(2).enumerate() {
        let (a, b) = (&w[0], &w[1]);
        let gap = text
            .get(a.f.end.saturating_sub(start)..b.f.start.saturating_sub(start))
            .unwrap_or("")
            .trim();
        keep[k] = !(matches!(gap, "(" | "（") && a.same_unit(b) && a.iv.meets(b.iv));
    }
    let mut keep = keep.into_iter();
    figs.into_iter().filter(|_| keep.next() == Some(true)).collect()
}

/// A metric's family: folded, without the words of `kind` and without spaces.
pub(crate) fn family(metric: &str, kind: CheckWord) -> String {
    words::without(&fold_str(metric), kind)
}

/// Do two families name one quantity: equal, or one the other's head (`收入`
/// in `南湖區人均可支配收入`)? Empty families never match.
pub(crate) fn related(a: &str, b: &str) -> bool {
    !a.is_empty() && !b.is_empty() && (crate::lexicon::has_str(a, b) || crate::lexicon::has_str(b, a))
}

/// Every check of the article, on figures in cleaned-text order (before any
/// filtering): `folded` is the cleaned text folded, `blocks` gives each
/// block's sentences and language.
pub fn check(folded: &str, blocks: &[Block], figures: &[Figure], language: Language) -> Vec<Check> {
    let mut out = Out {
        checks: Vec::new(),
        stated: vec![false; figures.len()],
        open: None,
    };
    let mut prev: Option<Sentence> = None;
    let mut para = sum::Para::default();
    let mut k = 0;
    while k < figures.len() {
        let key = (figures[k].block, figures[k].sentence);
        let mut e = k + 1;
        while e < figures.len() && (figures[e].block, figures[e].sentence) == key {
            e += 1;
        }
        let block = figures[k].block;
        let lang = blocks
            .get(block)
            .map_or(2, |b| lang_index(b.language, language));
        let figs: Vec<Fig> = (k..e).filter_map(|i| fig(i, &figures[i])).collect();
        k = e;
        if figs.len() > MAX_FIGURES || key.1.is_none() {
            prev = None;
            continue;
        }
        let sentence = key.1.unwrap_or(0);
        let span = blocks
            .get(block)
            .and_then(|b| b.sentences.as_ref()?.get(sentence));
        let (start, end) = span.map_or((0, 0), |s| (s.start, s.end));
        let text = folded.get(start..end).unwrap_or("");
        let s = Sentence {
            figs: restated(figs, text, start),
            block,
            sentence,
            text,
            start,
            lang,
            marks: OnceCell::new(),
        };
        let before = prev
            .as_ref()
            .filter(|p| p.block == block && p.sentence + 1 == sentence);
        // Or, for a sentence opening its paragraph, the last sentence of the paragraph before.
        let last = |p: &&Sentence| {
            let count = blocks.get(p.block).and_then(|b| b.sentences.as_ref()).map_or(0, Vec::len);
            p.block + 1 == block && sentence == 0 && p.sentence + 1 == count
        };
        let across = before.or_else(|| prev.as_ref().filter(last));
        ratio::check(&s, &mut out);
        change::check(&s, before, &mut out);
        change::ahead(&s, across, &mut out);
        sum::check(&s, before, &mut para, &mut out);
        per_capita::check(&s, before, &mut out);
        range::check(&s, &mut out);
        prev = Some(s);
    }
    sum::flush(&para, &mut out);
    out.checks
}

/// After figures are filtered out (`keep[i]` false), drop the checks that
/// lost a figure and point the others at the figures kept.
pub fn renumber(checks: &mut Vec<Check>, keep: &[bool]) {
    if keep.iter().all(|&k| k) {
        return;
    }
    let mut new_index = Vec::with_capacity(keep.len());
    let mut n = 0;
    for &k in keep {
        new_index.push(k.then_some(n));
        n += usize::from(k);
    }
    checks.retain_mut(|c| {
        for i in &mut c.figures {
            match new_index.get(*i).copied().flatten() {
                Some(j) => *i = j,
                None => return false,
            }
        }
        true
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(kind: CheckKind, figures: Vec<usize>) -> Check {
        Check {
            kind,
            figures,
            stated: 1.0,
            computed: 1.0,
            ok: true,
            explain: String::new(),
        }
    }

    #[test]
    fn renumbering_drops_checks_that_lost_a_figure_and_shifts_the_rest() {
        let mut checks = vec![
            check(CheckKind::Sum, vec![0, 1, 2]),
            check(CheckKind::Change, vec![5, 3, 4]),
        ];
        renumber(&mut checks, &[true, false, true, true, true, true]);
        assert_eq!(checks.len(), 1);
        assert_eq!(checks[0].kind, CheckKind::Change);
        assert_eq!(checks[0].figures, [4, 2, 3]);
    }

    #[test]
    fn families_drop_modifiers_and_match_by_head() {
        let urban = family("城鎮居民人均可支配收入", CheckWord::Modifier);
        let rural = family("农村居民人均可支配收入", CheckWord::Modifier);
        assert_eq!(urban, rural);
        assert!(related(&urban, "收入"));
        assert!(!related(&urban, ""));
        assert!(!related(
            &family("出口額", CheckWord::Modifier),
            &family("進口額", CheckWord::Modifier)
        ));
    }
}
