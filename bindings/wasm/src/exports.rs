//! The wasm-bindgen layer: JS options in, the `Analysis` out in the wire
//! format of [`crate::wire`] (which `js/wire.js` turns into the plain objects
//! of `docs/schema.md`).
//!
//! It converts and serializes; it makes no decisions. Options come in as
//! plain numbers, read and checked by the JS wrapper (`js/wrapper.js`: a
//! reader of JS objects here cost 3 KB gzip of web wasm and glue), the core
//! runs through [`figlens::try_analyze`], and byte offsets become UTF-16 code
//! units with [`figlens::to_utf16`]. Errors are thrown as plain
//! `{ code, message }` objects; the JS wrapper (`js/`) turns them into
//! `FiglensError`s.

#[cfg(feature = "utf16-wire")]
use js_sys::Uint16Array;
use js_sys::{Array, Float64Array, Object};

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

/// Analyze `text` with options the JS wrapper has read and checked
/// (`js/wrapper.js`, `parseOptions`): `html`, `body_only`, `max_input_bytes`
/// (negative: the default) and `kinds`, a bit set over [`Kind::ALL`]
/// (negative: every kind). Returns `[numbers, strings]`, the `Analysis` in
/// the wire format of `crate::wire` (`js/wire.js` decodes it; the strings
/// are a string, or with `utf16-wire` a view of their UTF-16 code units),
/// or throws `{ code, message }`.
#[wasm_bindgen]
pub fn analyze(
    text: &str,
    html: bool,
    body_only: bool,
    max_input_bytes: f64,
    kinds: i32,
) -> Result<Array, JsValue> {
    // The last call's numbers are no longer read: free them before this call allocates.
    LAST.with(|last| *last.borrow_mut() = (Vec::new(), Vec::new()));
    let options = Options {
        html,
        body_only,
        max_input_bytes: (max_input_bytes >= 0.0).then(|| {
            if max_input_bytes >= usize::MAX as f64 {
                usize::MAX
            } else {
                max_input_bytes as usize
            }
        }),
        kinds: (kinds >= 0).then(|| {
            (0..Kind::ALL.len())
                .filter(|k| kinds >> k & 1 != 0)
                .map(|k| Kind::ALL[k])
                .collect()
        }),
    };
    let mut analysis = figlens::try_analyze(text, &options).map_err(|e| fail(&e))?;
    let from_input = crate::wire::FromInput::of(&analysis, text);
    figlens::to_utf16(&mut analysis, text);
    let wire = crate::wire::encode(&analysis, &from_input);
    drop(analysis);
    #[cfg(feature = "utf16-wire")]
    let units = crate::wire::utf16(&wire.text);
    #[cfg(not(feature = "utf16-wire"))]
    let strings = JsValue::from_str(&wire.text);
    // The numbers (and the UTF-16 strings) go out as views of wasm memory, not
    // copies (up to tens of MB for a long text). The JS wrapper reads them
    // before anything else runs in wasm (no allocation can move or free
    // them); they are freed at the start of the next call.
    LAST.with(|last| {
        let mut last = last.borrow_mut();
        last.0 = wire.nums;
        // SAFETY: the views are read at once by the caller, while `LAST`
        // holds the vectors and before wasm memory can grow.
        let nums: JsValue = unsafe { Float64Array::view(&last.0) }.into();
        #[cfg(feature = "utf16-wire")]
        let strings: JsValue = {
            last.1 = units;
            unsafe { Uint16Array::view(&last.1) }.into()
        };
        Ok(Array::of2(&nums, &strings))
    })
}

thread_local! {
    /// The numbers and strings of the last result, alive while JS reads them through views.
    static LAST: std::cell::RefCell<(Vec<f64>, Vec<u16>)> = const { std::cell::RefCell::new((Vec::new(), Vec::new())) };
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
    thrown(e.code(), &e.message())
}

/// The kind names in [`Kind::ALL`] order, `, `-separated: the bits of
/// `analyze`'s `kinds`, and the list a bad-options message names.
#[wasm_bindgen(js_name = "kindNames")]
pub fn kind_names() -> String {
    Kind::ALL
        .iter()
        .map(|k| k.as_str())
        .collect::<Vec<_>>()
        .join(", ")
}
