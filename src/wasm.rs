//! The wasm-bindgen layer: JS options in, a plain JS `Analysis` out.
//!
//! It converts and serializes; it makes no decisions. Options are read from a
//! plain JS object (`html`, `kinds`, `bodyOnly`, `maxInputBytes`), the core
//! runs through [`crate::try_analyze`], byte offsets become UTF-16 code units
//! with [`crate::offsets::to_utf16`], and the result is built as plain
//! objects with `null`s ([`Out`]). Errors are thrown as plain `{ code, message }`
//! objects; the JS wrapper (`js/`) turns them into `FiglensError`s.

use js_sys::{Array, ArrayBuffer, Map, Object, Symbol, Uint8Array};

use crate::model::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::{Error, Options};

#[wasm_bindgen]
extern "C" {
    /// A plain object under construction.
    type Obj;
    /// `obj[key] = value` (faster in V8 than `Reflect.set`).
    #[wasm_bindgen(method, indexing_setter)]
    fn set(this: &Obj, key: &JsValue, value: JsValue);
    /// `obj[key] = number`, the number passed as is.
    #[wasm_bindgen(method, indexing_setter)]
    fn set_num(this: &Obj, key: &JsValue, value: f64);
}

/// Analyze `text`. `options` is `undefined`, `null` or a plain object.
/// Returns the `Analysis` (see `js/index.d.ts`) or throws `{ code, message }`.
#[wasm_bindgen]
pub fn analyze(text: &str, options: JsValue) -> Result<JsValue, JsValue> {
    let options = read_options(options).map_err(|why| fail(&Error::BadOptions(why)))?;
    let mut analysis = crate::try_analyze(text, &options).map_err(|e| fail(&e))?;
    crate::offsets::to_utf16(&mut analysis, text);
    Ok(Out::default().analysis(&analysis))
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
    let mut out = Out::default();
    out.object(&mut [("code", js(code)), ("message", js(message))])
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
/// which format floats, cost ~15 KB gzip of wasm): `null`/`undefined` → Null,
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

/// Builds the plain JS objects of an analysis: the keys, key order, `null`s
/// and numbers that `serde_wasm_bindgen`'s JSON-compatible serializer gave,
/// without serde's machinery (~4 KB gzip of wasm). Key strings are made once
/// per call.
#[derive(Default)]
struct Out {
    keys: Vec<(&'static str, JsValue)>,
    /// Values that repeat (kinds, units, languages, changes): made once per
    /// call, then cloned (a reference, where a new string means a UTF-8 decode).
    values: Vec<(String, JsValue)>,
}

/// A field's value: numbers go to JS as numbers in the setter call itself
/// (a `JsValue` for each would be one more crossing of the boundary).
enum V {
    Js(JsValue),
    Num(f64),
}

/// A field: `None` leaves it out, `Some(V::Js(JsValue::NULL))` is `null`.
type Field = (&'static str, Option<V>);

fn js(v: impl Into<JsValue>) -> Option<V> {
    Some(V::Js(v.into()))
}

fn opt_str(s: Option<&str>) -> Option<V> {
    js(s.map_or(JsValue::NULL, JsValue::from_str))
}

fn num(n: usize) -> Option<V> {
    Some(V::Num(n as f64))
}

fn opt_num(n: Option<f64>) -> Option<V> {
    Some(n.map_or(V::Js(JsValue::NULL), V::Num))
}

fn strings(list: &[String]) -> Option<V> {
    js(list.iter().map(|s| JsValue::from_str(s)).collect::<Array>())
}

fn language(l: Language) -> &'static str {
    match l {
        Language::ZhHant => "zh-Hant",
        Language::ZhHans => "zh-Hans",
        Language::En => "en",
        Language::Und => "und",
    }
}

impl Out {
    /// A short value string that repeats across the result, made once.
    fn value(&mut self, s: &str) -> JsValue {
        if let Some((_, v)) = self.values.iter().find(|(k, _)| k == s) {
            return v.clone();
        }
        let v = JsValue::from_str(s);
        if self.values.len() < 64 {
            self.values.push((s.to_string(), v.clone()));
        }
        v
    }

    fn opt_value(&mut self, s: Option<&str>) -> Option<V> {
        js(s.map_or(JsValue::NULL, |s| self.value(s)))
    }

    fn object(&mut self, fields: &mut [Field]) -> JsValue {
        let o: JsValue = Object::new().into();
        for (k, v) in fields {
            if let Some(v) = v.take() {
                let key = match self.keys.iter().position(|(s, _)| s == k) {
                    Some(i) => &self.keys[i].1,
                    None => {
                        self.keys.push((k, JsValue::from_str(k)));
                        &self.keys[self.keys.len() - 1].1
                    }
                };
                match v {
                    V::Js(v) => o.unchecked_ref::<Obj>().set(key, v),
                    V::Num(n) => o.unchecked_ref::<Obj>().set_num(key, n),
                }
            }
        }
        o
    }

    fn spans(&mut self, list: &[Span]) -> Option<V> {
        let a: Array = list
            .iter()
            .map(|s| self.object(&mut [("start", num(s.start)), ("end", num(s.end))]))
            .collect();
        js(a)
    }

    fn analysis(&mut self, a: &Analysis) -> JsValue {
        let m = &a.meta;
        let meta = self.object(&mut [
            ("date", opt_str(m.date.as_deref())),
            ("source", opt_str(m.source.as_deref())),
            ("authors", strings(&m.authors)),
            ("editor", opt_str(m.editor.as_deref())),
            ("keywords", strings(&m.keywords)),
            ("tags", strings(&m.tags)),
        ]);
        let blocks: Array = a.blocks.iter().map(|b| self.block(b)).collect();
        let figures: Array = a.figures.iter().map(|f| self.figure(f)).collect();
        let c = &a.cleaning;
        let damaged: Array = c
            .damaged
            .iter()
            .map(|d| {
                let kind = match d.kind {
                    DamageKind::Latin1Utf8 => "latin1-utf8",
                    DamageKind::GbkUtf8 => "gbk-utf8",
                    DamageKind::Replacement => "replacement",
                };
                self.object(&mut [
                    ("start", num(d.start)),
                    ("end", num(d.end)),
                    ("kind", js(kind)),
                    ("repaired", d.repaired.as_deref().and_then(|r| js(r))),
                ])
            })
            .collect();
        let mut cleaning = [
            ("pinyinAnnotations", self.spans(&c.pinyin_annotations)),
            ("markup", self.spans(&c.markup)),
            ("invisible", self.spans(&c.invisible)),
            ("damaged", js(damaged)),
        ];
        let cleaning = self.object(&mut cleaning);
        let lang = self.value(language(a.language));
        self.object(&mut [
            ("version", num(a.version.into())),
            ("language", js(lang)),
            ("title", opt_str(a.title.as_deref())),
            ("meta", js(meta)),
            ("blocks", js(blocks)),
            ("figures", js(figures)),
            ("cleaning", js(cleaning)),
        ])
    }

    fn block(&mut self, b: &Block) -> JsValue {
        let sentences = b.sentences.as_deref().and_then(|s| self.spans(s));
        let (kind, lang) = (
            self.value(b.kind.as_str()),
            self.value(language(b.language)),
        );
        self.object(&mut [
            ("kind", js(kind)),
            ("text", js(b.text.as_str())),
            ("start", num(b.start)),
            ("end", num(b.end)),
            ("language", js(lang)),
            ("items", b.items.as_deref().and_then(strings)),
            ("sentences", sentences),
        ])
    }

    fn figure(&mut self, f: &Figure) -> JsValue {
        let change = f.change.map(|c| match c {
            Change::Increase => "increase",
            Change::Decrease => "decrease",
        });
        let role = f.role.map(|r| match r {
            Role::From => "from",
            Role::To => "to",
        });
        let kind = self.value(f.kind.as_str());
        let unit = self.opt_value(f.unit.as_deref());
        let change = self.opt_value(change);
        let role = role.and_then(|r| js(self.value(r)));
        self.object(&mut [
            ("text", js(f.text.as_str())),
            ("start", num(f.start)),
            ("end", num(f.end)),
            ("kind", js(kind)),
            ("value", opt_num(f.value)),
            ("low", f.low.map(V::Num)),
            ("high", f.high.map(V::Num)),
            ("unit", unit),
            ("per", f.per.as_deref().and_then(|p| js(p))),
            ("approximate", js(f.approximate)),
            ("change", change),
            ("period", opt_str(f.period.as_deref())),
            ("metric", opt_str(f.metric.as_deref())),
            ("role", role),
            ("iso", f.iso.as_deref().and_then(|i| js(i))),
            ("block", num(f.block)),
            ("sentence", opt_num(f.sentence.map(|s| s as f64))),
        ])
    }
}
