//! The wasm-bindgen layer: JS options in, the `Analysis` out in the wire
//! format of [`crate::wire`] (which `js/wire.js` turns into the plain objects
//! of `docs/schema.md`).
//!
//! It converts and serializes; it makes no decisions. Options are read from a
//! plain JS object (`html`, `kinds`, `bodyOnly`, `maxInputBytes`), the core
//! runs through [`figlens::try_analyze`], and byte offsets become UTF-16 code
//! units with [`figlens::to_utf16`]. Errors are thrown as plain
//! `{ code, message }` objects; the JS wrapper (`js/`) turns them into
//! `FiglensError`s.

use js_sys::{Array, ArrayBuffer, Float64Array, Map, Object, Symbol, Uint8Array};

use figlens::{Error, Kind, Options};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

#[wasm_bindgen]
extern "C" {
    /// A plain object under construction.
    type Obj;
    /// `obj[key] = value`.
    #[wasm_bindgen(method, indexing_setter)]
    fn set(this: &Obj, key: &str, value: &str);
}

/// Analyze `text`. `options` is `undefined`, `null` or a plain object.
/// Returns `[numbers, strings]`, the `Analysis` in the wire format of
/// `crate::wire` (`js/wire.js` decodes it), or throws `{ code, message }`.
#[wasm_bindgen]
pub fn analyze(text: &str, options: JsValue) -> Result<Array, JsValue> {
    // The last call's numbers are no longer read: free them before this call allocates.
    LAST_NUMS.with(|last| *last.borrow_mut() = Vec::new());
    let options = read_options(options).map_err(|why| fail(&Error::BadOptions(why)))?;
    let mut analysis = figlens::try_analyze(text, &options).map_err(|e| fail(&e))?;
    let from_input = crate::wire::FromInput::of(&analysis, text);
    figlens::to_utf16(&mut analysis, text);
    let wire = crate::wire::encode(&analysis, &from_input);
    drop(analysis);
    let text = JsValue::from_str(&wire.text);
    // The numbers go out as a view of wasm memory, not a copy (up to tens of
    // MB for a long text). The JS wrapper decodes it before anything else
    // runs in wasm (no allocation can move or free it); it is freed at the
    // start of the next call.
    LAST_NUMS.with(|last| {
        let mut last = last.borrow_mut();
        *last = wire.nums;
        // SAFETY: the view is read at once by the caller, while `LAST_NUMS`
        // holds the numbers and before wasm memory can grow.
        let nums: JsValue = unsafe { Float64Array::view(&last) }.into();
        Ok(Array::of2(&nums, &text))
    })
}

thread_local! {
    /// The numbers of the last result, alive while JS reads them through a view.
    static LAST_NUMS: std::cell::RefCell<Vec<f64>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Test hook: panics (a trap, since panics abort), so the JS wrapper's
/// recovery from a dead instance can be tested against a real trap.
#[doc(hidden)]
#[wasm_bindgen(js_name = "__figlensTrap")]
pub fn trap_for_tests() {
    // What a panic ends in (panic = "abort"), without a message to carry.
    core::arch::wasm32::unreachable()
}

/// A plain `{ code, message }` object.
fn thrown(code: &str, message: &str) -> JsValue {
    let o: JsValue = Object::new().into();
    o.unchecked_ref::<Obj>().set("code", code);
    o.unchecked_ref::<Obj>().set("message", message);
    o
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

/// Read a JS value as a [`Val`], by the rules `serde_wasm_bindgen` applied
/// before it was dropped here (its deserializer and serde's error messages,
/// which format floats, cost 9.6 KB gzip of web wasm: docs/decisions.md,
/// `bench/decisions/serde.mjs`): `null`/`undefined` → Null,
/// BigInts → numbers, arrays → lists, a `Map` or a non-iterable object → its
/// entries; anything else (functions, symbols, sets, byte arrays) is refused.
fn val(js: &JsValue) -> Result<Val, String> {
    if js.loose_eq(&JsValue::NULL) {
        return Ok(Val::Null);
    }
    if let Some(b) = js.as_bool() {
        return Ok(Val::Bool(b));
    }
    if js.is_bigint() {
        return i64::try_from(js.clone())
            .map(|n| n as f64)
            .or_else(|v| u64::try_from(v).map(|n| n as f64))
            .map(Val::Num)
            .map_err(|_| {
                "Couldn't deserialize i64 or u64 from a BigInt outside i64::MIN..u64::MAX bounds"
                    .into()
            });
    }
    if let Some(n) = js.as_f64() {
        return Ok(Val::Num(n));
    }
    if let Some(s) = js.as_string() {
        return Ok(Val::Str(s));
    }
    if Array::is_array(js) {
        let array: &Array = js.unchecked_ref();
        let items: Result<Vec<Val>, String> = array.iter().map(|v| val(&v)).collect();
        return items.map(Val::List);
    }
    if js.is_instance_of::<Uint8Array>() || js.is_instance_of::<ArrayBuffer>() {
        return Err("invalid type: byte array, expected a plain JS value".into());
    }
    let map = js.dyn_ref::<Map>();
    if js.is_object() && (map.is_some() || !Symbol::iterator().js_in(js)) {
        // [key, value] pairs, from the Map or from the object's own properties.
        let pairs = match map {
            Some(m) => Array::from(&m.entries()),
            None => Object::entries(js.unchecked_ref()),
        };
        let mut entries = Vec::with_capacity(pairs.length() as usize);
        for pair in pairs.iter() {
            let pair: &Array = pair.unchecked_ref();
            let (k, v) = (pair.get(0), pair.get(1));
            let Some(k) = k.as_string() else {
                return Err(format!(
                    "invalid type: {} map key, expected a string",
                    type_name(&k)
                ));
            };
            entries.push((k, val(&v)?));
        }
        return Ok(Val::Map(entries));
    }
    Err(format!(
        "invalid type: {}, expected a plain JS value",
        type_name(js)
    ))
}

/// `typeof` of a JS value, for messages (a Debug format would pull in
/// Rust's string escaping tables).
fn type_name(js: &JsValue) -> String {
    js.js_typeof().as_string().unwrap_or_default()
}

/// Read JS options into [`Options`]. `undefined`/`null` options or fields mean the defaults.
fn read_options(js: JsValue) -> Result<Options, String> {
    let mut options = Options::default();
    if js.is_undefined() || js.is_null() {
        return Ok(options);
    }
    let entries = match val(&js) {
        Ok(Val::Map(entries)) => entries,
        Ok(other) => {
            return Err(format!(
                "options must be an object, got {}",
                other.describe()
            ))
        }
        // "Error: " as when the reason was a JS Error from serde_wasm_bindgen.
        Err(e) => return Err(format!("options must be a plain object (Error: {e})")),
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
                                "unknown kind \"{s}\" in kinds; known kinds: {}",
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
                    "unknown option \"{key}\"; known options: html, kinds, bodyOnly, maxInputBytes"
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
