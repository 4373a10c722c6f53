//! Fuzz target: any bytes (invalid UTF-8 read as U+FFFD), analyzed as
//! plain text (`Options::default()`), must keep every invariant of
//! tests/support/invariants.rs. `FIGLENS_FUZZ_IGNORE=nonfinite,range` skips
//! the named classes of invariants (to look past a known failure).
#![no_main]

#[path = "../../tests/support/invariants.rs"]
mod invariants;

use figlens::Options;
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

static IGNORE: OnceLock<Vec<String>> = OnceLock::new();

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let options = Options {
        html: false,
        ..Options::default()
    };
    invariants::assert_invariants(
        &text,
        &options,
        IGNORE.get_or_init(invariants::ignored_from_env),
    );
});
