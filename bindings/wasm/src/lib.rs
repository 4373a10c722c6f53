//! figlens-wasm: the WebAssembly binding of the `figlens` core, and the only
//! crate of the workspace that knows about wasm-bindgen.
//!
//! - `exports` (wasm32 only): the wasm-bindgen functions
//!   the npm package calls (`analyze`, a trap hook for tests). It reads JS
//!   options, calls [`figlens::try_analyze`], converts byte offsets to UTF-16
//!   code units ([`figlens::to_utf16`]) and hands the result over in
//! - `wire`: the wire format, one list of numbers and one string, which
//!   `js/wire.js` decodes into the plain objects of `docs/schema.md`.
//!
//! - `heap`: the module's global allocator (wasm32 only; tested natively):
//!   size classes for small blocks and coalesced runs for large ones, no
//!   allocator crate (docs/decisions.md; `node bench/decisions/allocator.mjs`).
//!
//! The core stays free of all of this, so a crate that depends on `figlens`
//! and compiles to wasm32 gets no export and no allocator it did not ask for
//! (checked by `scripts/check-separation.sh`).
//!
//! Built by `scripts/build.mjs` (`cargo build -p figlens-wasm --profile
//! wasm-web|wasm --target wasm32-unknown-unknown`, then wasm-bindgen with
//! `--out-name figlens`). Natively, `cargo test` runs the wire format's and
//! the allocator's tests.

#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
mod wire;

// The wasm allocator (size classes), tested natively; only wasm32 installs it.
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
mod heap;

#[cfg(target_arch = "wasm32")]
mod exports;
