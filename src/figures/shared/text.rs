//! A block's text as the grammar sees it: folded characters with their byte
//! offsets, and the original (cleaned) text for what a figure says.

use super::charset::CharBits;
use crate::lexicon::Lex;

pub struct BlockText<'a> {
    text: &'a str,
    folded: &'a str,
    /// Folded characters.
    pub cs: Vec<char>,
    /// Byte offset of each character, plus the text length at the end.
    at: Vec<usize>,
    /// Char ranges of encoding damage: never part of a figure.
    holes: Vec<(usize, usize)>,
    /// Where the chars of the set given to [`reset_marking`](Self::reset_marking) are.
    marked: Vec<usize>,
    /// Is a line break a space (a paragraph's soft wrap: `$994` / `million`)?
    pub soft_wraps: bool,
}

impl<'a> BlockText<'a> {
    pub fn new(text: &'a str, folded: &'a str, byte_holes: &[(usize, usize)]) -> BlockText<'a> {
        let mut bt = BlockText {
            text,
            folded,
            cs: Vec::new(),
            at: Vec::new(),
            holes: Vec::new(),
            marked: Vec::new(),
            soft_wraps: false,
        };
        bt.reset(text, folded, byte_holes);
        bt
    }

    /// Hold another block, keeping the buffers: an article has thousands of
    /// blocks, most of them a line long.
    pub fn reset(&mut self, text: &'a str, folded: &'a str, byte_holes: &[(usize, usize)]) {
        self.reset_marking(text, folded, byte_holes, None);
    }

    /// [`reset`](Self::reset), noting where the chars of `marks` are (a
    /// set not to be decided past U+FFFF marks every char there): a pass
    /// that looks for rare words asks this loop, which decodes every char
    /// of the article, rather than walking the text again.
    pub fn reset_marking(
        &mut self,
        text: &'a str,
        folded: &'a str,
        byte_holes: &[(usize, usize)],
        marks: Option<&CharBits>,
    ) {
        self.text = text;
        self.folded = folded;
        self.cs.clear();
        self.at.clear();
        self.marked.clear();
        // Latin letters and digits are marked only where a word starts: the
        // marks' words (NT$, Toronto) start words, and most Latin chars are inside one
        let mut prev_alnum = false;
        for (i, c) in folded.char_indices() {
            let alnum = c.is_ascii_alphanumeric();
            let word_start = !(alnum && prev_alnum);
            prev_alnum = alnum;
            if matches!(c, ' ' | '\u{a0}') && skips_space(&self.cs, &folded[i + c.len_utf8()..]) {
                continue;
            }
            if word_start && marks.is_some_and(|m| m.get(c) != Some(false)) {
                self.marked.push(self.cs.len());
            }
            self.cs.push(if c == '\n' && self.soft_wraps { ' ' } else { c });
            self.at.push(i);
        }
        self.at.push(folded.len());
        self.holes.clear();
        for &(s, e) in byte_holes {
            let hole = (self.char_at_byte(s), self.char_at_byte(e));
            self.holes.push(hole);
        }
    }

    pub fn len(&self) -> usize {
        self.cs.len()
    }

    /// The chars of the set given to [`reset_marking`](Self::reset_marking), in order.
    pub fn marked(&self) -> &[usize] {
        &self.marked
    }

    pub fn get(&self, i: usize) -> Option<char> {
        self.cs.get(i).copied()
    }

    /// Where char `i` starts (the text's end for `i` at or past the end).
    #[inline]
    pub fn byte(&self, i: usize) -> usize {
        self.at[i.min(self.cs.len())]
    }

    /// Where the chars before `i` end: [`byte`](Self::byte) less a space
    /// the reading skipped just before char `i`.
    #[inline]
    pub fn end_byte(&self, i: usize) -> usize {
        match i.min(self.cs.len()).checked_sub(1) {
            Some(k) => self.at[k] + self.cs[k].len_utf8(),
            None => self.at[0],
        }
    }

    /// The char index at (or just after) byte offset `b`.
    pub fn char_at_byte(&self, b: usize) -> usize {
        self.at.partition_point(|&x| x < b)
    }

    /// The cleaned text of chars `s..e`, in the article's own script.
    pub fn original(&self, s: usize, e: usize) -> &'a str {
        &self.text[self.byte(s)..self.end_byte(e).max(self.byte(s))]
    }

    /// The folded text of chars `s..e`.
    pub fn folded(&self, s: usize, e: usize) -> &'a str {
        &self.folded[self.byte(s)..self.end_byte(e).max(self.byte(s))]
    }

    /// Does the folded text at `i` start with `w` (already folded)? Its end if so.
    pub fn starts(&self, i: usize, w: &str) -> Option<usize> {
        if i > self.cs.len() || !self.folded[self.byte(i)..].starts_with(w) {
            return None;
        }
        Some(i + w.chars().count())
    }

    /// Does the folded text before `i` end with `w`? Where it starts if so.
    pub fn ends(&self, i: usize, w: &str) -> Option<usize> {
        if !self.folded[..self.end_byte(i)].ends_with(w) {
            return None;
        }
        Some(i - w.chars().count())
    }

    /// The longest word of `lex` starting at `i`: (its end, its row).
    pub fn lex_at(&self, i: usize, lex: &Lex) -> Option<(usize, usize)> {
        // Most positions start no word: say so before slicing anything.
        if !lex.may_start(*self.cs.get(i)?) {
            return None;
        }
        let b = self.byte(i);
        let (n, row) = lex.longest_prefix(&self.folded[b..])?;
        Some((i + self.folded[b..b + n].chars().count(), row))
    }

    /// The longest word of `lex` ending at `i`, within `from..i`: (its start, its row).
    pub fn lex_before(&self, from: usize, i: usize, lex: &Lex) -> Option<(usize, usize)> {
        if i <= from || !lex.may_end(*self.cs.get(i - 1)?) {
            return None;
        }
        let (n, row) = lex.longest_suffix(self.folded(from, i))?;
        let b = self.end_byte(i);
        Some((i - self.folded[b - n..b].chars().count(), row))
    }

    /// Does `s..e` touch a damaged stretch? Holes are in text order and do
    /// not overlap (as the damage they come from): a binary search, so a
    /// block with thousands of holes costs each figure a few steps.
    pub fn in_hole(&self, s: usize, e: usize) -> bool {
        let k = self.holes.partition_point(|&(_, b)| b <= s);
        self.holes.get(k).is_some_and(|&(a, _)| a < e)
    }
}

/// `共有 18 名`, `100 萬噸`: a space set between digits and Han text (as
/// pangu-style typesetting does) is not part of the number's reading; the
/// grammar sees `共有18名`. `cs` are the chars read before the space, `rest`
/// the text after it. Out of the loop of [`BlockText::reset`]: spaces are
/// rare in Chinese text, and the loop stays small.
// Out of line (the Node build inlines hard): the loop of reset stays small.
#[cold]
#[inline(never)]
fn skips_space(cs: &[char], rest: &str) -> bool {
    let han = |c: Option<char>| c.is_some_and(crate::clean::is_han);
    let digit = |c: Option<char>| c.is_some_and(|c| crate::numerals::ascii_digit(c).is_some());
    let before = cs.last().copied();
    // Most spaces (English text) follow a letter: no need to read on.
    if !(digit(before) || han(before)) {
        return false;
    }
    let after = rest.chars().next();
    let percent = |c: Option<char>| matches!(c, Some('%' | '％'));
    // Not after one or two digits opening a line, bullets aside
    // (`1 中國…`, `- 10 百年…`): a list marker.
    let opens_line = || {
        let digits = cs.iter().rev().take_while(|&&c| digit(Some(c))).count();
        let lead = cs[..cs.len() - digits]
            .iter()
            .rev()
            .take_while(|&&c| matches!(c, ' ' | '-' | '*' | '•' | '·' | '\t'))
            .count();
        let k = cs.len() - digits - lead;
        digits <= 2 && k.checked_sub(1).is_none_or(|p| cs[p] == '\n')
    };
    (digit(before) && (han(after) || percent(after)) && !opens_line()) || (han(before) && digit(after))
}

/// A Latin letter, ASCII or fullwidth.
pub fn is_ascii_letter(c: Option<char>) -> bool {
    c.is_some_and(|c| {
        // fullwidth Ａ-Ｚ, ａ-ｚ
        c.is_ascii_alphabetic()
            || ('\u{FF21}'..='\u{FF3A}').contains(&c)
            || ('\u{FF41}'..='\u{FF5A}').contains(&c)
    })
}
