//! Cleaning: the original text → cleaned text, an [`OffsetMap`] back, and a
//! report of what was removed or flagged. One pass, linear in the input.

mod damage;
mod markup;
pub use markup::entity;
mod pinyin;

use crate::model::{Cleaning, Span};
use crate::offsets::OffsetMap;

pub use damage::find_damage;

pub struct Cleaned {
    pub text: String,
    pub map: OffsetMap,
    /// Spans in the coordinates of the text given to [`clean`]; `damaged` is left empty.
    pub report: Cleaning,
}

/// Copies the source into the cleaned text, recording each edit.
struct Builder<'a> {
    src: &'a str,
    out: String,
    map: OffsetMap,
    copied_to: usize,
}

impl Builder<'_> {
    fn edit(&mut self, start: usize, end: usize, replacement: &str) {
        self.out.push_str(&self.src[self.copied_to..start]);
        let clean_start = self.out.len();
        self.out.push_str(replacement);
        self.map.push(start, end, clean_start, self.out.len());
        self.copied_to = end;
    }

    /// The last character of the cleaned text so far, counting the pending copy.
    fn last_char(&self, at: usize) -> Option<char> {
        if at > self.copied_to {
            self.src[..at].chars().next_back()
        } else {
            self.out.chars().next_back()
        }
    }
}

/// Does UTF-8 byte `b` lead a character of U+4000–U+9FFF (E4–E9), the bulk of
/// the Han block? Per-character passes skip those without decoding them.
#[inline]
pub fn leads_han(b: u8) -> bool {
    (0xE4..=0xE9).contains(&b)
}

#[inline]
pub fn is_han(c: char) -> bool {
    matches!(c as u32, 0x4E00..=0x9FFF | 0x3400..=0x4DBF | 0xF900..=0xFAFF | 0x20000..=0x2FFFF | 0x3007)
}

/// Characters removed as invisible: zero-width, bidi controls, soft hyphen, C0/C1 controls.
fn is_invisible(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200F}' | '\u{2060}'..='\u{2064}' | '\u{FEFF}' | '\u{00AD}' | '\u{202A}'..='\u{202E}')
        || (c.is_control() && !matches!(c, '\n' | '\t' | '\r'))
}

/// Clean plain text. Damaged runs are left in place for [`find_damage`] to
/// flag in the cleaned text: the grammar skips them, the page marks them.
// A stage of analyze(), kept its own function: see `figures::extract`.
#[inline(never)]
pub fn clean(src: &str) -> Cleaned {
    let mut b = Builder {
        src,
        out: String::with_capacity(src.len()),
        map: OffsetMap::default(),
        copied_to: 0,
    };
    let mut report = Cleaning::default();
    let mut comments = markup::CommentEnds::default();
    let bytes = src.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        // Most characters need nothing: printable ASCII but ( < &, and CJK.
        // Those are told by their first byte, without decoding: U+4000–U+EFFF
        // are the three-byte characters led by E4–EE.
        let lead = bytes[i];
        if (0x20..0x7F).contains(&lead) && !matches!(lead, b'(' | b'<' | b'&') || lead == b'\n' {
            i += 1;
            continue;
        }
        if (0xE4..=0xEE).contains(&lead) {
            i += 3;
            continue;
        }
        let rest = &src[i..];
        let Some(c) = rest.chars().next() else {
            break;
        };
        if ('\u{3001}'..='\u{FEFE}').contains(&c) {
            i += c.len_utf8();
            continue;
        }
        let taken = match c {
            '(' | '（' if b.last_char(i).is_some_and(is_han) => pinyin::annotation_len(rest)
                .inspect(|&n| {
                    b.edit(i, i + n, "");
                    report.pinyin_annotations.push(Span {
                        start: i,
                        end: i + n,
                    });
                }),
            '<' => markup::tag_len(src, i, &mut comments).inspect(|&n| {
                b.edit(i, i + n, "");
                report.markup.push(Span {
                    start: i,
                    end: i + n,
                });
            }),
            '&' => markup::entity(rest).map(|(n, decoded)| {
                b.edit(i, i + n, &decoded);
                report.markup.push(Span {
                    start: i,
                    end: i + n,
                });
                n
            }),
            '\r' => {
                // Line endings are normalized, not reported.
                let n = if rest.starts_with("\r\n") { 2 } else { 1 };
                b.edit(i, i + n, "\n");
                Some(n)
            }
            // A no-break space between digits groups thousands (3 500): it stays.
            '\u{a0}' | '\u{202f}'
                if !(b.last_char(i).is_some_and(|p| p.is_ascii_digit())
                    && rest[c.len_utf8()..].starts_with(|n: char| n.is_ascii_digit())) =>
            {
                b.edit(i, i + c.len_utf8(), " ");
                report.invisible.push(Span {
                    start: i,
                    end: i + c.len_utf8(),
                });
                Some(c.len_utf8())
            }
            c if is_invisible(c) => {
                b.edit(i, i + c.len_utf8(), "");
                report.invisible.push(Span {
                    start: i,
                    end: i + c.len_utf8(),
                });
                Some(c.len_utf8())
            }
            _ => None,
        };
        i += taken.unwrap_or(c.len_utf8()).max(1);
        while i < bytes.len() && !src.is_char_boundary(i) {
            i += 1;
        }
    }
    b.out.push_str(&src[b.copied_to..]);
    Cleaned {
        text: b.out,
        map: b.map,
        report,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cleaned(s: &str) -> String {
        clean(s).text
    }

    #[test]
    fn removes_pinyin_keeps_real_parentheses() {
        assert_eq!(cleaned("南湖區(qū)共富辦"), "南湖區共富辦");
        assert_eq!(cleaned("縣(市、區(qū))中"), "縣(市、區)中");
        assert_eq!(cleaned("*ST晨鑫(002447)發(fā)布"), "*ST晨鑫(002447)發布");
        assert_eq!(cleaned("路透社(Reuters)報道"), "路透社(Reuters)報道");
        assert_eq!(cleaned("abc(qū)"), "abc(qū)");
    }

    #[test]
    fn markup_entities_invisible() {
        let c = clean("A&amp;B\u{200b}C</a>D&nbsp;E\u{a0}F\r\nG");
        assert_eq!(c.text, "A&BCD E F\nG");
        assert_eq!(c.report.markup.len(), 3);
        assert_eq!(c.report.invisible.len(), 2);
    }

    #[test]
    fn spans_map_back_across_removed_annotations() {
        let src = "地區(qū)生產總值729.91億元";
        let c = clean(src);
        let at = c.text.find("生產").unwrap();
        let (s, e) = (c.map.start(at - "區".len()), c.map.end(at + "生產".len()));
        assert_eq!(&src[s..e], "區(qū)生產");
    }
}
