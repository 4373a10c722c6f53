//! Where the time goes: each stage of `analyze` timed on its own, natively.
//! `cargo run --release --example bench_phases [MB]` on the seed article repeated
//! and on the case tables' sentences (fastest of 5 runs per stage).

use figlens::internals::{article, clean, figures, lexicon};
use figlens::{analyze, to_utf16, Options};
use std::time::Instant;

fn best<T>(f: impl Fn() -> T) -> (f64, T) {
    let mut secs = f64::INFINITY;
    let mut out = f();
    for _ in 0..5 {
        let t = Instant::now();
        out = f();
        secs = secs.min(t.elapsed().as_secs_f64());
    }
    (secs, out)
}

fn cases(min_bytes: usize) -> String {
    let mut parts: Vec<String> = Vec::new();
    for path in ["tests/cases/zh-figures.jsonl", "tests/cases/zh-news.jsonl"] {
        for line in std::fs::read_to_string(path).unwrap_or_default().lines() {
            if let Some(t) = line
                .split("\"text\": \"")
                .nth(1)
                .and_then(|r| r.split('"').next())
            {
                parts.push(t.to_string());
            }
        }
    }
    assert!(
        !parts.is_empty(),
        "run from the repository root: no case tables found"
    );
    let mut out = String::new();
    while out.len() < min_bytes {
        for chunk in parts.chunks(12) {
            out.push_str(&chunk.concat());
            out.push('\n');
        }
    }
    out
}

/// The Chinese article fixtures (zh_*.txt) joined, as bench/figures.mjs joins them.
fn zh_articles(min_bytes: usize) -> String {
    let dir = "tests/fixtures/articles";
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .map(|d| {
            d.filter_map(|e| e.ok()?.file_name().into_string().ok())
                .collect()
        })
        .unwrap_or_default();
    names.retain(|n| n.starts_with("zh_") && n.ends_with(".txt"));
    assert!(
        !names.is_empty(),
        "run from the repository root: no article fixtures found"
    );
    names.sort();
    let mut one = String::new();
    for n in &names {
        one.push_str(&std::fs::read_to_string(format!("{dir}/{n}")).unwrap_or_default());
        one.push_str("\n\n");
    }
    one.repeat(min_bytes / one.len().max(1) + 1)
}

fn main() {
    let mb: f64 = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(2.0);
    let seed = include_str!("../tests/fixtures/000_c3625e4dd3ccaf1d.txt");
    let seed = seed.repeat((mb * 1e6) as usize / seed.len() + 1);
    let dense = cases((mb * 1e6) as usize);
    let zh = zh_articles((mb * 1e6) as usize);
    // `bench_phases MB CORPUS STAGE` repeats one stage, for a profiler.
    let only: Vec<String> = std::env::args().skip(2).collect();
    if let [corpus, stage] = &only[..] {
        let text = match corpus.as_str() {
            "seed" => &seed,
            "articles" => &zh,
            _ => &dense,
        };
        let cleaned = clean::clean(text);
        let folded = lexicon::fold::fold(&cleaned.text);
        let damaged = clean::find_damage(&cleaned.text);
        let parsed = article::parse(&cleaned.text, &folded, None);
        let reps: usize = std::env::var("REPS")
            .ok()
            .and_then(|r| r.parse().ok())
            .unwrap_or(30);
        for _ in 0..reps {
            match stage.as_str() {
                "clean" => drop(clean::clean(text)),
                "parse" => drop(article::parse(&cleaned.text, &folded, None)),
                "figures" => drop(figures::extract(
                    &cleaned.text,
                    &folded,
                    &parsed.blocks,
                    &damaged,
                )),
                "none" => {}
                _ => drop(analyze(text, &Options::default())),
            }
        }
        return;
    }
    for (label, text) in [("seed", &seed), ("cases", &dense), ("zh", &zh)] {
        let mb = text.len() as f64 / 1e6;
        let (t_clean, cleaned) = best(|| clean::clean(text));
        let (t_fold, folded) = best(|| lexicon::fold::fold(&cleaned.text));
        let (t_damage, damaged) = best(|| clean::find_damage(&cleaned.text));
        let (t_parse, parsed) = best(|| article::parse(&cleaned.text, &folded, None));
        let (t_fig, (figs, evidence)) =
            best(|| figures::extract(&cleaned.text, &folded, &parsed.blocks, &damaged));
        // the same figures each run (settle changes only units): no clone timed
        let figs = std::cell::RefCell::new(figs);
        let (t_currency, _) = best(|| {
            figures::currency::settle(
                &cleaned.text,
                &parsed.blocks,
                &evidence,
                &mut figs.borrow_mut(),
            )
        });
        let (t_all, a) = best(|| analyze(text, &Options::default()));
        let (t_utf16, _) = best(|| to_utf16(&mut a.clone(), text));
        let row = |name: &str, t: f64| {
            println!(
                "{label:>5} {name:<8} {:7.1} ms {:7.1} MB/s",
                t * 1e3,
                mb / t
            )
        };
        row("clean", t_clean);
        row("fold", t_fold);
        row("damage", t_damage);
        row("parse", t_parse);
        row("figures", t_fig);
        row("currency", t_currency);
        row("analyze", t_all);
        row("utf16", t_utf16);
    }
}
