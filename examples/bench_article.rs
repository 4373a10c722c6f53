//! Article parsing speed, natively: `cargo run --release --example bench_article`.
//!
//! For plain text and HTML (the fixtures of tests/fixtures/articles and the
//! seed), prints the time per article and the throughput in MB/s of
//! - `structure`: HTML → text (for HTML), cleaning, folding, damage and
//!   `article::parse` (everything but the figure grammar);
//! - `analyze`: the whole pipeline.
//!
//! A second pass runs on one large input (the fixtures repeated to ~2 MB) to
//! show that time stays linear in the input.

use figlens::internals::{article, clean, lexicon};
use figlens::{analyze, Options};
use std::hint::black_box;
use std::time::{Duration, Instant};

fn structure(input: &str, html: bool) -> usize {
    let h = html.then(|| article::html::to_text(input));
    let text = h.as_ref().map_or(input, |h| h.text.as_str());
    let cleaned = clean::clean(text);
    let folded = lexicon::fold::fold(&cleaned.text);
    let damaged = clean::find_damage(&cleaned.text);
    let p = article::parse(&cleaned.text, &folded, h.as_ref().map(|h| &h.hints));
    p.blocks.len() + damaged.len()
}

/// Run `f` over all inputs until at least `min` has passed; (seconds per pass, passes).
fn time(inputs: &[String], min: Duration, mut f: impl FnMut(&str) -> usize) -> (f64, u32) {
    let mut passes = 0;
    let start = Instant::now();
    while start.elapsed() < min || passes < 3 {
        for s in inputs {
            black_box(f(black_box(s)));
        }
        passes += 1;
    }
    (start.elapsed().as_secs_f64() / passes as f64, passes)
}

fn main() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/articles");
    let mut text = Vec::new();
    let mut html = Vec::new();
    let mut names: Vec<_> = std::fs::read_dir(dir)
        .expect("fixtures")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    names.sort();
    for p in names {
        match p.extension().and_then(|e| e.to_str()) {
            Some("txt") => text.push(std::fs::read_to_string(&p).expect("utf-8")),
            Some("html") => html.push(std::fs::read_to_string(&p).expect("utf-8")),
            _ => {}
        }
    }
    text.push(include_str!("../tests/fixtures/000_c3625e4dd3ccaf1d.txt").to_string());
    let min = Duration::from_millis(800);
    println!(
        "{:<6} {:<10} {:>9} {:>12} {:>10}",
        "input", "stage", "articles", "µs/article", "MB/s"
    );
    for (label, inputs, is_html) in [("text", &text, false), ("html", &html, true)] {
        let bytes: usize = inputs.iter().map(String::len).sum();
        let opts = Options {
            html: is_html,
            ..Options::default()
        };
        type Stage<'a> = (&'a str, Box<dyn FnMut(&str) -> usize + 'a>);
        let runs: [Stage; 2] = [
            ("structure", Box::new(|s: &str| structure(s, is_html))),
            (
                "analyze",
                Box::new(|s: &str| analyze(s, &opts).blocks.len()),
            ),
        ];
        for (stage, mut f) in runs {
            let (secs, _) = time(inputs, min, &mut f);
            println!(
                "{label:<6} {stage:<10} {:>9} {:>12.1} {:>10.1}",
                inputs.len(),
                secs * 1e6 / inputs.len() as f64,
                bytes as f64 / secs / 1e6
            );
        }
    }
    // One large input: linear time.
    for (label, inputs, is_html) in [("text", &text, false), ("html", &html, true)] {
        let one = inputs.join("\n");
        let big = one.repeat((2_000_000 / one.len().max(1)).max(1));
        let opts = Options {
            html: is_html,
            ..Options::default()
        };
        let start = Instant::now();
        black_box(analyze(&big, &opts));
        let secs = start.elapsed().as_secs_f64();
        println!(
            "{label:<6} {:<10} {:>9} {:>12.1} {:>10.1}   (one input of {:.1} MB)",
            "large",
            1,
            secs * 1e6,
            big.len() as f64 / secs / 1e6,
            big.len() as f64 / 1e6
        );
    }
}
