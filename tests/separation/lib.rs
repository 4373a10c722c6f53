//! A crate that depends on the figlens core as any other crate would, and
//! that brings its own global allocator and its own exports, like a user's
//! wasm module. `scripts/check-separation.sh` builds it for
//! wasm32-unknown-unknown and fails when the core brings either along:
//!
//! - a `#[global_allocator]` in the core: this crate does not compile
//!   ("the `#[global_allocator]` in this crate conflicts with global
//!   allocator in: figlens");
//! - a `#[wasm_bindgen]` export (or any `#[no_mangle]` function) in the core:
//!   the .wasm exports more than `figlens_separation_probe` and memory, or
//!   holds wasm-bindgen's custom section; the script checks both.
//!
//! (The script also checks with `cargo tree` that the core's dependencies
//! for wasm32 hold no wasm-bindgen, js-sys or web-sys.)

/// This module's allocator: the standard one (dlmalloc on wasm32).
#[global_allocator]
static ALLOCATOR: std::alloc::System = std::alloc::System;

/// The number of figures in the UTF-8 text at `ptr..ptr + len`, so that the
/// core's code is linked in.
///
/// # Safety
/// `ptr..ptr + len` is valid UTF-8 in this module's memory.
#[no_mangle]
pub unsafe extern "C" fn figlens_separation_probe(ptr: *const u8, len: usize) -> usize {
    let bytes = std::slice::from_raw_parts(ptr, len);
    let text = std::str::from_utf8(bytes).unwrap_or_default();
    figlens::analyze(text, &figlens::Options::default())
        .figures
        .len()
}
