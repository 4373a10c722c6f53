//! HTML → text with block breaks, a map back to the HTML source, and the
//! hints a page gives about itself (`<title>`, `<meta>`, JSON-LD, and for
//! each output line: its heading level, list, link density and page zone).
//!
//! Tokens come from [`tokenize`], which reads tags, attributes and text as
//! the HTML standard's tokenizer does, in one linear pass, every text a span
//! of the source, so its offsets are exact. Entities in text are decoded
//! here, each recorded as an edit in the [`OffsetMap`].

#[cfg(feature = "html5gum")]
mod reference;
mod tokenize;

#[cfg(feature = "html5gum")]
pub use reference::token_diff;

use super::content::{self, Node, TagClass};
use crate::lexicon::article::{Zone, EMBED_TOKENS, ZONE_TOKENS};
use crate::offsets::OffsetMap;

/// Text of an HTML input, its map back to the source, and the page's hints.
pub struct HtmlText {
    pub text: String,
    pub map: OffsetMap,
    pub hints: Hints,
}

/// What the page says about itself, outside its visible text.
#[derive(Debug, Clone, Default)]
pub struct Hints {
    /// `<title>`, decoded.
    pub title: Option<String>,
    /// `og:title`, `twitter:title` or the JSON-LD `headline`.
    pub headline: Option<String>,
    /// The headline is `twitter:title`'s: a social card's title, often
    /// shortened, that `og:title` or JSON-LD replaces.
    pub card_title: bool,
    /// Raw publication date from `<meta>`, `<time datetime>` or JSON-LD.
    pub date: Option<String>,
    pub authors: Vec<String>,
    pub source: Option<String>,
    pub keywords: Vec<String>,
    pub tags: Vec<String>,
    /// One entry per line of `text` (lines split at `\n`).
    pub lines: Vec<LineInfo>,
    /// The page's article elements were found: lines say whether they are
    /// inside them (`LineInfo::in_content`).
    pub content: bool,
}

/// Where a line of the HTML's text came from.
#[derive(Debug, Clone, Copy, Default)]
pub struct LineInfo {
    /// Bytes of text inside links, and all text bytes (spaces excluded).
    pub link_bytes: u32,
    pub text_bytes: u32,
    /// 1–6 inside `<h1>`…`<h6>`, else 0.
    pub heading: u8,
    /// Inside a list item; `list` numbers the enclosing `<ul>`/`<ol>` (0: none).
    pub item: bool,
    pub list: u32,
    pub ordered: bool,
    /// The innermost page zone the line sits in (from tags and class/id names).
    pub zone: Zone,
    /// Inside `<article>`, `<main>` or an element marked as the article body.
    pub in_article: bool,
    /// Inside a `<p>` element.
    pub para: bool,
    /// The block element the line starts in, and the element that set its
    /// zone (0: none), as indices into the page's nodes ([`content`]).
    pub node: u32,
    pub zone_node: u32,
    /// Non-space characters, those inside links, and commas (`,` `，` `、`)
    /// and sentence ends (`。`, `. `) together.
    pub chars: u32,
    pub link_chars: u32,
    pub commas: u16,
    /// Inside the elements that hold the article (when [`Hints::content`]).
    pub in_content: bool,
}

impl LineInfo {
    pub fn link_density(&self) -> f32 {
        if self.text_bytes == 0 {
            0.0
        } else {
            self.link_bytes as f32 / self.text_bytes as f32
        }
    }
}

/// Elements whose content is not text to read.
const SKIP: &[&str] = &[
    "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "select",
    "textarea", "button", "canvas", "video", "audio", "map", "head", "noembed", "noframes",
];
const BLOCK: &[&str] = &[
    "p",
    "div",
    "li",
    "ul",
    "ol",
    "dl",
    "dd",
    "dt",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "tr",
    "td",
    "th",
    "table",
    "thead",
    "tbody",
    "tfoot",
    "caption",
    "section",
    "article",
    "header",
    "footer",
    "nav",
    "aside",
    "blockquote",
    "figure",
    "figcaption",
    "main",
    "pre",
    "hr",
    "address",
    "details",
    "summary",
    "center",
    "fieldset",
    "legend",
    "body",
    "html",
];
const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "keygen", "link", "meta", "param",
    "source", "track", "wbr",
];

/// A token of the source, positions in bytes.
#[derive(Debug)]
enum Tok {
    Start {
        name: String,
        attrs: Vec<(String, String)>,
        /// Where the tag ends.
        end: usize,
        self_closing: bool,
    },
    End {
        name: String,
    },
    Text {
        start: usize,
        end: usize,
    },
}

/// An open element on the stack.
struct Open {
    name: String,
    skip: bool,
    link: bool,
    heading: u8,
    list: u32,
    ordered: bool,
    item: bool,
    zone: Zone,
    article: bool,
    para: bool,
    title: bool,
    /// Inside an `<svg>` (whose `<title>` is not the page's).
    svg: bool,
    /// Inside a `<head>` (a `<body>` closes it).
    head: bool,
    /// Its node, the nearest block element's node, and the node that set `zone`.
    node: u32,
    block: u32,
    zone_node: u32,
}

/// How far down the stack of open elements a tag looks for the element it
/// closes: deeper matches are ignored, so each tag costs at most this much
/// however deep a malformed page nests.
const STACK_WINDOW: usize = 64;

/// Builds the text, the map and the line infos.
struct Out<'a> {
    src: &'a str,
    text: String,
    map: OffsetMap,
    /// Source position up to which everything is accounted for.
    at: usize,
    pending_break: bool,
    /// The line so far is a bare number (a rank badge in its own element).
    badge: bool,
    line: LineInfo,
    lines: Vec<LineInfo>,
    /// The page's elements, for finding the article ([`content`]); node 0 is the document.
    nodes: Vec<Node>,
}

impl Out<'_> {
    fn newline(&mut self) {
        self.lines.push(std::mem::take(&mut self.line));
    }

    /// Account for the source up to `to` as a gap: removed, or one line break.
    fn gap(&mut self, to: usize, rep: &str) {
        if to < self.at {
            return;
        }
        let cs = self.text.len();
        self.text.push_str(rep);
        if rep == "\n" {
            self.newline();
        }
        if to > self.at || !rep.is_empty() {
            self.map.push(self.at, to, cs, self.text.len());
        }
        self.at = to;
    }

    fn at_line_start(&self) -> bool {
        self.text.is_empty() || self.text.ends_with('\n')
    }

    /// Copy source text `s..e`, decoding entities and turning layout
    /// whitespace into spaces, after the pending break if any.
    fn text(&mut self, s: usize, e: usize, ctx: &Open) {
        let piece = &self.src[s..e];
        if piece.trim().is_empty() {
            if !self.pending_break && !self.at_line_start() && !piece.is_empty() {
                self.gap(s, "");
                let cs = self.text.len();
                self.text.push(' ');
                self.map.push(s, e, cs, cs + 1);
                self.at = e;
            }
            return;
        }
        let brk = self.pending_break && !self.at_line_start();
        // `<li><span>1</span><a>Headline</a>`: the badge and the headline are
        // apart on the page; keep them apart in the text.
        let apart = !brk && self.badge && s > self.at;
        self.gap(
            s,
            if brk {
                "\n"
            } else if apart {
                " "
            } else {
                ""
            },
        );
        self.pending_break = false;
        let line_start = self.at_line_start();
        if self.line.text_bytes == 0 {
            self.line.heading = ctx.heading;
            self.line.item = ctx.item;
            self.line.list = ctx.list;
            self.line.ordered = ctx.ordered;
            self.line.zone = ctx.zone;
            self.line.in_article = ctx.article;
            self.line.para = ctx.para;
            self.line.node = ctx.block;
            self.line.zone_node = ctx.zone_node;
        }
        let bytes = piece.bytes().filter(|c| !c.is_ascii_whitespace()).count() as u32;
        self.line.text_bytes += bytes;
        let (mut chars, mut commas, mut prev) = (0u32, 0u16, ' ');
        for c in piece.chars() {
            chars += u32::from(!c.is_whitespace());
            // Commas and the ends of sentences: what prose has and furniture lacks.
            let stop = matches!(c, '。' | '！' | '？')
                || (c.is_whitespace() && matches!(prev, '.' | '!' | '?'));
            commas = commas.saturating_add(u16::from(matches!(c, ',' | '，' | '、') || stop));
            prev = c;
        }
        if matches!(prev, '.' | '!' | '?') {
            commas = commas.saturating_add(1);
        }
        self.line.chars += chars;
        self.line.commas = self.line.commas.saturating_add(commas);
        if let Some(nd) = self.nodes.get_mut(ctx.block as usize) {
            nd.chars += chars;
            if ctx.link {
                nd.link_chars += chars;
            }
        }
        if ctx.link {
            self.line.link_bytes += bytes;
            self.line.link_chars += chars;
        }
        let b = piece.as_bytes();
        let mut copied = 0;
        let mut i = 0;
        while i < b.len() {
            let (n, rep): (usize, Option<String>) = match b[i] {
                b'&' => match entity(&piece[i..]) {
                    Some((n, d)) => (n, Some(d)),
                    None => (1, None),
                },
                b'\n' | b'\r' | b'\t' | b'\x0c' => (1, Some(" ".to_string())),
                _ => (1, None),
            };
            if let Some(rep) = rep {
                self.text.push_str(&piece[copied..i]);
                let cs = self.text.len();
                self.text.push_str(&rep);
                self.map.push(s + i, s + i + n, cs, self.text.len());
                copied = i + n;
            }
            i += n;
        }
        self.text.push_str(&piece[copied..]);
        self.at = e;
        let t = piece.trim();
        self.badge = (line_start || brk)
            && (1..=3).contains(&t.len())
            && t.bytes().all(|c| c.is_ascii_digit());
    }
}

/// The zone a tag's name, `class`, `id` or `role` put it in, if any.
fn zone_of(name: &str, attrs: &[(String, String)]) -> Zone {
    match name {
        "nav" => return Zone::Nav,
        "footer" => return Zone::Footer,
        "aside" => return Zone::Aside,
        "figcaption" => return Zone::Caption,
        _ => {}
    }
    let embed = attrs.iter().any(|(k, v)| {
        matches!(k.as_str(), "class" | "id")
            && v
                .split(|c: char| c.is_ascii_whitespace())
                .flat_map(|t| [t].into_iter().chain(t.split('-')))
                .any(|t| EMBED_TOKENS.iter().any(|e| t.eq_ignore_ascii_case(e)))
    });
    if embed {
        return Zone::None;
    }
    for (k, v) in attrs {
        if !matches!(k.as_str(), "class" | "id" | "role") {
            continue;
        }
        if k == "role" {
            match v.as_str() {
                "navigation" | "menubar" | "menu" => return Zone::Nav,
                "contentinfo" => return Zone::Footer,
                "complementary" => return Zone::Aside,
                _ => continue,
            }
        }
        for tok in v
            .split(|c: char| !c.is_ascii_alphanumeric())
            .filter(|t| !t.is_empty())
        {
            let t = tok.to_ascii_lowercase();
            if let Some((_, z)) = ZONE_TOKENS.iter().find(|(w, _)| *w == t) {
                return z;
            }
        }
    }
    Zone::None
}

fn marks_article(name: &str, attrs: &[(String, String)]) -> bool {
    matches!(name, "article" | "main")
        || attrs.iter().any(|(k, v)| {
            (k == "itemprop" && v.eq_ignore_ascii_case("articleBody"))
                || (k == "role" && v == "main")
                || (matches!(k.as_str(), "class" | "id")
                    && v.split(|c: char| !c.is_ascii_alphanumeric()).any(|t| {
                        matches!(
                            t.to_ascii_lowercase().as_str(),
                            "article" | "content" | "story" | "post" | "entry" | "body"
                        )
                    }))
        })
}

/// Tags become nothing or a line break, entities their characters; the text
/// of `script`, `style` and similar elements is dropped. Never panics.
pub fn to_text(html: &str) -> HtmlText {
    to_text_with(html, false)
}

/// [`to_text`] over `html5gum`'s tokens (a WHATWG tokenizer) instead of
/// figlens's own: the reference of the differential tests (tests/html_diff.rs,
/// examples/html_diff.rs). Native only; ~58 KB gzip in wasm.
#[cfg(feature = "html5gum")]
pub fn to_text_html5gum(html: &str) -> HtmlText {
    to_text_with(html, true)
}

fn to_text_with(html: &str, reference: bool) -> HtmlText {
    let (toks, jsonld) = tokenize::tokens(html);
    #[cfg(feature = "html5gum")]
    let toks = if reference {
        reference::tokens(html)
    } else {
        toks
    };
    #[cfg(not(feature = "html5gum"))]
    let _ = reference;
    let mut w = Walker {
        src: html,
        out: Out {
            src: html,
            text: String::with_capacity(html.len() / 2),
            map: OffsetMap::default(),
            at: 0,
            pending_break: false,
            badge: false,
            line: LineInfo::default(),
            lines: Vec::new(),
            nodes: vec![Node::default()],
        },
        hints: Hints::default(),
        root: Open {
            name: String::new(),
            skip: false,
            link: false,
            heading: 0,
            list: 0,
            ordered: false,
            item: false,
            zone: Zone::None,
            article: false,
            para: false,
            title: false,
            svg: false,
            head: false,
            node: 0,
            block: 0,
            zone_node: 0,
        },
        stack: Vec::new(),
        lists: 0,
        title: String::new(),
    };
    for &(s, e) in &jsonld {
        super::jsonld::read(&html[s..e], &mut w.hints);
    }
    for tok in toks {
        match tok {
            Tok::Start {
                name,
                attrs,
                end,
                self_closing,
            } => w.start_tag(name, &attrs, end, self_closing),
            Tok::End { name } => w.end_tag(&name),
            Tok::Text { start, end } => w.text(start, end),
        }
    }
    let Walker {
        mut out,
        mut hints,
        title,
        ..
    } = w;
    out.gap(html.len(), "");
    out.newline();
    let t = collapse(&title);
    if !t.is_empty() {
        hints.title = Some(t);
    }
    hints.content = content::choose(&mut out.nodes, &mut out.lines);
    hints.lines = out.lines;
    HtmlText {
        text: out.text,
        map: out.map,
        hints,
    }
}

/// The walk over a page's tokens: the text so far, the open elements, and
/// what the page says of itself.
struct Walker<'h> {
    src: &'h str,
    out: Out<'h>,
    hints: Hints,
    /// What holds outside every element.
    root: Open,
    stack: Vec<Open>,
    /// Lists opened so far (each list's number).
    lists: u32,
    title: String,
}

impl Walker<'_> {
    fn top(&self) -> &Open {
        self.stack.last().unwrap_or(&self.root)
    }

    fn start_tag(
        &mut self,
        name: String,
        attrs: &[(String, String)],
        end: usize,
        self_closing: bool,
    ) {
        if name == "body" && self.top().head {
            // An unclosed <head> ends where the body begins: the elements in
            // it are the top of the stack (each walked once, then popped).
            let pos = self.stack.iter().rposition(|o| !o.head).map_or(0, |p| p + 1);
            self.stack.truncate(pos);
        }
        self.read_hints(&name, attrs);
        if self.top().skip {
            if !VOID.contains(&name.as_str()) && !self_closing {
                let top = self.top();
                let o = Open {
                    title: name == "title" && !top.svg,
                    svg: top.svg || name == "svg",
                    head: top.head || name == "head",
                    name,
                    skip: true,
                    ..copy(top)
                };
                self.stack.push(o);
            }
            return;
        }
        self.close_implied(&name);
        let is_block = BLOCK.contains(&name.as_str()) || name == "br";
        if is_block {
            if name == "br" {
                // A line break inside text: break now, even an empty line.
                let brk = !self.out.at_line_start() || self.out.pending_break;
                self.out.gap(end, if brk { "\n" } else { "" });
                self.out.pending_break = false;
            } else {
                self.out.pending_break = true;
            }
        }
        if VOID.contains(&name.as_str()) || self_closing {
            return;
        }
        let o = self.opened(name, attrs);
        self.stack.push(o);
    }

    /// `<meta>` and `<time datetime>` outside page furniture.
    fn read_hints(&mut self, name: &str, attrs: &[(String, String)]) {
        if name == "meta" {
            read_meta(attrs, &mut self.hints);
        }
        if name == "time" && self.hints.date.is_none() {
            if let Some((_, v)) = attrs.iter().find(|(k, _)| k == "datetime") {
                let top = self.top();
                if !top.skip && top.zone == Zone::None {
                    self.hints.date = Some(v.clone());
                }
            }
        }
    }

    /// Implied ends: a new item closes the open item, a block closes an
    /// open `<p>`, when nothing that scopes it sits above.
    fn close_implied(&mut self, name: &str) {
        if !(matches!(name, "li" | "dt" | "dd" | "tr" | "td" | "th" | "p") || BLOCK.contains(&name))
        {
            return;
        }
        let closes: &[&str] = match name {
            "li" => &["li", "p"],
            "dt" | "dd" => &["dt", "dd", "p"],
            "tr" => &["tr", "td", "th", "p"],
            "td" | "th" => &["td", "th", "p"],
            _ => &["p"],
        };
        // The nearest element it closes, unless an element that scopes it
        // (a list, a cell, a block container) is open above that.
        let window = self.stack.len().saturating_sub(STACK_WINDOW);
        for pos in (window..self.stack.len()).rev() {
            let open = self.stack[pos].name.as_str();
            if closes.contains(&open) {
                self.stack.truncate(pos);
                return;
            }
            if is_scope(open) {
                return;
            }
        }
    }

    /// The element `name` opens, inheriting from the one it opens in.
    fn opened(&mut self, name: String, attrs: &[(String, String)]) -> Open {
        let mut o = copy(self.top());
        o.skip = SKIP.contains(&name.as_str());
        o.title = name == "title";
        o.svg = name == "svg";
        o.head = o.head || name == "head";
        if o.title {
            o.skip = true;
        }
        match name.as_str() {
            "a" => o.link = attrs.iter().any(|(k, _)| k == "href"),
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => {
                o.heading = name.as_bytes()[1] - b'0';
            }
            "ul" | "ol" | "menu" => {
                self.lists += 1;
                o.list = self.lists;
                o.ordered = name == "ol";
                o.item = false;
            }
            "li" => o.item = true,
            "p" => o.para = true,
            _ => {}
        }
        let node = self.out.nodes.len() as u32;
        let z = zone_of(&name, attrs);
        if z != Zone::None && !(o.article && z == Zone::Aside && name != "aside") {
            o.zone = z;
            o.zone_node = node;
        }
        let marked = marks_article(&name, attrs);
        if marked && o.zone == Zone::None {
            o.article = true;
        }
        let class_weight = if z != Zone::None {
            -25
        } else if marked {
            25
        } else {
            0
        };
        self.out.nodes.push(Node {
            parent: o.node,
            tag: TagClass::of(&name),
            class_weight,
            chars: 0,
            link_chars: 0,
        });
        o.node = node;
        if BLOCK.contains(&name.as_str()) {
            o.block = node;
        }
        o.name = name;
        o
    }

    fn end_tag(&mut self, name: &str) {
        // An end tag with no open element within the window is ignored.
        let window = self.stack.len().saturating_sub(STACK_WINDOW);
        let Some(pos) = self.stack[window..]
            .iter()
            .rposition(|o| o.name == name)
            .map(|p| window + p)
        else {
            return;
        };
        let top_skip = self.stack[..pos].last().is_some_and(|o| o.skip);
        self.stack.truncate(pos);
        if BLOCK.contains(&name) && !top_skip {
            self.out.pending_break = true;
        }
    }

    fn text(&mut self, start: usize, end: usize) {
        let top = self.top();
        if top.title {
            if self.title.is_empty() && !top.svg {
                self.title = decode_entities(&self.src[start..end]);
            }
            return;
        }
        if top.skip {
            return;
        }
        let ctx = copy(top);
        self.out.text(start, end, &ctx);
    }
}

fn is_scope(name: &str) -> bool {
    matches!(
        name,
        "table" | "ul" | "ol" | "div" | "td" | "th" | "section" | "article" | "blockquote"
    )
}

fn copy(o: &Open) -> Open {
    Open {
        name: String::new(),
        skip: o.skip,
        link: o.link,
        heading: o.heading,
        list: o.list,
        ordered: o.ordered,
        item: o.item,
        zone: o.zone,
        article: o.article,
        para: o.para,
        title: false,
        svg: o.svg,
        head: o.head,
        node: o.node,
        block: o.block,
        zone_node: o.zone_node,
    }
}

fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn read_meta(attrs: &[(String, String)], hints: &mut Hints) {
    let get = |k: &str| attrs.iter().find(|(n, _)| n == k).map(|(_, v)| v.trim());
    let Some(content) = get("content").filter(|c| !c.is_empty()) else {
        return;
    };
    let key = get("property")
        .or_else(|| get("name"))
        .or_else(|| get("itemprop"))
        .unwrap_or("")
        .to_ascii_lowercase();
    match key.as_str() {
        "og:title" | "twitter:title" | "headline" if hints.headline.is_none() || hints.card_title => {
            hints.card_title = key == "twitter:title";
            hints.headline = Some(collapse(content));
        }
        "article:published_time"
        | "og:article:published_time"
        | "datepublished"
        | "pubdate"
        | "publishdate"
        | "publish-date"
        | "publish_date"
        | "dc.date"
        | "dc.date.issued"
        | "dcterms.date"
        | "sailthru.date"
        | "parsely-pub-date"
        | "date"
        | "article.published"
            if hints.date.is_none() =>
        {
            hints.date = Some(content.to_string());
        }
        "author" | "article:author" | "dc.creator" | "byl" | "byline" | "sailthru.author"
        | "parsely-author" => {
            // (Nor `#`: no letter, no name.)
            if content.starts_with("http") || !content.chars().any(char::is_alphabetic) {
                return;
            }
            // Whole: the byline reader splits a list of names (`A, B and
            // C`) from a name and its outlet (`A, Reuters`).
            let whole = collapse(content);
            let mut a = whole.as_str();
            while let Some(rest) = a.strip_prefix("By ").or_else(|| a.strip_prefix("by ")) {
                a = rest;
            }
            let a = a.trim();
            if !a.is_empty() && !hints.authors.iter().any(|x| x == a) {
                hints.authors.push(a.to_string());
            }
        }
        "og:site_name" | "source" | "dc.publisher" | "application-name"
            if hints.source.is_none() =>
        {
            hints.source = Some(collapse(content));
        }
        "keywords" | "news_keywords" if hints.keywords.is_empty() => {
            hints.keywords = split_list(content);
        }
        "article:tag" => hints.tags.push(collapse(content)),
        _ => {}
    }
}

/// Split a list written with commas, Chinese commas, semicolons or `|`.
pub fn split_list(s: &str) -> Vec<String> {
    s.split([',', '，', '、', ';', '；', '|', '｜'])
        .map(collapse)
        .filter(|p| !p.is_empty())
        .collect()
}

/// Decode the entities of an attribute or title.
pub fn decode_entities(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut i = 0;
    let b = s.as_bytes();
    let mut copied = 0;
    while i < b.len() {
        if b[i] == b'&' {
            if let Some((n, d)) = entity(&s[i..]) {
                out.push_str(&s[copied..i]);
                out.push_str(&d);
                i += n;
                copied = i;
                continue;
            }
        }
        i += 1;
    }
    out.push_str(&s[copied..]);
    out
}

/// An entity at the start of `s`: its length and what it stands for.
pub fn entity(s: &str) -> Option<(usize, String)> {
    if let Some(hit) = crate::clean::entity(s) {
        return Some(hit);
    }
    let end = s.as_bytes().iter().take(12).position(|&c| c == b';')?;
    let name = &s[1..end];
    let i = super::entities::NAMES.iter().position(|n| n == name)?;
    let c = char::from_u32(super::entities::CODE_POINTS[i].into())?;
    Some((end + 1, c.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn named_entities() {
        for (e, want) in [
            ("&eacute;", "é"),
            ("&AElig;", "Æ"),
            ("&Omega;", "Ω"),
            ("&yuml;", "ÿ"),
            ("&hellip;", "…"),
            ("&euro;", "€"),
            ("&zwnj;", ""),
        ] {
            assert_eq!(entity(e), Some((e.len(), want.to_string())), "{e}");
        }
        assert_eq!(entity("&nosuch;"), None);
        assert_eq!(entity("&eacute"), None);
    }

    fn lines(t: &HtmlText) -> Vec<&str> {
        t.text
            .split('\n')
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .collect()
    }

    #[test]
    fn blocks_entities_and_scripts() {
        let h = "<html><head><title>T &amp; U</title></head><body><p>A&amp;B</p><script>x=1</script><p>C<b>D</b></p></body></html>";
        let t = to_text(h);
        assert_eq!(lines(&t), ["A&B", "CD"]);
        let at = t.text.find("CD").unwrap();
        assert_eq!(&h[t.map.start(at)..t.map.end(at + 2)], "C<b>D");
        assert_eq!(t.hints.title.as_deref(), Some("T & U"));
    }

    #[test]
    fn markup_in_scripts_and_stray_lt() {
        let h = "<p>a < b and c</p><script>document.write('<div>x</div>')</script><style>p>a{}</style><p>Next&nbsp;one</p><!-- <p>hidden</p> -->";
        let t = to_text(h);
        assert_eq!(lines(&t), ["a < b and c", "Next one"]);
    }

    #[test]
    fn unclosed_items_and_links() {
        let h = "<ul class=\"nav\"><li><a href=\"/\">Home</a><li><a href=/n>News</a></ul><p>Body text here.</p>";
        let t = to_text(h);
        assert_eq!(lines(&t), ["Home", "News", "Body text here."]);
        let l = &t.hints.lines;
        assert_eq!(l[0].zone, Zone::Nav);
        assert!(l[0].item && l[0].link_density() > 0.9);
        let body = l.iter().find(|x| x.para).unwrap();
        assert_eq!(body.zone, Zone::None);
    }

    #[test]
    fn meta_and_jsonld() {
        let h = r#"<head><meta property="og:title" content="Big &amp; news"><meta name="keywords" content="a, b，c"><script type="application/ld+json">{"@type":"NewsArticle","headline":"H","datePublished":"2024-05-12T10:32:00+08:00","author":[{"@type":"Person","name":"Jane Doe"}]}</script></head><body><p>x</p></body>"#;
        let t = to_text(h);
        // JSON-LD's headline comes before og:title (which often carries the site name).
        assert_eq!(t.hints.headline.as_deref(), Some("H"));
        assert_eq!(t.hints.keywords, ["a", "b", "c"]);
        assert_eq!(t.hints.date.as_deref(), Some("2024-05-12T10:32:00+08:00"));
        assert_eq!(t.hints.authors, ["Jane Doe"]);
        // A `<meta name=author>` value is kept whole for the byline reader.
        let t = to_text(r#"<head><meta name="author" content="By Jane Doe, Reuters"></head><body><p>x</p></body>"#);
        assert_eq!(t.hints.authors, ["Jane Doe, Reuters"]);
    }

    #[test]
    fn offsets_survive_entities() {
        let h = "<p>營收&nbsp;1&#x2C;000億元&ldquo;好&rdquo;</p>";
        let t = to_text(h);
        let at = t.text.find("1,000億元").unwrap();
        let e = at + "1,000億元".len();
        assert_eq!(&h[t.map.start(at)..t.map.end(e)], "1&#x2C;000億元");
    }
}
