//! Meta lines and bylines: labels (`來源：`, `責任編輯：`, `By`), names
//! without role words, datelines (`BEIJING, May 12 (Xinhua) --`,
//! `新華社北京5月12日電（記者 張三）`). A byline's names are cut where they
//! end ([`byline_head`]: a glued word, a handle, a dash, a date, a stop
//! word); a line naming the writer without a label ([`name_line`]) counts
//! beside a date, role or handle; Chinese credits have their own forms
//! ([`outlet_credit`], [`slash_outlet`], [`trailing_credit`]). Which line
//! is the article's byline the article reader decides (`read_meta`).
//!
//! Matching runs on a key: the line folded to Simplified and ASCII-lowercased,
//! byte for byte aligned with the line, so one Simplified row serves both
//! scripts and English rows match any case; values are cut from the line.

use crate::dates as date;
use crate::lexicon::article::{
    MetaLabel, AGENCIES, BYLINE_LEADS, COPYRIGHT_MARKS, ISSUE_WORDS, DATELINE_PLACES, DAY_MARKS, NAME_JOINERS, NAME_STOPS, PHOTO_MARK, BYLINE_STOPS, DESCRIPTION_LEADS, META_LABELS, NAME_PARTICLES, NOT_CREDITS,
    DESK_ENDS, NOT_NAME_WORDS, OUTLET_ENDS, READ_TIME_WORDS, RELATIVE_DATE_WORDS, REPORTER_WORDS, REPORT_ENDS, ROLE_WORDS, SURNAMES,
};

/// The key of `s`: folded to Simplified and ASCII-lowercased; same length.
pub fn key(s: &str) -> String {
    let mut k = crate::lexicon::fold::fold(s);
    k.make_ascii_lowercase();
    k
}

/// `s.to_lowercase()`, as the word lists of the bylines and names
/// (`BYLINE_STOPS`, `BYLINE_LEADS`, `RELATIVE_TIME_UNITS`, `NAME_PARTICLES`,
/// `NOT_NAME_WORDS`) compare it: exact for ASCII, Latin-1 and the two
/// characters whose lower case holds ASCII (`İ`, the Kelvin sign); any other
/// character is kept as it is, and neither it nor its lower case is in a
/// list word, nor does its lower case differ from it as a letter or digit,
/// so no lookup changes (`lower_matches_std_for_the_lists` checks every
/// character). std's `to_lowercase` brings Unicode's case tables: 9.9 KB
/// gzip of the web build.
fn lower(s: &str) -> String {
    s.chars().fold(String::with_capacity(s.len()), |mut out, c| {
        match c {
            'A'..='Z' | '\u{c0}'..='\u{de}' if c != '\u{d7}' => {
                out.push(char::from_u32(u32::from(c) + 0x20).unwrap_or(c));
            }
            '\u{130}' => out.push_str("i\u{307}"),
            '\u{212a}' => out.push('k'),
            _ => out.push(c),
        }
        out
    })
}

fn is_colon(c: char) -> bool {
    // `記者︰X`: Hong Kong pages write the vertical-form colon U+FE30 (and
    // the small colon U+FE55) where others write `：`.
    matches!(c, ':' | '：' | '︰' | '﹕')
}

/// The labels compiled for longest-prefix lookup on the key.
fn label_lex() -> &'static crate::lexicon::Lex {
    crate::lexicon::meta_labels()
}

/// First bytes of the labels, to skip most positions at once.
fn first_bytes() -> &'static [bool; 256] {
    static SET: std::sync::OnceLock<[bool; 256]> = std::sync::OnceLock::new();
    SET.get_or_init(|| {
        let mut set = [false; 256];
        for (w, _) in META_LABELS.iter() {
            set[w.as_bytes()[0] as usize] = true;
        }
        set
    })
}

/// Labels found in `key`: (byte start, byte end incl. the colon, label).
/// A label counts at the start of the line or after a space or bracket, and
/// is followed by a colon, or (for words) by a space and a name.
pub fn labels(line: &str, key: &str) -> Vec<(usize, usize, MetaLabel)> {
    let mut out = Vec::new();
    let mut i = 0;
    let mut before: Option<char> = None;
    let firsts = first_bytes();
    while i < key.len() {
        // (No white space lies past U+3000: Han text skips the Unicode lookup.)
        let at_edge = before.is_none_or(|c| {
            matches!(
                c,
                '(' | '（' | '【' | '〔' | '[' | '|' | '｜' | '/' | '丨' | '·' | '，' | ','
            ) || (c <= '\u{3000}' && c.is_whitespace())
                || is_bullet(c)
        });
        if at_edge && firsts[key.as_bytes()[i] as usize] {
            let rest = &key[i..];
            // One lookup by first character instead of a scan of every label.
            let hit = label_lex()
                .longest_prefix(rest)
                .map(|(n, row)| joined_label(rest, n, META_LABELS.data(row)));
            if let Some((w, label)) = hit {
                let after = &rest[w.len()..];
                let trimmed = after.trim_start_matches([' ', '\u{3000}']);
                let sp = after.len() - trimmed.len();
                let next = trimmed.chars().next();
                let ascii_word = w.is_ascii();
                // `作者,王明` alone on a short line (a page that hides the colon
                // and shows a comma).
                let comma = i == 0
                    && sp == 0
                    && !ascii_word
                    && next.is_some_and(|c| matches!(c, ',' | '，'))
                    && short_value(&trimmed[next.map_or(1, char::len_utf8)..]);
                let colon = next.is_some_and(is_colon) || comma;
                // `By Jane`, `記者 張三`: a word label then a name, no colon.
                let spaced = sp > 0
                    && next.is_some_and(|c| !is_colon(c))
                    && (if ascii_word {
                        matches!(label, MetaLabel::Author | MetaLabel::Editor)
                            && line[i + w.len() + sp..]
                                .chars()
                                .next()
                                .is_some_and(|c| c.is_ascii_uppercase())
                    } else {
                        w.chars().count() >= 2
                            && matches!(
                                label,
                                MetaLabel::Author
                                    | MetaLabel::Editor
                                    | MetaLabel::Source
                                    | MetaLabel::Credit
                            )
                    } || (label == MetaLabel::Date
                        && date::find(trimmed).is_some_and(|d| d.0 == 0)));
                // `文/張三`; `文 | 張三`, `來源 | 新華社`: a bar after a Han label.
                let slash = !ascii_word && next.is_some_and(|c| c == '/' || c == '／') && sp == 0;
                let bar = !ascii_word
                    && label != MetaLabel::Date
                    && next.is_some_and(|c| matches!(c, '|' | '｜' | '丨'));
                let slash = slash || bar;
                if colon || spaced || slash {
                    let mut end = i + w.len() + sp;
                    if colon || slash {
                        end += next.map_or(0, char::len_utf8);
                    }
                    if ascii_word && !colon && !spaced {
                        // `Sources said`: not a label.
                    } else {
                        out.push((i, end, label));
                        i = end;
                        before = key[..i].chars().next_back();
                        continue;
                    }
                }
            }
        }
        before = key[i..].chars().next();
        // `2024年05月12日 08:04 新華網作者：王明`: a label glued to the outlet
        // before it, on a date line.
        if let Some(g) = before.filter(|&c| is_colon(c)).and_then(|_| glued_label(key, i, out.last())) {
            out.push(g);
        }
        i += before.map_or(1, char::len_utf8);
    }
    out
}

/// A label's value short enough to be a name or two, no clause (`王明`,
/// `BBC中文記者`), for a label that a comma follows.
fn short_value(v: &str) -> bool {
    v.chars().count() <= 12 && !v.contains([',', '，', '。', '、'])
}

/// Two labels joined as one (`文／圖：`, `文、攝影／`): the span of both, an
/// author's label if either is. Else the label at `rest[..n]`.
fn joined_label(rest: &str, n: usize, label: MetaLabel) -> (&str, MetaLabel) {
    let after = &rest[n..];
    let Some(j) = after.chars().next().filter(|c| matches!(c, '、' | '/' | '／' | '&')) else {
        return (&rest[..n], label);
    };
    let second = &after[j.len_utf8()..];
    match label_lex().longest_prefix(second) {
        Some((m, row)) if !rest[..n].is_ascii() && second[m..].starts_with(|c: char| is_colon(c) || c == '／' || c == '/') => {
            let other = META_LABELS.data(row);
            let kind = if other == MetaLabel::Author { other } else { label };
            (&rest[..n + j.len_utf8() + m], kind)
        }
        _ => (&rest[..n], label),
    }
}

/// A Han author, source or editor label of two or more characters glued
/// to the word before it and ending at the colon at `colon`, on a line
/// that a date opens (`… 央視新聞作者：`): its span.
fn glued_label(
    key: &str,
    colon: usize,
    last: Option<&(usize, usize, MetaLabel)>,
) -> Option<(usize, usize, MetaLabel)> {
    let (n, row) = label_lex().longest_suffix(&key[..colon])?;
    let (w, label) = META_LABELS.row(row);
    let start = colon - n;
    let glued = key[..start].chars().next_back().is_some_and(crate::clean::is_han);
    let kind = matches!(label, MetaLabel::Author | MetaLabel::Source | MetaLabel::Editor);
    if w.is_ascii() || w.chars().count() < 2 || !glued || !kind || last.is_some_and(|l| l.1 > start) {
        return None;
    }
    date::find(&key[..start])?;
    let end = colon + key[colon..].chars().next().map_or(1, char::len_utf8);
    Some((start, end, label))
}

/// A bullet set before a credit line (`□記者 王明`, `■本報記者 張三`).
fn is_bullet(c: char) -> bool {
    matches!(c, '□' | '■' | '●' | '◆' | '◇' | '▲' | '★' | '☆' | '◎')
}

/// Trim spaces, brackets and separators around a value.
pub fn trim_value(s: &str) -> &str {
    s.trim_matches(|c: char| {
        c.is_whitespace()
            || matches!(
                c,
                '(' | ')'
                    | '（'
                    | '）'
                    | '【'
                    | '】'
                    | '['
                    | ']'
                    | '|'
                    | '｜'
                    | '丨'
                    | ','
                    | '，'
                    | '；'
                    | ';'
                    | '-'
                    | '—'
                    | '–'
                    | '·'
                    | '/'
                    | '／'
                    | '>'
                    | '<'
                    | '.'
                    | '。'
            )
    })
}

/// Names in a byline value, role words removed: `記者 張三 通訊員 李四` →
/// `張三`, `李四`; `Jane Doe and John Roe, Reuters` → `Jane Doe`, `John Roe`.
pub fn names(value: &str) -> Vec<String> {
    let k = key(value);
    // Replace role words (matched on the key) by separators.
    let mut cleaned = String::with_capacity(value.len());
    let roles = crate::lexicon::role_words();
    let mut i = 0;
    while i < value.len() {
        // Most characters start no role word: the filter says so before the list is read.
        let starts = k[i..].chars().next().is_some_and(|c| roles.may_start(c));
        let before_ok = starts
            && k[..i]
                .chars()
                .next_back()
                .is_none_or(|c| !c.is_ascii_alphabetic());
        // `記者 王明 編輯 張三`: another person's credit after the names ends them.
        let han_before = cleaned.chars().any(crate::clean::is_han);
        if han_before && NAME_STOPS.iter().any(|w| k[i..].starts_with(w)) {
            break;
        }
        let hit = before_ok
            .then(|| {
                ROLE_WORDS
                    .iter()
                    .filter(|w| k[i..].starts_with(*w))
                    .filter(|w| {
                        !w.is_ascii()
                            || !k[i + w.len()..]
                                .chars()
                                .next()
                                .is_some_and(|c| c.is_ascii_alphabetic())
                    })
                    .max_by_key(|w| w.len())
            })
            .flatten();
        if let Some(w) = hit {
            // `香港特約記者 麥燕庭`: what the role word is glued to is a place
            // or an outlet, not a name.
            if crate::clean::is_han(cleaned.chars().next_back().unwrap_or(' ')) {
                let keep = cleaned
                    .rfind(|c: char| c.is_whitespace() || matches!(c, '|' | '、' | '，' | '／' | '/'))
                    .map_or(0, |p| p + cleaned[p..].chars().next().map_or(1, char::len_utf8));
                cleaned.truncate(keep);
            }
            cleaned.push('|');
            i += w.len();
        } else {
            let c = value[i..].chars().next().unwrap_or(' ');
            cleaned.push(c);
            i += c.len_utf8();
        }
    }
    let value_has_role = |p: &str| {
        let k = key(p);
        has_role(&k)
    };
    let cleaned = if han_text(value) {
        cleaned
    } else {
        value.to_string()
    };
    let mut out: Vec<String> = Vec::new();
    let han = cleaned.chars().any(crate::clean::is_han);
    let parts: Vec<&str> = if han {
        cleaned
            .split(|c: char| {
                c.is_whitespace()
                    || matches!(
                        c,
                        '|' | '、' | ',' | '，' | ';' | '；' | '/' | '／' | '(' | ')' | '（' | '）'
                    )
            })
            .collect()
    } else {
        cleaned
            .split(['|', ',', ';', '&', '/', '(', ')'])
            .flat_map(|p| crate::lexicon::split_str(p, " and "))
            // `BY JANE DOE AND JOHN ROE`
            .flat_map(|p| crate::lexicon::split_str(p, " AND "))
            .collect()
    };
    for p in parts.into_iter().flat_map(joined) {
        let p = trim_value(p);
        // `記者張睿廷／新北即時報導`: the report's place, not a name;
        // `王明攝`: a photographer's credit.
        if han && (REPORT_ENDS.iter().any(|e| key(p).ends_with(e)) || photo_credit(p)) {
            continue;
        }
        // `作者：王明，系某大學教授`: what follows the names describes them.
        let described = || {
            let k = key(p);
            DESCRIPTION_LEADS.iter().any(|w| k.starts_with(w))
                || (p.chars().count() > 4 && !crate::lexicon::has_char(p, '·') && p.chars().all(crate::clean::is_han))
        };
        if han && !out.is_empty() && described() {
            break;
        }
        // `Business Reporter`, `Staff Writer`: a job title, not a name;
        // `Mark Ward Technology correspondent`: the name before it.
        let p = if !han && value_has_role(p) {
            match name_before_role(p) {
                Some(name) => name,
                None => continue,
            }
        } else {
            p
        };
        if p.is_empty() || p.chars().count() > 40 {
            continue;
        }
        // An agency after a name (`Jane Doe, Reuters`) is the source, not a name.
        if !out.is_empty() && AGENCIES.iter().any(|a| a.eq_ignore_ascii_case(p)) {
            continue;
        }
        let p = p.strip_prefix("By ").unwrap_or(p);
        if !out.iter().any(|x| x == p) {
            out.push(p.to_string());
        }
    }
    out
}

/// Where a line's text starts after a date and time that open it
/// (`2024-05-12 10:30 記者王明`); 0 when no date opens it.
fn after_date(t: &str) -> usize {
    match date::find(t) {
        Some((s, e, _)) if trim_value(&t[..s]).is_empty() => {
            let rest = &t[e..];
            e + rest.len()
                - rest
                    .trim_start_matches(|c: char| c.is_ascii_digit() || matches!(c, ':' | ' ' | '\u{3000}'))
                    .len()
        }
        _ => 0,
    }
}

/// A Han person's name: two to four characters, the first a common family name.
fn surnamed(n: &str) -> bool {
    (2..=4).contains(&n.chars().count()) && key(n).chars().next().is_some_and(|c| crate::lexicon::has_char(SURNAMES, c))
}

/// Two Han names joined by a conjunction (`王明及李四`): each; else the part.
fn joined(p: &str) -> Vec<&str> {
    let t = trim_value(p);
    let n = t.chars().count();
    let at = key(t)
        .char_indices()
        .filter(|&(i, c)| crate::lexicon::has_char(NAME_JOINERS, c) && i > 0)
        .map(|(i, _)| i)
        .find(|&i| {
            let (a, b) = (t[..i].chars().count(), n - t[..i].chars().count() - 1);
            (2..=4).contains(&a) && (2..=4).contains(&b) && t.chars().all(crate::clean::is_han)
        });
    match at {
        Some(i) => vec![&t[..i], &t[i + t[i..].chars().next().map_or(1, char::len_utf8)..]],
        None => vec![p],
    }
}

/// A photographer's credit (`王明攝`, `王明／攝`): a name and `攝` after it.
fn photo_credit(p: &str) -> bool {
    let k = key(p);
    k.ends_with(PHOTO_MARK) && (3..=5).contains(&p.chars().count())
}

/// The person's name before a role (`Jane Doe Staff Writer`, `Mark Ward
/// Technology correspondent`: a third word before the role is the role's
/// own qualifier), when it is shaped like a name.
fn name_before_role(p: &str) -> Option<&str> {
    let toks: Vec<(usize, &str)> = p
        .split(' ')
        .scan(0, |at, t| {
            let start = *at;
            *at += t.len() + 1;
            Some((start, t))
        })
        .filter(|(_, t)| !t.is_empty())
        .collect();
    let i = (2..toks.len()).find(|&i| has_role(&key(&p[toks[i].0..])) && !has_role(&key(&p[..toks[i].0])))?;
    let keep = if i >= 3 { i - 1 } else { i };
    let name = trim_value(&p[..toks[keep].0]);
    person_name(name).then_some(name)
}

/// A byline line's names ([`byline_head`]) and what follows them.
pub fn byline_split(line: &str) -> (&str, &str) {
    let head = byline_head(line);
    // The head is a slice of the line.
    let end = (head.as_ptr() as usize - line.as_ptr() as usize + head.len()).min(line.len());
    (head, &line[end..])
}

/// Where the names of a Latin byline end: at a word glued to the next
/// (`Jonathan GarberFOXBusiness`, an upper-case letter after four lower-case
/// ones; `Jane Doe22 Dec`, a digit after a letter), a handle (`@jdoe`), a
/// dash or bar set apart by spaces, a wide gap, a date, or a stop word
/// (`on`, `publiziert`). The head, trimmed.
pub fn byline_head(v: &str) -> &str {
    let mut end = v.len();
    let mut lower_run = 0;
    let mut prev = ' ';
    for (i, c) in v.char_indices() {
        // `Brad ReedJanuary 16, 2015`: a date glued on; `MARÍA VERZAMarch
        // 28`: a month in title case after a name in capitals.
        let month_case = prev.is_uppercase() && v[i + c.len_utf8()..].starts_with(char::is_lowercase);
        let dated = c.is_uppercase()
            && (lower_run >= 2 || month_case)
            && date::find(&v[i..]).is_some_and(|(s, _, _)| s == 0);
        let glued = (prev.is_lowercase() && ((c.is_uppercase() && (lower_run >= 4 || dated)) || c.is_ascii_digit()))
            || (month_case && dated);
        if c == '@' || glued || c == '\n' || c == '\t' {
            end = i;
            break;
        }
        lower_run = if c.is_lowercase() { lower_run + 1 } else { 0 };
        prev = c;
    }
    // (A value may open with the source's spaces: `By:          Jane Doe`.)
    let mut v = v[..end].trim_start();
    for sep in [" - ", " – ", " — ", "|", " · ", " • ", "  ", " /"] {
        if let Some(p) = crate::lexicon::find_str(v, sep) {
            v = &v[..p];
        }
    }
    if let Some((s, _, _)) = date::find(v) {
        if s > 0 {
            v = &v[..s];
        }
    }
    let mut at = 0;
    let mut toks = v.split(' ').peekable();
    let mut n = 0;
    while let Some(tok) = toks.next() {
        let w = tok
            .trim_matches(|c: char| !c.is_alphanumeric());
        let w = lower(w);
        // `Jane Doe 9 hours ago`: a relative time, not part of the name.
        let relative = !w.is_empty()
            && w.bytes().all(|b| b.is_ascii_digit())
            && toks
                .peek()
                .is_some_and(|u| crate::lexicon::article::RELATIVE_TIME_UNITS.contains(&lower(u)));
        if n > 0 && (BYLINE_STOPS.contains(&w) || relative) {
            v = &v[..at];
            break;
        }
        at += tok.len() + 1;
        n += 1;
    }
    trim_value(v)
}

/// The names of a byline's value (what follows `By`, or a line naming the
/// writer). Latin: the head ([`byline_head`]); of a comma list only the
/// first part unless the list ends with `and` (`Jane Doe, CNN` and `Ilana
/// Muhlstein, MS, RDN` name one person, `A, B and C` three). Han: [`names`].
pub fn byline_names(value: &str) -> Vec<String> {
    if han_text(value) {
        return names(value);
    }
    // `Analysis by Jane Doe` given whole (a `<meta>` value); `Author
    // Correction` names nobody.
    let k = key(value);
    let label = byline_label(value, &k);
    if label.is_some_and(|(end, stop)| bare_label(&k, end) && !person_name(byline_head(&value[end..stop]))) {
        return Vec::new();
    }
    let value = label.map_or(value, |(end, stop)| &value[end..stop]);
    let head = byline_head(value);
    let listed = head.split([',', ';']).next_back().is_some_and(|p| {
        let k = key(p);
        let k = k.trim();
        k.starts_with("and ") || crate::lexicon::has_str(k, " and ") || crate::lexicon::has_char(k, '&')
    });
    if listed {
        return names(head);
    }
    // `A, B, C`: the parts shaped like a person's name after the first.
    let mut out = Vec::new();
    // `Jane Doe Editor, The Almanac`: what follows a role is its column.
    let role_first = head.split([',', ';']).next().is_some_and(|p| has_role(&key(p)));
    for (n, part) in head.split([',', ';']).enumerate() {
        // `Jane Doe, Senior Political Reporter`: a job title after the name.
        let p = trim_value(part);
        if n > 0 && role_first {
            break;
        }
        if n == 0 || (person_name(p) && !has_role(&key(p))) {
            for name in names(part) {
                let name = once(&name).to_string();
                if !out.contains(&name) {
                    out.push(name);
                }
            }
        }
    }
    out
}

/// A name written twice in a row (`Sean Martin Sean Martin`, a link and
/// its text): once.
fn once(name: &str) -> &str {
    let toks: Vec<&str> = name.split(' ').collect();
    let h = toks.len() / 2;
    if toks.len() >= 2 && toks.len() % 2 == 0 && toks[..h] == toks[h..] {
        let cut = toks[..h].iter().map(|t| t.len() + 1).sum::<usize>() - 1;
        return &name[..cut];
    }
    name
}

/// The first author label of a line that makes it a byline: at the line's
/// start, after a date or separators, or after a lead word (`Analysis by`).
/// Where the value starts and ends (the next label).
pub fn byline_label(line: &str, key: &str) -> Option<(usize, usize)> {
    // A byline is a short line (and a long one is not searched label by label).
    if line.len() > 400 && line.split_whitespace().map(str::len).sum::<usize>() > 300 {
        return None;
    }
    let ls = labels(line, key);
    for (n, &(s, end, label)) in ls.iter().enumerate() {
        if label != MetaLabel::Author {
            continue;
        }
        // `Posted on May 3, 2024 by Jane`: a date label and its date first.
        let dated = n > 0
            && ls[n - 1].2 == MetaLabel::Date
            && trim_value(&line[..ls[n - 1].0]).is_empty();
        let before = &line[if dated { ls[n - 1].1 } else { 0 }..s];
        // A date (and a weekday or time zone beside it) before the label.
        let dated_only = date::find(before).is_some_and(|(ds, de, _)| {
            trim_value(&before[..ds]).chars().count() + trim_value(&before[de..]).chars().count()
                <= 12
        });
        // (Or a new part of a meta line: `… | Written by Jane Doe`.)
        let segment = before.trim_end().ends_with('|');
        let before = if dated_only { "" } else { trim_value(before) };
        let lead = segment || before
            .rsplit(' ')
            .next()
            .is_some_and(|w| BYLINE_LEADS.contains(&lower(w)));
        // Han credits sit in meta lines (a paragraph's are its dateline's).
        let han = han_text(line) && is_meta_line_with(line, &ls);
        if before.is_empty() || lead || han {
            let stop = ls.get(n + 1).map_or(line.len(), |l| l.0);
            return Some((end, stop));
        }
    }
    None
}

/// A byline line: an author label ([`byline_label`]) and the names after it.
pub fn byline(line: &str, key: &str) -> Option<Vec<String>> {
    let (end, stop) = byline_label(line, key)?;
    let names_in = |v: &str| -> Vec<String> {
        byline_names(v)
            .into_iter()
            .filter(|n| han_text(n) || (n.chars().any(char::is_uppercase) && !told(n)))
            .collect()
    };
    let mut names = names_in(&line[end..stop]);
    // `Author Correction`: a label word with no colon but `by` names a
    // person-shaped name, and opens no sentence of the story (`Author Jane
    // Doe, from Kensington, said…`).
    if bare_label(key, end) {
        let sentence = ends_sentence(line) && line.chars().count() > 80;
        names.retain(|n| person_name(n) && !sentence);
    }
    // `作者：某研究所 執筆人：王明`: a later author label's persons rather
    // than an institution.
    if han_text(&line[end..stop]) && !names.iter().any(|n| surnamed(n)) {
        let ls = labels(line, key);
        let later = ls.iter().enumerate().filter(|(_, l)| l.2 == MetaLabel::Author && l.0 >= stop);
        for (n, l) in later {
            let persons: Vec<String> = names_in(&line[l.1..ls.get(n + 1).map_or(line.len(), |m| m.0)])
                .into_iter()
                .filter(|p| surnamed(p))
                .collect();
            if !persons.is_empty() {
                return Some(persons);
            }
        }
    }
    (!names.is_empty()).then_some(names)
}

/// Is the author label that ends at `end` of `key` an English word with
/// no colon, other than `by` (`Author Jane Doe`, not `By`, `Author:`)?
fn bare_label(key: &str, end: usize) -> bool {
    let lab = key.get(..end).unwrap_or("").trim_end();
    lab.ends_with(|c: char| c.is_ascii_alphabetic()) && !lab.ends_with("by")
}

/// A name that runs on into words in lower case (`Author Jane Doe takes
/// aim at…`): a sentence about a writer, not a byline's name.
fn told(name: &str) -> bool {
    name.split(' ').any(|w| {
        w.len() >= 2 && w.starts_with(|c: char| c.is_ascii_lowercase()) && !NAME_PARTICLES.contains(&lower(w))
    })
}

/// A line that is an author label alone (`Author:`), its names on the
/// next line: the names there.
pub fn byline_below(line: &str, key: &str, next: &str) -> Option<Vec<String>> {
    let (end, stop) = byline_label(line, key)?;
    let n = next.chars().count();
    if !trim_value(&line[end..stop]).is_empty() || n == 0 || n > 60 || ends_sentence(next) {
        return None;
    }
    let names = byline_names(next);
    (!names.is_empty()).then_some(names)
}

/// A lone `By` over its name (`By` / `Jane Doe`, a link on its own line),
/// or a label line naming its author word (`Author of the article:`): the
/// names below.
pub fn lone_by(line: &str, next: &str) -> Option<Vec<String>> {
    let k = key(line);
    let k = k.trim();
    let label = author(k.trim_end_matches(':'))
        || (k.ends_with(':') && k.len() <= 30 && k.trim_end_matches(':').split(' ').any(author));
    (label && person_name(byline_head(next))).then(|| byline_names(next))
}

/// `bySauli Giliard`: a `by` glued to the name (a link right after the
/// word). The names.
pub fn glued_by(line: &str) -> Option<Vec<String>> {
    let t = line.trim();
    let rest = t.strip_prefix("by").or_else(|| t.strip_prefix("By"))?;
    (rest.starts_with(|c: char| c.is_ascii_uppercase()) && person_name(byline_head(rest))).then(|| byline_names(rest))
}

/// The names a byline continues with on the lines after its own, the
/// first of `lines` (`By Jane Doe,` / `John Roe`; `Jane Doe` / `and` /
/// `John Roe`; under a lone `By`, one writer a line), added to `names`.
pub fn byline_more(lines: &[&str], names: &mut Vec<String>) {
    let listed = lines.get(1).is_some_and(|next| lone_by(lines[0], next).is_some());
    // Writers one a line, each with a handle or role glued on or below
    // (`Jane Doe` / `@jdoe` / `John Roe` / `@jroe`).
    let marked = |k: usize| crate::lexicon::has_char(lines[k], '@') || lines.get(k + 1).is_some_and(|l| byline_role(l));
    let handles = marked(0);
    let mut pending = false;
    for k in 1..lines.len() {
        let t = lines[k].trim();
        // (The handle or role line under a name, not a name with its role.)
        if names.iter().any(|n| n == t) || (handles && byline_role(t) && !person_name(byline_head(t))) {
            continue;
        }
        if matches!(t, "and" | "&" | "," | "with") {
            pending = true;
            continue;
        }
        let before = lines[k - 1].trim_end();
        let ends_joined = before.ends_with([',', '&']) || before.ends_with(" and");
        let t = ["and ", "& ", ", "].iter().find_map(|j| t.strip_prefix(j)).unwrap_or(t);
        let marked_name = handles && marked(k) && name_line(t).is_some();
        if !(pending || ends_joined || listed || marked_name) || !person_name(byline_head(t)) {
            return;
        }
        for n in byline_names(t) {
            if !names.contains(&n) {
                names.push(n);
            }
        }
        pending = false;
    }
}

/// An author label's word (`by`, `author`).
fn author(w: &str) -> bool {
    META_LABELS.iter().any(|(l, m)| m == MetaLabel::Author && l.is_ascii() && l == w)
}

/// A date line ending in `by` and an account name in lower case (`October
/// 15, 2018/0 Comments/in News /by jdadmin`, `Posted on May 3, 2024 by
/// admin`): the account.
pub fn account_byline(line: &str, key: &str) -> Option<Vec<String>> {
    date_line(line)?;
    let tail = key.trim_end();
    let cut = tail.rfind([' ', '/'])?;
    let (before, account) = (&tail[..cut], &tail[cut + 1..]);
    let by = before.trim_end().rsplit([' ', '/']).next()?;
    let label = author(by);
    let handle = account.len() >= 3
        && account.len() <= 30
        && account.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | '-'));
    (label && handle).then(|| vec![line.trim_end()[cut + 1..].to_string()])
}

/// Does `s` have the shape of a person's name: two to five words, each
/// capitalised (or a particle such as `van`), letters and `.'-` only, none
/// a word of page furniture?
pub fn person_name(s: &str) -> bool {
    let toks: Vec<&str> = s.split_whitespace().collect();
    if !(2..=5).contains(&toks.len()) {
        return false;
    }
    let mut caps = 0;
    for t in toks {
        let low = lower(t);
        if NAME_PARTICLES.contains(&low) {
            continue;
        }
        let bare = low.trim_matches(|c: char| !c.is_alphanumeric());
        if NOT_NAME_WORDS.contains(bare) {
            return false;
        }
        let shaped = t.chars().next().is_some_and(char::is_uppercase)
            && t.chars()
                .all(|c| c.is_alphabetic() || matches!(c, '.' | '\'' | '’' | '-'));
        if !shaped {
            return false;
        }
        caps += 1;
    }
    caps >= 2
}

/// A line naming the writer without a label: a person's name, then
/// nothing or a separator and a date, a role or a handle (`Chris Davies -
/// Nov 19, 2019`, `Steve Peoples, AP Writer`). The names, and whether the
/// line itself says it is a byline (a date, role or handle after the name).
pub fn name_line(line: &str) -> Option<(Vec<String>, bool)> {
    if line.chars().count() > 120 || han_text(line) || line.ends_with(['.', '?', '!', ':']) {
        return None;
    }
    // `Jane Doe (now); John Roe (earlier)`: a live blog's notes in brackets.
    let unnoted;
    let line = if crate::lexicon::has_char(line, '(') && !line.starts_with('(') {
        unnoted = without_notes(line);
        unnoted.as_str()
    } else {
        line
    };
    if let Some(names) = listed_names(line) {
        return Some((names, true));
    }
    let (head, rest) = byline_split(line);
    let at = line.len() - rest.len() - head.len();
    // `Marcus De GuzmanView More Articles`: what is glued on is another element.
    let glued = rest.chars().next().is_some_and(char::is_uppercase)
        && head.chars().next_back().is_some_and(char::is_lowercase)
        && date::find(rest).is_none_or(|(s, _, _)| s != 0);
    // (`Jane DoeTravel Reporter`: a role glued on says it is a byline.)
    let glued_role = glued && has_role(&key(rest));
    let rest = if glued { "" } else { rest };
    let first = head.split([',', ';']).next().unwrap_or("");
    let rest = if first.len() < head.len() {
        &line[at + first.len()..]
    } else {
        rest
    };
    let agency = AGENCIES.iter().any(|a| a.eq_ignore_ascii_case(trim_value(first)));
    // `Jane Doe and John Roe`: each side a name.
    // (`Jane Doe and AP`: a name and an agency.)
    let pair = crate::lexicon::find_str(first, " and ").is_some_and(|p| {
        let b = trim_value(&first[p + 5..]);
        person_name(trim_value(&first[..p])) && (person_name(b) || AGENCIES.iter().any(|a| a.eq_ignore_ascii_case(b)))
    });
    if line.starts_with(['(', '[']) {
        return None;
    }
    // `Jane Doe Contributor`: a role word after the name, no comma between.
    if let Some((name, role)) = first.trim_end().rsplit_once(' ') {
        if rest.trim().is_empty() && has_role(&key(role)) && person_name(trim_value(name)) {
            // (`Jane Doe Political Correspondent`: two words of a longer
            // name line, unless an initial or particle follows them.)
            let two = name.split(' ').take(2).map(|w| w.len() + 1).sum::<usize>() - 1;
            let rest = name.get(two + 1..).unwrap_or("");
            let title = !rest.is_empty() && rest.split(' ').all(|w| !w.ends_with('.') && !NAME_PARTICLES.contains(&lower(w)));
            return Some((byline_names(if title { &name[..two] } else { name }), true));
        }
    }
    if !(person_name(trim_value(first)) || agency || pair) {
        return None;
    }
    let names = byline_names(head);
    if names.is_empty() {
        return None;
    }
    let rk = key(rest);
    // `Neil Weinberg, 04.25.05`: a date in figures only.
    let figures = rest.starts_with(',') && {
        let d = trim_value(rest).split([',', ' ']).next().unwrap_or("");
        d.bytes().filter(u8::is_ascii_digit).count() >= 4
            && d.bytes().all(|b| b.is_ascii_digit() || matches!(b, b'.' | b'/' | b'-'))
    };
    // (`Jane Doe 7 hours`: a time unit after a number, without its `ago`.)
    let mut number = false;
    let relative = rk.split_whitespace().any(|w| {
        let unit = number && crate::lexicon::article::RELATIVE_TIME_UNITS.contains(w);
        number = w.bytes().all(|b| b.is_ascii_digit());
        unit || RELATIVE_DATE_WORDS.contains(w)
    });
    let read_time = READ_TIME_WORDS.iter().any(|w| crate::lexicon::has_str(&rk, w));
    let said = date::find(rest).is_some()
        || figures
        || relative
        || read_time
        || crate::lexicon::has_char(rest, '@')
        || glued_role
        || has_role(&rk);
    // Nothing after the name, or what says it is a byline; an agency only
    // with a date (`Reuters November 18, 2019`).
    // `Charlie Wood, Business Insider`: a name and its outlet.
    // `Jane Doe for The Guardian` too.
    let for_outlet = rk.trim_start().strip_prefix("for ").map(|o| &rest[rest.len() - o.len()..]);
    // `Jane Doe | Reuters` likewise.
    let outlet = (rest.trim_start().starts_with([',', '|', ';']) || for_outlet.is_some()) && {
        let o = trim_value(for_outlet.unwrap_or(rest));
        o.chars().count() <= 40
            && o.split_whitespace().count() <= 4
            && o.split_whitespace().all(|w| w.chars().next().is_some_and(char::is_uppercase))
    };
    if (!said && !outlet && !trim_value(rest).is_empty())
        || (agency && date::find(rest).is_none())
    {
        return None;
    }
    Some((names, said))
}

/// The line without its notes in brackets, each a word in lower case
/// (` (now)`, ` (earlier)`).
fn without_notes(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut rest = line;
    while let Some(open) = rest.find('(') {
        let inner = &rest[open + 1..];
        let close = inner.find(')').unwrap_or(inner.len());
        let note = &inner[..close];
        if close < inner.len() && (1..=12).contains(&note.len()) && note.bytes().all(|b| b.is_ascii_lowercase()) {
            out.push_str(rest[..open].trim_end());
            rest = &inner[close + 1..];
        } else {
            out.push_str(&rest[..=open]);
            rest = inner;
        }
    }
    out.push_str(rest);
    out
}

/// A bare name line (`Jane Doe`) whose name the page gives again in an
/// author box (`lines`), opening the writer's introduction (`Jane Doe is
/// a reporter…`). The names.
pub fn boxed_name<'a>(line: &str, mut lines: impl Iterator<Item = &'a str>) -> Option<Vec<String>> {
    let (names, said) = name_line(line)?;
    // (Or with a button glued on: `Jane DoeBio | Email`.)
    let name = names.first()?.as_str();
    let glued = line.trim().strip_prefix(name).is_some_and(|r| r.is_empty() || r.starts_with(char::is_uppercase));
    if said || names.len() != 1 || !glued {
        return None;
    }
    lines.find(|t| {
        t.strip_prefix(name).is_some_and(|rest| {
            crate::lexicon::article::AUTHOR_BOX_LEADS.iter().any(|w| rest.starts_with(w))
                && (ends_sentence(rest) || has_role(&key(rest)))
        })
    })?;
    Some(names)
}

/// Names listed by commas, then the date (`Asher Hawkins, David K.
/// Randall, Jane Doe, 04.20.10, 06:00 AM EDT`): two or more names.
fn listed_names(line: &str) -> Option<Vec<String>> {
    let parts: Vec<&str> = line.split(',').map(str::trim).collect();
    let n = parts.iter().take_while(|p| person_name(p)).count();
    let next = parts.get(n)?;
    let figures = next.bytes().filter(u8::is_ascii_digit).count() >= 4
        && next.bytes().all(|b| b.is_ascii_digit() || matches!(b, b'.' | b'/' | b'-'));
    let dated = figures || date::find(next).is_some_and(|(s, _, _)| s == 0);
    (n >= 2 && dated).then(|| parts[..n].iter().map(|p| (*p).to_string()).collect())
}

/// A sign-off after the article: a dash, then the writer's name (`--
/// Jane Doe`, `— Jane Doe`). The name.
pub fn dash_signoff(line: &str) -> Vec<String> {
    let t = line.trim();
    let Some(rest) = ["--", "—", "–"].iter().find_map(|d| t.strip_prefix(d)) else {
        return Vec::new();
    };
    let rest = rest.trim();
    if rest.chars().count() > 60 || !person_name(byline_head(rest)) {
        return Vec::new();
    }
    byline_names(rest)
}

/// A site's account, not a writer (`Admin`, `jdadmin`, `Editorial`).
pub fn account_name(name: &str) -> bool {
    let k = key(name.trim());
    crate::lexicon::article::ACCOUNT_NAMES.contains(k.as_str()) || (k.ends_with("admin") && !crate::lexicon::has_char(&k, ' '))
}

/// A Chinese writer's name alone on its line (`莊楚雯`, `王明 張三`): each
/// name two to four Han characters from a common family name, at most three.
pub fn han_name_line(line: &str) -> Option<Vec<String>> {
    let t = line.trim();
    // `AMY QIN, 王小舟`: Latin and Han names listed by commas.
    if t.contains([',', '，']) && t.chars().count() <= 40 {
        let parts: Vec<&str> = t.split([',', '，']).map(str::trim).collect();
        let person = |p: &&str| person_name(p) || (surnamed(p) && p.chars().all(crate::clean::is_han));
        let mixed = parts.iter().any(|p| han_text(p)) && parts.iter().any(|p| !han_text(p));
        return (mixed && parts.len() <= 4 && parts.iter().all(person)).then(|| parts.iter().map(|p| (*p).to_string()).collect());
    }
    if t.is_empty() || t.chars().count() > 16 {
        return None;
    }
    // `王明_台北`: the writer's place after an underscore.
    let t = match t.split_once('_') {
        Some((who, place)) if (1..=4).contains(&place.chars().count()) && place.chars().all(crate::clean::is_han) => who,
        _ => t,
    };
    let mut parts: Vec<&str> = t.split([' ', '\u{3000}', '、']).filter(|p| !p.is_empty()).collect();
    // `中時新聞網 王明`: the outlet before the writer.
    if parts.len() >= 2 && is_outlet(parts[0]) {
        parts.remove(0);
    }
    let name = |p: &&str| {
        let k = key(p);
        (2..=4).contains(&p.chars().count())
            && p.chars().all(crate::clean::is_han)
            && k.chars().next().is_some_and(|c| crate::lexicon::has_char(crate::lexicon::article::SURNAMES, c))
    };
    (!parts.is_empty() && parts.len() <= 3 && parts.iter().all(name))
        .then(|| parts.iter().map(|p| (*p).to_string()).collect())
}

/// A line's length in chars, each run of spaces counted as one (HTML lays
/// a credit's parts out apart: `王明                    2024年05月12日`).
fn spaced_len(t: &str) -> usize {
    t.split_whitespace().map(|w| w.chars().count() + 1).sum()
}

/// A date line ending in a writer's name (`2024/05/12 10:30 王明`): the names.
pub fn dated_name_line(line: &str) -> Option<Vec<String>> {
    let t = line.trim();
    let (s, e, _) = date::find(t)?;
    if spaced_len(t) > 40 {
        return None;
    }
    // `王明 2024年05月12日 17:00`: Han names before the date, a time at most after it.
    if s > 0 {
        let time = t[e..].chars().all(|c| c.is_ascii_digit() || matches!(c, ':' | ' ' | '\u{3000}'));
        return han_name_line(&t[..s]).filter(|_| time);
    }
    let rest = t[e..].trim_start_matches(|c: char| c.is_ascii_digit() || matches!(c, ':' | ' ' | '\u{3000}'));
    // `May 12, 2024 - Jane Doe`: a name set apart by a separator.
    let apart = rest.trim_start_matches(['-', '–', '—', '|', '·', '•', ' ']);
    if apart.len() < rest.len() && person_name(apart) {
        return Some(vec![apart.to_string()]);
    }
    han_name_line(rest)
}

/// A short Han line naming a reporter's role (`國際部記者`, `特約記者`), as
/// the line below a writer's name says it.
pub fn han_role_line(line: &str) -> bool {
    let t = line.trim();
    let k = key(t);
    // `BBC中文記者`: an outlet's Latin name may open it.
    let shaped = t.chars().all(|c| crate::clean::is_han(c) || c.is_ascii_alphabetic() || c == ' ')
        && t.chars().filter(|&c| crate::clean::is_han(c)).count() >= 2;
    t.chars().count() <= 16 && shaped && REPORTER_WORDS.iter().any(|w| k.ends_with(w))
}

/// A foreign name written in Han characters, its parts joined by a middle
/// dot (`弗蘭克·加德納`).
pub fn transliterated_name(line: &str) -> Option<Vec<String>> {
    let t = line.trim();
    let parts: Vec<&str> = t.split(['·', '•', '‧']).collect();
    let shaped = parts.len() >= 2
        && t.chars().count() <= 16
        && parts.iter().all(|p| (1..=6).contains(&p.chars().count()) && p.chars().all(crate::clean::is_han));
    shaped.then(|| vec![t.to_string()])
}

/// Does the paragraph end in a bracket (`…。（圖取自網頁）`), as a caption does?
pub fn ends_in_bracket(par: &str) -> bool {
    par.trim_end().ends_with(['）', ')'])
}

/// A line below a name that says what the person is: a role (`Senior
/// Contributor`, `News reporter @TomGillespie1`) or a handle (`@apollozac`).
pub fn byline_role(line: &str) -> bool {
    let n = line.chars().count();
    let k = key(line);
    n > 0
        && n <= 60
        && (line.trim_start().starts_with('@') || has_role(&k))
}

/// Does the key hold an English role word: a one-word role as a word of
/// it, a longer one as a phrase in it (`staff writer`)?
fn has_role(k: &str) -> bool {
    ROLE_WORDS.iter().any(|w| {
        w.is_ascii()
            && if crate::lexicon::has_char(w, ' ') {
                crate::lexicon::has_str(k, w)
            } else {
                k.split(|c: char| !c.is_alphanumeric() && c != '-')
                    .any(|t| t == w)
            }
    })
}

/// A line that states a date with a few words around it (`Published 18
/// November 2019`, `October 15, 2018/0 Comments/in News /by admin`), not
/// a sentence or caption that mentions one. The date.
pub fn date_line(line: &str) -> Option<String> {
    let words = |t: &str| t.split_whitespace().map(|w| w.chars().count() + 1).sum::<usize>();
    let (s, e, iso) = date::find(line)?;
    // The words outside its dates (`PUBLISHED: … | UPDATED: …` has two).
    let (mut other, mut rest) = (words(&line[..s]), &line[e..]);
    for _ in 0..2 {
        let Some((s2, e2, _)) = date::find(rest) else {
            break;
        };
        other += words(&rest[..s2]);
        rest = &rest[e2..];
    }
    // `September 2, 2010 | This article appeared in …`: a date set apart
    // at the line's start, whatever follows the bar.
    let set_apart = s <= 3
        && line[e..]
            .trim_start()
            .starts_with(['|', '·', '•', '–', '—']);
    (other + words(rest) <= 60 || set_apart).then_some(iso)
}

/// The year of a copyright line (`Copyright © 1998-2005 Example Inc.`: the
/// last one), the page's year when its date line has none.
pub fn copyright_year(line: &str, key: &str) -> Option<u32> {
    let at = COPYRIGHT_MARKS.iter().filter_map(|m| crate::lexicon::find_str(key, m)).min()?;
    let b = line.as_bytes();
    let mut year = None;
    let mut i = at;
    while i + 4 <= b.len() && i < at + 40 {
        let four = b[i..i + 4].iter().all(u8::is_ascii_digit);
        let edge = |j: usize| b.get(j).is_none_or(|c| !c.is_ascii_digit());
        if four && edge(i + 4) && (i == 0 || edge(i - 1)) {
            year = line[i..i + 4].parse().ok().filter(|y| (1990..=2100).contains(y)).or(year);
            i += 4;
        } else {
            i += 1;
        }
    }
    year
}

/// The date of a magazine's issue line (`From the March 6, 2000 issue of
/// Example Magazine.`): a short line with a whole date and an issue word.
pub fn issue_date(line: &str) -> Option<String> {
    if line.len() > 100 || !may_hold_issue_word(line) {
        return None;
    }
    let (_, e, iso) = date::find(line)?;
    let k = key(&line[e..]);
    k.split(|c: char| !c.is_ascii_alphabetic()).any(|w| ISSUE_WORDS.contains(w)).then_some(iso)
}

/// Could an issue word follow a date in `line`? The words are runs of ASCII
/// letters (folding changes no other character into one), so one of them, or
/// the end of one cut by the date, is in the list: tested before the date
/// search, which runs on every short line of a page with no date.
fn may_hold_issue_word(line: &str) -> bool {
    let b = line.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if !b[i].is_ascii_alphabetic() {
            i += 1;
            continue;
        }
        let s = i;
        while i < b.len() && b[i].is_ascii_alphabetic() {
            i += 1;
        }
        let run = line[s..i].to_ascii_lowercase();
        if (0..run.len()).any(|k| ISSUE_WORDS.contains(&run[k..])) {
            return true;
        }
    }
    false
}

/// A line next to an unlabelled name that marks it as the byline: a short
/// date line (`Nov 18, 2019 @17:19 PM`, `Published 18 November 2019`, `1
/// day ago`), a role (`Senior Contributor`) or a handle (`@trevorjd14`).
pub fn byline_neighbour(line: &str) -> bool {
    let n = line.chars().count();
    // A line that opens with its date, however long (`September 2, 2010 |
    // This article appeared in …`).
    // Not a lead that opens with its dateline (`Oct 10, 2000 — Rumors …`).
    if n > 90 {
        return date::find(line)
            .is_some_and(|(s, e, _)| s <= 3 && !line[e..].trim_start().starts_with(['—', '–', '-']));
    }
    if n == 0 {
        return false;
    }
    let k = key(line);
    let relative = k.split_whitespace().any(|w| RELATIVE_DATE_WORDS.contains(w));
    date::find(line).is_some() || relative || byline_role(line)
}

/// An outlet's initials on the line under a writer's name (`BBC`).
pub fn initials(line: &str) -> bool {
    let t = line.trim();
    (2..=5).contains(&t.len()) && t.bytes().all(|b| b.is_ascii_uppercase())
}

/// Only Han characters, spaces and the list comma: names, not a clause.
fn all_han_or_space(s: &str) -> bool {
    s.chars().all(|c| crate::clean::is_han(c) || c.is_whitespace() || c == '、') && han_text(s)
}

fn han_text(s: &str) -> bool {
    s.chars().any(crate::clean::is_han)
}

/// The fields one meta line gives.
#[derive(Debug, Default, Clone)]
pub struct Fields {
    pub date: Option<String>,
    pub source: Option<String>,
    pub authors: Vec<String>,
    pub editor: Option<String>,
    pub keywords: Vec<String>,
    pub tags: Vec<String>,
}

/// Split a keyword list: spaces, commas, `、`, `|`.
pub fn list_items(value: &str) -> Vec<String> {
    // With a list separator present, spaces are inside items (`city council`);
    // without one, as in `關鍵詞：房價 市議會 租金`, spaces separate them.
    let sep = |c: char| matches!(c, ',' | '，' | '、' | ';' | '；' | '|' | '｜' | '丨');
    let by_sep = value.contains(sep);
    value
        .split(|c: char| sep(c) || (!by_sep && c.is_whitespace()))
        .map(trim_value)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect()
}

/// Read a meta line: labelled segments, and a date anywhere in it.
pub fn read_line(line: &str, key: &str) -> Fields {
    let mut f = Fields::default();
    let ls = labels(line, key);
    for (n, &(_, end, label)) in ls.iter().enumerate() {
        let stop = ls.get(n + 1).map_or(line.len(), |l| l.0);
        let mut value = &line[end..stop];
        // A date inside another field's value is the date, not part of it.
        if let Some((ds, de, iso)) = date::find(value) {
            if f.date.is_none() {
                f.date = Some(iso);
            }
            if label != MetaLabel::Date {
                let before = trim_value(&value[..ds]);
                let after = trim_value(&value[de..]);
                value = if before.is_empty() { after } else { before };
            }
        }
        let v = trim_value(value);
        match label {
            MetaLabel::Source => {
                let v = trim_value(v.split(['|', '｜', '丨']).next().unwrap_or(v));
                let first = v.split([' ', '\u{3000}']).next().unwrap_or(v);
                let first = if v.is_ascii() { v } else { first };
                if f.source.is_none() && !first.is_empty() {
                    f.source = Some(trim_value(first).to_string());
                }
            }
            MetaLabel::Author => f.authors.extend(byline_names(v)),
            MetaLabel::Editor => {
                if f.editor.is_none() && !v.is_empty() {
                    let names = names(v);
                    f.editor = Some(names.into_iter().next().unwrap_or_else(|| v.to_string()));
                }
            }
            MetaLabel::Date | MetaLabel::Credit => {}
            MetaLabel::Keywords => f.keywords.extend(list_items(v)),
            MetaLabel::Tags => f.tags.extend(list_items(v)),
        }
    }
    if f.date.is_none() {
        f.date = date::normalize(line);
    }
    f
}

/// How much of `line` labels and dates account for, in chars (a line that is
/// mostly meta is a meta line).
#[cfg(test)]
pub fn is_meta_line(line: &str, key: &str) -> bool {
    is_meta_line_with(line, &labels(line, key))
}

/// [`is_meta_line`] given the line's [`labels`] (the line reader has them).
pub fn is_meta_line_with(line: &str, ls: &[(usize, usize, MetaLabel)]) -> bool {
    let n = line.chars().count();
    if n == 0 || n > 160 {
        return false;
    }
    let first_at_start = ls
        .first()
        .is_some_and(|l| l.0 == 0 || trim_value(&line[..l.0]).is_empty());
    // Looked for only where it decides something (most lines end a sentence).
    let date = || date::find(line);
    let terminal = ends_sentence(line);
    if first_at_start {
        // `記者 張三` or `來源：新華社`: short values, or several labels.
        let value_len = line[ls[0].1..].chars().count();
        return ls.len() >= 2 || value_len <= 60 || date().is_some();
    }
    if ls.len() >= 2 && n <= 100 {
        return true;
    }
    // `【糾錯】【責任編輯：張三】`: a label in a short line that is no sentence.
    // (Not a headline with the word in it: `Fatherhood, as Told to You by Lost`.)
    if !ls.is_empty() && n <= 40 && !terminal && (han_text(line) || line[..ls[0].0].split_whitespace().count() <= 3) {
        return true;
    }
    if terminal {
        return false;
    }
    // A date line: the date and a few words (a source, a time, a place).
    date().is_some_and(|(s, e, _)| {
        let rest = line[..s].chars().count() + line[e..].chars().count();
        rest <= 30 || !ls.is_empty()
    })
}

/// Does the line end a sentence (`。`, `.`, `！`… possibly inside closing quotes)?
pub fn ends_sentence(s: &str) -> bool {
    let t = s.trim_end_matches(|c: char| {
        c.is_whitespace() || matches!(c, '”' | '’' | '」' | '』' | '"' | '\'' | ')' | '）')
    });
    t.ends_with(['。', '！', '？', '!', '?', '.', '…', '；', ';'])
}

/// A dateline at the start of a paragraph: the source (agency) and the
/// authors it names. `BEIJING, May 12 (Xinhua) --`, `WASHINGTON (Reuters) -`,
/// `新華社北京5月12日電（記者 張三）`, `中新網5月12日電`.
pub fn dateline(par: &str) -> Option<Fields> {
    let mut f = Fields::default();
    let head: String = par.chars().take(80).collect();
    // English: "PLACE[, Month Day] (Agency) --"
    if let Some(open) = head.find('(') {
        let before = &head[..open];
        let place = before.split(',').next().unwrap_or("");
        let letters = place.chars().filter(|c| c.is_ascii_alphabetic()).count();
        let caps = letters >= 2;
        let place_upper = place
            .chars()
            .filter(|c| c.is_ascii_alphabetic())
            .all(|c| c.is_ascii_uppercase());
        if let Some(close) = head[open..].find(')') {
            let inner = &head[open + 1..open + close];
            let after = head[open + close + 1..].trim_start();
            let dash = after.starts_with("--")
                || after.starts_with('—')
                || after.starts_with('–')
                || after.starts_with("- ")
                || after.starts_with(':');
            if caps && place_upper && dash && !inner.is_empty() && inner.len() <= 30 {
                f.source = Some(inner.trim().to_string());
                return Some(f);
            }
        }
    }
    // Chinese: "<agency>[place][M月D日]電|电[（記者 …）]", or inside brackets:
    // "（中央社記者楊明珠東京14日專電）".
    let lead = head.len() - head.trim_start_matches(['（', '(']).len();
    let body = &head[lead..];
    let k = key(body);
    let agency = AGENCIES
        .iter()
        .filter(|a| !a.is_ascii())
        .find(|a| k.starts_with(&key(a)))?;
    let dian = crate::lexicon::find_str(&k, "电")?;
    if dian > 60 || dian < agency.len() {
        return None;
    }
    f.source = Some(body[..agency.len()].to_string());
    let between = &k[agency.len()..dian];
    // `記者王明台北`, `駐歐洲特派員王明布魯塞爾`: after the reporter word.
    if let Some((at, w)) = first_reporter_word(between) {
        // The name runs up to the place and the day.
        let name: String = body[agency.len() + at + w..dian]
            .chars()
            .take_while(|c| !c.is_ascii_digit() && !('０'..='９').contains(c))
            .collect();
        f.authors = names(without_place(&name));
    }
    let after = &body[dian + "电".len()..];
    if after.starts_with(['（', '(']) {
        let close = after.find(['）', ')'])?;
        let inner = &after[after.chars().next().map_or(1, char::len_utf8)..close];
        f.authors = names(inner);
    }
    Some(f)
}

/// A dateline's reporter and place run together (`王明台北`, `王小明華盛頓`):
/// the name, less a place of three or more characters from the table, else
/// less two characters when four or more stand.
fn without_place(run: &str) -> &str {
    let k = key(run);
    let n = run.chars().count();
    let place = DATELINE_PLACES
        .iter()
        .filter(|p| k.ends_with(p) && k.len() > p.len() + 3)
        .map(str::len)
        .max();
    let cut = place.unwrap_or_else(|| if n >= 4 { run.chars().rev().take(2).map(char::len_utf8).sum() } else { 0 });
    &run[..run.len() - cut]
}

/// `（記者 張三 王五）`, `〔記者王明／台北報導〕` at the start or end of a
/// paragraph, or a lead credit ([`lead_credit`]): its names.
pub fn reporter_credit(par: &str) -> Vec<String> {
    let k = key(par);
    for (open, close) in [('（', '）'), ('(', ')'), ('〔', '〕'), ('【', '】'), ('[', ']')] {
        for at in [par.find(open), par.rfind(open)].into_iter().flatten() {
            let Some(len) = par[at..].find(close) else {
                continue;
            };
            let inner_k = &k[at + open.len_utf8()..at + len];
            if REPORTER_WORDS.iter().any(|w| inner_k.starts_with(w)) || outlet_reporter(inner_k) {
                // `〔記者會／台北報導〕`: no person named.
                let names = names(&par[at + open.len_utf8()..at + len]);
                if names.iter().all(|n| (2..=4).contains(&n.chars().count())) {
                    return names;
                }
            }
        }
    }
    lead_credit(par)
}

/// A paragraph opening with its reporter's credit, alone or after a lead
/// tag or a dateline that ends in `訊` or `電`: `記者王明報導：`,
/// `【本報訊】記者王明台北報導`, `本報北京5月12日電 記者王明報道：`. The
/// names run to the report words (less a two-character place when four or
/// more characters come before them) or a slash.
fn lead_credit(par: &str) -> Vec<String> {
    let head: String = par.chars().take(60).collect();
    let k = key(&head);
    let Some((at, w)) = first_reporter_word(&k) else {
        return Vec::new();
    };
    let lead = k[..at].trim_matches(|c: char| c.is_whitespace() || is_bullet(c) || crate::lexicon::has_char("【】〔〕[]", c));
    if lead.chars().count() > 20 || !(lead.is_empty() || lead.ends_with(['讯', '电'])) {
        return Vec::new();
    }
    let (rest, rk) = (&head[at + w..], &k[at + w..]);
    let slash = rest.find(['／', '/']).filter(|&p| rest[..p].chars().count() <= 10);
    let report = REPORT_ENDS
        .iter()
        .filter_map(|e| crate::lexicon::find_str(rk, e))
        .min()
        .filter(|&p| rest[..p].chars().count() <= 12);
    let end = match (slash, report) {
        (Some(s), _) => s,
        (None, Some(r)) => {
            let n = rest[..r].chars().count();
            let place = if n >= 4 { rest[..r].chars().rev().take(2).map(char::len_utf8).sum() } else { 0 };
            r - place
        }
        (None, None) => return Vec::new(),
    };
    let names = names(&rest[..end]);
    let named = !names.is_empty()
        && names.len() <= 4
        && names.iter().all(|n| surnamed(n));
    if named {
        names
    } else {
        Vec::new()
    }
}

/// The first reporter word of a key (the longest where two start at one
/// place): its byte offset and length.
fn first_reporter_word(k: &str) -> Option<(usize, usize)> {
    REPORTER_WORDS
        .iter()
        .filter_map(|w| crate::lexicon::find_str(k, w).map(|a| (a, w.len())))
        .min_by_key(|&(a, w)| (a, usize::MAX - w))
}

/// `香港文匯報記者 X Y`: an outlet's name (a few Han characters ending as an
/// outlet's does), then `記者` (on the key).
fn outlet_reporter(k: &str) -> bool {
    let Some(at) = crate::lexicon::find_str(k, "记者") else {
        return false;
    };
    let outlet = &k[..at];
    (2..=10).contains(&outlet.chars().count())
        && outlet.chars().all(crate::clean::is_han)
        && ends_outlet(outlet)
}

/// A credit line after the article's last paragraph: a reporter word and
/// the names, nothing else (`記者黃雄 、馮淑環`). The names.
pub fn closing_credit(line: &str) -> Vec<String> {
    let t = line.trim();
    if t.chars().count() > 30 || !han_text(t) {
        return Vec::new();
    }
    // `（王明）` alone on its line.
    let inner = t
        .strip_prefix(['（', '('])
        .and_then(|i| i.strip_suffix(['）', ')']));
    if let Some(names) = inner.and_then(han_name_line) {
        return names;
    }
    // `（記者王明／台北報導）`, `（記者：王明）`.
    let t = inner.unwrap_or(t);
    let reported = report_credit(t, &key(t));
    if !reported.is_empty() {
        return reported;
    }
    let k = key(t);
    // The reporter word, after a desk of a few Han characters at most (`法庭記者：`).
    let Some((at, w)) = first_reporter_word(&k) else {
        return Vec::new();
    };
    let desk = &k[..at];
    if desk.chars().count() > 4 || !desk.chars().all(crate::clean::is_han) {
        return Vec::new();
    }
    let rest = t[at + w..].trim_start_matches([':', '：', '︰', ' ', '\u{3000}']);
    let plain = rest
        .chars()
        .all(|c| crate::clean::is_han(c) || c.is_whitespace() || matches!(c, '、' | '，' | ',' | '/' | '／'));
    let names = if plain { names(rest) } else { Vec::new() };
    if !names.is_empty() && names.len() <= 4 && names.iter().all(|n| surnamed(n))
    {
        names
    } else {
        Vec::new()
    }
}

/// A sign-off closing the article: a name, a role word and an e-mail
/// address on a short line (`정덕현 칼럼니스트 thekian1@entermedia.co.kr`,
/// `칼럼니스트 박생강 pillgoo9@gmail.com`). The name.
pub fn signoff(line: &str) -> Vec<String> {
    if line.chars().count() > 60 {
        return Vec::new();
    }
    let toks: Vec<&str> = line.split_whitespace().collect();
    let is_mail = |t: &&str| crate::lexicon::has_char(t, '@') && crate::lexicon::has_char(t, '.') && !t.starts_with('@');
    let is_role = |t: &&str| ROLE_WORDS.contains(&key(t));
    if toks.iter().filter(|t| is_mail(t)).count() != 1 || !toks.iter().any(is_role) {
        return Vec::new();
    }
    let rest: Vec<&str> = toks
        .iter()
        .filter(|t| !is_mail(t) && !is_role(t))
        .copied()
        .collect();
    let shaped = (1..=3).contains(&rest.len())
        && rest.iter().all(|t| t.chars().all(char::is_alphabetic))
        && rest.iter().any(|t| !t.is_ascii() || t.chars().next().is_some_and(char::is_uppercase));
    if shaped {
        vec![rest.join(" ")]
    } else {
        Vec::new()
    }
}

/// A Han outlet's name rather than a person's (`新華社`, `中國台灣網`):
/// three or more characters ending as an outlet's name does.
pub fn is_outlet(name: &str) -> bool {
    let k = key(name);
    k.chars().count() >= 3 && k.chars().all(crate::clean::is_han) && ends_outlet(&k)
}

/// An outlet's name of four or more characters (`經濟日報`), which a
/// person's name is not, in a page's `<meta name="author">`.
pub fn outlet_name(name: &str) -> bool {
    is_outlet(name) && name.chars().count() >= 4
}

/// Does the key end with an outlet's last word (`自由时报`, `东森新闻`)?
fn ends_outlet(k: &str) -> bool {
    !k.is_empty() && OUTLET_ENDS.iter().any(|w| k.ends_with(w))
}

/// An outlet's reporter credit at the start of a line or paragraph, or in
/// brackets there: `東森新聞記者 王明 張三`, `〔自由時報記者王明／台北報導〕`.
/// Its names.
pub fn outlet_credit(par: &str) -> Vec<String> {
    // `2024年5月12日 自由時報 記者王明`: the date and time first.
    let par = &par[after_date(par)..];
    let head: String = par.chars().take(40).collect();
    let k = key(&head);
    let open = k.len() - k.trim_start_matches(['（', '(', '〔', '[', '【']).len();
    for w in REPORTER_WORDS.iter() {
        let Some(at) = crate::lexicon::find_str(&k[open..], w).map(|a| a + open) else {
            continue;
        };
        let outlet = k[open..at].trim_end();
        if outlet.chars().count() > 10 || !ends_outlet(outlet) || !han_text(outlet) {
            continue;
        }
        let rest = &head[at + w.len()..];
        let rk = &k[at + w.len()..];
        // The names run to a slash, a bracket or the report's place words.
        let mut end = rest
            .find(['／', '/', '）', ')', '〕', ']', '】', '，', ','])
            .unwrap_or(rest.len());
        for e in REPORT_ENDS.iter() {
            if let Some(p) = crate::lexicon::find_str(&rk[..end], e) {
                // The place before `報導` (and the day before `電`: `王明台北7日電`).
                let run = rk[..p].trim_end_matches(|c: char| c.is_ascii_digit() || ('０'..='９').contains(&c) || crate::lexicon::has_char(DAY_MARKS, c));
                end = without_place(&rest[..run.len()]).len();
            }
        }
        // `北青報記者調查發現`: what the reporter did, not a name.
        let names = names(&rest[..end]);
        if !names.is_empty() && names.iter().all(|n| surnamed(n)) {
            return names;
        }
    }
    Vec::new()
}

/// The longest line [`report_credit`] reads, in chars.
const MAX_CREDIT_CHARS: usize = 80;

/// A credit line of its own, reporter, names or desk before a slash and the
/// report after it (a date may follow): `記者王明／台北報導`,
/// `王明 張三／新北 台南報導 發布時間：…`, `生活中心／王明報導`. Its names.
/// Where the last `/` or `／` (EF BC 8F) of `t` starts, as `t.rfind(['／', '/'])`:
/// a byte scan, where the char pattern decoded every character of the line.
fn last_slash(t: &str) -> Option<usize> {
    let b = t.as_bytes();
    (0..b.len()).rev().find_map(|i| match b[i] {
        b'/' => Some(i),
        0x8F if i >= 2 && b[i - 2] == 0xEF && b[i - 1] == 0xBC => Some(i - 2),
        _ => None,
    })
}

pub fn report_credit(line: &str, line_key: &str) -> Vec<String> {
    // `〔記者王明／台北報導〕` on its own line: inside the brackets.
    let t = line.trim().trim_start_matches(['〔', '【', '（', '(', '[']).trim_end_matches(['〕', '】', '）', ')', ']']);
    // A credit line is short: a paragraph is passed over before any search
    // (four bytes a char at most).
    if t.len() > 4 * MAX_CREDIT_CHARS {
        return Vec::new();
    }
    // The last slash: the report after it, the credit in the segment before
    // it (`2023-08-28 聯合報／ 記者王明／綜合報導`).
    // `記者王明 台北報導`: a reporter's credit may set the report apart by a space.
    let lead = t.as_ptr() as usize - line.as_ptr() as usize;
    let spaced = || {
        // `編輯 王明 報導`: a role word of the writer's too.
        let (k, role) = (&line_key[lead..], |w: &str| !w.is_ascii());
        (REPORTER_WORDS.any_prefix(k, role) || ROLE_WORDS.any_prefix(k, role))
            .then(|| t.rfind(char::is_whitespace))
            .flatten()
    };
    let Some(slash) = last_slash(t).or_else(spaced) else {
        return Vec::new();
    };
    if t.chars().count() > MAX_CREDIT_CHARS || line_key.len() != line.len() {
        return Vec::new();
    }
    // The line's key (folded, byte for byte aligned), trimmed as the line is.
    let k = &line_key[lead..lead + t.len()];
    let from = last_slash(&t[..slash])
        .map_or(0, |p| p + t[p..].chars().next().map_or(1, char::len_utf8))
        .max(after_date(&t[..slash]));
    let after = slash + t[slash..].chars().next().map_or(1, char::len_utf8);
    let (left, kl, right, kr) = (&t[from..slash], &k[from..slash], &t[after..], &k[after..]);
    // The report: a short place (or the desk's name) and `報導`.
    let Some(report_at) = REPORT_ENDS
        .iter()
        .filter_map(|e| crate::lexicon::find_str(kr, e))
        .min()
    else {
        return Vec::new();
    };
    if right[..report_at].chars().count() > 8 || !all_han_or_space(left) {
        return Vec::new();
    }
    // `國際中心／綜合報導`: a desk and no name.
    // A role word says the names are persons'; without one they must look
    // like persons' (`即時新聞／綜合報導`, `國際中心／綜合報導`: desks).
    let roled = ROLE_WORDS.iter().any(|r| !r.is_ascii() && crate::lexicon::has_str(kl, r));
    let names: Vec<String> = if DESK_ENDS.iter().any(|d| kl.trim_end().ends_with(d)) {
        names(&right[..report_at]).into_iter().filter(|n| surnamed(n)).collect()
    } else {
        let w = REPORTER_WORDS
            .iter()
            .find(|w| kl.starts_with(*w))
            .map_or(0, |w| w.len());
        names(&left[w..])
    };
    let person = |n: &String| if roled { (2..=4).contains(&n.chars().count()) } else { surnamed(n) };
    if !names.is_empty() && names.iter().all(person) {
        names
    } else {
        Vec::new()
    }
}

/// A short line naming the writer and the outlet after a slash: `陳大文／聯合報`.
pub fn slash_outlet(line: &str) -> Vec<String> {
    let t = line.trim();
    let Some(slash) = t.find(['／', '/']) else {
        return Vec::new();
    };
    let (who, outlet) = (&t[..slash], trim_value(&t[slash..]));
    // `新報快訊／王明、張三 2024年05月12日 09:25`: the desk first, then the names.
    let kw = key(who);
    if spaced_len(t) <= 48 && (DESK_ENDS.iter().any(|d| kw.ends_with(d)) || is_outlet(who)) {
        let names = date::find(outlet).map_or(outlet, |(s, _, _)| &outlet[..s]);
        return han_name_line(names).unwrap_or_default();
    }
    if t.chars().count() > 24 || !han_text(who) || !ends_outlet(&key(outlet)) {
        return Vec::new();
    }
    let names = names(who);
    if names.iter().all(|n| (2..=4).contains(&n.chars().count())) {
        names
    } else {
        Vec::new()
    }
}

/// A bracket closing the article's last paragraph that names the writer:
/// `……表示。（王明）`, `（記者 張三）`. Not `（完）`.
pub fn trailing_credit(par: &str) -> Vec<String> {
    let t = par.trim_end();
    // `…。（編輯：張三）1130512`: a wire's date code after the bracket.
    let code = t.len() - t.trim_end_matches(|c: char| c.is_ascii_digit()).len();
    let t = if (4..=8).contains(&code) { t[..t.len() - code].trim_end() } else { t };
    let Some(close) = t.chars().next_back().filter(|c| matches!(c, '）' | ')')) else {
        return Vec::new();
    };
    let open = if close == '）' { '（' } else { '(' };
    let Some(at) = t.rfind(open) else {
        return Vec::new();
    };
    let inner = trim_value(&t[at..]);
    let ik = key(inner);
    // After the last sentence's end, not a word's gloss (`營收（年增率）`).
    if inner.is_empty() || !han_text(inner) || NOT_CREDITS.contains(&ik) || !ends_sentence(&t[..at])
    {
        return Vec::new();
    }
    // `（本文來源：經濟日報 作者：某研究所 執筆人：王明）`: its labels' authors,
    // persons only.
    if !labels(inner, &ik).is_empty() {
        let mut f = read_line(inner, &ik);
        f.authors.retain(|n| surnamed(n) || person_name(n));
        return f.authors;
    }
    // `（中國台灣網 李寧）`: the outlet before the writer is not a name.
    let mut names = names(inner);
    if names.len() > 1 {
        names.retain(|n| !is_outlet(n));
    }
    let named = names.len() <= 3
        && names.iter().all(|n| (2..=4).contains(&n.chars().count()) && han_text(n));
    if named {
        names
    } else {
        Vec::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_last_slash_is_found_as_rfind_finds_it() {
        for t in ["記者王明／台北報導", "a/b／c", "／", "/", "王明", "", "ａ／ｂ/", "中／文／字"] {
            assert_eq!(last_slash(t), t.rfind(['／', '/']), "{t}");
        }
    }

    /// `lower` against std's `to_lowercase`, character by character: equal,
    /// or else the character is outside the letters of the lists, so is its
    /// lower case, and both are letters or digits alike (a trim at either end
    /// then cuts the same characters, and a lookup fails either way).
    #[test]
    fn lower_matches_std_for_the_lists() {
        let lists = [BYLINE_STOPS, BYLINE_LEADS, crate::lexicon::article::RELATIVE_TIME_UNITS, NAME_PARTICLES, NOT_NAME_WORDS];
        let letters: std::collections::BTreeSet<char> = lists.iter().flat_map(|l| l.iter()).flat_map(str::chars).collect();
        for c in (0..=0x10ffff).filter_map(char::from_u32) {
            let (got, want) = (lower(&c.to_string()), c.to_lowercase().collect::<String>());
            if got == want {
                continue;
            }
            let apart = |s: &str| s.chars().all(|x| !letters.contains(&x) && x.is_alphanumeric() == c.is_alphanumeric());
            assert!(apart(&got) && apart(&want), "{c:?}: {got:?} against {want:?}");
        }
        assert_eq!(lower("VERÖFFENTLICHT Publié \u{130}X \u{212a}m"), "veröffentlicht publié i\u{307}x km");
    }

    fn read(s: &str) -> Fields {
        read_line(s, &key(s))
    }

    #[test]
    fn labelled_lines() {
        let f = read("2024-05-12 10:32 來源：新華網 作者：張三 李四 責任編輯：王五");
        assert_eq!(f.date.as_deref(), Some("2024-05-12T10:32"));
        assert_eq!(f.source.as_deref(), Some("新華網"));
        assert_eq!(f.authors, ["張三", "李四"]);
        assert_eq!(f.editor.as_deref(), Some("王五"));
        let f = read("By Jane Doe and John Roe, Reuters");
        assert_eq!(f.authors, ["Jane Doe", "John Roe"]);
        let f = read("（责任编辑：刘佳）");
        assert_eq!(f.editor.as_deref(), Some("刘佳"));
        let f = read("Source: Reuters | Updated May 12, 2024 10:32 AM");
        assert_eq!(f.source.as_deref(), Some("Reuters"));
        assert_eq!(f.date.as_deref(), Some("2024-05-12T10:32"));
        let f = read("記者 陳大文 通訊員 林小明");
        assert_eq!(f.authors, ["陳大文", "林小明"]);
    }

    #[test]
    fn not_labels() {
        assert!(labels("Sources said the deal", &key("Sources said the deal")).is_empty());
        assert!(labels("文化產業", &key("文化產業")).is_empty());
        assert!(labels("by the way", &key("by the way")).is_empty());
        assert!(!is_meta_line(
            "記者從嘉興市南湖區共富辦了解到，2021年全省考核結果已正式公布。",
            &key("記者從嘉興市南湖區共富辦了解到，2021年全省考核結果已正式公布。")
        ));
    }

    #[test]
    fn byline_heads() {
        // (value, names)
        let cases: &[(&str, &[&str])] = &[
            ("Justine Coleman - 11/18/19 11:04 PM EST", &["Justine Coleman"]),
            ("Jonathan GarberFOXBusiness", &["Jonathan Garber"]),
            ("Jane Doe22 Dec 2016", &["Jane Doe"]),
            ("Chris Pokorny@DawgsByNature Nov 18, 2019", &["Chris Pokorny"]),
            ("Sandee LaMotte, CNN", &["Sandee LaMotte"]),
            ("Andrew C. McCarthy", &["Andrew C. McCarthy"]),
            ("Ilana Muhlstein, MS, RDN", &["Ilana Muhlstein"]),
            ("Andy Sahadeo | Fox News", &["Andy Sahadeo"]),
            ("Tim Childers - Live Science Contributor 2019-11-19T12:48:14Z", &["Tim Childers"]),
            ("KASHMIRA GANDER ON 11/13/19 AT 4:00 PM EST", &["KASHMIRA GANDER"]),
            ("Moritz Bachmann publiziert am 25. September 2018", &["Moritz Bachmann"]),
            ("Jane Doe and John Roe, Reuters", &["Jane Doe", "John Roe"]),
            ("Ann Lee, Bo Chan and Cy Diaz", &["Ann Lee", "Bo Chan", "Cy Diaz"]),
            ("Marcus De GuzmanView More Articles", &["Marcus De Guzman"]),
            ("Meg JamesStaff Writer", &["Meg James"]),
            ("Jane Doe Nov 18, 2019 Follow @jdoe", &["Jane Doe"]),
            ("Sean Martin Sean Martin", &["Sean Martin"]),
            ("Stefan Becket, Kathryn Watson, Grace Segers", &["Stefan Becket", "Kathryn Watson", "Grace Segers"]),
            ("Analysis by Chris Cillizza, CNN Editor-at-large", &["Chris Cillizza"]),
            ("張三 李四", &["張三", "李四"]),
        ];
        for (v, want) in cases {
            assert_eq!(byline_names(v), *want, "{v}");
        }
    }

    #[test]
    fn byline_lines() {
        let by = |s: &str| byline(s, &key(s));
        assert_eq!(by("By Laura Mowat").unwrap(), ["Laura Mowat"]);
        assert_eq!(by("By Justine Coleman - 11/18/19 11:04 PM EST").unwrap(), ["Justine Coleman"]);
        assert_eq!(by("February 1, 2019 | BY: Ilana Muhlstein, MS, RDN").unwrap(), ["Ilana Muhlstein"]);
        assert_eq!(by("Analysis by Chris Cillizza, CNN Editor-at-large").unwrap(), ["Chris Cillizza"]);
        assert_eq!(by("Von Moritz Bachmann publiziert am 30. Juli 2018").unwrap(), ["Moritz Bachmann"]);
        assert_eq!(by("By JERUSALEM POST STAFF").unwrap(), ["JERUSALEM POST STAFF"]);
        assert_eq!(by("Por Juan Pérez | 5 de diciembre de 2019").unwrap(), ["Juan Pérez"]);
        assert_eq!(by("Par Marie Dupont, le 12 mai 2024").unwrap(), ["Marie Dupont"]);
        assert!(by("Comments powered by Disqus").is_none());
        // Someone else's credit, or no name.
        assert!(by("Designed by TemplatesYard").is_none());
        assert!(by("Developed by Netro42").is_none());
        assert!(by("Photo by Jane Doe").is_none());
        assert!(by("by the way").is_none());
        assert!(by("Author:").is_none());
        let account = |s: &str| account_byline(s, &key(s));
        assert_eq!(
            account("October 15, 2018/0 Comments/in News /by jdadmin").unwrap(),
            ["jdadmin"]
        );
        assert_eq!(account("Posted on May 3, 2024 by admin").unwrap(), ["admin"]);
        assert!(account("Read more by clicking here").is_none());
        assert!(account("May 3, 2024: prices went up by 12%").is_none());
        assert_eq!(by("Posted on May 3, 2024 by Maria Santos").unwrap(), ["Maria Santos"]);
        assert!(by("Posted in News by Jane Doe").is_none());
        assert_eq!(by("Monday November 18, 2019 7:45 am PST by Joe Rossignol").unwrap(), ["Joe Rossignol"]);
        let below = |s: &str, next: &str| byline_below(s, &key(s), next);
        assert_eq!(below("Author:", "Practical Horseman Editorial Staff").unwrap(), ["Practical Horseman Editorial Staff"]);
        assert!(below("Author:", "The fair opens on Friday.").is_none());
        assert!(below("Author: Jane Doe", "Publish date:").is_none());
        assert_eq!(byline_names("Eric Song, IGN Staff"), ["Eric Song"]);
    }

    #[test]
    fn unlabelled_name_lines() {
        // (line, names and whether the line says it is a byline)
        type Case<'a> = (&'a str, Option<(&'a [&'a str], bool)>);
        let cases: &[Case] = &[
            ("Chris Davies - Nov 19, 2019, 8:15 pm CST", Some((&["Chris Davies"], true))),
            ("Steve Peoples, Ap National Political Writer", Some((&["Steve Peoples"], true))),
            ("Trevor Daugherty", Some((&["Trevor Daugherty"], false))),
            ("Abigail Van Buren", Some((&["Abigail Van Buren"], false))),
            ("Marcus De GuzmanView More Articles", Some((&["Marcus De Guzman"], false))),
            ("Reuters November 18, 2019 11:03 PM", Some((&["Reuters"], true))),
            ("Reuters", None),
            ("(Reed Saxon / Associated Press)", None),
            ("Eric Song, IGN Staff", Some((&["Eric Song"], false))),
            ("Charlie Wood, Business Insider", Some((&["Charlie Wood"], false))),
            ("Jane Doe, who spoke to reporters on Monday", None),
            ("Most Popular View all", None),
            ("Home News", None),
            ("Sign In", None),
            ("The man whose duvet nearly killed him.", None),
            ("Jose Mourinho agrees deal to replace Mauricio Pochettino as Tottenham manager", None),
        ];
        for (line, want) in cases {
            let got = name_line(line);
            let got = got.as_ref().map(|(n, s)| (n.iter().map(String::as_str).collect::<Vec<_>>(), *s));
            let want = want.map(|(n, s)| (n.to_vec(), s));
            assert_eq!(got, want, "{line}");
        }
        assert!(byline_neighbour("Nov 18, 2019 @17:19 PM · Updated: Nov 18, 2019"));
        assert!(byline_neighbour("1 day ago"));
        assert!(byline_neighbour("Senior Contributor"));
        assert!(byline_neighbour("@trevorjd14"));
        assert!(!byline_neighbour("Share this story"));
        assert_eq!(date_line("Published 18 November 2019").as_deref(), Some("2019-11-18"));
        assert_eq!(
            date_line("PUBLISHED: November 19, 2019 at 8:59 pm | UPDATED: November 19, 2019 at 10:16 pm").as_deref(),
            Some("2019-11-19")
        );
        assert!(date_line("A cyclist rides next to a blocked petrol plant of Senkata in the outskirts of La Paz, Bolivia, November 19, 2019.").is_none());
        assert!(byline_role("News reporter @TomGillespie1"));
        assert!(!byline_role("Nov 18, 2019"));
    }

    #[test]
    fn signoffs() {
        assert_eq!(signoff("정덕현 칼럼니스트 thekian1@entermedia.co.kr"), ["정덕현"]);
        assert_eq!(signoff("칼럼니스트 박생강 pillgoo9@gmail.com"), ["박생강"]);
        assert_eq!(signoff("홍길동 기자 hong@example.com"), ["홍길동"]);
        assert_eq!(signoff("Jane Doe Reporter jane@example.com"), ["Jane Doe"]);
        assert!(signoff("Write to us at tips@example.com").is_empty());
        assert!(signoff("Follow @jdoe").is_empty());
    }

    #[test]
    fn keyword_lists_split_on_their_separators() {
        assert_eq!(list_items("housing, city council, rent"), ["housing", "city council", "rent"]);
        assert_eq!(list_items("Local News; Politics"), ["Local News", "Politics"]);
        assert_eq!(list_items("房價、市議會、租屋補貼"), ["房價", "市議會", "租屋補貼"]);
        // No separator: the spaces separate (the seed's 關鍵詞 line).
        assert_eq!(list_items("房價 市議會 租金"), ["房價", "市議會", "租金"]);
        assert_eq!(list_items("housing rent"), ["housing", "rent"]);
    }

    #[test]
    fn zh_credits() {
        // The lead's bracket, an outlet's flash with two reporters.
        assert_eq!(reporter_credit("（記者 王明）台北市今天"), ["王明"]);
        assert_eq!(reporter_credit("聯合報快訊（記者 陳大文 林小明）台北市今天"), ["陳大文", "林小明"]);
        // An outlet's reporter, spaced or bracketed with the place.
        assert_eq!(outlet_credit("東森新聞記者 王明 張三"), ["王明", "張三"]);
        assert_eq!(outlet_credit("〔自由時報記者王明／台北報導〕行政院今天"), ["王明"]);
        assert_eq!(outlet_credit("〔記者王明／台北報導〕"), Vec::<String>::new(), "no outlet");
        assert_eq!(outlet_credit("記者從嘉興市了解到"), Vec::<String>::new());
        assert_eq!(outlet_credit("中國時報記者林小明台北報導"), ["林小明"]);
        // Name, slash, outlet.
        assert_eq!(slash_outlet("陳大文／聯合報"), ["陳大文"]);
        assert_eq!(slash_outlet("台北／新竹"), Vec::<String>::new());
        // A place or outlet glued to the role word; the report after a slash.
        assert_eq!(names("香港特約記者 麥燕庭"), ["麥燕庭"]);
        assert_eq!(names("記者張睿廷／新北即時報導"), ["張睿廷"]);
        assert_eq!(names("編譯茅毅、記者謝守真／綜合報導"), ["茅毅", "謝守真"]);
        // A credit line: reporter or desk, slash, the report.
        let report_credit = |t: &str| super::report_credit(t, &key(t));
        assert_eq!(report_credit("記者鄒鎮宇／綜合報導"), ["鄒鎮宇"]);
        assert_eq!(report_credit("生活中心／賴俊佑報導"), ["賴俊佑"]);
        assert_eq!(report_credit("记者王明／北京报道"), ["王明"]);
        assert_eq!(report_credit("陳冠勳 張梓嘉／新北 台南報導 發布時間：2023-08-24 12:31"), ["陳冠勳", "張梓嘉"]);
        assert_eq!(report_credit("台北市政府／新竹報導"), Vec::<String>::new());
        assert_eq!(report_credit("2023-08-28 01:05 聯合報／ 編譯茅毅、記者謝守真／綜合報導"), ["茅毅", "謝守真"]);
        assert_eq!(report_credit("記者會上，市長表示／將於明天報導"), Vec::<String>::new());
        // Labels.
        assert_eq!(read("採寫：王明 李四").authors, ["王明", "李四"]);
        assert_eq!(read("執筆／王明").authors, ["王明"]);
        assert_eq!(read("文／王明").authors, ["王明"]);
        // A bracket closing the last paragraph.
        assert_eq!(trailing_credit("市府表示將持續追蹤。（王明）"), ["王明"]);
        assert_eq!(trailing_credit("市府表示將持續追蹤。（記者 張三）"), ["張三"]);
        assert_eq!(trailing_credit("市府表示將持續追蹤。（完）"), Vec::<String>::new());
        assert_eq!(trailing_credit("營收成長（年增率）"), Vec::<String>::new());
        assert_eq!(trailing_credit("The end (AP)"), Vec::<String>::new());
    }

    #[test]
    fn zh_credit_grammar() {
        // A wire dateline's reporter before the place (a long one from the table).
        assert_eq!(without_place("王小明華盛頓"), "王小明");
        assert_eq!(without_place("王明台北"), "王明");
        assert_eq!(without_place("王小明"), "王小明");
        assert_eq!(outlet_credit("（中央社記者王明台北7日電）"), ["王明"]);
        // Names joined by a conjunction; others' credits and a photographer's end them.
        assert_eq!(names("王明及李四"), ["王明", "李四"]);
        assert_eq!(names("記者 王明 編輯 張三 校對 李四"), ["王明"]);
        assert_eq!(names("王明攝"), Vec::<String>::new());
        assert_eq!(names("王明（海城大學教授）"), ["王明"]);
        // Labels joined as one; a label glued to the outlet on a date line only.
        assert_eq!(read("文、攝影／王明").authors, ["王明"]);
        assert_eq!(read("文/圖：王明").authors, ["王明"]);
        assert_eq!(read("2024年05月12日 08:04 海城新聞作者：海城新聞").authors, ["海城新聞"]);
        assert!(labels("本案的合作者：王明", &key("本案的合作者：王明")).is_empty());
        assert_eq!(read("（編譯：林小美）").authors, ["林小美"]);
        assert_eq!(read("核稿：林小美").editor.as_deref(), Some("林小美"));
        // A closing bracket's labels: persons only.
        assert_eq!(
            trailing_credit("市府表示將持續追蹤。（本文來源：海城日報 作者：某某研究所 執筆人：王明 李四）"),
            ["王明", "李四"]
        );
        assert_eq!(trailing_credit("市府表示將持續追蹤。（編輯：張三）"), Vec::<String>::new());
        let by = |s: &str| byline(s, &key(s));
        assert_eq!(by("（本文來源：海城日報 作者：某某研究所 執筆人：王明）").unwrap(), ["王明"]);
        // Desks and a reporter's verbs name nobody.
        let report_credit = |t: &str| super::report_credit(t, &key(t));
        assert_eq!(report_credit("國際中心／綜合報導"), Vec::<String>::new());
        assert_eq!(report_credit("即時新聞／綜合報導"), Vec::<String>::new());
        assert_eq!(report_credit("編輯 陳小如 報導"), ["陳小如"]);
        assert_eq!(report_credit("2024-05-12 10:20 記者王明／台北報導"), ["王明"]);
        assert_eq!(report_credit("〔記者王明／台北報導〕"), ["王明"]);
        assert_eq!(outlet_credit("北青報記者調查發現，議員仍有疑慮"), Vec::<String>::new());
        assert_eq!(outlet_credit("2024年5月12日 海城日報 記者王明"), ["王明"]);
        assert_eq!(reporter_credit("〔記者會／台北報導〕市議會今天"), Vec::<String>::new());
        assert_eq!(reporter_credit("〔編譯王明／綜合報導〕市議會今天"), ["王明"]);
        assert_eq!(closing_credit("（記者王明／台北報導）"), ["王明"]);
        // A foreign name over its role line.
        assert!(han_role_line("BBC中文記者"));
        assert!(!han_role_line("Share this story"));
        assert_eq!(transliterated_name("弗蘭克·加德納").unwrap(), ["弗蘭克·加德納"]);
        assert!(transliterated_name("新聞 · 政治").is_none());
        // A wire's date code after the closing credit; a correspondent abroad.
        assert_eq!(trailing_credit("市府表示將持續追蹤。（譯者：林小美/核稿：張大同）1130512"), ["林小美"]);
        assert_eq!(trailing_credit("市府表示將持續追蹤。（編輯：張大同）1130512"), Vec::<String>::new());
        let f = dateline("（中央社駐歐洲特派員林小美布魯塞爾6日專電）歐盟今天").unwrap();
        assert_eq!(f.authors, ["林小美"]);
        // A label with a comma for its colon, alone on a short line.
        assert_eq!(read("作者,孫小業").authors, ["孫小業"]);
        assert!(labels("作者，也就是他本人，當天並未出席", &key("作者，也就是他本人，當天並未出席")).is_empty());
        // Latin and Han names listed together.
        assert_eq!(han_name_line("AMY QIN, 王小舟").unwrap(), ["AMY QIN", "王小舟"]);
        assert!(han_name_line("新聞, 政治").is_none());
    }

    #[test]
    fn datelines() {
        let f = dateline("BEIJING, May 12 (Xinhua) -- China's exports rose").unwrap();
        assert_eq!(f.source.as_deref(), Some("Xinhua"));
        let f = dateline("新華社北京5月12日電（記者 張三、李四）國家統計局12日發布").unwrap();
        assert_eq!(f.source.as_deref(), Some("新華社"));
        assert_eq!(f.authors, ["張三", "李四"]);
        assert!(dateline("The company (NYSE: X) said").is_none());
        assert_eq!(reporter_credit("本報訊（記者 王明）昨日"), ["王明"]);
        let f = dateline("（中央社記者楊明珠東京14日專電）日本央行今天").unwrap();
        assert_eq!(f.source.as_deref(), Some("中央社"));
        assert_eq!(f.authors, ["楊明珠"]);
    }
}
