// temporary: callgrind target; analyze once to warm up, then `measured` runs analyze again.
use figlens::{analyze, Options};
#[inline(never)]
fn measured(s: &str) -> usize {
    analyze(s, &Options::default()).figures.len()
}
fn main() {
    let s = std::fs::read_to_string(std::env::args().nth(1).unwrap()).unwrap();
    let _ = analyze(&s, &Options::default());
    println!("{}", measured(&s));
}
