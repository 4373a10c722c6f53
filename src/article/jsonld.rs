//! JSON-LD (`<script type="application/ld+json">`): the headline, date,
//! authors, publisher and keywords of a news article, read with a small
//! recursive-descent JSON reader (depth-limited, never panics).

use super::html::{split_list, Hints};

#[derive(Debug)]
enum Val {
    Str(String),
    List(Vec<Val>),
    Map(Vec<(String, Val)>),
    Other,
}

struct Reader<'a> {
    b: &'a [u8],
    s: &'a str,
    i: usize,
    depth: usize,
}

impl Reader<'_> {
    fn ws(&mut self) {
        while self.i < self.b.len() && self.b[self.i].is_ascii_whitespace() {
            self.i += 1;
        }
    }

    fn value(&mut self) -> Option<Val> {
        self.ws();
        if self.depth > 48 {
            return None;
        }
        match *self.b.get(self.i)? {
            b'"' => self.string().map(Val::Str),
            b'[' => {
                self.i += 1;
                self.depth += 1;
                let mut v = Vec::new();
                loop {
                    self.ws();
                    match self.b.get(self.i)? {
                        b']' => {
                            self.i += 1;
                            break;
                        }
                        b',' => self.i += 1,
                        _ => v.push(self.value()?),
                    }
                }
                self.depth -= 1;
                Some(Val::List(v))
            }
            b'{' => {
                self.i += 1;
                self.depth += 1;
                let mut m = Vec::new();
                loop {
                    self.ws();
                    match self.b.get(self.i)? {
                        b'}' => {
                            self.i += 1;
                            break;
                        }
                        b',' => self.i += 1,
                        b'"' => {
                            let k = self.string()?;
                            self.ws();
                            if self.b.get(self.i) != Some(&b':') {
                                return None;
                            }
                            self.i += 1;
                            let v = self.value()?;
                            m.push((k, v));
                        }
                        _ => return None,
                    }
                }
                self.depth -= 1;
                Some(Val::Map(m))
            }
            _ => {
                let start = self.i;
                while self.i < self.b.len() && !matches!(self.b[self.i], b',' | b']' | b'}') {
                    self.i += 1;
                }
                (self.i > start).then_some(Val::Other)
            }
        }
    }

    fn string(&mut self) -> Option<String> {
        self.i += 1;
        let mut out = String::new();
        let mut copied = self.i;
        while self.i < self.b.len() {
            match self.b[self.i] {
                b'"' => {
                    out.push_str(&self.s[copied..self.i]);
                    self.i += 1;
                    return Some(out);
                }
                b'\\' => {
                    out.push_str(&self.s[copied..self.i]);
                    let esc = *self.b.get(self.i + 1)?;
                    self.i += 2;
                    match esc {
                        b'n' => out.push('\n'),
                        b't' => out.push('\t'),
                        b'u' => {
                            let hex = self.s.get(self.i..self.i + 4)?;
                            let mut cp = u32::from_str_radix(hex, 16).ok()?;
                            self.i += 4;
                            if (0xD800..0xDC00).contains(&cp) && self.s[self.i..].starts_with("\\u")
                            {
                                if let Some(lo) = self
                                    .s
                                    .get(self.i + 2..self.i + 6)
                                    .and_then(|h| u32::from_str_radix(h, 16).ok())
                                {
                                    cp = 0x10000
                                        + ((cp - 0xD800) << 10)
                                        + (lo.wrapping_sub(0xDC00) & 0x3FF);
                                    self.i += 6;
                                }
                            }
                            out.push(char::from_u32(cp).unwrap_or('\u{FFFD}'));
                        }
                        c if c.is_ascii() => out.push(c as char),
                        _ => {}
                    }
                    copied = self.i;
                }
                _ => self.i += 1,
            }
        }
        None
    }
}

fn get<'v>(m: &'v [(String, Val)], key: &str) -> Option<&'v Val> {
    m.iter().find(|(k, _)| k == key).map(|(_, v)| v)
}

fn strings(v: &Val, out: &mut Vec<String>) {
    match v {
        Val::Str(s) => out.push(s.trim().to_string()),
        Val::List(l) => l.iter().for_each(|x| strings(x, out)),
        Val::Map(m) => {
            if let Some(n) = get(m, "name") {
                strings(n, out);
            }
        }
        Val::Other => {}
    }
}

fn is_article(m: &[(String, Val)]) -> bool {
    let mut types = Vec::new();
    if let Some(t) = get(m, "@type") {
        strings(t, &mut types);
    }
    types.iter().any(|t| {
        t.ends_with("Article") || t == "BlogPosting" || t == "Report" || t == "LiveBlogPosting"
    }) || get(m, "headline").is_some()
}

fn visit(v: &Val, hints: &mut Hints, depth: usize) {
    if depth > 8 {
        return;
    }
    match v {
        Val::List(l) => l.iter().for_each(|x| visit(x, hints, depth + 1)),
        Val::Map(m) => {
            if let Some(g) = get(m, "@graph") {
                visit(g, hints, depth + 1);
            }
            if !is_article(m) {
                return;
            }
            if let Some(Val::Str(h)) = get(m, "headline") {
                if (hints.headline.is_none() || hints.card_title) && !h.trim().is_empty() {
                    hints.card_title = false;
                    hints.headline = Some(h.split_whitespace().collect::<Vec<_>>().join(" "));
                }
            }
            if let Some(Val::Str(d)) = get(m, "datePublished").or_else(|| get(m, "dateCreated")) {
                if hints.date.is_none() {
                    hints.date = Some(d.trim().to_string());
                }
            }
            if let Some(a) = get(m, "author") {
                let mut names = Vec::new();
                strings(a, &mut names);
                for n in names {
                    if !n.is_empty() && !n.starts_with("http") && !hints.authors.contains(&n) {
                        hints.authors.push(n);
                    }
                }
            }
            if let Some(p) = get(m, "publisher") {
                let mut names = Vec::new();
                strings(p, &mut names);
                if hints.source.is_none() {
                    hints.source = names.into_iter().find(|n| !n.is_empty());
                }
            }
            if let Some(k) = get(m, "keywords") {
                if hints.keywords.is_empty() {
                    let mut ks = Vec::new();
                    strings(k, &mut ks);
                    hints.keywords = ks.iter().flat_map(|k| split_list(k)).collect();
                }
            }
        }
        _ => {}
    }
}

/// Read one JSON-LD script's text into `hints`.
pub fn read(text: &str, hints: &mut Hints) {
    let mut r = Reader {
        b: text.as_bytes(),
        s: text,
        i: 0,
        depth: 0,
    };
    if let Some(v) = r.value() {
        visit(&v, hints, 0);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn graph_and_escapes() {
        let mut h = Hints::default();
        read(
            r#"{"@context":"https://schema.org","@graph":[{"@type":"WebPage"},{"@type":"NewsArticle","headline":"\u4e2d\u6587 \"q\"","datePublished":"2024-05-12","author":{"@type":"Person","name":"Li Hua"},"publisher":{"name":"X News"},"keywords":["a","b"]}]}"#,
            &mut h,
        );
        assert_eq!(h.headline.as_deref(), Some("中文 \"q\""));
        assert_eq!(h.date.as_deref(), Some("2024-05-12"));
        assert_eq!(h.authors, ["Li Hua"]);
        assert_eq!(h.source.as_deref(), Some("X News"));
        assert_eq!(h.keywords, ["a", "b"]);
    }

    #[test]
    fn garbage_does_not_panic() {
        for s in [
            "",
            "{",
            "[[[[",
            "{\"a\":",
            "\"\\u12",
            "{\"headline\":\"\\ud800\\u",
            "}}]]",
        ] {
            read(s, &mut Hints::default());
        }
    }
}
