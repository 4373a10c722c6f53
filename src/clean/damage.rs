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
        0..=0x7F | 0x2123.. => None,
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

#[path = "common_han.rs"]
mod common_han;

/// A Han character outside everyday use (GB2312 level 1, Big5 level 1 and
/// their counterparts). UTF-8 read as GBK is mostly made of these: its
/// characters come from GBK's extension rows and GB2312's second level.
fn is_rare_han(c: char) -> bool {
    let u = c as u32;
    match u {
        0x4E00..=0x9FFF => {
            let k = (u - 0x4E00) as usize;
            common_han::COMMON_HAN[k / 64] & (1 << (k % 64)) == 0
        }
        0x3400..=0x4DBF => true,
        _ => false,
    }
}

/// Letters GBK bytes become when read as UTF-8 (two-byte sequences land in
/// IPA, Greek, Cyrillic, Armenian, Hebrew, Arabic, Syriac, Thaana, NKo).
fn is_two_byte_letter(c: char) -> bool {
    matches!(c as u32, 0x0250..=0x07FF)
}

fn is_private_use(c: char) -> bool {
    matches!(c as u32, 0xE000..=0xF8FF)
}

/// CJK punctuation a lost character may sit next to.
fn is_cjk_punct(c: char) -> bool {
    matches!(c as u32, 0x3000..=0x303F | 0xFF00..=0xFF0F | 0xFF1A..=0xFF20)
}

fn is_closing(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | ')' | ']' | '}' | '”' | '’' | '」' | '』' | '）' | '》' | '】'
    )
}

/// A run of suspect characters being gathered.
#[derive(Default)]
struct Group {
    start: usize,
    end: usize,
    /// Char index of the last suspect, and counts over the group.
    first: usize,
    last: usize,
    /// Chars of orphan annotations inside the group (not counted for density).
    skipped: usize,
    suspects: usize,
    rare: usize,
    letters: usize,
    replacement: usize,
    question: usize,
}

impl Group {
    /// The damage this group shows, if it shows any.
    fn verdict(&self) -> Option<DamageKind> {
        let chars = (self.last + 1 - self.first)
            .saturating_sub(self.skipped)
            .max(1);
        let dense = self.suspects * 2 >= chars;
        // Mojibake of GBK/UTF-8 confusion: rare Han characters close together,
        // or rare characters and lost ones (`?`, U+FFFD) mixed.
        let gbk_han = self.rare >= 3 && dense;
        let gbk_mixed = self.rare >= 1 && self.question + self.replacement >= 1 && dense;
        let gbk_rev = self.replacement >= 1 && self.letters >= 1 && dense;
        if gbk_han || gbk_mixed || gbk_rev {
            Some(DamageKind::GbkUtf8)
        } else if self.replacement + self.question >= 1 {
            Some(DamageKind::Replacement)
        } else {
            None
        }
    }
}

/// Find encoding damage in `text`, in one pass.
// A stage of analyze(), kept its own function: see `figures::extract`.
#[inline(never)]
pub fn find_damage(text: &str) -> Vec<Damage> {
    let mut out: Vec<Damage> = Vec::new();
    let mut group: Option<Group> = None;
    let mut i = 0;
    let mut ci = 0usize; // char index
    let mut prev: Option<char> = None;
    let close = |g: Option<Group>, out: &mut Vec<Damage>| {
        if let Some(g) = g {
            if let Some(kind) = g.verdict() {
                extend_or_push(out, g.start, g.end, kind, text);
            }
        }
    };
    let bytes = text.as_bytes();
    while i < text.len() {
        // Most text is ASCII outside any suspect run: nothing to decide.
        if group.is_none() && bytes[i] < 0x80 && bytes[i] != b'?' {
            prev = Some(bytes[i] as char);
            ci += 1;
            i += 1;
            continue;
        }
        // Any three-byte character outside a run (common Han, CJK and
        // fullwidth punctuation) that is not itself suspect: nothing either.
        // (A `?`, a line break or a Latin-1 lead is never three bytes long.)
        if group.is_none() && bytes[i] & 0xF0 == 0xE0 && i + 2 < bytes.len() {
            let u = u32::from(bytes[i] & 0x0F) << 12
                | u32::from(bytes[i + 1] & 0x3F) << 6
                | u32::from(bytes[i + 2] & 0x3F);
            let plain = |c: char| !(is_rare_han(c) || is_private_use(c) || c == '\u{FFFD}');
            if let Some(c) = char::from_u32(u).filter(|&c| plain(c)) {
                prev = Some(c);
                ci += 1;
                i += 3;
                continue;
            }
        }
        let rest = &text[i..];
        let Some(c) = rest.chars().next() else { break };
        // UTF-8 read as Latin-1: consecutive misread sequences form one run, repaired.
        // Only a Latin-1 lead byte (Â..ô) can start one: skip the lookup everywhere else.
        let lead = ('\u{C2}'..='\u{F4}').contains(&c);
        if let Some((mut n, mut bytes)) = lead.then(|| latin1_sequence(rest)).flatten() {
            while let Some((m, more)) = latin1_sequence(&text[i + n..]) {
                n += m;
                bytes.extend(more);
            }
            close(group.take(), &mut out);
            let repaired = String::from_utf8(bytes).ok();
            out.push(Damage {
                start: i,
                end: i + n,
                kind: DamageKind::Latin1Utf8,
                repaired,
            });
            prev = text[..i + n].chars().next_back();
            ci += text[i..i + n].chars().count();
            i += n;
            continue;
        }
        let next = rest[c.len_utf8()..].chars().next();
        let in_group = group.is_some();
        let after_cjk = prev.is_some_and(|p| is_han(p) || is_cjk_punct(p));
        // A `?` standing where a character was lost: after Han text (or
        // inside a suspect run), and not ending a question before a space.
        let question = c == '?'
            && (after_cjk || in_group)
            && (next.is_some_and(|n| n == '?' || n == '\u{FFFD}')
                || next.is_some_and(|n| !n.is_whitespace() && !is_closing(n)));
        let rare = is_rare_han(c) || is_private_use(c);
        let letter = is_two_byte_letter(c);
        let suspect = c == '\u{FFFD}' || question || rare || (letter && in_group);
        if c == '\n' {
            close(group.take(), &mut out);
        } else if suspect {
            let g = match &mut group {
                Some(g) if ci - g.last <= 3 + g.skipped => g,
                _ => {
                    close(group.take(), &mut out);
                    group.insert(Group {
                        start: i,
                        first: ci,
                        last: ci,
                        ..Group::default()
                    })
                }
            };
            g.last = ci;
            g.end = i + c.len_utf8();
            g.suspects += 1;
            g.rare += usize::from(rare);
            g.letters += usize::from(letter);
            g.replacement += usize::from(c == '\u{FFFD}');
            g.question += usize::from(question);
        } else if let Some(g) = &group {
            if ci - g.last > 3 + g.skipped {
                close(group.take(), &mut out);
            }
        }
        // An orphan annotation after a lost character (`?zhàn)`): part of the damage.
        if question && next.is_some_and(|n| n.is_ascii_lowercase()) {
            if let Some(n) = orphan_annotation(&rest[1..]) {
                if let Some(g) = &mut group {
                    g.end = i + 1 + n;
                }
                // The annotation's letters are part of the span, not of the density.
                ci += 1;
                if let Some(g) = &mut group {
                    g.skipped += rest[1..1 + n].chars().count();
                }
                ci += rest[1..1 + n].chars().count();
                prev = Some(')');
                i += 1 + n;
                continue;
            }
        }
        prev = Some(c);
        ci += 1;
        i += c.len_utf8();
    }
    close(group.take(), &mut out);
    out
}

/// Pinyin letters (with tone marks) closed by `)` whose `(` was lost.
fn orphan_annotation(s: &str) -> Option<usize> {
    let end = s
        .char_indices()
        .take(12)
        .find(|&(_, c)| !(c.is_ascii_lowercase() || ('\u{e0}'..='\u{1dc}').contains(&c)))?;
    (end.1 == ')' && end.0 > 0).then_some(end.0 + 1)
}

/// Add a damaged span, merging it with the last one when at most two
/// characters lie between them.
fn extend_or_push(out: &mut Vec<Damage>, start: usize, end: usize, kind: DamageKind, text: &str) {
    if let Some(last) = out.last_mut() {
        if last.kind != DamageKind::Latin1Utf8
            && kind != DamageKind::Latin1Utf8
            && last.end <= start
            && text[last.end..start].chars().count() <= 2
            && !crate::lexicon::has_char(&text[last.end..start], '\n')
        {
            last.end = end;
            if kind == DamageKind::GbkUtf8 {
                last.kind = kind;
            }
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

    #[test]
    fn gbk_mojibake_both_ways() {
        // UTF-8 read as GBK: 相关阅读，数据显示
        let t = "正文。鐩稿叧闃呰\u{FFFD}伙紝鏁版嵁鏄剧ず結束";
        let d = find_damage(t);
        assert_eq!(d.len(), 1, "{d:?}");
        assert_eq!(d[0].kind, DamageKind::GbkUtf8);
        assert!(t[d[0].start..d[0].end].starts_with("鐩稿"));
        // GBK read as UTF-8: runs of U+FFFD with stray letters.
        let t = "報道：\u{FFFD}\u{FFFD}ռ\u{FFFD}\u{FFFD}ߴӼ\u{FFFD}。";
        let d = find_damage(t);
        assert_eq!(d.len(), 1);
        assert_eq!(d[0].kind, DamageKind::GbkUtf8);
        // Ordinary text with a rare name character or two is not damage.
        for ok in [
            "張鑫與李凈在會上發言，讚揚項目進展。",
            "佢哋話唔係咁，嘅確冇咗。",
            "真的嗎? 我不知道。",
            "What? Yes.",
            "氘、氚和氦是同位素。",
        ] {
            assert!(find_damage(ok).is_empty(), "{ok}: {:?}", find_damage(ok));
        }
    }

    #[test]
    fn lost_characters_in_the_seed() {
        let t = "鋪?zhàn)映掷m(xù)拓店";
        let d = find_damage(t);
        assert_eq!(d.len(), 1);
        assert_eq!(&t[d[0].start..d[0].end], "?zhàn)");
        let t = "震驚整個幣圈?。?/a>";
        let d = find_damage(t);
        assert_eq!(d.len(), 1);
        assert_eq!(&t[d[0].start..d[0].end], "?。?");
        let t = "之一?!稊?數字化";
        assert_eq!(find_damage(t)[0].kind, DamageKind::GbkUtf8);
    }
}
