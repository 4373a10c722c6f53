//! The reference for the differential tests of the HTML tokenizer
//! (tests/html_diff.rs, examples/html_diff.rs): the same tokens read by
//! html5gum, a WHATWG tokenizer. Only with the `html5gum` feature, which
//! the package's tests and examples turn on; ~58 KB gzip in wasm, never in
//! a build of the library.

use super::tokenize::{self, Foreign};
use super::Tok;

/// The html5gum emitter of [`tokens`]: html5gum's own, with the
/// two answers a tree construction gives the tokenizer taken from
/// [`Foreign`] and the standard's list of raw-text elements, as
/// [`tokenize`] takes them: which state a start tag switches to, and
/// whether `<![CDATA[` opens a CDATA section.
struct Reference {
    inner: html5gum::DefaultEmitter<usize>,
    foreign: Foreign,
    name: Vec<u8>,
    start: bool,
    self_closing: bool,
}

impl html5gum::ForwardingEmitter for Reference {
    type Token = <html5gum::DefaultEmitter<usize> as html5gum::Emitter>::Token;

    fn inner(&mut self) -> &mut impl html5gum::Emitter<Token = Self::Token> {
        &mut self.inner
    }

    fn init_start_tag(&mut self) {
        (self.start, self.self_closing) = (true, false);
        self.name.clear();
        html5gum::Emitter::init_start_tag(&mut self.inner);
    }

    fn init_end_tag(&mut self) {
        self.start = false;
        self.name.clear();
        html5gum::Emitter::init_end_tag(&mut self.inner);
    }

    fn push_tag_name(&mut self, s: &[u8]) {
        self.name.extend(s.iter().map(u8::to_ascii_lowercase));
        html5gum::Emitter::push_tag_name(&mut self.inner, s);
    }

    fn set_self_closing(&mut self) {
        self.self_closing = true;
        html5gum::Emitter::set_self_closing(&mut self.inner);
    }

    fn emit_current_tag(&mut self) -> Option<html5gum::State> {
        let naive = html5gum::Emitter::emit_current_tag(&mut self.inner);
        let name = String::from_utf8_lossy(&self.name).into_owned();
        if !self.start {
            self.foreign.end(&name);
            return naive;
        }
        if self.foreign.start(&name, self.self_closing) || !tokenize::is_raw_text(&name) {
            return None;
        }
        // The raw text's span starts here (as html5gum does for its own switches).
        html5gum::Emitter::init_string(&mut self.inner);
        Some(match name.as_str() {
            "title" | "textarea" => html5gum::State::RcData,
            "script" => html5gum::State::ScriptData,
            "plaintext" => html5gum::State::PlainText,
            _ => html5gum::State::RawText,
        })
    }

    fn adjusted_current_node_present_but_not_in_html_namespace(&mut self) -> bool {
        self.foreign.inside()
    }
}

/// Tokenize with `html5gum` (a WHATWG tokenizer), for comparison only.
/// What its tokens leave to a tree construction is done as [`tokenize`]
/// does it: the [`Reference`] emitter's states, a raw-text element's `/>`
/// ignored, and a text split at the `</>` the tokenizer drops (html5gum's
/// span runs over it).
pub(super) fn tokens(src: &str) -> Vec<Tok> {
    use html5gum::{DefaultEmitter, Token, Tokenizer};
    let emitter = Reference {
        inner: DefaultEmitter::<usize>::new_with_span(),
        foreign: Foreign::default(),
        name: Vec::new(),
        start: false,
        self_closing: false,
    };
    let mut out = Vec::new();
    let s = |b: &[u8]| String::from_utf8_lossy(b).to_ascii_lowercase();
    // The same reading of the tags as the emitter's, to know where `</>` is text.
    let mut foreign = Foreign::default();
    let mut raw = false;
    for tok in Tokenizer::new_with_emitter(src, emitter).flatten() {
        match tok {
            Token::StartTag(t) => {
                let name = s(&t.name);
                raw = !foreign.start(&name, t.self_closing) && tokenize::is_raw_text(&name);
                out.push(Tok::Start {
                    attrs: t
                        .attributes
                        .iter()
                        .map(|(k, v)| (s(k), String::from_utf8_lossy(&v.value).into_owned()))
                        .collect(),
                    end: t.span.end,
                    self_closing: t.self_closing && !raw,
                    name,
                });
            }
            Token::EndTag(t) => {
                raw = false;
                let name = s(&t.name);
                foreign.end(&name);
                out.push(Tok::End { name });
            }
            Token::String(x)
                if src.is_char_boundary(x.span.start) && src.is_char_boundary(x.span.end) =>
            {
                let (base, end) = (x.span.start, x.span.end);
                let mut start = base;
                for (a, b) in dropped(&src[base..end], raw, foreign.inside()) {
                    out.push(Tok::Text {
                        start,
                        end: base + a,
                    });
                    start = base + b;
                }
                out.push(Tok::Text { start, end });
            }
            _ => {}
        }
    }
    out
}

/// What an html5gum text's span runs over but the tokenizer dropped, in
/// order: `</>` (outside raw text), and in foreign content the `<![CDATA[`
/// and `]]>` around a CDATA section.
fn dropped(piece: &str, raw: bool, foreign: bool) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut k = 0;
    while k < piece.len() {
        let rest = &piece[k..];
        if !raw && rest.starts_with("</>") {
            out.push((k, k + 3));
            k += 3;
        } else if foreign && rest.starts_with("<![CDATA[") {
            out.push((k, k + 9));
            k += 9;
            if let Some(p) = piece[k..].find("]]>") {
                out.push((k + p, k + p + 3));
                k += p + 3;
            }
        } else {
            k += rest.chars().next().map_or(1, char::len_utf8);
        }
    }
    out
}

/// The first difference between figlens's tokens and html5gum's (text
/// merged across what yields nothing, attributes sorted), for the
/// differential tests: None if they are the same. Attribute values are
/// compared as the tokenizer cuts them, not as they are decoded: line
/// breaks as `\n`, a no-break space as a space (figlens's decoding), and
/// only up to an `&` figlens left as it is (a legacy entity without `;`).
pub fn token_diff(src: &str) -> Option<String> {
    let canon = |v: &str| v.replace("\r\n", "\n").replace('\r', "\n").replace('\u{a0}', " ");
    let canon_attrs = |ours: &mut Vec<(String, String)>, theirs: &mut Vec<(String, String)>| {
        for (k, v) in theirs.iter_mut() {
            *v = canon(v);
            let Some((_, mine)) = ours.iter_mut().find(|(n, _)| n == k) else {
                continue;
            };
            *mine = canon(mine);
            if let Some(amp) = mine.find('&') {
                if v.starts_with(&mine[..amp]) {
                    mine.truncate(amp);
                    v.truncate(amp);
                }
            }
        }
    };
    let (mut ours_toks, mut theirs_toks) = (tokenize::tokens(src).0, tokens(src));
    let mut starts = theirs_toks.iter_mut().filter_map(|t| match t {
        Tok::Start { attrs, .. } => Some(attrs),
        _ => None,
    });
    for t in &mut ours_toks {
        if let Tok::Start { attrs, .. } = t {
            let Some(theirs) = starts.next() else {
                break;
            };
            canon_attrs(attrs, theirs);
        }
    }
    let norm = |toks: Vec<Tok>| {
        let mut out = Vec::new();
        let mut text = String::new();
        for t in toks {
            if let Tok::Text { start, end } = t {
                text.push_str(&src[start..end]);
                continue;
            }
            if !text.is_empty() {
                out.push(format!("text {:?}", std::mem::take(&mut text)));
            }
            match t {
                Tok::Start {
                    name,
                    mut attrs,
                    self_closing,
                    ..
                } => {
                    attrs.sort();
                    let slash = if self_closing { " /" } else { "" };
                    out.push(format!("<{name} {attrs:?}{slash}>"));
                }
                Tok::End { name } => out.push(format!("</{name}>")),
                Tok::Text { .. } => {}
            }
        }
        if !text.is_empty() {
            out.push(format!("text {text:?}"));
        }
        out
    };
    let ours = norm(ours_toks);
    let theirs = norm(theirs_toks);
    let i = ours
        .iter()
        .zip(&theirs)
        .position(|(a, b)| a != b)
        .or((ours.len() != theirs.len()).then(|| ours.len().min(theirs.len())))?;
    Some(format!(
        "token {i}: figlens {:?}, html5gum {:?}",
        ours.get(i),
        theirs.get(i)
    ))
}

