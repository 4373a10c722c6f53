//! Article structure: cleaned text → blocks, sentences, title, meta, language.

pub mod html;
mod language;
mod sentences;

pub use language::detect as detect_language;

use crate::model::{Block, BlockKind, Language, Meta};

pub struct Parsed {
    /// Blocks with spans in cleaned-text coordinates.
    pub blocks: Vec<Block>,
    pub title: Option<String>,
    pub meta: Meta,
    pub language: Language,
}

/// Split the cleaned text into blocks: each non-blank line is one block.
pub fn parse(text: &str, folded: &str) -> Parsed {
    let mut blocks = Vec::new();
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        let start = at;
        at += line.len();
        let body = line.trim_end_matches(['\n', '\r']);
        let lead = body.len() - body.trim_start().len();
        let trimmed = body.trim();
        if trimmed.is_empty() {
            continue;
        }
        let (s, e) = (start + lead, start + lead + trimmed.len());
        let language = language::detect(&text[s..e]);
        let sentences = sentences::split(&text[s..e], language)
            .into_iter()
            .map(|sp| crate::model::Span {
                start: s + sp.start,
                end: s + sp.end,
            })
            .collect();
        blocks.push(Block {
            kind: BlockKind::Paragraph,
            text: trimmed.to_string(),
            start: s,
            end: e,
            language,
            items: None,
            sentences: Some(sentences),
        });
    }
    let _ = folded;
    Parsed {
        blocks,
        title: None,
        meta: Meta::default(),
        language: language::detect(text),
    }
}
