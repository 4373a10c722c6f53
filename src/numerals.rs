//! Numerals of every script in Chinese text: ASCII and fullwidth digits with
//! separators and decimals, Chinese and financial numerals, and mixes with
//! multipliers (`1.29萬`, `3萬4000`, `12億3000萬`, `兩萬三千五百`, `三四十`).
//!
//! Works on folded (Simplified) characters. Used by the date reader and the
//! figure grammars.

use crate::lexicon::zh::Mark;
use crate::lexicon::{self, big_unit, digit, place_unit};

#[derive(Debug, Clone, PartialEq)]
pub struct Num {
    /// Char indices into the block.
    pub start: usize,
    pub end: usize,
    pub low: f64,
    pub high: f64,
    /// Written in Arabic digits (at least its first term).
    pub arabic: bool,
    /// Integer digits of a plain Arabic number (years, identifiers, list markers).
    pub int_digits: usize,
    pub decimal: bool,
    pub leading_zero: bool,
    /// A multiplier (萬, 億, 千 …) applied.
    pub multiplied: bool,
    /// `數十`, `幾百`, `十幾`: no single number stated.
    pub vague: bool,
    /// `三四十`: two neighbouring digits give a range.
    pub ranged: bool,
    /// `300多萬`: an approximation inside the number.
    pub infix_approx: bool,
    /// A Chinese numeral written positionally (`二〇二一`).
    pub positional: bool,
    /// Just `一` (an article before measure words).
    pub lone_one: bool,
    /// Thousands separators were written (`12,345,678`).
    pub separated: bool,
    /// A bare unit with no digit (`萬` in `近萬名`).
    pub bare_unit: bool,
    /// The big multiplier the number ends with (`20萬` → 1e4), carried across ranges.
    pub scale: f64,
}

impl Num {
    /// A whole number from 1 to `max`, stated as such (no decimal, range,
    /// vague or positional numeral): a month, a day, a rank.
    pub fn small_int(&self, max: f64) -> Option<u32> {
        (!self.decimal
            && !self.vague
            && !self.ranged
            && !self.positional
            && self.low == self.high
            && self.low >= 1.0
            && self.low <= max)
            .then_some(self.low as u32)
    }
}

pub fn ascii_digit(c: char) -> Option<u32> {
    match c {
        '0'..='9' => Some(c as u32 - '0' as u32),
        '０'..='９' => Some(c as u32 - '０' as u32),
        _ => None,
    }
}

fn is_point(c: char) -> bool {
    c == '.' || c == '．'
}

/// A middle dot, the decimal point of older mainland print (`4·5%`, `11·92美元`).
pub fn is_middle_dot(c: char) -> bool {
    matches!(c, '·' | '・' | '•' | '‧')
}

/// Do the digits from `k` end at a percent sign, a multiplier or a unit? A
/// middle dot between digits is a decimal point only then: `3·15晚會` and
/// `5·12地震` name dates.
fn unit_after_digits(cs: &[char], mut k: usize) -> bool {
    while cs.get(k).is_some_and(|&c| ascii_digit(c).is_some()) {
        k += 1;
    }
    cs.get(k).is_some_and(|&c| {
        matches!(c, '%' | '％' | '‰') || big_unit(c).is_some() || place_unit(c).is_some()
    }) || lexicon::units().longest_prefix_chars(cs, k).is_some()
}

/// `,34,567` in `12,34,567`, `,50,000` in `1,50,000`: one or more commas
/// before two digits, then one before the last three (no digit after them).
/// Their end, else 0.
fn lakh_end(cs: &[char], mut k: usize) -> usize {
    let digit = |k: usize| cs.get(k).and_then(|&c| ascii_digit(c)).is_some();
    let mut pairs = 0;
    while cs.get(k) == Some(&',') && digit(k + 1) && digit(k + 2) {
        if digit(k + 3) {
            return if pairs > 0 && !digit(k + 4) { k + 4 } else { 0 };
        }
        pairs += 1;
        k += 3;
    }
    0
}

/// A plain Arabic number at `i`: value, end, integer digits, decimal, leading zero.
fn arabic(cs: &[char], i: usize) -> Option<(f64, usize, usize, bool, bool, bool)> {
    let mut j = i;
    let mut int: u64 = 0;
    let mut int_f = 0f64;
    let mut digits = 0;
    let mut group = 0; // digits since the last separator
    let mut separated = false;
    // 12,34,567: South Asian grouping (its commas end at `lakh`)
    let mut lakh = 0;
    while j < cs.len() {
        if let Some(d) = ascii_digit(cs[j]) {
            // (read only up to 15 digits, where it cannot overflow: no
            // overflow test, which wasm32 makes a 128-bit multiply call)
            int = int.wrapping_mul(10).wrapping_add(d as u64);
            int_f = int_f * 10.0 + d as f64;
            digits += 1;
            group += 1;
            j += 1;
        } else if (cs[j] == ','
            && (j < lakh || !separated && group <= 2 && {
                lakh = lakh_end(cs, j);
                j < lakh
            }))
            || (matches!(cs[j], ',' | '，' | '\u{a0}' | '\u{202f}' | '\u{2009}')
                && group >= 1
                && (separated && group == 3 || !separated && group <= 3)
                && (1..=3).all(|k| cs.get(j + k).and_then(|&c| ascii_digit(c)).is_some())
                && cs.get(j + 4).and_then(|&c| ascii_digit(c)).is_none())
        {
            separated = true;
            group = 0;
            j += 1;
        } else {
            break;
        }
    }
    if digits == 0 || (separated && group != 3) {
        return None;
    }
    let leading_zero = digits > 1 && ascii_digit(cs[i]) == Some(0);
    let mut value = if digits <= 15 { int as f64 } else { int_f };
    let mut decimal = false;
    let point = j + 1 < cs.len()
        && (is_point(cs[j]) || (is_middle_dot(cs[j]) && unit_after_digits(cs, j + 1)));
    if point && ascii_digit(cs[j + 1]).is_some() {
        let mut scale = 0.1;
        j += 1;
        while let Some(d) = cs.get(j).and_then(|&c| ascii_digit(c)) {
            value += d as f64 * scale;
            scale /= 10.0;
            j += 1;
        }
        decimal = true;
        // Round away binary noise from the digit-by-digit sum.
        value = (value * 1e9).round() / 1e9;
    }
    Some((value, j, digits, decimal, leading_zero, separated))
}

/// A Chinese numeral token.
#[derive(Clone, Copy, Debug)]
enum Tok {
    /// A digit, or two neighbouring digits (三四) or a vague digit (幾, 數) as (low, high).
    Digit(f64, f64),
    Zero,
    Place(f64),
    Big(f64),
    /// `點` followed by decimal digits.
    Fraction(f64),
}

/// Evaluate tokens with the low (`hi == false`) or high reading of each digit.
fn eval(toks: &[Tok], hi: bool) -> f64 {
    let mut total = 0.0;
    let mut section = 0.0;
    let mut current: Option<f64> = None;
    let mut last_big = f64::INFINITY;
    let mut last_place: Option<f64> = None;
    for (k, t) in toks.iter().enumerate() {
        match *t {
            Tok::Digit(l, h) => {
                let d = if hi { h } else { l };
                current = Some(current.map_or(d, |c| c * 10.0 + d));
            }
            Tok::Zero => {
                last_place = None;
            }
            Tok::Place(p) => {
                section += current.unwrap_or(1.0) * p;
                current = None;
                last_place = Some(p);
            }
            Tok::Big(b) => {
                let amount = section
                    + current.unwrap_or(if section == 0.0 && total == 0.0 {
                        1.0
                    } else {
                        0.0
                    });
                if b < last_big {
                    total += amount * b;
                    last_big = b;
                } else {
                    total = (total + amount) * b;
                    last_big = b;
                }
                section = 0.0;
                current = None;
                last_place = Some(b);
            }
            Tok::Fraction(f) => {
                // 一千六點五 = 1600.5: the digit after a unit is in the next lower place
                let lower = k >= 2
                    && matches!(toks[k - 1], Tok::Digit(..))
                    && matches!(toks[k - 2], Tok::Place(_) | Tok::Big(_));
                if let (true, Some(p), Some(c)) = (lower, last_place, current) {
                    if c < 10.0 {
                        current = Some(c * p / 10.0);
                    }
                }
                current = Some(current.unwrap_or(0.0) + f);
            }
        }
        // 兩萬五 = 25000, 三千五 = 3500: a last digit right after a unit counts in the next lower place.
        if k == toks.len() - 1 {
            if let (Tok::Digit(..), Some(p), Some(c)) = (t, last_place, current) {
                if k > 0 && matches!(toks[k - 1], Tok::Place(_) | Tok::Big(_)) && c < 10.0 {
                    current = Some(c * p / 10.0);
                }
            }
        }
    }
    total + section + current.unwrap_or(0.0)
}

/// Parse the number that starts at char `i` of `cs` (folded characters).
pub fn parse(cs: &[char], i: usize) -> Option<Num> {
    let c = *cs.get(i)?;
    if ascii_digit(c).is_some() {
        return parse_arabic(cs, i);
    }
    parse_chinese(cs, i)
}

fn parse_arabic(cs: &[char], i: usize) -> Option<Num> {
    let (value, mut j, int_digits, decimal, leading_zero, separated) = arabic(cs, i)?;
    let mut n = Num {
        start: i,
        end: j,
        low: value,
        high: value,
        arabic: true,
        int_digits,
        decimal,
        leading_zero,
        multiplied: false,
        vague: false,
        ranged: false,
        infix_approx: false,
        positional: false,
        lone_one: false,
        separated,
        bare_unit: false,
        scale: 1.0,
    };
    if let Some(n) = bare_fraction(cs, &n) {
        return Some(n);
    }
    if leading_zero {
        return Some(n);
    }
    // 300多萬, 30餘萬: an approximation between the digits and the multiplier.
    let infix = cs.get(j).is_some_and(|&c| Mark::InfixApprox.has(c))
        && cs
            .get(j + 1)
            .is_some_and(|&c| mult(c).is_some_and(|f| f >= 100.0))
        && !unit_starts_at(cs, j + 1);
    // A multiplier across a gap: only 萬 or 億 (`100 萬噸`), and not after a
    // list's number at the start of a line before a word (`- 10 萬科…`).
    let (factor, m) = match (infix, trailing_factor(cs, j)) {
        (true, _) => trailing_factor(cs, j + 1),
        (false, (1.0, _)) => {
            let (f, m) = spaced_factor(cs, j);
            let word = cs.get(m).is_some_and(|&c| crate::clean::is_han(c));
            if f >= 1e4 && !(word && list_number(cs, i, j)) {
                (f, m)
            } else {
                (1.0, j)
            }
        }
        (false, found) => found,
    };
    if factor == 1.0 {
        return Some(n);
    }
    let mut total = value * factor;
    j = m;
    if !infix {
        (total, j) = chain(cs, total, factor, j);
    }
    // 500萬餘億, 3千多萬: an approximation between two multipliers, the second the larger
    let mut infix = infix;
    if !infix && cs.get(j).is_some_and(|&c| Mark::InfixApprox.has(c)) {
        if let Some(b) = cs.get(j + 1).and_then(|&c| big_unit(c)) {
            let multiplier = |c: char| big_unit(c).is_some() || place_unit(c).is_some();
            if b > factor && !unit_starts_at(cs, j + 1) && cs.get(j - 1).is_some_and(|&c| multiplier(c)) {
                total *= b;
                j += 2;
                infix = true;
            }
        }
    }
    n.infix_approx = infix;
    n.multiplied = true;
    n.scale = if j == m { factor } else { 1.0 };
    n.end = j;
    n.low = round_sig(total);
    n.high = n.low;
    Some(n)
}

/// `.5`, `-.5`: a point with no digit before it, at the start of the text or
/// after a space, a sign or a bracket, makes the digits a fraction.
fn bare_fraction(cs: &[char], n: &Num) -> Option<Num> {
    let before = |k: usize| n.start.checked_sub(k).and_then(|k| cs.get(k).copied());
    let opens = before(2).is_none_or(|c| {
        c.is_whitespace() || matches!(c, '-' | '－' | '−' | '+' | '＋' | '(' | '（')
    });
    if !before(1).is_some_and(is_point) || !opens || n.decimal || n.separated {
        return None;
    }
    let scale = pow10(i32::try_from(n.int_digits).ok()?);
    let value = round_sig(n.low / scale);
    Some(Num {
        start: n.start - 1,
        low: value,
        high: value,
        int_digits: 0,
        decimal: true,
        leading_zero: false,
        ..n.clone()
    })
}

/// 5萬4千6百, 12億3000萬, 3萬4000, 1千零20, 2千零30萬, 7萬 5千 4百: the terms
/// after a multiplied first term (`total`, in the place `last`), each in a
/// lower place than the one before; the new total and where the terms end.
fn chain(cs: &[char], mut total: f64, mut last: f64, mut j: usize) -> (f64, usize) {
    let seen_big = last >= 1e4;
    loop {
        let zero = cs.get(j).and_then(|&c| digit(c)) == Some(0);
        let (k, spaced) = match (zero, gap(cs, j)) {
            (true, _) => (j + 1, false),
            (false, Some(k)) => (k, true),
            (false, None) => (j, false),
        };
        let Some((v, e, digits, decimal, false, _)) = arabic(cs, k) else {
            break;
        };
        let (f2, e2) = spaced_factor(cs, e);
        if f2 == 1.0 {
            // one digit right after a multiplier is the place below it, as in 三萬五:
            // 3萬5 = 35000, 4千6 = 4600; a last bare term is the number itself:
            // 3萬4000 (after 萬 or 億), 1千零20 (after 零)
            if !spaced && !zero && digits == 1 && !decimal && last >= 100.0 {
                total += v * last / 10.0;
                j = e;
            } else if !spaced && (zero || last >= 1e4) && v < last {
                total += v;
                j = e;
            }
            break;
        }
        if v * f2 < last {
            total += v * f2;
            last = f2;
            j = e2;
            continue;
        }
        // 2千零30萬: a big multiplier after the places multiplies them all; 10萬3000億 =
        // 10萬億 + 3000億: a bigger multiplier after a big one multiplies the whole
        if (zero && !seen_big && last < 1e4 && f2 >= 1e4) || (!zero && !spaced && last >= 1e4 && f2 > last) {
            total = (total + v) * f2;
            j = e2;
        }
        break;
    }
    (total, j)
}

/// A whole number of at most three digits (`i..j`) at the start of a line,
/// after nothing but spaces and list punctuation: an item's number.
fn list_number(cs: &[char], i: usize, j: usize) -> bool {
    if j - i > 3 || cs.get(j).is_some_and(|&c| is_point(c)) {
        return false;
    }
    let lead = cs[..i]
        .iter()
        .rev()
        .take(8)
        .find(|&&c| !matches!(c, ' ' | '\t' | '-' | '•' | '*' | '·' | '#' | '(' | '（'));
    lead.is_none_or(|&c| c == '\n')
}

/// Where one or two spaces starting at `j` end, when a numeral character
/// follows them (`1000  萬`, `7萬 5千`, `一百 五 十 二`: text extracted from PDFs).
fn gap(cs: &[char], j: usize) -> Option<usize> {
    let spaces = (0..2).take_while(|&k| cs.get(j + k) == Some(&' ')).count();
    (spaces > 0).then_some(j + spaces)
}

/// The multipliers after digits ending at `j`, also across a gap (`1000  萬`).
fn spaced_factor(cs: &[char], j: usize) -> (f64, usize) {
    let (f, m) = trailing_factor(cs, j);
    if f != 1.0 {
        return (f, m);
    }
    match gap(cs, j) {
        Some(k) if cs.get(k).is_some_and(|&c| mult(c).is_some()) => {
            let (f, m) = trailing_factor(cs, k);
            if f == 1.0 {
                (1.0, j)
            } else {
                (f, m)
            }
        }
        _ => (1.0, j),
    }
}

/// The product of the multipliers from `j` on (十 after Arabic digits is
/// rare and usually a word, so only 百 and up count) and where they end.
fn trailing_factor(cs: &[char], mut j: usize) -> (f64, usize) {
    let mut f = 1.0;
    // 3個億: colloquial 個 before 億
    if let Some((m, len)) = colloquial_big(cs, j) {
        return (m, j + len);
    }
    while let Some(m) = cs
        .get(j)
        .and_then(|&c| mult(c))
        .filter(|&m| m >= 100.0 && !unit_starts_at(cs, j))
    {
        f *= m;
        j += 1;
    }
    (f, j)
}

/// Does a unit word that begins with a multiplier character start at `k`
/// (`千克`, `千米`, `千瓦時`, `兆瓦`, `百分點`)? Then that character is no multiplier.
fn unit_starts_at(cs: &[char], k: usize) -> bool {
    lexicon::not_multipliers().longest_prefix_chars(cs, k).is_some()
        || lexicon::units()
            .longest_prefix_chars(cs, k)
            .is_some_and(|(e, _)| e > k + 1)
}

/// A colloquial multiplier at `j` (`十個億`, `3個億`: 十億, 3億): its value
/// and length. Not before another multiplier (`三個億萬富翁`: three
/// billionaires) nor where its multiplier starts a unit.
fn colloquial_big(cs: &[char], j: usize) -> Option<(f64, usize)> {
    let (value, len) = lexicon::colloquial_multiplier_at(cs, j)?;
    let last = j + len - 1;
    if cs.get(last + 1).is_some_and(|&c| big_unit(c).is_some()) || unit_starts_at(cs, last) {
        return None;
    }
    Some((value, len))
}

/// A multiplier after digits: 十 百 千 萬 億 兆.
fn mult(c: char) -> Option<f64> {
    big_unit(c).or_else(|| place_unit(c).map(f64::from))
}

/// Remove floating error from decimal × power-of-ten products (729.91 × 1e8).
fn round_sig(v: f64) -> f64 {
    round_to(v, 12)
}

/// `v` to `digits` significant digits above its magnitude: removes binary noise
/// from decimal arithmetic (729.91 × 1e8, 1/3 × 100) without losing stated digits.
pub fn round_to(v: f64, digits: i32) -> f64 {
    if v == 0.0 || !v.is_finite() {
        return v;
    }
    // floor(log10 |v|) from the binary exponent (log10 2 ≈ 1233/4096), then
    // corrected by one comparison: log10 would link a libm routine into the wasm.
    let a = v.abs();
    let exp = ((a.to_bits() >> 52) & 0x7ff) as i32 - 1023;
    let mut mag = (exp * 1233) >> 12;
    if a >= pow10(mag + 1) {
        mag += 1;
    } else if a < pow10(mag) {
        mag -= 1;
    }
    let scale = pow10(digits - mag);
    if scale.is_finite() && scale > 0.0 {
        (v * scale).round() / scale
    } else {
        v
    }
}

/// 10^e. Every figure is rounded, and `powi` is a multiplication loop in
/// wasm: exponents up to 22 (each power exact in f64) come from a table, with
/// the value `powi` gives (10^-e as 1/10^e, both correctly rounded).
fn pow10(e: i32) -> f64 {
    const P: [f64; 23] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
        1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ];
    match P.get(e.unsigned_abs() as usize) {
        Some(&p) if e >= 0 => p,
        Some(&p) => 1.0 / p,
        None => 10f64.powi(e),
    }
}

/// A Chinese numeral's tokens, and what the lexing noticed.
struct Lexed {
    toks: Vec<Tok>,
    end: usize,
    vague: bool,
    ranged: bool,
    digits_only: bool,
    infix: bool,
}

/// The digits after a Chinese decimal point from `k` (`三點一四`): the fraction and its end.
fn fraction_digits(cs: &[char], mut k: usize) -> (f64, usize) {
    let mut f = 0.0;
    let mut scale = 0.1;
    while let Some(d) = cs.get(k).and_then(|&c| digit(c)) {
        f += d as f64 * scale;
        scale /= 10.0;
        k += 1;
    }
    ((f * 1e9).round() / 1e9, k)
}

/// `兩、三年`, `七、八十`: the list comma at `j` joins the numeral's one digit to the next
/// one up, a spoken range; its high digit. `一、二、三` is a list.
fn comma_range(cs: &[char], i: usize, j: usize, toks: &[Tok], zeros: bool) -> Option<f64> {
    let comma = cs[j];
    let next = cs.get(j + 1).and_then(|&n| digit(n)).map(f64::from)?;
    let listed =
        cs.get(j + 2) == Some(&comma) || i.checked_sub(1).and_then(|k| cs.get(k)) == Some(&comma);
    match toks {
        [Tok::Digit(l, h)] if l == h && next == l + 1.0 && !listed && !zeros => Some(next),
        _ => None,
    }
}

/// 兩 right after a digit is the weight unit (三兩), except in 一兩 (one or
/// two); so it is after a unit when no unit follows it (三十兩, 兩萬兩: 兩 is
/// never a last digit, which is 二: 三十二).
fn liang_is_unit(prev: Option<Tok>, cs: &[char], j: usize) -> bool {
    match prev {
        Some(Tok::Digit(l, h)) => !(l == 1.0 && h == 1.0),
        Some(Tok::Place(_) | Tok::Big(_)) => !cs
            .get(j + 1)
            .is_some_and(|&n| place_unit(n).is_some() || big_unit(n).is_some()),
        _ => false,
    }
}

/// 二十多萬, 一百多億, 二十多個億, 三十萬多億: may the approximation at `j`
/// stand before the multiplier after it?
fn infix_before_big(prev: Option<Tok>, cs: &[char], j: usize) -> bool {
    let after = match prev {
        Some(Tok::Digit(..) | Tok::Place(_)) => true,
        // between two multipliers, the second the larger
        Some(Tok::Big(b)) => cs
            .get(j + 1)
            .and_then(|&n| big_unit(n))
            .is_some_and(|n| n > b),
        _ => false,
    };
    after
        && (cs
            .get(j + 1)
            .is_some_and(|&n| big_unit(n).is_some() && !unit_starts_at(cs, j + 1))
            || colloquial_big(cs, j + 1).is_some())
}

/// Does a multiplier (`萬`, `億`, colloquial `個億`) start at `j`, and no unit word?
fn big_follows(cs: &[char], j: usize) -> bool {
    cs.get(j).is_some_and(|&n| big_unit(n).is_some() && !unit_starts_at(cs, j)) || colloquial_big(cs, j).is_some()
}

/// The tokens of the Chinese numeral at `i` (trailing zeros included).
fn lex_chinese(cs: &[char], i: usize) -> Lexed {
    let mut toks: Vec<Tok> = Vec::new();
    let mut j = i;
    let mut vague = false;
    let mut ranged = false;
    let mut digits_only = true;
    let mut zeros = false;
    let mut infix = false;
    while j < cs.len() {
        let c = cs[j];
        let prev = toks.last().copied();
        if c == Mark::ListComma.ch() {
            match comma_range(cs, i, j, &toks, zeros) {
                Some(high) => {
                    toks[0] = Tok::Digit(high - 1.0, high);
                    ranged = true;
                    j += 2;
                    continue;
                }
                None => break,
            }
        }
        if let Some(d) = digit(c) {
            if c == Mark::Liang.ch() && liang_is_unit(prev, cs, j) {
                break;
            }
            if d == 0 {
                if matches!(prev, Some(Tok::Digit(..))) && digits_only {
                    toks.push(Tok::Digit(0.0, 0.0));
                } else {
                    toks.push(Tok::Zero);
                }
                zeros = true;
            } else {
                let d = d as f64;
                match prev {
                    // 三四十, 一兩, 三五年: neighbouring digits (and the spoken pairs) are a
                    // range, but not inside a run of digits (一九七八年 is a year)
                    Some(Tok::Digit(l, h))
                        if l == h
                            && (d == l + 1.0
                                || (l == 1.0 && c == Mark::Liang.ch())
                                || lexicon::zh::SPOKEN_PAIRS.contains(&(l as u8, d as u8)))
                            && !zeros
                            && !(digits_only && toks.len() >= 2) =>
                    {
                        toks.pop();
                        toks.push(Tok::Digit(l, d));
                        ranged = true;
                    }
                    _ => toks.push(Tok::Digit(d, d)),
                }
            }
        } else if c == Mark::Few.ch() && matches!(prev, Some(Tok::Place(_) | Tok::Zero)) {
            // 十幾, 二十幾萬, 一百零幾萬: a vague last digit after a place unit or a zero says
            // "more than" what comes before it, as 多 does (二十多萬): the zero goes with it,
            // and only a multiplier may follow
            if matches!(prev, Some(Tok::Zero)) {
                toks.pop();
            }
            infix = true;
            j += 1;
            if !big_follows(cs, j) {
                break;
            }
            continue;
        } else if c == Mark::Few.ch()
            || (c == Mark::Several.ch()
                && toks.is_empty()
                && cs
                    .get(j + 1)
                    .is_some_and(|&n| place_unit(n).is_some() || big_unit(n).is_some()))
        {
            // 幾十, 數百 (2–9 of them) before a place unit
            toks.push(Tok::Digit(2.0, 9.0));
            vague = true;
        } else if (place_unit(c).is_some() || big_unit(c).is_some())
            && !toks.is_empty()
            && unit_starts_at(cs, j)
        {
            break;
        } else if let Some(p) = place_unit(c) {
            if matches!(prev, Some(Tok::Place(q)) if q <= p as f64) {
                break;
            }
            digits_only = false;
            toks.push(Tok::Place(p as f64));
        } else if Mark::InfixApprox.has(c) && !infix && infix_before_big(prev, cs, j)
        {
            // 二十多萬, 一百多億, 二十多個億: an approximation before the multiplier
            infix = true;
        } else if let Some((b, len)) = big_unit(c)
            .map(|b| (b, 1))
            .or_else(|| colloquial_big(cs, j))
        {
            // 十個億: colloquial 個 before 億 (one token for both chars)
            j += len - 1;
            digits_only = false;
            toks.push(Tok::Big(b));
        } else if c == Mark::Point.ch()
            // 零点五: a leading zero before the point too; 四百億點零五 = 40000000000.05
            && (matches!(prev, Some(Tok::Digit(..) | Tok::Place(_) | Tok::Big(_)))
                || (toks.len() == 1 && matches!(prev, Some(Tok::Zero))))
            && cs.get(j + 1).and_then(|&c| digit(c)).is_some()
        {
            if matches!(prev, Some(Tok::Zero)) {
                toks[0] = Tok::Digit(0.0, 0.0);
            }
            let (f, k) = fraction_digits(cs, j + 1);
            toks.push(Tok::Fraction(f));
            j = k;
            continue;
        } else if let Some(t) = lexicon::tens(c).filter(|_| toks.is_empty()) {
            // 廿七 = 27: two tokens, as 二十七
            digits_only = false;
            toks.push(Tok::Digit(f64::from(t), f64::from(t)));
            toks.push(Tok::Place(10.0));
        } else {
            break;
        }
        j += 1;
    }
    Lexed {
        toks,
        end: j,
        vague,
        ranged,
        digits_only,
        infix,
    }
}

fn parse_chinese(cs: &[char], i: usize) -> Option<Num> {
    if let Some(n) = parse_spaced(cs, i) {
        return Some(n);
    }
    let mut lexed = lex_chinese(cs, i);
    // Trailing zero tokens belong to no number (一百零 is not a number).
    while matches!(lexed.toks.last(), Some(Tok::Zero)) {
        lexed.toks.pop();
        lexed.end -= 1;
    }
    let end = lexed.end;
    chinese_num(i, end, lexed)
}

/// At most this many space-separated pieces make one Chinese numeral, of at
/// most this many characters in all (the joining stays linear).
const MAX_PIECES: usize = 12;
const MAX_SPACED_CHARS: usize = 64;

/// May this character be part of a Chinese numeral written with spaces?
fn spaced_char(c: char) -> bool {
    digit(c).is_some() || gap_joins(c)
}

/// Does a gap next to this character join two pieces of a numeral? A place
/// unit, a multiplier, a point or an approximation does (`一百 五`, `二 十`,
/// `四百 點 五`, `十 餘 萬`); two digits never do (`一 二 三` is a list).
fn gap_joins(c: char) -> bool {
    place_unit(c).is_some()
        || big_unit(c).is_some()
        || c == Mark::Point.ch()
        || c == Mark::Few.ch()
        || Mark::InfixApprox.has(c)
}

/// `一百 五 十 二`, `三千 八百 九十六 萬`, `四百 點 五`, `十 餘 萬`: a Chinese
/// numeral whose characters are set apart by one or two spaces (text
/// extracted from PDFs). The pieces join only when every joined piece is
/// read whole into one well-formed numeral (`三十 五十` are two numbers).
fn parse_spaced(cs: &[char], i: usize) -> Option<Num> {
    // Most numerals have no gap: look before building anything.
    let first = i + cs[i..]
        .iter()
        .take(MAX_SPACED_CHARS)
        .take_while(|&&c| spaced_char(c))
        .count();
    let joins = |k: usize| {
        cs.get(k).is_some_and(|&r| spaced_char(r))
            && (gap_joins(cs[k]) || cs.get(first.wrapping_sub(1)).is_some_and(|&l| gap_joins(l)))
    };
    if first == i || !gap(cs, first).is_some_and(joins) {
        return None;
    }
    let mut compact: Vec<char> = Vec::new();
    let mut at: Vec<usize> = Vec::new();
    let mut bounds: Vec<usize> = Vec::new();
    let mut j = i;
    loop {
        while let Some(&c) = cs.get(j) {
            let unit = (place_unit(c).is_some() || big_unit(c).is_some()) && unit_starts_at(cs, j);
            if !spaced_char(c) || unit || compact.len() >= MAX_SPACED_CHARS {
                break;
            }
            compact.push(c);
            at.push(j);
            j += 1;
        }
        if compact.len() == bounds.last().copied().unwrap_or(0) {
            break;
        }
        bounds.push(compact.len());
        let Some(k) = gap(cs, j) else { break };
        let (Some(&l), Some(&r)) = (compact.last(), cs.get(k)) else {
            break;
        };
        if bounds.len() >= MAX_PIECES || !spaced_char(r) || !(gap_joins(l) || gap_joins(r)) {
            break;
        }
        j = k;
    }
    if bounds.len() < 2 {
        return None;
    }
    bounds[1..].iter().rev().find_map(|&b| {
        let lexed = lex_chinese(&compact[..b], 0);
        let whole = lexed.end == b
            && !matches!(lexed.toks.last(), Some(Tok::Zero))
            && well_formed(&lexed.toks);
        whole.then(|| chinese_num(i, at[b - 1] + 1, lexed)).flatten()
    })
}

/// Place units fall within each section and multipliers fall between
/// sections (`三十五十`, `一百一千`, `一萬二萬` are no numerals).
fn well_formed(toks: &[Tok]) -> bool {
    let mut place = f64::INFINITY;
    let mut big = f64::INFINITY;
    let mut since_big = false;
    for t in toks {
        match *t {
            Tok::Place(p) => {
                if p >= place {
                    return false;
                }
                place = p;
                since_big = true;
            }
            Tok::Big(b) => {
                if b >= big && since_big {
                    return false;
                }
                big = b;
                place = f64::INFINITY;
                since_big = false;
            }
            Tok::Digit(..) | Tok::Zero => since_big = true,
            Tok::Fraction(_) => {}
        }
    }
    true
}

/// The number a Chinese numeral's tokens state, from char `i` to `j`.
fn chinese_num(i: usize, j: usize, lexed: Lexed) -> Option<Num> {
    let Lexed {
        toks,
        vague,
        ranged,
        digits_only,
        infix,
        ..
    } = lexed;
    if toks.is_empty() {
        return None;
    }
    let has_digit = toks.iter().any(|t| matches!(t, Tok::Digit(..)));
    // 十 alone is ten (十年, 十九); 萬 or 百 alone needs a qualifier (近萬名, 百餘家).
    let bare_unit = !has_digit && !matches!(toks[0], Tok::Place(p) if p == 10.0);
    let n_digits = toks.iter().filter(|t| matches!(t, Tok::Digit(..))).count();
    let positional = digits_only && n_digits >= 2 && !ranged && !vague;
    let (low, high) = if positional {
        let v = toks.iter().fold(0.0, |acc, t| match t {
            Tok::Digit(l, _) => acc * 10.0 + l,
            _ => acc,
        });
        (v, v)
    } else {
        (round_sig(eval(&toks, false)), round_sig(eval(&toks, true)))
    };
    let lone_one = toks.len() == 1 && matches!(toks[0], Tok::Digit(l, h) if l == 1.0 && h == 1.0);
    Some(Num {
        start: i,
        end: j,
        low,
        high,
        arabic: false,
        int_digits: 0,
        decimal: toks.iter().any(|t| matches!(t, Tok::Fraction(_))),
        leading_zero: false,
        multiplied: toks.iter().any(|t| matches!(t, Tok::Big(_))),
        vague,
        ranged,
        infix_approx: infix,
        positional,
        lone_one,
        separated: false,
        bare_unit,
        scale: toks
            .iter()
            .rev()
            .map_while(|t| if let Tok::Big(b) = t { Some(*b) } else { None })
            .product(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::fold::fold;

    fn num(s: &str) -> Num {
        let cs: Vec<char> = fold(s).chars().collect();
        parse(&cs, 0).unwrap_or_else(|| panic!("no number in {s}"))
    }

    fn val(s: &str) -> f64 {
        let n = num(s);
        assert_eq!(n.low, n.high, "{s} is a range");
        n.low
    }

    #[test]
    fn the_powers_table_equals_powi() {
        for e in -40..=40 {
            assert_eq!(pow10(e), 10f64.powi(e), "10^{e}");
        }
        assert_eq!(round_to(729.91 * 1e8, 12), 72_991_000_000.0);
        assert_eq!(round_to(1.0 / 3.0 * 100.0, 10), 33.333333333);
    }

    #[test]
    fn a_unit_word_stops_a_multiplier() {
        // 千克, 百分點, 千瓦時: the multiplier char starts a unit; 千 before 元 does not.
        for (s, k, want) in [
            ("3千克", 1, true),
            ("2百分点", 1, true),
            ("5千瓦时", 1, true),
            ("3千元", 1, false),
            ("3千", 1, false),
        ] {
            let cs: Vec<char> = s.chars().collect();
            assert_eq!(unit_starts_at(&cs, k), want, "{s}");
        }
    }

    #[test]
    fn arabic_numbers() {
        for (s, v) in [
            ("729.91億", 72_991_000_000.0),
            ("1.29萬", 12_900.0),
            ("3,456.7", 3456.7),
            ("1，234", 1234.0),
            ("２１８．５", 218.5),
            ("3萬4000", 34_000.0),
            ("25萬6千", 256_000.0),
            ("12億3000萬", 1_230_000_000.0),
            ("1.2萬億", 1.2e12),
            ("1.2万亿", 1.2e12),
            ("1,100萬", 11_000_000.0),
            ("1800萬", 18_000_000.0),
            ("3千萬", 3e7),
        ] {
            assert_eq!(val(s), v, "{s}");
        }
    }

    #[test]
    fn separators_need_groups_of_three() {
        assert_eq!(val("1,23"), 1.0);
        assert_eq!(val("12，3456"), 12.0);
        assert_eq!(num("2021，2022").end, 4);
    }

    #[test]
    fn chinese_numbers() {
        for (s, v) in [
            ("兩萬三千五百", 23_500.0),
            ("十九", 19.0),
            ("一百零五", 105.0),
            ("三千零五十", 3050.0),
            ("二〇二一", 2021.0),
            ("一九九八", 1998.0),
            ("壹萬貳仟", 12_000.0),
            ("兩萬五", 25_000.0),
            ("三千五", 3500.0),
            ("七十八點三", 78.3),
            ("十", 10.0),
            ("一億兩千萬", 1.2e8),
        ] {
            assert_eq!(val(s), v, "{s}");
        }
    }

    #[test]
    fn ranges_and_vague() {
        let n = num("三四十");
        assert_eq!((n.low, n.high, n.ranged), (30.0, 40.0, true));
        let n = num("五六萬");
        assert_eq!((n.low, n.high), (50_000.0, 60_000.0));
        let n = num("十幾");
        assert_eq!((n.low, n.high, n.vague, n.infix_approx, n.end), (10.0, 10.0, false, true, 2));
        let n = num("一百零幾萬");
        assert_eq!((n.low, n.infix_approx, n.end), (1e6, true, 5));
        let n = num("數十");
        assert_eq!((n.low, n.high, n.vague), (20.0, 90.0, true));
        let n = num("幾百");
        assert_eq!((n.low, n.high), (200.0, 900.0));
    }

    #[test]
    fn approximation_before_a_chinese_multiplier() {
        for (t, v, end) in [
            ("二十多萬人", 2e5, 4),
            ("一百多億", 1e10, 4),
            ("十多萬", 1e5, 3),
            ("二十多個億", 2e9, 5),
            ("三千餘萬", 3e7, 4),
        ] {
            let n = num(t);
            assert_eq!((n.low, n.end, n.infix_approx), (v, end, true), "{t}");
        }
        // 多 not before a multiplier is not part of the number.
        assert_eq!(num("二十多家").end, 2);
        assert_eq!(num("二十多萬元").low, 2e5);
    }

    #[test]
    fn liang_after_a_digit_is_a_unit() {
        assert_eq!(num("三兩").end, 1);
        let n = num("一兩");
        assert_eq!((n.low, n.high), (1.0, 2.0));
    }

    #[test]
    fn flags() {
        assert!(num("002447").leading_zero);
        assert!(num("一").lone_one);
        assert!(num("萬").bare_unit);
        assert!(num("300多萬").infix_approx);
        assert_eq!(val("300多萬"), 3e6);
        let n = num("3千多萬元");
        assert_eq!((n.low, n.end, n.infix_approx), (3e7, 4, true));
    }
}
