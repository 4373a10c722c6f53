//! Dates in Chinese text, in numerals of any script: `2021年5月1日`,
//! `5月1日`, `2021年`, `2023年度`, `5月份`, `6月末`, `二〇二一年`,
//! `2021-2022年`, `2024-05-12`, and decades and centuries (`九十年代`,
//! `上世紀80年代`, `19世紀`).

use super::numeric::{self, Seps};
use super::{ends, iso, starts};
use crate::lexicon::dates::{self as words, DateMark};
use crate::lexicon::{self, zh};
use crate::numerals::{self, Num};

/// A date as read: its char span, its value (the year stated, if any),
/// the years it spans (decades, centuries, ranges of years) and ISO 8601.
#[derive(Debug, Clone, PartialEq)]
pub struct Date {
    pub start: usize,
    pub end: usize,
    pub value: Option<f64>,
    pub span: Option<(f64, f64)>,
    pub iso: Option<String>,
}

impl Date {
    fn new(start: usize, end: usize, value: Option<f64>, iso: Option<String>) -> Date {
        Date {
            start,
            end,
            value,
            span: None,
            iso,
        }
    }
}

/// A date starting with the number `n` of the folded characters `cs`.
pub fn date_at(cs: &[char], n: &Num) -> Option<Date> {
    if let Some(d) = century_or_decade(cs, n) {
        return Some(d);
    }
    if let Some(d) = year_range(cs, n)
        .or_else(|| roc_year_range(cs, n))
        .or_else(|| listed_year(cs, n))
    {
        return Some(d);
    }
    // 2024-05-12, 2024/5/12, 2024.5.12: with a separator after a year of
    // four digits, the date is that or nothing.
    let year = n.arabic && n.int_digits == 4 && (1000.0..=2100.0).contains(&n.low);
    if year
        && cs
            .get(n.start + 4)
            .is_some_and(|&c| numeric::is_sep(c, Seps::Text))
    {
        if let Some(d) = fiscal_pair(cs, n) {
            return Some(d);
        }
        let d = numeric::ymd(cs, n.start, Seps::Text)?;
        let stated = iso(Some(d.year), Some(d.month), Some(d.day));
        return Some(Date::new(n.start, d.end, Some(n.low), stated));
    }
    if let Some(d) = slash_month_day(cs, n) {
        return Some(d);
    }
    // 2023財年: the year alone is the date.
    if is_year(n) && lexicon::fiscal_years().longest_prefix_chars(cs, n.end).is_some() {
        return Some(Date::new(n.start, n.end, Some(n.low), iso(Some(n.low as u32), None, None)));
    }
    month_pair(cs, n).or_else(|| year_month_day(cs, n))
}

/// `六、七月`, `七八月間`: two neighbouring months spoken as a range are
/// months of the year (`--06/--07`), as `六月` is; `七八個月` is a length.
fn month_pair(cs: &[char], n: &Num) -> Option<Date> {
    if n.arabic {
        return listed_months(cs, n);
    }
    if !n.ranged || cs.get(n.end) != Some(&DateMark::Month.ch()) {
        return None;
    }
    let (low, high) = (n.low, n.high);
    let months = low >= 1.0 && high <= 12.0 && low.fract() == 0.0 && high == low + 1.0;
    if !months {
        return None;
    }
    let (a, b) = (iso(None, Some(low as u32), None)?, iso(None, Some(high as u32), None)?);
    Some(Date::new(n.start, n.end + 1, None, Some(a + "/" + &b)))
}

/// `7、8月`: two neighbouring months listed in digits (`7-8月` may be a length).
fn listed_months(cs: &[char], n: &Num) -> Option<Date> {
    let comma = zh::Mark::ListComma.ch();
    // read as one spoken range (`7、8`), or as the first of two numbers
    let (a, b, end) = if n.ranged {
        cs[n.start..n.end].contains(&comma).then_some(())?;
        (n.low, n.high, n.end)
    } else {
        (cs.get(n.end) == Some(&comma)).then_some(())?;
        let m = numerals::parse(cs, n.end + 1).filter(|m| m.start == n.end + 1 && m.arabic)?;
        (n.low, m.low, m.end)
    };
    let whole = |v: f64| v.fract() == 0.0 && (1.0..=12.0).contains(&v);
    (whole(a) && whole(b) && b == a + 1.0 && cs.get(end) == Some(&DateMark::Month.ch())).then_some(())?;
    let (a, b) = (iso(None, Some(a as u32), None)?, iso(None, Some(b as u32), None)?);
    Some(Date::new(n.start, end + 1, None, Some(a + "/" + &b)))
}

/// `今（24）日`, `昨(23)日`: a day of the month in brackets after a word
/// for today, yesterday and the like. The date spans the word.
fn bracketed_day(cs: &[char], n: &Num) -> Option<Date> {
    n.small_int(31.0).filter(|_| n.arabic)?;
    bracketed(cs, n, words::DAY_DEICTICS, DateMark::DayAlone.ch())
        .then(|| Date::new(n.start - 2, n.end + 2, None, None))
}

/// Is `n` in brackets right after one of the one-character `deictics` and right
/// before `mark` (`今（24）日`, `去（2022）年`)? The date then spans the word and the mark.
fn bracketed(cs: &[char], n: &Num, deictics: crate::lexicon::Words, mark: char) -> bool {
    let (Some(open), Some(close), Some(lead)) = (
        n.start.checked_sub(1).and_then(|k| cs.get(k)),
        cs.get(n.end),
        n.start.checked_sub(2).and_then(|k| cs.get(k)),
    ) else {
        return false;
    };
    let mut buf = [0u8; 4];
    words::DAY_BRACKETS.iter().any(|b| b.0 == *open && b.1 == *close)
        && deictics.contains(lead.encode_utf8(&mut buf))
        && cs.get(n.end + 1) == Some(&mark)
}

/// Where a year's words end after `年` at `end - 1`: past `度` (`2023年度`), if it follows.
fn after_year(cs: &[char], end: usize) -> usize {
    end + usize::from(cs.get(end) == Some(&DateMark::YearOfAccounts.ch()))
}

/// `2025/26年度`, `2023-24年`: a fiscal year written with its first year and the next
/// one's last two digits (Hong Kong's budgets and schemes), spanning both years.
fn fiscal_pair(cs: &[char], n: &Num) -> Option<Date> {
    let k = n.start + 4;
    let two = |i: usize| cs.get(i).and_then(|c| c.to_digit(10));
    let next = n.low as u32 + 1;
    let pair = two(k + 1)? * 10 + two(k + 2)? == next % 100;
    (pair && cs.get(k + 3) == Some(&DateMark::Year.ch())).then_some(())?;
    let mut d = Date::new(
        n.start,
        after_year(cs, k + 4),
        Some(n.low),
        Some(super::padded_pair(n.low as u32, next, 4)),
    );
    d.span = Some((n.low, f64::from(next)));
    Some(d)
}

/// `12/25起`, `自10/7至10/10`: a month and day with a slash, next to a word of time (else
/// `1/3` is a fraction).
fn slash_month_day(cs: &[char], n: &Num) -> Option<Date> {
    let month = n.small_int(12.0).filter(|_| n.arabic && n.int_digits <= 2)?;
    (cs.get(n.end) == Some(&'/')).then_some(())?;
    let d = numerals::parse(cs, n.end + 1)
        .filter(|d| d.start == n.end + 1 && d.arabic && d.int_digits <= 2 && !d.decimal)?;
    let day = d.small_int(31.0)?;
    // 今（7/4）日: in brackets after a word for today, as 今（4）日; the date spans the word and 日
    let mut buf = [0u8; 4];
    let open = n.start.checked_sub(1).and_then(|k| cs.get(k));
    let bracketed = words::DAY_BRACKETS.iter().any(|b| Some(&b.0) == open && Some(&b.1) == cs.get(d.end))
        && n.start.checked_sub(2).and_then(|k| cs.get(k)).is_some_and(|c| words::DAY_DEICTICS.contains(c.encode_utf8(&mut buf)))
        && cs.get(d.end + 1) == Some(&DateMark::DayAlone.ch());
    if bracketed {
        return Some(Date::new(n.start - 2, d.end + 2, None, iso(None, Some(month), Some(day))));
    }
    let next = cs.get(d.end);
    if next.is_some_and(|&c| c.is_ascii_digit() || matches!(c, '/' | '%' | '％' | '.')) {
        return None;
    }
    let prev = n.start.checked_sub(1).and_then(|k| cs.get(k));
    if prev.is_some_and(|&c| c.is_ascii_digit() || matches!(c, '/' | '.')) {
        return None;
    }
    // 1/8決賽 is a round of a cup
    if lexicon::name_suffixes().longest_prefix_chars(cs, d.end).is_some() {
        return None;
    }
    let lead = prev.is_some_and(|c| words::SLASH_DATE_LEADS.contains(c));
    let tail = words::SLASH_DATE_TAILS.iter().any(|w| starts(cs, d.end, w).is_some());
    // 08/28 (no fraction writes a leading zero), 8/23 21:19 (a time of day after it)
    let zero = n.leading_zero || d.leading_zero;
    (lead || tail || zero || clock_after(cs, d.end)).then(|| Date::new(n.start, d.end, None, iso(None, Some(month), Some(day))))
}

/// A time of day one space after `k` (`8/23 21:19`, `8/29 14：00`).
fn clock_after(cs: &[char], k: usize) -> bool {
    if cs.get(k) != Some(&' ') {
        return false;
    }
    let hours = cs[k + 1..].iter().take_while(|c| c.is_ascii_digit()).count();
    (1..=2).contains(&hours) && matches!(cs.get(k + 1 + hours), Some(':' | '：'))
}

fn is_year(n: &Num) -> bool {
    !n.decimal
        && !n.multiplied
        && ((n.arabic && n.int_digits == 4) || n.positional || spelled_year(n))
        && (1000.0..=2100.0).contains(&n.low)
}

/// `一千九百四十九年`, `兩千零二十三年`: a year spelled out by place value. A
/// round value (`兩千年前`, `一千五百年`) reads as a span of years instead.
fn spelled_year(n: &Num) -> bool {
    // An integer remainder: f64 `%` would pull libm's fmod into the wasm (3 KB).
    !n.arabic && !n.positional && !n.vague && !n.ranged && (n.low as u64) % 100 != 0
}

/// 2021-2022年, 2021至2022年: one date spanning the years.
fn year_range(cs: &[char], n: &Num) -> Option<Date> {
    let connector = cs
        .get(n.end)
        .is_some_and(|c| zh::RANGE_CONNECTORS.contains(c));
    if !is_year(n) || !connector {
        return None;
    }
    // Without `年`, two recent years close together and nothing counted
    // after them (`2016-2021的五年`; not `1500-2000人`).
    let bare = |m: &Num| {
        let recent = |v: f64| (1900.0..=2100.0).contains(&v);
        n.arabic
            && m.arabic
            && recent(n.low)
            && recent(m.low)
            && m.low - n.low <= 50.0
            && lexicon::units().longest_prefix_chars(cs, m.end).is_none_or(|(e, _)| {
                lexicon::not_units().longest_prefix_chars(cs, m.end).is_some_and(|(ne, _)| ne >= e)
            })
            && !cs.get(m.end).is_some_and(|c| c.is_ascii_alphanumeric() || matches!(c, '%' | '％'))
    };
    let m = numerals::parse(cs, n.end + 1)
        .filter(|m| is_year(m) && m.low > n.low && (cs.get(m.end) == Some(&DateMark::Year.ch()) || bare(m)))?;
    let end = if cs.get(m.end) == Some(&DateMark::Year.ch()) { m.end + 1 } else { m.end };
    let mut d = Date::new(
        n.start,
        end,
        Some(n.low),
        Some(super::padded_pair(n.low as u32, m.low as u32, 4)),
    );
    d.span = Some((n.low, m.low));
    Some(d)
}

/// A year written another way than its Western number, as `(year, start, end after 年)`:
/// `民國109年` and, in Taiwanese news, a bare three-digit `112年度` or `113年3月` (years of
/// the Republic of China era); `去（2022）年`, `今（112）年` (a year in brackets after a word for
/// this or last year: the date spans the word).
fn other_year(cs: &[char], n: &Num) -> Option<(u32, usize, usize)> {
    let int = !n.decimal && !n.multiplied && !n.vague && !n.ranged && n.low >= 1.0;
    if !int {
        return None;
    }
    let roc = |v: f64| v as u32 + words::ROC_OFFSET;
    // 去（2022）年, 今（112）年
    if bracketed(cs, n, words::YEAR_DEICTICS, DateMark::Year.ch()) {
        let year = if is_year(n) { n.low as u32 } else { (n.low <= 200.0).then(|| roc(n.low))? };
        return Some((year, n.start - 2, n.end + 2));
    }
    // 107學年, 112學年度: a school year of the era, three digits
    let (lo, hi) = words::ROC_BARE_YEARS;
    let bare = n.arabic && n.int_digits == 3 && (lo..=hi).contains(&n.low);
    if let Some(e) = words::SCHOOL_YEARS.iter().find_map(|w| starts(cs, n.end, w)).filter(|_| bare) {
        return Some((roc(n.low), n.start, e));
    }
    if cs.get(n.end) != Some(&DateMark::Year.ch()) || n.low > 200.0 {
        return None;
    }
    // 公元105年, 西元112年: a year of the Western calendar, as written
    if let Some(k) = words::WESTERN_ERAS.iter().find_map(|w| ends(cs, n.start, w)) {
        return Some((n.low as u32, k, n.end + 1));
    }
    // 民國109年, 民國一百零九年
    let era = words::ROC_ERAS.iter().find_map(|w| ends(cs, n.start, w));
    if let Some(k) = era {
        return Some((roc(n.low), k, n.end + 1));
    }
    // 112年度, 113年3月, 112年底: a bare year of the era, only before what makes it a date
    let k = n.end + 1;
    let dated = words::ROC_YEAR_AFTER.iter().any(|w| starts(cs, k, w).is_some())
        || numerals::parse(cs, k).is_some_and(|m| {
            m.start == k
                && ((m.small_int(12.0).is_some() && cs.get(m.end) == Some(&DateMark::Month.ch()))
                    || month_range(cs, &m).is_some())
        });
    (bare && dated).then(|| (roc(n.low), n.start, k))
}

/// `2021年[度]`, `5月[份]`, `1日`, `6月末`, `2023年底`, `12日` alone.
fn year_month_day(cs: &[char], n: &Num) -> Option<Date> {
    let mut year = year_of(cs, n);
    let other = year.is_none().then(|| other_year(cs, n)).flatten();
    let start = other.map_or(n.start, |(_, s, _)| s);
    if let Some((y, _, e)) = other {
        year = Some((y, after_year(cs, e)));
    }
    let (k, mut end) = year.map_or((n.start, n.start), |(_, e)| (e, e));
    let m = if year.is_some() {
        numerals::parse(cs, k)
    } else {
        Some(n.clone())
    };
    let m = m.filter(|m| m.start == k);
    if let Some((a, b, e)) = m.as_ref().and_then(|m| month_range(cs, m)) {
        let y = year.map(|(y, _)| y);
        let stated = iso(y, Some(a), None)? + "/" + &iso(y, Some(b), None)?;
        return Some(Date::new(start, e, y.map(f64::from), Some(stated)));
    }
    let month = m.and_then(|m| {
        let mo = m.small_int(12.0).filter(|_| {
            cs.get(m.end) == Some(&DateMark::Month.ch())
                && cs.get(m.start.wrapping_sub(1)) != Some(&zh::Mark::Piece.ch())
        })?;
        end = m.end + 1;
        if cs.get(end) == Some(&DateMark::MonthPortion.ch()) {
            end += 1;
        }
        Some(mo)
    });
    let mut day = None;
    if month.is_some() {
        day = day_of_month(cs, &mut end);
    } else if year.is_none() {
        if let Some(d) = bracketed_day(cs, n) {
            return Some(d);
        }
        if let Some(d) = days_alone(cs, n) {
            return Some(d);
        }
        // 12日 alone, 廿六日: a day of the month (廿 and 卅 write days, not spans)
        let tens = cs.get(n.start).and_then(|&c| lexicon::tens(c)).is_some();
        // 26號早上, 四日晚間, 四日宣布: a day of the month by a time of day or a day's news
        let after = |ws: crate::lexicon::Words| ws.iter().any(|w| starts(cs, n.end + 1, w).is_some());
        let mark = cs.get(n.end).copied();
        let timed = after(words::DAY_TIMES)
            && if n.arabic { mark.is_some_and(|c| DateMark::Day.has(c)) } else { mark == Some(DateMark::DayAlone.ch()) };
        let news = !n.arabic && mark == Some(DateMark::DayAlone.ch()) && after(words::DAY_NEWS_VERBS);
        n.small_int(31.0).filter(|_| {
            timed || news || ((n.arabic || tens) && mark == Some(DateMark::DayAlone.ch()) && !day_length(cs, n))
        })?;
        return Some(Date::new(n.start, n.end + 1, None, None));
    } else if let Some((e, _)) = lexicon::year_parts().longest_prefix_chars(cs, end) {
        end = e;
    }
    let year = year.map(|(y, _)| y);
    let stated = iso(year, month, day)?;
    Some(Date::new(start, end, year.map(f64::from), Some(stated)))
}

/// `比去年多3日`, `連5日`, `訪問4日時間`: a bare `N日` that states a length of days.
fn day_length(cs: &[char], n: &Num) -> bool {
    let lead = n.start.checked_sub(1).and_then(|k| cs.get(k));
    lead.is_some_and(|c| words::DAY_LENGTH_LEADS.contains(c))
        || words::DAY_LENGTH_TAILS.iter().any(|w| starts(cs, n.end + 1, w).is_some())
}

/// `（28至30日）`, `本月19至21日`, `24日至30日`: days of the month as a range; `26、27日`: the
/// first of two days listed. Arabic days after a word of time or punctuation only.
fn days_alone(cs: &[char], n: &Num) -> Option<Date> {
    let a = n.small_int(31.0).filter(|_| n.arabic)?;
    let lead = n.start.checked_sub(1).and_then(|k| cs.get(k));
    if !lead.is_none_or(|c| words::DAY_RANGE_LEADS.contains(c)) {
        return None;
    }
    // `24日至30日`: the first day may carry its mark
    let marked = cs.get(n.end) == Some(&DateMark::DayAlone.ch());
    let k = n.end + usize::from(marked);
    let sep = *cs.get(k)?;
    let listed = sep == zh::Mark::ListComma.ch() && !marked;
    if !listed && !zh::RANGE_CONNECTORS.contains(&sep) {
        return None;
    }
    let m = numerals::parse(cs, k + 1).filter(|m| m.arabic && m.start == k + 1)?;
    m.small_int(31.0).filter(|&b| b > a)?;
    if cs.get(m.end) != Some(&DateMark::DayAlone.ch())
        || cs.get(m.end + 1).is_some_and(|c| words::DAY_SPAN_AFTER.contains(c))
    {
        return None;
    }
    // (a day alone has no ISO 8601 form in the schema: no `iso`, as `12日`)
    let end = if listed { n.end } else { m.end + 1 };
    Some(Date::new(n.start, end, None, None))
}

/// `1至9月`, `5到9月`, `1-5月份`: a range of months of the year, as (first, last, end);
/// `1至9個月` is a length.
fn month_range(cs: &[char], m: &Num) -> Option<(u32, u32, usize)> {
    let a = m.small_int(12.0)?;
    if !cs.get(m.end).is_some_and(|c| zh::RANGE_CONNECTORS.contains(c)) {
        return None;
    }
    let m2 = numerals::parse(cs, m.end + 1).filter(|m2| m2.arabic == m.arabic)?;
    let b = m2.small_int(12.0).filter(|&b| b > a)?;
    if cs.get(m2.end) != Some(&DateMark::Month.ch()) {
        return None;
    }
    let end = m2.end + 1;
    let end = end + usize::from(cs.get(end) == Some(&DateMark::MonthPortion.ch()));
    // `1-5月，全省進出口…`: a period before a comma labels the statistics after it
    if cs.get(end).is_some_and(|&c| matches!(c, '，' | ',')) {
        return None;
    }
    Some((a, b, end))
}

/// `2000及2001年`, `2019、2020年`: a year listed before another year marked with `年` (itself
/// marked or listed again) is a year too.
fn listed_year(cs: &[char], n: &Num) -> Option<Date> {
    if !is_year(n) || !n.arabic || !cs.get(n.end).is_some_and(|c| words::YEAR_LIST_JOINERS.contains(c)) {
        return None;
    }
    let m = numerals::parse(cs, n.end + 1).filter(|m| m.start == n.end + 1 && m.arabic && is_year(m))?;
    let next = cs.get(m.end);
    if next != Some(&DateMark::Year.ch()) && !next.is_some_and(|c| words::YEAR_LIST_JOINERS.contains(c)) {
        return None;
    }
    Some(Date::new(n.start, n.end, Some(n.low), iso(Some(n.low as u32), None, None)))
}

/// `民國100年至105年`, `民國110至112年`, `112年至113年`: a range of years of the Republic of
/// China era. Bare three-digit years need `年` on both ends and at most ten years apart
/// (`樹齡100至150年` is a length).
fn roc_year_range(cs: &[char], n: &Num) -> Option<Date> {
    let int = |m: &Num| !m.decimal && !m.multiplied && !m.vague && !m.ranged && (1.0..=200.0).contains(&m.low);
    let era = words::ROC_ERAS.iter().find_map(|w| ends(cs, n.start, w));
    let (lo, hi) = words::ROC_BARE_YEARS;
    let bare = |m: &Num| m.arabic && m.int_digits == 3 && (lo..=hi).contains(&m.low);
    let marked = cs.get(n.end) == Some(&DateMark::Year.ch());
    if !int(n) || !(era.is_some() || (bare(n) && marked)) {
        return None;
    }
    let mut k = n.end + usize::from(marked);
    if !cs.get(k).is_some_and(|c| zh::RANGE_CONNECTORS.contains(c)) {
        return None;
    }
    k = words::ROC_ERAS.iter().find_map(|w| starts(cs, k + 1, w)).unwrap_or(k + 1);
    let m = numerals::parse(cs, k).filter(|m| {
        m.start == k
            && int(m)
            && m.low > n.low
            && m.arabic == n.arabic
            && (era.is_some() || (bare(m) && m.low - n.low <= 10.0))
    })?;
    if cs.get(m.end) != Some(&DateMark::Year.ch()) {
        return None;
    }
    let (a, b) = (n.low as u32 + words::ROC_OFFSET, m.low as u32 + words::ROC_OFFSET);
    let mut d = Date::new(era.unwrap_or(n.start), after_year(cs, m.end + 1), Some(f64::from(a)), Some(super::padded_pair(a, b, 4)));
    d.span = Some((f64::from(a), f64::from(b)));
    Some(d)
}

/// `2021年`, `2023年度`: the year `n` states and where its words end. Not a
/// grade (`三年級`) or a span (`一千二百五十年來`).
fn year_of(cs: &[char], n: &Num) -> Option<(u32, usize)> {
    // `一千二百五十年來` is a span: a spelled year is no year before these.
    let span_after = spelled_year(n)
        && cs
            .get(n.end + 1)
            .is_some_and(|c| zh::SPAN_AFTER_YEAR.contains(c));
    let ok = is_year(n)
        && cs.get(n.end) == Some(&DateMark::Year.ch())
        && lexicon::not_units()
            .longest_prefix_chars(cs, n.end)
            .is_none()
        && !span_after;
    if !ok {
        return None;
    }
    Some((n.low as u32, after_year(cs, n.end + 1)))
}

/// The day after a month (`1日`, `1號`) or a part of the month (`末`, `上旬`).
fn day_of_month(cs: &[char], end: &mut usize) -> Option<u32> {
    if let Some(dd) = numerals::parse(cs, *end) {
        let marked = cs.get(dd.end).is_some_and(|&c| DateMark::Day.has(c));
        if let Some(dv) = dd.small_int(31.0).filter(|_| marked) {
            *end = dd.end + 1;
            return Some(dv);
        }
        // 3月28至4月2日, 3月1至5日: a day left unmarked before a range to another day
        let to_month = cs.get(dd.end).is_some_and(|c| zh::RANGE_CONNECTORS.contains(c))
            && numerals::parse(cs, dd.end + 1).is_some_and(|m| {
                m.arabic == dd.arabic
                    && ((m.small_int(12.0).is_some() && cs.get(m.end) == Some(&DateMark::Month.ch()))
                        || (m.small_int(31.0).is_some_and(|d| f64::from(d) > dd.low)
                            && cs.get(m.end).is_some_and(|&c| DateMark::Day.has(c))))
            });
        if let Some(dv) = dd.small_int(31.0).filter(|_| to_month) {
            *end = dd.end;
            return Some(dv);
        }
    }
    if let Some((e, _)) = lexicon::month_parts().longest_prefix_chars(cs, *end) {
        *end = e;
    }
    None
}

/// Decades and centuries, as dates spanning their years (`iso` the decade's
/// or century's leading digits, as ISO 8601 writes them):
/// - `2010年代`; `90年代`, `九十年代` (the 1990s; `00年代`, `10年代` are this
///   century's); `上世紀80年代`, `20世紀90年代` (the century says which);
/// - `20世紀`, `十九世紀` alone: the century, no year stated (value null).
fn century_or_decade(cs: &[char], n: &Num) -> Option<Date> {
    // One integer, stated as such.
    let whole = |m: &Num| !m.decimal && !m.multiplied && !m.vague && !m.ranged && m.low == m.high;
    if !whole(n) {
        return None;
    }
    let v = n.low as u32;
    // The decade within a century, `00` to `90`.
    let tens = |m: &Num| {
        let v = m.low as u32;
        (whole(m) && v <= 90 && v % 10 == 0 && (!m.arabic || m.int_digits == 2)).then_some(v)
    };
    let decade_word = DateMark::Decade.word();
    if let Some(after) =
        starts(cs, n.end, DateMark::Century.word()).filter(|_| (1..=21).contains(&v))
    {
        let base = (v - 1) * 100;
        if let Some(m) =
            numerals::parse(cs, after).filter(|m| starts(cs, m.end, decade_word).is_some())
        {
            if let Some(t) = tens(&m) {
                let end = starts(cs, m.end, decade_word)?;
                return Some(decade(n.start, end, base + t));
            }
        }
        let mut d = Date::new(n.start, after, None, Some(super::padded(v - 1, 2)));
        d.span = Some((f64::from(base), f64::from(base + 99)));
        return Some(d);
    }
    let end = starts(cs, n.end, decade_word)?;
    if n.arabic && n.int_digits == 4 && v % 10 == 0 && (1000..=2100).contains(&v) {
        return Some(decade(n.start, end, v));
    }
    let t = tens(n)?;
    for &(w, base) in words::CENTURY_LEADS {
        if let Some(s) = ends(cs, n.start, &lexicon::fold::fold_str(w)) {
            return Some(decade(s, end, base + t));
        }
    }
    Some(decade(
        n.start,
        end,
        if t <= 10 { 2000 + t } else { 1900 + t },
    ))
}

/// The ten years from `year`, as a date.
fn decade(start: usize, end: usize, year: u32) -> Date {
    let mut d = Date::new(
        start,
        end,
        Some(f64::from(year)),
        Some(super::padded(year / 10, 3)),
    );
    d.span = Some((f64::from(year), f64::from(year + 9)));
    d
}

/// `5月1日至3日`: the ISO date a bare day (`3日`, the number `n`) takes from
/// the whole day before it (`2024-05-01`, `--05-01`), which it leaves
/// unsaid. `None` unless the day ends at `end` with `日`.
pub fn day_after(cs: &[char], prev_iso: &str, n: &Num, end: usize) -> Option<String> {
    // a whole day: 2024-05-01 or --05-01 (not the month 2024-05)
    let whole_day = (prev_iso.len() == 10 && prev_iso.as_bytes()[7] == b'-')
        || (prev_iso.len() == 7 && prev_iso.starts_with("--"));
    if !whole_day {
        return None;
    }
    let day = n
        .small_int(31.0)
        .filter(|_| cs.get(n.end) == Some(&DateMark::DayAlone.ch()) && n.end + 1 == end)?;
    let mut s = prev_iso[..prev_iso.len() - 2].to_string();
    super::push_padded(&mut s, day, 2);
    Some(s)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::fold::fold;

    fn read(s: &str) -> Option<(String, usize, Option<f64>)> {
        let cs: Vec<char> = fold(s).chars().collect();
        let n = numerals::parse(&cs, 0)?;
        date_at(&cs, &n).map(|d| (d.iso.unwrap_or_default(), d.end, d.value))
    }

    #[test]
    fn forms() {
        assert_eq!(
            read("2021年5月1日"),
            Some(("2021-05-01".into(), 9, Some(2021.0)))
        );
        assert_eq!(
            read("二〇二一年五月一日"),
            Some(("2021-05-01".into(), 9, Some(2021.0)))
        );
        assert_eq!(read("5月1號"), Some(("--05-01".into(), 4, None)));
        assert_eq!(read("6月末"), Some(("--06".into(), 3, None)));
        assert_eq!(read("2023年底"), Some(("2023".into(), 6, Some(2023.0))));
        assert_eq!(read("2023年度"), Some(("2023".into(), 6, Some(2023.0))));
        assert_eq!(read("5月份"), Some(("--05".into(), 3, None)));
        assert_eq!(
            read("2024-05-12"),
            Some(("2024-05-12".into(), 10, Some(2024.0)))
        );
        assert_eq!(read("2024-13-12"), None);
        assert_eq!(
            read("2021-2022年"),
            Some(("2021/2022".into(), 10, Some(2021.0)))
        );
        assert_eq!(read("九十年代"), Some(("199".into(), 4, Some(1990.0))));
        assert_eq!(read("19世紀"), Some(("18".into(), 4, None)));
        assert_eq!(read("三年級"), None);
        assert_eq!(read("3個月"), None);
        assert_eq!(read("一千二百五十年來"), None);
    }
}
