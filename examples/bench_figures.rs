//! Throughput of figure extraction on Chinese news text, natively.
//! `cargo run --release --example bench_figures [MB]`: builds two corpora of at
//! least MB megabytes (default 2): the case tables' sentences (about one figure
//! every 17 characters, far denser than news) and the seed article repeated,
//! then reports MB/s. `bench/figures.mjs` measures the same in wasm under Node.

use figlens::{analyze, Kind, Options};
use std::time::Instant;

fn corpus(min_bytes: usize) -> String {
    let mut parts: Vec<String> = Vec::new();
    for path in ["tests/cases/zh-figures.jsonl", "tests/cases/zh-news.jsonl"] {
        if let Ok(s) = std::fs::read_to_string(path) {
            for line in s.lines() {
                if let Some(t) = line
                    .split("\"text\": \"")
                    .nth(1)
                    .and_then(|r| r.split('"').next())
                {
                    parts.push(t.to_string());
                }
            }
        }
    }
    let seed = include_str!("../tests/fixtures/000_c3625e4dd3ccaf1d.txt");
    let mut out = String::new();
    while out.len() < min_bytes {
        out.push_str(seed);
        // Paragraphs of a dozen sentences, as in a news page.
        for chunk in parts.chunks(12) {
            out.push_str(&chunk.concat());
            out.push('\n');
        }
    }
    out
}

/// Real news text: the seed article (a scraped page, damage and all), repeated.
fn news(min_bytes: usize) -> String {
    let seed = include_str!("../tests/fixtures/000_c3625e4dd3ccaf1d.txt");
    seed.repeat(min_bytes / seed.len() + 1)
}

fn main() {
    let mb: f64 = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(2.0);
    let dense = corpus((mb * 1e6) as usize);
    let seed = news((mb * 1e6) as usize);
    let money_only = Options {
        kinds: Some(vec![Kind::Money]),
        ..Options::default()
    };
    for (label, text, opts) in [
        ("cases, analyze", &dense, Options::default()),
        ("cases, money only", &dense, money_only),
        ("seed news, analyze", &seed, Options::default()),
    ] {
        let size = text.len() as f64 / 1e6;
        let _ = analyze(text, &opts); // warm the lexicons
                                      // The fastest of 7 runs: on a shared machine the mean measures the neighbours too.
        let mut n = 0;
        let mut secs = f64::INFINITY;
        for _ in 0..7 {
            let t = Instant::now();
            n = analyze(text, &opts).figures.len();
            secs = secs.min(t.elapsed().as_secs_f64());
        }
        println!(
            "{label}: {size:.2} MB, {n} figures, {:.1} ms, {:.1} MB/s",
            secs * 1e3,
            size / secs
        );
    }
}
