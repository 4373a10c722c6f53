//! What a language's grammar contributes to reading a number, as hooks that
//! [`super::number::read`] calls in a fixed order. Each hook has a default
//! that contributes nothing, so a grammar implements only what its language
//! writes around numbers. Two grammars compose as a pair, `(A, B)`: each hook
//! asks `A` first, then `B`, with the merge rule the hook states.

use super::draft::{Draft, Tail};
use super::numeral::Num;
use super::text::BlockText;
use crate::model::Kind;

/// What precedes a number: where the figure starts, whether a qualifier made
/// it approximate, and where a `between` opens a range.
#[derive(Debug, Clone, Copy)]
pub struct Lead {
    pub start: usize,
    pub approx: bool,
    pub between: Option<usize>,
}

/// A figure being read after its number: the state the range hooks change.
#[derive(Debug, Clone)]
pub struct Reading {
    /// No figure may start before this char (the end of the one before).
    pub floor: usize,
    pub start: usize,
    pub end: usize,
    pub currency: Option<&'static str>,
    pub sign: f64,
    /// The sign of a range's second number (`-3至5℃`, `零下3到5度`).
    pub high_sign: f64,
    /// `零下` reads over a range (`零下3到5度` is −5..−3).
    pub below_zero: bool,
    /// A leading plus sign (`+3.5%`, `漲+1.5%`): a rise.
    pub plus: bool,
    pub lead: Lead,
    pub low: f64,
    pub high: f64,
    pub tail: Option<Tail>,
}

/// What a range hook did with what follows the number.
pub enum Range {
    /// No range of this grammar here.
    NotHere,
    /// A range (or an attempt at one) was read into the [`Reading`].
    Read,
    /// The two numbers are a ratio, not a range (`voted 7 to 2`).
    Ratio(Draft),
}

/// The tail after char `j` in every grammar: `(j, arabic) → Tail`.
pub type Tails<'t> = &'t dyn Fn(usize, bool) -> Option<Tail>;

#[allow(unused_variables)]
pub trait Grammar {
    /// Letters glued to the number (`3rd`, `1990s`, `PM2.5`) and written
    /// forms around it (`6-3`, `+44 20 …`, `600519.SS`): a figure, a refusal
    /// (`Err` with where to resume), or `None` to go on.
    fn claim_glued(&self, bt: &BlockText, n: &Num) -> Option<Result<Draft, usize>> {
        None
    }

    /// Words that make the number part of a name, a rank or a period
    /// (`十九大`, `第三`, `前4個月`).
    fn claim_named(&self, bt: &BlockText, n: &Num) -> Option<Result<Draft, usize>> {
        None
    }

    /// A date that starts with the number.
    fn date(&self, bt: &BlockText, n: &Num) -> Option<Draft> {
        None
    }

    /// Two numbers read as one: month spans (`1-5月`), ratios (`1.49:1`),
    /// fractions (`三分之一`).
    fn claim_pair(&self, bt: &BlockText, n: &Num, floor: usize) -> Option<Result<Draft, usize>> {
        None
    }

    /// A number with no unit that is an identifier (a stock code, a phone
    /// number): its end.
    fn identifier(&self, bt: &BlockText, n: &Num) -> Option<usize> {
        None
    }

    /// A currency written before char `start` (no earlier than `floor`): where
    /// it starts and its code. Of two grammars, the earlier start wins.
    fn currency_before(
        &self,
        bt: &BlockText,
        floor: usize,
        start: usize,
    ) -> Option<(usize, &'static str)> {
        None
    }

    /// A minus written before char `start`: where it starts, and whether it
    /// reads over a range (`零下3到5度`).
    fn sign_before(&self, bt: &BlockText, floor: usize, start: usize) -> Option<(usize, bool)> {
        None
    }

    /// Qualifiers before the number (`約`, `about`, `between`, `exactly`).
    fn qualifiers_before(&self, bt: &BlockText, floor: usize, lead: &mut Lead) {}

    /// May this number be a figure, given what precedes it? (A bare `萬`
    /// needs a qualifier.)
    fn accept(&self, bt: &BlockText, n: &Num, lead: &mut Lead) -> bool {
        true
    }

    /// The unit, scale or measure word after the number's own digits.
    /// `lone_one` (just `一`, with no currency before) and `qualified` (a
    /// qualifier precedes) let a grammar refuse an article (`一個`).
    fn own_tail(&self, bt: &BlockText, n: &Num, lone_one: bool, qualified: bool) -> Option<Tail> {
        None
    }

    /// The tail after any number ending at `j` (a range's second number).
    fn tail_at(&self, bt: &BlockText, j: usize, arabic: bool) -> Option<Tail> {
        None
    }

    /// A last word on the tail read for the number: a refusal, or a change.
    fn check_tail(
        &self,
        bt: &BlockText,
        n: &Num,
        r: &Reading,
        tail: &mut Option<Tail>,
    ) -> Result<(), usize> {
        Ok(())
    }

    /// A range from the number to a second one (`10至20萬元`, `3 to 5
    /// million`). The first grammar that reads one ends the search.
    fn range(&self, bt: &BlockText, n: &Num, floor: usize, r: &mut Reading, tails: Tails) -> Range {
        Range::NotHere
    }

    /// Only the scale after the number (`$3 billion share buyback`), for a
    /// currency figure whose tail named something else.
    fn scale_only(&self, bt: &BlockText, j: usize) -> Option<Tail> {
        None
    }

    /// The kind a unit-less reading really has (`a magnitude 6.8 earthquake`
    /// is no count of earthquakes; `人口20,453` counts persons). `start` is where
    /// the figure starts, its qualifier included.
    fn settle_kind(&self, bt: &BlockText, n: &Num, start: usize, kind: &mut Kind, unit: &mut Option<&'static str>, end: &mut usize) {}

    /// A bare number of kind `number`: may it stand as a figure?
    fn keep_number(
        &self,
        bt: &BlockText,
        n: &Num,
        start: usize,
        currency: Option<&'static str>,
    ) -> bool {
        true
    }

    /// A qualifier after the figure (`左右`, `以上`): the figure's new end.
    fn suffix_qualifier(&self, bt: &BlockText, end: usize, kind: Kind) -> Option<usize> {
        None
    }

    /// The unit a price is per, written after it (`$82.45 a barrel`): the
    /// unit and the figure's new end.
    fn per_after(&self, bt: &BlockText, end: usize, kind: Kind) -> Option<(String, usize)> {
        None
    }

    /// The unit a rate is per, written before it (`每股12.35元`).
    fn per_before(&self, bt: &BlockText, start: usize, kind: Kind) -> Option<String> {
        None
    }

    /// The unit a rate really has (`時速350公里` is km/h).
    fn rate_unit(&self, bt: &BlockText, d: &mut Draft) {}

    /// A figure after others (`prev`, in text order, never empty): what the
    /// earlier ones lend it (`5月1日至3日` → the day takes the month).
    fn continue_from(&self, bt: &BlockText, prev: &[Draft], d: &mut Draft) {}
}

fn first<T>(a: Option<T>, b: impl FnOnce() -> Option<T>) -> Option<T> {
    a.or_else(b)
}

impl<A: Grammar, B: Grammar> Grammar for (A, B) {
    fn claim_glued(&self, bt: &BlockText, n: &Num) -> Option<Result<Draft, usize>> {
        first(self.0.claim_glued(bt, n), || self.1.claim_glued(bt, n))
    }

    fn claim_named(&self, bt: &BlockText, n: &Num) -> Option<Result<Draft, usize>> {
        first(self.0.claim_named(bt, n), || self.1.claim_named(bt, n))
    }

    fn date(&self, bt: &BlockText, n: &Num) -> Option<Draft> {
        first(self.0.date(bt, n), || self.1.date(bt, n))
    }

    fn claim_pair(&self, bt: &BlockText, n: &Num, floor: usize) -> Option<Result<Draft, usize>> {
        first(self.0.claim_pair(bt, n, floor), || {
            self.1.claim_pair(bt, n, floor)
        })
    }

    fn identifier(&self, bt: &BlockText, n: &Num) -> Option<usize> {
        first(self.0.identifier(bt, n), || self.1.identifier(bt, n))
    }

    fn currency_before(
        &self,
        bt: &BlockText,
        floor: usize,
        start: usize,
    ) -> Option<(usize, &'static str)> {
        let a = self.0.currency_before(bt, floor, start);
        match (a, self.1.currency_before(bt, floor, start)) {
            (Some(x), Some(y)) if y.0 < x.0 => Some(y),
            (Some(x), _) => Some(x),
            (None, y) => y,
        }
    }

    fn sign_before(&self, bt: &BlockText, floor: usize, start: usize) -> Option<(usize, bool)> {
        first(self.0.sign_before(bt, floor, start), || {
            self.1.sign_before(bt, floor, start)
        })
    }

    fn qualifiers_before(&self, bt: &BlockText, floor: usize, lead: &mut Lead) {
        self.0.qualifiers_before(bt, floor, lead);
        self.1.qualifiers_before(bt, floor, lead);
    }

    fn accept(&self, bt: &BlockText, n: &Num, lead: &mut Lead) -> bool {
        self.0.accept(bt, n, lead) && self.1.accept(bt, n, lead)
    }

    fn own_tail(&self, bt: &BlockText, n: &Num, lone_one: bool, qualified: bool) -> Option<Tail> {
        let t = first(self.0.own_tail(bt, n, lone_one, qualified), || {
            self.1.own_tail(bt, n, lone_one, qualified)
        })?;
        // `12k個百分點`, `3k名`: a scale, then a unit of the first grammar
        if t.kind == Kind::Number && t.unit.is_none() && t.factor > 1.0 && t.per.is_none() {
            if let Some(u) = self.0.tail_at(bt, t.end, n.arabic).filter(|u| u.kind != Kind::Number) {
                return Some(Tail {
                    factor: t.factor * u.factor,
                    approx: t.approx || u.approx,
                    ..u
                });
            }
        }
        Some(t)
    }

    fn tail_at(&self, bt: &BlockText, j: usize, arabic: bool) -> Option<Tail> {
        first(self.0.tail_at(bt, j, arabic), || {
            self.1.tail_at(bt, j, arabic)
        })
    }

    fn check_tail(
        &self,
        bt: &BlockText,
        n: &Num,
        r: &Reading,
        tail: &mut Option<Tail>,
    ) -> Result<(), usize> {
        self.0.check_tail(bt, n, r, tail)?;
        self.1.check_tail(bt, n, r, tail)
    }

    fn range(&self, bt: &BlockText, n: &Num, floor: usize, r: &mut Reading, tails: Tails) -> Range {
        match self.0.range(bt, n, floor, r, tails) {
            Range::NotHere => self.1.range(bt, n, floor, r, tails),
            done => done,
        }
    }

    fn scale_only(&self, bt: &BlockText, j: usize) -> Option<Tail> {
        first(self.0.scale_only(bt, j), || self.1.scale_only(bt, j))
    }

    fn settle_kind(&self, bt: &BlockText, n: &Num, start: usize, kind: &mut Kind, unit: &mut Option<&'static str>, end: &mut usize) {
        self.0.settle_kind(bt, n, start, kind, unit, end);
        self.1.settle_kind(bt, n, start, kind, unit, end);
    }

    fn keep_number(
        &self,
        bt: &BlockText,
        n: &Num,
        start: usize,
        currency: Option<&'static str>,
    ) -> bool {
        self.0.keep_number(bt, n, start, currency) && self.1.keep_number(bt, n, start, currency)
    }

    fn suffix_qualifier(&self, bt: &BlockText, end: usize, kind: Kind) -> Option<usize> {
        first(self.0.suffix_qualifier(bt, end, kind), || {
            self.1.suffix_qualifier(bt, end, kind)
        })
    }

    fn per_after(&self, bt: &BlockText, end: usize, kind: Kind) -> Option<(String, usize)> {
        first(self.0.per_after(bt, end, kind), || {
            self.1.per_after(bt, end, kind)
        })
    }

    fn per_before(&self, bt: &BlockText, start: usize, kind: Kind) -> Option<String> {
        first(self.0.per_before(bt, start, kind), || {
            self.1.per_before(bt, start, kind)
        })
    }

    fn rate_unit(&self, bt: &BlockText, d: &mut Draft) {
        self.0.rate_unit(bt, d);
        self.1.rate_unit(bt, d);
    }

    fn continue_from(&self, bt: &BlockText, prev: &[Draft], d: &mut Draft) {
        self.0.continue_from(bt, prev, d);
        self.1.continue_from(bt, prev, d);
    }
}
