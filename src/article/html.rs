//! HTML → text with block breaks, keeping a map back to the HTML source.

use crate::offsets::OffsetMap;

pub struct HtmlText {
    pub text: String,
    pub map: OffsetMap,
}

const BLOCK_TAGS: &[&str] = &[
    "p",
    "div",
    "br",
    "li",
    "ul",
    "ol",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "tr",
    "table",
    "section",
    "article",
    "header",
    "footer",
    "nav",
    "aside",
    "blockquote",
    "title",
    "dd",
    "dt",
    "figcaption",
    "main",
    "pre",
    "hr",
];
const SKIP_TAGS: &[&str] = &["script", "style", "noscript", "template", "svg", "head"];

/// Tags become nothing or a line break, entities their characters; the text
/// of `script`, `style` and similar elements is dropped.
pub fn to_text(html: &str) -> HtmlText {
    let mut out = String::with_capacity(html.len());
    let mut map = OffsetMap::default();
    let mut copied_to = 0;
    let mut i = 0;
    let b = html.as_bytes();
    let edit = |out: &mut String,
                map: &mut OffsetMap,
                copied_to: &mut usize,
                s: usize,
                e: usize,
                rep: &str| {
        out.push_str(&html[*copied_to..s]);
        let cs = out.len();
        out.push_str(rep);
        map.push(s, e, cs, out.len());
        *copied_to = e;
    };
    while i < b.len() {
        match b[i] {
            b'<' => {
                let Some(len) = tag_len(&html[i..]) else {
                    i += 1;
                    continue;
                };
                let tag = &html[i..i + len];
                let name = tag_name(tag);
                let mut end = i + len;
                if !tag.starts_with("</") && SKIP_TAGS.contains(&name.as_str()) {
                    let close = format!("</{name}");
                    end = find_ci(html, end, &close).map_or(html.len(), |p| {
                        html[p..].find('>').map_or(html.len(), |q| p + q + 1)
                    });
                }
                let rep = if BLOCK_TAGS.contains(&name.as_str()) {
                    "\n"
                } else {
                    ""
                };
                edit(&mut out, &mut map, &mut copied_to, i, end, rep);
                i = end;
            }
            b'&' => {
                if let Some((n, dec)) = crate::clean::entity(&html[i..]) {
                    edit(&mut out, &mut map, &mut copied_to, i, i + n, &dec);
                    i += n;
                } else {
                    i += 1;
                }
            }
            b'\n' | b'\r' | b'\t' => {
                // Source line breaks are layout, not structure.
                edit(&mut out, &mut map, &mut copied_to, i, i + 1, " ");
                i += 1;
            }
            _ => i += 1,
        }
    }
    out.push_str(&html[copied_to..]);
    HtmlText { text: out, map }
}

fn tag_len(s: &str) -> Option<usize> {
    if s.starts_with("<!--") {
        return Some(s.find("-->").map_or(s.len(), |e| e + 3));
    }
    if s.starts_with("<!") || s.starts_with("<?") {
        return Some(s.find('>').map_or(s.len(), |e| e + 1));
    }
    let after = s[1..].trim_start_matches('/');
    if !after.starts_with(|c: char| c.is_ascii_alphabetic()) {
        return None;
    }
    s.find('>').map(|e| e + 1)
}

fn tag_name(tag: &str) -> String {
    tag.trim_start_matches('<')
        .trim_start_matches('/')
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric())
        .collect::<String>()
        .to_ascii_lowercase()
}

fn find_ci(hay: &str, from: usize, needle: &str) -> Option<usize> {
    let h = hay.as_bytes();
    let n = needle.as_bytes();
    (from..h.len().saturating_sub(n.len() - 1)).find(|&p| h[p..p + n.len()].eq_ignore_ascii_case(n))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_entities_and_scripts() {
        let h = "<html><head><title>T</title></head><body><p>A&amp;B</p><script>x=1</script><p>C<b>D</b></p></body></html>";
        let t = to_text(h);
        let lines: Vec<&str> = t
            .text
            .split('\n')
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .collect();
        assert_eq!(lines, ["A&B", "CD"]);
        let at = t.text.find("CD").unwrap();
        assert_eq!(&h[t.map.start(at)..t.map.end(at + 2)], "C<b>D");
    }
}
