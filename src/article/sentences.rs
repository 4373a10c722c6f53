//! Sentence spans within a block: Chinese by its terminators (。！？ and
//! closing quotes after them); English by `.`, `!` or `?` before a space and
//! a capital, unless the full stop ends an abbreviation (tables in
//! `lexicon::en`). Unlike Unicode's default sentence boundaries this keeps
//! `Mr. Smith` and `J. K. Rowling` whole, and costs no Unicode tables.

use crate::lexicon::en::{END_ABBREVIATIONS, SENTENCE_OPENERS, TITLE_ABBREVIATIONS};
use crate::model::{Language, Span};

fn is_terminator(c: char) -> bool {
    matches!(c, '。' | '！' | '？' | '!' | '?' | '；' | '…')
}

fn is_closer(c: char) -> bool {
    matches!(c, '”' | '’' | '」' | '』' | '）' | ')' | '"' | '\'' | '》')
}

fn is_english_terminator(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…' | '。' | '！' | '？')
}

fn is_opener(c: char) -> bool {
    matches!(c, '"' | '\'' | '“' | '‘' | '(' | '[' | '「' | '『' | '《')
}

/// Is `word`, in any case, in `table` (lower case)?
fn in_table(table: crate::lexicon::Words, word: &str) -> bool {
    let mut lower = [0u8; 16];
    let Some(buf) = lower.get_mut(..word.len()) else {
        return false; // no abbreviation is that long
    };
    buf.copy_from_slice(word.as_bytes());
    buf.make_ascii_lowercase();
    std::str::from_utf8(buf).is_ok_and(|w| table.contains(w))
}

/// Ends of English sentences (byte offsets just past their terminators and
/// closing quotes), in order; the last sentence's end is not included.
fn english_ends(text: &str) -> Vec<usize> {
    let b = text.as_bytes();
    let mut ends = Vec::new();
    let mut it = text.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        if !is_english_terminator(c) {
            continue;
        }
        let mut end = i + c.len_utf8();
        let mut only_stop = c == '.';
        while let Some(&(j, d)) = it.peek() {
            if is_english_terminator(d) || is_closer(d) {
                only_stop &= d != '!' && d != '?';
                end = j + d.len_utf8();
                it.next();
            } else {
                break;
            }
        }
        // A sentence ends before white space (`3.5`, `example.com`, `U.S`
        // inside a word do not end one); CJK terminators need none.
        let spaced = text[end..].starts_with(char::is_whitespace);
        if !spaced && !matches!(c, '。' | '！' | '？') {
            continue;
        }
        let rest = text[end..].trim_start();
        let Some(first) = rest.chars().find(|&d| !is_opener(d)) else {
            continue;
        };
        // `approx. five`, `e.g. the`: a lower-case word continues the sentence.
        if first.is_lowercase() {
            continue;
        }
        if only_stop && c == '.' {
            // The word the full stop ends.
            let word_start = text[..i]
                .rfind(|d: char| d.is_whitespace() || is_opener(d))
                .map_or(0, |k| {
                    k + text[k..].chars().next().map_or(1, char::len_utf8)
                });
            let word = &text[word_start..i];
            let single_letter = word.len() == 1 && b[word_start].is_ascii_alphabetic();
            if single_letter || in_table(TITLE_ABBREVIATIONS, word) {
                continue;
            }
            let acronym = crate::lexicon::has_char(word, '.') && word.split('.').all(|p| p.len() == 1);
            if acronym || in_table(END_ABBREVIATIONS, word) {
                let next: &str = rest
                    .trim_start_matches(is_opener)
                    .split(|d: char| !d.is_alphanumeric())
                    .next()
                    .unwrap_or("");
                if !in_table(SENTENCE_OPENERS, next) {
                    continue;
                }
            }
        }
        ends.push(end);
    }
    ends
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
        let mut start = 0;
        for end in english_ends(text) {
            push(start, end);
            start = end;
        }
        push(start, text.len());
        return out;
    }
    let bytes = text.as_bytes();
    let (mut start, mut i) = (0, 0);
    while i < bytes.len() {
        // Han characters (led by E4–E9) neither end nor close a sentence:
        // skipped without decoding.
        if crate::clean::leads_han(bytes[i]) {
            i += 3;
            continue;
        }
        let Some(c) = text[i..].chars().next() else {
            break;
        };
        i += c.len_utf8();
        if !is_terminator(c) {
            continue;
        }
        let mut end = i;
        while let Some(d) = text[end..]
            .chars()
            .next()
            .filter(|&d| is_terminator(d) || is_closer(d))
        {
            end += d.len_utf8();
        }
        push(start, end);
        (start, i) = (end, end);
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

    #[test]
    fn english_abbreviations_and_numbers() {
        let en = Language::En;
        assert_eq!(
            pieces("Mr. Smith paid $3.5 million. He left.", en),
            ["Mr. Smith paid $3.5 million.", "He left."]
        );
        assert_eq!(
            pieces("J. K. Rowling wrote it. Sales rose on Jan. 5 by 3%.", en),
            ["J. K. Rowling wrote it.", "Sales rose on Jan. 5 by 3%."]
        );
        assert_eq!(
            pieces(
                "The U.S. Federal Reserve met. It held rates in the U.S. The euro fell.",
                en
            ),
            [
                "The U.S. Federal Reserve met.",
                "It held rates in the U.S.",
                "The euro fell."
            ]
        );
        assert_eq!(
            pieces(
                "Shares of Apple Inc. rose. Apple Inc. The maker said so.",
                en
            ),
            [
                "Shares of Apple Inc. rose.",
                "Apple Inc.",
                "The maker said so."
            ]
        );
        assert_eq!(
            pieces(
                "\"We won!\" she said. Really? Yes... (It did.) Next one",
                en
            ),
            [
                "\"We won!\" she said.",
                "Really?",
                "Yes...",
                "(It did.)",
                "Next one"
            ]
        );
        assert_eq!(
            pieces("Visit example.com today. 2024 was good.", en),
            ["Visit example.com today.", "2024 was good."]
        );
        assert_eq!(
            pieces("Prices fell, e.g. in March. Done", en),
            ["Prices fell, e.g. in March.", "Done"]
        );
    }
}
