//! The shared case tables (`tests/cases/*.jsonl`), run against the native core.
//! The Node and browser runners read the same files with the same rules
//! (see tests/cases/README.md).

use figlens::{analyze, Analysis, Figure, Options};
use serde_json::Value;
use std::fs;

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= f64::max(1e-9, b.abs() * 1e-6)
}

fn field(f: &Figure, key: &str) -> Value {
    let v = serde_json::to_value(f).expect("figures serialize");
    v.get(key).cloned().unwrap_or(Value::Null)
}

/// Check one expected figure against an actual one; the mismatches, described.
fn compare(exp: &serde_json::Map<String, Value>, f: &Figure) -> Vec<String> {
    let mut out = Vec::new();
    for (k, want) in exp {
        match k.as_str() {
            "surface" | "note" => {}
            "period" | "metric" => {
                let got = field(f, k);
                let ok = match (want, &got) {
                    (Value::Null, g) => g.is_null(),
                    (Value::String(w), Value::String(g)) => g.contains(w.as_str()),
                    _ => false,
                };
                if !ok {
                    out.push(format!("{k}={got} does not contain {want}"));
                }
            }
            _ => {
                let got = field(f, k);
                let ok = match (want, &got) {
                    (Value::Number(w), Value::Number(g)) => close(
                        g.as_f64().unwrap_or(f64::NAN),
                        w.as_f64().unwrap_or(f64::NAN),
                    ),
                    (Value::Null, g) => g.is_null(),
                    (w, g) => w == g,
                };
                if !ok {
                    out.push(format!("{k}={got}, want {want}"));
                }
            }
        }
    }
    out
}

/// Run one case; the failures, described.
pub fn run_case(case: &Value) -> Vec<String> {
    let text = case["text"].as_str().expect("case has text");
    let opts = Options {
        html: case["html"].as_bool().unwrap_or(false),
        ..Options::default()
    };
    let a: Analysis = analyze(text, &opts);
    let mut fails = Vec::new();
    let expected = case["figures"].as_array().cloned().unwrap_or_default();
    let exact = case["exact"].as_bool().unwrap_or(true);
    if exact && expected.len() != a.figures.len() {
        let got: Vec<&str> = a.figures.iter().map(|f| f.text.as_str()).collect();
        fails.push(format!(
            "{} figures {:?}, want {}",
            a.figures.len(),
            got,
            expected.len()
        ));
    }
    let mut search_from = 0;
    let mut used = vec![false; a.figures.len()];
    for e in &expected {
        let e = e.as_object().expect("expected figure is an object");
        let surface = e["surface"].as_str().expect("surface");
        let Some(rel) = text[search_from..].find(surface) else {
            fails.push(format!(
                "surface {surface:?} not in text after byte {search_from}"
            ));
            continue;
        };
        let (s, end) = (search_from + rel, search_from + rel + surface.len());
        search_from = s;
        match a
            .figures
            .iter()
            .enumerate()
            .find(|(i, f)| !used[*i] && f.start <= s && end <= f.end)
        {
            None => fails.push(format!("no figure covers {surface:?}")),
            Some((i, f)) => {
                used[i] = true;
                for m in compare(e, f) {
                    fails.push(format!("{surface}: {m}"));
                }
            }
        }
    }
    fails
}

/// Every `.jsonl` case of `dir` (not its subfolders): (cases run, failures described).
fn run_dir(dir: &str) -> (usize, Vec<String>) {
    let mut files: Vec<_> = fs::read_dir(dir)
        .expect("the case folder exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "jsonl"))
        .collect();
    files.sort();
    let (mut total, mut failed) = (0, Vec::new());
    for path in files {
        for (n, line) in fs::read_to_string(&path)
            .expect("readable")
            .lines()
            .enumerate()
        {
            if line.trim().is_empty() {
                continue;
            }
            let case: Value = serde_json::from_str(line)
                .unwrap_or_else(|e| panic!("{}:{}: {e}", path.display(), n + 1));
            total += 1;
            let fails = run_case(&case);
            if !fails.is_empty() {
                failed.push(format!(
                    "{} [{}]\n    {}",
                    case["id"],
                    case["text"].as_str().unwrap_or(""),
                    fails.join("\n    ")
                ));
            }
        }
    }
    (total, failed)
}

fn show_limit() -> usize {
    std::env::var("FIGLENS_SHOW")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(60)
}

/// Every case of the tables in tests/cases must pass.
#[test]
fn case_tables() {
    let (total, failed) = run_dir("tests/cases");
    eprintln!(
        "case tables: {} of {total} cases pass",
        total - failed.len()
    );
    if !failed.is_empty() {
        let shown: Vec<_> = failed.iter().take(show_limit()).cloned().collect();
        panic!(
            "{} of {total} cases failed:\n{}",
            failed.len(),
            shown.join("\n")
        );
    }
}

/// Tables written by examiners who never saw the grammar (tests/cases/heldout):
/// a measurement of how the grammar generalizes, held to a floor rather than 100%.
#[test]
fn heldout_tables() {
    let (total, failed) = run_dir("tests/cases/heldout");
    let rate = (total - failed.len()) as f64 / total.max(1) as f64;
    eprintln!(
        "held-out tables: {} of {total} cases pass ({:.1}%)",
        total - failed.len(),
        rate * 100.0
    );
    for f in failed
        .iter()
        .take(if std::env::var("FIGLENS_SHOW").is_ok() {
            show_limit()
        } else {
            0
        })
    {
        eprintln!("{f}");
    }
    assert!(total > 0, "no held-out cases found");
    assert!(
        rate >= 0.85,
        "held-out pass rate fell to {:.1}% (floor 85%)",
        rate * 100.0
    );
}
