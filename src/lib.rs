//! figlens: the structure of a pasted news article and every figure in it.
//!
//! ```
//! let a = figlens::analyze("全區城鎮新增就業1.29萬人。", &figlens::Options::default());
//! assert_eq!(a.figures[0].value, Some(12900.0));
//! assert_eq!(a.figures[0].unit.as_deref(), Some("person"));
//! ```
//!
//! The API: [`analyze`] and [`try_analyze`] with their [`Options`] and
//! [`Error`]; the result types ([`Analysis`] and what it holds, a mirror of
//! the result contract in `docs/schema.md`, with byte offsets); and, for
//! callers that hand results to JavaScript, [`to_utf16`] and [`utf16_len`].
//! This crate is a plain Rust library on every target: no wasm-bindgen, no
//! global allocator. The WebAssembly binding is the `figlens-wasm` crate
//! (`bindings/wasm`).
//!
//! The flow runs one way: cleaning (original → cleaned text and a map back),
//! the article (blocks, sentences, title, meta, language), the figures (the
//! grammar, per block), the arithmetic checks over the figures, then assembly
//! maps every span back to the original.

/// The pipeline's stages are private modules; with the `internals` feature
/// (this package's tests, examples and benchmarks) they are public under
/// [`internals`] instead, hidden from the docs.
///
macro_rules! stages {
    ($($name:ident),*) => {$(
        #[cfg(feature = "internals")]
        #[doc(hidden)]
        pub mod $name;
        #[cfg(not(feature = "internals"))]
        mod $name;
    )*};
}
stages!(article, checks, clean, dates, figures, lexicon, numerals, offsets);

/// The pipeline's stages, for this package's own tests, examples and
/// benchmarks (the `internals` feature, which they get through a
/// dev-dependency). Not part of the API: no stability promise.
#[cfg(feature = "internals")]
#[doc(hidden)]
pub mod internals {
    pub use crate::{article, checks, clean, dates, figures, lexicon, numerals, offsets};
}

mod model;
mod sort;

pub use model::*;
pub use offsets::{to_utf16, utf16_len};

use offsets::MapChain;

/// What the caller asks of [`analyze`].
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// The input is HTML (a fragment or a whole page).
    pub html: bool,
    /// Keep only figures of these kinds; `None` keeps all.
    pub kinds: Option<Vec<Kind>>,
    /// Keep only figures in the article's own blocks (title, headings, paragraphs).
    pub body_only: bool,
    /// Refuse inputs longer than this many bytes (UTF-8); `None` means the default, 16 MiB.
    pub max_input_bytes: Option<usize>,
}

/// The input size [`try_analyze`] accepts when `Options::max_input_bytes` is `None`.
pub const DEFAULT_MAX_INPUT_BYTES: usize = 16 * 1024 * 1024;

/// Why an analysis was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Error {
    InputTooLarge { size: usize, limit: usize },
    BadOptions(String),
}

impl Error {
    /// The error's code, as the JS API names it (`FiglensError.code`).
    pub fn code(&self) -> &'static str {
        match self {
            Error::InputTooLarge { .. } => "input-too-large",
            Error::BadOptions(_) => "bad-options",
        }
    }
}

impl Error {
    /// The message, as `Display` writes it: built by hand, so that the wasm
    /// binding (which throws it) links none of core's formatting machinery.
    pub fn message(&self) -> String {
        match self {
            Error::InputTooLarge { size, limit } => {
                let mut s = String::from("input is ");
                push_decimal(&mut s, *size);
                s.push_str(" bytes, over the limit of ");
                push_decimal(&mut s, *limit);
                s.push_str(" bytes; split it or raise maxInputBytes");
                s
            }
            Error::BadOptions(why) => ["bad options: ", why].concat(),
        }
    }
}

/// `v` in decimal, as `{v}` writes it.
fn push_decimal(s: &mut String, v: usize) {
    let (mut digits, mut v) = (Vec::new(), v);
    loop {
        digits.push(char::from(b'0' + (v % 10) as u8));
        v /= 10;
        if v == 0 {
            break;
        }
    }
    s.extend(digits.iter().rev());
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message())
    }
}

impl std::error::Error for Error {}

/// Analyze `input`, enforcing `options.max_input_bytes`.
pub fn try_analyze(input: &str, options: &Options) -> Result<Analysis, Error> {
    let limit = options.max_input_bytes.unwrap_or(DEFAULT_MAX_INPUT_BYTES);
    if input.len() > limit {
        return Err(Error::InputTooLarge {
            size: input.len(),
            limit,
        });
    }
    Ok(analyze(input, options))
}

/// Analyze `input` (plain text, or HTML with `options.html`). Never panics on
/// any input; offsets in the result are byte offsets into `input`.
pub fn analyze(input: &str, options: &Options) -> Analysis {
    let mut chain = MapChain::default();
    let html = options.html.then(|| article::html::to_text(input));
    let text: &str = html.as_ref().map_or(input, |h| h.text.as_str());
    let html_map = html.as_ref().map(|h| h.map.clone());
    if let Some(m) = &html_map {
        chain.then(m.clone());
    }
    let cleaned = clean::clean(text);
    let folded = lexicon::fold::fold(&cleaned.text);
    let damaged = clean::find_damage(&cleaned.text);
    let mut parsed = article::parse(&cleaned.text, &folded, html.as_ref().map(|h| &h.hints));
    let (mut figures, evidence) =
        figures::extract(&cleaned.text, &folded, &parsed.blocks, &damaged);
    parsed.meta.currency =
        figures::currency::settle(&cleaned.text, &parsed.blocks, &evidence, &mut figures);
    chain.then(cleaned.map.clone());
    // The arithmetic runs on every figure, before the options filter them.
    let mut checks = checks::check(&folded, &parsed.blocks, &figures, parsed.language);

    // Keep what was asked for, then map every span back to the original input.
    let keep: Vec<bool> = figures
        .iter()
        .map(|f| {
            options.kinds.as_ref().is_none_or(|ks| ks.contains(&f.kind))
                && (!options.body_only || parsed.blocks[f.block].kind.is_body())
        })
        .collect();
    let mut kept = keep.iter();
    figures.retain(|_| kept.next() == Some(&true));
    checks::renumber(&mut checks, &keep);
    let mut blocks = parsed.blocks;
    for b in &mut blocks {
        (b.start, b.end) = (chain.start(b.start), chain.end(b.end));
        for s in b.sentences.iter_mut().flatten() {
            (s.start, s.end) = (chain.start(s.start), chain.end(s.end));
        }
    }
    for f in &mut figures {
        (f.start, f.end) = (chain.start(f.start), chain.end(f.end));
    }
    let mut cleaning = cleaned.report;
    // Damage is found in the cleaned text (left in place there); map it back.
    cleaning.damaged = damaged
        .into_iter()
        .map(|d| Damage {
            start: cleaned.map.start(d.start),
            end: cleaned.map.end(d.end),
            ..d
        })
        .collect();
    if let Some(m) = &html_map {
        // Cleaning spans are in the HTML's text; carry them to the HTML source.
        for s in cleaning
            .pinyin_annotations
            .iter_mut()
            .chain(&mut cleaning.markup)
            .chain(&mut cleaning.invisible)
        {
            (s.start, s.end) = (m.start(s.start), m.end(s.end));
        }
        for d in &mut cleaning.damaged {
            (d.start, d.end) = (m.start(d.start), m.end(d.end));
        }
    }
    Analysis {
        version: 1,
        language: parsed.language,
        title: parsed.title,
        meta: parsed.meta,
        blocks,
        figures,
        checks,
        cleaning,
    }
}
