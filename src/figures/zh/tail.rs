//! What follows a Chinese number and says what it counts: a percent sign,
//! `成`, a currency, a measure word or a unit, and the few units that read
//! more digits after them (`九成五`, `三塊五`, `一米八`, `三斤二兩`).

use crate::figures::shared::draft::Tail;
use crate::figures::shared::numeral::{self, Num};
use crate::figures::shared::text::BlockText;
use crate::lexicon::units::{self, UnitRow, UnitRule};
use crate::lexicon::zh::{self, Mark};
use crate::lexicon::{self, digit};
use crate::model::Kind;

/// The unit, percent sign, measure word or currency after a number ending at `j`.
/// `lone_one`: the number is just 一; `qualified`: a qualifier precedes it;
/// `arabic`: written in digits.
pub fn read_tail(
    bt: &BlockText,
    j: usize,
    lone_one: bool,
    qualified: bool,
    arabic: bool,
) -> Option<Tail> {
    let mut k = j;
    let mut approx = false;
    // 30多人, 30餘家, 十來個
    if bt.lex_at(k, lexicon::approx_infix()).is_some()
        && bt.lex_at(k + 1, lexicon::units()).is_some()
    {
        approx = true;
        k += 1;
    }
    if let Some(sign) = sign_tail(bt, k) {
        return sign.map(|t| Tail { approx, ..t });
    }
    if let Some(t) = minutes_and_seconds(bt, k) {
        return Some(t);
    }
    let (row, e) = unit_row(bt, k, arabic)?;
    let mut t = Tail::new(e, row.kind, row.unit(), row.factor());
    t.approx = approx;
    unit_rules(bt, row, &mut t, arabic);
    // 一批, 一個: an article. 一公里: only with a qualifier or a half (近一公里, 一公里半).
    // 一天, 一個月: a length of time, unless a relative day or an idiom (前一天, 一天到晚).
    // (一打 states twelve: a dozen is no article)
    if lone_one
        && t.hundredths == 0
        && row.rule != UnitRule::Dozen
        && (t.kind == Kind::Count
            || (t.kind == Kind::Measure && !qualified)
            || (t.kind == Kind::Duration && !qualified && !one_span(bt, j, t.end)))
    {
        return None;
    }
    // 12.35元/股, 3000元/平方米
    if t.kind == Kind::Money && matches!(bt.get(t.end), Some('/' | '／')) {
        if let Some((pe, prow)) = bt.lex_at(t.end + 1, lexicon::units()) {
            let r = &zh::UNITS[prow];
            t.per = Some(r.unit().unwrap_or(r.word).to_string());
            t.end = pe;
        }
    }
    Some(t)
}

/// `一天`, `一個月`, `一年` (the `一` ends at `j`, the unit at `end`) state a length of time,
/// unless the word before makes it a particular day (`前一天`, `有一天`; a qualifier after it
/// makes it a length again: `前一年左右`) or an idiom follows (`一天比一天`).
fn one_span(bt: &BlockText, j: usize, end: usize) -> bool {
    let particular = j
        .checked_sub(2)
        .and_then(|i| bt.get(i))
        .is_some_and(|c| zh::NOT_ONE_SPAN_AFTER.contains(&c));
    let qualified_after = bt.lex_at(end, lexicon::approx_after()).is_some();
    (!particular || qualified_after) && bt.lex_at(end, lexicon::one_span_idioms()).is_none()
}

/// The words of `zh::TAIL_WORDS` right after the number (`%`, `倍`, `成`,
/// `個百分點`): `Some` when one decides the tail (`Some(None)`: no figure at
/// all, as in `建成`), `None` to read a unit instead.
fn sign_tail(bt: &BlockText, k: usize) -> Option<Option<Tail>> {
    let (e, row) = bt.lex_at(k, lexicon::tail_words())?;
    let r = &zh::TAIL_WORDS[row];
    Some(match r.rule {
        UnitRule::Tenths => tenths(bt, Tail::new(e, r.kind, r.unit(), r.factor())),
        UnitRule::Discount if bt.get(e).is_some_and(|c| zh::NOT_DISCOUNT_AFTER.contains(&c)) => {
            None
        }
        _ => Some(Tail::new(e, r.kind, r.unit(), r.factor())),
    })
}

/// `兩成` = 20%, `兩成半` = 25%, `九成五` = 95%; `成為`, `成本` are words.
fn tenths(bt: &BlockText, mut t: Tail) -> Option<Tail> {
    let k = t.end - 1;
    let next = bt.get(k + 1);
    if next.is_some_and(|c| zh::NOT_TENTHS_AFTER.contains(&c)) {
        return None;
    }
    if next == Some(Mark::Half.ch()) {
        t.hundredths = 50;
        t.end += 1;
    } else if let Some(h) = batting_digits(bt, k + 1) {
        // 被打擊率2成83 = 28.3%: two Arabic digits after 成 are its hundredths
        t.hundredths = h;
        t.end += 2;
    } else if let Some(d) = next
        .and_then(|c| digit(c).or_else(|| c.to_digit(10).map(|d| d as u8)))
        .filter(|&d| d > 0)
    {
        // 九成五 = 95%: a digit after 成 is the next place, when the
        // amount ends there (not 八成一樣, "80% the same"); a digit from 二 up
        // makes no word with what follows (七成三在…), unless that is a unit or
        // more numeral (七成三年, 兩成三萬)
        let lone_digit = numeral::parse(&bt.cs, k + 1).is_some_and(|m| m.end == k + 2);
        let loose = d >= 2 && lone_digit && unit_row(bt, k + 2, false).is_none();
        // 3成5: an Arabic digit only alone (not 3成55歲, 3成5%)
        let arabic_ok = next.is_some_and(|c| !c.is_ascii_digit())
            || (lone_digit && !matches!(bt.get(k + 2), Some('%' | '％' | '.')));
        if arabic_ok && (loose || amount_ends(bt, k + 2, zh::AMOUNT_ENDS_AFTER_TENTHS)) {
            t.hundredths = d * 10;
            t.end += 1;
        }
    } else if next == Some(' ') {
        // 七成 六: one space on, a Chinese digit when the amount ends there
        if let Some(d) = bt.get(k + 2).and_then(digit).filter(|&d| d > 0) {
            if amount_ends(bt, k + 3, zh::AMOUNT_ENDS_AFTER_TENTHS) {
                t.hundredths = d * 10;
                t.end = k + 3;
            }
        }
    }
    Some(t)
}

/// Two Arabic digits at `k` that end the amount (`2成83`, a batting average's
/// thousandths), as a number of hundredths of the tenth before them.
fn batting_digits(bt: &BlockText, k: usize) -> Option<u8> {
    let d = |i: usize| bt.get(i).filter(char::is_ascii_digit).and_then(|c| c.to_digit(10));
    let h = d(k)? * 10 + d(k + 1)?;
    let ends = bt.get(k + 2).is_none_or(|c| !c.is_ascii_alphanumeric() && !matches!(c, '%' | '％' | '.'))
        && unit_row(bt, k + 2, true).is_none();
    ends.then_some(h as u8)
}

/// The unit row at `k` and its end, unless the word there is no unit here.
fn unit_row(bt: &BlockText, k: usize, arabic: bool) -> Option<(&'static UnitRow, usize)> {
    let (e, row) = bt.lex_at(k, lexicon::units())?;
    // 5mln: a Latin unit symbol never runs on into a letter
    let latin = |i: usize| bt.get(i).is_some_and(|c| c.is_ascii_alphabetic());
    if latin(e - 1) && latin(e) {
        return None;
    }
    // 三年級, 3點鐘, 五一期間: the word is no unit.
    if let Some((ne, _)) = bt.lex_at(k, lexicon::not_units()) {
        if ne >= e {
            return None;
        }
    }
    let r = &zh::UNITS[row];
    // 十九屆五中全會 names a meeting
    if r.rule == UnitRule::Session && super::plenum_at(bt, e) {
        return None;
    }
    // 三三兩兩 (in twos and threes), 兩兩相對 (pairwise) weigh nothing.
    let liang = Some(Mark::Liang.ch());
    if r.rule == UnitRule::Liang && (bt.get(e) == liang || bt.get(k.wrapping_sub(1)) == liang) {
        return None;
    }
    // 長三角, 兩度奪冠: these units need Arabic digits.
    if !arabic && r.rule == UnitRule::ArabicOnly {
        return None;
    }
    if r.rule == UnitRule::Medal && !medal(bt, e, arabic) {
        return None;
    }
    if r.rule == UnitRule::HanText && !han_text(bt, k, e) {
        return None;
    }
    Some((r, e))
}

/// `2金1銀`: a medal's character (ending at `e`) after Arabic digits, before no Han
/// character (`1998金融風暴`).
pub fn medal(bt: &BlockText, e: usize, arabic: bool) -> bool {
    arabic && !bt.get(e).is_some_and(crate::clean::is_han)
}

/// 水深250m: a Latin unit symbol (ending at `e`) in Chinese text, in lower
/// case, with no letter after it and no currency after it (250m美元 is an amount).
fn han_text(bt: &BlockText, k: usize, e: usize) -> bool {
    let is_han = |c: Option<char>| c.is_some_and(crate::clean::is_han);
    // 3M公司 is a name: the symbol is written in lower case
    let lower = bt.original(k, e).chars().all(|c| !c.is_ascii_uppercase());
    if !lower || bt.get(e).is_some_and(|c| c.is_ascii_alphanumeric()) {
        return false;
    }
    let next = if bt.get(e) == Some(' ') { e + 1 } else { e };
    if bt
        .lex_at(next, lexicon::units())
        .is_some_and(|(_, row)| zh::UNITS[row].kind == Kind::Money)
    {
        return false;
    }
    // back over the amount's digits, separators and one space
    let mut b = k;
    while b > 0
        && bt
            .get(b - 1)
            .is_some_and(|c| numeral::ascii_digit(c).is_some() || matches!(c, '.' | ',' | ' '))
        && k - b < 24
    {
        b -= 1;
    }
    is_han(b.checked_sub(1).and_then(|p| bt.get(p))) || is_han(bt.get(e))
}

/// What a few units read after them: `一個半月`, `一年半`, `三塊五`, `一米八`, `一斤半`.
fn unit_rules(bt: &BlockText, r: &UnitRow, t: &mut Tail, arabic: bool) {
    if r.unit().is_none() && r.rule == UnitRule::Piece {
        months_and_a_half(bt, t);
    }
    // 一年半, 一噸半, 兩米半 (not 3公里半小時: a unit after 半 is another figure's)
    let half = bt.get(t.end) == Some(Mark::Half.ch())
        && (t.kind == Kind::Duration
            || (t.kind == Kind::Measure && bt.lex_at(t.end + 1, lexicon::units()).is_none()));
    if half {
        t.hundredths = 50;
        t.end += 1;
    }
    match r.rule {
        UnitRule::Yuan => yuan(bt, t),
        UnitRule::Hours => hours_and_minutes(bt, t),
        UnitRule::Kuai => kuai(bt, t),
        UnitRule::Metre => metres(bt, t, arabic),
        UnitRule::Jin => jin(bt, t),
        UnitRule::Seconds if arabic => hundredths(bt, t),
        UnitRule::Dozen => t.factor = 12.0,
        _ => {}
    }
}

/// 一個半月, 3個多月: `個` before a duration or measure unit.
fn months_and_a_half(bt: &BlockText, t: &mut Tail) {
    let e = t.end;
    let mut m = e;
    let (mut hundredths, mut approx) = (0, t.approx);
    // 半 a half, 多 more than
    let half = bt.get(m) == Some(Mark::Half.ch());
    let more = bt.get(m) == Some(Mark::More.ch());
    if half || more {
        hundredths = if half { 50 } else { 0 };
        approx |= more;
        m += 1;
    }
    // (through unit_row: 3個比特幣 are coins, not bits)
    if let Some((r2, e2)) = unit_row(bt, m, true).filter(|&(r2, _)| {
        matches!(r2.kind, Kind::Duration | Kind::Measure) && r2.unit().is_some()
    }) {
        *t = Tail {
            end: e2,
            kind: r2.kind,
            unit: r2.unit(),
            factor: 1.0,
            approx,
            hundredths,
            added: 0.0,
            per: None,
        };
    }
}

/// `十 成`, `１０ 成`, `四 點 五 折`: the tail one or two spaces after the
/// number (text extracted from PDFs): any unit after a numeral itself written
/// with spaces, else only a percent word (`成`, `折`, `%`, `個百分點`), and a
/// one-character one (`成`, `折`, `倍`) only where the amount ends after it
/// (`2019 成大` names a university).
pub fn spaced_tail(bt: &BlockText, n: &Num, lone_one: bool, qualified: bool) -> Option<Tail> {
    let k = super::skip_spaces(bt, n.end, 4);
    if k == n.end {
        return None;
    }
    // 個 百 分 點: a percent word of several characters, spaced itself
    for r in zh::TAIL_WORDS.iter().filter(|r| r.word.chars().nth(1).is_some()) {
        if let Some(e) = super::spaced_word(bt, k, r.word) {
            return Some(Tail::new(e, r.kind, r.unit(), r.factor()));
        }
    }
    let spaced = (n.start..n.end).any(|i| bt.get(i) == Some(' '));
    if !spaced {
        let (e, _) = bt.lex_at(k, lexicon::tail_words())?;
        if e == k + 1 && !amount_ends(bt, e, zh::AMOUNT_ENDS_AFTER_TENTHS) {
            return None;
        }
    }
    read_tail(bt, k, lone_one, qualified, n.arabic)
}

/// A digit after a unit, Chinese or Arabic.
fn any_digit(c: char) -> Option<u8> {
    digit(c).or_else(|| numeral::ascii_digit(c).map(|d| d as u8))
}

/// 五元三毛 = 5.3, 3元5角2分 = 3.52, 50元6角三分 = 50.63: the jiao and fen
/// after 元, when the amount ends there.
fn yuan(bt: &BlockText, t: &mut Tail) {
    let e = t.end;
    let Some(d1) = bt.get(e).and_then(any_digit) else {
        return;
    };
    let fen = Some(Mark::Fen.ch());
    let (mut h, mut end) = if bt.get(e + 1).is_some_and(|c| Mark::Jiao.has(c)) {
        (d1 * 10, e + 2)
    } else if bt.get(e + 1) == fen {
        (d1, e + 2)
    } else {
        return;
    };
    if end == e + 2 && h >= 10 {
        if let Some(d2) = bt.get(end).and_then(any_digit) {
            if bt.get(end + 1) == fen {
                h += d2;
                end += 2;
            }
        }
    }
    // 三毛錢
    end += usize::from(bt.get(end) == Some(Mark::Qian.ch()));
    if amount_ends(bt, end, zh::AMOUNT_ENDS_AFTER_KUAI) {
        t.hundredths = h;
        t.end = end;
    }
}

/// 兩小時十分, 3小時20分鐘: hours and minutes, in minutes.
fn hours_and_minutes(bt: &BlockText, t: &mut Tail) {
    let Some(m) = under_sixty(bt, t.end).filter(|m| !m.decimal) else {
        return;
    };
    let Some((e, row)) = bt.lex_at(m.end, lexicon::units()) else {
        // 十分: 分 alone is no unit row (it is an adverb: 十分辛苦)
        if bt.get(m.end) == Some(Mark::Fen.ch()) && amount_ends(bt, m.end + 1, zh::AMOUNT_ENDS_AFTER_KUAI) {
            t.unit = Some(units::MINUTE);
            t.factor = 60.0;
            t.added = m.low;
            t.end = m.end + 1;
        }
        return;
    };
    if zh::UNITS[row].unit() == Some(units::MINUTE) {
        t.unit = Some(units::MINUTE);
        t.factor = 60.0;
        t.added = m.low;
        t.end = e;
    }
}

/// The minutes or seconds after a larger unit (`兩小時十分`, `1分47秒`): one plain
/// numeral under 60 at `k`.
fn under_sixty(bt: &BlockText, k: usize) -> Option<Num> {
    numeral::parse(&bt.cs, k)
        .filter(|m| m.start == k && !m.vague && !m.ranged && !m.multiplied && m.low < 60.0)
}

/// `1分47秒` = 107 seconds: `分` at `k` is minutes only before seconds (alone it is a
/// point, a cent or an adverb).
fn minutes_and_seconds(bt: &BlockText, k: usize) -> Option<Tail> {
    (bt.get(k) == Some(Mark::Fen.ch())).then_some(())?;
    let m = under_sixty(bt, k + 1)?;
    let (e, row) = bt.lex_at(m.end, lexicon::units())?;
    (zh::UNITS[row].unit() == Some(units::SECOND)).then_some(())?;
    let mut t = Tail::new(e, Kind::Duration, Some(units::SECOND), 60.0);
    t.added = m.low;
    Some(t)
}

/// 塊 is money (一千塊, 三塊五 = 3.5, 兩塊五毛) unless a noun follows it as
/// a measure word (三塊蛋糕, 三塊五花肉).
fn kuai(bt: &BlockText, t: &mut Tail) {
    let e = t.end;
    let d = bt.get(e).and_then(digit).filter(|&d| d > 0);
    let at = e + usize::from(d.is_some());
    let jiao = d.is_some() && bt.get(at).is_some_and(|c| Mark::Jiao.has(c));
    if jiao || amount_ends(bt, at, zh::AMOUNT_ENDS_AFTER_KUAI) {
        t.hundredths = d.unwrap_or(0) * 10;
        t.end = at + usize::from(jiao);
    } else {
        (t.kind, t.unit, t.factor) = (Kind::Count, None, 1.0);
    }
}

/// 一米八 = 1.8 m, 1米75 = 1.75 m, 8米05: a height's or a jump's decimals
/// after 米, in the number's own script, when the amount ends there (not
/// 3米5個, 一米八十, 100米3次).
fn metres(bt: &BlockText, t: &mut Tail, arabic: bool) {
    let e = t.end;
    let dig = |c: char| {
        if arabic {
            numeral::ascii_digit(c).map(|d| d as u8)
        } else {
            digit(c)
        }
    };
    let Some(d1) = bt.get(e).and_then(dig) else {
        return;
    };
    let d2 = bt.get(e + 1).and_then(dig);
    let at = e + 1 + usize::from(d2.is_some());
    let ends = amount_ends(bt, at, zh::AMOUNT_ENDS_AFTER_METRE)
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

/// `55秒73` = 55.73 s: two digits right after `秒` in a time of sport, when no
/// digit and no unit follows them (`30秒10個` counts ten things).
fn hundredths(bt: &BlockText, t: &mut Tail) {
    let e = t.end;
    let d = |k: usize| bt.get(k).and_then(numeral::ascii_digit);
    let (Some(d1), Some(d2)) = (d(e), d(e + 1)) else {
        return;
    };
    let after = e + 2;
    if d(after).is_some()
        || matches!(bt.get(after), Some('.' | '．' | '%' | '％'))
        || bt.byte(e) != bt.end_byte(e)
        || bt.lex_at(after, lexicon::units()).is_some()
    {
        return;
    }
    t.hundredths = (d1 * 10 + d2) as u8;
    t.end = after;
}

/// 一斤半 = 1.5 jin, 三斤二兩 = 3.2 jin (ten 兩 to the 斤).
fn jin(bt: &BlockText, t: &mut Tail) {
    let e = t.end;
    if bt.get(e) == Some(Mark::Half.ch()) {
        t.hundredths = 50;
        t.end = e + 1;
    } else if let Some(d) = bt
        .get(e)
        .and_then(digit)
        .filter(|_| bt.get(e + 1) == Some(Mark::Liang.ch()))
    {
        t.hundredths = d * 10;
        t.end = e + 2;
    }
}

/// Does the amount end at `at` (`九成五`, `三塊五`, `一米八` read a digit after
/// their unit only then)? The text ends, or a non-Han character follows, or
/// one of the Han characters `after_words` (的, 左 of 左右, 多 …).
pub fn amount_ends(bt: &BlockText, at: usize, after_words: &[char]) -> bool {
    bt.get(at)
        .is_none_or(|c| !crate::clean::is_han(c) || after_words.contains(&c))
}

/// `上證指數漲30點`, `恒指收報18000點`: 點 after a number is an index point
/// when an index word stands earlier in the sentence (else `3點` is a clock
/// time); a whole number up to 24 needs a change word right before it too.
pub fn index_points(bt: &BlockText, n: &Num) -> Option<Tail> {
    // 300多點: more than
    let approx = bt.lex_at(n.end, lexicon::approx_infix()).is_some();
    let e = bt.starts(n.end + usize::from(approx), Mark::IndexPoint.word())?;
    // 三點一刻, 3點鐘, 3點半: a time
    if bt.lex_at(e, lexicon::not_units()).is_some()
        || bt
            .get(e)
            .is_some_and(|c| digit(c).is_some() || zh::CLOCK_AFTER_POINT.contains(&c))
    {
        return None;
    }
    if let Some(t) = after_games(bt, n) {
        return Some(t);
    }
    let from = n.start.saturating_sub(40);
    let mut k = n.start;
    let mut indexed = false;
    while k > from && !bt.get(k - 1).is_some_and(is_sentence_end) {
        k -= 1;
        if bt.lex_at(k, lexicon::index_words()).is_some() {
            indexed = true;
            break;
        }
    }
    let small = !n.decimal && n.high <= 24.0;
    let changed = bt
        .lex_before(n.start.saturating_sub(6), n.start, lexicon::change_words())
        .is_some();
    (indexed && (!small || changed)).then(|| {
        let mut t = Tail::new(
            e,
            Kind::Measure,
            Some(crate::lexicon::units::INDEX_POINT),
            1.0,
        );
        t.approx = approx;
        t
    })
}

/// `31戰73分`: points right after the games played (a numeral, then 戰).
fn after_games(bt: &BlockText, n: &Num) -> Option<Tail> {
    let games = n.start >= 2
        && bt.get(n.start - 1) == Some(Mark::Games.ch())
        && bt.get(n.start - 2).is_some_and(|c| c.is_ascii_digit() || numeral::could_start(c));
    games.then(|| Tail::new(n.end + 1, Kind::Measure, Some(crate::lexicon::units::INDEX_POINT), 1.0))
}

/// `7戰有13分`, `以8分排尾3`, `領先兩分`: `分` after a whole number is a game's
/// points when a word of sport (`擊敗`, `積分`, `聯賽`) stands earlier in the
/// sentence or the clause before it; alone it is a cent, a minute or an
/// adverb (`十分`).
pub fn game_points(bt: &BlockText, n: &Num) -> Option<Tail> {
    let whole = !n.decimal && !n.multiplied && !n.vague && !n.ranged;
    if !whole
        || bt.get(n.end) != Some(Mark::Fen.ch())
        || !amount_ends(bt, n.end + 1, zh::AMOUNT_ENDS_AFTER_POINTS)
    {
        return None;
    }
    let point = Some(crate::lexicon::units::INDEX_POINT);
    if let Some(t) = after_games(bt, n) {
        return Some(t);
    }
    let from = n.start.saturating_sub(40);
    let mut k = n.start;
    while k > from && !bt.get(k - 1).is_some_and(|c| matches!(c, '。' | '！' | '？' | '\n')) {
        k -= 1;
        if bt.lex_at(k, lexicon::score_words()).is_some() {
            return Some(Tail::new(n.end + 1, Kind::Measure, point, 1.0));
        }
    }
    None
}

fn is_sentence_end(c: char) -> bool {
    matches!(c, '。' | '；' | ';' | '！' | '？' | '\n')
}

