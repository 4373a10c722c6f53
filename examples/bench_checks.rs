//! What the arithmetic checks (issue 20, `src/checks`) cost: the time of the
//! whole analysis and of the checks stage alone, natively, on the seed and on
//! about 1 MB of real news (English and Chinese article bodies concatenated,
//! written by `node bench/checks/corpus.mjs`), fastest of 7 runs each. This
//! is the release profile (opt-level "s"); the Node build (opt-level 3,
//! `-C llvm-args=-inline-threshold=1000`) spends a larger share of its
//! instructions in the stage (callgrind, one analysis after a warm-up: 8.3%
//! on 300 KB of the seed repeated, 9.7% on 300 KB of the English case
//! sentences, 3.0% on this corpus).
//!
//! ```sh
//! node bench/checks/corpus.mjs > /tmp/news-1mb.txt
//! cargo run --profile bench-native --example bench_checks -- /tmp/news-1mb.txt
//! ```

use figlens::internals::{article, checks, clean, figures, lexicon};
use figlens::{analyze, Options};
use std::time::Instant;

fn best<T>(f: impl Fn() -> T) -> (f64, T) {
    let mut secs = f64::INFINITY;
    let mut out = f();
    for _ in 0..7 {
        let t = Instant::now();
        out = f();
        secs = secs.min(t.elapsed().as_secs_f64());
    }
    (secs, out)
}

fn main() {
    let seed = include_str!("../tests/fixtures/000_c3625e4dd3ccaf1d.txt").to_string();
    let mut corpora = vec![("seed", seed)];
    if let Some(path) = std::env::args().nth(1) {
        let news = std::fs::read_to_string(&path).expect("the corpus file, UTF-8");
        corpora.push(("news", news));
    } else {
        eprintln!("no corpus file given: the seed only (see the header for the 1 MB corpus)");
    }
    for (label, text) in &corpora {
        let (t_all, a) = best(|| analyze(text, &Options::default()));
        // The stage's inputs, as `analyze` builds them.
        let cleaned = clean::clean(text);
        let folded = lexicon::fold::fold(&cleaned.text);
        let damaged = clean::find_damage(&cleaned.text);
        let parsed = article::parse(&cleaned.text, &folded, None);
        let (figs, _) = figures::extract(&cleaned.text, &folded, &parsed.blocks, &damaged);
        let (t_checks, found) =
            best(|| checks::check(&folded, &parsed.blocks, &figs, parsed.language));
        println!(
            "{label:>5}: {:.2} MB, {} figures, {} checks ({} not ok); analyze {:.2} ms, checks stage {:.3} ms = {:.1}% of the analysis",
            text.len() as f64 / 1e6,
            a.figures.len(),
            found.len(),
            found.iter().filter(|c| !c.ok).count(),
            t_all * 1e3,
            t_checks * 1e3,
            100.0 * t_checks / t_all
        );
    }
}
