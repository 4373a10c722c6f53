//! Native timing of adversarial inputs written by bench/adversarial/write.mjs:
//! `cargo run --release --example adversarial -- DIR_SMALL DIR_LARGE`
//! prints the seconds for each file in both folders and the growth.
use figlens::{analyze, Options};
use std::time::Instant;

fn time(path: &std::path::Path) -> (f64, usize) {
    let text = std::fs::read_to_string(path).unwrap();
    let html = path.extension().is_some_and(|e| e == "html");
    let options = Options {
        html,
        ..Options::default()
    };
    let start = Instant::now();
    let n = analyze(&text, &options).figures.len();
    (start.elapsed().as_secs_f64(), n)
}

fn main() {
    let dirs: Vec<String> = std::env::args().skip(1).collect();
    let mut names: Vec<_> = std::fs::read_dir(&dirs[0])
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    names.sort();
    for name in names {
        let rows: Vec<(f64, usize)> = dirs
            .iter()
            .map(|d| time(&std::path::Path::new(d).join(&name)))
            .collect();
        let cells: Vec<String> = rows
            .iter()
            .map(|(s, n)| format!("{s:8.4}s {n:7}"))
            .collect();
        let growth = rows.last().unwrap().0 / rows[0].0.max(1e-6);
        println!(
            "{:12} {} ×{growth:.1}",
            name.to_string_lossy(),
            cells.join(" ")
        );
    }
}
