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

impl Node {
    /// The share of its characters inside links.
    fn link_density(&self) -> f32 {
        self.link_chars as f32 / self.chars.max(1) as f32
    }
}

/// Node `a`'s subtree holds node `i` (`a` itself included): subtrees are
/// the intervals `a..=last[a]`, nodes being in document order.
fn holds(last: &[u32], a: usize, i: usize) -> bool {
    a <= i && i <= last[a] as usize
}

/// Where node `i` goes among the article's sorted, disjoint root
/// intervals, and whether the root just before that place holds it.
fn place(roots: &[(u32, u32)], i: usize) -> (usize, bool) {
    let next = roots.partition_point(|&(a, _)| a as usize <= i);
    (next, next > 0 && roots[next - 1].1 as usize >= i)
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
    if nodes.is_empty() {
        return false;
    }
    let last = subtree_totals(nodes);
    let para = paragraph_chars(nodes, lines);
    let (mut score, mut scored) = scores(nodes, lines, &para, true);
    if !scored.iter().any(|&s| s) {
        // Every paragraph sits in a zone: the zone words are the page's theme.
        (score, scored) = scores(nodes, lines, &para, false);
    }
    let n = nodes.len();
    let Some(mut top) = (1..n)
        .filter(|&i| scored[i])
        .max_by(|&a, &b| score[a].total_cmp(&score[b]))
    else {
        return false;
    };
    #[cfg(feature = "internals")]
    trace(nodes, &score, &scored, &para);
    top = common_ancestor_of_peers(nodes, &last, &score, &scored, top);
    top = climb(nodes, &score, &scored, top);
    // An only child stands for its parent (the article's wrapper).
    let mut children: Vec<u32> = vec![0; n];
    for nd in nodes.iter().skip(1) {
        children[nd.parent as usize] += 1;
    }
    while nodes[top].parent != 0 && children[nodes[top].parent as usize] == 1 {
        top = nodes[top].parent as usize;
    }
    let mut roots = article_roots(nodes, &last, &score, &scored, top);
    add_split_halves(nodes, &last, &score, &scored, top, &mut roots);
    // A zone word on an element that holds the article, or half of its
    // paragraphs, names the layout (or a theme), not a zone.
    let article_para: u32 = roots.iter().map(|&(a, _)| para[a as usize]).sum();
    let zone_believed = |z: usize| 2 * para[z] < article_para.max(1);
    for l in lines.iter_mut() {
        l.in_content = place(&roots, l.node as usize).1;
        let z = l.zone_node as usize;
        if l.zone != Zone::None
            && z != 0
            && z < n
            && (holds(&last, z, top) || !zone_believed(z))
        {
            l.zone = Zone::None;
        }
    }
    true
}

/// Sum each node's text into its ancestors; return each node's last
/// descendant (its subtree is the interval `i..=last[i]`, as nodes are in
/// document order).
fn subtree_totals(nodes: &mut [Node]) -> Vec<u32> {
    let mut last: Vec<u32> = (0..nodes.len() as u32).collect();
    for i in (1..nodes.len()).rev() {
        let p = nodes[i].parent as usize;
        nodes[p].chars += nodes[i].chars;
        nodes[p].link_chars += nodes[i].link_chars;
        last[p] = last[p].max(last[i]);
    }
    last
}

/// Paragraph text (of the lines long enough to score) in each subtree.
fn paragraph_chars(nodes: &[Node], lines: &[LineInfo]) -> Vec<u32> {
    let n = nodes.len();
    let mut para: Vec<u32> = vec![0; n];
    for l in lines {
        let own = l.chars.saturating_sub(l.link_chars);
        if own >= MIN_SCORED_CHARS && (l.node as usize) < n {
            para[l.node as usize] += own;
        }
    }
    for i in (1..n).rev() {
        para[nodes[i].parent as usize] += para[i];
    }
    para
}

/// Readability's scores: each paragraph-like line feeds its block's
/// ancestors, then each score is discounted by its subtree's link density.
fn scores(
    nodes: &[Node],
    lines: &[LineInfo],
    para: &[u32],
    believe_zones: bool,
) -> (Vec<f32>, Vec<bool>) {
    let n = nodes.len();
    // A zone word is believed on an element holding under half the page's
    // paragraphs: a comment, a footer; not a wrapper with a theme class.
    let small = |z: usize| believe_zones && z != 0 && z < n && 2 * para[z] < para[0];
    let mut score: Vec<f32> = vec![0.0; n];
    let mut scored: Vec<bool> = vec![false; n];
    for l in lines {
        let own = l.chars.saturating_sub(l.link_chars);
        if own < MIN_SCORED_CHARS || l.node as usize >= n {
            continue;
        }
        if matches!(nodes[l.node as usize].tag, TagClass::List | TagClass::Heading)
            || (l.zone != Zone::None && small(l.zone_node as usize))
        {
            continue;
        }
        let s = 1.0 + f32::from(l.commas) + (own / 100).min(3) as f32;
        // Text straight in a container (`<div>text<br>text</div>`) is read
        // as a paragraph of its own inside it, as Readability wraps it in a `<p>`.
        let mut at = l.node as usize;
        if nodes[at].tag == TagClass::Para {
            at = nodes[at].parent as usize;
        }
        for level in 0..SCORED_ANCESTORS {
            if at == 0 {
                break;
            }
            if !scored[at] {
                scored[at] = true;
                score[at] = nodes[at].tag.base() + f32::from(nodes[at].class_weight);
            }
            score[at] += s / match level {
                0 => 1.0,
                1 => 2.0,
                _ => level as f32 * 3.0,
            };
            at = nodes[at].parent as usize;
        }
    }
    for i in 0..n {
        if scored[i] {
            score[i] *= 1.0 - nodes[i].link_density();
        }
    }
    (score, scored)
}

/// The article: the top element and the siblings that score near it (or
/// are paragraphs of their own), as subtree intervals in document order.
fn article_roots(
    nodes: &[Node],
    last: &[u32],
    score: &[f32],
    scored: &[bool],
    top: usize,
) -> Vec<(u32, u32)> {
    let parent = nodes[top].parent as usize;
    let threshold = (score[top] * 0.2).max(10.0);
    let mut roots: Vec<(u32, u32)> = Vec::new();
    for i in (parent + 1)..=(last[parent] as usize) {
        if nodes[i].parent as usize != parent {
            continue;
        }
        let nd = &nodes[i];
        let keep = i == top
            || (scored[i] && score[i] >= threshold && nd.class_weight >= 0)
            || (nd.tag == TagClass::Para && nd.chars > 80 && nd.link_density() < 0.25);
        if keep {
            roots.push((i as u32, last[i]));
        }
    }
    roots
}

/// An article split between two containers that are not siblings (the
/// first paragraphs in one block, the rest after an ad slot in another,
/// a few levels apart): a second candidate scoring half the best, near it
/// in the tree and apart from it, is the article too.
fn add_split_halves(
    nodes: &[Node],
    last: &[u32],
    score: &[f32],
    scored: &[bool],
    top: usize,
    roots: &mut Vec<(u32, u32)>,
) {
    // The ancestors within three levels above the best.
    let mut near = [0usize; 3];
    let mut at = top;
    for slot in &mut near {
        at = nodes[at].parent as usize;
        *slot = at;
    }
    let mut added = 0;
    for i in 1..nodes.len() {
        if added == MAX_SPLIT_HALVES {
            break;
        }
        // Roots are sorted and disjoint: the one starting at or before `i`
        // may hold it, the next one may lie inside it.
        let (next, held) = place(roots, i);
        let holds_root = roots.get(next).is_some_and(|&(a, _)| holds(last, i, a as usize));
        if held
            || holds_root
            || !scored[i]
            || score[i] < 0.5 * score[top]
            || nodes[i].class_weight < 0
            || !near.iter().any(|&a| a != 0 && holds(last, a, i))
        {
            continue;
        }
        roots.insert(next, (i as u32, last[i]));
        added += 1;
    }
}

/// At most this many split-off halves join the article.
const MAX_SPLIT_HALVES: usize = 2;

#[cfg(feature = "internals")]
fn trace(nodes: &[Node], score: &[f32], scored: &[bool], para: &[u32]) {
    if !super::TRACE.load(std::sync::atomic::Ordering::Relaxed) {
        return;
    }
    let mut best: Vec<usize> = (1..nodes.len()).filter(|&i| scored[i]).collect();
    best.sort_by(|&a, &b| score[b].total_cmp(&score[a]));
    for &i in best.iter().take(8) {
        let nd = &nodes[i];
        eprintln!(
            "candidate {i} {:?} w={} score={:.1} chars={} links={} para={} parent={}",
            nd.tag, nd.class_weight, score[i], nd.chars, nd.link_chars, para[i], nd.parent
        );
    }
}

/// When three of the four next-best candidates (each within 75% of the best) sit
/// in one ancestor of the best, the article is that ancestor: its
/// paragraphs are split among sibling blocks.
fn common_ancestor_of_peers(
    nodes: &[Node],
    last: &[u32],
    score: &[f32],
    scored: &[bool],
    top: usize,
) -> usize {
    // Peers are apart from the best: neither inside it nor holding it.
    let apart = |i: usize| !holds(last, top, i) && !holds(last, i, top);
    let mut peers: Vec<usize> = (1..nodes.len())
        .filter(|&i| apart(i) && scored[i] && score[i] >= 0.75 * score[top])
        .collect();
    if peers.len() < 3 {
        return top;
    }
    crate::sort::sort_by(&mut peers, |&a, &b| score[b].total_cmp(&score[a]));
    peers.truncate(4);
    let mut at = nodes[top].parent as usize;
    for _ in 0..64 {
        if at == 0 {
            break;
        }
        let inside = peers
            .iter()
            .filter(|&&p| p != at && holds(last, at, p))
            .count();
        if inside >= 3 {
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
