//! Encoding damage: flagged with its span, never read as figures or words.

use crate::model::{Damage, DamageKind};

/// Windows-1252's 0x80–0x9F, as text decoded with it shows them.
const CP1252_HIGH: [char; 32] = [
    '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8d}', 'Ž', '\u{8f}',
    '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9d}', 'ž', 'Ÿ',
];

/// The byte a character stood for when UTF-8 was misread as Latin-1 or Windows-1252.
fn as_byte(c: char) -> Option<u8> {
    match c as u32 {
        0x80..=0xFF => Some(c as u32 as u8),
        _ => CP1252_HIGH
            .iter()
            .position(|&h| h == c)
            .map(|p| 0x80 + p as u8),
    }
}

/// One UTF-8 sequence misread as Latin-1 at the start of `text`:
/// its length in the text and its bytes.
fn latin1_sequence(text: &str) -> Option<(usize, Vec<u8>)> {
    let mut chars = text.char_indices();
    let (_, lead) = chars.next()?;
    let lead = as_byte(lead)?;
    let n = match lead {
        0xC2..=0xDF => 2,
        0xE0..=0xEF => 3,
        0xF0..=0xF4 => 4,
        _ => return None,
    };
    let mut bytes = vec![lead];
    for _ in 1..n {
        let (_, c) = chars.next()?;
        let b = as_byte(c).filter(|b| (0x80..=0xBF).contains(b))?;
        bytes.push(b);
    }
    std::str::from_utf8(&bytes).ok()?;
    let len = chars.next().map_or(text.len(), |(i, _)| i);
    Some((len, bytes))
}

fn is_han(c: char) -> bool {
    super::is_han(c)
}

/// Find encoding damage in `text`, in one pass.
pub fn find_damage(text: &str) -> Vec<Damage> {
    let mut out: Vec<Damage> = Vec::new();
    let mut i = 0;
    let mut prev: Option<char> = None;
    while i < text.len() {
        let rest = &text[i..];
        let c = rest.chars().next().unwrap_or('\0');
        // UTF-8 read as Latin-1: consecutive misread sequences form one run, repaired.
        let lead_byte = ('\u{C2}'..='\u{F4}').contains(&c);
        if let Some((mut n, mut bytes)) = lead_byte.then(|| latin1_sequence(rest)).flatten() {
            while let Some((m, more)) = latin1_sequence(&text[i + n..]) {
                n += m;
                bytes.extend(more);
            }
            let repaired = String::from_utf8(bytes).ok();
            out.push(Damage {
                start: i,
                end: i + n,
                kind: DamageKind::Latin1Utf8,
                repaired,
            });
            prev = text[..i + n].chars().next_back();
            i += n;
            continue;
        }
        // U+FFFD, or `?` standing where a Han character was lost.
        if c == '\u{FFFD}' || (c == '?' && prev.is_some_and(is_han)) {
            let run = rest
                .find(|ch| ch != '\u{FFFD}' && ch != '?')
                .unwrap_or(rest.len());
            let next = rest[run..].chars().next();
            // Another `?` close behind also marks a lost character (`之一?!稊?`).
            let another_soon = rest[run..].chars().take(3).any(|ch| ch == '?');
            if c == '\u{FFFD}' || next.is_some_and(is_han) || run > 1 || another_soon {
                extend_or_push(&mut out, i, i + run, DamageKind::Replacement, text);
            }
            prev = Some('?');
            i += run;
            continue;
        }
        prev = Some(c);
        i += c.len_utf8();
    }
    out
}

/// Add a damaged span, merging it with the last one when at most two
/// characters lie between them.
fn extend_or_push(out: &mut Vec<Damage>, start: usize, end: usize, kind: DamageKind, text: &str) {
    if let Some(last) = out.last_mut() {
        if last.kind == kind && last.end <= start && text[last.end..start].chars().count() <= 2 {
            last.end = end;
            return;
        }
    }
    out.push(Damage {
        start,
        end,
        kind,
        repaired: None,
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn latin1_mojibake_is_repaired() {
        let d = find_damage("新聞: æ–°é—» end");
        assert_eq!(d.len(), 1);
        assert_eq!(d[0].kind, DamageKind::Latin1Utf8);
        assert_eq!(d[0].repaired.as_deref(), Some("新闻"));
    }

    #[test]
    fn accented_words_are_not_damage() {
        assert!(find_damage("café naïve São Paulo Zürich").is_empty());
    }

    #[test]
    fn replacement_runs() {
        let d = find_damage("中文\u{FFFD}\u{FFFD}字");
        assert_eq!((d[0].start, d[0].end), (6, 12));
        let t = "之一?!稊?數";
        let d = find_damage(t);
        assert_eq!(d.len(), 1);
        assert_eq!(&t[d[0].start..d[0].end], "?!稊?");
        assert!(find_damage("What? Yes.").is_empty());
    }
}
