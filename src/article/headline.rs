//! The headline of a page pasted as text, where no `<h1>` or `<title>` names
//! it: the line above the body that the body's lead is about. A headline
//! shares its words with the first paragraphs (a caption, a button, a
//! byline or a teaser for another story mostly does not), is usually
//! followed within three lines by a date or byline, and has a headline's
//! shape. Each candidate is scored on those, and the best wins.

use super::lines::{Line, Reading};

/// How far above the body a headline is looked for (bylines, captions,
/// share bars and standfirsts sit between them).
const WINDOW: usize = 40;
/// Paragraphs of the body whose words make the lead.
const LEAD_PARAGRAPHS: usize = 3;
/// Below this share of its words in the lead, a line needs a date or byline
/// under it to be taken for the headline.
const MIN_OVERLAP: f32 = 0.25;

/// Words of a line as the overlap counts them: Latin words of four letters
/// or more, lowercased (shorter ones are mostly function words), and pairs
/// of adjacent Han characters.
fn terms(s: &str, mut f: impl FnMut(String)) {
    let mut word = String::new();
    let mut prev_han: Option<char> = None;
    for c in s.chars() {
        if crate::clean::is_han(c) {
            if let Some(p) = prev_han {
                f([p, c].iter().collect());
            }
            prev_han = Some(c);
        } else {
            prev_han = None;
        }
        // Letters as the line reader counts them (no Unicode tables in the
        // web build), ASCII folded to lower case.
        if (super::is_letter(c) || c.is_ascii_digit()) && !crate::clean::is_han(c) {
            word.push(c.to_ascii_lowercase());
        } else if !word.is_empty() {
            if word.chars().count() >= 4 {
                f(std::mem::take(&mut word));
            }
            word.clear();
        }
    }
    if word.chars().count() >= 4 {
        f(word);
    }
}

/// A quotation with its attribution (`“…,” she said`), or a timestamp
/// (`Updated 3:27 am PST, Wednesday, November 20, 2019`): shaped like a
/// headline, never one.
pub fn not_a_headline(t: &str) -> bool {
    let attributed = t.contains(",”") || t.contains(",\"") || t.contains("，”");
    let timed = t.bytes().any(|b| b == b':')
        && t.as_bytes().windows(3).any(|w| w[0].is_ascii_digit() && w[1] == b':' && w[2].is_ascii_digit())
        && crate::dates::page::find(t).is_some();
    attributed || timed
}

/// All capitals: a section label or a button (`FOLLOW US ON TWITTER`)
/// (Latin letters only: no Unicode case tables in the web build).
fn shouted(t: &str) -> bool {
    let (mut upper, mut lower) = (0, 0);
    for c in t.chars() {
        upper += usize::from(c.is_ascii_uppercase());
        lower += usize::from(c.is_ascii_lowercase());
    }
    upper >= 4 && lower == 0
}

/// The headline line among `lines[..body_start]` that `free` allows, if one
/// reads as the headline of the body in `body_start..=body_end`.
pub fn pick(
    lines: &[Line],
    free: impl Fn(usize) -> bool,
    (body_start, body_end): (usize, usize),
) -> Option<usize> {
    let n = lines.len();
    if body_start >= n {
        return None;
    }
    let end = body_end.min(n - 1);
    let strong: Vec<usize> = (body_start..=end)
        .filter(|&k| lines[k].strong_paragraph())
        .collect();
    // The lead: the first two paragraphs close together (a lone paragraph
    // above them, such as a cookie notice, is not the article's start).
    let lead_at = strong
        .windows(2)
        .find(|w| w[1] - w[0] <= 2)
        .map_or(body_start, |w| w[0]);
    // A sorted list, not a hash set: the set's hasher costs the web build
    // bytes, and a lead's few hundred words search fast enough.
    let mut lead: Vec<String> = Vec::new();
    strong
        .iter()
        .filter(|&&k| k >= lead_at)
        .take(LEAD_PARAGRAPHS)
        .for_each(|&k| terms(lines[k].text, |t| lead.push(t)));
    lead.sort_unstable();
    lead.dedup();
    let from = lead_at.saturating_sub(WINDOW);
    let mut best: Option<(f32, usize)> = None;
    for k in from..lead_at {
        let l = &lines[k];
        if !free(k) || !matches!(l.reading, Reading::Text | Reading::Heading(_)) {
            continue;
        }
        if !l.headline_like() || l.text.ends_with([':', '：']) || not_a_headline(l.text) {
            continue;
        }
        let (mut all, mut shared) = (0u32, 0u32);
        terms(l.text, |t| {
            all += 1;
            shared += u32::from(lead.binary_search(&t).is_ok());
        });
        if all < 2 {
            continue;
        }
        let overlap = shared as f32 / all as f32;
        let cue = (k + 1..(k + 4).min(n)).any(|j| lines[j].reading == Reading::Meta);
        if overlap < MIN_OVERLAP && !cue {
            continue;
        }
        let shape = if l.sentence_like() { -0.2 } else { 0.3 } - if shouted(l.text) { 0.4 } else { 0.0 };
        let score = overlap + if cue { 0.5 } else { 0.0 } + shape - (lead_at - k) as f32 * 0.01;
        if best.is_none_or(|(s, _)| score > s) {
            best = Some((score, k));
        }
    }
    best.map(|(_, k)| k)
}
