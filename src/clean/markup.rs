//! Leftover markup in plain text: stray tags (`</a>`, `<br/>`) and entities.

/// Where the next `-->` is, remembered across calls: without it, text of
/// many `<!--` and no `-->` sends every one of them to the end of the text.
#[derive(Default)]
pub struct CommentEnds {
    /// Searched from here (a byte offset in the source)...
    from: Option<usize>,
    /// ...and the first `-->` found at or after it.
    found: Option<usize>,
}

impl CommentEnds {
    /// The offset in `src` of the first `-->` at or after `at` (asked in
    /// ascending `at`: each byte is searched once).
    fn next(&mut self, src: &str, at: usize) -> Option<usize> {
        let known = self
            .from
            .is_some_and(|f| f <= at && self.found.is_none_or(|e| e >= at));
        if !known {
            self.from = Some(at);
            self.found = crate::lexicon::find_str(&src[at..], "-->").map(|p| at + p);
        }
        self.found
    }
}

/// If `src[at..]` starts with something shaped like an HTML tag, its byte
/// length. A tag is `<`, an optional `/`, an ASCII letter, then anything but
/// `<`, `>` or a newline up to `>` within 256 bytes; `a < b` or `<3` is not a
/// tag. A comment runs from `<!--` to the next `-->`.
pub fn tag_len(src: &str, at: usize, comments: &mut CommentEnds) -> Option<usize> {
    let text = &src[at..];
    let b = text.as_bytes();
    let mut i = 1;
    if b.get(i) == Some(&b'/') {
        i += 1;
    }
    if b.get(i).is_some_and(|&c| c == b'!') && text[i..].starts_with("!--") {
        return comments.next(src, at).map(|e| e + 3 - at);
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
        assert_eq!(tag_len("</a>x", 0, &mut CommentEnds::default()), Some(4));
        assert_eq!(tag_len("<br/>", 0, &mut CommentEnds::default()), Some(5));
        assert_eq!(tag_len("<a href=\"x\">t", 0, &mut CommentEnds::default()), Some(12));
        assert_eq!(tag_len("<!-- c -->x", 0, &mut CommentEnds::default()), Some(10));
        assert_eq!(tag_len("< 3", 0, &mut CommentEnds::default()), None);
        assert_eq!(tag_len("<3>", 0, &mut CommentEnds::default()), None);
        assert_eq!(tag_len("<b\n>", 0, &mut CommentEnds::default()), None);
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

    /// Many `<!--` and no `-->`: none is a comment; with a `-->` later, each
    /// runs to it. The remembered end answers in order.
    #[test]
    fn unclosed_comments() {
        let src = "<!--a<!--b-->c<!--d";
        let mut ends = CommentEnds::default();
        assert_eq!(tag_len(src, 0, &mut ends), Some(13));
        assert_eq!(tag_len(src, 5, &mut ends), Some(8));
        assert_eq!(tag_len(src, 14, &mut ends), None);
        let many = "<!--".repeat(3);
        let mut ends = CommentEnds::default();
        assert!((0..3).all(|k| tag_len(&many, 4 * k, &mut ends).is_none()));
    }
}
