//! Sentence spans within a block: Chinese by its terminators (。！？ and
//! closing quotes after them), English by Unicode sentence boundaries.

use crate::model::{Language, Span};
use unicode_segmentation::UnicodeSegmentation;

fn is_terminator(c: char) -> bool {
    matches!(c, '。' | '！' | '？' | '!' | '?' | '；' | '…')
}

fn is_closer(c: char) -> bool {
    matches!(c, '”' | '’' | '」' | '』' | '）' | ')' | '"' | '\'' | '》')
}

/// Sentence spans, relative to `text`, trimmed of surrounding spaces.
pub fn split(text: &str, language: Language) -> Vec<Span> {
    let mut out = Vec::new();
    let mut push = |s: usize, e: usize| {
        let piece = &text[s..e];
        let lead = piece.len() - piece.trim_start().len();
        let trimmed = piece.trim();
        if !trimmed.is_empty() {
            out.push(Span {
                start: s + lead,
                end: s + lead + trimmed.len(),
            });
        }
    };
    if language == Language::En {
        for (i, s) in text.split_sentence_bound_indices() {
            push(i, i + s.len());
        }
        return out;
    }
    let mut start = 0;
    let mut it = text.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        if !is_terminator(c) {
            continue;
        }
        let mut end = i + c.len_utf8();
        while let Some(&(j, d)) = it.peek() {
            if is_terminator(d) || is_closer(d) {
                end = j + d.len_utf8();
                it.next();
            } else {
                break;
            }
        }
        push(start, end);
        start = end;
    }
    push(start, text.len());
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pieces(t: &str, l: Language) -> Vec<&str> {
        split(t, l)
            .into_iter()
            .map(|s| &t[s.start..s.end])
            .collect()
    }

    #[test]
    fn chinese_terminators_and_quotes() {
        assert_eq!(
            pieces("他說：“好。”然後走了！還有嗎？", Language::ZhHant),
            ["他說：“好。”", "然後走了！", "還有嗎？"]
        );
        assert_eq!(pieces("沒有句號", Language::ZhHans), ["沒有句號"]);
    }

    #[test]
    fn english_sentences() {
        assert_eq!(
            pieces("GDP rose 5%. Prices fell.", Language::En),
            ["GDP rose 5%.", "Prices fell."]
        );
    }
}
