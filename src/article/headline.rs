//! The headline of a page pasted as text, where no `<h1>` or `<title>` names
//! it: the line above the body that the body's lead is about. A headline
//! shares its words with the first paragraphs (a caption, a button, a
//! byline or a teaser for another story mostly does not), is usually
//! followed within three lines by a date or byline (share buttons between
//! not counted), and has a headline's shape. Each candidate is scored on
//! those, and the best wins. The header block reads headline, then deck,
//! byline and date: a line just below a headline is its deck and loses,
//! unless it repeats that line (a breadcrumb ending in the headline). Never
//! the headline: a label's value (`Author:` then a name), a byline without
//! its `By`, a line the lead opens with, and a menu item or caption said
//! twice more further off. A numbered headline the reader took for a lone
//! list item is a candidate.

use super::lines::{Line, Reading};
use crate::lexicon::article::BREADCRUMB_SEPARATORS;

/// How far above the body a headline is looked for (bylines, captions,
/// share bars and standfirsts sit between them).
const WINDOW: usize = 40;
/// Paragraphs of the body whose words make the lead.
const LEAD_PARAGRAPHS: usize = 3;
/// Below this share of its words in the lead, a line needs a date or byline
/// under it to be taken for the headline.
const MIN_OVERLAP: f32 = 0.25;
/// What a date or byline under a line adds to its score.
const CUE: f32 = 0.7;
/// What a line loses when a headline stands just above it (a deck or
/// standfirst under its headline, a caption under a teaser's).
const DECK: f32 = 0.4;
/// What a line gains when a line just above holds its text.
const REPEATED: f32 = 0.3;
/// What a Han line gains when its date or byline is the next line.
const HAN_DATED: f32 = 0.25;
/// The most characters of a Han tag's or menu item's line (`公共危險罪`).
const HAN_TAG_CHARS: usize = 6;
/// The shortest prefix that a list's lines share (`《專欄》作者－－`).
const SERIES_PREFIX: usize = 5;
/// The most words of a menu's item (`On This Day`, `BBC World Service`).
const MENU_WORDS: usize = 3;

/// Words of a line as the overlap counts them: Latin words of four letters
/// or more, lowercased (shorter ones are mostly function words), Hangul
/// words of two syllables or more (a particle rides on its word), and pairs
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
            if long_enough(&word) {
                f(std::mem::take(&mut word));
            }
            word.clear();
        }
    }
    if long_enough(&word) {
        f(word);
    }
}

/// A word the overlap counts: two Hangul syllables, or four letters.
fn long_enough(word: &str) -> bool {
    let hangul = word.chars().any(|c| ('\u{AC00}'..='\u{D7A3}').contains(&c));
    word.chars().count() >= if hangul { 2 } else { 4 }
}

/// A timestamp (`Updated 3:27 am PST, Wednesday, November 20, 2019`).
fn timed(t: &str) -> bool {
    t.bytes().any(|b| b == b':')
        && t.as_bytes().windows(3).any(|w| w[0].is_ascii_digit() && w[1] == b':' && w[2].is_ascii_digit())
        && crate::dates::page::find(t).is_some()
}

/// A quotation with its attribution (`“…,” she said`), a timestamp or a
/// web address: shaped like a headline, never one.
pub fn not_a_headline(t: &str) -> bool {
    let attributed = crate::lexicon::has_str(t, ",”") || crate::lexicon::has_str(t, ",\"") || crate::lexicon::has_str(t, "，”");
    // A pull quote: the whole line in quotation marks.
    let t = t.trim();
    let quoted = t.chars().count() > 2 && t.starts_with(['"', '“']) && t.ends_with(['"', '”']);
    // An editor's note in brackets (`[An excerpt from …]`).
    let quoted = quoted || (t.starts_with('[') && t.ends_with(']'));
    let address = !t.contains(' ') && (t.starts_with("http") || t.starts_with("www."));
    attributed || quoted || address || timed(t) || bylineish(t) || breadcrumb(t) || credited_role(t) || photo_credit(t) || issue_line(t)
}

/// A magazine's issue line: a date or year and an issue word (`March 2000,
/// Volume 133, No. 3`, `May 2005, Volume 143, Issue 5`).
fn issue_line(t: &str) -> bool {
    let year = t.split(|c: char| !c.is_ascii_digit()).any(|d| d.len() == 4);
    year && t.len() <= 60
        && t.split(|c: char| !c.is_ascii_alphabetic())
            .any(|w| crate::lexicon::article::ISSUE_WORDS.contains(&w.to_ascii_lowercase()))
}

/// A picture's credit: a photographer's name, a slash and the agency or
/// paper (`Jane Doe / AP`, `Jane Doe / Daily Town`).
fn photo_credit(t: &str) -> bool {
    crate::lexicon::split_once_str(t, " / ").is_some_and(|(who, by)| {
        let words = by.split_whitespace().count();
        super::meta::person_name(who.trim())
            && (1..=3).contains(&words)
            && by.split_whitespace().all(|w| w.starts_with(|c: char| c.is_ascii_uppercase()))
    })
}

/// A breadcrumb or menu path pasted as one line: three or more short items
/// set apart by a path separator (`Home / Blogs / Latest`, `udn / 轉角國際 / 過去24小時`).
fn breadcrumb(t: &str) -> bool {
    // A crumb with its separator after it (`Software ›`).
    let open = BREADCRUMB_SEPARATORS.iter().any(|sep| t.trim_end().ends_with(sep.trim_end()) && t.trim().chars().count() > 1);
    open || BREADCRUMB_SEPARATORS.iter().any(|sep| {
        let items: Vec<&str> = crate::lexicon::split_str(t, sep).collect();
        items.len() >= 3 && items.iter().all(|i| (1..=24).contains(&i.trim().chars().count()))
    })
}

/// A writer's role and name rather than a headline: `The BBC's Political
/// Editor, Jane Doe`, `國際部記者` (a role alone, the line under a name).
fn credited_role(t: &str) -> bool {
    let named_role = crate::lexicon::rsplit_once_str(t, ", ")
        .is_some_and(|(role, name)| super::meta::person_name(name.trim()) && super::meta::byline_role(role));
    named_role || super::meta::han_role_line(t)
}

/// A byline without its `By`: a name line that says so itself (a date or
/// role after the name) or names several people (`Mark Ames and Yasha
/// Levine`).
fn bylineish(t: &str) -> bool {
    let several = {
        let parts: Vec<&str> = crate::lexicon::split_str(t, " and ").collect();
        parts.len() == 2 && parts.iter().all(|p| super::meta::person_name(p.trim()))
    };
    several || super::meta::name_line(t).is_some_and(|(n, said)| said || n.len() >= 2)
}

/// A byline without its `By`: a name of two or three capitalised words, a
/// comma and the writer's paper or title (`Jane Doe, Daily Town`), all in
/// six capitalised words at most, with a date under it.
fn signed(lines: &[Line], k: usize) -> bool {
    let t = lines[k].text;
    let Some((name, rest)) = t.split_once(',') else {
        return false;
    };
    let capital = |w: &str| w.bytes().next().is_some_and(|b| b.is_ascii_uppercase());
    let named = (2..=3).contains(&name.split_whitespace().count());
    let words = t.split_whitespace().count();
    named
        && words <= 6
        && !crate::lexicon::has_char(rest, ',')
        && t.split_whitespace().all(capital)
        && lines.get(k + 1).is_some_and(dating)
}

/// A line that dates or signs the story above it: a byline or date line,
/// or a short line with a date the reader left as text (`November 20`).
fn dating(l: &Line) -> bool {
    l.reading == Reading::Meta
        || (l.text.len() <= 80 && crate::dates::page::find(l.text).is_some())
        || numeric(l.text)
}

/// A date's or time's piece on a line of its own (`15:23`, `2019`).
fn numeric(t: &str) -> bool {
    let digits = t.bytes().filter(u8::is_ascii_digit).count();
    t.len() <= 10 && digits >= 2 && t.bytes().all(|b| b.is_ascii_digit() || b":./-".contains(&b))
}

/// Whether a date or byline follows line `k` within three lines, share
/// buttons and comment counts between them not counted.
fn cued(lines: &[Line], k: usize) -> bool {
    let mut seen = 0;
    for l in lines.iter().skip(k + 1).take(12) {
        if dating(l) {
            return true;
        }
        if !matches!(l.reading, Reading::Boilerplate | Reading::CommentHeader) {
            seen += 1;
            if seen == 3 {
                return false;
            }
        }
    }
    false
}

/// A numbered headline the reader took for a list item (`7 key questions
/// heading into the debate`): an item with no item beside it.
fn lone_number(lines: &[Line], k: usize) -> bool {
    let item = |j: usize| matches!(lines.get(j).map(|l| l.reading), Some(Reading::Item { .. }));
    matches!(lines[k].reading, Reading::Item { number: Some(_), .. })
        && !item(k + 1)
        && (k == 0 || !item(k - 1))
}

/// A shortened copy of the headline just below it (a breadcrumb's last
/// crumb, `颱風「蘇拉」/深港澳` above `颱風「蘇拉」襲粵 深港澳停工停課`): the
/// next line is longer and holds nearly all of its words.
fn abridged(lines: &[Line], k: usize) -> bool {
    let Some(next) = lines.get(k + 1) else {
        return false;
    };
    if next.text.len() <= lines[k].text.len() || !next.headline_like() {
        return false;
    }
    let theirs = term_list(next.text);
    let ours = term_list(lines[k].text);
    let (all, held) = (ours.len(), ours.iter().filter(|t| theirs.contains(t)).count());
    all >= 2 && held * 5 >= all * 4
}

/// The words of `s` as [`terms`] counts them.
fn term_list(s: &str) -> Vec<String> {
    let mut v = Vec::new();
    terms(s, |t| v.push(t));
    v
}

/// A Han line of a few characters in a run of three or more such lines:
/// a tag list under the byline (`酒駕` / `過馬路` / `公共危險罪`) or a menu.
pub fn han_tag(lines: &[Line], k: usize) -> bool {
    // (Words only: a line of a poem or a list holds punctuation.)
    let short = |j: usize| {
        let l = &lines[j];
        !l.latin()
            && l.text.chars().count() <= HAN_TAG_CHARS
            && !l.text.contains(|c: char| c.is_whitespace() || c.is_ascii_punctuation() || crate::lexicon::has_char("，。、；：！？", c))
    };
    if !short(k) {
        return false;
    }
    // Two neighbours settle it: counting a whole run for each of its lines
    // was quadratic (32,768 lines of `1` took 15 s).
    let up = (0..k).rev().take_while(|&j| short(j)).take(2).count();
    let down = (k + 1..lines.len()).take_while(|&j| short(j)).take(2).count();
    up + down >= 2
}

/// One of a list of stories that share a long prefix (a column's name and
/// writer, `《專欄》作者－－標題`): three or more such lines together.
fn series_item(lines: &[Line], k: usize) -> bool {
    let prefix = |a: &str, b: &str| a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count();
    let t = lines[k].text;
    let near = k.saturating_sub(3)..(k + 4).min(lines.len());
    near.filter(|&j| {
        let u = lines[j].text;
        j != k && u != t && prefix(t, u) >= SERIES_PREFIX && u.chars().count() > SERIES_PREFIX + 2
    })
    .count()
        >= 2
}

/// The value of a label above it (`Author:` then a name): not a headline.
fn labelled(lines: &[Line], k: usize) -> bool {
    k > 0 && lines[k - 1].reading == Reading::Meta && lines[k - 1].text.ends_with([':', '：'])
}

/// A headline of two capitalised words (`Bold Ambition`) over a byline,
/// with at most a deck between: a menu item or label has none under it.
fn two_words(lines: &[Line], k: usize) -> bool {
    let l = &lines[k];
    let signed = lines[k + 1..(k + 3).min(lines.len())]
        .iter()
        .any(|m| m.reading == Reading::Meta && super::meta::byline(m.text, m.key).is_some());
    let words: Vec<&str> = l.text.split_whitespace().collect();
    l.latin()
        && words.len() == 2
        && words.iter().all(|w| w.starts_with(|c: char| c.is_ascii_uppercase() || c.is_ascii_digit()))
        && words.iter().any(|w| w.len() >= 4)
        // (not a button pair: `Close Help`, `Next Post`)
        && !words.iter().any(|w| crate::lexicon::article::NOT_NAME_WORDS.contains(&w.to_ascii_lowercase()))
        && signed
}

/// Title case: three or more words of four letters or more, each capitalised.
fn title_cased(t: &str) -> bool {
    let mut n = 0;
    for w in t.split(' ').filter(|w| w.len() >= 4) {
        match w.as_bytes()[0] {
            b'A'..=b'Z' => n += 1,
            b'a'..=b'z' => return false,
            _ => {}
        }
    }
    n >= 3
}

/// All capitals: a section label or a button (`FOLLOW US ON TWITTER`)
/// (Latin letters only: no Unicode case tables in the web build).
pub fn shouted(t: &str) -> bool {
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
    let mut lead_keys: Vec<&str> = Vec::new();
    for &k in strong.iter().filter(|&&k| k >= lead_at).take(LEAD_PARAGRAPHS) {
        terms(lines[k].text, |t| lead.push(t));
        lead_keys.push(lines[k].key);
    }
    // A short sentence or two just above the lead, in the body, open it
    // (`The OBR monitors the government's plans.`): the lead's too.
    let mut j = lead_at;
    while j > body_start && j + 3 > lead_at && {
        let l = &lines[j - 1];
        l.reading == Reading::Text && l.word_count() >= 8 && super::meta::ends_sentence(l.text) && !l.linky()
    } {
        j -= 1;
        terms(lines[j].text, |t| lead.push(t));
        lead_keys.push(lines[j].key);
    }
    crate::sort::sort_by(&mut lead, |a, b| a.cmp(b));
    lead.dedup();
    let from = lead_at.saturating_sub(WINDOW);
    let mut best: Option<(f32, usize)> = None;
    // The last headline of the block above (a deck follows its headline),
    // whether it was itself under one (in a run of teasers' headlines the
    // one with its byline or date right under it is the article's), its
    // score and whether a date or byline cues it.
    let mut above: Option<(usize, bool, f32, bool)> = None;
    for k in from..lead_at {
        let l = &lines[k];
        let open = (free(k) && matches!(l.reading, Reading::Text | Reading::Heading(_)))
            || lone_number(lines, k);
        let short_head = two_words(lines, k);
        if !open || !(l.headline_like() || short_head) || l.text.ends_with([':', '：']) || not_a_headline(l.text) {
            continue;
        }
        // Said twice more further off: a menu's item or a photo's caption
        // (a headline may come back once, in a gallery's or a share bar's).
        // (A run of copies in a row, a list's picture and its link, counts once.)
        let echoes = (from..lead_at)
            .filter(|&j| j.abs_diff(k) > 3 && lines[j].key == l.key && (j == 0 || lines[j - 1].key != l.key))
            .take(2)
            .count();
        let echoed = echoes == 2;
        // A breadcrumb or menu pasted as one line.
        let crumbs = l.latin() && l.wide_gap();
        // The last item of a menu: a few words under a run of such lines.
        // (Not with its byline right under it: a headline. A menu may have
        // the page's date under it.)
        let next = lines.get(k + 1).filter(|m| m.reading == Reading::Meta);
        let dated = next.is_some();
        let signed_below = next.is_some_and(|m| super::meta::byline(m.text, m.key).is_some());
        let menu_item = l.info.is_none()
            && !signed_below
            && !short_head
            && l.latin()
            && l.word_count() <= MENU_WORDS
            && (k.saturating_sub(4)..k).filter(|&j| lines[j].latin() && lines[j].word_count() <= MENU_WORDS).count() >= 3;
        let han_furniture = !l.latin() && (abridged(lines, k) || han_tag(lines, k) || series_item(lines, k));
        if labelled(lines, k) || signed(lines, k) || echoed || crumbs || menu_item || han_furniture || lead_keys.contains(&l.key) {
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
        let mut cue = cued(lines, k);
        if overlap < MIN_OVERLAP && !cue {
            continue;
        }
        // Repeated from a line just above (a breadcrumb's last crumb, or
        // the headline twice): the page names it twice. Not a deck then.
        let repeated = (k.saturating_sub(3)..k).any(|j| l.key.is_empty() || crate::lexicon::has_str(lines[j].key, l.key));
        let under = above.is_some_and(|a| k - a.0 <= 3);
        let deck = !repeated && under && !(dated && above.is_some_and(|a| a.1));
        // A deck whose byline or date comes lines below it (more deck
        // between) passes that cue up to its headline (not to a teaser in
        // a run of them; a line in title case under a headline is another
        // story's, a deck is in sentence case).
        if deck && cue && !dated && !title_cased(l.text) {
            if let Some(a) = above.as_mut().filter(|a| !a.1 && !a.3) {
                (a.2, a.3, cue) = (a.2 + CUE, true, false);
                if best.is_none_or(|(s, _)| a.2 > s) {
                    best = Some((a.2, a.0));
                }
            }
        }
        let shape = if l.sentence_like() { -0.2 } else { 0.3 }
            - if shouted(l.text) { 0.4 } else { 0.0 }
            - if deck { DECK } else { 0.0 }
            + if repeated { REPEATED } else { 0.0 };
        // A Han headline's date or credit line comes right under it.
        let han_dated = if dated && !l.latin() { HAN_DATED } else { 0.0 };
        let score = overlap + if cue { CUE } else { 0.0 } + han_dated + shape - (lead_at - k) as f32 * 0.01;
        if best.is_none_or(|(s, _)| score > s) {
            best = Some((score, k));
        }
        // A headline for what follows: it shares the lead's words, or its
        // date or byline comes right under it (a section label in capitals
        // heads no deck).
        if all >= 3 && (overlap >= MIN_OVERLAP || dated) && !l.sentence_like() && !shouted(l.text) {
            above = Some((k, under, score, cue));
        }
    }
    best.map(|(_, k)| k)
}

#[cfg(test)]
mod tests {
    use super::not_a_headline;

    #[test]
    fn pull_quotes_and_bare_bylines_are_not_headlines() {
        for t in [
            "\"The latest attack has raised tensions\"",
            "“It's the right decision”",
            "Mark Ames and Yasha Levine",
            "Jane Doe - May 12, 2024",
            "Home / News / Local",
            "新聞 / 國際 / 即時",
            "Software ›",
            "The Daily Town's Political Editor, Jane Doe",
            "國際部記者",
            "Jane Doe / AP",
            "Jane Doe / Daily Town Times",
        ] {
            assert!(not_a_headline(t), "{t}");
        }
        for t in [
            "Council raises rent cap",
            "\"Right decision\" says council as rent cap rises",
            "Barack Obama",
            "AC/DC returns to the stage / a review",
            "Council raises rent cap, Mayor Jane Doe says",
        ] {
            assert!(!not_a_headline(t), "{t}");
        }
    }
}
