//! The differential check of figlens's HTML tokenizer against a WHATWG one
//! (html5gum), shared by tests/html_diff.rs and examples/html_diff.rs.
//!
//! Both sides go through the same walk (`article::html::to_text` and
//! `to_text_html5gum` differ only in where their tokens come from), so any
//! difference in the visible text is a tokenization difference. Text is
//! compared with its white space normalized: lines trimmed, runs of white
//! space one space, empty lines dropped.

#![allow(dead_code)]

use figlens::internals::article::html::{decode_entities, HtmlText};

/// The visible text, white space normalized, one line per text line.
pub fn visible(t: &HtmlText) -> Vec<String> {
    t.text
        .split('\n')
        .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|l| !l.is_empty())
        .collect()
}

/// The first of the page's hints (title, meta, JSON-LD, and each line's
/// heading, list, zone, …) where ours differ from the reference's, compared
/// when the visible text is the same (each line's hints go with its text).
pub fn hints_diff(reference: &HtmlText, ours: &HtmlText) -> Option<String> {
    let (r, o) = (&reference.hints, &ours.hints);
    let fields = [
        ("title", format!("{:?}", r.title), format!("{:?}", o.title)),
        (
            "headline",
            format!("{:?}", r.headline),
            format!("{:?}", o.headline),
        ),
        ("date", format!("{:?}", r.date), format!("{:?}", o.date)),
        (
            "authors",
            format!("{:?}", r.authors),
            format!("{:?}", o.authors),
        ),
        (
            "source",
            format!("{:?}", r.source),
            format!("{:?}", o.source),
        ),
        (
            "keywords",
            format!("{:?}", r.keywords),
            format!("{:?}", o.keywords),
        ),
        ("tags", format!("{:?}", r.tags), format!("{:?}", o.tags)),
    ];
    if let Some((name, a, b)) = fields.into_iter().find(|(_, a, b)| a != b) {
        return Some(format!("{name}: {} vs {}", short(&a, 120), short(&b, 120)));
    }
    if reference.text != ours.text {
        return None;
    }
    let line = r
        .lines
        .iter()
        .zip(&o.lines)
        .position(|(a, b)| format!("{a:?}") != format!("{b:?}"))?;
    let text = reference.text.split('\n').nth(line).unwrap_or_default();
    Some(format!(
        "line {line} {:?}: {:?} vs {:?}",
        short(text, 60),
        r.lines[line],
        o.lines[line]
    ))
}

/// A difference between the reference's lines and ours.
pub struct Hunk {
    pub reference: String,
    pub ours: String,
    /// Characters (white space aside) only in the reference, only in ours.
    pub lost: usize,
    pub leaked: usize,
}

/// The hunks where `ours` differs from `reference` (a longest common
/// subsequence of lines, then of characters within each hunk).
pub fn diff(reference: &[String], ours: &[String]) -> Vec<Hunk> {
    let mut hunks = Vec::new();
    let (mut a, mut b) = (reference, ours);
    let pre = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    a = &a[pre..];
    b = &b[pre..];
    let suf = a
        .iter()
        .rev()
        .zip(b.iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    a = &a[..a.len() - suf];
    b = &b[..b.len() - suf];
    if a.is_empty() && b.is_empty() {
        return hunks;
    }
    let pairs = lcs(a, b, 20_000_000).unwrap_or_default();
    let (mut i, mut j) = (0, 0);
    for (pi, pj) in pairs.into_iter().chain([(a.len(), b.len())]) {
        if pi > i || pj > j {
            hunks.push(hunk(&a[i..pi], &b[j..pj]));
        }
        i = pi + 1;
        j = pj + 1;
    }
    hunks
}

fn hunk(a: &[String], b: &[String]) -> Hunk {
    let ca: Vec<char> = a.concat().chars().filter(|c| !c.is_whitespace()).collect();
    let cb: Vec<char> = b.concat().chars().filter(|c| !c.is_whitespace()).collect();
    // Characters in common; an upper bound on the difference if too long to align.
    let common = lcs(&ca, &cb, 50_000_000).map_or(0, |p| p.len());
    Hunk {
        reference: a.join("\n"),
        ours: b.join("\n"),
        lost: ca.len() - common,
        leaked: cb.len() - common,
    }
}

/// Index pairs of a longest common subsequence, or None if `a.len() *
/// b.len()` is over `limit`.
fn lcs<T: PartialEq>(a: &[T], b: &[T], limit: usize) -> Option<Vec<(usize, usize)>> {
    if a.len().saturating_mul(b.len()) > limit {
        return None;
    }
    let w = b.len() + 1;
    // table[i * w + j]: LCS length of a[i..] and b[j..].
    let mut table = vec![0u32; (a.len() + 1) * w];
    for i in (0..a.len()).rev() {
        for j in (0..b.len()).rev() {
            table[i * w + j] = if a[i] == b[j] {
                table[(i + 1) * w + j + 1] + 1
            } else {
                table[(i + 1) * w + j].max(table[i * w + j + 1])
            };
        }
    }
    let mut out = Vec::new();
    let (mut i, mut j) = (0, 0);
    while i < a.len() && j < b.len() {
        if a[i] == b[j] {
            out.push((i, j));
            i += 1;
            j += 1;
        } else if table[(i + 1) * w + j] >= table[i * w + j + 1] {
            i += 1;
        } else {
            j += 1;
        }
    }
    Some(out)
}

/// Where the text's map back to the source is wrong: for every character of
/// the text, the source its map gives must be that character, an entity for
/// it, or (for a space or line break) anything; and the map must not go back.
pub fn map_failures(html: &str, t: &HtmlText) -> Vec<String> {
    let mut fails = Vec::new();
    let mut last = 0;
    for (p, c) in t.text.char_indices() {
        let (s, e) = (t.map.start(p), t.map.end(p + c.len_utf8()));
        let ok = s <= e
            && e <= html.len()
            && html.is_char_boundary(s)
            && html.is_char_boundary(e)
            && s >= last;
        if !ok {
            fails.push(format!("text {p} {c:?} maps to {s}..{e} (after {last})"));
            break;
        }
        last = s;
        let src = &html[s..e];
        let fine = c.is_whitespace()
            || src.chars().eq([c])
            || (src.starts_with('&') && decode_entities(src).chars().eq([c]));
        if !fine {
            fails.push(format!("text {p} {c:?} maps to {s}..{e} = {src:?}"));
            if fails.len() >= 5 {
                break;
            }
        }
    }
    fails
}

/// A short form of a long string, for failure messages.
pub fn short(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_string()
    } else {
        let head: String = s.chars().take(n).collect();
        format!("{head}…")
    }
}
