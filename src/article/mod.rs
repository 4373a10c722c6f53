//! Article structure: cleaned text → blocks, sentences, title, meta, language.
//!
//! Plain text and HTML take the same road: HTML arrives as text with one line
//! per block plus [`html::Hints`] (headings, lists, links, page zones, `<meta>`).
//! Each line gets a first reading from its own words ([`lines`]); then lists
//! are grouped and told apart (related headlines, rankings, or the body's own
//! bullet points), the body region is found from its paragraph-like lines,
//! and the title is the headline line above it (or, when the text has none,
//! the page's hints, or the related headline that best matches the body).

mod content;
mod entities;
mod headline;
pub mod html;
mod jsonld;
mod language;
mod lines;
mod meta;
mod sentences;


use crate::model::{Block, BlockKind, Language, Meta, Span};
use html::Hints;
use lines::{Line, Reading};

pub struct Parsed {
    /// Blocks with spans in cleaned-text coordinates.
    pub blocks: Vec<Block>,
    pub title: Option<String>,
    pub meta: Meta,
    pub language: Language,
}

/// What a line became.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Title,
    Meta,
    Heading,
    Paragraph,
    Keywords,
    /// Part of list number `.0` (index into the list groups).
    List(usize),
    Boilerplate,
}

#[derive(Debug)]
struct Group {
    kind: BlockKind,
    /// Line indices (into the `lines` vector), label line first if any.
    lines: Vec<usize>,
    /// Lines that are items (not the label).
    items: Vec<usize>,
}

/// Parse the cleaned text into blocks. `hints` come from the HTML path.
// A stage of analyze(), kept its own function: see `figures::extract`.
#[inline(never)]
pub fn parse(text: &str, folded: &str, hints: Option<&Hints>) -> Parsed {
    let lines = lines::read(text, folded, hints);
    let n = lines.len();
    let mut roles: Vec<Option<Role>> = vec![None; n];
    // 1. Lists: consecutive items (and a label above them) form a group.
    let mut groups = list_groups(&lines);
    // 2. The body region: from the first to the last paragraph-like line.
    let content = hints.is_some_and(|h| h.content);
    let (mut body_start, body_end, rows) = body_region(&lines, content);
    place_lists(&lines, &mut groups, &mut roles, (body_start, body_end));
    // 3. The title: a headline line above the body, or one the page names.
    let hinted: Vec<String> = hints
        .map(|h| {
            [h.headline.as_deref(), h.title.as_deref()]
                .into_iter()
                .flatten()
                .flat_map(title_candidates)
                .collect()
        })
        .unwrap_or_default();
    let title_line = title_line(&lines, &roles, &hinted, (body_start, body_end));
    if let Some(t) = title_line {
        roles[t] = Some(Role::Title);
        if t >= body_start && t <= body_end {
            body_start = t;
        }
    }
    // 4. Every other line, by its reading and where it sits.
    let top = title_line.unwrap_or(body_start);
    // A table the article introduces: its rows are the article's text.
    if let Some((a, b)) = rows {
        for k in a..=b {
            let heading = k == a && !lines[k].text.ends_with([':', '：']);
            roles[k].get_or_insert(if heading { Role::Heading } else { Role::Paragraph });
        }
    }
    assign_roles(&lines, &mut roles, top, (body_start, body_end));
    if content {
        // Outside the article's elements nothing is the article's text.
        for (k, l) in lines.iter().enumerate() {
            if !l.in_content() && matches!(roles[k], Some(Role::Paragraph | Role::Heading)) {
                roles[k] = Some(Role::Boilerplate);
            }
        }
    }
    #[cfg(feature = "internals")]
    trace(&lines, &roles, (body_start, body_end));
    // 5. Meta: labelled lines, the dateline, the page's hints.
    let meta = read_meta(&lines, &roles, hints);
    // 6. Blocks, merging consecutive meta and boilerplate lines and list groups.
    let (blocks, body_counts) = build_blocks(text, &lines, &roles, &groups);
    // 7. The title string: the title line, else the page's, else inferred.
    // A headline line that is the page's `<title>` whole keeps no site name
    // after a bar (`Headline | The Nation`).
    let title = title_line
        .map(|t| {
            let text = lines[t].text;
            let piped = crate::lexicon::has_str(text, " | ") || crate::lexicon::has_char(text, '｜');
            if piped && hinted.iter().any(|h| h.trim() == text.trim()) {
                without_site_name(text).to_string()
            } else {
                text.to_string()
            }
        })
        .or_else(|| hinted.first().map(|h| without_site_name(h).to_string()))
        .or_else(|| infer_title(&blocks));
    let language = if blocks
        .iter()
        .any(|b| b.kind.is_body() && !b.text.is_empty())
    {
        body_counts.language()
    } else {
        language::detect(text)
    };
    Parsed {
        blocks,
        title,
        meta,
        language,
    }
}

/// Print each line's reading and role to stderr (`TRACE` set): for tuning
/// the article rules on benchmark pages (`examples/articles.rs --trace`).
#[cfg(feature = "internals")]
pub static TRACE: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

#[cfg(feature = "internals")]
fn trace(lines: &[Line], roles: &[Option<Role>], (a, b): (usize, usize)) {
    if !TRACE.load(std::sync::atomic::Ordering::Relaxed) {
        return;
    }
    eprintln!("body lines {a}..={b}");
    for (k, l) in lines.iter().enumerate() {
        let (zone, inside, node) = l
            .info
            .map_or((crate::lexicon::article::Zone::None, false, 0), |i| {
                (i.zone, i.in_content, i.node)
            });
        let t: String = l.text.chars().take(110).collect();
        let (reading, role) = (format!("{:?}", l.reading), format!("{:?}", roles[k]));
        let inside = if inside { 'C' } else { '.' };
        eprintln!("{k:>4} {reading:<14} {role:<12} {inside} {zone:<8?} {node:>5} {t}");
    }
}

/// Consecutive list items, with the label above them if any, as groups.
fn list_groups(lines: &[Line]) -> Vec<Group> {
    let n = lines.len();
    let mut groups = Vec::new();
    let mut i = 0;
    while i < n {
        let label = match lines[i].reading {
            Reading::ListLabel(k) => Some(k),
            _ => None,
        };
        let first = if label.is_some() { i + 1 } else { i };
        let mut j = first;
        let mut items = Vec::new();
        while j < n {
            let l = &lines[j];
            let is_item = match l.reading {
                Reading::Item { .. } => true,
                // After a label, unmarked headline lines are items too
                // (not one with its date or byline under it: a headline).
                Reading::Text if label.is_some() => {
                    l.headline_like()
                        && !l.sentence_like()
                        && lines.get(j + 1).is_none_or(|m| m.reading != Reading::Meta)
                }
                _ => false,
            };
            if !is_item {
                break;
            }
            if let Some(&prev) = items.last() {
                if splits_list(&lines[prev], l) {
                    break;
                }
            }
            items.push(j);
            j += 1;
        }
        if items.is_empty() {
            i += 1;
            continue;
        }
        let kind = list_kind(lines, &items, label);
        let mut group_lines: Vec<usize> = Vec::new();
        if label.is_some() {
            group_lines.push(i);
        }
        group_lines.extend(&items);
        groups.push(Group {
            kind,
            lines: group_lines,
            items,
        });
        i = j;
    }
    groups
}

/// The first and last line of the body: the article's extent ([`extent`]),
/// trimmed to its paragraph-like lines (else any sentence-like text, else
/// any text), and the short sentences right above the first long paragraph,
/// which open the body (one short sentence a line, as pasted text often
/// is), not page furniture.
fn body_region(lines: &[Line], content: bool) -> (usize, usize, Option<(usize, usize)>) {
    let n = lines.len();
    let found = extent(lines, content);
    let introduced = found.and_then(|(_, b)| introduced_list(lines, b));
    let (from, to) = found.unwrap_or((0, n.saturating_sub(1)));
    let strong: Vec<usize> = (from..n.min(to + 1))
        .filter(|&k| lines[k].strong_paragraph())
        .collect();
    let (mut body_start, mut body_end) = match (strong.first(), strong.last()) {
        (Some(&a), Some(&b)) => (a, b),
        _ => {
            // No clear paragraph: any sentence-like text line.
            let weak: Vec<usize> = (0..n)
                .filter(|&k| lines[k].reading == Reading::Text && lines[k].sentence_like())
                .collect();
            match (weak.first(), weak.last()) {
                (Some(&a), Some(&b)) => (a, b),
                _ => {
                    let any: Vec<usize> = (0..n)
                        .filter(|&k| lines[k].reading == Reading::Text)
                        .collect();
                    (
                        any.first().copied().unwrap_or(n),
                        any.last().copied().unwrap_or(0),
                    )
                }
            }
        }
    };
    // The article's last sentences, short ones included, up to its extent's end.
    if let Some(k) = (body_end + 1..=to.min(n.saturating_sub(1)))
        .rev()
        .find(|&k| lines[k].reading == Reading::Text && lines[k].sentence_like() && !lines[k].linky())
    {
        body_end = k;
    }
    // An introduced list or table closes the body ([`introduced_list`]).
    let mut rows = None;
    if let Some(list) = introduced {
        if list.end > body_end {
            body_end = list.end;
            rows = list.rows.then_some((list.start, list.end));
        }
    }
    // A line that ends a sentence, outside any page zone.
    while body_start > 0 && body_start <= body_end {
        let l = &lines[body_start - 1];
        let sentence = l.reading == Reading::Text
            && meta::ends_sentence(l.text)
            && !l.linky()
            && l.info
                .is_none_or(|i| i.zone == crate::lexicon::article::Zone::None);
        if !sentence {
            break;
        }
        body_start -= 1;
    }
    (body_start, body_end, rows)
}

/// The article's extent: the run of lines whose weights sum highest
/// (Kadane's maximum subarray, one pass). Prose weighs its size; short
/// lines, furniture and lines outside the page's article elements cost; a
/// comment thread's label or a list label ("Related", "Most read") ends a
/// run outright, so teasers, feeds and comments after the article never join
/// it however much prose they hold. `None` when no line weighs anything.
fn extent(lines: &[Line], content: bool) -> Option<(usize, usize)> {
    const BARRIER: i64 = i64::MIN / 4;
    const LIST_LABEL_COST: i64 = 400;
    const BYLINE_BONUS: i64 = 300;
    let weight = |l: &Line| -> i64 {
        let size = l.size();
        let outside = content && !l.in_content();
        match l.reading {
            Reading::CommentHeader => BARRIER,
            // A list label inside the article's elements heads an inline box.
            Reading::ListLabel(_) if content && l.in_content() => 0,
            // Elsewhere it ends the article unless much more prose follows
            // (an inline "Related" box in a pasted article).
            Reading::ListLabel(_) => -LIST_LABEL_COST,
            _ if l.is_footer() => BARRIER,
            _ if outside => -(200 + size),
            Reading::Boilerplate | Reading::Keywords => -(30 + size / 2).min(120),
            Reading::Meta => -5,
            Reading::Heading(_) => -10,
            Reading::Item { .. } if l.sentence_like() && !l.linky() => size / 3,
            Reading::Item { .. } => -(10 + size / 3).min(60),
            Reading::Text if l.strong_paragraph() => size,
            Reading::Text if l.sentence_like() && !l.linky() => size / 2,
            Reading::Text => -(10 + size / 2).min(60),
        }
    };
    let (mut best, mut best_at) = (0i64, None);
    let (mut sum, mut start) = (0i64, 0usize);
    // A comment thread after prose runs to the next list or footer: its
    // prose costs, so however long, it never outweighs the article.
    // (A comment label right after a footer or a lone paragraph is a
    // share-bar button: the thread needs two paragraphs of prose before it.)
    let (mut prose, mut thread, mut past_footer) = (0u32, false, false);
    let n = lines.len();
    let feed = if content { Vec::new() } else { dated_feed(lines) };
    let prose_at = |j: usize| {
        lines
            .get(j)
            .is_some_and(|p| p.reading == Reading::Text && p.sentence_like())
    };
    // A photo's caption between two paragraphs (`（記者X攝）`) does not part
    // them: the nearest line past up to two captions.
    let captioned = |j: usize| lines.get(j).is_some_and(|p| p.reading == Reading::Boilerplate && lines::caption(p.key));
    let prose_near = |k: usize, down: bool| {
        let step = |j: usize| if down { j + 1 } else { j.wrapping_sub(1) };
        let mut j = step(k);
        for _ in 0..2 {
            if !captioned(j) {
                break;
            }
            j = step(j);
        }
        prose_at(j)
    };
    // A comment's author line with its time (`jdoe on May 2 at 4:47 pm
    // said:`) makes a thread of the label above it however little prose
    // the article has.
    let signed = |j: usize| {
        lines
            .get(j)
            .is_some_and(|p| p.reading == Reading::CommentHeader && lines::timed_comment_signature(p.key))
    };
    for (k, l) in lines.iter().enumerate() {
        let mut w = weight(l);
        let footer = l.is_footer();
        // A footer-like line with the article's prose right after it is an
        // inline form's small print (`protected by reCAPTCHA … Privacy
        // Policy`), not the page's end.
        if w == BARRIER
            && footer
            && lines[k.saturating_sub(4)..k].iter().any(Line::strong_paragraph)
            && lines[k + 1..n.min(k + 5)].iter().filter(|p| p.strong_paragraph()).count() >= 2
        {
            w = -(30 + l.size() / 2).min(120);
        }
        // Past the page's footer (in its last quarter), prose is the site's
        // small print: disclaimers, data credits.
        if w == BARRIER && footer && k * 4 >= n * 3 {
            past_footer = true;
        }
        if past_footer && w > 0 {
            w = -w;
        }
        // A label over a short box with the article's prose right after it
        // (`Related` / two headlines / the next paragraph) is an inline box,
        // not the article's end; a feed's label has a long list under it.
        if w == -LIST_LABEL_COST && inline_box(lines, k) {
            w = -LIST_LABEL_COST / 4;
        }
        // A pasted caption costs little: articles hold pictures.
        if !content && w < 0 && w != BARRIER && captioned(k) {
            w = w.max(-10);
        }
        // Teaser cards pasted as glued lines or dated one by one, and a
        // newsletter box's sentences, cost what furniture does.
        if !content && w > 0 && (l.glued_teaser() || feed.get(k) == Some(&true) || l.call_to_action()) {
            w = -(10 + l.size() / 2).min(60);
        }
        if l.reading == Reading::CommentHeader
            && (prose >= 2 || (k..k + 4).any(signed))
            && !(content && l.in_content())
        {
            thread = true;
        } else if matches!(l.reading, Reading::ListLabel(_)) || footer {
            (prose, thread) = (0, false);
        }
        prose += u32::from(l.strong_paragraph());
        if thread && w > 0 {
            w = -w;
        }
        // A lone paragraph between headline lines is a teaser's summary
        // (`Headline` / `One sentence.` / `Headline` …): a pasted article
        // runs its paragraphs together.
        if !content && w > 0 && !prose_near(k, false) && !prose_near(k, true) {
            w /= 4;
        }
        // Pasted prose right under a byline or dateline opens an article
        // (when more prose follows: a teaser's date and summary do not).
        if !content
            && w > 0
            && l.strong_paragraph()
            && prose_at(k + 1)
            && lines[k.saturating_sub(3)..k].iter().any(|p| p.reading == Reading::Meta)
        {
            w += BYLINE_BONUS;
        }
        if content && l.in_content() && w != BARRIER {
            // The page's article elements have already set the extent: what
            // they hold costs nothing (product boxes, captions, lists).
            w = w.max(0);
        }
        if sum <= 0 {
            (sum, start) = (0, k);
        }
        sum = sum.saturating_add(w);
        if sum > best {
            (best, best_at) = (sum, Some((start, k)));
        }
    }
    best_at
}

/// A list label over one to three headlines (not summaries: a feed's teasers
/// read as prose), with two paragraphs of prose right after them.
fn inline_box(lines: &[Line], k: usize) -> bool {
    let Some(next) = (k + 1..lines.len().min(k + 5)).find(|&j| lines[j].strong_paragraph()) else {
        return false;
    };
    next >= k + 2 && lines.get(next + 1).is_some_and(Line::strong_paragraph)
}

/// Lines of a feed of dated teasers (`date` / `summary` / `headline`, again
/// and again): three or more date or byline lines in a row, each a few
/// lines after the last with prose between. An article's header has its
/// byline and date together (neither counts), and its paragraphs run on
/// without dates.
fn dated_feed(lines: &[Line]) -> Vec<bool> {
    const GAP: usize = 5;
    let mut feed = vec![false; lines.len()];
    // A date next to a byline is an article's header, not a teaser's.
    let meta = |k: usize| lines.get(k).is_some_and(|l| l.reading == Reading::Meta);
    let metas: Vec<usize> = (0..lines.len())
        .filter(|&k| meta(k) && !meta(k + 1) && !(k > 0 && meta(k - 1)))
        .collect();
    let linked = |a: usize, b: usize| {
        b - a >= 2 && b - a <= GAP && lines[a + 1..b].iter().any(|l| l.reading == Reading::Text && l.size() >= 20)
    };
    let mut i = 0;
    while i < metas.len() {
        let mut j = i;
        while j + 1 < metas.len() && linked(metas[j], metas[j + 1]) {
            j += 1;
        }
        if j - i >= 2 {
            let end = (metas[j] + GAP).min(lines.len());
            for f in &mut feed[metas[i]..end] {
                *f = true;
            }
        }
        i = j + 1;
    }
    feed
}

/// A list or table the article's last paragraph introduces.
struct Introduced {
    /// Its first and last line.
    start: usize,
    end: usize,
    /// Rows the reader left as text (`June 9 -- Arena, City`), which are
    /// the article's paragraphs; numbered items are placed as lists are.
    rows: bool,
}

/// Separators that make a run of lines a table's rows (`June 9 -- Arena`,
/// `Stage 1: May 10 – City`, cells a tab apart).
const ROW_SEPARATORS: [&str; 6] = [" -- ", " – ", " — ", " - ", " @ ", "\t"];

/// The article's own list or table right after its last paragraph, which
/// introduces it (`Here are the best deals:` then `1) …` / `2) …`; `Tour
/// dates:` then rows sharing a separator). Numbered items count up from 1,
/// at most two lines (a link, a price) apart; rows are five or more lines
/// in a row holding the same separator.
fn introduced_list(lines: &[Line], last: usize) -> Option<Introduced> {
    let intro = lines.get(last + 1)?;
    let colon = intro.text.ends_with([':', '：']);
    let introduces = intro.reading == Reading::Text
        && (colon || intro.heading_like())
        && intro.size() >= 20
        && !intro.linky();
    if !introduces {
        return None;
    }
    let first = last + 2;
    if colon && matches!(lines.get(first).map(|l| l.reading), Some(Reading::Item { number: Some(1), .. })) {
        let (mut next, mut end, mut gap) = (1u32, None, 0);
        for (k, l) in lines.iter().enumerate().skip(first) {
            match l.reading {
                Reading::Item { number: Some(n), .. } if n == next => {
                    (next, end, gap) = (next + 1, Some(k), 0);
                }
                Reading::Text | Reading::Boilerplate if gap < 2 && end.is_some() => gap += 1,
                _ => break,
            }
        }
        return end.filter(|_| next > 3).map(|end| Introduced { start: first, end, rows: false });
    }
    let row = |l: &Line, sep: &str| {
        matches!(l.reading, Reading::Text | Reading::Boilerplate | Reading::Meta)
            && l.text.len() <= 160
            && !l.linky()
            && crate::lexicon::has_str(l.text, sep)
    };
    let sep = ROW_SEPARATORS.iter().find(|s| lines.get(first).is_some_and(|l| row(l, s)))?;
    let end = (first..lines.len()).take_while(|&k| row(&lines[k], sep)).last()?;
    (end >= first + 4).then_some(Introduced { start: last + 1, end, rows: true })
}

/// Lists inside the body without a label or page zone are the body's own
/// points (paragraphs); the others keep their group. Their lines' roles.
fn place_lists(
    lines: &[Line],
    groups: &mut [Group],
    roles: &mut [Option<Role>],
    (body_start, body_end): (usize, usize),
) {
    for g in groups.iter_mut() {
        let (a, b) = (g.items[0], *g.items.last().unwrap_or(&g.items[0]));
        let labelled = g.lines.len() > g.items.len();
        let zoned = g.items.iter().any(|&k| lines[k].zoned_list());
        if !labelled && !zoned && a > body_start && b <= body_end {
            g.kind = BlockKind::Paragraph;
        }
    }
    for (gi, g) in groups.iter().enumerate() {
        for &k in &g.lines {
            roles[k] = Some(if g.kind == BlockKind::Paragraph {
                Role::Paragraph
            } else {
                Role::List(gi)
            });
        }
    }
}

/// The title's line: one the page names (`hinted`), else a first-level
/// heading before the body's end, else the headline-like line closest
/// above the body, past meta and furniture.
fn title_line(
    lines: &[Line],
    roles: &[Option<Role>],
    hinted: &[String],
    (body_start, body_end): (usize, usize),
) -> Option<usize> {
    let n = lines.len();
    let free = |k: usize| roles[k].is_none();
    let text_or_heading =
        |k: usize| matches!(lines[k].reading, Reading::Text | Reading::Heading(_));
    let h1 = |k: usize| free(k) && lines[k].reading == Reading::Heading(1) && k <= body_end;
    // (A section's label in capitals over the article's own `<h1>` is not it.)
    let heading = (0..n)
        .find(|&k| h1(k) && !headline::shouted(lines[k].text))
        .or_else(|| (0..n).find(|&k| h1(k)));
    if !hinted.is_empty() {
        let named = (0..n).find(|&k| {
            free(k) && text_or_heading(k) && hinted.iter().any(|h| same_headline(lines[k].text, h))
        });
        // The page's title repeated past the article (a hidden share text)
        // is not its headline when a first-level heading stands above it.
        if named.is_some_and(|k| k > body_end && heading.is_some()) {
            return heading;
        }
        if named.is_some() {
            return named;
        }
    }
    if heading.is_some() || body_start >= n {
        return heading;
    }
    headline::pick(lines, free, (body_start, body_end)).or_else(|| {
        let from = body_start.saturating_sub(8);
        (from..body_start).rev().find(|&k| {
            free(k)
                && text_or_heading(k)
                && lines[k].headline_like()
                && !lines[k].sentence_like()
                && !headline::not_a_headline(lines[k].text)
        })
    })
}

/// The role of every line not yet placed, by its reading and where it sits
/// (above the title, between title and body, in the body, past its end, in
/// a comment thread).
fn assign_roles(
    lines: &[Line],
    roles: &mut [Option<Role>],
    top: usize,
    (body_start, body_end): (usize, usize),
) {
    let mut in_comments = false;
    // The last byline or date line between the title and the body: a line
    // above it is the headline's deck (found once, not per line).
    let head_meta = (top..body_start.min(lines.len()))
        .rev()
        .find(|&j| lines[j].reading == Reading::Meta);
    for (k, l) in lines.iter().enumerate() {
        let listed = roles[k].is_some_and(|r| matches!(r, Role::List(_)));
        // Inside the page's article elements a comment label is a share-bar
        // button or a form field, and the article's paragraphs end any thread.
        let article = l.in_content() && !l.in_comment_zone();
        if article && l.strong_paragraph() {
            in_comments = false;
        }
        // Only after the body has begun: above it, "Comments" is a share-bar
        // button or a count, not the start of a thread.
        if l.reading == Reading::CommentHeader && !article && k > body_start.max(top) {
            in_comments = true;
        } else if in_comments
            && (matches!(l.reading, Reading::ListLabel(_) | Reading::Keywords)
                || listed
                || l.is_footer())
            && !l.in_comment_zone()
        {
            in_comments = false;
        }
        // A list of a comment's points joins its thread.
        if in_comments && roles[k] == Some(Role::Paragraph) && matches!(l.reading, Reading::Item { .. }) {
            roles[k] = Some(Role::Boilerplate);
        }
        if roles[k].is_some() {
            continue;
        }
        roles[k] = Some(if in_comments || l.in_comment_zone() {
            Role::Boilerplate
        } else {
            role_of(lines, k, (top, head_meta), (body_start, body_end))
        });
    }
}

/// A line's role by its reading, outside any comment thread.
fn role_of(
    lines: &[Line],
    k: usize,
    (top, head_meta): (usize, Option<usize>),
    (body_start, body_end): (usize, usize),
) -> Role {
    let l = &lines[k];
    match l.reading {
        Reading::Boilerplate | Reading::CommentHeader | Reading::ListLabel(_) => Role::Boilerplate,
        Reading::Keywords => Role::Keywords,
        Reading::Meta => Role::Meta,
        Reading::Item { .. } => Role::Paragraph,
        // A headline that is a link is a teaser for another story.
        Reading::Heading(_) if l.linky() => Role::Boilerplate,
        Reading::Heading(_) if k > top && k <= body_end => Role::Heading,
        Reading::Text | Reading::Heading(_) => {
            if k < top {
                Role::Boilerplate
            } else if k < body_start && !l.sentence_like() && !l.headline_like() {
                // Between the title and the body: a stray button or label.
                Role::Boilerplate
            } else if k < body_start
                && !l.in_content()
                && !l.strong_paragraph()
                && head_meta.is_some_and(|m| m > k)
            {
                // Above the byline: the headline's deck, not the body (unless
                // the page's article element holds it, or it reads as a
                // paragraph of its own).
                Role::Boilerplate
            } else if k > body_end || (l.info.is_none() && l.call_to_action()) {
                // Past the article's extent, or a pasted newsletter box.
                Role::Boilerplate
            } else if headline::han_tag(lines, k) {
                // A tag list or menu of a few Han words a line.
                Role::Boilerplate
            } else if l.heading_like() && next_is_paragraph(lines, k) {
                Role::Heading
            } else if (l.linky() || l.fragment() || l.teaser_like()) && !l.sentence_like() {
                // Links, and a few words on their own line that head
                // nothing: a button, a timestamp, a credit.
                Role::Boilerplate
            } else {
                Role::Paragraph
            }
        }
    }
}

/// Fields into `meta`: a value already there stays; lists gain what they lack.
fn merge(meta: &mut Meta, f: meta::Fields) {
    if meta.date.is_none() {
        meta.date = f.date;
    }
    if meta.source.is_none() {
        meta.source = f.source;
    }
    for a in f.authors {
        if !meta.authors.contains(&a) {
            meta.authors.push(a);
        }
    }
    if meta.editor.is_none() {
        meta.editor = f.editor;
    }
    for kw in f.keywords {
        if !meta.keywords.contains(&kw) {
            meta.keywords.push(kw);
        }
    }
    for t in f.tags {
        if !meta.tags.contains(&t) {
            meta.tags.push(t);
        }
    }
}

/// The page's meta: the article's byline and the date beside it (or the
/// hints' where the text shows none), labelled meta and keyword lines, the
/// first paragraph's dateline and reporter credit, then the hints' source,
/// keywords and tags where the text gave none.
fn read_meta(lines: &[Line], roles: &[Option<Role>], hints: Option<&Hints>) -> Meta {
    let mut meta = Meta::default();
    let top = article_top(roles);
    let byline = top.and_then(|w| article_byline(lines, roles, w));
    if let Some((_, names)) = &byline {
        meta.authors = names.clone();
    }
    meta.date = top.and_then(|w| article_date(lines, w, byline.as_ref().map(|b| b.0)));
    if let Some(h) = hints {
        // `<meta name=author>` holding the site's name names no writer.
        let site = h.source.as_deref().map(meta::key);
        let is_site = |a: &str| {
            let a = meta::key(a);
            site.as_deref()
                .is_some_and(|s| crate::lexicon::has_str(s, &a))
        };
        // A byline the page shows wins over the page's `<meta>` authors.
        let visible = !meta.authors.is_empty();
        let mut authors: Vec<String> = h
            .authors
            .iter()
            .filter(|_| !visible)
            .flat_map(|a| meta::byline_names(a))
            // Nor one holding an outlet's name (`經濟日報`).
            .filter(|a| !is_site(a) && !meta::outlet_name(a))
            .collect();
        // A writer named beside a blog's or column's name (`Jane Doe and
        // The Almanac` in another tag): the person.
        if authors.len() > 1 && authors.iter().any(|a| meta::person_name(a)) {
            authors.retain(|a| meta::person_name(a));
        }
        let f = meta::Fields {
            date: h.date.as_deref().and_then(crate::dates::normalize),
            source: None,
            authors,
            editor: None,
            keywords: Vec::new(),
            tags: Vec::new(),
        };
        merge(&mut meta, f);
    }
    for (l, role) in lines.iter().zip(roles) {
        if matches!(role, Some(Role::Meta | Role::Keywords)) {
            let mut f = meta::read_line(l.text, l.key);
            // One byline: the article's, found above, else the first meta
            // line that is one (not `Designed by`).
            f.authors = if meta.authors.is_empty() {
                meta::byline(l.text, l.key).unwrap_or_default()
            } else {
                Vec::new()
            };
            merge(&mut meta, f);
        }
    }
    if let Some(first) = roles.iter().position(|&r| r == Some(Role::Paragraph)) {
        let t = lines[first].text;
        if let Some(f) = meta::dateline(t) {
            merge(&mut meta, f);
        }
        if meta.authors.is_empty() {
            meta.authors = meta::reporter_credit(t);
        }
        // A photo's caption may come first (`…。（圖取自…）`): the lead's credit then opens the second.
        let second = || (first + 1..roles.len()).find(|&k| roles[k] == Some(Role::Paragraph));
        if meta.authors.is_empty() && meta::ends_in_bracket(t) {
            if let Some(k) = second() {
                let t = lines[k].text;
                meta.authors = meta::dateline(t)
                    .map(|f| f.authors)
                    .filter(|a| !a.is_empty())
                    .unwrap_or_else(|| meta::reporter_credit(t));
            }
        }
    }
    // `……表示。（王明）` closing the article, or a sign-off by its end.
    if meta.authors.is_empty() {
        if let Some(last) = roles.iter().rposition(|&r| r == Some(Role::Paragraph)) {
            meta.authors = meta::trailing_credit(lines[last].text);
            let near_end = last.saturating_sub(3)..(last + 4).min(lines.len());
            if meta.authors.is_empty() {
                meta.authors = near_end
                    .map(|k| {
                        let l = &lines[k];
                        let s = meta::signoff(l.text);
                        let s = if s.is_empty() && k > last { meta::closing_credit(l.text) } else { s };
                        if s.is_empty() {
                            meta::dash_signoff(l.text)
                        } else {
                            s
                        }
                    })
                    .find(|n| !n.is_empty())
                    .unwrap_or_default();
            }
            // A name alone after the last paragraph (a notice after it may
            // have been read as the body's).
            if meta.authors.is_empty() {
                meta.authors = (last.saturating_sub(8)..(last + 2).min(lines.len()))
                    .map(|k| bare_signoff(lines, k))
                    .find(|n| !n.is_empty())
                    .unwrap_or_default();
            }
        }
    }
    // A magazine's issue line past the article (`From the March 6, 2000
    // issue of …`) dates a page that shows no other date.
    if meta.date.is_none() {
        let body = roles.iter().position(|&r| r == Some(Role::Paragraph)).unwrap_or(lines.len());
        meta.date = lines[body..].iter().find_map(|l| meta::issue_date(l.text));
    }
    // A site's account (`by admin`) names no writer.
    meta.authors.retain(|a| !meta::account_name(a));
    // An outlet beside a person (`新華網`, then the reporter in the
    // dateline) is the source, not an author.
    if meta.authors.len() > 1 && meta.authors.iter().any(|a| !meta::is_outlet(a)) {
        meta.authors.retain(|a| !meta::is_outlet(a));
    }
    if let Some(h) = hints {
        if meta.source.is_none() {
            meta.source = h.source.clone();
        }
        if meta.keywords.is_empty() {
            meta.keywords = h.keywords.clone();
        }
        if meta.tags.is_empty() {
            meta.tags = h.tags.clone();
        }
    }
    meta
}

/// A writer's name alone on the line after the article's last paragraph
/// (`Jane Doe`), with no more of the article after it but the writer's
/// note (`Jane Doe is a professor…`, `Jane Doe, professor of…`).
fn bare_signoff(lines: &[Line], k: usize) -> Vec<String> {
    let t = lines[k].text.trim();
    let Some((names, false)) = meta::name_line(t) else {
        return Vec::new();
    };
    let bio = |l: &Line| {
        l.text.strip_prefix(t).is_some_and(|r| {
            crate::lexicon::article::AUTHOR_BOX_LEADS.iter().any(|w| r.starts_with(w))
        })
    };
    let after_prose = k > 0 && lines[k - 1].strong_paragraph() && meta::ends_sentence(lines[k - 1].text);
    // Then a closing note (`E-mail this story to a friend.`), the note on
    // the writer or the footer: not a heading over more links.
    let closing = lines.get(k + 1).is_none_or(|l| meta::ends_sentence(l.text) || bio(l) || l.is_footer());
    let ends = closing && lines[k + 1..].iter().take(3).all(|l| !l.strong_paragraph() || bio(l));
    if names.len() == 1 && names[0] == t && after_prose && ends {
        names
    } else {
        Vec::new()
    }
}

/// Where the article's head lies: from the title line (or 15 lines above
/// the first paragraph, when the title is far or missing) to two lines into
/// the body. `(from, first paragraph, to)`.
fn article_top(roles: &[Option<Role>]) -> Option<(usize, usize, usize)> {
    let title = roles.iter().position(|&r| r == Some(Role::Title));
    // The first paragraph below the title (a stray one above it is not the body's).
    let para = |from: usize| (from..roles.len()).find(|&k| roles[k] == Some(Role::Paragraph));
    let body = title.and_then(para).or_else(|| para(0))?;
    let from = match title {
        Some(t) if t <= body && body - t <= 40 => t,
        _ => body.saturating_sub(15),
    };
    Some((from, body, (body + 2).min(roles.len() - 1)))
}

/// The article's byline, not a related story's or a photo credit: the
/// first labelled byline in its head (`By`, `Author:` above the names, a
/// Chinese outlet's credit, an account after `by` on a date line), else
/// one just inside the body, else a person's name beside a date, role or
/// handle in the head; then the same a little above the head (a title read
/// too low) and below it. Its line and names.
fn article_byline(
    lines: &[Line],
    roles: &[Option<Role>],
    (from, body, to): (usize, usize, usize),
) -> Option<(usize, Vec<String>)> {
    let near = |k: usize| {
        [k.wrapping_sub(1), k + 1, k + 2]
            .into_iter()
            .filter(|&j| j < lines.len() && j != k)
            .any(|j| meta::byline_neighbour(lines[j].text))
    };
    let labelled = |k: usize| {
        let l = &lines[k];
        let some = |v: Vec<String>| (!v.is_empty()).then_some(v);
        // (An outlet's credit first: `…日報記者 王明 通訊員 李四` is one credit.)
        some(meta::outlet_credit(l.text))
            .or_else(|| meta::byline(l.text, l.key))
            .or_else(|| meta::byline_below(l.text, l.key, lines.get(k + 1)?.text))
            .or_else(|| meta::lone_by(l.text, lines.get(k + 1)?.text))
            .or_else(|| meta::glued_by(l.text))
            .or_else(|| some(meta::slash_outlet(l.text)))
            .or_else(|| some(meta::report_credit(l.text, l.key)))
            .or_else(|| some(meta::closing_credit(l.text)))
            .or_else(|| meta::account_byline(l.text, l.key))
            .map(|n| (k, n))
    };
    // A name line needs its own words or a line beside it to say so; a
    // line read as the title, its own words or a role or handle below it.
    let named = |k: usize| {
        let (names, said) = meta::name_line(lines[k].text)?;
        let ok = if roles[k] == Some(Role::Title) {
            said || lines.get(k + 1).is_some_and(|l| meta::byline_role(l.text))
        } else {
            // (Not a headline over a dated name: `Jane Doe, 04.25.05`.)
            let byline_below = lines.get(k + 1).and_then(|l| meta::name_line(l.text)).is_some_and(|n| n.1);
            // (`Jane Doe` over `BBC`: a writer over the outlet's initials.)
            let outlet_below = lines.get(k + 1).is_some_and(|l| meta::initials(l.text));
            said || (near(k) && !byline_below) || outlet_below
        };
        ok.then_some((k, names))
    };
    // A Chinese name after a date on its line (`2024/05/12 王明`), or alone
    // beside a date or the outlet's name (two lines
    // either way: `<date>` / `<outlet>` / `<name>`), below the title.
    let han_named = |k: usize| {
        if let Some(names) = meta::dated_name_line(lines[k].text) {
            return (roles[k] != Some(Role::Title)).then_some((k, names));
        }
        // `弗蘭克·加德納` over `BBC安全事務記者`: a foreign name by its role.
        let role_below = lines.get(k + 1).is_some_and(|l| meta::han_role_line(l.text));
        let names = meta::han_name_line(lines[k].text)
            .or_else(|| role_below.then(|| meta::transliterated_name(lines[k].text)).flatten())?;
        let beside = (k.saturating_sub(2)..(k + 3).min(lines.len())).filter(|&j| j != k).any(|j| {
            let t = lines[j].text;
            meta::is_outlet(t.trim()) || (t.chars().count() <= 40 && meta::date_line(t).is_some())
        }) || role_below;
        (beside && roles[k] != Some(Role::Title)).then_some((k, names))
    };
    // Far above the head, a name with its role (`Jane Doe Contributor`, an
    // author box over the headline).
    let role_named = |k: usize| {
        let t = lines[k].text;
        let (names, said) = meta::name_line(t)?;
        (said && meta::byline_role(t)).then_some((k, names))
    };
    // Outside the head, the line itself or the one below must say so.
    let named_strict = |k: usize| {
        let (names, said) = meta::name_line(lines[k].text)?;
        let below = lines.get(k + 1).is_some_and(|l| meta::byline_neighbour(l.text));
        (said || below).then_some((k, names))
    };
    // A bare name in the head that an author box past the body gives again
    // (not a paragraph amid the article's: a person it quotes, `Professor
    // Jane Doe is an expert…`, with more of the story after it).
    let amid = |j: usize| j >= body && (j + 1..j + 3).all(|i| lines.get(i).is_some_and(Line::strong_paragraph));
    let boxed = |k: usize| {
        // (The line right under the name is its note: `Jane DoeBio` over `Jane Doe, PhD, is…`.)
        let own_note = (k + 1..lines.len()).filter(|&j| j == k + 1 || !amid(j)).map(|j| lines[j].text);
        let names = meta::boxed_name(lines[k].text, own_note)?;
        (roles[k] != Some(Role::Title)).then_some((k, names))
    };
    // Past a stray short paragraph (`Buzz up!`), down to the lead.
    let lead = (body..(body + 40).min(lines.len()))
        .find(|&k| roles[k] == Some(Role::Paragraph) && lines[k].strong_paragraph())
        .unwrap_or(body);
    let after = || to + 1..(body.max(lead) + 12).min(lines.len());
    // Above the head, nearest first (a title read too low leaves the
    // byline above it).
    let above = |n: usize| (from.saturating_sub(n)..from).rev();
    let found = (from..=to)
        .find_map(labelled)
        .or_else(|| after().find_map(labelled))
        .or_else(|| (from..=to).find_map(boxed))
        .or_else(|| (from..=to).find_map(named))
        .or_else(|| (from..=to).find_map(han_named))
        .or_else(|| above(12).find_map(|k| labelled(k).or_else(|| named_strict(k))))
        .or_else(|| after().find_map(named_strict))
        .or_else(|| above(25).find_map(|k| labelled(k).or_else(|| role_named(k))));
    // (A byline's names may go on over the lines after it.)
    found.map(|(k, mut names)| {
        let texts: Vec<&str> = lines[k..(k + 10).min(lines.len())].iter().map(|l| l.text).collect();
        meta::byline_more(&texts, &mut names);
        (k, names)
    })
}
/// The date shown beside the byline (its own line or the nearest date
/// lines), else the first date line in the article's head, then just above
/// it (nearest first).
fn article_date(
    lines: &[Line],
    (from, _, to): (usize, usize, usize),
    byline: Option<usize>,
) -> Option<String> {
    // Short in words: a byline's date may sit after a wide run of spaces.
    let short = |k: usize| {
        lines[k]
            .text
            .split_whitespace()
            .map(|w| w.chars().count() + 1)
            .sum::<usize>()
            <= 160
    };
    let date_line = |k: usize| meta::date_line(lines[k].text);
    if let Some(b) = byline {
        let text = lines[b].text;
        // After the names too: a date glued on (`Brad ReedJanuary 16, 2015`).
        let (_, after) = meta::byline_split(text);
        let own = short(b)
            .then(|| crate::dates::normalize(text).or_else(|| crate::dates::normalize(after)))
            .flatten();
        let near = [b + 1, b.wrapping_sub(1), b + 2, b.wrapping_sub(2), b + 3];
        let hit = own.or_else(|| {
            near.into_iter()
                .filter(|&k| k < lines.len())
                .find_map(date_line)
        });
        if hit.is_some() {
            return hit;
        }
    }
    (from..=to)
        .chain((from.saturating_sub(6)..from).rev())
        .find_map(date_line)
        .or_else(|| yearless_date(lines, (from, to), byline))
}

/// A date line with no year (`Thu Sep 1, 12:00 PM ET`) by the byline or in
/// the head, in the year of the page's copyright line.
fn yearless_date(lines: &[Line], (from, to): (usize, usize), byline: Option<usize>) -> Option<String> {
    let short = |k: &usize| lines[*k].text.len() <= 160;
    let near = byline.map_or(0..0, |b| b.saturating_sub(2)..b + 4);
    let md = near
        .chain(from..=to)
        .chain((from.saturating_sub(6)..from).rev())
        .filter(|&k| k < lines.len())
        .filter(short)
        .find_map(|k| crate::dates::month_day(lines[k].text))?;
    let year = lines.iter().rev().find_map(|l| meta::copyright_year(l.text, l.key))?;
    crate::dates::in_year(year, md)
}

/// The blocks, merging consecutive meta and boilerplate lines and the
/// lines of a list group; and the letter counts of the body's blocks (the
/// body's language, with no second pass over the text).
fn build_blocks(
    text: &str,
    lines: &[Line],
    roles: &[Option<Role>],
    groups: &[Group],
) -> (Vec<Block>, language::Counts) {
    let n = lines.len();
    let mut blocks: Vec<Block> = Vec::new();
    let mut body_counts = language::Counts::default();
    let mut k = 0;
    while k < n {
        let role = roles[k].unwrap_or(Role::Paragraph);
        let mut last = k;
        if matches!(role, Role::Meta | Role::Boilerplate | Role::List(_)) {
            while last + 1 < n && roles[last + 1] == Some(role) {
                last += 1;
            }
        }
        let (s, e) = (lines[k].start, lines[last].end);
        let kind = match role {
            Role::Title => BlockKind::Title,
            Role::Meta => BlockKind::Meta,
            Role::Heading => BlockKind::Heading,
            Role::Paragraph => BlockKind::Paragraph,
            Role::Keywords => BlockKind::Keywords,
            Role::List(g) => groups[g].kind,
            Role::Boilerplate => BlockKind::Boilerplate,
        };
        // The lines' counts (blank lines between them count nothing).
        let mut counts = language::Counts::default();
        for l in &lines[k..=last] {
            counts.add(l.counts);
        }
        if kind.is_body() {
            body_counts.add(counts);
        }
        let language = counts.language();
        let sentences = matches!(kind, BlockKind::Paragraph | BlockKind::Heading).then(|| {
            sentences::split(&text[s..e], language)
                .into_iter()
                .map(|sp| Span {
                    start: s + sp.start,
                    end: s + sp.end,
                })
                .collect()
        });
        blocks.push(Block {
            kind,
            text: text[s..e].to_string(),
            start: s,
            end: e,
            language,
            items: block_items(lines, groups, role, k),
            sentences,
        });
        k = last + 1;
    }
    (blocks, body_counts)
}

/// A list block's items (its group's item lines, markers removed), or a
/// keywords line's words.
fn block_items(lines: &[Line], groups: &[Group], role: Role, k: usize) -> Option<Vec<String>> {
    match role {
        Role::List(g) => Some(
            groups[g]
                .items
                .iter()
                .map(|&m| lines[m].item_text().to_string())
                .collect(),
        ),
        Role::Keywords => {
            let f = meta::read_line(lines[k].text, lines[k].key);
            Some(if f.keywords.is_empty() {
                f.tags
            } else {
                f.keywords
            })
        }
        _ => None,
    }
}

/// A letter of any script, by ranges (no Unicode tables: they cost bytes in
/// wasm): ASCII, Latin-1 and Latin Extended, Greek, Cyrillic, Han, kana, Hangul.
// Inline, ASCII first and Han next (what most text is): it runs at every char
// of the body when a related headline is matched against it.
#[inline]
pub(crate) fn is_letter(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    crate::clean::is_han(c)
        || matches!(c as u32, 0xC0..=0x24F | 0x370..=0x52F | 0x3040..=0x30FF | 0xAC00..=0xD7AF)
            && !matches!(c, '×' | '÷')
}

/// Does a new list start between two item lines (numbering restarts or
/// begins, the marker changes, or the HTML list changes)?
fn splits_list(prev: &Line, cur: &Line) -> bool {
    let (
        Reading::Item {
            number: pn,
            marker: pm,
        },
        Reading::Item {
            number: cn,
            marker: cm,
        },
    ) = (prev.reading, cur.reading)
    else {
        return false;
    };
    if pm != cm {
        return true;
    }
    match (pn, cn) {
        (None, Some(_)) | (Some(_), None) => true,
        (Some(a), Some(b)) => b != a + 1,
        (None, None) => prev.list_id() != cur.list_id(),
    }
}

/// Related headlines, a ranking, or the body's own list.
fn list_kind(lines: &[Line], items: &[usize], label: Option<lines::ListLabel>) -> BlockKind {
    use lines::ListLabel;
    let numbers: Vec<Option<u32>> = items
        .iter()
        .map(|&k| match lines[k].reading {
            Reading::Item { number, .. } => number,
            _ => None,
        })
        .collect();
    let ranked = numbers.len() >= 3
        && numbers.first() == Some(&Some(1))
        && numbers.windows(2).all(|w| match (w[0], w[1]) {
            (Some(a), Some(b)) => b == a + 1,
            _ => false,
        });
    let headlines = items
        .iter()
        .filter(|&&k| lines[k].headline_like() && !lines[k].sentence_like())
        .count();
    let linky = items.iter().filter(|&&k| lines[k].linky()).count();
    let zone = items.iter().find_map(|&k| lines[k].list_zone());
    match (label, zone) {
        (Some(ListLabel::Ranking), _) | (None, Some(ListLabel::Ranking)) => BlockKind::Ranking,
        (Some(ListLabel::Related), _) | (None, Some(ListLabel::Related)) => {
            if ranked && zone == Some(ListLabel::Ranking) {
                BlockKind::Ranking
            } else {
                BlockKind::Related
            }
        }
        (None, None) => {
            if ranked && headlines * 2 >= items.len() {
                BlockKind::Ranking
            } else if headlines * 3 >= items.len() * 2 || linky * 2 > items.len() {
                BlockKind::Related
            } else {
                BlockKind::Paragraph
            }
        }
    }
}

fn next_is_paragraph(lines: &[Line], k: usize) -> bool {
    lines
        .get(k + 1)
        .is_some_and(|l| l.reading == Reading::Text && (l.sentence_like() || l.strong_paragraph()))
}

/// Titles a page gives: `<title>` is often `Headline - Site` or `Site_Headline`.
fn title_candidates(t: &str) -> Vec<String> {
    let mut out = vec![t.trim().to_string()];
    for sep in [" - ", " | ", " – ", " — ", "_", "｜", " :: ", "——", "-"] {
        if crate::lexicon::has_str(t, sep) {
            let parts: Vec<&str> = crate::lexicon::split_str(t, sep).map(str::trim).collect();
            if let Some(best) = parts.iter().max_by_key(|p| p.chars().count()) {
                out.push(best.to_string());
            }
            break;
        }
    }
    out.retain(|s| !s.is_empty());
    out
}

/// A page title without the site's name beside it (`Headline | The
/// Nation`, `Headline - Daily Town`): the longest part, when the others are
/// a few words each.
fn without_site_name(t: &str) -> &str {
    for sep in [" | ", " - ", " – ", " — ", " :: ", "｜"] {
        if !crate::lexicon::has_str(t, sep) {
            continue;
        }
        let parts: Vec<&str> = crate::lexicon::split_str(t, sep).map(str::trim).collect();
        let Some(best) = parts.iter().copied().max_by_key(|p| p.chars().count()) else {
            return t;
        };
        let short = parts
            .iter()
            .filter(|p| !std::ptr::eq(**p, best))
            .all(|p| {
                // A bar sets a site name apart; a dash may join a headline's
                // own parts, so its other parts must also be much shorter.
                let bar = matches!(sep, " | " | "｜");
                p.split_whitespace().count() <= 4 && (bar || p.chars().count() * 2 <= best.chars().count())
            });
        return if short { best } else { t };
    }
    t
}

/// Two headlines are the same if one is the other, ignoring spaces and case.
fn same_headline(line: &str, hint: &str) -> bool {
    let norm = |s: &str| -> String {
        s.chars()
            .filter(|c| !c.is_whitespace())
            .map(|c| c.to_ascii_lowercase())
            .collect()
    };
    let (a, b) = (norm(line), norm(hint));
    !a.is_empty()
        && !b.is_empty()
        && (a == b || (a.len() * 10 >= b.len() * 8 && crate::lexicon::has_str(&b, &a)))
}

/// No headline line: the related headline that best matches the body (a page
/// often lists its own headline among the related ones).
fn infer_title(blocks: &[Block]) -> Option<String> {
    if !blocks
        .iter()
        .any(|b| b.kind == BlockKind::Related && b.items.is_some())
    {
        return None;
    }
    let body: Vec<&str> = blocks
        .iter()
        .filter(|b| b.kind == BlockKind::Paragraph)
        .map(|b| b.text.as_str())
        .collect();
    if body.is_empty() {
        return None;
    }
    // Bigrams of the body in a 64K-bit set (a hash collision now and then is harmless).
    let mut seen = vec![0u64; 1024];
    let slot = |a: char, b: char| {
        ((a as u32).wrapping_mul(0x9E37_79B9) ^ (b as u32)).wrapping_mul(0x85EB_CA6B) >> 16
    };
    for p in &body {
        let mut prev = None;
        for c in p.chars().filter(|&c| is_letter(c) || c.is_ascii_digit()) {
            if let Some(a) = prev {
                let h = slot(a, c);
                seen[(h / 64) as usize] |= 1 << (h % 64);
            }
            prev = Some(c);
        }
    }
    let mut best: Option<(f32, &str)> = None;
    for b in blocks.iter().filter(|b| b.kind == BlockKind::Related) {
        for item in b.items.iter().flatten() {
            let cs: Vec<char> = item
                .chars()
                .filter(|&c| is_letter(c) || c.is_ascii_digit())
                .collect();
            if cs.len() < 6 {
                continue;
            }
            let total = cs.len() - 1;
            let hit = cs
                .windows(2)
                .filter(|w| {
                    let h = slot(w[0], w[1]);
                    seen[(h / 64) as usize] & (1 << (h % 64)) != 0
                })
                .count();
            let score = hit as f32 / total as f32;
            if best.is_none_or(|(s, _)| score > s) {
                best = Some((score, item));
            }
        }
    }
    best.filter(|(s, _)| *s >= 0.6).map(|(_, t)| t.to_string())
}
