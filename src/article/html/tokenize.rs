//! HTML tokens, read as the HTML standard's tokenizer reads them
//! (<https://html.spec.whatwg.org/multipage/parsing.html#tokenization>),
//! for what figlens needs: start tags with their attributes, end tags and
//! text, each text a span of the source. Comments, doctypes, bogus comments
//! (`<?xml …?>`, `</ 3>`, `<!x>`, CDATA outside foreign content) and the
//! `</>` the standard ignores yield nothing; raw-text elements (`script`,
//! `style`, `textarea`, `title`, …) yield their content as one text, which
//! only their own end tag ends (for `script`, with the standard's escape
//! states, so `<!-- <script></script> -->` inside a script does not end it).
//!
//! One pass, each byte looked at a bounded number of times: linear in the
//! input however it is malformed. What it leaves out of the standard: no
//! tree construction (what it needs of one, whether a tag is in `<svg>` or
//! `<math>`, is read from the tags: [`Foreign`]), character references are
//! decoded later (in text by the walk, in attribute values here), and a NUL
//! stays as it is.

use super::{decode_entities, Tok};

/// Elements whose content is raw text (RAWTEXT, RCDATA or script data): it
/// ends only at the element's own end tag.
const RAW_TEXT: &[&str] = &[
    "script", "style", "textarea", "title", "noscript", "xmp", "iframe", "noembed", "noframes",
];

/// Attributes beyond this many are not checked for duplicates (the standard
/// drops a repeated name); keeps a tag of thousands of attributes linear.
const DEDUP_ATTRS: usize = 32;

/// Start tags that end foreign content (`<svg>`, `<math>`): the standard's
/// breakout list (`<font>` with attributes aside).
const BREAKOUT: &[&str] = &[
    "b", "big", "blockquote", "body", "br", "center", "code", "dd", "div", "dl", "dt", "em",
    "embed", "h1", "h2", "h3", "h4", "h5", "h6", "head", "hr", "i", "img", "li", "listing",
    "menu", "meta", "nobr", "ol", "p", "pre", "ruby", "s", "small", "span", "strong", "strike",
    "sub", "sup", "table", "tt", "u", "ul", "var",
];

/// How deep in foreign content (`<svg>`, `<math>`) the tokens are, as far
/// as tokens tell: there, a `<title>`, `<style>` or `<script>` is no raw
/// text, `/>` closes any element and `<![CDATA[…]]>` is text. Without a
/// tree: a breakout tag leaves all of it, and integration points
/// (`<foreignObject>`, …) are foreign too.
#[derive(Default)]
pub(super) struct Foreign(u32);

impl Foreign {
    /// A start tag: whether it is read as foreign content.
    pub(super) fn start(&mut self, name: &str, self_closing: bool) -> bool {
        if self.0 > 0 && BREAKOUT.contains(&name) {
            self.0 = 0;
        }
        let root = name == "svg" || name == "math";
        if root && !self_closing {
            self.0 += 1;
        }
        root || self.0 > 0
    }

    pub(super) fn end(&mut self, name: &str) {
        if self.0 > 0 && (name == "svg" || name == "math") {
            self.0 -= 1;
        } else if name == "br" || name == "p" {
            self.0 = 0;
        }
    }

    pub(super) fn inside(&self) -> bool {
        self.0 > 0
    }
}

/// Whether the standard's tree construction puts the tokenizer in a
/// raw-text state after this HTML start tag (for the reference emitter).
#[cfg(feature = "html5gum")]
pub(super) fn is_raw_text(name: &str) -> bool {
    RAW_TEXT.contains(&name) || name == "plaintext"
}

fn is_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r' | b'\x0c')
}

/// The source's tokens, and the content spans of `<script>`s of type
/// `…ld+json`.
pub(super) fn tokens(src: &str) -> (Vec<Tok>, Vec<(usize, usize)>) {
    let b = src.as_bytes();
    let mut t = Tokens {
        src,
        b,
        out: Vec::new(),
        jsonld: Vec::new(),
        text: 0,
        foreign: Foreign::default(),
    };
    let mut i = 0;
    while let Some(off) = b[i..].iter().position(|&c| c == b'<') {
        let lt = i + off;
        i = t.markup(lt);
    }
    t.text_to(b.len());
    (t.out, t.jsonld)
}

struct Tokens<'a> {
    src: &'a str,
    b: &'a [u8],
    out: Vec<Tok>,
    jsonld: Vec<(usize, usize)>,
    /// Where the text not yet emitted starts.
    text: usize,
    foreign: Foreign,
}

/// A tag as read: its name (lowercased), attributes, where it ends (after
/// its `>`), and whether it ends in `/>`.
struct Tag {
    name: String,
    attrs: Vec<(String, String)>,
    end: usize,
    self_closing: bool,
}

impl Tokens<'_> {
    /// Emit the text from the last token up to `to`, if any.
    fn text_to(&mut self, to: usize) {
        if to > self.text {
            self.out.push(Tok::Text {
                start: self.text,
                end: to,
            });
        }
    }

    /// Something that is not text from `from` to `to`: the text before it
    /// ends, the next starts after it.
    fn skip(&mut self, from: usize, to: usize) -> usize {
        self.text_to(from);
        self.text = to;
        to
    }

    /// Read what the `<` at `lt` opens; returns where to go on.
    fn markup(&mut self, lt: usize) -> usize {
        let b = self.b;
        match b.get(lt + 1).copied() {
            Some(c) if c.is_ascii_alphabetic() => {
                let Some(tag) = self.tag(lt + 1, true) else {
                    // EOF in a tag: it and the rest are lost.
                    return self.skip(lt, b.len());
                };
                self.start_tag(lt, tag)
            }
            Some(b'/') => match b.get(lt + 2).copied() {
                Some(c) if c.is_ascii_alphabetic() => match self.tag(lt + 2, false) {
                    Some(tag) => {
                        let end = self.skip(lt, tag.end);
                        self.foreign.end(&tag.name);
                        self.out.push(Tok::End { name: tag.name });
                        end
                    }
                    None => self.skip(lt, b.len()),
                },
                Some(b'>') => self.skip(lt, lt + 3),
                // `</` at the end is text.
                None => b.len(),
                Some(_) => self.skip(lt, bogus_end(b, lt + 2)),
            },
            Some(b'!') if self.foreign.inside() && b[lt + 2..].starts_with(b"[CDATA[") => {
                // A CDATA section, in foreign content only: its content is text.
                let from = self.skip(lt, lt + 9);
                let close = b[from..]
                    .windows(3)
                    .position(|w| w == b"]]>")
                    .map_or(b.len(), |p| from + p);
                self.skip(close, (close + 3).min(b.len()))
            }
            Some(b'!') => {
                let end = if b[lt + 2..].starts_with(b"--") {
                    comment_end(b, lt + 4)
                } else {
                    bogus_end(b, lt + 2)
                };
                self.skip(lt, end)
            }
            Some(b'?') => self.skip(lt, bogus_end(b, lt + 1)),
            // A `<` that opens nothing is text.
            _ => lt + 1,
        }
    }

    fn start_tag(&mut self, lt: usize, tag: Tag) -> usize {
        let end = self.skip(lt, tag.end);
        let foreign = self.foreign.start(&tag.name, tag.self_closing);
        let raw = !foreign && RAW_TEXT.contains(&tag.name.as_str());
        let plaintext = !foreign && tag.name == "plaintext";
        let close = match tag.name.as_str() {
            _ if foreign => end,
            "script" => {
                let close = script_end(self.b, end);
                let ld = |(k, v): &(String, String)| {
                    k == "type" && crate::lexicon::has_str(&v.to_ascii_lowercase(), "ld+json")
                };
                if tag.attrs.iter().any(ld) {
                    self.jsonld.push((end, close));
                }
                close
            }
            _ if raw => raw_end(self.b, end, tag.name.as_bytes()),
            // Everything after `<plaintext>` is text.
            _ if plaintext => self.b.len(),
            _ => end,
        };
        self.out.push(Tok::Start {
            name: tag.name,
            attrs: tag.attrs,
            end: tag.end,
            // A raw-text element's `/>` is ignored (as for every non-void
            // element, by the standard's tree construction): its content
            // still ends at its end tag only.
            self_closing: tag.self_closing && !raw && !plaintext,
        });
        // The content is one text; the end tag is read as a tag next.
        self.text_to(close);
        self.text = self.text.max(close);
        close
    }

    /// Read a tag whose name starts at `at` (a letter); None at the end of
    /// the input before its `>`. Attributes are kept for start tags only.
    fn tag(&self, at: usize, keep: bool) -> Option<Tag> {
        let b = self.b;
        let mut k = at;
        while k < b.len() && !is_space(b[k]) && b[k] != b'/' && b[k] != b'>' {
            k += 1;
        }
        let mut tag = Tag {
            name: self.src[at..k].to_ascii_lowercase(),
            attrs: Vec::new(),
            end: 0,
            self_closing: false,
        };
        loop {
            // Before an attribute name.
            while k < b.len() && is_space(b[k]) {
                k += 1;
            }
            match b.get(k)? {
                b'>' => {
                    tag.end = k + 1;
                    return Some(tag);
                }
                b'/' => {
                    // The self-closing start tag state.
                    k += 1;
                    if *b.get(k)? == b'>' {
                        tag.self_closing = true;
                        tag.end = k + 1;
                        return Some(tag);
                    }
                    continue;
                }
                _ => {}
            }
            // An attribute name: its first character may be anything, `=` too.
            let name_start = k;
            k += 1;
            while k < b.len() && !is_space(b[k]) && !matches!(b[k], b'/' | b'>' | b'=') {
                k += 1;
            }
            let name_end = k;
            while k < b.len() && is_space(b[k]) {
                k += 1;
            }
            let mut value = (0, 0);
            if b.get(k) == Some(&b'=') {
                k += 1;
                while k < b.len() && is_space(b[k]) {
                    k += 1;
                }
                match b.get(k)? {
                    q @ (b'"' | b'\'') => {
                        let len = b[k + 1..].iter().position(|c| c == q)?;
                        value = (k + 1, k + 1 + len);
                        k += len + 2;
                    }
                    // `a=>`: an empty value, the tag ends.
                    b'>' => {}
                    _ => {
                        let s = k;
                        while k < b.len() && !is_space(b[k]) && b[k] != b'>' {
                            k += 1;
                        }
                        value = (s, k);
                    }
                }
            }
            if keep {
                let name = self.src[name_start..name_end].to_ascii_lowercase();
                let seen = tag.attrs.len() <= DEDUP_ATTRS
                    && tag.attrs.iter().any(|(n, _)| *n == name);
                if !seen {
                    tag.attrs
                        .push((name, decode_entities(&self.src[value.0..value.1])));
                }
            }
        }
    }
}

/// The end of a bogus comment whose content starts at `from`: after the
/// first `>`, or the end of the input.
fn bogus_end(b: &[u8], from: usize) -> usize {
    b[from.min(b.len())..]
        .iter()
        .position(|&c| c == b'>')
        .map_or(b.len(), |p| from + p + 1)
}

/// The end of a comment whose content starts at `from` (after `<!--`): after
/// the first `-->` or `--!>`; `<!-->` and `<!--->` end at once; else the
/// end of the input.
fn comment_end(b: &[u8], from: usize) -> usize {
    let rest = &b[from.min(b.len())..];
    if rest.starts_with(b">") {
        return from + 1;
    }
    if rest.starts_with(b"->") {
        return from + 2;
    }
    let mut k = 0;
    while let Some(p) = rest[k..].iter().position(|&c| c == b'-') {
        let d = k + p;
        if rest[d..].starts_with(b"-->") {
            return from + d + 3;
        }
        if rest[d..].starts_with(b"--!>") {
            return from + d + 4;
        }
        k = d + 1;
    }
    b.len()
}

/// `</name` (ASCII case-insensitive) at `at`, followed by white space, `/`
/// or `>`: an end tag that ends raw text.
fn closes(b: &[u8], at: usize, name: &[u8]) -> bool {
    let n = at + 2 + name.len();
    b[at..].starts_with(b"</")
        && b.len() > n
        && b[at + 2..n].eq_ignore_ascii_case(name)
        && (is_space(b[n]) || b[n] == b'/' || b[n] == b'>')
}

/// Where the RAWTEXT or RCDATA content starting at `from` ends: at its
/// element's end tag, or the end of the input.
fn raw_end(b: &[u8], from: usize, name: &[u8]) -> usize {
    let mut k = from;
    while let Some(p) = b[k..].iter().position(|&c| c == b'<') {
        if closes(b, k + p, name) {
            return k + p;
        }
        k += p + 1;
    }
    b.len()
}

/// Where script data starting at `from` ends: at `</script`, unless inside
/// `<!--` … `-->` after a `<script` (the standard's double-escaped state).
fn script_end(b: &[u8], from: usize) -> usize {
    #[derive(PartialEq)]
    enum State {
        Data,
        Escaped,
        Double,
    }
    let mut state = State::Data;
    let mut k = from;
    while k < b.len() {
        match b[k] {
            b'<' => {
                if state != State::Double && closes(b, k, b"script") {
                    return k;
                }
                if state == State::Double && closes(b, k, b"script") {
                    state = State::Escaped;
                    k += 8;
                    continue;
                }
                if state == State::Data && b[k..].starts_with(b"<!--") {
                    // `<!--` puts the dashes of its own close in view:
                    // `<!-->` opens and closes.
                    state = State::Escaped;
                    k += 2;
                    continue;
                }
                if state == State::Escaped && opens_script(b, k) {
                    state = State::Double;
                    k += 7;
                    continue;
                }
            }
            b'-' if state != State::Data && b[k..].starts_with(b"-->") => {
                state = State::Data;
                k += 3;
                continue;
            }
            _ => {}
        }
        k += 1;
    }
    b.len()
}

/// `<script` at `at`, followed by white space, `/` or `>`.
fn opens_script(b: &[u8], at: usize) -> bool {
    let n = at + 7;
    b.len() > n
        && b[at + 1..n].eq_ignore_ascii_case(b"script")
        && (is_space(b[n]) || b[n] == b'/' || b[n] == b'>')
}
