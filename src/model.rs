//! The result types: a Rust mirror of the result contract, `docs/schema.md`
//! (the fields of version 1, and of the optional additions of 1.1 the
//! figures' `qualifier`, `meta.currency` and the article's arithmetic, `checks`).
//!
//! Offsets are byte offsets into the original input here; the wasm binding
//! rewrites them to UTF-16 code units with [`crate::to_utf16`].

use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Default)]
pub enum Language {
    #[serde(rename = "zh-Hant")]
    ZhHant,
    #[serde(rename = "zh-Hans")]
    ZhHans,
    #[serde(rename = "en")]
    En,
    #[default]
    #[serde(rename = "und")]
    Und,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Analysis {
    pub version: u8,
    pub language: Language,
    pub title: Option<String>,
    pub meta: Meta,
    pub blocks: Vec<Block>,
    pub figures: Vec<Figure>,
    /// v1.1: the article's arithmetic, always present (empty when nothing checks).
    pub checks: Vec<Check>,
    pub cleaning: Cleaning,
}

#[derive(Debug, Clone, Default, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Meta {
    pub date: Option<String>,
    pub source: Option<String>,
    pub authors: Vec<String>,
    pub editor: Option<String>,
    pub keywords: Vec<String>,
    pub tags: Vec<String>,
    /// v1.1: the ISO code a bare `元` (and, in Hong Kong, a bare `$`) means in
    /// this article, when the text gives evidence; absent when nothing tells.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub currency: Option<&'static str>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum BlockKind {
    Title,
    Meta,
    Heading,
    Paragraph,
    Keywords,
    Related,
    Ranking,
    Boilerplate,
}

impl BlockKind {
    pub fn as_str(self) -> &'static str {
        match self {
            BlockKind::Title => "title",
            BlockKind::Meta => "meta",
            BlockKind::Heading => "heading",
            BlockKind::Paragraph => "paragraph",
            BlockKind::Keywords => "keywords",
            BlockKind::Related => "related",
            BlockKind::Ranking => "ranking",
            BlockKind::Boilerplate => "boilerplate",
        }
    }

    /// Blocks whose figures belong to the article itself (the `bodyOnly` option).
    pub fn is_body(self) -> bool {
        matches!(
            self,
            BlockKind::Title | BlockKind::Heading | BlockKind::Paragraph
        )
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Block {
    pub kind: BlockKind,
    pub text: String,
    pub start: usize,
    pub end: usize,
    pub language: Language,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub items: Option<Vec<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sentences: Option<Vec<Span>>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum Kind {
    Money,
    Percent,
    Count,
    Measure,
    Ratio,
    Multiple,
    Date,
    Duration,
    Rank,
    Identifier,
    Number,
}

impl Kind {
    pub const ALL: [Kind; 11] = [
        Kind::Money,
        Kind::Percent,
        Kind::Count,
        Kind::Measure,
        Kind::Ratio,
        Kind::Multiple,
        Kind::Date,
        Kind::Duration,
        Kind::Rank,
        Kind::Identifier,
        Kind::Number,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Money => "money",
            Kind::Percent => "percent",
            Kind::Count => "count",
            Kind::Measure => "measure",
            Kind::Ratio => "ratio",
            Kind::Multiple => "multiple",
            Kind::Date => "date",
            Kind::Duration => "duration",
            Kind::Rank => "rank",
            Kind::Identifier => "identifier",
            Kind::Number => "number",
        }
    }

    pub fn parse(s: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.as_str() == s)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum Change {
    Increase,
    Decrease,
}

/// v1.1: a stated bound or approximation (`超過`/`more than` → `Over`).
/// `Over` and `AtLeast` make the value the figure's `low`, `Under` and
/// `AtMost` its `high`; `About` and `Nearly` set neither.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Qualifier {
    About,
    Nearly,
    Over,
    AtLeast,
    Under,
    AtMost,
}

impl Qualifier {
    pub fn as_str(self) -> &'static str {
        match self {
            Qualifier::About => "about",
            Qualifier::Nearly => "nearly",
            Qualifier::Over => "over",
            Qualifier::AtLeast => "at-least",
            Qualifier::Under => "under",
            Qualifier::AtMost => "at-most",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum Role {
    From,
    To,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Figure {
    pub text: String,
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
    pub value: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub low: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub high: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub qualifier: Option<Qualifier>,
    pub unit: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub per: Option<String>,
    pub approximate: bool,
    pub change: Option<Change>,
    pub period: Option<String>,
    pub metric: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role: Option<Role>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub iso: Option<String>,
    pub block: usize,
    pub sentence: Option<usize>,
}

/// v1.1: the arithmetic a [`Check`] redoes. Multiples fold into ratio, shares of a whole into sum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum CheckKind {
    Ratio,
    Change,
    Difference,
    Sum,
    PerCapita,
    Range,
}

impl CheckKind {
    pub fn as_str(self) -> &'static str {
        match self {
            CheckKind::Ratio => "ratio",
            CheckKind::Change => "change",
            CheckKind::Difference => "difference",
            CheckKind::Sum => "sum",
            CheckKind::PerCapita => "per-capita",
            CheckKind::Range => "range",
        }
    }
}

/// v1.1: a result the article states, redone from the figures it comes from.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Check {
    pub kind: CheckKind,
    /// Indices into `Analysis::figures`: the stated result first, then its operands.
    pub figures: Vec<usize>,
    /// The value the article states.
    pub stated: f64,
    /// The value its other figures give, in the stated figure's unit.
    pub computed: f64,
    /// The stated value lies within the interval its operands give, each at its stated precision.
    pub ok: bool,
    /// The computation, in the article's language: `63792 ÷ 42830 = 1.489 ≈ 1.49`.
    pub explain: String,
}

#[derive(Debug, Clone, Default, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Cleaning {
    pub pinyin_annotations: Vec<Span>,
    pub markup: Vec<Span>,
    pub invisible: Vec<Span>,
    pub damaged: Vec<Damage>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum DamageKind {
    #[serde(rename = "latin1-utf8")]
    Latin1Utf8,
    #[serde(rename = "gbk-utf8")]
    GbkUtf8,
    #[serde(rename = "replacement")]
    Replacement,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Damage {
    pub start: usize,
    pub end: usize,
    pub kind: DamageKind,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub repaired: Option<String>,
}
