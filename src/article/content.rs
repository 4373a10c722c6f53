//! Where the article sits in a page's element tree, from the density of its
//! text (after Readability's scoring, which the public benchmarks show to be
//! the strongest single signal): every paragraph-like line gives its block's
//! ancestors a score for its length and commas, the score is discounted by the
//! link density of the ancestor's whole subtree, and the best-scoring element,
//! with the siblings that score near it, holds the article. Lines outside it
//! are not the article's paragraphs, whatever their shape.
//!
//! It also decides which page-zone words to believe: a `class="… footer …"` on
//! an element that holds the article (a theme class on `<body>` or a wrapper)
//! names the page's layout, not a footer, and is dropped.
//!
//! One pass down the nodes (parents come before children) and one back up:
//! linear in the page.

use super::html::LineInfo;
use crate::lexicon::article::Zone;

/// An element of the page, in document order (`parent < self`).
#[derive(Debug, Clone, Copy, Default)]
pub struct Node {
    pub parent: u32,
    pub tag: TagClass,
    /// Readability's class weight: +25 for an element its class/id marks as
    /// the article, −25 for a page zone.
    pub class_weight: i8,
    /// Non-space characters of text directly in it (then, after
    /// [`choose`], in its whole subtree), and those inside links.
    pub chars: u32,
    pub link_chars: u32,
}

/// What an element's tag says of it as a container of text.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum TagClass {
    #[default]
    Other,
    /// `<p>`: a paragraph.
    Para,
    /// `<div>`, `<article>`, `<section>`, `<main>`: a container.
    Div,
    /// `<pre>`, `<td>`, `<blockquote>`.
    Cell,
    /// Lists, list items, forms, `<address>`: rarely the article itself.
    List,
    /// `<h1>`…`<h6>`, `<th>`.
    Heading,
}

impl TagClass {
    pub fn of(name: &str) -> TagClass {
        match name {
            "p" => TagClass::Para,
            "div" | "article" | "section" | "main" => TagClass::Div,
            "pre" | "td" | "blockquote" => TagClass::Cell,
            "ul" | "ol" | "li" | "dl" | "dd" | "dt" | "form" | "address" | "menu" => {
                TagClass::List
            }
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "th" => TagClass::Heading,
            _ => TagClass::Other,
        }
    }

    /// Readability's starting score for a candidate of this tag.
    fn base(self) -> f32 {
        match self {
            TagClass::Div => 5.0,
            TagClass::Cell => 3.0,
            TagClass::List => -3.0,
            TagClass::Heading => -5.0,
            TagClass::Para | TagClass::Other => 0.0,
        }
    }
}

/// A line shorter than this (non-space characters outside links) scores nothing.
const MIN_SCORED_CHARS: u32 = 25;
/// How many ancestors above a paragraph share its score.
const SCORED_ANCESTORS: usize = 5;

/// Choose the article's elements and mark each line inside them
/// (`in_content`); drop zone words that name the layout. Returns whether an
/// article was found (else every line keeps `in_content == false` and the
/// caller reads the page as it would plain text).
pub fn choose(nodes: &mut [Node], lines: &mut [LineInfo]) -> bool {
    let n = nodes.len();
    if n == 0 {
        return false;
    }
    // Subtree totals, and each node's last descendant (its subtree is the
    // interval `i..=last[i]`, as nodes are in document order).
    let mut last: Vec<u32> = (0..n as u32).collect();
    for i in (1..n).rev() {
        let p = nodes[i].parent as usize;
        nodes[p].chars += nodes[i].chars;
        nodes[p].link_chars += nodes[i].link_chars;
        last[p] = last[p].max(last[i]);
    }
    // Paragraph text (of the lines that score) in each subtree.
    let mut para: Vec<u32> = vec![0; n];
    // Scores: each paragraph-like line feeds its block's ancestors.
    let mut score: Vec<f32> = vec![0.0; n];
    let mut scored: Vec<bool> = vec![false; n];
    for l in lines.iter() {
        let own = l.chars.saturating_sub(l.link_chars);
        if own < MIN_SCORED_CHARS || l.node as usize >= n {
            continue;
        }
        if matches!(nodes[l.node as usize].tag, TagClass::List | TagClass::Heading) {
            continue;
        }
        para[l.node as usize] += own;
        let s = 1.0 + f32::from(l.commas) + (own / 100).min(3) as f32;
        let mut at = l.node as usize;
        for level in 0..SCORED_ANCESTORS {
            if at == 0 {
                break;
            }
            at = nodes[at].parent as usize;
            if !scored[at] {
                scored[at] = true;
                score[at] = nodes[at].tag.base() + f32::from(nodes[at].class_weight);
            }
            score[at] += s / match level {
                0 => 1.0,
                1 => 2.0,
                _ => level as f32 * 3.0,
            };
        }
    }
    for i in (1..n).rev() {
        para[nodes[i].parent as usize] += para[i];
    }
    for i in 0..n {
        if scored[i] {
            let nd = &nodes[i];
            let density = nd.link_chars as f32 / nd.chars.max(1) as f32;
            score[i] *= 1.0 - density;
        }
    }
    let Some(mut top) = (1..n)
        .filter(|&i| scored[i])
        .max_by(|&a, &b| score[a].total_cmp(&score[b]))
    else {
        return false;
    };
    top = common_ancestor_of_peers(nodes, &last, &score, &scored, top);
    top = climb(nodes, &score, &scored, top);
    // The article: the top element and the siblings that score near it.
    let parent = nodes[top].parent as usize;
    let threshold = (score[top] * 0.2).max(10.0);
    let mut roots: Vec<(u32, u32)> = Vec::new();
    if top == 0 {
        roots.push((0, last[0]));
    } else {
        for i in (parent + 1)..=(last[parent] as usize) {
            if nodes[i].parent as usize != parent {
                continue;
            }
            let nd = &nodes[i];
            let density = nd.link_chars as f32 / nd.chars.max(1) as f32;
            let keep = i == top
                || (scored[i] && score[i] >= threshold && nd.class_weight >= 0)
                || (nd.tag == TagClass::Para && nd.chars > 80 && density < 0.25);
            if keep {
                roots.push((i as u32, last[i]));
            }
        }
    }
    // A zone word on an element that holds the article, or half of its
    // paragraphs, names the layout (or a theme), not a zone.
    let article_para: u32 = roots.iter().map(|&(a, _)| para[a as usize]).sum();
    let zone_believed = |z: usize| 2 * para[z] < article_para.max(1);
    for l in lines.iter_mut() {
        l.in_content = roots
            .binary_search_by(|&(a, b)| {
                if b < l.node {
                    std::cmp::Ordering::Less
                } else if a > l.node {
                    std::cmp::Ordering::Greater
                } else {
                    std::cmp::Ordering::Equal
                }
            })
            .is_ok();
        let z = l.zone_node as usize;
        if l.zone != Zone::None && z != 0 && z < n {
            let holds_article = z as u32 <= top as u32 && last[z] >= top as u32;
            if holds_article || !zone_believed(z) {
                l.zone = Zone::None;
            }
        }
    }
    true
}

/// When three of the five best candidates (each within 75% of the best) sit
/// in one ancestor of the best, the article is that ancestor: its
/// paragraphs are split among sibling blocks.
fn common_ancestor_of_peers(
    nodes: &[Node],
    last: &[u32],
    score: &[f32],
    scored: &[bool],
    top: usize,
) -> usize {
    let mut peers: Vec<usize> = (1..nodes.len())
        .filter(|&i| i != top && scored[i] && score[i] >= 0.75 * score[top])
        .collect();
    if peers.len() < 2 {
        return top;
    }
    peers.sort_by(|&a, &b| score[b].total_cmp(&score[a]));
    peers.truncate(4);
    let mut at = nodes[top].parent as usize;
    for _ in 0..64 {
        if at == 0 {
            break;
        }
        let inside = peers
            .iter()
            .filter(|&&p| p > at && p as u32 <= last[at])
            .count();
        if inside >= 2 {
            return at;
        }
        at = nodes[at].parent as usize;
    }
    top
}

/// Readability's climb: while the parent scores at least a third of the
/// child, keep going up; a parent scoring more than the child is the article.
fn climb(nodes: &[Node], score: &[f32], scored: &[bool], top: usize) -> usize {
    let mut last_score = score[top];
    let threshold = last_score / 3.0;
    let mut at = nodes[top].parent as usize;
    for _ in 0..64 {
        if at == 0 {
            break;
        }
        if scored[at] {
            if score[at] < threshold {
                break;
            }
            if score[at] > last_score {
                return at;
            }
            last_score = score[at];
        }
        at = nodes[at].parent as usize;
    }
    top
}
