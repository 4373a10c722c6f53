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

/// A final of at most four letters as one number (its bytes, big-endian):
/// no final has a zero byte, so every final packs to a different number.
const fn pack(s: &[u8]) -> u32 {
    let mut k = 0u32;
    let mut i = 0;
    while i < s.len() {
        k = k << 8 | s[i] as u32;
        i += 1;
    }
    k
}

const FINAL_KEYS: [u32; FINALS.len()] = {
    let mut keys = [0; FINALS.len()];
    let mut i = 0;
    while i < FINALS.len() {
        keys[i] = pack(FINALS[i].as_bytes());
        i += 1;
    }
    keys
};

/// The initials by first letter: the second letter of a two-letter initial
/// (`zh`: `h` at `z`), and whether the letter alone is one.
const INITIAL_BY_LETTER: ([u8; 128], [bool; 128]) = {
    let (mut second, mut alone) = ([0; 128], [false; 128]);
    let mut i = 0;
    while i < INITIALS.len() {
        let w = INITIALS[i].as_bytes();
        if w.len() == 2 {
            second[w[0] as usize] = w[1];
        } else {
            alone[w[0] as usize] = true;
        }
        i += 1;
    }
    (second, alone)
};

fn is_syllable(s: &str) -> bool {
    // Table lookups, not `strip_prefix`: this runs ~1000 times per annotation.
    let b = s.as_bytes();
    let (second, alone) = &INITIAL_BY_LETTER;
    let initial = match b.first().map(|&c| usize::from(c)) {
        Some(c) if c < 128 && second[c] != 0 && b.get(1) == Some(&second[c]) => 2,
        Some(c) if c < 128 && alone[c] => 1,
        _ => 0,
    };
    let rest = &b[initial..];
    if rest.is_empty() {
        return s == "n" || s == "m" || s == "ng";
    }
    // One integer compare per final, not a slice compare.
    rest.len() <= 4 && FINAL_KEYS.contains(&pack(rest))
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
