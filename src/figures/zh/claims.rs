//! Chinese forms that decide what a number is before any unit is read:
//! names (`十九大`, `80後`), ranks (`第三`), periods (`前4個月`, `一季度`),
//! two numbers read as one (`1-5月`, `1.49:1`, `三分之一`), identifiers
//! (`(002447)`, `010-12345678`), and bare numerals that are words.

use super::{is_range_connector, skip_gap, spaced_word};
use super::qualifiers::prefix;
use crate::figures::shared::draft::{round, Draft};
use crate::figures::shared::numeral::{self, ascii_digit, Num};
use crate::figures::shared::text::BlockText;
use crate::lexicon::dates::DateMark;
use crate::lexicon::zh::{self, Mark};
use crate::lexicon::{self, digit, place_unit};
use crate::model::Kind;

/// Names, generations, ranks and period numbers.
pub fn named(bt: &BlockText, n: &Num) -> Option<Result<Draft, usize>> {
    let skip = Some(Err(n.end));
    let before = n.start.checked_sub(1).and_then(|k| bt.get(k));
    let after = bt.get(n.end);
    let ordinal = before == Some(Mark::Ordinal.ch());
    // 登陸, 拾起, 入伍: a financial numeral alone that is a word (萬分之肆 is read by its words),
    // or before plain digits (水陸一票: financial numerals write place units, 陸拾壹)
    let wordlike = bt.get(n.start).is_some_and(|c| zh::WORDLIKE_NUMERALS.contains(&c));
    if wordlike && (n.end == n.start + 1 || n.positional) {
        return skip;
    }
    // 大陸千名學生, 隊伍百人: the numeral starts after a word that ends in one
    if bt.get(n.start).is_some_and(|c| zh::WORDLIKE_NUMERALS.contains(&c))
        && bt
            .lex_before(n.start.saturating_sub(1), n.start + 1, lexicon::wordlike_numeral_words())
            .is_some()
    {
        return Some(Err(n.start + 1));
    }
    // 3·15晚會, 9·11事件, 7·20暴雨: a date that names an event (a middle dot
    // before a unit was read as a decimal point: 4·5%)
    if n.arabic && after.is_some_and(numeral::is_middle_dot) {
        let mut e = n.end + 1;
        while bt.get(e).and_then(ascii_digit).is_some() {
            e += 1;
        }
        if e > n.end + 1 {
            return Some(Err(e));
        }
    }
    // 80後, 九零後, 00後: a generation (born in that decade or half), no quantity
    if after == Some(Mark::Generation.ch())
        && (n.arabic && n.int_digits == 2 || n.positional && n.end - n.start == 2)
        && !n.decimal
        && (n.low as u64) % 5 == 0
    {
        return Some(Err(n.end + 1));
    }
    if !ordinal {
        if let Some(d) = session(bt, n) {
            return Some(Ok(d));
        }
    }
    // 十九大, 一大, 大地震: names (六大品牌, 十九大: see `big`)
    if let Some((e, _)) = bt.lex_at(n.end, lexicon::name_suffixes()).filter(|_| !ordinal && !n.decimal) {
        if e == n.end + 1 && after == Some(Mark::Largest.ch()) {
            if let Some(d) = big(bt, n) {
                return Some(Ok(d));
            }
        }
        return skip;
    }
    // 台北101, 7-11: a name written with the number
    if let Some(e) = number_name(bt, n) {
        return Some(Err(e));
    }
    if ordinal {
        return Some(rank(bt, n));
    }
    // Period phrases are context, not figures: 前4個月, 一季度, 兩年平均 (but 大選前一年左右
    // is a length of time: an approximation after the unit makes it one)
    if before == Some(Mark::FirstN.ch())
        && (bt
            .lex_at(n.end, lexicon::units())
            .is_some_and(|(e, r)| {
                zh::UNITS[r].kind == Kind::Duration && bt.lex_at(e, lexicon::approx_after()).is_none()
            })
            || bt.get(n.end) == Some(Mark::Season.ch()))
    {
        return skip;
    }
    if bt.starts(n.end, Mark::Quarter.word()).is_some()
        || (bt.starts(n.end, Mark::YearAverage.word()).is_some() && !n.arabic)
    {
        return skip;
    }
    None
}

/// `十八屆三中全會`, `十九屆中央委員會`: the session's number is a rank (as `第十八屆` is);
/// `三中全會` (the third plenum) too. `連續三屆` stays a count of terms.
fn session(bt: &BlockText, n: &Num) -> Option<Draft> {
    // most numbers are followed by neither: one look at the next character first
    let next = bt.get(n.end)?;
    if !zh::SESSION_STARTS.contains(&next) {
        return None;
    }
    let v = n.small_int(1000.0).filter(|_| !n.decimal && !n.multiplied && !n.vague)? as f64;
    // 下一屆, 每一屆: a session told from this one, no rank (第一屆 is an ordinal's)
    let before = n.start.checked_sub(1).and_then(|k| bt.get(k));
    if n.lone_one && before.is_some_and(|c| c != Mark::Ordinal.ch() && zh::NOT_ONE_SPAN_AFTER.contains(&c)) {
        return None;
    }
    // 三中全會: the plenum's number
    if bt.starts(n.end, Mark::Plenum.word()).is_some() {
        let (e, _) = bt.lex_at(n.end, lexicon::name_suffixes())?;
        return Some(Draft::new(n.start, e, Kind::Rank, Some(v)));
    }
    let e = bt.starts(n.end, Mark::Session.word())?;
    (super::plenum_at(bt, e) || bt.lex_at(e, lexicon::session_bodies()).is_some())
        .then(|| Draft::new(n.start, e, Kind::Rank, Some(v)))
}

/// `六大軍種`, `五大洲`: a number of the great ones of a kind is a count (two to ten, a
/// noun after it); `十九大`, `中共七大` (a party congress) are ranks; `一大早`, `十大` alone,
/// `九合一大選` are neither.
fn big(bt: &BlockText, n: &Num) -> Option<Draft> {
    let v = n.small_int(100.0).filter(|_| !n.multiplied && !n.vague && !n.ranged)?;
    let e = n.end + 1;
    let congress = bt.lex_before(n.start.saturating_sub(3), n.start, lexicon::congress_leads()).is_some()
        || (!n.arabic && v >= 11);
    if congress {
        return Some(Draft::new(n.start, e, Kind::Rank, Some(v as f64)));
    }
    let noun = bt
        .get(e)
        .is_some_and(|c| crate::clean::is_han(c) && !zh::NOT_BIG_COUNT_BEFORE.contains(&c) && !numeral::could_start(c));
    (noun && (2..=10).contains(&v)).then(|| Draft::new(n.start, e, Kind::Count, Some(v as f64)))
}

/// The end of a name of `zh::NUMBER_NAMES` that covers the number `n`
/// (no name has more than two characters before its number: `台北101`).
fn number_name(bt: &BlockText, n: &Num) -> Option<usize> {
    // every name's number has at most three digits
    if n.int_digits > 3 || n.decimal {
        return None;
    }
    let start = n.start;
    // (lex_at asks the names' first-character filter before anything else)
    (0..=2)
        .filter_map(|k| start.checked_sub(k))
        .find_map(|s| bt.lex_at(s, lexicon::number_names()))
        .map(|(e, _)| e)
        .filter(|&e| e > start)
}

/// 第二, 第三批, 第一名, 第3天, 第三高; 第一季度 is a period, 第一產業 a name.
fn rank(bt: &BlockText, n: &Num) -> Result<Draft, usize> {
    let skip = Err(n.end);
    // 第一季度, 今年第三季, 第三季營收: a quarter is a period; 第二季 of a series is a rank
    if bt.get(n.end) == Some(Mark::Season.ch()) && quarter(bt, n) {
        return skip;
    }
    let v = n.small_int(1e6).ok_or(n.end)?;
    let mut end = n.end;
    if let Some((e, row)) = bt.lex_at(end, lexicon::units()) {
        // (第二塊金牌: 塊 is a measure word after 第)
        if (zh::UNITS[row].kind == Kind::Count || zh::UNITS[row].rule == lexicon::units::UnitRule::Kuai)
            && bt
                .lex_at(end, lexicon::not_units())
                .is_none_or(|(ne, _)| ne < e)
        {
            end = e;
        }
    }
    // 第5期, 第二波, 第三回合: words that keep a rank a rank (第一線, 第三方 stay names)
    if end == n.end {
        if let Some((e, _)) = bt.lex_at(end, lexicon::rank_words()) {
            end = e;
        }
    }
    // 第二大城市; not 第76屆大會 (大 after a measure word begins a noun)
    if end == n.end && bt.get(end) == Some(Mark::Largest.ch()) {
        end += 1;
    }
    if let Some((e, _)) = bt
        .lex_at(end, lexicon::units())
        .filter(|&(_, r)| end == n.end && zh::UNITS[r].kind == Kind::Duration)
    {
        end = e; // 第3天
    }
    // 第一產業, 第三方, 第一時間: a name, not a rank (but no name counts in
    // 萬: 第3萬回, 第十萬位 are ranks)
    if end == n.end
        && !n.multiplied
        && bt
            .get(end)
            .is_some_and(|c| {
                crate::clean::is_han(c) && !is_superlative(c) && !zh::RANK_ENDS_BEFORE.contains(&c)
            })
    {
        return skip;
    }
    if bt.get(end).is_some_and(is_superlative) && end == n.end {
        end += 1; // 第三高, 第5號
    }
    Ok(Draft::new(n.start - 1, end, Kind::Rank, Some(v as f64)))
}

/// Is `第N季` (季 at `n.end`) a quarter of a year, a period: a year just before it (`今年第三季`,
/// `2023年第三季`), a word of accounts after it (`第三季度`, `第三季營收`), or no word of a
/// series near it? A season of a series (`該劇第二季`, `第五季`) is a rank.
fn quarter(bt: &BlockText, n: &Num) -> bool {
    let year_before = n.start.checked_sub(2).and_then(|k| bt.get(k)) == Some(DateMark::Year.ch());
    if year_before || bt.lex_at(n.end + 1, lexicon::quarter_after()).is_some() {
        return true;
    }
    // a fifth season is no quarter; else a word of a series near it (該劇第二季, 第二季收視)
    let series = (n.start.saturating_sub(12)..(n.end + 12).min(bt.len()))
        .any(|k| bt.lex_at(k, lexicon::series_words()).is_some());
    n.small_int(4.0).is_some() && !series
}

fn is_superlative(c: char) -> bool {
    zh::RANK_SUPERLATIVES.contains(&c)
}

/// Month spans (`1-5月`, periods), ratios (`1.49:1`, `1比3`) and fractions
/// (`三分之一`, `1/3`).
pub fn pair(bt: &BlockText, n: &Num, floor: usize) -> Option<Result<Draft, usize>> {
    if let Some(resume) = month_span(bt, n) {
        return Some(Err(resume));
    }
    // `1/8決賽`: a round of a cup, a name.
    if matches!(bt.get(n.end), Some('/' | '／')) {
        let m = numeral::parse(&bt.cs, n.end + 1)?;
        if bt.lex_at(m.end, lexicon::name_suffixes()).is_some() {
            return Some(Err(m.end));
        }
    }
    if let Some(d) = mixed(bt, n, floor) {
        return Some(Ok(d));
    }
    ratio(bt, n, floor).or_else(|| fraction(bt, n, floor).map(Ok))
}

/// 三又三分之一, 3又1/2, 負一又二分之一: a whole number and a proper fraction
/// are one number (no share of a whole), with the unit after it if any.
fn mixed(bt: &BlockText, n: &Num, floor: usize) -> Option<Draft> {
    if n.vague || n.ranged || n.bare_unit || n.decimal {
        return None;
    }
    let k = spaced_word(bt, n.end, Mark::AndAFraction.word())?;
    let k = skip_gap(bt, k);
    let a = numeral::parse(&bt.cs, k).filter(|m| !m.vague && !m.bare_unit && !m.ranged)?;
    let (num, den, end) = if let Some(p) = spaced_word(bt, a.end, Mark::PartsOf.word()) {
        let b = numeral::parse(&bt.cs, skip_gap(bt, p)).filter(|m| !m.vague && !m.bare_unit)?;
        (b.low, a.low, b.end)
    } else if matches!(bt.get(a.end), Some('/' | '／')) {
        let b = numeral::parse(&bt.cs, a.end + 1).filter(|m| m.arabic && !m.decimal)?;
        (a.low, b.low, b.end)
    } else {
        return None;
    };
    if !(den > 0.0 && num < den && num.fract() == 0.0 && den.fract() == 0.0) {
        return None;
    }
    let (mut start, approx) = prefix(bt, n.start, floor);
    let mut value = n.low + num / den;
    if let Some(s) = bt.ends(n.start, Mark::Negative.word()).filter(|&s| s >= floor) {
        (start, value) = (s, -value);
    }
    let mut d = Draft::new(start, end, Kind::Number, Some(round(value)));
    if let Some(t) = super::tail::read_tail(bt, end, false, true, a.arabic) {
        d.kind = t.kind;
        d.unit = t.unit;
        d.end = t.end;
        d.value = Some(round(value * t.factor));
    }
    d.approximate = approx;
    Some(d)
}

/// Month ranges (1-5月) are periods: where they end.
fn month_span(bt: &BlockText, n: &Num) -> Option<usize> {
    // a positional Chinese numeral (二〇二一) is a year, not a month
    if (!n.arabic && n.positional) || !bt.get(n.end).is_some_and(is_range_connector) {
        return None;
    }
    let m = numeral::parse(&bt.cs, n.end + 1)?;
    (bt.get(m.end) == Some(DateMark::Month.ch())
        && m.small_int(12.0).is_some()
        && n.small_int(12.0).is_some())
    .then_some(m.end + 1)
}

/// 1.49:1, 2.45∶1, 1比3; 10:30 is a clock time.
fn ratio(bt: &BlockText, n: &Num, floor: usize) -> Option<Result<Draft, usize>> {
    let versus = Mark::Versus.ch();
    let sep = bt
        .get(n.end)
        .filter(|&c| matches!(c, ':' | '：' | '∶') || c == versus)?;
    let right = numeral::parse(&bt.cs, n.end + 1).filter(|r| !r.vague && !r.bare_unit);
    // `比例為1:10`: a ratio's words make `1:10` no clock time.
    let stated = || bt.lex_before(n.start.saturating_sub(5), n.start, lexicon::ratio_leads()).is_some();
    let clock = right.as_ref().is_some_and(|r| {
        matches!(sep, ':' | '：')
            && !stated()
            && n.arabic
            && !n.decimal
            && !r.decimal
            && n.low <= 24.0
            && r.arabic
            && r.end - r.start == 2
            && r.low < 60.0
    });
    if let Some(r) = right.as_ref().filter(|_| clock) {
        return Some(Err(r.end));
    }
    // `以3比1擊敗`, `2:0戰勝`: a score, not a ratio; nothing is a ratio to zero (`踢成0:0`).
    let to_zero = |r: &Num| r.low == 0.0 && !r.decimal && !n.decimal;
    if let Some(r) = right.as_ref().filter(|r| to_zero(r) || is_score(bt, n, r)) {
        return Some(Err(r.end));
    }
    let r = right.filter(|r| r.low != 0.0)?;
    if sep == versus && n.arabic != r.arabic {
        return None;
    }
    let mut d = Draft::new(n.start, r.end, Kind::Ratio, Some(round(n.low / r.low)));
    let (s, approx) = prefix(bt, n.start, floor);
    d.start = s;
    d.approximate = approx;
    Some(Ok(d))
}

/// Two whole numbers of a game (`3比1`, `2:0`) with a word of sport within
/// a few characters either side.
fn is_score(bt: &BlockText, n: &Num, r: &Num) -> bool {
    let whole = |m: &Num| !m.decimal && !m.multiplied && m.low <= 200.0;
    if !whole(n) || !whole(r) {
        return false;
    }
    let from = n.start.saturating_sub(8);
    let to = (r.end + 6).min(bt.len());
    (from..to)
        .filter(|&k| k < n.start || k >= r.end)
        .any(|k| bt.lex_at(k, lexicon::score_words()).is_some())
}

/// 三分之一, 1/3: a share in percent.
fn fraction(bt: &BlockText, n: &Num, floor: usize) -> Option<Draft> {
    let k = bt
        .starts(n.end, Mark::PartsOf.word())
        .or_else(|| matches!(bt.get(n.end), Some('/' | '／')).then_some(n.end + 1))?;
    let slash = k == n.end + 1;
    // 35000分之一: the words may join digits and a spelled numeral; a slash may not
    let m = numeral::parse(&bt.cs, k).filter(|m| !m.vague && (m.arabic == n.arabic || !slash))?;
    let (num, den) = if slash {
        (n.low, m.low)
    } else {
        (m.low, n.low)
    };
    let plausible = den > 0.0
        && num <= den
        && (!slash || (n.arabic && !n.decimal && !m.decimal && den <= 100.0 && num < den));
    if !plausible || (slash && bt.lex_at(m.end, lexicon::units()).is_some()) {
        return None;
    }
    let (s, approx) = prefix(bt, n.start, floor);
    let mut d = Draft::percent(s, m.end, round(num / den * 100.0));
    d.approximate = approx;
    Some(d)
}

/// A bare Arabic number that is an identifier: stock codes, phone numbers, IDs.
pub fn identifier(bt: &BlockText, n: &Num) -> Option<usize> {
    if n.decimal || n.multiplied || !n.arabic {
        return None;
    }
    let mut end = n.end;
    // 010-12345678, 400-800-1234: digit groups joined by hyphens
    let mut digits = n.int_digits;
    let mut groups = 1;
    while matches!(bt.get(end), Some('-' | '－')) && bt.get(end + 1).and_then(ascii_digit).is_some()
    {
        let mut k = end + 1;
        while bt.get(k).and_then(ascii_digit).is_some() {
            k += 1;
        }
        digits += k - end - 1;
        groups += 1;
        end = k;
    }
    if groups > 1 {
        return (digits >= 7 && (n.leading_zero || digits >= 10)).then_some(end);
    }
    let before = n.start.checked_sub(1).and_then(|k| bt.get(k));
    let paren = matches!(before, Some('(' | '（')) && matches!(bt.get(n.end), Some(')' | '）'));
    let label_before = |at: usize| {
        bt.lex_before(at.saturating_sub(4), at, lexicon::identifier_labels())
            .is_some()
    };
    let labelled =
        label_before(n.start) || matches!(before, Some(':' | '：')) && label_before(n.start - 1);
    if n.leading_zero
        || (n.int_digits >= 7 && !n.separated)
        || (paren && n.int_digits >= 4)
        || labelled
    {
        return Some(n.end);
    }
    None
}

/// A bare number with no unit: Chinese numerals are words (一些, 十九大,
/// 萬一, 十萬火急) unless they state an amount; list markers and clock
/// times are no figures.
pub fn keep_number(bt: &BlockText, n: &Num, start: usize) -> bool {
    // ...a 萬 or 億 after a digit (人口超過一千萬) or in a longer numeral
    // (十億四千萬) makes an amount
    let amount = n.multiplied
        && !n.bare_unit
        && !n.vague
        && (bt.get(n.start).and_then(digit).is_some_and(|d| d > 0) || n.end - n.start >= 3);
    // ...or a decimal spelled out (約等於三點一四), which no word is;
    // 三點一刻, 三點二十分 are clock times.
    let decimal = n.decimal
        && n.end - n.start >= 3
        && !bt
            .get(n.end)
            .is_some_and(|c| zh::CLOCK_AFTER_POINT.contains(&c));
    // ...or a numeral spelled by place value (一百五十二, 四百五, 兩千零五),
    // not a word built on one (十分, 一些, 萬一: too short or no value).
    let spelled = !n.arabic
        && !n.decimal
        && !n.positional
        && !n.ranged
        && !n.bare_unit
        && n.end - n.start >= 2
        && (n.end - n.start >= 3 || n.low >= 20.0)
        // `萬一`: a multiplier cannot open a number (`十五` is fifteen), a place
        // unit before a digit does (`百三` = 130, `千五` = 1500)
        && (bt.get(n.start).and_then(digit).is_some_and(|d| d > 0)
            || n.low < 100.0
            || (n.end - n.start == 2
                && bt.get(n.start).and_then(place_unit).is_some()
                && bt.get(n.start + 1).and_then(digit).is_some()
                && !bt.get(n.start.wrapping_sub(1)).is_some_and(numeral::could_start)));
    // ...or a vague amount with a multiplier (`損失二十幾萬`, `幾十萬`)
    let vague_amount = n.vague && n.multiplied && !n.bare_unit && n.end - n.start >= 3;
    if !(n.arabic || amount || decimal || spelled || vague_amount || stated_alone(bt, n)) {
        return false;
    }
    if (n.vague && !vague_amount) || is_list_marker(bt, n, start) {
        return false;
    }
    // 東區-2, 工業4.0: a hyphen after a Han word joins a name's number, and a
    // decimal `.0` glued to one is a version
    let han_at = |k: Option<usize>| k.and_then(|k| bt.get(k)).is_some_and(crate::clean::is_han);
    let hyphen = matches!(bt.get(n.start.wrapping_sub(1)), Some('-' | '－'));
    let version = n.decimal && bt.get(n.end.wrapping_sub(1)) == Some('0') && bt.get(n.end.wrapping_sub(2)) == Some('.');
    if n.arabic && ((hyphen && han_at(n.start.checked_sub(2))) || (version && han_at(n.start.checked_sub(1)))) {
        return false;
    }
    // 《爸爸去哪兒5》: a number closing a work's title is part of its name.
    if bt.get(n.end).is_some_and(|c| zh::TITLE_CLOSES.contains(&c)) {
        return false;
    }
    // 88會館, 2.0全面升級, 系列1不再: digits glued to a Han word that is no unit
    // name, version or label something (a counted noun was read before this)
    if n.arabic && !n.multiplied && glued_to_word(bt, n.end) {
        return false;
    }
    // 急叩119, 請打1995: a number to call
    if n.arabic && !n.multiplied && !n.decimal && bt.lex_before(start.saturating_sub(2), start, lexicon::call_leads()).is_some() {
        return false;
    }
    // 機型7, 系列1, 版本2: a model's or a version's number
    if n.arabic && !n.multiplied && bt.lex_before(start.saturating_sub(3), start, lexicon::model_leads()).is_some() {
        return false;
    }
    // 3點, 14時: clock times are no quantities, nor their ranges (12至14時)
    let clock_range = is_range_connector(bt.get(n.end).unwrap_or(' '))
        && n.high <= 24.0
        && numeral::parse(&bt.cs, n.end + 1)
            .is_some_and(|m| m.high <= 24.0 && bt.lex_at(m.end, lexicon::clock_hours()).is_some());
    !clock_range && bt.lex_at(n.end, lexicon::not_units()).is_none()
}

/// A spelled numeral that is all the block holds, or a one-character one stated alone: by `是`, its clause ending right after it (`密碼的首位是七。`,
/// `選的是七而不是八`), or in quotes of its own (`“七”和“八”`).
fn stated_alone(bt: &BlockText, n: &Num) -> bool {
    if n.arabic || n.vague || n.ranged || n.bare_unit {
        return false;
    }
    // 十五, 兩: a spelled numeral that is all the text (a list marker has its punctuation: `二、`;
    // each side stops at its first character that is no space)
    let blank = |k: usize| bt.get(k).is_some_and(char::is_whitespace);
    if (0..n.start).rev().all(blank) && (n.end..bt.cs.len()).all(blank) {
        return true;
    }
    if n.end != n.start + 1 || n.start == 0 {
        return false;
    }
    let (before, after) = (bt.get(n.start - 1), bt.get(n.end));
    if before.is_some_and(|c| zh::OPEN_QUOTES.contains(&c)) && after.is_some_and(|c| zh::CLOSE_QUOTES.contains(&c)) {
        // (a name when a word goes on after it: 「壹」股價)
        return bt
            .get(n.end + 1)
            .is_none_or(|c| !crate::clean::is_han(c) || zh::QUOTED_NUMERAL_BEFORE.contains(&c));
    }
    before == Some(Mark::Copula.ch())
        && after.is_none_or(|c| {
            // (not the first of a list: 分別是一、二名)
            zh::STATED_NUMERAL_BEFORE.contains(&c) || !(c.is_alphanumeric() || c == ' ' || c == Mark::ListComma.ch())
        })
}

/// Does a Han word that leaves no bare quantity start at `k` (not a qualifier, a connector or
/// a particle: `157以上`, `35至40`, `85的`)?
fn glued_to_word(bt: &BlockText, k: usize) -> bool {
    // (`© 2024 香港日報`: a space the reading skipped sets them apart)
    bt.byte(k) == bt.end_byte(k)
        && bt.get(k).is_some_and(|c| {
        crate::clean::is_han(c)
            && !zh::BARE_NUMBER_ENDS_BEFORE.contains(&c)
            && !is_range_connector(c)
            && !numeral::could_start(c)
    }) && bt.lex_at(k, lexicon::approx_after()).is_none()
}

/// A number at the start of a line or sentence followed by a list mark.
fn is_list_marker(bt: &BlockText, n: &Num, start: usize) -> bool {
    // Only a short whole number marks an item or a page (`4.78萬億` alone is a figure);
    // a qualifier before it makes it an amount (`About 40 gathered`).
    if n.decimal || n.multiplied || n.low >= 1000.0 || start < n.start {
        return false;
    }
    // Only spaces (and an opening parenthesis) between the line's start, or a
    // sentence's end, and the number; then a space or list punctuation after it.
    let mut k = start;
    while k > 0
        && bt.get(k - 1).is_some_and(|c| {
            matches!(
                c,
                ' ' | '\t' | '　' | '(' | '（' | '-' | '•' | '·' | '*' | '–' | '#'
            )
        })
    {
        k -= 1;
    }
    let lead = k.checked_sub(1).and_then(|j| bt.get(j));
    let edge = lead.is_none_or(|c| matches!(c, '\n' | '。' | '！' | '？' | '；'));
    // A spelled numeral marks an item only with the item's punctuation (`一、`).
    let after = bt.get(n.end);
    let spaced = matches!(after, Some(' ' | '\t' | '　') | None);
    // `2 million`, `40 gathered`: a lower-case word goes on the sentence; an item starts anew
    let lower_next = after == Some(' ')
        && bt.get(n.end + 1).is_some_and(|c| c.is_ascii_alphabetic())
        && bt.original(n.end + 1, n.end + 2).chars().all(|c| c.is_ascii_lowercase());
    edge && !lower_next && (n.arabic || !spaced)
        && matches!(
            after,
            Some(' ' | '、' | '.' | '．' | ')' | '）' | '\t' | '　') | None
        )
}
