//! The invariants (tests/support/invariants.rs, shared with the fuzz targets)
//! on the case tables and the fixtures, and property tests of the offset map.

#[path = "support/invariants.rs"]
mod invariants;

use figlens::Options;
use std::fs;

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

/// Classes of invariants known to fail on some inputs, each with an
/// `#[ignore]`d test in tests/regressions.rs: the random tests below look
/// past them. Take a class out once its regression test passes.
const KNOWN: &[&str] = &[];

/// The violations of `text` (as HTML with `html`) but the known ones.
fn unknown_violations(text: &str, html: bool) -> Vec<invariants::Violation> {
    invariants::check(text, &opts(html))
        .into_iter()
        .filter(|v| !KNOWN.contains(&v.class))
        .collect()
}

fn opts(html: bool) -> Options {
    Options {
        html,
        ..Options::default()
    }
}

fn case_texts() -> Vec<String> {
    let mut out = Vec::new();
    let mut files: Vec<_> = fs::read_dir(format!("{ROOT}/tests/cases"))
        .unwrap()
        .chain(fs::read_dir(format!("{ROOT}/tests/cases/heldout")).unwrap())
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "jsonl"))
        .collect();
    files.sort();
    for f in files {
        for line in fs::read_to_string(&f).unwrap().lines() {
            let v: serde_json::Value = match serde_json::from_str(line) {
                Ok(v) => v,
                Err(_) => continue,
            };
            if let Some(t) = v["text"].as_str() {
                out.push(t.to_string());
            }
        }
    }
    out
}

#[test]
fn case_tables_keep_the_invariants() {
    let texts = case_texts();
    assert!(texts.len() > 1000, "{} cases", texts.len());
    let mut fails = Vec::new();
    for t in &texts {
        for html in [false, true] {
            for v in invariants::check(t, &opts(html)) {
                fails.push(format!("{t:?} (html {html}): {v}"));
            }
        }
    }
    assert!(fails.is_empty(), "{}:\n{}", fails.len(), fails.join("\n"));
}

#[test]
fn fixtures_keep_the_invariants() {
    let mut inputs = Vec::new();
    for dir in [
        "tests/fixtures",
        "tests/fixtures/articles",
        "tests/fixtures/pages",
    ] {
        for e in fs::read_dir(format!("{ROOT}/{dir}")).unwrap() {
            let p = e.unwrap().path();
            let html = match p.extension().and_then(|x| x.to_str()) {
                Some("txt") => false,
                Some("html") => true,
                _ => continue,
            };
            inputs.push((p, html));
        }
    }
    inputs.sort();
    assert!(inputs.len() > 50);
    let mut fails = Vec::new();
    for (p, html) in &inputs {
        let text = fs::read_to_string(p).unwrap();
        for v in invariants::check(&text, &opts(*html)) {
            fails.push(format!("{}: {v}", p.display()));
        }
    }
    assert!(fails.is_empty(), "{}:\n{}", fails.len(), fails.join("\n"));
}

#[test]
fn the_checker_sees_broken_invariants() {
    let text = "全區城鎮新增就業1.29萬人，增長5%。";
    let a = figlens::analyze(text, &opts(false));
    assert!(invariants::check_analysis(text, false, &a).is_empty());
    let classes = |a: &figlens::Analysis| -> Vec<&'static str> {
        invariants::check_analysis(text, false, a)
            .into_iter()
            .map(|v| v.class)
            .collect()
    };
    let mut b = a.clone();
    b.figures[0].start += 3; // one character later: shows less than it says
    assert!(classes(&b).contains(&"text"), "{:?}", classes(&b));
    let mut b = a.clone();
    b.figures[0].end += 1; // inside a character
    assert!(classes(&b).contains(&"span"));
    let mut b = a.clone();
    b.figures[0].value = Some(f64::INFINITY);
    assert_eq!(classes(&b), ["nonfinite"]);
    let mut b = a.clone();
    (b.figures[0].low, b.figures[0].high) = (Some(2.0), Some(1.0));
    assert!(classes(&b).contains(&"range"));
    let mut b = a.clone();
    b.figures.swap(0, 1);
    assert!(classes(&b).contains(&"order"));
    let mut b = a.clone();
    b.blocks[0].text.push('x');
    assert!(classes(&b).contains(&"text"));
    // HTML: the span must start and end on the text's own characters.
    let html = "<p>增長<b>5%</b>，達&#51;億元。</p>";
    let a = figlens::analyze(html, &opts(true));
    assert!(invariants::check_analysis(html, true, &a).is_empty());
    let mut b = a.clone();
    let f = b.figures.iter_mut().find(|f| f.text == "5%").unwrap();
    f.start -= "<b>".len();
    assert!(!invariants::check_analysis(html, true, &b).is_empty());
}

/// A small deterministic generator (as in tests/robustness.rs): a failure
/// replays. `FIGLENS_PROP_SEED` and `FIGLENS_PROP_ROUNDS` change the run.
struct Lcg(u64);

impl Lcg {
    fn from_env() -> Lcg {
        Lcg(env_number("FIGLENS_PROP_SEED", 0x0ff5e7))
    }
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

fn env_number(name: &str, default: u64) -> u64 {
    std::env::var(name)
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(default)
}

/// Case texts with nothing the cleaner or the HTML reader would change: the
/// bases that noise is added to.
fn clean_bases() -> Vec<String> {
    let dirty = |c: char| {
        matches!(
            c,
            '(' | '（' | '<' | '>' | '&' | ';' | '\u{a0}' | '\u{202f}' | '\u{fffd}'
        ) || c.is_control()
            || matches!(c, '\u{200b}'..='\u{200f}' | '\u{2060}'..='\u{2064}' | '\u{feff}' | '\u{ad}' | '\u{202a}'..='\u{202e}')
    };
    case_texts()
        .into_iter()
        .filter(|t| !t.is_empty() && t.trim() == t && !t.chars().any(dirty) && !t.contains("  "))
        .collect()
}

/// `base` with noise that cleaning removes whole (pinyin annotations after Han
/// characters, stray tags, comments, invisible characters) inserted, and some
/// characters written as entities; and where each base position went:
/// `before[q]`/`after[q]` are the noisy positions before and after the noise
/// inserted at base position `q` (char boundaries only).
struct Noisy {
    text: String,
    before: Vec<usize>,
    after: Vec<usize>,
}

fn add_noise(rng: &mut Lcg, base: &str, html: bool, percent: u64) -> Noisy {
    const TAGS_PLAIN: &[&str] = &[
        "<b>",
        "</b>",
        "</a>",
        "<br/>",
        "<span class=\"x\">",
        "<!-- c -->",
        "<img src=x>",
    ];
    const TAGS_HTML: &[&str] = &[
        "<b>",
        "</b>",
        "<i>",
        "</i>",
        "<em>",
        "</em>",
        "<span class=\"x\">",
        "</span>",
        "<a href=\"/x?a=1&amp;b=2\">",
        "</a>",
        "<!-- c -->",
        // Not "<!---->" nor "<!-- c --->": tests/regressions.rs.
        "<script>var p = '<p>1</p>';</script>",
        "<style>p { margin: 0 }</style>",
    ];
    const INVISIBLE: &[&str] = &[
        "\u{200b}", "\u{200d}", "\u{feff}", "\u{ad}", "\u{2060}", "\u{202a}", "\u{7}",
    ];
    const PINYIN: &[&str] = &["(qū)", "(shì)", "（zhǎng）", "(dé)", "(lǜ)", "(xiàn)"];
    // HTML: a line that is a bare number of 1-3 digits in an element of its
    // own is a rank badge (kept apart from what follows): no noise inside a
    // leading run of digits.
    let lead_digits = base.bytes().take_while(u8::is_ascii_digit).count();
    let mut n = Noisy {
        text: String::new(),
        before: vec![usize::MAX; base.len() + 1],
        after: vec![usize::MAX; base.len() + 1],
    };
    let mut prev: Option<char> = None;
    let mut chars = base.char_indices().peekable();
    loop {
        let q = chars.peek().map_or(base.len(), |&(q, _)| q);
        n.before[q] = n.text.len();
        let quiet = html && (1..=lead_digits).contains(&q);
        while !quiet && rng.chance(percent) {
            let piece = match rng.below(3) {
                0 if prev.is_some_and(figlens::internals::clean::is_han) => rng.pick(PINYIN),
                1 => rng.pick(INVISIBLE),
                _ => rng.pick(if html { TAGS_HTML } else { TAGS_PLAIN }),
            };
            n.text.push_str(piece);
        }
        n.after[q] = n.text.len();
        let Some((_, c)) = chars.next() else {
            break;
        };
        if rng.chance(percent / 2) {
            let e = if rng.chance(50) {
                format!("&#x{:X};", c as u32)
            } else {
                format!("&#{};", c as u32)
            };
            n.text.push_str(&e);
        } else {
            n.text.push(c);
        }
        prev = Some(c);
    }
    n
}

/// A figure's fields but its offsets, to compare two analyses.
fn what_it_says(f: &figlens::Figure) -> String {
    let mut f = f.clone();
    (f.start, f.end) = (0, 0);
    format!("{f:?}")
}

/// Add noise to clean case texts: the figures (all but offsets) and the
/// blocks' texts stay the same, and every span maps to where the base's
/// went (a span starts after noise at its start and ends before noise at
/// its end); the invariants hold on the noisy input. Plain text and HTML.
fn noise_keeps_figures(html: bool) {
    let mut rng = Lcg::from_env();
    let bases = clean_bases();
    assert!(bases.len() > 500, "{} bases", bases.len());
    let rounds = env_number("FIGLENS_PROP_ROUNDS", 400) as usize;
    let mut fails = Vec::new();
    for round in 0..rounds {
        let base = &bases[rng.below(bases.len())];
        let percent = [5, 15, 40][rng.below(3)];
        let mut n = add_noise(&mut rng, base, html, percent);
        let base = if html {
            // Both in one paragraph; positions shift by the `<p>`.
            n.text = format!("<p>{}</p>", n.text);
            for p in n.before.iter_mut().chain(n.after.iter_mut()) {
                *p = p.saturating_add(3);
            }
            n.before.splice(0..0, [0, 1, 2]);
            n.after.splice(0..0, [0, 1, 2]);
            format!("<p>{base}</p>")
        } else {
            base.clone()
        };
        let want = figlens::analyze(&base, &opts(html));
        let got = figlens::analyze(&n.text, &opts(html));
        let mut fail = |m: String| {
            fails.push(format!(
                "round {round}: {m}\n  base  {base:?}\n  noisy {:?}",
                n.text
            ))
        };
        for v in unknown_violations(&n.text, html) {
            fail(format!("{v}"));
        }
        if want.figures.len() != got.figures.len() {
            fail(format!(
                "{} figures, the base has {}",
                got.figures.len(),
                want.figures.len()
            ));
            continue;
        }
        for (w, g) in want.figures.iter().zip(&got.figures) {
            if what_it_says(w) != what_it_says(g) {
                fail(format!("figure {:?} became {:?}", w.text, g.text));
            }
            let at = (n.after.get(w.start), n.before.get(w.end));
            if at != (Some(&g.start), Some(&g.end)) {
                fail(format!(
                    "figure {:?}: span {}..{}, want {:?}",
                    g.text, g.start, g.end, at
                ));
            }
        }
        let texts =
            |a: &figlens::Analysis| a.blocks.iter().map(|b| b.text.clone()).collect::<Vec<_>>();
        if texts(&want) != texts(&got) {
            fail(format!(
                "blocks {:?}, the base's {:?}",
                texts(&got),
                texts(&want)
            ));
            continue;
        }
        for (w, g) in want.blocks.iter().zip(&got.blocks) {
            let at = (n.after.get(w.start), n.before.get(w.end));
            if at != (Some(&g.start), Some(&g.end)) {
                fail(format!(
                    "block {:?}: span {}..{}, want {:?}",
                    g.text, g.start, g.end, at
                ));
            }
        }
    }
    fails.truncate(20);
    assert!(fails.is_empty(), "{}", fails.join("\n"));
}

#[test]
fn noise_the_cleaner_removes_keeps_figures_and_spans() {
    noise_keeps_figures(false);
}

#[test]
fn markup_entities_and_scripts_keep_figures_and_spans_in_html() {
    noise_keeps_figures(true);
}

/// Random compositions of what cleaning and the HTML reader deal with
/// (annotations, markup, entities, scripts, mojibake, full-width forms,
/// astral characters, line endings) and of figures: the invariants hold.
#[test]
fn random_compositions_keep_the_invariants() {
    const PIECES: &[&str] = &[
        "營收",
        "增長",
        "全區",
        "達",
        "約",
        "萬人",
        "億元",
        "%",
        "％",
        "個百分點",
        "至",
        "同比下降",
        "第",
        "年",
        "月",
        "日",
        "1",
        "23",
        "4.5",
        "6,789",
        "2024",
        "１２",
        "０．５",
        "３４％",
        "：",
        "，",
        "。",
        "（",
        "）",
        "(",
        ")",
        "(qū)",
        "（shì）",
        "區(qū)",
        "<b>",
        "</b>",
        "<p>",
        "</p>",
        "<br>",
        "<li>",
        "<!-- x -->",
        "<script>var x = 99;</script>",
        "<style>.a{}</style>",
        "&amp;",
        "&nbsp;",
        "&#x4E2D;",
        "&#20013;",
        "&lt;b&gt;",
        "&amp;lt;",
        "&",
        "<",
        ">",
        "æ–°é—»",
        "é‡‘é¢",
        "鐩稿叧",
        "\u{fffd}",
        "\u{a0}",
        "\u{202f}",
        "\u{200b}",
        "\u{feff}",
        "\u{ad}",
        "\u{7}",
        "\r\n",
        "\r",
        "\n",
        "\n\n",
        "\t",
        " ",
        "😀",
        "𠀀",
        "e\u{301}",
        "rose",
        "by",
        "$",
        "3.5bn",
        "million",
        "percent",
        "from",
        "to",
        "about",
        "May 12, 2024",
    ];
    let mut rng = Lcg::from_env();
    let rounds = env_number("FIGLENS_PROP_ROUNDS", 400) as usize;
    let mut fails = Vec::new();
    for round in 0..rounds {
        let text: String = (0..1 + rng.below(40)).map(|_| rng.pick(PIECES)).collect();
        for html in [false, true] {
            for v in unknown_violations(&text, html) {
                fails.push(format!("round {round} (html {html}) {text:?}: {v}"));
            }
        }
    }
    fails.truncate(20);
    assert!(fails.is_empty(), "{}", fails.join("\n"));
}
