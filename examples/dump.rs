//! Print the analysis of a file (or stdin) as pretty JSON: `cargo run --example dump -- FILE`.
use std::io::Read;

fn main() {
    let mut text = String::new();
    match std::env::args().nth(1) {
        Some(path) => text = std::fs::read_to_string(path).expect("readable UTF-8 file"),
        None => {
            std::io::stdin()
                .read_to_string(&mut text)
                .expect("UTF-8 on stdin");
        }
    }
    let a = figlens::analyze(&text, &figlens::Options::default());
    if let Some(c) = a.meta.currency {
        println!("meta.currency = {c}");
    }
    for f in &a.figures {
        println!(
            "{:<14} {:<10} {:>16} {:<8} ch={:<9} ~{} per={:<6} role={:?} iso={:<10} period={:<12} metric={}",
            f.text,
            f.kind.as_str(),
            f.value.map_or("null".into(), |v| v.to_string())
                + &if f.low.is_some() || f.high.is_some() { format!(" [{:?}..{:?}]", f.low, f.high) } else { String::new() }
                + &f.qualifier.map_or(String::new(), |q| format!(" {}", q.as_str())),
            f.unit.unwrap_or("-"),
            f.change.map_or("-", |c| if c == figlens::Change::Increase { "increase" } else { "decrease" }),
            f.approximate as u8,
            f.per.as_deref().unwrap_or("-"),
            f.role,
            f.iso.as_deref().unwrap_or("-"),
            f.period.as_deref().unwrap_or("-"),
            f.metric.as_deref().unwrap_or("-"),
        );
    }
    for c in &a.checks {
        println!(
            "CHECK {} ok={} stated={} computed={} figures={:?} {}",
            c.kind.as_str(),
            c.ok,
            c.stated,
            c.computed,
            c.figures,
            c.explain
        );
    }
}
