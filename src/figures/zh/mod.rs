//! The Chinese grammar: what Chinese text writes around numbers (units and
//! measure words, qualifiers, `每X` rates, `第N` ranks, `年月日` dates) and
//! the context of each figure (its change word, period and metric).
//! It reads the shared core and the lexicon, never the English grammar.

mod between;
mod claims;
pub mod context;
mod currency;
mod dates;
mod qualifiers;
mod tail;
mod words;

pub use between::join_ranges;
pub use qualifiers::stated_qualifier;
pub use words::word_figure;

use crate::figures::shared::draft::{Draft, Tail};
use crate::figures::shared::grammar::{Grammar, Lead, Range, Reading, Tails};
use crate::figures::shared::numeral::{self, Num};
use crate::figures::shared::text::BlockText;
use crate::lexicon::zh::{self, Mark};
use crate::lexicon::{self, digit, units};
use crate::model::Kind;

/// Does `c` join the two ends of a range (`10至20`, `5-8`)?
pub fn is_range_connector(c: char) -> bool {
    zh::RANGE_CONNECTORS.contains(&c)
}

/// Where the spaces from `k` end, at most `max` of them (text extracted from
/// PDFs sets characters apart: `一百 五 十 二`, `百 分 之 五`).
pub fn skip_spaces(bt: &BlockText, k: usize, max: usize) -> usize {
    k + (0..max).take_while(|&d| bt.get(k + d) == Some(' ')).count()
}

/// Where one or two spaces from `k` end.
pub fn skip_gap(bt: &BlockText, k: usize) -> usize {
    skip_spaces(bt, k, 2)
}

/// The end of the word `w` (a lexicon row, folded here) at `k`, with one or
/// two spaces allowed before each of its characters (`三分  之一`, `百 分 之`).
pub fn spaced_word(bt: &BlockText, mut k: usize, w: &str) -> Option<usize> {
    for c in w.chars() {
        k = skip_gap(bt, k);
        if bt.get(k)? != lexicon::fold::fold_char(c) {
            return None;
        }
        k += 1;
    }
    Some(k)
}

/// A plenum's number at `k` (`五中全會` after `十九屆`): a digit, then 中全會.
pub fn plenum_at(bt: &BlockText, k: usize) -> bool {
    bt.get(k).and_then(digit).is_some() && bt.starts(k + 1, Mark::Plenum.word()).is_some()
}

/// The Chinese grammar, as [`Grammar`] hooks.
pub struct Zh;

impl Grammar for Zh {
    fn claim_named(&self, bt: &BlockText, n: &Num) -> Option<Result<Draft, usize>> {
        claims::named(bt, n)
    }

    fn date(&self, bt: &BlockText, n: &Num) -> Option<Draft> {
        dates::date(bt, n)
    }

    fn claim_pair(&self, bt: &BlockText, n: &Num, floor: usize) -> Option<Result<Draft, usize>> {
        claims::pair(bt, n, floor)
    }

    fn identifier(&self, bt: &BlockText, n: &Num) -> Option<usize> {
        claims::identifier(bt, n)
    }

    fn currency_before(
        &self,
        bt: &BlockText,
        floor: usize,
        start: usize,
    ) -> Option<(usize, &'static str)> {
        qualifiers::currency_before(bt, floor, start)
    }

    fn sign_before(&self, bt: &BlockText, floor: usize, start: usize) -> Option<(usize, bool)> {
        qualifiers::sign_before(bt, floor, start)
    }

    fn qualifiers_before(&self, bt: &BlockText, floor: usize, lead: &mut Lead) {
        let (start, approx) = qualifiers::prefix(bt, lead.start, floor);
        lead.start = start;
        lead.approx |= approx;
    }

    fn settle_kind(
        &self,
        bt: &BlockText,
        n: &Num,
        start: usize,
        kind: &mut Kind,
        unit: &mut Option<&'static str>,
        end: &mut usize,
    ) {
        if *kind == Kind::Count
            && bt.get(end.wrapping_sub(1)) == Some(Mark::Mouths.ch())
            && bt.get(start.wrapping_sub(1)) == Some(Mark::Family.ch())
        {
            // 一家3口: a family's members
            *unit = Some(units::PERSON);
        }
        if *kind == Kind::Number && !n.lone_one && words::ranked(bt, start) {
            *kind = Kind::Rank;
        } else if *kind == Kind::Number {
            if let Some((k, u)) = words::unit_noun_before(bt, start).filter(|&(k, u)| {
                (k != Kind::Money || n.arabic || n.multiplied)
                    && (u != Some(units::MAGNITUDE) || (n.high < 10.0 && !n.multiplied))
            }) {
                // (money words take an amount: 售價一度漲 states none; a magnitude is under ten)
                (*kind, *unit) = (k, u);
            } else if let Some(u) = words::counted_head(bt, n) {
                // 110餘萬城鄉居民, 4宿舍: the noun after it says what it counts
                (*kind, *unit) = (Kind::Count, u);
            }
        }
    }

    fn accept(&self, bt: &BlockText, n: &Num, lead: &mut Lead) -> bool {
        if qualifiers::weekday(bt, n) {
            return false;
        }
        match qualifiers::bare_unit(bt, n, lead.approx) {
            Some(approx) => {
                lead.approx = approx;
                true
            }
            None => false,
        }
    }

    fn own_tail(&self, bt: &BlockText, n: &Num, lone_one: bool, qualified: bool) -> Option<Tail> {
        // 只有一套設備, 僅一名: one and no more is a count, no article
        let lone_one = lone_one && !qualifiers::only_before(bt, n.start);
        // 華氏100度 is °F
        let fahrenheit = bt.ends(n.start, Mark::Fahrenheit.word()).is_some();
        // 零下十五度, 攝氏三十度, 負二十度: 度 is a temperature after Chinese numerals too
        let temperature = fahrenheit
            || bt
                .lex_before(n.start.saturating_sub(4), n.start, lexicon::degree_leads())
                .is_some();
        let degrees = !n.arabic && temperature;
        let mut t = tail::read_tail(bt, n.end, lone_one, qualified, n.arabic || degrees)
            .or_else(|| tail::index_points(bt, n))
            .or_else(|| tail::game_points(bt, n))
            .or_else(|| tail::spaced_tail(bt, n, lone_one, qualified))?;
        // 售價29,900起, 月租1.2萬起: a price "from", no cases counted (the money word
        // before it makes the amount money)
        if t.kind == Kind::Count
            && bt.get(n.end) == Some(Mark::From.ch())
            && t.end == n.end + 1
            && words::unit_noun_before(bt, n.start).is_some_and(|(k, _)| k == Kind::Money)
        {
            return None;
        }
        if fahrenheit && t.unit == Some(units::CELSIUS) {
            t.unit = Some(units::FAHRENHEIT);
        }
        // 360度, 90度鞠躬, 45度角: an angle, no temperature
        let turn = n.small_int(720.0).is_some_and(|v| zh::FULL_TURNS.contains(&v));
        let angle_word = bt.get(t.end).is_some_and(|c| zh::ANGLE_AFTER.contains(&c));
        if t.unit == Some(units::CELSIUS) && !temperature && (turn || angle_word) {
            t.unit = Some(units::ANGLE);
        }
        // 八五折, 75折: two digits state the share itself (八折 = 8 tenths)
        let discount = bt
            .lex_at(n.end, lexicon::tail_words())
            .is_some_and(|(_, r)| zh::TAIL_WORDS[r].rule == units::UnitRule::Discount);
        if discount && n.high >= 10.0 {
            // two digits (八五折, 75折) are the share; 十折 is no discount
            let two_digits = (n.arabic && n.int_digits == 2) || (n.positional && n.end - n.start == 2);
            if !two_digits {
                return None;
            }
            t.factor = 1.0;
        }
        Some(t)
    }

    fn tail_at(&self, bt: &BlockText, j: usize, arabic: bool) -> Option<Tail> {
        tail::read_tail(bt, j, false, true, arabic)
    }

    fn range(
        &self,
        bt: &BlockText,
        n: &Num,
        _floor: usize,
        r: &mut Reading,
        tails: Tails,
    ) -> Range {
        connector_range(bt, n, r, tails)
    }

    fn keep_number(
        &self,
        bt: &BlockText,
        n: &Num,
        start: usize,
        _currency: Option<&'static str>,
    ) -> bool {
        claims::keep_number(bt, n, start)
    }

    fn suffix_qualifier(&self, bt: &BlockText, end: usize, kind: Kind) -> Option<usize> {
        let (e, approx) = qualifiers::suffix_approx(bt, end, kind);
        approx.then_some(e)
    }

    fn per_before(&self, bt: &BlockText, start: usize, kind: Kind) -> Option<String> {
        match kind {
            Kind::Money => qualifiers::per_before(bt, start, false),
            // 每平方公里6300人, 每戶2.5人, 每小時120公里: a rate when the
            // noun after 每 is a unit of its own (not 每個, 每名)
            Kind::Count | Kind::Measure => qualifiers::per_before(bt, start, true),
            _ => None,
        }
    }

    fn rate_unit(&self, bt: &BlockText, d: &mut Draft) {
        // 時速350公里, 每小時120公里: a speed, in the unit 350公里/小時 has.
        for &(distance, per, speed) in units::SPEEDS {
            if d.unit != Some(distance) {
                continue;
            }
            let per_time = d
                .per
                .as_deref()
                .map_or_else(|| qualifiers::speed_before(bt, d.start), |p| p == per);
            if per_time {
                (d.unit, d.per) = (Some(speed), None);
            }
        }
        currency::by_country(bt, d);
        // 減息0.25厘: a rate's move in 厘 is in percentage points
        if d.kind == Kind::Percent
            && d.end > d.start
            && bt.get(d.end - 1).is_some_and(|c| zh::RATE_LI.contains(&c))
            && bt.lex_before(d.start.saturating_sub(3), d.start, lexicon::rate_moves()).is_some()
        {
            d.unit = Some(units::POINTS);
        }
        // 6.2級地震, 里氏6.2級: an earthquake's magnitude, not a level
        if d.unit == Some(units::LEVEL)
            && (bt.lex_at(d.end, lexicon::quake_after()).is_some()
                || bt.lex_before(d.start.saturating_sub(4), d.start, lexicon::magnitude_leads()).is_some())
        {
            d.unit = Some(units::MAGNITUDE);
        }
    }

    fn continue_from(&self, bt: &BlockText, prev: &[Draft], d: &mut Draft) {
        let Some(prev) = prev.last() else { return };
        dates::day_after_date(bt, prev, d);
        dates::months_after_years(prev, d);
    }
}

/// `10至20萬元`, `-3至5℃`, `零下3到5度`: a range across a connector. The
/// second number has its own sign, and a multiplier it states carries back
/// to the first.
fn connector_range(bt: &BlockText, n: &Num, r: &mut Reading, tails: Tails) -> Range {
    // `20 - 100個`: Arabic ends may set the connector apart by one space each side.
    let spaced = n.arabic
        && bt.get(r.end) == Some(' ')
        && bt.get(r.end + 2) == Some(' ')
        && bt.get(r.end + 1).is_some_and(is_range_connector);
    let at = if spaced { r.end + 1 } else { r.end };
    // `28、29度`, `3、4年`: two neighbouring Arabic numbers listed, a spoken range
    let comma = Mark::ListComma.ch();
    let Some(&conn) = bt
        .cs
        .get(at)
        .filter(|&&c| is_range_connector(c) || (c == comma && n.arabic && !spaced))
    else {
        return Range::NotHere;
    };
    let mut k = if spaced { at + 2 } else { at + 1 };
    // `1萬元--5萬元`, `3——5`: a doubled connector is one, not a minus sign
    // (after a negative first end, `-3--5度`, the second is the sign).
    if bt.get(k) == Some(conn) && r.sign > 0.0 && !r.below_zero {
        k += 1;
    }
    r.high_sign = if r.below_zero { -1.0 } else { 1.0 };
    if bt
        .get(k)
        .is_some_and(|c| zh::MINUS_SIGNS.contains(&c))
    {
        r.high_sign = -1.0;
        k += 1;
    } else if let Some(e) = bt.starts(k, Mark::BelowZero.word()) {
        r.high_sign = -1.0;
        k = e;
    }
    let next = numeral::parse(&bt.cs, k)
        .filter(|m| !m.bare_unit && m.arabic == n.arabic && !(conn == '-' && m.leading_zero));
    let Some(m) = next else {
        // No second number here (`$1m-$2m` is English's): nothing read.
        r.high_sign = r.sign;
        return Range::NotHere;
    };
    let t2 = tails(m.end, m.arabic);
    if conn == comma && !spoken_pair(bt, n, &m, t2.as_ref(), r.tail.is_none()) {
        r.high_sign = r.sign;
        return Range::NotHere;
    }
    let compatible = match (&r.tail, &t2) {
        (Some(a), Some(b)) => a.kind == b.kind && a.unit == b.unit,
        (None, _) => true,
        (Some(_), None) => false,
    };
    if compatible && (t2.is_some() || r.tail.is_none()) {
        // 10至20萬元: the multiplier carries back to the first number.
        if !n.multiplied && m.multiplied && m.low > n.low * m.scale {
            r.low *= m.scale;
        } else if let Some(p) = place_carried(bt, n, &m) {
            // 兩到三千人: the place unit carries back too
            r.low *= p;
        }
        r.high = m.high;
        r.end = t2.as_ref().map_or(m.end, |t| t.end);
        r.lead.approx |= conn == comma;
        if r.tail.is_none() {
            r.tail = t2;
        } else if let (Some(a), Some(b)) = (&mut r.tail, t2) {
            a.end = b.end;
            a.approx |= b.approx;
        }
    }
    Range::Read
}

/// `28、29度`, `約21、22度`: two whole numbers one apart, listed with a unit after the second
/// only, and no list around them (`1、2、3名`).
fn spoken_pair(bt: &BlockText, n: &Num, m: &Num, t2: Option<&Tail>, bare: bool) -> bool {
    let whole = |x: &Num| x.arabic && !x.decimal && !x.separated && !x.multiplied && x.low >= 1.0;
    let comma = Mark::ListComma.ch();
    bare && whole(n)
        && whole(m)
        && m.low == n.low + 1.0
        && t2.is_some_and(|t| matches!(t.kind, Kind::Measure | Kind::Duration | Kind::Count))
        && bt.get(m.end) != Some(comma)
        && n.start.checked_sub(1).and_then(|k| bt.get(k)) != Some(comma)
}

/// `兩到三千`, `五至六百`: the place unit a digit-and-place second number
/// (`三千`) lends a lone digit before it (`兩`), if it does.
fn place_carried(bt: &BlockText, n: &Num, m: &Num) -> Option<f64> {
    if n.arabic || n.end - n.start != 1 || m.end - m.start != 2 || n.high >= 10.0 {
        return None;
    }
    digit(*bt.cs.get(m.start)?)?;
    let p = f64::from(lexicon::place_unit(*bt.cs.get(m.end - 1)?)?);
    (p > 10.0 && m.low / p > n.low).then_some(p)
}
