//! Pinyin annotations scraped into the text after a Han character: `區(qū)`.
//!
//! An annotation is a parenthesis directly after a Han character holding one
//! or more valid pinyin syllables, at least one of them with a tone mark (or a
//! neutral-tone particle). `(002447)`, `(Reuters)` and `(市、區)` are not.

/// Syllable finals, in tone-free spelling (`v` stands for ü).
const FINALS: &[&str] = &[
    "a", "o", "e", "i", "u", "v", "ai", "ei", "ao", "ou", "an", "en", "ang", "eng", "ong", "er",
    "ia", "ie", "iao", "iu", "ian", "in", "iang", "ing", "iong", "io", "ua", "uo", "uai", "ui",
    "uan", "un", "uang", "ueng", "ue", "ve", "van", "vn",
];
const INITIALS: &[&str] = &[
    "zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q", "x", "r",
    "z", "c", "s", "y", "w",
];
/// Toneless syllables annotators write for neutral-tone particles (的 de, 了 le, 們 men).
const NEUTRAL: &[&str] = &[
    "de", "le", "me", "ne", "zi", "men", "ba", "ma", "zhe", "tou", "li",
];

/// Tone-marked vowels and their bare letter.
fn untone(c: char) -> Option<(char, bool)> {
    Some(match c {
        'a'..='z' => (c, false),
        'ü' => ('v', false),
        'ā' | 'á' | 'ǎ' | 'à' => ('a', true),
        'ē' | 'é' | 'ě' | 'è' => ('e', true),
        'ī' | 'í' | 'ǐ' | 'ì' => ('i', true),
        'ō' | 'ó' | 'ǒ' | 'ò' => ('o', true),
        'ū' | 'ú' | 'ǔ' | 'ù' => ('u', true),
        'ǖ' | 'ǘ' | 'ǚ' | 'ǜ' => ('v', true),
        'ń' | 'ň' | 'ǹ' => ('n', true),
        _ => return None,
    })
}

fn is_syllable(s: &str) -> bool {
    // Byte comparisons, not `strip_prefix`: this runs ~1000 times per annotation.
    let b = s.as_bytes();
    let initial = INITIALS
        .iter()
        .map(|i| i.as_bytes())
        .find(|i| b.len() >= i.len() && b[0] == i[0] && (i.len() == 1 || b[1] == i[1]))
        .map_or(0, <[u8]>::len);
    let rest = &b[initial..];
    if rest.is_empty() {
        return s == "n" || s == "m" || s == "ng";
    }
    rest.len() <= 4
        && FINALS
            .iter()
            .any(|f| f.len() == rest.len() && f.as_bytes() == rest)
}

/// Can `s` (bare letters) be split into pinyin syllables?
fn segments(s: &str) -> bool {
    let n = s.len();
    // reach[i]: s[..i] splits into syllables. Annotations are short, so this is tiny.
    let mut reach = [false; 41];
    if n == 0 || n > 40 {
        return false;
    }
    reach[0] = true;
    for end in 1..=n {
        reach[end] =
            (end.saturating_sub(6)..end).any(|start| reach[start] && is_syllable(&s[start..end]));
    }
    reach[n]
}

/// If `text` starts with a pinyin annotation in parentheses, its byte length.
pub fn annotation_len(text: &str) -> Option<usize> {
    let (open_len, close) = if text.starts_with('(') {
        (1, ')')
    } else if text.starts_with('（') {
        (3, '）')
    } else {
        return None;
    };
    let body_end = text[open_len..]
        .char_indices()
        .take(48)
        .find(|&(_, c)| c == close || c == '(' || c == '\n')?
        .0;
    if !text[open_len + body_end..].starts_with(close) {
        return None;
    }
    let body = &text[open_len..open_len + body_end];
    let mut toned = false;
    let mut bare = String::with_capacity(body.len());
    for word in body.split([' ', '\'', '’', '-']) {
        bare.clear();
        for c in word.chars() {
            let (b, t) = untone(c)?;
            toned |= t;
            bare.push(b);
        }
        if !segments(&bare) {
            return None;
        }
    }
    if !toned && !NEUTRAL.contains(&body) {
        return None;
    }
    Some(open_len + body_end + close.len_utf8())
}

#[cfg(test)]
mod tests {
    use super::annotation_len;

    #[test]
    fn accepts_toned_syllables() {
        for a in [
            "(qū)",
            "(zhì)",
            "(jià)",
            "(chuàng)",
            "(lǜ)",
            "(gòng fù)",
            "（xiāng）",
            "(nǚ)",
            "(de)",
        ] {
            assert_eq!(annotation_len(a), Some(a.len()), "{a}");
        }
        assert_eq!(annotation_len("(qū)域"), Some("(qū)".len()));
    }

    #[test]
    fn rejects_real_parentheses() {
        for a in [
            "(002447)",
            "(Reuters)",
            "(市、區)",
            "(ok)",
            "(ai)",
            "(qu",
            "(xyzzy)",
            "()",
            "(abc)",
        ] {
            assert_eq!(annotation_len(a), None, "{a}");
        }
    }
}
