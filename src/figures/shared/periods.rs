//! Period phrases (`同比`, `一季度`, `前4個月`, `2021年`, `較去年同月`,
//! `year on year`, `in the third quarter`) found in a stretch of text, from
//! the period tables, where `#` in a row stands for a number.

use super::numeral;
use super::text::BlockText;
use crate::lexicon::{self, en, fold::fold_str, zh};
use std::sync::OnceLock;

#[derive(Debug, Clone, Copy)]
pub struct PeriodMatch {
    pub start: usize,
    pub end: usize,
    /// A comparison basis (同比, 比上年, year on year) rather than a time.
    pub basis: bool,
}

/// How many phrases of the other kind a lookup for the nearest time (or
/// basis) steps over before it gives up: a sentence of thousands of period
/// phrases costs each figure this much, not the whole sentence.
const KIND_WINDOW: usize = 64;

/// Lookups in the phrases of a sentence, which are found in order and do not
/// overlap: both their starts and their ends ascend, so each lookup is a
/// binary search (a sentence with many phrases and many figures stays linear).
pub trait Found {
    /// The phrase ending at `end` and starting at or after `from`.
    fn ending_at(&self, from: usize, end: usize) -> Option<&PeriodMatch>;
    /// The last phrase inside `from..to` that ends before `to`.
    fn last_inside(&self, from: usize, to: usize) -> Option<&PeriodMatch>;
    /// The nearest phrase of the kind (`basis`) ending by `before`.
    fn last_by(&self, before: usize, basis: bool) -> Option<&PeriodMatch>;
    /// The first phrase of the kind starting at or after `at` and ending by `until`.
    fn first_from(&self, at: usize, until: usize, basis: bool) -> Option<&PeriodMatch>;
}

impl Found for [PeriodMatch] {
    fn ending_at(&self, from: usize, end: usize) -> Option<&PeriodMatch> {
        let k = self.partition_point(|p| p.end < end);
        self.get(k).filter(|p| p.end == end && p.start >= from)
    }

    fn last_inside(&self, from: usize, to: usize) -> Option<&PeriodMatch> {
        let k = self.partition_point(|p| p.end < to);
        self[..k].last().filter(|p| p.start >= from)
    }

    fn last_by(&self, before: usize, basis: bool) -> Option<&PeriodMatch> {
        let k = self.partition_point(|p| p.end <= before);
        self[..k].iter().rev().take(KIND_WINDOW).find(|p| p.basis == basis)
    }

    fn first_from(&self, at: usize, until: usize, basis: bool) -> Option<&PeriodMatch> {
        let k = self.partition_point(|p| p.start < at);
        self[k..]
            .iter()
            .take(KIND_WINDOW)
            .take_while(|p| p.end <= until)
            .find(|p| p.basis == basis)
    }
}

struct Pattern {
    /// Folded pattern characters; `#` is a number.
    chars: Vec<char>,
    basis: bool,
}

/// Time and basis rows, sorted by first character (`#` first), longest first within each.
fn patterns() -> &'static [Pattern] {
    static P: OnceLock<Vec<Pattern>> = OnceLock::new();
    P.get_or_init(|| {
        let zh_rows = zh::PERIODS.iter().map(|(w, part)| Pattern {
            chars: fold_str(w).chars().collect(),
            basis: part == zh::Period::Basis,
        });
        let en_rows = en::PERIODS.iter().map(|p| Pattern {
            chars: p.chars().collect(),
            basis: en::BASIS_WORDS.iter().any(|w| lexicon::has_str(p, w)),
        });
        let mut v: Vec<Pattern> = zh_rows.chain(en_rows).collect();
        crate::sort::sort_by(&mut v, |a, b| {
            a.chars[0]
                .cmp(&b.chars[0])
                .then(b.chars.len().cmp(&a.chars.len()))
        });
        v
    })
}

/// The times a comparison head takes (`上年`, `去年同月`, and every time row).
fn basis_times() -> &'static [Vec<char>] {
    static T: OnceLock<Vec<Vec<char>>> = OnceLock::new();
    T.get_or_init(|| {
        let mut v: Vec<Vec<char>> = zh::BASIS_TIMES
            .iter()
            .map(|t| fold_str(t).chars().collect())
            .collect();
        v.extend(
            zh::PERIODS
                .iter()
                .filter(|r| r.1 == zh::Period::Time)
                .map(|r| fold_str(r.0).chars().collect()),
        );
        crate::sort::sort_by_key(&mut v, |t: &Vec<char>| std::cmp::Reverse(t.len()));
        v
    })
}

/// The rows of [`basis_times`] by first character, as (character, row),
/// sorted: a head looks only at the rows its next character can start.
fn basis_index() -> &'static [(char, u16)] {
    static I: OnceLock<Vec<(char, u16)>> = OnceLock::new();
    I.get_or_init(|| {
        let mut v: Vec<(char, u16)> = basis_times()
            .iter()
            .enumerate()
            .map(|(k, t)| (t[0], k as u16))
            .collect();
        crate::sort::sort_by_key(&mut v, |&p| p);
        v
    })
}

/// Where the first of [`basis_times`] (in their order, longest first) that
/// matches at `i` ends; `num` is the end of the number at `i`, if any. Only
/// rows starting with the character at `i`, or with `#` after a number, can.
fn basis_time(bt: &BlockText, i: usize, num: Option<usize>) -> Option<usize> {
    let index = basis_index();
    let times = basis_times();
    let first_in = |c: char| {
        let from = index.partition_point(|r| r.0 < c);
        index[from..]
            .iter()
            .take_while(|r| r.0 == c)
            .find_map(|&(_, k)| {
                let t = &times[usize::from(k)];
                match_chars(bt, i, t, num).map(|e| (k, e))
            })
    };
    let literal = bt.get(i).and_then(first_in);
    let numbered = num.and_then(|_| first_in('#'));
    match (literal, numbered) {
        (Some(a), Some(b)) => Some(if a.0 < b.0 { a.1 } else { b.1 }),
        (a, b) => a.or(b).map(|r| r.1),
    }
}

/// Could row `p` match at `i` (the number there ending at `num_end`)? Its
/// second character settles most rows without matching the whole row.
#[inline]
fn second_fits(bt: &BlockText, i: usize, p: &[char], num_end: Option<usize>) -> bool {
    match p.get(1) {
        None | Some('#') => true,
        Some(&pc) => {
            let k = match (p[0] == '#', num_end) {
                (false, _) => i + 1,
                (true, Some(e)) => e,
                (true, None) => return true,
            };
            bt.get(k) == Some(pc)
        }
    }
}

fn basis_heads() -> &'static [char] {
    static H: OnceLock<Vec<char>> = OnceLock::new();
    // fn pointers, not closures: one `get_or_init` for both Vec<char> tables.
    let build: fn() -> Vec<char> = || {
        zh::BASIS_HEADS
            .iter()
            .filter_map(|h| fold_str(h).chars().next())
            .collect()
    };
    H.get_or_init(build)
}

/// Match pattern characters at `i`; `first_num` is the end of the number at `i`, parsed once by the caller.
fn match_chars(
    bt: &BlockText,
    i: usize,
    chars: &[char],
    first_num: Option<usize>,
) -> Option<usize> {
    let mut k = i;
    for &pc in chars {
        if pc == '#' {
            k = match (k == i, first_num) {
                (true, Some(e)) => e,
                _ => {
                    numeral::parse(&bt.cs, k)
                        .filter(|n| !n.vague && !n.bare_unit)?
                        .end
                }
            };
        } else if bt.get(k) == Some(pc) {
            k += 1;
        } else {
            return None;
        }
    }
    // English rows begin and end on word boundaries
    let word = |c: Option<char>| c.is_some_and(|c| c.is_ascii_alphanumeric());
    if chars[0].is_ascii_alphabetic()
        && (word(i.checked_sub(1).and_then(|j| bt.get(j))) || word(bt.get(k)))
    {
        return None;
    }
    Some(k)
}

/// The rows of each first character, as (character, start, end) into
/// [`patterns`], sorted: one binary search over a few dozen distinct
/// characters finds a character's rows.
fn rows_by_first() -> &'static [(char, u32, u32)] {
    static R: OnceLock<Vec<(char, u32, u32)>> = OnceLock::new();
    R.get_or_init(|| {
        let mut out: Vec<(char, u32, u32)> = Vec::new();
        for (k, p) in patterns().iter().enumerate() {
            match out.last_mut() {
                Some(last) if last.0 == p.chars[0] => last.2 = k as u32 + 1,
                _ => out.push((p.chars[0], k as u32, k as u32 + 1)),
            }
        }
        out
    })
}

/// First characters of the literal rows and heads, as a 4096-bit filter by
/// code point modulo 4096: most characters start none, and this says so at once.
fn first_chars() -> &'static [u64; 64] {
    static F: OnceLock<[u64; 64]> = OnceLock::new();
    F.get_or_init(|| {
        let mut set = [0u64; 64];
        let heads = basis_heads().iter().copied();
        for c in patterns()
            .iter()
            .map(|p| p.chars[0])
            .filter(|&c| c != '#')
            .chain(heads)
        {
            let (w, b) = crate::lexicon::filter_bit(c);
            set[w] |= b;
        }
        set
    })
}

/// Period phrases in chars `from..to`, left to right, without overlaps.
#[cfg(test)]
pub fn find(bt: &BlockText, from: usize, to: usize) -> Vec<PeriodMatch> {
    let mut scan = Scan::new(from, to);
    scan.advance(bt, to);
    scan.found
}

/// The period phrases of `from..to`, found as far as asked: a Chinese figure
/// needs only those before it, so the rest of its sentence is read only if a
/// later figure (or English context, which reads ahead) asks. Matching is
/// bounded by `to` throughout, so what is found is what a whole pass finds.
pub struct Scan {
    at: usize,
    to: usize,
    pub found: Vec<PeriodMatch>,
}

impl Scan {
    pub fn new(from: usize, to: usize) -> Scan {
        Scan {
            at: from,
            to,
            found: Vec::new(),
        }
    }

    /// Find the phrases starting before `limit`.
    pub fn advance(&mut self, bt: &BlockText, limit: usize) {
        if self.at < limit.min(self.to) {
            self.at = find_from(bt, self.at, self.to, limit, &mut self.found);
        }
    }
}

/// Phrases starting at `from..limit` (ending by `to`) into `out`; where the
/// next search starts.
fn find_from(
    bt: &BlockText,
    from: usize,
    to: usize,
    limit: usize,
    out: &mut Vec<PeriodMatch>,
) -> usize {
    let ps = patterns();
    let index = rows_by_first();
    let with_first = |c: char| match index.binary_search_by(|r| r.0.cmp(&c)) {
        Ok(k) => ps
            .get(index[k].1 as usize..index[k].2 as usize)
            .unwrap_or_default(),
        Err(_) => &[],
    };
    let numbered = with_first('#');
    let firsts = first_chars();
    let mut i = from;
    while i < to.min(limit) {
        let c = bt.cs[i];
        let starts_number = super::numeral::could_start(c);
        let (w, b) = crate::lexicon::filter_bit(c);
        // English rows begin on a word boundary ([`match_chars`]): a letter
        // inside a word starts none, and is passed over before any row is tried.
        let inside_word = c.is_ascii_alphabetic() && i > 0 && bt.get(i - 1).is_some_and(|p| p.is_ascii_alphanumeric());
        if !starts_number && (firsts[w] & b == 0 || (inside_word && !basis_heads().contains(&c))) {
            i += 1;
            continue;
        }
        let num_end = if starts_number {
            numeral::parse(&bt.cs, i)
                .filter(|n| !n.vague && !n.bare_unit)
                .map(|n| n.end)
        } else {
            None
        };
        // A numbered row (`#月`, `#年以來`) needs its next character right after the number.
        let next = num_end.and_then(|e| bt.get(e));
        let numbered = match next {
            Some(n) if numbered.iter().any(|p| p.chars.get(1) == Some(&n)) => numbered,
            _ => &[],
        };
        let own = if inside_word { &[][..] } else { with_first(c) };
        let mut hit = own
            .iter()
            .chain(numbered)
            .filter(|p| second_fits(bt, i, &p.chars, num_end))
            .filter_map(|p| {
                match_chars(bt, i, &p.chars, num_end)
                    .filter(|&e| e <= to)
                    .map(|e| (e, p.basis))
            })
            .max_by_key(|&(e, _)| e);
        // 比上年, 較去年同月, 與2020年同期: a head, then a time
        if basis_heads().contains(&c) {
            let next_num = bt
                .get(i + 1)
                .is_some_and(super::numeral::could_start)
                .then(|| numeral::parse(&bt.cs, i + 1).map(|n| n.end))
                .flatten();
            let time = basis_time(bt, i + 1, next_num).filter(|&e| e <= to);
            if let Some(e) = time.filter(|&e| hit.is_none_or(|(he, _)| e > he)) {
                // 與上年相比, 比上年同期相比
                let e = bt
                    .starts(e, zh::Mark::Compared.word())
                    .filter(|&x| x <= to)
                    .unwrap_or(e);
                hit = Some((e, true));
            }
        }
        match hit {
            Some((e, basis)) => {
                out.push(PeriodMatch {
                    start: i,
                    end: e,
                    basis,
                });
                i = e;
            }
            // Skip the whole number so its digits do not start matches of their own.
            None => i = num_end.unwrap_or(i + 1).max(i + 1),
        }
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::fold::fold;

    #[test]
    fn the_first_character_index_covers_every_row_once() {
        let ps = patterns();
        let mut next = 0;
        for &(c, s, e) in rows_by_first() {
            assert_eq!(s as usize, next, "groups are contiguous and in order");
            assert!(s < e && ps[s as usize..e as usize].iter().all(|p| p.chars[0] == c));
            next = e as usize;
        }
        assert_eq!(next, ps.len());
        assert!(rows_by_first().windows(2).all(|w| w[0].0 < w[1].0));
    }

    fn phrases(text: &str, found: &[PeriodMatch]) -> Vec<(String, bool)> {
        let cs: Vec<char> = text.chars().collect();
        found
            .iter()
            .map(|m| (cs[m.start..m.end].iter().collect(), m.basis))
            .collect()
    }

    #[test]
    fn finds_times_and_bases() {
        let text = "2021年前4個月，全市地區生產總值同比增長8.5%，比上年同期提高1.2個百分點，一季度year on year";
        let folded = fold(text);
        let bt = BlockText::new(text, &folded, &[]);
        let found = find(&bt, 0, bt.len());
        assert_eq!(
            phrases(&folded, &found),
            [
                ("2021年前4个月".to_string(), false),
                ("同比".to_string(), true),
                ("比上年同期".to_string(), true),
                ("一季度".to_string(), false),
                ("year on year".to_string(), true),
            ]
        );
    }

    #[test]
    fn found_in_steps_as_in_one_pass() {
        for text in [
            "2021年前4個月，全市地區生產總值同比增長8.5%，比上年同期提高1.2個百分點",
            "上半年，與2020年同期相比，出口增長3成；今年以來累計增長12%",
            "1至5月份，較去年同月增加，5月末餘額12億元",
            "Revenue rose 12% year on year in the third quarter, from a year earlier",
        ] {
            let folded = fold(text);
            let bt = BlockText::new(text, &folded, &[]);
            let whole = find(&bt, 0, bt.len());
            for step in 1..6 {
                let mut scan = Scan::new(0, bt.len());
                let mut limit = 0;
                while limit < bt.len() {
                    limit += step;
                    scan.advance(&bt, limit);
                }
                assert_eq!(
                    phrases(&folded, &scan.found),
                    phrases(&folded, &whole),
                    "{text} in steps of {step}"
                );
            }
        }
    }
}
