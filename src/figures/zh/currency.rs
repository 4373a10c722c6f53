//! Currency names several countries share (`法郎`, `盧比`, `盧布`, `馬克`):
//! the country named nearest the amount in its sentence decides the code
//! (`巴基斯坦……500盧比` → PKR); with none the name keeps its row's code.

use crate::figures::shared::draft::Draft;
use crate::figures::shared::text::BlockText;
use crate::lexicon::{self, zh};
use crate::model::Kind;

/// How far from the figure a country may be named (characters, each way).
const REACH: usize = 120;

/// Characters that end a sentence: the country must be named inside it.
fn ends_sentence(c: char) -> bool {
    matches!(c, '。' | '！' | '？' | '!' | '?' | '\n' | '；')
}

/// Give a money figure in a shared currency the code of the country its sentence names.
pub fn by_country(bt: &BlockText, d: &mut Draft) {
    if d.kind != Kind::Money {
        return;
    }
    let names = lexicon::shared_currency_names();
    // the name ends the figure (one lookup: this runs for every amount)
    let Some((_, name_row)) = bt.lex_before(d.start, d.end, names) else {
        return;
    };
    let name = zh::SHARED_CURRENCIES[name_row].0;
    let mut from = d.start;
    while from > 0 && d.start - from < REACH && !bt.get(from - 1).is_some_and(ends_sentence) {
        from -= 1;
    }
    let mut to = d.end;
    while to < bt.cs.len() && to - d.end < REACH && !bt.get(to).is_some_and(ends_sentence) {
        to += 1;
    }
    let countries = lexicon::shared_currency_countries();
    let mut best: Option<(usize, &'static str)> = None;
    let mut k = from;
    while k < to {
        let Some((e, row)) = bt.lex_at(k, countries) else {
            k += 1;
            continue;
        };
        let (rname, _, code) = zh::SHARED_CURRENCIES[row];
        if rname == name && (d.start..d.end).all(|p| p < k || p >= e) {
            let dist = if e <= d.start { d.start - e } else { k - d.end };
            if best.is_none_or(|(b, _)| dist < b) {
                best = Some((dist, code));
            }
        }
        k = e;
    }
    // A country inside the figure (巴基斯坦盧比) is its own row in UNITS.
    if let Some((_, code)) = best {
        d.unit = Some(code);
    }
}
