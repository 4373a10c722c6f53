//! Leftover markup in plain text: stray tags (`</a>`, `<br/>`) and entities.

/// If `text` starts with something shaped like an HTML tag, its byte length.
/// A tag is `<`, an optional `/`, an ASCII letter, then anything but `<`, `>`
/// or a newline up to `>` within 256 bytes; `a < b` or `<3` is not a tag.
pub fn tag_len(text: &str) -> Option<usize> {
    let b = text.as_bytes();
    let mut i = 1;
    if b.get(i) == Some(&b'/') {
        i += 1;
    }
    if b.get(i).is_some_and(|&c| c == b'!') && text[i..].starts_with("!--") {
        return crate::lexicon::find_str(text, "-->").map(|e| e + 3);
    }
    if !b.get(i)?.is_ascii_alphabetic() {
        return None;
    }
    while i < b.len() && i < 256 {
        match b[i] {
            b'>' => return Some(i + 1),
            b'<' | b'\n' => return None,
            _ => i += 1,
        }
    }
    None
}

/// Named entities worth knowing in pasted news text.
const NAMED: &[(&str, &str)] = &[
    ("nbsp", " "),
    ("amp", "&"),
    ("lt", "<"),
    ("gt", ">"),
    ("quot", "\""),
    ("apos", "'"),
    ("ldquo", "“"),
    ("rdquo", "”"),
    ("lsquo", "‘"),
    ("rsquo", "’"),
    ("mdash", "—"),
    ("ndash", "–"),
    ("hellip", "…"),
    ("middot", "·"),
    ("bull", "•"),
    ("yen", "¥"),
    ("euro", "€"),
    ("pound", "£"),
    ("copy", "©"),
    ("reg", "®"),
    ("times", "×"),
    ("deg", "°"),
    ("ensp", " "),
    ("emsp", " "),
    ("thinsp", " "),
    ("zwj", ""),
    ("zwnj", ""),
    ("shy", ""),
];

/// If `text` starts with an entity (`&amp;`, `&#34;`, `&#x4E2D;`), its byte
/// length and what it stands for. Without the closing `;` it is not one.
pub fn entity(text: &str) -> Option<(usize, String)> {
    let end = text.as_bytes().iter().take(12).position(|&c| c == b';')?;
    let name = &text[1..end];
    let decoded = if let Some(num) = name.strip_prefix('#') {
        let code = match num.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => num.parse::<u32>().ok()?,
        };
        let c = char::from_u32(code).filter(|&c| c != '\0')?;
        if c == '\u{a0}' {
            " ".to_string()
        } else {
            c.to_string()
        }
    } else {
        NAMED.iter().find(|(n, _)| *n == name)?.1.to_string()
    };
    Some((end + 1, decoded))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags() {
        assert_eq!(tag_len("</a>x"), Some(4));
        assert_eq!(tag_len("<br/>"), Some(5));
        assert_eq!(tag_len("<a href=\"x\">t"), Some(12));
        assert_eq!(tag_len("<!-- c -->x"), Some(10));
        assert_eq!(tag_len("< 3"), None);
        assert_eq!(tag_len("<3>"), None);
        assert_eq!(tag_len("<b\n>"), None);
    }

    #[test]
    fn entities() {
        assert_eq!(entity("&amp;x"), Some((5, "&".into())));
        assert_eq!(entity("&nbsp;"), Some((6, " ".into())));
        assert_eq!(entity("&#x4E2D;"), Some((8, "中".into())));
        assert_eq!(entity("&#20013;"), Some((8, "中".into())));
        assert_eq!(entity("&bogus;"), None);
        assert_eq!(entity("& co"), None);
    }
}
