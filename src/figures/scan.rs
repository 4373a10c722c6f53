//! The grammar around each number: what precedes it (qualifiers, currency
//! symbols, signs, 第, 每X), what follows it (units, percent, ratio, range,
//! date parts) and the words that show it is a name rather than a quantity.

use super::en;
use super::numeral::{self, ascii_digit, Num};
use super::text::BlockText;
use crate::lexicon::{self, digit, zh};
use crate::model::{Change, Kind, Role};

#[derive(Debug, Clone)]
pub struct Draft {
    /// Char span in the block, qualifiers and unit included.
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
    pub value: Option<f64>,
    pub low: Option<f64>,
    pub high: Option<f64>,
    pub unit: Option<&'static str>,
    pub per: Option<String>,
    pub approximate: bool,
    pub change: Option<Change>,
    pub period: Option<String>,
    pub metric: Option<String>,
    pub role: Option<Role>,
    pub iso: Option<String>,
}

impl Draft {
    pub fn new(start: usize, end: usize, kind: Kind, value: Option<f64>) -> Draft {
        Draft {
            start,
            end,
            kind,
            value,
            low: None,
            high: None,
            unit: None,
            per: None,
            approximate: false,
            change: None,
            period: None,
            metric: None,
            role: None,
            iso: None,
        }
    }

    /// Figures with a metric and a period: quantities and durations (`平均輪候時間為5.6年`).
    pub fn has_context(&self) -> bool {
        self.is_quantity() || self.kind == Kind::Duration
    }

    /// Figures that measure something, and so can rise, fall and have a metric.
    pub fn is_quantity(&self) -> bool {
        !matches!(
            self.kind,
            Kind::Date | Kind::Duration | Kind::Rank | Kind::Identifier
        )
    }
}

/// What follows a number and says what it counts.
#[derive(Debug, Clone)]
pub struct Tail {
    pub end: usize,
    pub kind: Kind,
    pub unit: Option<&'static str>,
    pub factor: f64,
    pub approx: bool,
    /// Hundredths to add before the factor: 50 for a half (`兩成半`, `一年半`),
    /// the digit after `成`, `塊` or `斤` in tenths (`九成五` = 95%, `三塊五` =
    /// 3.5 CNY), the digits after `米` (`一米八` = 1.8 m, `1米75` = 1.75 m).
    pub hundredths: u8,
    pub per: Option<String>,
}

/// Vague amounts that begin with a word rather than a numeral: (phrase, low).
const VAGUE_WORDS: &[(&str, f64)] = &[
    ("成千上万", 1e3),
    ("成百上千", 1e2),
    ("成千上百", 1e2),
    ("数以万计", 1e4),
    ("数以千计", 1e3),
    ("数以百计", 1e2),
    ("数以亿计", 1e8),
    ("数以十万计", 1e5),
    ("数以百万计", 1e6),
];

fn is_range_connector(c: char) -> bool {
    matches!(c, '至' | '到' | '-' | '—' | '–' | '~' | '～' | '－' | '〜')
}

fn is_ascii_letter(c: Option<char>) -> bool {
    c.is_some_and(|c| {
        c.is_ascii_alphabetic() || ('Ａ'..='Ｚ').contains(&c) || ('ａ'..='ｚ').contains(&c)
    })
}

/// Could a figure begin at this character? (Asked of every character.)
pub fn could_start(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    let (w, b) = lexicon::filter_bit(c);
    starter_filter()[w] & b != 0 && starts_figure(c)
}

/// The characters [`starts_figure`] accepts, as a 4096-bit filter by code
/// point modulo 4096: it turns away almost every other Han character at once.
fn starter_filter() -> &'static [u64; 64] {
    static F: std::sync::OnceLock<[u64; 64]> = std::sync::OnceLock::new();
    F.get_or_init(|| {
        let mut set = [0u64; 64];
        // Every starter lies below U+10000 (Han, financial and fullwidth digits).
        for c in (0x80..0x10000)
            .filter_map(char::from_u32)
            .filter(|&c| starts_figure(c))
        {
            let (w, b) = lexicon::filter_bit(c);
            set[w] |= b;
        }
        set
    })
}

fn starts_figure(c: char) -> bool {
    ascii_digit(c).is_some()
        || digit(c).is_some()
        || matches!(
            c,
            '十' | '拾'
                | '百'
                | '佰'
                | '千'
                | '仟'
                | '万'
                | '亿'
                | '几'
                | '数'
                | '上'
                | '成'
                | '翻'
        )
}

pub fn scan(bt: &BlockText) -> Vec<Draft> {
    let mut out: Vec<Draft> = Vec::new();
    let mut i = 0;
    while i < bt.len() {
        let c = bt.cs[i];
        let floor = out.last().map_or(0, |d| d.end);
        // English words that can be figures: spelled numbers, ordinals, months
        if c.is_ascii_alphabetic() && en::word_start(bt, i) {
            match en::word_figure(bt, i, floor) {
                Ok(d) if !bt.in_hole(d.start, d.end) => {
                    i = d.end.max(i + 1);
                    out.push(d);
                }
                Ok(d) => i = d.end.max(i + 1),
                Err(next) => i = next.max(i + 1),
            }
            continue;
        }
        if !could_start(c) || bt.in_hole(i, i + 1) {
            i += 1;
            continue;
        }
        match figure_at(bt, i, floor) {
            Ok(mut d) => {
                if bt.in_hole(d.start, d.end) {
                    i = d.end.max(i + 1);
                    continue;
                }
                if let Some(p) = out.last() {
                    day_after_date(bt, p, &mut d);
                }
                i = d.end.max(i + 1);
                out.push(d);
            }
            Err(next) => i = next.max(i + 1),
        }
    }
    out
}

/// `5月1日至3日`: a day after a date and a range connector takes the date's
/// year and month (`--05-03`, `2024-05-03`), which it leaves unsaid.
fn day_after_date(bt: &BlockText, prev: &Draft, d: &mut Draft) {
    let Some(prev_iso) = prev
        .iso
        .as_deref()
        // a whole day: 2024-05-01 or --05-01 (not the month 2024-05)
        .filter(|p| {
            (p.len() == 10 && p.as_bytes()[7] == b'-') || (p.len() == 7 && p.starts_with("--"))
        })
    else {
        return;
    };
    if d.kind != Kind::Date || d.iso.is_some() || prev.kind != Kind::Date {
        return;
    }
    if d.start != prev.end + 1 || !bt.get(prev.end).is_some_and(is_range_connector) {
        return;
    }
    let Some(n) = numeral::parse(&bt.cs, d.start) else {
        return;
    };
    if let Some(day) =
        small_int(&n, 31.0).filter(|_| bt.get(n.end) == Some('日') && n.end + 1 == d.end)
    {
        d.iso = Some(format!("{}{day:02}", &prev_iso[..prev_iso.len() - 2]));
        d.value = prev.value;
    }
}

/// The figure starting at `i` (its qualifiers may start before `i`, but not
/// before `floor`), or where to resume scanning.
fn figure_at(bt: &BlockText, i: usize, floor: usize) -> Result<Draft, usize> {
    let c = bt.cs[i];
    // Words that begin vague amounts: 成千上萬, 數以萬計
    if matches!(c, '成' | '数') {
        for &(w, low) in VAGUE_WORDS {
            if let Some(e) = bt.starts(i, w) {
                return Ok(vague(bt, i, e, low, None));
            }
        }
    }
    // 上百, 上千萬: at least that many
    if bt.get(i) == Some('上') {
        let n = numeral::parse(&bt.cs, i + 1)
            .filter(|n| n.bare_unit && n.low >= 100.0)
            .ok_or(i + 1)?;
        return Ok(vague(bt, i, n.end, n.low, None));
    }
    if bt.get(i) == Some('成') {
        return Err(i + 1);
    }
    // 翻一番, 翻了兩番: 2^n
    if bt.get(i) == Some('翻') {
        let mut k = i + 1;
        if bt.get(k) == Some('了') {
            k += 1;
        }
        let n = numeral::parse(&bt.cs, k).ok_or(i + 1)?;
        // A whole number of doublings (powi, not powf: no libm in the wasm).
        if bt.get(n.end) != Some('番') || n.low != n.high || n.low.fract() != 0.0 || n.low > 64.0 {
            return Err(i + 1);
        }
        let mut d = Draft::new(i, n.end + 1, Kind::Multiple, Some(2f64.powi(n.low as i32)));
        d.change = Some(Change::Increase);
        return Ok(d);
    }
    // 百分之七, 千分之三: divided (3 / 10 is the double nearest 0.3; 3 × 0.1 is not)
    let per_whole = if matches!(c, '百' | '千' | '万') {
        &[("百分之", 1.0), ("千分之", 10.0), ("万分之", 100.0)][..]
    } else {
        &[]
    };
    for &(w, div) in per_whole {
        if let Some(k) = bt.starts(i, w) {
            let n = numeral::parse(&bt.cs, k)
                .filter(|n| !n.bare_unit)
                .ok_or(k)?;
            let (start, approx) = prefix(bt, i, floor);
            let mut d = Draft::new(start, n.end, Kind::Percent, Some(n.low / div));
            d.unit = Some("%");
            d.approximate = approx || n.ranged;
            set_range(&mut d, n.low / div, n.high / div);
            let (end, sfx) = suffix_approx(bt, d.end, Kind::Percent);
            d.end = end;
            d.approximate |= sfx;
            return Ok(d);
        }
    }
    // 降低了一半, 一半以上: half, as a share (一年半 is read as a duration)
    let after_numeral = bt.get(i.wrapping_sub(1)).is_some_and(could_start);
    if c == '一' && bt.get(i + 1) == Some('半') && !after_numeral {
        let (start, approx) = prefix(bt, i, floor);
        let mut d = Draft::new(start, i + 2, Kind::Percent, Some(50.0));
        d.unit = Some("%");
        let (end, sfx) = suffix_approx(bt, d.end, Kind::Percent);
        d.end = end;
        d.approximate = approx || sfx;
        return Ok(d);
    }
    let n = numeral::parse(&bt.cs, i).ok_or(i + 1)?;
    if bt.in_hole(n.start, n.end) {
        return Err(n.end);
    }
    number_figure(bt, n, floor)
}

fn vague(bt: &BlockText, start: usize, end: usize, low: f64, high: Option<f64>) -> Draft {
    let tail = read_tail(bt, end, false, true, false);
    let factor = tail.as_ref().map_or(1.0, |t| t.factor);
    // 成千上萬的遊客: a vague amount with no unit still counts something.
    let mut d = Draft::new(
        start,
        tail.as_ref().map_or(end, |t| t.end),
        tail.as_ref().map_or(Kind::Count, |t| t.kind),
        None,
    );
    d.unit = tail.as_ref().and_then(|t| t.unit);
    d.low = Some(low * factor);
    d.high = high.map(|h| h * factor);
    d.approximate = true;
    d
}

fn set_range(d: &mut Draft, low: f64, high: f64) {
    if low != high {
        d.low = Some(low);
        d.high = Some(high);
        d.value = Some(low);
    }
}

/// Qualifiers before a number: (where the figure starts, approximate?).
fn prefix(bt: &BlockText, i: usize, floor: usize) -> (usize, bool) {
    let from = floor.max(i.saturating_sub(6));
    match bt.lex_before(from, i, lexicon::approx_before()) {
        // 出超87億: the qualifier is the end of another word
        Some((s, _))
            if bt
                .lex_before(from, i, lexicon::not_approx())
                .is_some_and(|(ns, _)| ns < s) =>
        {
            (i, false)
        }
        Some((s, _)) => (s, true),
        None => (i, false),
    }
}

/// Suffix qualifiers (`左右`, `以上`; `多` only after durations): (new end, approximate?).
fn suffix_approx(bt: &BlockText, end: usize, kind: Kind) -> (usize, bool) {
    match bt.lex_at(end, lexicon::approx_after()) {
        Some((e, _)) => {
            let single = e - end == 1;
            // 三億多 (網民): 多 after a 萬 or 億 qualifies the amount itself,
            // and so does 多 after a share in tenths (三成多的受訪者)
            let last = bt.get(end.wrapping_sub(1));
            let after_big = (kind == Kind::Number && matches!(last, Some('万' | '亿')))
                || (kind == Kind::Percent && last == Some('成'));
            if single && kind != Kind::Duration && !after_big {
                return (end, false);
            }
            (e, true)
        }
        None => (end, false),
    }
}

/// The unit, percent sign, measure word or currency after a number ending at `j`.
/// `lone_one`: the number is just 一; `qualified`: a qualifier precedes it;
/// `arabic`: written in digits.
fn read_tail(
    bt: &BlockText,
    j: usize,
    lone_one: bool,
    qualified: bool,
    arabic: bool,
) -> Option<Tail> {
    let mut k = j;
    let mut approx = false;
    // 30多人, 30餘家, 十來個
    if matches!(bt.get(k), Some('多' | '余' | '来')) && bt.lex_at(k + 1, lexicon::units()).is_some()
    {
        approx = true;
        k += 1;
    }
    let tail = |end, kind, unit, factor| {
        Some(Tail {
            end,
            kind,
            unit,
            factor,
            approx,
            hundredths: 0,
            per: None,
        })
    };
    match bt.get(k)? {
        '%' | '％' => {
            return tail(k + 1, Kind::Percent, Some("%"), 1.0);
        }
        '‰' => return tail(k + 1, Kind::Percent, Some("%"), 0.1),
        '倍' => return tail(k + 1, Kind::Multiple, None, 1.0),
        '成' => {
            // 兩成 = 20%, but 建成, 成為, 成本 are words
            let next = bt.get(k + 1);
            if next
                .is_some_and(|c| lexicon::in_set("为员立本果绩熟功交都长效就型份分品年人绩片群", c))
            {
                return None;
            }
            let mut t = Tail {
                end: k + 1,
                kind: Kind::Percent,
                unit: Some("%"),
                factor: 10.0,
                approx,
                hundredths: 0,
                per: None,
            };
            if next == Some('半') {
                t.hundredths = 50;
                t.end += 1;
            } else if let Some(d) = next.and_then(digit).filter(|&d| d > 0) {
                // 九成五 = 95%: a digit after 成 is the next place, when the
                // amount ends there (not 八成一樣, "80% the same")
                if amount_ends(bt, k + 2, "的以左上多余") {
                    t.hundredths = d * 10;
                    t.end += 1;
                }
            }
            return Some(t);
        }
        _ => {}
    }
    for w in ["个百分点", "百分点"] {
        if let Some(e) = bt.starts(k, w) {
            return tail(e, Kind::Percent, Some("pp"), 1.0);
        }
    }
    let (mut e, row) = bt.lex_at(k, lexicon::units())?;
    // 三年級, 3點鐘, 五一期間: the word is no unit.
    if let Some((ne, _)) = bt.lex_at(k, lexicon::not_units()) {
        if ne >= e {
            return None;
        }
    }
    let r = &zh::UNITS[row];
    // 十九屆五中全會 names a meeting
    if r.word == "屆" && bt.get(e).and_then(digit).is_some() && bt.starts(e + 1, "中全").is_some()
    {
        return None;
    }
    // 三三兩兩 (in twos and threes), 兩兩相對 (pairwise) weigh nothing.
    if r.word == "兩" && (bt.get(e) == Some('两') || bt.get(k.wrapping_sub(1)) == Some('两')) {
        return None;
    }
    // 長三角, 兩度奪冠: these units need Arabic digits.
    if !arabic && zh::ARABIC_ONLY_UNITS.contains(r.word) {
        return None;
    }
    let mut t = Tail {
        end: e,
        kind: r.kind,
        unit: r.unit(),
        factor: r.factor(),
        approx,
        hundredths: 0,
        per: None,
    };
    // 一個半月, 一年半, 3個多月
    if r.unit().is_none() && r.word == "個" {
        let mut m = e;
        if matches!(bt.get(m), Some('半' | '多')) {
            t.hundredths = if bt.get(m) == Some('半') { 50 } else { 0 };
            t.approx |= bt.get(m) == Some('多');
            m += 1;
        }
        if let Some((e2, row2)) = bt.lex_at(m, lexicon::units()).filter(|&(_, r2)| {
            matches!(zh::UNITS[r2].kind, Kind::Duration | Kind::Measure)
                && zh::UNITS[r2].unit().is_some()
        }) {
            let r2 = &zh::UNITS[row2];
            t = Tail {
                end: e2,
                kind: r2.kind,
                unit: r2.unit(),
                factor: 1.0,
                approx: t.approx,
                hundredths: t.hundredths,
                per: None,
            };
            e = e2;
        } else {
            t.hundredths = 0;
            t.approx = approx;
        }
    }
    if t.kind == Kind::Duration && bt.get(e) == Some('半') {
        t.hundredths = 50;
        t.end = e + 1;
    }
    // 塊 is money (一千塊, 三塊五 = 3.5, 兩塊五毛) unless a noun follows it as
    // a measure word (三塊蛋糕, 三塊五花肉).
    if r.word == "塊" {
        let d = bt.get(e).and_then(digit).filter(|&d| d > 0);
        let at = e + usize::from(d.is_some());
        let jiao = d.is_some() && matches!(bt.get(at), Some('毛' | '角'));
        if jiao || amount_ends(bt, at, "的了左以多余") {
            t.hundredths = d.unwrap_or(0) * 10;
            t.end = at + usize::from(jiao);
        } else {
            (t.kind, t.unit, t.factor) = (Kind::Count, None, 1.0);
        }
    }
    // 一米八 = 1.8 m, 1米75 = 1.75 m, 8米05: a height's or a jump's decimals
    // after 米, in the number's own script, when the amount ends there (not
    // 3米5個, 一米八十, 100米3次).
    if r.word == "米" {
        let dig = |c: char| {
            if arabic {
                numeral::ascii_digit(c).map(|d| d as u8)
            } else {
                digit(c)
            }
        };
        if let Some(d1) = bt.get(e).and_then(dig) {
            let d2 = bt.get(e + 1).and_then(dig);
            let at = e + 1 + usize::from(d2.is_some());
            let ends = amount_ends(bt, at, "的左高多几上")
                && bt.get(at).is_none_or(|c| {
                    !c.is_ascii_alphanumeric()
                        && numeral::ascii_digit(c).is_none()
                        && !matches!(c, '.' | '．')
                });
            if ends {
                t.hundredths = d2.map_or(d1 * 10, |d2| d1 * 10 + d2);
                t.end = at;
            }
        }
    }
    // 一斤半 = 1.5 jin, 三斤二兩 = 3.2 jin (ten 兩 to the 斤).
    if r.word == "斤" {
        if bt.get(e) == Some('半') {
            t.hundredths = 50;
            t.end = e + 1;
        } else if let Some(d) = bt
            .get(e)
            .and_then(digit)
            .filter(|_| bt.get(e + 1) == Some('两'))
        {
            t.hundredths = d * 10;
            t.end = e + 2;
        }
    }
    // 一批, 一個: an article. 一年, 一公里: only with a qualifier or a half (近一年, 一年半).
    if lone_one
        && t.hundredths == 0
        && (t.kind == Kind::Count
            || (matches!(t.kind, Kind::Duration | Kind::Measure) && !qualified))
    {
        return None;
    }
    // 12.35元/股, 3000元/平方米
    if t.kind == Kind::Money && matches!(bt.get(t.end), Some('/' | '／')) {
        if let Some((pe, prow)) = bt.lex_at(t.end + 1, lexicon::units()) {
            t.per = Some(
                zh::UNITS[prow]
                    .unit()
                    .unwrap_or(zh::UNITS[prow].word)
                    .to_string(),
            );
            t.end = pe;
        }
    }
    Some(t)
}

/// Does the amount end at `at` (`九成五`, `三塊五`, `一米八` read a digit after
/// their unit only then)? The text ends, or a non-Han character follows, or
/// one of the Han characters `after_words` (的, 左 of 左右, 多 …).
fn amount_ends(bt: &BlockText, at: usize, after_words: &str) -> bool {
    bt.get(at)
        .is_none_or(|c| !crate::clean::is_han(c) || lexicon::in_set(after_words, c))
}

/// The `每X` before a price: `每股12.35元` → `share`.
/// The noun may sit between (`每股派發現金紅利0.32元`, `每人發放2,000港元`) within the clause.
/// With `canonical`, only a noun with a unit of its own (`每戶` → `household`,
/// not `每個`). A numeral after 每 (`每兩年`) is a count of units, not one.
fn per_before(bt: &BlockText, start: usize, canonical: bool) -> Option<String> {
    let mei = clause_back(bt, start, 12).find(|&k| bt.get(k) == Some('每'))?;
    if bt.get(mei + 1).and_then(digit).is_some() {
        return None;
    }
    let (_, row) = bt.lex_at(mei + 1, lexicon::units())?;
    let r = &zh::UNITS[row];
    match r.unit() {
        Some(u) => Some(u.to_string()),
        None if !canonical => Some(r.word.to_string()),
        None => None,
    }
}

/// `時速` shortly before a distance, in its clause: the distance is per hour.
fn speed_before(bt: &BlockText, start: usize) -> bool {
    clause_back(bt, start, 8)
        .any(|k| bt.get(k) == Some('速') && k > 0 && bt.get(k - 1) == Some('时'))
}

/// The positions before `start`, nearest first, at most `max` of them and
/// none past a clause break.
fn clause_back<'b>(
    bt: &'b BlockText,
    start: usize,
    max: usize,
) -> impl Iterator<Item = usize> + 'b {
    (start.saturating_sub(max)..start)
        .rev()
        .take_while(move |&k| {
            bt.get(k).is_some_and(|c| {
                !matches!(
                    c,
                    '，' | ',' | '。' | '；' | ';' | '：' | ':' | '、' | '！' | '？'
                )
            })
        })
}

/// Decades and centuries, as dates spanning their years (`iso` the decade's
/// or century's leading digits, as ISO 8601 writes them):
/// - `2010年代`; `90年代`, `九十年代` (the 1990s; `00年代`, `10年代` are this
///   century's); `上世紀80年代`, `20世紀90年代` (the century says which);
/// - `20世紀`, `十九世紀` alone: the century, no year stated (value null).
fn century_or_decade(bt: &BlockText, n: &Num) -> Option<Draft> {
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
    let decade = |start: usize, end: usize, year: u32| {
        let mut d = Draft::new(start, end, Kind::Date, Some(f64::from(year)));
        (d.low, d.high) = (Some(f64::from(year)), Some(f64::from(year + 9)));
        d.iso = Some(format!("{:03}", year / 10));
        d
    };
    if let Some(after) = bt.starts(n.end, "世纪").filter(|_| (1..=21).contains(&v)) {
        let base = (v - 1) * 100;
        if let Some(m) =
            numeral::parse(&bt.cs, after).filter(|m| bt.starts(m.end, "年代").is_some())
        {
            if let Some(t) = tens(&m) {
                return Some(decade(n.start, m.end + 2, base + t));
            }
        }
        let mut d = Draft::new(n.start, after, Kind::Date, None);
        (d.low, d.high) = (Some(f64::from(base)), Some(f64::from(base + 99)));
        d.iso = Some(format!("{:02}", v - 1));
        return Some(d);
    }
    let end = bt.starts(n.end, "年代")?;
    if n.arabic && n.int_digits == 4 && v % 10 == 0 && (1000..=2100).contains(&v) {
        return Some(decade(n.start, end, v));
    }
    let t = tens(n)?;
    for (w, base) in [
        ("上个世纪", 1900),
        ("上世纪", 1900),
        ("本世纪", 2000),
        ("新世纪", 2000),
    ] {
        if let Some(s) = bt.ends(n.start, w) {
            return Some(decade(s, end, base + t));
        }
    }
    Some(decade(
        n.start,
        end,
        if t <= 10 { 2000 + t } else { 1900 + t },
    ))
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

fn small_int(n: &Num, max: f64) -> Option<u32> {
    (!n.decimal
        && !n.vague
        && !n.ranged
        && !n.positional
        && n.low == n.high
        && n.low >= 1.0
        && n.low <= max)
        .then_some(n.low as u32)
}

/// `2021年5月1日`, `5月1日`, `6月末`, `2024-05-12`: a date starting with `n`.
fn date(bt: &BlockText, n: &Num) -> Option<Draft> {
    if let Some(d) = century_or_decade(bt, n) {
        return Some(d);
    }
    // 2021-2022年, 2021至2022年: one date range
    if is_year(n) && bt.get(n.end).is_some_and(is_range_connector) {
        if let Some(m) = numeral::parse(&bt.cs, n.end + 1)
            .filter(|m| is_year(m) && m.low > n.low && bt.get(m.end) == Some('年'))
        {
            let mut d = Draft::new(n.start, m.end + 1, Kind::Date, Some(n.low));
            (d.low, d.high) = (Some(n.low), Some(m.low));
            d.iso = Some(format!("{:04}/{:04}", n.low as u32, m.low as u32));
            return Some(d);
        }
    }
    // 2024-05-12, 2024/5/12, 2024.5.12
    if n.arabic && n.int_digits == 4 && (1000.0..=2100.0).contains(&n.low) {
        let sep_at = n.start + 4;
        if let Some(sep) = bt.get(sep_at).filter(|c| matches!(c, '-' | '/' | '.')) {
            let m = numeral::parse(&bt.cs, sep_at + 1)?;
            let month = small_int(&m, 12.0).filter(|_| m.arabic && m.end - m.start <= 2)?;
            if bt.get(m.end) != Some(sep) {
                return None;
            }
            let dd = numeral::parse(&bt.cs, m.end + 1)?;
            let day = small_int(&dd, 31.0).filter(|_| dd.arabic && dd.end - dd.start <= 2)?;
            let mut d = Draft::new(n.start, dd.end, Kind::Date, Some(n.low));
            d.iso = Some(format!("{:04}-{:02}-{:02}", n.low as u32, month, day));
            return Some(d);
        }
    }
    let mut year = None;
    let mut k = n.start;
    let mut end = n.start;
    // ...but `一千二百五十年來` is a span: a spelled year is no year before these.
    let span_after = spelled_year(n)
        && bt
            .get(n.end + 1)
            .is_some_and(|c| lexicon::in_set("前来间内多余后里左以", c));
    if is_year(n)
        && bt.get(n.end) == Some('年')
        && bt.lex_at(n.end, lexicon::not_units()).is_none()
        && !span_after
    {
        year = Some(n.low as u32);
        k = n.end + 1;
        end = k;
        if bt.get(k) == Some('度') {
            k += 1;
            end = k;
        }
    }
    let mut month = None;
    let m = if year.is_some() {
        numeral::parse(&bt.cs, k)
    } else {
        Some(n.clone())
    };
    if let Some(m) = m.filter(|m| m.start == k) {
        if let Some(mo) = small_int(&m, 12.0).filter(|_| {
            bt.get(m.end) == Some('月') && bt.get(m.start.wrapping_sub(1)) != Some('个')
        }) {
            month = Some(mo);
            end = m.end + 1;
            if bt.get(end) == Some('份') {
                end += 1;
            }
        }
    }
    let mut day = None;
    if month.is_some() {
        if let Some(dd) = numeral::parse(&bt.cs, end) {
            if let Some(dv) =
                small_int(&dd, 31.0).filter(|_| matches!(bt.get(dd.end), Some('日' | '号')))
            {
                day = Some(dv);
                end = dd.end + 1;
            }
        }
        if day.is_none() {
            for w in ["末", "底", "初", "上旬", "中旬", "下旬"] {
                if let Some(e) = bt.starts(end, w) {
                    end = e;
                    break;
                }
            }
        }
    } else if year.is_none() {
        // 12日 alone: a day of the month
        let dv = small_int(n, 31.0).filter(|_| n.arabic && bt.get(n.end) == Some('日'))?;
        let _ = dv;
        return Some(Draft::new(n.start, n.end + 1, Kind::Date, None));
    }
    if year.is_none() && month.is_none() {
        return None;
    }
    if year.is_some() {
        for w in ["底", "末", "初"] {
            if month.is_none() {
                if let Some(e) = bt.starts(end, w) {
                    end = e;
                    break;
                }
            }
        }
    }
    let mut d = Draft::new(n.start, end, Kind::Date, year.map(f64::from));
    d.iso = Some(match (year, month, day) {
        (Some(y), Some(m), Some(dd)) => format!("{y:04}-{m:02}-{dd:02}"),
        (Some(y), Some(m), None) => format!("{y:04}-{m:02}"),
        (Some(y), None, _) => format!("{y:04}"),
        (None, Some(m), Some(dd)) => format!("--{m:02}-{dd:02}"),
        (None, Some(m), None) => format!("--{m:02}"),
        (None, None, _) => return None,
    });
    Some(d)
}

/// A bare Arabic number that is an identifier: stock codes, phone numbers, IDs.
fn identifier(bt: &BlockText, n: &Num) -> Option<usize> {
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
    let labelled = [
        "代码", "代号", "编号", "电话", "热线", "号码", "账号", "邮编", "QQ", "证号",
    ]
    .iter()
    .any(|w| {
        bt.ends(n.start, w).is_some()
            || bt.ends(n.start.saturating_sub(1), w).is_some() && matches!(before, Some(':' | '：'))
    });
    if n.leading_zero
        || (n.int_digits >= 7 && !n.separated)
        || (paren && n.int_digits >= 4)
        || labelled
    {
        return Some(n.end);
    }
    None
}

fn number_figure(bt: &BlockText, n: Num, floor: usize) -> Result<Draft, usize> {
    let skip = Err(n.end);
    let before = n.start.checked_sub(1).and_then(|k| bt.get(k));
    let after = bt.get(n.end);
    // 5G, G20, COVID-19, 1+8+X: numbers inside names
    // ...unless the letters are a unit symbol standing alone (12.4GW, 35km).
    let symbol = bt
        .lex_at(n.end, lexicon::units())
        .filter(|&(e, _)| !is_ascii_letter(bt.get(e)) && bt.get(e).and_then(ascii_digit).is_none());
    if n.arabic && is_ascii_letter(after) && symbol.is_none() && !is_ascii_letter(before) {
        // 3rd, 21st; the 1990s; 3bn, 2x, 20p: English glued to the digits
        if let Some(e) = en::ordinal_suffix(bt, &n) {
            return Ok(Draft::new(n.start, e, Kind::Rank, Some(n.low)));
        }
        if let Some(d) = en::date_number(bt, &n) {
            return Ok(d);
        }
        if en::tail(bt, n.end).is_none() {
            return skip;
        }
    }
    if n.arabic && is_ascii_letter(before) {
        // PM2.5, MH370: skip the whole code, not just its first digits
        let mut e = n.end;
        while bt.get(e).is_some_and(|c| {
            c.is_ascii_alphanumeric()
                || (c == '.' && bt.get(e + 1).is_some_and(|d| d.is_ascii_digit()))
        }) {
            e += 1;
        }
        return Err(e);
    }
    if let Some((e, v)) = en::hyphen_ratio(bt, &n) {
        return Ok(Draft::new(n.start, e, Kind::Ratio, Some(v)));
    }
    if let Some(e) = en::phone_or_ticker(bt, &n) {
        return Ok(Draft::new(
            n.start - usize::from(before == Some('+')),
            e,
            Kind::Identifier,
            None,
        ));
    }
    if matches!(before, Some('+' | '＋')) || matches!(after, Some('+' | '＋')) {
        return skip;
    }
    // [3] footnote markers, 24/7
    if before == Some('[') && after == Some(']') {
        return Err(n.end + 1);
    }
    if after == Some('/') && bt.get(n.end + 1) == Some('7') && n.low == 24.0 {
        return Err(n.end + 2);
    }
    if before == Some('-') && n.start >= 2 && is_ascii_letter(bt.get(n.start - 2)) {
        return skip;
    }
    // 80後, 九零後, 00後: a generation (born in that decade or half), no quantity
    if after == Some('后')
        && (n.arabic && n.int_digits == 2 || n.positional && n.end - n.start == 2)
        && !n.decimal
        && (n.low as u64) % 5 == 0
    {
        return Err(n.end + 1);
    }
    // 十九大, 一大, 六大品牌
    if bt.lex_at(n.end, lexicon::name_suffixes()).is_some() && before != Some('第') {
        return skip;
    }
    // 第二, 第三批, 第一名; 第一季度 is a period
    if before == Some('第') {
        if bt.starts(n.end, "季度").is_some() || bt.starts(n.end, "季").is_some() {
            return skip;
        }
        let v = small_int(&n, 1e6).ok_or(n.end)?;
        let mut end = n.end;
        if let Some((e, row)) = bt.lex_at(end, lexicon::units()) {
            if zh::UNITS[row].kind == Kind::Count
                && bt
                    .lex_at(end, lexicon::not_units())
                    .is_none_or(|(ne, _)| ne < e)
            {
                end = e;
            }
        }
        if bt.get(end) == Some('大') {
            end += 1;
        }
        if let Some((e, _)) = bt
            .lex_at(end, lexicon::units())
            .filter(|&(_, r)| end == n.end && zh::UNITS[r].kind == Kind::Duration)
        {
            end = e; // 第3天
        }
        // 第一產業, 第三方, 第一時間: a name, not a rank
        if end == n.end
            && bt
                .get(end)
                .is_some_and(|c| crate::clean::is_han(c) && !is_superlative(c))
        {
            return skip;
        }
        if bt.get(end).is_some_and(is_superlative) && end == n.end {
            end += 1; // 第三高, 第5號
        }
        return Ok(Draft::new(n.start - 1, end, Kind::Rank, Some(v as f64)));
    }
    // Period phrases are context, not figures: 前4個月, 一季度, 兩年平均
    if before == Some('前')
        && (bt
            .lex_at(n.end, lexicon::units())
            .is_some_and(|(_, r)| zh::UNITS[r].kind == Kind::Duration)
            || bt.get(n.end) == Some('季'))
    {
        return skip;
    }
    if bt.starts(n.end, "季度").is_some() || (bt.starts(n.end, "年平均").is_some() && !n.arabic)
    {
        return skip;
    }
    if let Some(d) = date(bt, &n).or_else(|| en::date_number(bt, &n)) {
        return Ok(d);
    }
    // Month ranges (1-5月) are periods.
    if n.arabic || !n.positional {
        if let Some(&c) = bt.cs.get(n.end).filter(|&&c| is_range_connector(c)) {
            let _ = c;
            if let Some(m) = numeral::parse(&bt.cs, n.end + 1) {
                if bt.get(m.end) == Some('月')
                    && small_int(&m, 12.0).is_some()
                    && small_int(&n, 12.0).is_some()
                {
                    return Err(m.end + 1);
                }
            }
        }
    }
    // 1.49:1, 2.45∶1, 1比3; 10:30 is a clock time
    if let Some(sep) = after.filter(|c| matches!(c, ':' | '：' | '∶' | '比')) {
        let right = numeral::parse(&bt.cs, n.end + 1).filter(|r| !r.vague && !r.bare_unit);
        let clock = right.as_ref().is_some_and(|r| {
            matches!(sep, ':' | '：')
                && n.arabic
                && !n.decimal
                && !r.decimal
                && n.low <= 24.0
                && r.arabic
                && r.end - r.start == 2
                && r.low < 60.0
        });
        if let Some(r) = right.as_ref().filter(|_| clock) {
            return Err(r.end);
        }
        if let Some(r) = right.filter(|r| r.low != 0.0) {
            if sep != '比' || n.arabic == r.arabic {
                let mut d = Draft::new(n.start, r.end, Kind::Ratio, Some(round(n.low / r.low)));
                let (s, approx) = prefix(bt, n.start, floor);
                d.start = s;
                d.approximate = approx;
                return Ok(d);
            }
        }
    }
    // 三分之一, 1/3
    let frac = bt
        .starts(n.end, "分之")
        .or_else(|| matches!(after, Some('/' | '／')).then_some(n.end + 1));
    if let Some(k) = frac {
        if let Some(m) = numeral::parse(&bt.cs, k).filter(|m| !m.vague && m.arabic == n.arabic) {
            let (num, den) = if k == n.end + 1 {
                (n.low, m.low)
            } else {
                (m.low, n.low)
            };
            let plausible = den > 0.0
                && num <= den
                && (k != n.end + 1 || (n.arabic && !n.decimal && !m.decimal && den <= 100.0));
            if plausible
                && bt
                    .lex_at(m.end, lexicon::units())
                    .is_none_or(|_| k != n.end + 1)
            {
                let (s, approx) = prefix(bt, n.start, floor);
                let mut d = Draft::new(s, m.end, Kind::Percent, Some(round(num / den * 100.0)));
                d.unit = Some("%");
                d.approximate = approx;
                return Ok(d);
            }
        }
    }
    if read_tail(bt, n.end, false, true, n.arabic).is_none() && en::tail(bt, n.end).is_none() {
        if let Some(end) = identifier(bt, &n).or_else(|| en::identifier(bt, &n)) {
            return Ok(Draft::new(n.start, end, Kind::Identifier, None));
        }
    }

    // Qualifiers and currency before the number.
    let mut start = n.start;
    let mut currency: Option<&'static str> = None;
    let from = floor.max(start.saturating_sub(4));
    if let Some((s, row)) = bt.lex_before(from, start, lexicon::currency_prefixes()) {
        currency = Some(zh::CURRENCY_PREFIXES[row].1);
        start = s;
    }
    // ¥ in English text is the yen
    if currency == Some("CNY")
        && bt.get(start) == Some('¥')
        && (start == 0 || bt.get(start - 1).is_some_and(|c| c.is_ascii()))
    {
        currency = Some("JPY");
    }
    // US$, HK$, USD, Rs: longer English prefixes win over a bare $
    if let Some((s, code)) =
        en::currency_before(bt, floor, n.start).filter(|&(s, _)| s < start || currency.is_none())
    {
        currency = Some(code);
        start = s;
    }
    let mut sign = 1.0;
    // 零下 reads over a range (零下3到5度 is -3 to -5); a minus sign does not (-3至5℃).
    let mut below_zero = false;
    if let Some(s) = bt.ends(start, "零下") {
        sign = -1.0;
        below_zero = true;
        start = s;
    } else if bt.ends(start, "负").is_some() && start > floor {
        sign = -1.0;
        start -= 1;
    } else if matches!(bt.get(start.wrapping_sub(1)), Some('-' | '－' | '−'))
        && start > floor
        && n.arabic
    {
        let b2 = start.checked_sub(2).and_then(|k| bt.get(k));
        if b2.is_none_or(|c| {
            !(c.is_alphanumeric() && ascii_digit(c).is_none() && !crate::clean::is_han(c))
                && ascii_digit(c).is_none()
        }) {
            sign = -1.0;
            start -= 1;
        }
    }
    if sign > 0.0 {
        if let Some(s) = en::minus_before(bt, floor, start) {
            sign = -1.0;
            start = s;
        }
    }
    let (pstart, mut approx) = prefix(bt, start, floor);
    start = pstart;
    let between = en::between_before(bt, floor, start);
    if let Some(s) = between {
        start = s;
    }
    if !approx {
        if let Some(s) = en::approx_before(bt, floor, start) {
            approx = true;
            start = s;
        } else if let Some(s) = en::exact_before(bt, floor, start) {
            start = s;
        }
    }
    // A bare unit is a number only after a qualifier (近萬名) or before one (百餘家).
    if n.bare_unit && !approx {
        if matches!(bt.get(n.end), Some('余' | '多' | '来')) && n.low >= 100.0 {
            approx = true;
        } else {
            return skip;
        }
    }

    // The number's own tail, and a range to a second number.
    let name = n.arabic
        && currency.is_none()
        && !matches!(after, Some('%' | '％'))
        && en::is_name_number(bt, &n);
    // the first 10 months, the past five years: a period, not a figure
    let period_word = matches!(en::prev_word(bt, start), "first" | "past" | "last" | "next");
    let the_before = start
        .checked_sub(en::prev_word(bt, start).len() + 1)
        .is_some_and(|k| en::prev_word(bt, k) == "the");
    if period_word && the_before && en::tail(bt, n.end).is_some_and(|t| t.kind == Kind::Duration) {
        return Err(en::tail(bt, n.end).map_or(n.end, |t| t.end));
    }
    // 零下十五度, 攝氏三十度, 負二十度: 度 is a temperature after Chinese numerals too
    let degrees = !n.arabic
        && (bt.ends(n.start, "零下").is_some()
            || bt.ends(n.start, "摄氏").is_some()
            || bt.ends(n.start, "负").is_some());
    let mut tail = read_tail(
        bt,
        n.end,
        n.lone_one && currency.is_none(),
        approx,
        n.arabic || degrees,
    )
    .or_else(|| en::tail(bt, n.end));
    // Windows 11 requires, Formula 1 returns: a number in a name, unless a real unit follows
    if name && tail.as_ref().is_none_or(|t| t.kind == Kind::Count) {
        return skip;
    }
    // aged 72; weighed 2,749 pounds
    if tail.is_none() && en::prev_word(bt, start) == "aged" {
        tail = Some(Tail {
            end: n.end,
            kind: Kind::Measure,
            unit: Some("year-old"),
            factor: 1.0,
            approx: false,
            hundredths: 0,
            per: None,
        });
    }
    if let Some(t) = tail
        .as_mut()
        .filter(|t| t.unit == Some("GBP") && t.factor == 1.0 && currency.is_none())
    {
        if en::weighing_before(bt, floor, start) {
            (t.kind, t.unit) = (Kind::Measure, Some("lb"));
        }
    }
    let mut low = n.low;
    let mut high = n.high;
    let mut end = tail.as_ref().map_or(n.end, |t| t.end);
    let mut high_sign = sign;
    // 3 to 5 million, between 3% and 5%, $1m–$2m
    let to_allowed = || between.is_none() && en::range_to_allowed(bt, floor, start);
    if let Some(k) = en::range_next(bt, end, between.is_some(), to_allowed).filter(|_| n.arabic) {
        if let Some(m) = numeral::parse(&bt.cs, k).filter(|m| m.arabic) {
            let t2 = read_tail(bt, m.end, false, true, true).or_else(|| en::tail(bt, m.end));
            // voted 7 to 2, outnumber 2 to 1: a ratio, not a range
            if tail.is_none()
                && t2.is_none()
                && (m.low < n.low || m.low == 1.0)
                && m.low > 0.0
                && lexicon::has_str(bt.folded(end, k), "to")
            {
                let mut d = Draft::new(start, m.end, Kind::Ratio, Some(round(n.low / m.low)));
                d.approximate = approx;
                return Ok(d);
            }
            // after `by`, a range is two close amounts (rise by 1 to 2 points), not a change and a level
            let by_range_ok = en::prev_word(bt, start) != "by" || {
                let lo_v = n.low * tail.as_ref().map_or(1.0, |t| t.factor);
                let hi_v = m.low * t2.as_ref().map_or(1.0, |t| t.factor);
                hi_v > lo_v && hi_v < lo_v * 10.0
            };
            let compatible = match (&tail, &t2) {
                (Some(a), Some(b)) => {
                    a.kind == b.kind && a.unit == b.unit || a.kind == Kind::Number
                }
                (None, _) => true,
                (Some(_), None) => false,
            };
            if compatible && by_range_ok {
                if tail.as_ref().is_none_or(|t| t.kind == Kind::Number) {
                    // 3 to 5 million: the scale carries back to the first number;
                    // 1.2 billion and 1.5 billion yuan: the unit does
                    let first_factor = tail.as_ref().map(|t| t.factor);
                    tail = t2.clone().map(|mut t| {
                        t.factor = first_factor.unwrap_or(t.factor);
                        t
                    });
                }
                high = m.high * t2.as_ref().map_or(1.0, |t| t.factor)
                    / tail.as_ref().map_or(1.0, |t| t.factor);
                end = t2.as_ref().map_or(m.end, |t| t.end);
                if let Some(a) = &mut tail {
                    a.end = end;
                }
            }
        }
    } else if let Some(&conn) = bt.cs.get(end).filter(|&&c| is_range_connector(c)) {
        // The second number has its own sign: -3至5℃, -5至-3℃.
        let mut k = end + 1;
        high_sign = if below_zero { -1.0 } else { 1.0 };
        if matches!(bt.get(k), Some('-' | '－' | '−' | '负')) {
            high_sign = -1.0;
            k += 1;
        } else if bt.starts(k, "零下").is_some() {
            high_sign = -1.0;
            k += 2;
        }
        let next = numeral::parse(&bt.cs, k)
            .filter(|m| !m.bare_unit && m.arabic == n.arabic && !(conn == '-' && m.leading_zero));
        if next.is_none() {
            high_sign = sign;
        }
        if let Some(m) = next {
            let t2 = read_tail(bt, m.end, false, true, m.arabic).or_else(|| en::tail(bt, m.end));
            let compatible = match (&tail, &t2) {
                (Some(a), Some(b)) => a.kind == b.kind && a.unit == b.unit,
                (None, _) => true,
                (Some(_), None) => false,
            };
            if compatible && (t2.is_some() || tail.is_none()) {
                // 10至20萬元: the multiplier carries back to the first number.
                if !n.multiplied && m.multiplied && m.low > n.low * m.scale {
                    low *= m.scale;
                }
                high = m.high;
                end = t2.as_ref().map_or(m.end, |t| t.end);
                if tail.is_none() {
                    tail = t2;
                } else if let (Some(a), Some(b)) = (&mut tail, t2) {
                    a.end = b.end;
                    a.approx |= b.approx;
                }
            }
        }
    }
    // ¥4999起: after a currency symbol, a measure word is not what is counted.
    if currency.is_some()
        && tail
            .as_ref()
            .is_some_and(|t| !matches!(t.kind, Kind::Money | Kind::Number))
    {
        // ...but a scale stays: $3 billion share buyback
        tail = en::scale_only(bt, n.end);
        end = tail.as_ref().map_or(n.end, |t| t.end);
    }
    let mut kind = tail.as_ref().map_or(Kind::Number, |t| t.kind);
    let mut unit = tail.as_ref().and_then(|t| t.unit);
    let factor = tail.as_ref().map_or(1.0, |t| t.factor);
    if let Some(t) = &tail {
        approx |= t.approx;
        low += f64::from(t.hundredths) / 100.0;
        high += f64::from(t.hundredths) / 100.0;
    }
    if let Some(cur) = currency {
        match kind {
            Kind::Number => {
                kind = Kind::Money;
                unit = Some(cur);
            }
            Kind::Money => unit = Some(cur).filter(|_| unit == Some("CNY")).or(unit),
            _ => {}
        }
    }
    // a magnitude 6.8 earthquake: a reading on a scale, not 6.8 earthquakes
    if kind == Kind::Count && unit.is_none() && n.decimal && {
        let (s, k) = en::span_before(bt, n.start, |c| c.is_ascii_alphabetic());
        bt.folded(s, k) == "magnitude"
    } {
        kind = Kind::Number;
        end = n.end;
    }
    if kind == Kind::Number && currency.is_none() && en::is_name_number(bt, &n) {
        return skip;
    }
    // Years as durations: 2021年 was taken as a date above; 3年 is a duration.
    if kind == Kind::Number {
        // Bare Chinese numerals are words, not figures (一些, 十九大, 萬一,
        // 十萬火急), unless a 萬 or 億 after a digit (人口超過一千萬) or in a
        // longer numeral (十億四千萬) makes them an amount
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
                .is_some_and(|c| lexicon::in_set("刻分钟半", c));
        let amount = amount || decimal;
        if !n.arabic && !amount {
            return skip;
        }
        if n.vague || is_list_marker(bt, &n, start) {
            return skip;
        }
        // 3點, 14時: clock times are no quantities
        if bt.lex_at(n.end, lexicon::not_units()).is_some() {
            return skip;
        }
    }
    // 一年 and 一噸 are figures; 一個 was refused in read_tail
    let (e2, sfx) = suffix_approx(bt, end, kind);
    end = e2;
    approx |= sfx || n.ranged || n.infix_approx || n.vague;
    // $82.45 a barrel, 20 dollars per person
    let per_after = if kind == Kind::Money {
        en::per_after(bt, end)
    } else {
        None
    };
    if let Some((_, pe)) = &per_after {
        end = *pe;
    }
    let mut d = Draft::new(start, end, kind, None);
    d.unit = unit;
    d.approximate = approx;
    d.per = per_after
        .map(|p| p.0)
        .or_else(|| tail.as_ref().and_then(|t| t.per.clone()))
        .or_else(|| match kind {
            Kind::Money => per_before(bt, start, false),
            // 每平方公里6300人, 每戶2.5人, 每小時120公里: a rate when the
            // noun after 每 is a unit of its own (not 每個, 每名)
            Kind::Count | Kind::Measure => per_before(bt, start, true),
            _ => None,
        });
    // 時速350公里, 每小時120公里: a speed, in the unit 350公里/小時 has.
    if unit == Some("km")
        && d.per
            .as_deref()
            .map_or_else(|| speed_before(bt, start), |p| p == "hour")
    {
        (d.unit, d.per) = (Some("km/h"), None);
    }
    let (mut lo, mut hi) = (round(sign * low * factor), round(high_sign * high * factor));
    if lo > hi && below_zero {
        // 零下3到5度: low is the colder end
        (lo, hi) = (hi, lo);
    }
    if n.vague {
        d.low = Some(lo);
        d.high = Some(hi);
    } else {
        d.value = Some(lo);
        set_range(&mut d, lo, hi);
    }
    Ok(d)
}

fn is_superlative(c: char) -> bool {
    zh::RANK_SUPERLATIVES
        .chars()
        .any(|r| crate::lexicon::fold::fold_char(r) == c)
}

/// A number at the start of a line or sentence followed by a list mark.
fn is_list_marker(bt: &BlockText, n: &Num, start: usize) -> bool {
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
    edge && matches!(
        bt.get(n.end),
        Some(' ' | '、' | '.' | '．' | ')' | '）' | '\t' | '　') | None
    )
}

fn round(v: f64) -> f64 {
    super::numeral::round_to(v, 10)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_starter_filter_loses_no_starter() {
        for c in (0..0x30000).filter_map(char::from_u32) {
            let want = if c.is_ascii() {
                c.is_ascii_digit()
            } else {
                starts_figure(c)
            };
            assert_eq!(could_start(c), want, "{c:?}");
        }
        // Characters come folded: 两, 万, never 兩, 萬.
        for c in ['两', '万', '５', '〇', '贰', '十', '成'] {
            assert!(could_start(c), "{c}");
        }
        for c in ['的', '年', '％', 'a'] {
            assert!(!could_start(c), "{c}");
        }
    }
}
