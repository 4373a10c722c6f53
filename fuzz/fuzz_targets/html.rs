//! Fuzz target: any bytes analysed as HTML must keep every invariant
//! of tests/support/invariants.rs (`fuzz_one` there; `FIGLENS_FUZZ_IGNORE=
//! nonfinite,range` skips the named classes, to look past a known failure).
#![no_main]

#[path = "../../tests/support/invariants.rs"]
mod invariants;

libfuzzer_sys::fuzz_target!(|data: &[u8]| invariants::fuzz_one(data, true));
