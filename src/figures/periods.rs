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

fn patterns() -> &'static [Pattern] {
    static P: OnceLock<Vec<Pattern>> = OnceLock::new();
    P.get_or_init(|| {
        let mut v: Vec<Pattern> = zh::PERIODS
            .iter()
            .map(|p| {
                let chars: Vec<char> = fold_str(p).chars().collect();
                let basis = ["比", "较", "同比", "环比", "相比", "同期"]
                    .iter()
                    .any(|w| fold_str(p).contains(w));
                Pattern { chars, basis }
            })
            .collect();
        // Longest first, so 比上年同期 wins over 比上年.
        v.sort_by_key(|p| std::cmp::Reverse(p.chars.len()));
        v
    })
}

fn match_at(bt: &BlockText, i: usize, p: &Pattern) -> Option<usize> {
    let mut k = i;
    for &pc in &p.chars {
        if pc == '#' {
            let n = numeral::parse(&bt.cs, k).filter(|n| !n.vague && !n.bare_unit)?;
            k = n.end;
        } else if bt.get(k) == Some(pc) {
            k += 1;
        } else {
            return None;
        }
    }
    Some(k)
}

/// Period phrases in chars `from..to`, left to right, without overlaps.
pub fn find(bt: &BlockText, from: usize, to: usize) -> Vec<PeriodMatch> {
    let ps = patterns();
    let mut out = Vec::new();
    let mut i = from;
    while i < to {
        let c = bt.cs[i];
        let numeric = numeral::parse(&bt.cs, i).is_some();
        let hit = ps
            .iter()
            .filter(|p| p.chars[0] == c || (p.chars[0] == '#' && numeric))
            .filter_map(|p| {
                match_at(bt, i, p)
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
            None if numeric => {
                // Skip the whole number so its digits do not start matches of their own.
                i = numeral::parse(&bt.cs, i).map_or(i + 1, |n| n.end.max(i + 1));
            }
            None => i += 1,
        }
    }
    out
}
