//! Article structure: the seed's structure and cleaning (as
//! ../shared/tools/check_seed.py checks them), the article fixtures of
//! tests/fixtures/articles (plain text and HTML: body character F1, exact
//! title and meta, encoding damage), and random input that must not panic.

#[path = "support/rng.rs"]
mod rng;

use figlens::{analyze, Analysis, BlockKind, Options};
use rng::Rng;
use serde_json::Value;
use std::collections::HashMap;
use std::fs;

const SEED: &str = include_str!("fixtures/000_c3625e4dd3ccaf1d.txt");
const SEED_EXPECTED: &str = include_str!("fixtures/000_c3625e4dd3ccaf1d.expected.json");

fn line_of(text: &str, byte: usize) -> usize {
    text[..byte.min(text.len())].matches('\n').count()
}

fn kind_lines(a: &Analysis, text: &str, kind: BlockKind) -> Vec<usize> {
    let mut v: Vec<usize> = a
        .blocks
        .iter()
        .filter(|b| b.kind == kind)
        .flat_map(|b| line_of(text, b.start)..=line_of(text, b.end))
        .collect();
    v.sort_unstable();
    v.dedup();
    v
}

#[test]
fn seed_structure_and_cleaning() {
    let exp: Value = serde_json::from_str(SEED_EXPECTED).unwrap();
    let st = &exp["structure"];
    let a = analyze(SEED, &Options::default());
    assert_eq!(a.title.as_deref(), st["title"].as_str());
    let range = |k: &str| -> Vec<usize> {
        let r = st[k].as_array().unwrap();
        (r[0].as_u64().unwrap() as usize..=r[1].as_u64().unwrap() as usize).collect()
    };
    assert_eq!(
        kind_lines(&a, SEED, BlockKind::Paragraph),
        range("body_lines")
    );
    assert_eq!(
        kind_lines(&a, SEED, BlockKind::Related),
        range("related_list_lines")
    );
    assert_eq!(
        kind_lines(&a, SEED, BlockKind::Ranking),
        range("ranked_list_lines")
    );
    assert_eq!(
        kind_lines(&a, SEED, BlockKind::Keywords),
        [st["keywords_line"].as_u64().unwrap() as usize]
    );
    let kws: Vec<&str> = st["keywords"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect();
    assert_eq!(a.meta.keywords, kws);
    assert_eq!(serde_json::to_value(a.language).unwrap(), exp["language"]);
    // Ranking items lose their markers; line 10 stays a related item.
    let ranking = a
        .blocks
        .iter()
        .find(|b| b.kind == BlockKind::Ranking)
        .unwrap();
    let items = ranking.items.as_ref().unwrap();
    assert_eq!(items.len(), 10);
    assert!(items[0].starts_with("紅船旁"), "{}", items[0]);
    let related: usize = a
        .blocks
        .iter()
        .filter(|b| b.kind == BlockKind::Related)
        .map(|b| b.items.as_ref().map_or(0, Vec::len))
        .sum();
    assert_eq!(related, 30);
    // Cleaning: 327–328 annotations, and the three damaged runs flagged by overlap.
    let n = a.cleaning.pinyin_annotations.len();
    assert!((327..=328).contains(&n), "{n}");
    for (line, run) in [(4, "?!稊?"), (26, "鋪?zhàn)映掷m(xù)"), (27, "?。?/a>")] {
        let at = SEED.find(run).unwrap();
        assert_eq!(line_of(SEED, at), line);
        let (s, e) = (at, at + run.len());
        assert!(
            a.cleaning.damaged.iter().any(|d| d.start < e && d.end > s),
            "damaged run {run} on line {line} not flagged"
        );
    }
    assert!(a.cleaning.damaged.len() <= 4, "{:?}", a.cleaning.damaged);
}

/// Characters of a text without whitespace, counted.
fn bag(s: &str) -> HashMap<char, usize> {
    let mut m = HashMap::new();
    for c in s.chars().filter(|c| !c.is_whitespace()) {
        *m.entry(c).or_insert(0) += 1;
    }
    m
}

/// Character F1 of the body found (paragraphs and headings) against the expected paragraphs.
fn body_f1(a: &Analysis, expected: &[&str]) -> f64 {
    let got: String = a
        .blocks
        .iter()
        .filter(|b| matches!(b.kind, BlockKind::Paragraph | BlockKind::Heading))
        .map(|b| b.text.as_str())
        .collect::<Vec<_>>()
        .join("\n");
    let (g, w) = (bag(&got), bag(&expected.join("\n")));
    let common: usize = w
        .iter()
        .map(|(c, n)| (*n).min(*g.get(c).unwrap_or(&0)))
        .sum();
    let (ng, nw): (usize, usize) = (g.values().sum(), w.values().sum());
    if common == 0 || ng == 0 || nw == 0 {
        return 0.0;
    }
    let (p, r) = (common as f64 / ng as f64, common as f64 / nw as f64);
    2.0 * p * r / (p + r)
}

fn meta_failures(a: &Analysis, exp: &Value) -> Vec<String> {
    let mut out = Vec::new();
    let m = serde_json::to_value(&a.meta).unwrap();
    for k in ["date", "source", "editor", "authors", "keywords", "tags"] {
        if m[k] != exp["meta"][k] {
            out.push(format!("meta.{k} = {}, want {}", m[k], exp["meta"][k]));
        }
    }
    if a.title.as_deref() != exp["title"].as_str() {
        out.push(format!("title = {:?}, want {}", a.title, exp["title"]));
    }
    if serde_json::to_value(a.language).unwrap() != exp["language"] {
        out.push(format!(
            "language = {:?}, want {}",
            a.language, exp["language"]
        ));
    }
    out
}

fn damage_failures(a: &Analysis, input: &str, exp: &Value) -> Vec<String> {
    let mut out = Vec::new();
    for d in exp["damage"].as_array().unwrap() {
        let text = d["text"].as_str().unwrap();
        let Some(at) = input.find(text) else {
            out.push(format!("damaged text {text:?} not in the input"));
            continue;
        };
        let hit = a
            .cleaning
            .damaged
            .iter()
            .find(|x| x.start < at + text.len() && x.end > at);
        let Some(hit) = hit else {
            out.push(format!("damage {text:?} not flagged"));
            continue;
        };
        let kind = serde_json::to_value(hit.kind).unwrap();
        if kind != d["kind"] {
            out.push(format!("damage {text:?}: kind {kind}, want {}", d["kind"]));
        }
        if let Some(r) = d.get("repaired") {
            if hit.repaired.as_deref() != r.as_str() {
                out.push(format!(
                    "damage {text:?}: repaired {:?}, want {r}",
                    hit.repaired
                ));
            }
        }
    }
    // Damage elsewhere would be a false alarm.
    if exp["damage"].as_array().unwrap().is_empty() && !a.cleaning.damaged.is_empty() {
        out.push(format!("unexpected damage {:?}", a.cleaning.damaged));
    }
    out
}

/// Every block and sentence span maps back to the original input.
fn span_failures(a: &Analysis, input: &str) -> Vec<String> {
    let mut out = Vec::new();
    for b in &a.blocks {
        let ok = b.start < b.end
            && b.end <= input.len()
            && input.is_char_boundary(b.start)
            && input.is_char_boundary(b.end);
        if !ok {
            out.push(format!("bad block span {}..{}", b.start, b.end));
        }
        for s in b.sentences.iter().flatten() {
            if !(b.start <= s.start && s.end <= b.end && s.start < s.end) {
                out.push(format!("sentence {}..{} outside its block", s.start, s.end));
            }
        }
    }
    out
}

#[test]
fn article_fixtures() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/articles");
    let mut names: Vec<String> = fs::read_dir(dir)
        .unwrap()
        .filter_map(|e| {
            let n = e.ok()?.file_name().into_string().ok()?;
            n.strip_suffix(".expected.json").map(str::to_string)
        })
        .collect();
    names.sort();
    assert!(names.len() >= 30, "{} fixtures", names.len());
    let mut kinds: HashMap<String, usize> = HashMap::new();
    let mut f1s = Vec::new();
    let mut fails = Vec::new();
    println!("{:<36} {:>6} {:>6}", "fixture", "text", "html");
    for name in &names {
        let exp: Value = serde_json::from_str(
            &fs::read_to_string(format!("{dir}/{name}.expected.json")).unwrap(),
        )
        .unwrap();
        for k in exp["kinds"].as_array().unwrap() {
            *kinds.entry(k.as_str().unwrap().to_string()).or_default() += 1;
        }
        let body: Vec<&str> = exp["body"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_str().unwrap())
            .collect();
        let mut row = Vec::new();
        for (ext, html) in [("txt", false), ("html", true)] {
            let input = fs::read_to_string(format!("{dir}/{name}.{ext}")).unwrap();
            let a = analyze(
                &input,
                &Options {
                    html,
                    ..Options::default()
                },
            );
            let f1 = body_f1(&a, &body);
            row.push(f1);
            f1s.push(f1);
            for f in meta_failures(&a, &exp)
                .into_iter()
                .chain(damage_failures(&a, &input, &exp))
                .chain(span_failures(&a, &input))
            {
                fails.push(format!("{name}.{ext}: {f}"));
            }
        }
        println!("{name:<36} {:>6.3} {:>6.3}", row[0], row[1]);
    }
    let avg = f1s.iter().sum::<f64>() / f1s.len() as f64;
    let mut ks: Vec<_> = kinds.into_iter().collect();
    ks.sort();
    println!("average body F1 over {} inputs: {avg:.4}", f1s.len());
    println!("fixtures per kind: {ks:?}");
    for f in &fails {
        println!("FAIL {f}");
    }
    assert!(avg >= 0.95, "average body F1 {avg:.4}");
    assert!(f1s.iter().all(|&f| f >= 0.8), "a fixture under 0.8");
    assert!(
        fails.is_empty(),
        "{} failures:\n{}",
        fails.len(),
        fails.join("\n")
    );
}

#[test]
fn random_input_never_panics() {
    let pieces = [
        "<",
        ">",
        "</",
        "<p>",
        "</p>",
        "<li>",
        "<a href=x>",
        "</a>",
        "<script>",
        "</script>",
        "<!--",
        "-->",
        "&amp;",
        "&#x4E2D;",
        "&",
        ";",
        "\n",
        "\r\n",
        " ",
        "\u{3000}",
        "。",
        "，",
        "?",
        "\u{FFFD}",
        "æ–",
        "é—»",
        "鐩稿",
        "叧闃",
        "(qū)",
        "(",
        ")",
        "1",
        "2024-05-12",
        "年",
        "月",
        "日",
        "- ",
        "1. ",
        "來源：",
        "作者：",
        "By ",
        "責任編輯：",
        "關鍵詞:",
        "相关阅读",
        "排行",
        "分享到",
        "Copyright ©",
        "\u{200b}",
        "\u{202e}",
        "𠀀",
        "é",
        "ռ",
        "\"",
        "'",
        "{",
        "}",
        "ld+json",
        "<meta name=keywords content=",
        "<title>",
        "</title>",
        "<h1>",
        "<br>",
        "<ul>",
        "<ol>",
        "</ul>",
        "<div class=nav>",
        "</div>",
        "<textarea>",
        "網友評論",
        "Comments",
    ];
    let mut rng = Rng(0x9E3779B97F4A7C15);
    for round in 0..400 {
        let n = rng.below(80);
        let mut s = String::new();
        for _ in 0..n {
            if rng.below(5) == 0 {
                let c = char::from_u32((rng.next() % 0x2FFFF) as u32).unwrap_or('x');
                s.push(c);
            } else {
                s.push_str(rng.pick(&pieces));
            }
        }
        for html in [false, true] {
            let a = analyze(
                &s,
                &Options {
                    html,
                    ..Options::default()
                },
            );
            for b in &a.blocks {
                assert!(
                    b.start <= b.end && b.end <= s.len() && s.is_char_boundary(b.start),
                    "round {round}: block {}..{} in {s:?}",
                    b.start,
                    b.end
                );
            }
            for d in &a.cleaning.damaged {
                assert!(d.start <= d.end && d.end <= s.len(), "round {round}: {s:?}");
            }
        }
    }
}

/// Pasted text of short sentences, one a line, before a longer paragraph: all
/// of it is body (the short lines used to be taken for page furniture).
#[test]
fn short_sentence_lines_open_the_body() {
    let text = "Shares rose 4.5% on Wednesday.\nUnemployment fell to 3.9% in April.\n\
                Revenue was $12.4 billion, up 8%.\n\
                The storm dumped more than 30 cm of snow on the region, and temperatures across \
                the north dropped to minus 12 degrees overnight, officials said.\n";
    let a = figlens::analyze(text, &figlens::Options::default());
    let kinds: Vec<BlockKind> = a.blocks.iter().map(|b| b.kind).collect();
    assert_eq!(kinds, vec![BlockKind::Paragraph; 4], "{:?}", a.blocks);
    // Each line's figures get their own sentence's period, not a later line's.
    let f = a.figures.iter().find(|f| f.text == "4.5%").unwrap();
    assert_eq!(f.period, None);
    assert_eq!(
        a.figures
            .iter()
            .find(|f| f.text == "3.9%")
            .unwrap()
            .period
            .as_deref(),
        Some("in April")
    );
}
