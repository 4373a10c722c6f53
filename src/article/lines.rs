//! A first reading of each line from its own words: list markers, meta and
//! keyword labels, list labels, comment headers, boilerplate, and the
//! measures that tell headlines from sentences. HTML hints (heading level,
//! list item, link density, page zone) refine the reading where present.

use super::html::{Hints, LineInfo};
use super::language::Counts;
use super::meta;
use crate::clean::is_han;
pub use crate::lexicon::article::ListLabel;
use crate::lexicon::article::{
    Boiler, MetaLabel, Zone, BOILERPLATE, LIST_LABELS, STRONG_BOILERPLATE,
};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reading {
    Text,
    Meta,
    Keywords,
    Boilerplate,
    CommentHeader,
    ListLabel(ListLabel),
    /// A list item: its number, and a code for its bullet (0: none, 1: HTML).
    Item {
        number: Option<u32>,
        marker: u32,
    },
    Heading(u8),
}

pub struct Line<'a> {
    /// Trimmed span in the cleaned text.
    pub start: usize,
    pub end: usize,
    pub text: &'a str,
    /// Folded and ASCII-lowercased (as `fold` leaves it), aligned byte for byte with `text`.
    pub key: &'a str,
    pub info: Option<LineInfo>,
    pub reading: Reading,
    /// Byte length of the list marker at the start of `text`.
    marker_len: usize,
    words: usize,
    chars: usize,
    /// What the language is decided from (a block's counts are its lines').
    pub counts: Counts,
    /// Holds sentence punctuation (`。，,！？；` or `. `), noted while counting.
    punct: bool,
    /// Which of the characters the readings test for the line holds ([`mark_of`]).
    marks: u8,
}

// Characters a line's reading asks about, noted in the counting pass so the
// checks need not search the line again.
const COPYRIGHT: u8 = 1;
const FULL_STOP: u8 = 2;
const CRUMB: u8 = 4;
const MENU: u8 = 8;
/// Two spaces, U+3000 or a tab: items set apart (`Home  News`).
const WIDE_GAP: u8 = 16;
/// What follows a meta label: a colon, a space or a slash. Without one a line
/// has no label, and the reader does not ask `meta::labels`.
const LABEL_FOLLOW: u8 = 32;
const DOT_SPACE: u8 = 64;

/// The marks of `c`, read after `prev`.
#[inline]
fn mark_of(c: char, prev: char) -> u8 {
    match c {
        '©' => COPYRIGHT,
        '。' => FULL_STOP,
        ' ' => {
            LABEL_FOLLOW
                | if prev == ' ' {
                    WIDE_GAP
                } else if prev == '.' {
                    DOT_SPACE
                } else {
                    0
                }
        }
        '\u{3000}' => WIDE_GAP | LABEL_FOLLOW,
        '\t' => WIDE_GAP,
        ':' | '：' | '︰' | '﹕' | '/' | '／' => LABEL_FOLLOW,
        c if CRUMB_SEPARATORS.contains(&c) => CRUMB,
        c if MENU_SEPARATORS.contains(&c) => MENU,
        _ => 0,
    }
}

/// A full stop between two sentences: `. ` after a word in lower case or a
/// figure (`in 2019. The`), not after a title or an initial (`Michael Brown
/// Sr. and`, `U.S. troops`).
fn sentence_break(t: &str) -> bool {
    let b = t.as_bytes();
    (1..b.len()).any(|p| {
        b[p - 1] == b'.' && b[p] == b' ' && {
            let word = t[..p - 1].rsplit(' ').next().unwrap_or("");
            !word.is_empty() && !word.as_bytes()[0].is_ascii_uppercase()
        }
    })
}

impl Line<'_> {
    pub fn item_text(&self) -> &str {
        self.text[self.marker_len..].trim()
    }

    fn body(&self) -> &str {
        self.item_text()
    }

    pub fn latin(&self) -> bool {
        self.words * 2 > self.counts.han
    }

    pub fn linky(&self) -> bool {
        self.info.is_some_and(|i| i.link_density() >= 0.5)
    }

    /// A line that reads as a headline: a short run of words, not a sentence.
    pub fn headline_like(&self) -> bool {
        let t = self.body();
        if t.ends_with([':', '：']) {
            return false;
        }
        if self.latin() {
            (3..=25).contains(&self.words) && self.chars <= 200
        } else {
            (5..=60).contains(&self.chars)
        }
    }

    /// A line with the shape of prose.
    pub fn sentence_like(&self) -> bool {
        let t = self.body();
        if meta::ends_sentence(t) || self.marks & FULL_STOP != 0 {
            return true;
        }
        if self.latin() {
            (self.words >= 8 && sentence_break(t))
                || (self.words >= 20 && crate::lexicon::has_str(t, ", "))
        } else {
            self.counts.han >= 25 && t.contains(['，', ','])
        }
    }

    /// Clearly a paragraph of the article (not a list item, not links).
    pub fn strong_paragraph(&self) -> bool {
        if self.reading != Reading::Text || self.linky() {
            return false;
        }
        if self.info.is_some_and(|i| i.zone != Zone::None) {
            return false;
        }
        let (t, punct) = (self.text, self.punct);
        let para = self.info.is_some_and(|i| i.para || i.in_article);
        (self.counts.han >= 30 && punct)
            || (self.words >= 15 && (punct || crate::lexicon::has_char(t, '.')))
            || (para && (self.counts.han >= 15 || self.words >= 8) && punct)
    }

    /// A few Latin-script words on a pasted line: under five. (Chinese
    /// articles keep short lines of their own, like `（中央社）`; a page's
    /// elements tell furniture from text better than length does.)
    pub fn fragment(&self) -> bool {
        self.info.is_none() && self.latin() && self.words < 5
    }

    /// A pasted headline-shaped line (its own, or another story's) that is
    /// not followed by prose where this is asked: a teaser, a caption.
    pub fn teaser_like(&self) -> bool {
        self.info.is_none() && self.latin() && self.headline_like()
    }

    /// Items set apart by two spaces, U+3000 or a tab (`Home  Issues  May 2`):
    /// a menu or breadcrumb pasted as one line.
    pub fn wide_gap(&self) -> bool {
        self.marks & WIDE_GAP != 0
    }

    /// How many words the line holds (Latin words; Han text counts none).
    pub fn word_count(&self) -> usize {
        self.words
    }

    /// A sentence of a newsletter box or sign-up form (a short one: an
    /// article's paragraph may mention a newsletter).
    pub fn call_to_action(&self) -> bool {
        // (A line of no Latin word holds none of these words: not searched.)
        (1..=25).contains(&self.words)
            && crate::lexicon::article::CALL_TO_ACTION.iter().any(|w| crate::lexicon::has_str(self.key, w))
    }

    /// A teaser card pasted as one line: a title-case headline glued to its
    /// summary, the inline elements' text run together (`Troy SteakhouseA
    /// party of six left…`). A camel-case name in prose (`PlayStation`)
    /// follows lowercase words, not a title-case headline.
    pub fn glued_teaser(&self) -> bool {
        if self.info.is_some() || !self.latin() || self.words < 12 {
            return false;
        }
        let b = self.text.as_bytes();
        let Some(i) = (1..b.len().min(160)).find(|&i| b[i - 1].is_ascii_lowercase() && b[i].is_ascii_uppercase())
        else {
            return false;
        };
        let head = &self.text[..i];
        let words: Vec<&str> = head.split_whitespace().collect();
        let capital = words
            .iter()
            .filter(|w| w.starts_with(|c: char| c.is_ascii_uppercase() || c.is_ascii_digit() || !c.is_ascii()))
            .count();
        words.len() >= 3
            && capital * 4 >= words.len() * 3
            && !crate::lexicon::has_str(head, ". ")
            && self.text[i..].split_whitespace().count() >= 6
    }

    /// Short enough for a section heading.
    pub fn heading_like(&self) -> bool {
        !self.sentence_like()
            && (if self.latin() {
                (1..=14).contains(&self.words) && self.chars <= 100
            } else {
                (2..=30).contains(&self.chars)
            })
            && !self.text.ends_with(['，', ',', '、', ':', '：'])
    }

    /// A copyright or site-footer line (it ends a comment section).
    pub fn is_footer(&self) -> bool {
        self.info.is_some_and(|i| i.zone == Zone::Footer)
            || ((self.reading == Reading::Boilerplate
                && strong_boilers(self.key).any(|b| b == Boiler::Footer))
                || self.marks & COPYRIGHT != 0)
                // `Image copyright Getty Images` is a picture's credit.
                && !caption(self.key)
    }

    /// A list the page marks as related or ranking (by class or id).
    pub fn list_zone(&self) -> Option<ListLabel> {
        match self.info?.zone {
            Zone::Related => Some(ListLabel::Related),
            Zone::Ranking => Some(ListLabel::Ranking),
            _ => None,
        }
    }

    pub fn zoned_list(&self) -> bool {
        self.list_zone().is_some() || self.info.is_some_and(|i| i.zone == Zone::Aside)
    }

    /// How much text the line holds, a Han character counting as two
    /// letters (a Chinese sentence is about half as long as its English).
    pub fn size(&self) -> i64 {
        (self.chars + self.counts.han) as i64
    }

    /// Inside the page's article elements (HTML, when they were found).
    pub fn in_content(&self) -> bool {
        self.info.is_some_and(|i| i.in_content)
    }

    pub fn in_comment_zone(&self) -> bool {
        self.info.is_some_and(|i| i.zone == Zone::Comment)
    }

    pub fn list_id(&self) -> u32 {
        self.info.map_or(0, |i| i.list)
    }
}

/// Bullets that start list items; followed by a space (CJK bullets need none).
fn bullet(c: char) -> Option<u32> {
    match c {
        '-' | '*' | '+' | '>' | '–' | '—' => Some(2),
        '•' | '·' | '・' | '▪' | '■' | '□' | '●' | '○' | '◆' | '◇' | '►' | '▶' | '※' | '√'
        | '★' | '☆' => Some(3),
        _ => None,
    }
}

/// A list marker at the start of `t`: (its byte length, its number, bullet code).
fn marker(t: &str) -> Option<(usize, Option<u32>, u32)> {
    let mut i = 0;
    let mut code = 0;
    let mut cs = t.char_indices().peekable();
    if let Some(&(_, c)) = cs.peek() {
        if let Some(b) = bullet(c) {
            let after = t[c.len_utf8()..].chars().next();
            let spaced = after.is_some_and(|a| a == ' ' || a == '\u{3000}');
            if spaced || (b == 3 && after.is_some_and(|a| !a.is_whitespace())) {
                code = b;
                i = c.len_utf8();
                i += t[i..].len() - t[i..].trim_start().len();
            }
        }
    }
    let rest = &t[i..];
    // Circled numbers ①–⑳.
    if let Some(c) = rest.chars().next() {
        if ('\u{2460}'..='\u{2473}').contains(&c) {
            let n = c as u32 - 0x2460 + 1;
            let len = i + c.len_utf8();
            let len = len + (t[len..].len() - t[len..].trim_start().len());
            return Some((len, Some(n), code + 10));
        }
    }
    // Numbers: `1.`, `1、`, `1)`, `(1)`, `[1]`, `1 ` (at most two digits).
    let (open, body) = match rest.chars().next() {
        Some(c @ ('(' | '（' | '[' | '【')) => (Some(c), &rest[c.len_utf8()..]),
        _ => (None, rest),
    };
    let digits = body.bytes().take_while(u8::is_ascii_digit).count();
    if (1..=2).contains(&digits) {
        let num: u32 = body[..digits].parse().ok()?;
        let after = &body[digits..];
        let next = after.chars().next();
        let close_ok = match open {
            Some('(') => next == Some(')'),
            Some('（') => next == Some('）'),
            Some('[') => next == Some(']'),
            Some('【') => next == Some('】'),
            _ => matches!(
                next,
                Some('.' | '、' | ')' | '）' | '．' | ' ' | '\u{3000}')
            ),
        };
        // `1.5 million` or `3 . 5` is a number, not a marker.
        let then = after[next.map_or(0, char::len_utf8)..].chars().next();
        let decimal = next == Some('.') && then.is_some_and(|c| c.is_ascii_digit());
        // `1 day ago`, `5 min read`: a time, not an item.
        let timed = open.is_none()
            && next == Some(' ')
            && t.split_whitespace().count() <= 4
            && crate::lexicon::article::RELATIVE_TIME_UNITS.contains(after.split_whitespace().next().unwrap_or(""));
        if close_ok && !decimal && !timed && then.is_some() {
            let mut len = i + (rest.len() - body.len()) + digits + next.map_or(0, char::len_utf8);
            len += t[len..].len() - t[len..].trim_start().len();
            if len < t.len() {
                return Some((len, Some(num), code + 20));
            }
        }
    }
    (code > 0 && i < t.len()).then_some((i, None, code))
}

/// Strip decoration around a label: `【相關閱讀】`, `>> Related:`, `相关新闻：`.
fn bare(key: &str) -> &str {
    key.trim_matches(|c: char| {
        c.is_whitespace()
            || matches!(
                c,
                '【' | '】'
                    | '['
                    | ']'
                    | ':'
                    | '：'
                    | '>'
                    | '》'
                    | '《'
                    | '»'
                    | '|'
                    | '｜'
                    | '-'
                    | '—'
                    | '·'
                    | '•'
                    | '■'
                    | '▌'
                    | '#'
                    | '*'
                    | '('
                    | ')'
                    | '（'
                    | '）'
                    | '/'
            )
    })
}

fn list_label(text: &str, key: &str) -> Option<ListLabel> {
    if let Some(kind) = named_list_label(text, key) {
        return Some(kind);
    }
    let b = bare(key);
    let (n, row) = crate::lexicon::list_labels().longest_prefix(b)?;
    let (label, kind) = LIST_LABELS.row(row);
    if n == b.len() {
        return Some(kind);
    }
    // A label of several words may name its source: "More from Daily Town".
    let rest = &b[n..];
    let named = crate::lexicon::has_char(label, ' ')
        && rest.starts_with(' ')
        && rest.split_whitespace().count() <= 4
        && !meta::ends_sentence(rest);
    named.then_some(kind)
}

fn comment_header(key: &str) -> bool {
    // `網友評論(12)`, `12 Comments`, `Comments (3)`, `已有3条评论`
    if key.trim_end().ends_with([':', '：']) && comment_signature(bare(key)) {
        return true;
    }
    let bare = bare(key);
    let lex = crate::lexicon::comment_headers();
    // What is left of the line must end as a header does: most lines stop here.
    // `(12)`, `12 `: the count around the words.
    let count = |c: char| c.is_ascii_digit() || matches!(c, '(' | ')' | '（' | '）');
    let last = bare.chars().rev().find(|&c| !count(c) && c != ' ');
    if !last.is_some_and(|c| lex.may_end(c) || c == 't') {
        return false;
    }
    let mut b = String::with_capacity(bare.len());
    b.extend(bare.chars().filter(|&c| !count(c)));
    let b = b.trim();
    let b = b.strip_prefix("已有").unwrap_or(b);
    lex.contains(b)
        || b == "条评论"
        || b == "comment"
        || (b.ends_with("comments") && b.len() <= 20 && b.split_whitespace().count() <= 3)
}

/// The kinds of strong boilerplate phrases in `key`, left to right: one pass
/// with a lookup per character instead of a substring search per phrase.
fn strong_boilers(key: &str) -> impl Iterator<Item = Boiler> + '_ {
    let lex = crate::lexicon::strong_boilerplate();
    key.char_indices().filter_map(move |(i, c)| {
        // Most characters start no phrase: the filter says so before any slicing.
        if !lex.may_start(c) {
            return None;
        }
        lex.longest_prefix(&key[i..])
            .map(|(_, row)| STRONG_BOILERPLATE.data(row))
    })
}

fn strong_boiler(key: &str) -> Option<Boiler> {
    strong_boilers(key).next()
}

fn is_boiler_token(t: &str) -> bool {
    BOILERPLATE.contains(t)
}

/// A short line made of page-furniture words, a breadcrumb or a menu bar.
fn boilerplate(line: &Line) -> bool {
    let key = line.key;
    let chars = line.chars;
    if consent_notice(key) || (chars <= 600 && caption(key)) {
        return true;
    }
    if chars > 240 {
        return false;
    }
    if let Some(b) = strong_boiler(key) {
        let limit = if b == Boiler::Footer { 240 } else { 80 };
        if chars <= limit {
            return true;
        }
    }
    if line.marks & COPYRIGHT != 0 {
        return true;
    }
    if chars > 80 {
        return false;
    }
    let seps = |c: char| {
        c.is_whitespace()
            || matches!(
                c,
                '|' | '｜'
                    | '丨'
                    | '/'
                    | '>'
                    | '»'
                    | '›'
                    | '＞'
                    | '·'
                    | '•'
                    | '【'
                    | '】'
                    | '['
                    | ']'
                    | ':'
                    | '：'
                    | '('
                    | ')'
                    | '（'
                    | '）'
                    | '、'
                    | ','
                    | '，'
            )
    };
    if covered_by_furniture(key, seps) {
        return true;
    }
    // Splits most lines need not try: without a separator there is one segment.
    // Breadcrumbs: short segments joined by `>`, `»`, `›`, `/`.
    if line.marks & CRUMB != 0 {
        let mut crumbs = key
            .split(CRUMB_SEPARATORS)
            .map(str::trim)
            .filter(|s| !s.is_empty());
        let first = crumbs.next().unwrap_or("");
        if let Some(n) = count_if_all(crumbs, |c| c.chars().count() <= 16) {
            let n = n + 1;
            let short = first.chars().count() <= 16;
            if (n >= 3 || (n == 2 && is_boiler_token(first)))
                && short
                && !meta::ends_sentence(line.text)
            {
                return true;
            }
        }
    }
    // Menu bars: many short items, `|`-separated, or Han words spaced apart.
    if !meta::ends_sentence(line.text) {
        let piped = key
            .split(MENU_SEPARATORS)
            .map(str::trim)
            .filter(|s| !s.is_empty());
        if line.marks & MENU != 0
            && count_if_all(piped, |p| p.chars().count() <= 12).is_some_and(|n| n >= 3)
        {
            return true;
        }
        // Items set apart by runs of spaces: `Home  News  Business`.
        let wide = crate::lexicon::split_str(key, "  ")
            .flat_map(|p| p.split(['\u{3000}', '\t']))
            .map(str::trim)
            .filter(|p| !p.is_empty());
        let menu_item = |p: &str| {
            p.chars().count() <= 14
                && !p.contains([':', '：'])
                && !p.chars().any(|c| c.is_ascii_digit())
        };
        if line.marks & WIDE_GAP != 0 && count_if_all(wide, menu_item).is_some_and(|n| n >= 3) {
            return true;
        }
        let spaced = key.split_whitespace();
        let han_word = |w: &str| (2..=4).contains(&w.chars().count()) && w.chars().all(is_han);
        if count_if_all(spaced, han_word).is_some_and(|n| n >= 5) {
            return true;
        }
    }
    false
}

/// `34 responses to “Title”`: a count, then a comment word.
fn counted_comments(b: &str) -> bool {
    // The count first: most lines start with no digit, and are not split.
    if !b.trim_start().as_bytes().first().is_some_and(u8::is_ascii_digit) {
        return false;
    }
    let mut words = b.split_whitespace();
    let count = words.next().is_some_and(|w| w.bytes().all(|c| c.is_ascii_digit()));
    count
        && words
            .next()
            .is_some_and(|w| crate::lexicon::article::COMMENT_COUNT_WORDS.contains(&w))
}

/// `jdoe on May 2, 2018 at 4:47 pm said:`: a comment's author line with its
/// time (a clock time, a colon at the end, a few words).
pub(crate) fn timed_comment_signature(b: &str) -> bool {
    let Some(b) = b.trim_end().strip_suffix([':', '：']) else {
        return false;
    };
    let clock = b
        .as_bytes()
        .windows(4)
        .any(|w| w[0].is_ascii_digit() && w[1] == b':' && w[2].is_ascii_digit() && w[3].is_ascii_digit());
    clock
        && b.split_whitespace().count() <= 16
        && crate::lexicon::article::TIMED_COMMENT_SIGNATURES
            .iter()
            .any(|s| b.ends_with(s))
}

/// `jdoe says:`: a comment's author line (a few words, then the signature).
fn comment_signature(b: &str) -> bool {
    b.split_whitespace().count() <= 5
        && crate::lexicon::article::COMMENT_SIGNATURES
            .iter()
            .any(|s| b.ends_with(s))
}

/// A picture's caption or credit (its key is lowercased and folded).
pub fn caption(key: &str) -> bool {
    use crate::lexicon::article::CAPTION_STARTS;
    if CAPTION_STARTS.iter().any(|w| key.starts_with(w)) {
        return true;
    }
    // One pass for all the marks: most characters start none of them.
    let lex = crate::lexicon::caption_marks();
    key.char_indices()
        .any(|(i, c)| lex.may_start(c) && lex.longest_prefix(&key[i..]).is_some())
}

/// `More Washington Examiner`: a word of [`NAMED_LIST_LABELS`], then one to
/// four capitalized words and nothing else.
fn named_list_label(text: &str, key: &str) -> Option<ListLabel> {
    use crate::lexicon::article::NAMED_LIST_LABELS;
    let (label, kind) = NAMED_LIST_LABELS
        .iter()
        .find(|(w, _)| key.starts_with(w) && key[w.len()..].starts_with(' '))?;
    let rest = text.get(label.len()..)?;
    let n = rest.split_whitespace().count();
    let named = (1..=4).contains(&n)
        && rest
            .split_whitespace()
            .all(|w| w.starts_with(|c: char| c.is_ascii_uppercase()) && w.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '\'' | '&' | '-')));
    named.then_some(kind)
}

/// A cookie-consent notice (its key is lowercased and folded to Simplified).
fn consent_notice(key: &str) -> bool {
    use crate::lexicon::article::{CONSENT_CONTEXT, CONSENT_WORDS};
    use crate::lexicon::has_str;
    CONSENT_WORDS.iter().any(|w| has_str(key, w))
        && CONSENT_CONTEXT.iter().any(|w| has_str(key, w))
}

/// What joins a breadcrumb (`首頁 > 新聞`) and a menu bar (`首頁 | 新聞 | 財經`).
const CRUMB_SEPARATORS: [char; 4] = ['>', '»', '›', '＞'];
const MENU_SEPARATORS: [char; 5] = ['|', '｜', '丨', '·', '•'];

/// How many items there are, if every one is `ok` (no list is built: this
/// runs for every short line).
fn count_if_all<'a>(
    items: impl Iterator<Item = &'a str>,
    ok: impl Fn(&str) -> bool,
) -> Option<usize> {
    let mut n = 0;
    for item in items {
        if !ok(item) {
            return None;
        }
        n += 1;
    }
    Some(n)
}

fn boilerplate_lex() -> &'static crate::lexicon::Lex {
    crate::lexicon::boilerplate()
}

/// Is the line made only of furniture phrases (longest match first, at
/// token edges), numbers and font-size letters, with at least one phrase?
fn covered_by_furniture(key: &str, seps: impl Fn(char) -> bool + Copy) -> bool {
    let mut i = 0;
    let mut phrases = 0;
    while i < key.len() {
        let Some(c) = key[i..].chars().next() else {
            break;
        };
        if seps(c) {
            i += c.len_utf8();
            continue;
        }
        let rest = &key[i..];
        // The longest phrase at this token edge (one lookup by first character).
        let hit = boilerplate_lex()
            .longest_prefix(rest)
            .map(|(n, _)| n)
            .filter(|&n| {
                let w = &rest[..n];
                rest[n..]
                    .chars()
                    .next()
                    .is_none_or(|c| seps(c) || !c.is_ascii_alphanumeric() || !w.is_ascii())
            });
        if let Some(n) = hit {
            phrases += 1;
            i += n;
            continue;
        }
        let tok_end = rest.find(seps).unwrap_or(rest.len());
        let tok = &rest[..tok_end];
        if tok.chars().all(|c| c.is_ascii_digit()) || is_size(tok) {
            i += tok_end;
            continue;
        }
        return false;
    }
    phrases > 0
}

fn is_size(t: &str) -> bool {
    matches!(t, "大" | "中" | "小" | "a" | "+" | "-" | "a+" | "a-")
}

/// Read the non-blank lines of the cleaned text.
pub fn read<'a>(text: &'a str, folded: &'a str, hints: Option<&Hints>) -> Vec<Line<'a>> {
    let mut out = Vec::new();
    let mut at = 0;
    let mut raws = text.split('\n').enumerate().peekable();
    while let Some((line_no, raw)) = raws.next() {
        let start = at;
        at += raw.len() + 1;
        let lead = raw.len() - raw.trim_start().len();
        let mut body = raw.trim();
        if body.is_empty() {
            continue;
        }
        let s = start + lead;
        // Hard-wrapped plain text: a line the next one continues is one line
        // with it (HTML hints are per physical line: never there).
        if hints.is_none() {
            // (the last physical line of `body`: no search of the line for it)
            let mut last = body;
            while let Some(&(_, next)) = raws.peek() {
                if !soft_wrap(last, next.trim(), last.len() < body.len()) {
                    break;
                }
                raws.next();
                let end = at + next.trim_end().len();
                last = &text[at + (next.len() - next.trim_start().len())..end];
                body = &text[s..end];
                at += next.len() + 1;
            }
        }
        let e = s + body.len();
        // A slice of the folded text, which `fold` has already lowercased.
        let key = folded.get(s..e).unwrap_or(body);
        let info = hints.and_then(|h| h.lines.get(line_no).copied());
        let (mut words, mut chars, mut in_word) = (0, 0, false);
        let mut counts = Counts::default();
        let (mut punct, mut prev, mut marks) = (false, ' ', 0u8);
        for c in body.chars() {
            // (a soft wrap is a space)
            let c = if c == '\n' { ' ' } else { c };
            chars += 1;
            // Most characters of Chinese text: of the rest, only `丨` applies to them.
            if is_han(c) {
                marks |= if c == '丨' { MENU } else { 0 };
                counts.count_han(c);
                in_word = false;
                prev = c;
                continue;
            }
            marks |= mark_of(c, prev);
            prev = c;
            counts.count(c);
            punct |= matches!(c, '。' | '，' | ',' | '！' | '？' | '；');
            let letter = super::is_letter(c);
            if letter && !in_word {
                words += 1;
            }
            in_word = letter || (in_word && (c == '\'' || c == '-'));
        }
        // (a question or exclamation closing a line of prose is its sentence's end too)
        punct |= marks & DOT_SPACE != 0 || (words >= 15 && body.ends_with(['?', '!']));
        let mut line = Line {
            start: s,
            end: e,
            text: body,
            key,
            info,
            reading: Reading::Text,
            marker_len: 0,
            words,
            chars,
            counts,
            punct,
            marks,
        };
        line.reading = reading(&mut line);
        out.push(line);
    }
    out
}

/// Does `next` continue the sentence of `line` (both trimmed, `next` the
/// line just after it; `in_run`: `line` continues a line before it)? Wire
/// copy and old pages wrap at 60–80 columns: a line of that width not ending
/// its sentence, before a line that opens in lower case (not a byline's
/// `by`). Inside a wrapped paragraph also before a number, a currency sign or
/// a capital after a word in lower case; a headline is a line of that width
/// too, before its byline or date line (`By Ann Lee`, `March 5, 2024`), so
/// a paragraph's first line does not join those. Latin text only; a list
/// item stays an item.
fn soft_wrap(line: &str, next: &str, in_run: bool) -> bool {
    let (Some(last), Some(first)) = (line.chars().next_back(), next.chars().next()) else {
        return false;
    };
    if !(40..=100).contains(&line.len()) || next.len() < 2 || line.chars().any(is_han) {
        return false;
    }
    // A web address on a line of its own is no sentence's part.
    let address = |t: &str| !t.contains(' ') && (t.starts_with("http") || t.starts_with("www."));
    if address(line) || address(next) {
        return false;
    }
    let ends_word = last.is_ascii_alphanumeric() || matches!(last, ',' | '%' | '$' | '-');
    let lower = first.is_ascii_lowercase() && !next.starts_with("by ");
    let opens = || {
        let last_word = line.rsplit(' ').next().unwrap_or("");
        let head = &next[..next.find(' ').unwrap_or(0)];
        last_word.starts_with(|c: char| c.is_ascii_lowercase())
            && (first == '$'
            || (first.is_ascii_digit()
                && marker(next).is_none_or(|(_, _, code)| code == 20 && !head.contains(['.', ')'])))
            || first.is_ascii_uppercase())
    };
    // `rose` / `12 percent`, `12%`: a number in the sentence, not a date line
    let figure = || {
        let next = next.strip_prefix('$').unwrap_or(next);
        // the number: digits with their separators (`5.2`, `1,200`)
        let b = next.as_bytes();
        let mut k = 0;
        while k < b.len()
            && (b[k].is_ascii_digit()
                || (k > 0 && matches!(b[k], b'.' | b',') && b.get(k + 1).is_some_and(u8::is_ascii_digit)))
        {
            k += 1;
        }
        match &b[k..] {
            _ if k == 0 => false,
            [b' ', c, ..] => c.is_ascii_lowercase(),
            [c, ..] => matches!(c, b'%' | b','),
            [] => false,
        }
    };
    // A paragraph's first line: not a headline in title case (`Lindsay Lohan
    // Has the Attention of Her Ex-Girlfriend`), before a line that is itself
    // prose (as long, or ending a sentence: not `22 hours ago`), a number only
    // after a line of ten words or more.
    let start_ok = || {
        let n = line.split(' ').filter(|w| !w.is_empty()).count();
        let caps = line.split(' ').filter(|w| w.starts_with(|c: char| c.is_ascii_uppercase())).count();
        let prose_next = next.len() >= 40 || next.ends_with(['.', '!', '?', '"', '\'', '”', '’', ')']);
        caps * 2 <= n && prose_next && (lower || n >= 10)
    };
    ends_word
        && (lower || ((in_run || figure()) && opens()))
        && (in_run || start_ok())
        && (first.is_ascii_lowercase() || marker(line).is_none())
}

fn reading(line: &mut Line) -> Reading {
    let (r, marker_len) = reading_of(line);
    line.marker_len = marker_len;
    r
}

/// The line's reading, and the byte length of its list marker.
fn reading_of(line: &Line) -> (Reading, usize) {
    let key = line.key;
    if let Some(info) = line.info {
        match info.zone {
            Zone::Nav | Zone::Footer | Zone::Share | Zone::Caption => {
                return (Reading::Boilerplate, 0)
            }
            Zone::Comment => {
                let r = if comment_header(key) {
                    Reading::CommentHeader
                } else {
                    Reading::Boilerplate
                };
                return (r, 0);
            }
            Zone::Aside if line.linky() && !info.item => return (Reading::Boilerplate, 0),
            _ => {}
        }
    }
    let ls = if line.chars <= 400 && line.marks & LABEL_FOLLOW != 0 {
        meta::labels(line.text, key)
    } else {
        Vec::new()
    };
    if let Some(&(s, _, l)) = ls.first() {
        if matches!(l, MetaLabel::Keywords | MetaLabel::Tags)
            && meta::trim_value(&line.text[..s]).is_empty()
        {
            return (Reading::Keywords, 0);
        }
    }
    if line.chars <= 200 && (counted_comments(bare(key)) || timed_comment_signature(key)) {
        return (Reading::CommentHeader, 0);
    }
    if line.chars <= 40 {
        if comment_header(key) {
            return (Reading::CommentHeader, 0);
        }
        if let Some(l) = list_label(line.text, key) {
            return (Reading::ListLabel(l), 0);
        }
    }
    if boilerplate(line) {
        return (Reading::Boilerplate, 0);
    }
    if meta::is_meta_line_with(line.text, &ls)
        || (line.chars <= 80 && line.marks & LABEL_FOLLOW != 0 && !meta::report_credit(line.text, key).is_empty())
    {
        return (Reading::Meta, 0);
    }
    if let Some(info) = line.info {
        if info.item && (info.zone != Zone::None || line.linky() || !line_is_prose(line)) {
            let (len, number) = match marker(line.text) {
                Some((len, n, _)) => (len, n),
                None => (0, None),
            };
            return (Reading::Item { number, marker: 1 }, len);
        }
        if info.heading > 0 {
            return (Reading::Heading(info.heading), 0);
        }
    }
    if let Some((len, number, code)) = marker(line.text) {
        return (
            Reading::Item {
                number,
                marker: code,
            },
            len,
        );
    }
    if line.linky() && line.info.is_some_and(|i| i.zone != Zone::None) {
        return (Reading::Boilerplate, 0);
    }
    (Reading::Text, 0)
}

fn line_is_prose(line: &Line) -> bool {
    line.sentence_like() && !line.linky()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_label_word_before_a_name_heads_a_list() {
        let label = |t: &str| named_list_label(t, &t.to_ascii_lowercase());
        assert_eq!(label("More Washington Examiner"), Some(ListLabel::Related));
        assert_eq!(label("Latest Daily Town"), Some(ListLabel::Related));
        assert_eq!(label("More than 100 people were hurt"), None);
        assert_eq!(label("More rain is expected"), None);
        assert_eq!(label("Moreover, the council"), None);
    }

    #[test]
    fn the_only_han_separator_is_the_one_the_line_pass_checks() {
        for &c in CRUMB_SEPARATORS.iter().chain(&MENU_SEPARATORS) {
            assert!(
                !is_han(c) || c == '丨',
                "{c}: note it in the Han branch of `read`"
            );
        }
        let line = |t: &'static str| read(t, t, None).remove(0);
        assert!(boilerplate(&line("首頁丨新聞丨財經丨體育")));
        assert!(boilerplate(&line("首頁 > 新聞 > 財經")));
        assert!(boilerplate(&line("Copyright © 2024 新聞網")));
        assert!(!boilerplate(&line(
            "今年全市生產總值增長5.2%，高於全國平均水平。"
        )));
    }

    #[test]
    fn markers() {
        assert_eq!(marker("- 1 紅船旁"), Some(("- 1 ".len(), Some(1), 22)));
        assert_eq!(marker("- 紅船旁"), Some((2, None, 2)));
        assert_eq!(marker("10. Title here"), Some((4, Some(10), 20)));
        assert_eq!(marker("1.5 million people"), None);
        assert_eq!(marker("2024年5月"), None);
        assert_eq!(marker("（1）第一"), Some(("（1）".len(), Some(1), 20)));
        assert_eq!(marker("①第一"), Some(("①".len(), Some(1), 10)));
        assert_eq!(marker("-5% drop"), None);
        assert_eq!(marker("• item"), Some(("• ".len(), None, 3)));
    }

    fn read1(s: &str) -> Reading {
        let f = crate::lexicon::fold::fold(s);
        read(s, &f, None)[0].reading
    }

    #[test]
    fn soft_wraps() {
        let long = "The utility said on Monday that its annual profit fell to $712";
        assert!(soft_wrap(long, "million, hurt by lower prices across the region.", false));
        assert!(soft_wrap("The carrier said on Monday that its passenger numbers rose", "12 percent in May.", false));
        assert!(soft_wrap("The start-up said its loss narrowed in the spring to $2 million from", "$4 million.", false));
        // a headline before its byline or date line; a list after a long line; a short line
        assert!(!soft_wrap("Fed holds rates steady, signals fewer cuts this year", "By Ann Lee", false));
        assert!(!soft_wrap("Fed holds rates steady, signals fewer cuts this year", "by Ann Lee", false));
        assert!(!soft_wrap("Fed holds rates steady, signals fewer cuts this year", "2024-03-21 10:00", false));
        assert!(!soft_wrap("Three things to know about the new transport plan for next year", "1. Fares go up", true));
        assert!(!soft_wrap("Revenue rose to $994", "million", false));
        assert!(!soft_wrap("The company said revenue rose sharply in the quarter.", "it said", false));
        // inside a wrapped paragraph a capital after a word in lower case continues it
        assert!(soft_wrap("The former Beatle was murdered in New York by a fan on", "December 8, 1980.", true));
        assert!(!soft_wrap("The former Beatle was murdered in New York by a fan on", "December 8, 1980.", false));
    }

    #[test]
    fn a_wrapped_paragraph_with_crlf_is_one_block() {
        let text = "Title of the story\r\n\r\nThe city council voted on Tuesday to spend an extra $3.5\r\nbillion on roads and bridges over the coming decade, officials said.\r\n";
        let a = crate::analyze(text, &crate::Options::default());
        let f = a.figures.iter().find(|f| f.value == Some(3.5e9)).expect("$3.5 billion");
        assert_eq!(&text[f.start..f.end], "$3.5\r\nbillion");
        assert_eq!(a.blocks.iter().filter(|b| b.text.contains("council")).count(), 1);
    }

    #[test]
    fn readings() {
        assert_eq!(read1("分享到： 微信 微博 QQ空間"), Reading::Boilerplate);
        assert_eq!(
            read1("【字號：大 中 小】 打印 關閉窗口"),
            Reading::Boilerplate
        );
        assert_eq!(read1("首頁 > 新聞 > 國內"), Reading::Boilerplate);
        assert_eq!(
            read1("Copyright © 2024 Example News. All rights reserved."),
            Reading::Boilerplate
        );
        assert_eq!(read1("網友評論（12）"), Reading::CommentHeader);
        assert_eq!(read1("12 Comments"), Reading::CommentHeader);
        assert_eq!(
            read1("【相關閱讀】"),
            Reading::ListLabel(ListLabel::Related)
        );
        assert_eq!(read1("Most Read"), Reading::ListLabel(ListLabel::Ranking));
        assert_eq!(read1("關鍵詞: 銀票網 方正金鼎"), Reading::Keywords);
        assert_eq!(read1("2024-05-12 10:32 來源：新華網"), Reading::Meta);
        assert_eq!(read1("By Jane Doe, Reuters"), Reading::Meta);
        assert_eq!(read1("Share this article"), Reading::Boilerplate);
        assert_eq!(
            read1("Apple shares rise after strong iPhone sales"),
            Reading::Text
        );
        assert_eq!(
            read1("近日記者從嘉興市南湖區共富辦了解到，結果已正式公布。"),
            Reading::Text
        );
    }
}
