//! The article part of the analysis, natively, for the article benchmarks'
//! quick loop: reads JSON lines `{"id", "text", "html"}` on stdin and writes
//! `{"id", "title", "meta", "blocks", "ms"}` lines (figures left out).
//! `node bench/articles/run.mjs --engine native` drives it; the default engine
//! there is the Node build, which is what users run. `--trace` prints each
//! line's reading and role to stderr.
use serde_json::{json, Value};
use std::io::{BufRead, Write};
use std::time::Instant;

fn main() {
    if std::env::args().any(|a| a == "--trace") {
        figlens::internals::article::TRACE.store(true, std::sync::atomic::Ordering::Relaxed);
    }
    let stdin = std::io::stdin();
    let mut out = std::io::BufWriter::new(std::io::stdout());
    for line in stdin.lock().lines() {
        let line = line.expect("readable stdin");
        let Ok(req) = serde_json::from_str::<Value>(&line) else {
            continue;
        };
        let text = req["text"].as_str().unwrap_or_default();
        let options = figlens::Options {
            html: req["html"].as_bool().unwrap_or(false),
            ..figlens::Options::default()
        };
        let start = Instant::now();
        let a = figlens::analyze(text, &options);
        let ms = start.elapsed().as_secs_f64() * 1e3;
        let blocks: Vec<Value> = a
            .blocks
            .iter()
            .map(|b| json!({"kind": b.kind.as_str(), "text": b.text, "start": b.start, "end": b.end}))
            .collect();
        let row =
            json!({"id": req["id"], "title": a.title, "meta": a.meta, "blocks": blocks, "ms": ms});
        writeln!(out, "{row}").expect("writable stdout");
    }
}
