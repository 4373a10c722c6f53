//! The seed article (tests/fixtures, a copy of ../shared/seeds) against its expected analysis.

use figlens::{analyze, Kind, Options};
use serde_json::Value;

const SEED: &str = include_str!("fixtures/000_c3625e4dd3ccaf1d.txt");
const EXPECTED: &str = include_str!("fixtures/000_c3625e4dd3ccaf1d.expected.json");

fn line_of(byte: usize) -> usize {
    SEED[..byte].matches('\n').count()
}

/// Drop pinyin annotations the way the cleaner does, for comparing spans.
fn strip_annotations(s: &str) -> String {
    let a = analyze(s, &Options::default());
    let mut out = String::new();
    let mut at = 0;
    for sp in &a.cleaning.pinyin_annotations {
        out.push_str(&s[at..sp.start]);
        at = sp.end;
    }
    out.push_str(&s[at..]);
    out
}

#[test]
fn seed_figures_match_expected_rows() {
    let exp: Value = serde_json::from_str(EXPECTED).unwrap();
    let a = analyze(SEED, &Options::default());
    let mut used = vec![false; a.figures.len()];
    let mut fails = Vec::new();
    for g in exp["figures"].as_array().unwrap() {
        let kind = Kind::parse(g["kind"].as_str().unwrap()).unwrap();
        let line = g["line"].as_u64().unwrap() as usize;
        let hit = a.figures.iter().enumerate().find(|(i, f)| {
            !used[*i]
                && f.kind == kind
                && line_of(f.start) == line
                && g.get("value").is_none_or(|v| {
                    f.value.is_some_and(|fv| {
                        (fv - v.as_f64().unwrap()).abs() <= v.as_f64().unwrap().abs() * 1e-6
                    })
                })
                && (kind != Kind::Identifier
                    || SEED[f.start..f.end].contains(g["surface"].as_str().unwrap()))
        });
        let Some((i, f)) = hit else {
            fails.push(format!("missing {g}"));
            continue;
        };
        used[i] = true;
        let fj = serde_json::to_value(f).unwrap();
        for k in ["unit", "change", "approximate"] {
            if let Some(want) = g.get(k) {
                if &fj[k] != want {
                    fails.push(format!("{}: {k}={}, want {want}", g["surface"], fj[k]));
                }
            }
        }
        if let Some(m) = g.get("metric_contains") {
            if !f
                .metric
                .as_deref()
                .unwrap_or("")
                .contains(m.as_str().unwrap())
            {
                fails.push(format!(
                    "{}: metric {:?}, want it to contain {m}",
                    g["surface"], f.metric
                ));
            }
        }
    }
    for n in exp["not_figures"].as_array().unwrap() {
        if let Some(range) = n.get("line_starts") {
            let (lo, hi) = (
                range[0].as_u64().unwrap() as usize,
                range[1].as_u64().unwrap() as usize,
            );
            for f in &a.figures {
                let l = line_of(f.start);
                let line_start = SEED[..f.start].rfind('\n').map_or(0, |p| p + 1);
                let marker = SEED[line_start..f.start]
                    .trim_start_matches([' ', '-', '•', '·'])
                    .is_empty();
                if (lo..=hi).contains(&l) && marker && f.kind != Kind::Identifier {
                    fails.push(format!("list marker on line {l} reported as {:?}", f.text));
                }
            }
        } else {
            let line = n["line"].as_u64().unwrap() as usize;
            let surface = n["surface"].as_str().unwrap();
            for f in &a.figures {
                if line_of(f.start) == line
                    && f.kind != Kind::Identifier
                    && SEED[f.start..f.end].contains(surface)
                {
                    fails.push(format!("not a figure: {surface} reported as {:?}", f.text));
                }
            }
        }
    }
    assert!(fails.is_empty(), "{}", fails.join("\n"));
}

#[test]
fn every_span_shows_what_it_claims() {
    let a = analyze(SEED, &Options::default());
    assert!(a.figures.len() > 30);
    for f in &a.figures {
        assert_eq!(
            strip_annotations(&SEED[f.start..f.end]),
            f.text,
            "span {}..{}",
            f.start,
            f.end
        );
    }
    for b in &a.blocks {
        assert!(SEED.is_char_boundary(b.start) && SEED.is_char_boundary(b.end) && b.start < b.end);
    }
}

#[test]
fn seed_cleaning_counts() {
    let a = analyze(SEED, &Options::default());
    let n = a.cleaning.pinyin_annotations.len();
    assert!((327..=328).contains(&n), "{n} annotations");
    for sp in &a.cleaning.pinyin_annotations {
        assert!(SEED[sp.start..sp.end].starts_with('('));
    }
    assert!(SEED.contains("(002447)") && a.figures.iter().any(|f| f.text == "002447"));
    assert_eq!(a.language, figlens::Language::ZhHant);
}

#[test]
fn utf16_offsets_match_js_slicing() {
    let mut a = analyze(SEED, &Options::default());
    let before: Vec<String> = a
        .figures
        .iter()
        .map(|f| SEED[f.start..f.end].to_string())
        .collect();
    figlens::to_utf16(&mut a, SEED);
    let units: Vec<u16> = SEED.encode_utf16().collect();
    for (f, want) in a.figures.iter().zip(before) {
        assert_eq!(String::from_utf16(&units[f.start..f.end]).unwrap(), want);
    }
}

/// Issue 20: the seed's one arithmetic claim, its urban-rural income ratio
/// (城鄉居民收入倍差 1.49:1 from 63792元 and 42830元), redone and found right.
#[test]
fn seed_ratio_checks_out() {
    let a = analyze(SEED, &Options::default());
    let texts = |c: &figlens::Check| -> Vec<String> {
        c.figures
            .iter()
            .map(|&i| a.figures[i].text.clone())
            .collect()
    };
    assert_eq!(a.checks.len(), 1, "{:?}", a.checks);
    let c = &a.checks[0];
    assert_eq!(c.kind, figlens::CheckKind::Ratio);
    assert!(c.ok);
    assert_eq!(texts(c), ["1.49:1", "63792元", "42830元"]);
    assert_eq!(c.explain, "63792 ÷ 42830 = 1.489 ≈ 1.49");
    assert!((c.computed - 63792.0 / 42830.0).abs() < 1e-12);
}
