#!/usr/bin/env bash
# The core (package `figlens`) is a plain Rust library on every target: a
# crate that depends on it and compiles to wasm32 must not inherit a
# wasm-bindgen export or a global allocator. Everything wasm-specific lives in
# the binding crate (bindings/wasm). This fails when that stops being true:
#
#   1. `cargo tree`: the core's normal dependencies for wasm32 hold no
#      wasm-bindgen, js-sys or web-sys;
#   2. tests/separation (a cdylib with its own #[global_allocator] and one
#      export, depending on the core with default features) builds for
#      wasm32-unknown-unknown: rustc refuses it if the core has a
#      #[global_allocator] too;
#   3. its .wasm exports only its own function and memory (plus the linker's
#      __data_end/__heap_base), and holds no wasm-bindgen custom section: a
#      #[wasm_bindgen] or #[no_mangle] function in the core would show here.
#
# Run from scripts/test.sh; alone: bash scripts/check-separation.sh
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
target=wasm32-unknown-unknown
say() { echo "separation: $*"; }
die() { echo "separation: FAIL: $*" >&2; exit 1; }

tree="$(cargo tree -p figlens --target "$target" -e normal --prefix none)"
bad="$(grep -E '^(wasm-bindgen|js-sys|web-sys)( |-)' <<<"$tree" || true)"
[ -z "$bad" ] || die "the core depends on $(echo "$bad" | tr '\n' ' ')for $target (cargo tree -p figlens --target $target -e normal)"
say "cargo tree -p figlens --target $target: no wasm-bindgen, js-sys or web-sys"

cargo build -p figlens-separation --target "$target" \
  || die "tests/separation did not build for $target against the core (a #[global_allocator] in the core conflicts with the crate's own)"
say "tests/separation (its own #[global_allocator]) builds against the core for $target"

node - "target/$target/debug/figlens_separation.wasm" <<'JS' || exit 1
const { readFileSync } = require('node:fs');
const module = new WebAssembly.Module(readFileSync(process.argv[2]));
const allowed = new Set(['memory', 'figlens_separation_probe', '__data_end', '__heap_base']);
const extra = WebAssembly.Module.exports(module).map((e) => e.name).filter((n) => !allowed.has(n));
const bindgen = ['__wasm_bindgen_unstable'].filter((s) => WebAssembly.Module.customSections(module, s).length);
if (extra.length || bindgen.length) {
  console.error(`separation: FAIL: a crate depending on the core exports ${extra.slice(0, 6).join(', ') || 'nothing extra'}${extra.length > 6 ? ` and ${extra.length - 6} more` : ''}` +
    `${bindgen.length ? ' and holds wasm-bindgen\'s custom section' : ''}: the core must not export anything (move it to bindings/wasm)`);
  process.exit(1);
}
console.log(`separation: its .wasm exports only ${WebAssembly.Module.exports(module).map((e) => e.name).join(', ')}; no wasm-bindgen section`);
JS
say "ok"
