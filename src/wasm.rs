//! The wasm-bindgen layer: JS options in, a plain JS `Analysis` out.
//!
//! It converts and serializes; it makes no decisions. Options are read from a
//! plain JS object (`html`, `kinds`, `bodyOnly`, `maxInputBytes`), the core
//! runs through [`crate::try_analyze`], byte offsets become UTF-16 code units
//! with [`crate::offsets::to_utf16`], and the result is serialized as plain
//! objects with `null`s. Errors are thrown as plain `{ code, message }`
//! objects; the JS wrapper (`js/`) turns them into `FiglensError`s.

use serde::de::{self, Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use serde::Serialize;
use wasm_bindgen::prelude::*;

use crate::{Error, Kind, Options};

/// Analyze `text`. `options` is `undefined`, `null` or a plain object.
/// Returns the `Analysis` (see `js/index.d.ts`) or throws `{ code, message }`.
#[wasm_bindgen]
pub fn analyze(text: &str, options: JsValue) -> Result<JsValue, JsValue> {
    let options = read_options(options).map_err(|why| fail(&Error::BadOptions(why)))?;
    let mut analysis = crate::try_analyze(text, &options).map_err(|e| fail(&e))?;
    crate::offsets::to_utf16(&mut analysis, text);
    analysis
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| {
            thrown(
                "internal",
                &format!("could not serialize the analysis: {e}"),
            )
        })
}

/// Test hook: panics (a trap, since panics abort), so the JS wrapper's
/// recovery from a dead instance can be tested against a real trap.
#[doc(hidden)]
#[wasm_bindgen(js_name = "__figlensTrap")]
pub fn trap_for_tests() {
    panic!("figlens: deliberate trap for tests");
}

#[derive(Serialize)]
struct Thrown<'a> {
    code: &'a str,
    message: &'a str,
}

fn thrown(code: &str, message: &str) -> JsValue {
    let thrown = Thrown { code, message };
    thrown
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .unwrap_or_else(|_| JsValue::from_str(message))
}

fn fail(e: &Error) -> JsValue {
    thrown(e.code(), &e.to_string())
}

/// Any JS value, as much of it as option checking needs.
enum Val {
    Null,
    Bool(bool),
    Num(f64),
    Str(String),
    List(Vec<Val>),
    Map(Vec<(String, Val)>),
}

impl Val {
    fn describe(&self) -> &'static str {
        match self {
            Val::Null => "null",
            Val::Bool(_) => "a boolean",
            Val::Num(_) => "a number",
            Val::Str(_) => "a string",
            Val::List(_) => "an array",
            Val::Map(_) => "an object",
        }
    }
}

impl<'de> Deserialize<'de> for Val {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Val;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a plain JS value")
            }
            fn visit_unit<E: de::Error>(self) -> Result<Val, E> {
                Ok(Val::Null)
            }
            fn visit_none<E: de::Error>(self) -> Result<Val, E> {
                Ok(Val::Null)
            }
            fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Val, D::Error> {
                Val::deserialize(d)
            }
            fn visit_bool<E: de::Error>(self, v: bool) -> Result<Val, E> {
                Ok(Val::Bool(v))
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<Val, E> {
                Ok(Val::Num(v))
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Val, E> {
                Ok(Val::Num(v as f64))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Val, E> {
                Ok(Val::Num(v as f64))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Val, E> {
                Ok(Val::Str(v.to_owned()))
            }
            fn visit_string<E: de::Error>(self, v: String) -> Result<Val, E> {
                Ok(Val::Str(v))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Val, A::Error> {
                let mut items = Vec::new();
                while let Some(v) = seq.next_element()? {
                    items.push(v);
                }
                Ok(Val::List(items))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Val, A::Error> {
                let mut entries = Vec::new();
                while let Some(entry) = map.next_entry()? {
                    entries.push(entry);
                }
                Ok(Val::Map(entries))
            }
        }
        d.deserialize_any(V)
    }
}

/// Read JS options into [`Options`]. `undefined`/`null` options or fields mean the defaults.
fn read_options(js: JsValue) -> Result<Options, String> {
    let mut options = Options::default();
    if js.is_undefined() || js.is_null() {
        return Ok(options);
    }
    let entries = match serde_wasm_bindgen::from_value::<Val>(js) {
        Ok(Val::Map(entries)) => entries,
        Ok(other) => {
            return Err(format!(
                "options must be an object, got {}",
                other.describe()
            ))
        }
        Err(e) => return Err(format!("options must be a plain object ({e})")),
    };
    for (key, value) in entries {
        if matches!(value, Val::Null) {
            continue;
        }
        let wrong = |want: &str| format!("{key} must be {want}, got {}", value.describe());
        match (key.as_str(), &value) {
            ("html", Val::Bool(b)) => options.html = *b,
            ("bodyOnly", Val::Bool(b)) => options.body_only = *b,
            ("html" | "bodyOnly", _) => return Err(wrong("a boolean")),
            ("maxInputBytes", Val::Num(n)) => {
                if !(n.is_finite() && *n >= 0.0 && n.fract() == 0.0) {
                    // Said without formatting the float: f64 Display costs ~15 KB of wasm.
                    let got = if n.is_finite() {
                        "a negative or fractional number"
                    } else {
                        "a non-finite number"
                    };
                    return Err(format!(
                        "maxInputBytes must be a whole number of bytes, got {got}"
                    ));
                }
                options.max_input_bytes = Some(if *n >= usize::MAX as f64 {
                    usize::MAX
                } else {
                    *n as usize
                });
            }
            ("maxInputBytes", _) => return Err(wrong("a number")),
            ("kinds", Val::List(items)) => {
                let mut kinds = Vec::with_capacity(items.len());
                for item in items {
                    let kind = match item {
                        Val::Str(s) => Kind::parse(s).ok_or_else(|| {
                            format!(
                                "unknown kind {s:?} in kinds; known kinds: {}",
                                known_kinds()
                            )
                        })?,
                        other => {
                            return Err(format!(
                                "kinds must hold strings, got {}",
                                other.describe()
                            ))
                        }
                    };
                    kinds.push(kind);
                }
                options.kinds = Some(kinds);
            }
            ("kinds", _) => return Err(wrong("an array of kind names")),
            _ => {
                return Err(format!(
                    "unknown option {key:?}; known options: html, kinds, bodyOnly, maxInputBytes"
                ))
            }
        }
    }
    Ok(options)
}

fn known_kinds() -> String {
    Kind::ALL
        .iter()
        .map(|k| k.as_str())
        .collect::<Vec<_>>()
        .join(", ")
}
