//! The invariants every analysis must keep, whatever the input: one checker
//! for the cargo tests (tests/invariants.rs, `#[path]`-included) and for the
//! cargo-fuzz targets (fuzz/fuzz_targets/*.rs, included the same way).
//!
//! - every span (blocks, sentences, figures, cleaning spans, damage) lies in
//!   the input, on char boundaries, `start <= end` (blocks, sentences and
//!   figures non-empty);
//! - every figure's and every block's span shows what it claims
//!   (docs/schema.md: `text` is the cleaned text of the original span, which
//!   may contain removed annotations): in plain text the span with the
//!   reported cleaning edits applied is exactly `text`; in HTML, `text`
//!   (whitespace aside) is a subsequence of the span with its entities
//!   decoded, starting and ending where the span does;
//! - blocks in order and apart, sentences in order inside their block,
//!   figures in order of appearance, inside their block, `block` and
//!   `sentence` valid indices;
//! - `value`, `low`, `high` finite, `low <= high`, `value == low` for ranges;
//! - the UTF-16 rewrite (`to_utf16`) indexes the same text as the byte span;
//! - the same input gives the same output twice.
//!
//! No panic and no timeout are the fuzzer's to see (libFuzzer `-timeout`).
//! The checker uses `figlens::internals` only for entity decoding.

// Each includer uses a part of this module.
#![allow(dead_code)]

use figlens::{analyze, to_utf16, Analysis, Options};

/// One broken invariant: its class (`span`, `text`, `order`, `nonfinite`,
/// `range`, `utf16`, `determinism`) and what exactly is wrong.
#[derive(Debug, Clone)]
pub struct Violation {
    pub class: &'static str,
    pub message: String,
}

impl std::fmt::Display for Violation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "[{}] {}", self.class, self.message)
    }
}

/// The classes of invariants [`check`] knows (for `FIGLENS_FUZZ_IGNORE`).
pub const CLASSES: &[&str] = &[
    "span",
    "text",
    "order",
    "nonfinite",
    "range",
    "utf16",
    "determinism",
];

struct Report<'a> {
    input: &'a str,
    out: Vec<Violation>,
}

impl Report<'_> {
    fn fail(&mut self, class: &'static str, message: String) {
        // A pathological input can break one invariant thousands of times.
        if self.out.len() < 50 {
            self.out.push(Violation { class, message });
        }
    }

    /// A span inside the input, on char boundaries; `nonempty`: start < end.
    fn span(&mut self, what: &str, s: usize, e: usize, nonempty: bool) -> bool {
        let t = self.input;
        let ok = s <= e && e <= t.len() && t.is_char_boundary(s) && t.is_char_boundary(e);
        if !ok {
            self.fail(
                "span",
                format!("{what}: span {s}..{e} not in the input (len {})", t.len()),
            );
        } else if nonempty && s == e {
            self.fail("span", format!("{what}: empty span {s}..{e}"));
        }
        ok
    }
}

/// Analyze `input` with `options` and check every invariant.
pub fn check(input: &str, options: &Options) -> Vec<Violation> {
    let a = analyze(input, options);
    let mut out = check_analysis(input, options.html, &a);
    let again = analyze(input, options);
    if format!("{a:?}") != format!("{again:?}") {
        out.push(Violation {
            class: "determinism",
            message: "two analyses of the same input differ".into(),
        });
    }
    out
}

/// Check an analysis of `input` (made with `html` as given).
pub fn check_analysis(input: &str, html: bool, a: &Analysis) -> Vec<Violation> {
    let mut r = Report {
        input,
        out: Vec::new(),
    };
    cleaning_spans(&mut r, a);
    blocks(&mut r, a, html);
    figures(&mut r, a, html);
    values(&mut r, a);
    utf16(&mut r, a);
    r.out
}

/// Panic with every violation unless all are of a class in `ignore`.
pub fn assert_invariants(input: &str, options: &Options, ignore: &[String]) {
    let v: Vec<Violation> = check(input, options)
        .into_iter()
        .filter(|v| !ignore.iter().any(|i| i == v.class))
        .collect();
    if !v.is_empty() {
        let list: Vec<String> = v.iter().map(ToString::to_string).collect();
        panic!(
            "{} invariant(s) broken (html: {}) on {:?}:\n{}",
            v.len(),
            options.html,
            clip(input, 400),
            list.join("\n")
        );
    }
}

/// The classes named in `FIGLENS_FUZZ_IGNORE` (comma-separated).
/// One fuzz input: any bytes (invalid UTF-8 read as U+FFFD), analysed as
/// HTML or plain text, must keep every invariant but the classes named in
/// `FIGLENS_FUZZ_IGNORE` (read once). The body of both fuzz targets.
pub fn fuzz_one(data: &[u8], html: bool) {
    static IGNORE: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    let text = String::from_utf8_lossy(data);
    let options = Options {
        html,
        ..Options::default()
    };
    assert_invariants(&text, &options, IGNORE.get_or_init(ignored_from_env));
}

pub fn ignored_from_env() -> Vec<String> {
    std::env::var("FIGLENS_FUZZ_IGNORE")
        .unwrap_or_default()
        .split(',')
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
        .collect()
}

fn clip(s: &str, n: usize) -> String {
    if s.len() <= n {
        return s.to_string();
    }
    let mut k = n;
    while !s.is_char_boundary(k) {
        k -= 1;
    }
    format!("{}…({} bytes)", &s[..k], s.len())
}

fn cleaning_spans(r: &mut Report, a: &Analysis) {
    let c = &a.cleaning;
    for (name, spans) in [
        ("pinyinAnnotations", &c.pinyin_annotations),
        ("markup", &c.markup),
        ("invisible", &c.invisible),
    ] {
        let mut prev = 0;
        for (i, s) in spans.iter().enumerate() {
            if r.span(&format!("cleaning.{name}[{i}]"), s.start, s.end, true) && s.start < prev {
                r.fail(
                    "order",
                    format!(
                        "cleaning.{name}[{i}] {}..{} before the one ahead of it",
                        s.start, s.end
                    ),
                );
            }
            prev = s.end;
        }
    }
    for (i, d) in c.damaged.iter().enumerate() {
        r.span(&format!("cleaning.damaged[{i}]"), d.start, d.end, true);
    }
}

fn blocks(r: &mut Report, a: &Analysis, html: bool) {
    let edits = (!html).then(|| plain_edits(r.input, a));
    let mut prev_end = 0;
    for (i, b) in a.blocks.iter().enumerate() {
        let what = format!("blocks[{i}] ({})", b.kind.as_str());
        if !r.span(&what, b.start, b.end, true) {
            continue;
        }
        if b.start < prev_end {
            r.fail(
                "order",
                format!(
                    "{what} {}..{} overlaps or precedes the block before it (ending at {prev_end})",
                    b.start, b.end
                ),
            );
        }
        prev_end = b.end;
        shows(r, &what, b.start, b.end, &b.text, edits.as_deref());
        let mut prev = b.start;
        for (k, s) in b.sentences.iter().flatten().enumerate() {
            let sw = format!("{what}.sentences[{k}]");
            if !r.span(&sw, s.start, s.end, true) {
                continue;
            }
            if s.start < prev || s.end > b.end {
                r.fail(
                    "order",
                    format!(
                        "{sw} {}..{}: out of order or outside its block {}..{}",
                        s.start, s.end, b.start, b.end
                    ),
                );
            }
            prev = s.end;
        }
    }
}

fn figures(r: &mut Report, a: &Analysis, html: bool) {
    let edits = (!html).then(|| plain_edits(r.input, a));
    let mut prev_start = 0;
    for (i, f) in a.figures.iter().enumerate() {
        let what = format!("figures[{i}] {:?}", clip(&f.text, 80));
        if !r.span(&what, f.start, f.end, true) {
            continue;
        }
        if f.start < prev_start {
            r.fail(
                "order",
                format!("{what} at {} comes after a figure at {prev_start}", f.start),
            );
        }
        prev_start = f.start;
        match a.blocks.get(f.block) {
            None => r.fail(
                "order",
                format!("{what}: block {} of {}", f.block, a.blocks.len()),
            ),
            Some(b) => {
                if f.start < b.start || f.end > b.end {
                    r.fail(
                        "order",
                        format!(
                            "{what} {}..{} outside its block {}..{}",
                            f.start, f.end, b.start, b.end
                        ),
                    );
                }
                let n = b.sentences.as_ref().map_or(0, Vec::len);
                if f.sentence.is_some_and(|k| k >= n) {
                    r.fail("order", format!("{what}: sentence {:?} of {n}", f.sentence));
                }
            }
        }
        shows(r, &what, f.start, f.end, &f.text, edits.as_deref());
    }
}

fn values(r: &mut Report, a: &Analysis) {
    for (i, f) in a.figures.iter().enumerate() {
        let what = format!("figures[{i}] {:?}", clip(&f.text, 80));
        for (name, v) in [("value", f.value), ("low", f.low), ("high", f.high)] {
            if v.is_some_and(|v| !v.is_finite()) {
                r.fail("nonfinite", format!("{what}: {name} {v:?}"));
            }
        }
        if let (Some(lo), Some(hi)) = (f.low, f.high) {
            if lo > hi {
                r.fail("range", format!("{what}: low {lo} > high {hi}"));
            }
            if f.value.is_some_and(|v| v != lo && v.is_finite()) {
                r.fail(
                    "range",
                    format!("{what}: a range's value {:?} is not its low {lo}", f.value),
                );
            }
        }
    }
}

/// The UTF-16 rewrite must index the same text as the byte spans.
fn utf16(r: &mut Report, a: &Analysis) {
    if !r.out.iter().all(|v| v.class != "span") {
        return; // byte spans already wrong
    }
    let mut b = a.clone();
    to_utf16(&mut b, r.input);
    // The UTF-16 offset of every byte offset (one pass; on char boundaries).
    let mut units = vec![0; r.input.len() + 1];
    for (i, c) in r.input.char_indices() {
        units[i + c.len_utf8()] = units[i] + c.len_utf16();
    }
    let mut pairs: Vec<(usize, usize, usize, usize)> = Vec::new();
    for (x, y) in a.blocks.iter().zip(&b.blocks) {
        pairs.push((x.start, x.end, y.start, y.end));
        for (s, t) in x
            .sentences
            .iter()
            .flatten()
            .zip(y.sentences.iter().flatten())
        {
            pairs.push((s.start, s.end, t.start, t.end));
        }
    }
    for (x, y) in a.figures.iter().zip(&b.figures) {
        pairs.push((x.start, x.end, y.start, y.end));
    }
    let (c, d) = (&a.cleaning, &b.cleaning);
    for (x, y) in [
        (&c.pinyin_annotations, &d.pinyin_annotations),
        (&c.markup, &d.markup),
        (&c.invisible, &d.invisible),
    ] {
        for (s, t) in x.iter().zip(y) {
            pairs.push((s.start, s.end, t.start, t.end));
        }
    }
    for (s, t) in c.damaged.iter().zip(&d.damaged) {
        pairs.push((s.start, s.end, t.start, t.end));
    }
    for (s, e, s16, e16) in pairs {
        // Byte spans are valid here: their UTF-16 ends are known.
        let (at, to) = (units[s], units[e]);
        if (s16, e16) != (at, to) {
            r.fail(
                "utf16",
                format!("bytes {s}..{e} became UTF-16 {s16}..{e16}, want {at}..{to}"),
            );
        }
    }
}

/// A cleaning edit in the original plain text: `start..end` became `rep`.
struct Edit {
    start: usize,
    end: usize,
    rep: String,
}

/// The edits that cleaning reports, in order, with what each became.
fn plain_edits(input: &str, a: &Analysis) -> Vec<Edit> {
    let c = &a.cleaning;
    let mut edits: Vec<Edit> = Vec::new();
    let spans = c
        .pinyin_annotations
        .iter()
        .map(|s| (s, false))
        .chain(c.markup.iter().map(|s| (s, true)))
        .chain(c.invisible.iter().map(|s| (s, false)));
    for (s, markup) in spans {
        let Some(src) = input.get(s.start..s.end) else {
            continue; // reported as a span failure
        };
        let rep = if markup && src.starts_with('&') {
            figlens::internals::clean::entity(src).map_or_else(|| src.to_string(), |(_, d)| d)
        } else if matches!(src, "\u{a0}" | "\u{202f}") {
            " ".to_string()
        } else {
            String::new()
        };
        edits.push(Edit {
            start: s.start,
            end: s.end,
            rep,
        });
    }
    edits.sort_by_key(|e| (e.start, e.end));
    edits
}

/// Does `input[s..e]` show `text`? In plain text (`edits` given) exactly,
/// with the edits applied and line endings normalized; in HTML loosely.
fn shows(r: &mut Report, what: &str, s: usize, e: usize, text: &str, edits: Option<&[Edit]>) {
    let shown = match edits {
        Some(edits) => plain_shown(r.input, edits, s, e).map(|got| (got == text, got)),
        None => Ok((html_shows(&r.input[s..e], text), r.input[s..e].to_string())),
    };
    match shown {
        Ok((true, _)) => {}
        Ok((false, got)) => r.fail(
            "text",
            format!(
                "{what}: span {s}..{e} shows {:?}, the text says {:?}",
                clip(&got, 200),
                clip(text, 200)
            ),
        ),
        Err(m) => r.fail("text", format!("{what}: span {s}..{e}: {m}")),
    }
}

fn plain_shown(input: &str, edits: &[Edit], s: usize, e: usize) -> Result<String, String> {
    let mut out = String::new();
    let mut at = s;
    let first = edits.partition_point(|x| x.end <= s);
    for x in edits[first..].iter().take_while(|x| x.start < e) {
        if x.start < at || x.end > e {
            return Err(format!(
                "cuts the cleaning edit {}..{} ({:?})",
                x.start,
                x.end,
                &input[x.start..x.end]
            ));
        }
        push_lines(&mut out, &input[at..x.start]);
        out.push_str(&x.rep);
        at = x.end;
    }
    push_lines(&mut out, &input[at..e]);
    Ok(out)
}

/// Cleaning turns `\r\n` and `\r` into `\n` (not reported as edits).
fn push_lines(out: &mut String, s: &str) {
    out.push_str(&s.replace("\r\n", "\n").replace('\r', "\n"));
}

/// HTML: the span decoded (entities, then the cleaner's entities again) holds
/// `text`'s characters in order, whitespace aside, and its first and last
/// characters are `text`'s first and last: tags, comments, annotations and
/// invisible characters may sit in between, not around.
fn html_shows(span: &str, text: &str) -> bool {
    let want: Vec<char> = text.chars().filter(|c| !is_space(*c)).collect();
    let got: Vec<char> = decode(&decode(span, true), false)
        .chars()
        .filter(|c| !is_space(*c))
        .collect();
    let (Some(w0), Some(wn)) = (want.first(), want.last()) else {
        return got.is_empty() || span.trim().is_empty();
    };
    if got.first() != Some(w0) || got.last() != Some(wn) {
        return false;
    }
    let mut g = got.iter();
    want.iter().all(|w| g.any(|c| c == w))
}

fn is_space(c: char) -> bool {
    c.is_whitespace()
        || matches!(c, '\u{200b}'..='\u{200f}' | '\u{2060}'..='\u{2064}' | '\u{feff}' | '\u{ad}')
}

/// Decode entities as the HTML reader (`html`) or the plain-text cleaner does.
fn decode(s: &str, html: bool) -> String {
    let mut out = String::with_capacity(s.len());
    let mut i = 0;
    while let Some(k) = s[i..].find('&') {
        out.push_str(&s[i..i + k]);
        let at = i + k;
        let hit = if html {
            figlens::internals::article::html::entity(&s[at..])
        } else {
            figlens::internals::clean::entity(&s[at..])
        };
        match hit {
            Some((n, d)) => {
                out.push_str(&d);
                i = at + n;
            }
            None => {
                out.push('&');
                i = at + 1;
            }
        }
    }
    out.push_str(&s[i..]);
    out
}
