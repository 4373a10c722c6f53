//! Period phrases (`同比`, `一季度`, `前4個月`, `2021年`) found in a stretch of
//! text, from the `PERIODS` table, where `#` in a row stands for a number.

use super::numeral;
use super::text::BlockText;
use crate::lexicon::{fold::fold_str, zh};
use std::sync::OnceLock;

#[derive(Debug, Clone, Copy)]
pub struct PeriodMatch {
    pub start: usize,
    pub end: usize,
    /// A comparison basis (同比, 比上年) rather than a time.
    pub basis: bool,
}

struct Pattern {
    /// Folded pattern characters; `#` is a number.
    chars: Vec<char>,
    basis: bool,
}

/// Patterns sorted by first character (`#` first), longest first within each.
fn patterns() -> &'static [Pattern] {
    static P: OnceLock<Vec<Pattern>> = OnceLock::new();
    P.get_or_init(|| {
        let basis_words = [
            "同比", "环比", "同期", "按年", "按季", "按月", "年增", "年减", "月增", "月减",
        ];
        let mut v: Vec<Pattern> = zh::PERIODS
            .iter()
            .map(|p| {
                let f = fold_str(p);
                let basis = basis_words.contains(&f.as_str());
                Pattern {
                    chars: f.chars().collect(),
                    basis,
                }
            })
            .collect();
        // 比上年, 較去年同月, 比上半年: a head and any time phrase
        let times = zh::BASIS_TIMES.iter().chain(
            zh::PERIODS
                .iter()
                .filter(|p| !basis_words.contains(&fold_str(p).as_str())),
        );
        for time in times {
            for head in zh::BASIS_HEADS {
                let chars = fold_str(&format!("{head}{time}")).chars().collect();
                v.push(Pattern { chars, basis: true });
            }
        }
        // English rows: matched on whole words (see `match_at`)
        let en_basis = [
            "year on year",
            "year-on-year",
            "year over year",
            "y/y",
            "yoy",
            "quarter on quarter",
            "quarter-on-quarter",
            "month on month",
            "month-on-month",
            "week on week",
        ];
        for p in crate::lexicon::en::PERIODS {
            let basis = en_basis.contains(p)
                || p.contains("earlier")
                || p.contains("ago")
                || p.contains("compared")
                || p.contains("previous")
                || p.starts_with("on the");
            v.push(Pattern {
                chars: p.chars().collect(),
                basis,
            });
        }
        v.sort_by(|a, b| {
            a.chars[0]
                .cmp(&b.chars[0])
                .then(b.chars.len().cmp(&a.chars.len()))
        });
        v
    })
}

/// Match `p` at `i`; `first_num` is the end of the number at `i`, parsed once by the caller.
fn match_at(bt: &BlockText, i: usize, p: &Pattern, first_num: Option<usize>) -> Option<usize> {
    let mut k = i;
    for &pc in &p.chars {
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
    // English rows end on a word boundary, and begin on one
    let word = |c: Option<char>| c.is_some_and(|c| c.is_ascii_alphanumeric());
    if p.chars[0].is_ascii_alphabetic()
        && (word(i.checked_sub(1).and_then(|j| bt.get(j))) || word(bt.get(k)))
    {
        return None;
    }
    Some(k)
}

/// First characters of the literal patterns, sorted: most characters start none.
fn first_chars() -> &'static [char] {
    static F: OnceLock<Vec<char>> = OnceLock::new();
    F.get_or_init(|| {
        let mut v: Vec<char> = patterns()
            .iter()
            .map(|p| p.chars[0])
            .filter(|&c| c != '#')
            .collect();
        v.dedup();
        v
    })
}

/// Period phrases in chars `from..to`, left to right, without overlaps.
pub fn find(bt: &BlockText, from: usize, to: usize) -> Vec<PeriodMatch> {
    let ps = patterns();
    let firsts = first_chars();
    let with_first = |c: char| {
        let lo = ps.partition_point(|p| p.chars[0] < c);
        let hi = ps.partition_point(|p| p.chars[0] <= c);
        &ps[lo..hi]
    };
    let numbered = with_first('#');
    let mut out = Vec::new();
    let mut i = from;
    while i < to {
        let c = bt.cs[i];
        let starts_number = super::scan::could_start(c);
        if !starts_number && firsts.binary_search(&c).is_err() {
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
        let numbered = if num_end.is_some() { numbered } else { &[] };
        let hit = with_first(c)
            .iter()
            .chain(numbered)
            .filter_map(|p| {
                match_at(bt, i, p, num_end)
                    .filter(|&e| e <= to)
                    .map(|e| (e, p.basis))
            })
            .max_by_key(|&(e, _)| e);
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
    out
}
