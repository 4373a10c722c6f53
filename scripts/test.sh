#!/usr/bin/env bash
# npm test: the setup (with the browser), then every test. Each stage runs even
# when an earlier one failed; the exit code is non-zero if any failed.
#
#   1. cargo fmt --check: the Rust code is formatted
#   2. cargo clippy --all-targets -D warnings: no lint warning anywhere (and no
#      function over 120 lines: clippy.toml)
#   3. the case tables are valid (tests/cases/check_cases.py, every table)
#   4. the validator's self-test (tests/cases/test_check_cases.py)
#   5. the READMEs' case counts match the tables (scripts/case-counts.mjs --check)
#   6. cargo test --workspace: the native core (unit tests, tests/*.rs, one test
#      per case table, doc tests) and the wasm binding's native tests (the wire
#      format)
#   7. the core's separation from the binding (scripts/check-separation.sh):
#      a crate that depends on the core and builds for wasm32 gets no
#      wasm-bindgen and no global allocator from it
#   8. node --test: the built package from Node (tests/js: ESM, CommonJS, CLI,
#      types, the case tables, the CSV/TSV exports opened in LibreOffice Calc)
#      and from headless Chromium (tests/browser: the case tables on the web
#      build, the page)
#   9. the Spark example (tests/spark): examples/spark's job in local[2] over
#      2,000 generated articles, against the CLI
set -uo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

bash scripts/setup.sh --for-tests || { echo "test: setup failed" >&2; exit 1; }

declare -a results=()
failed=0
stage() {
  local name="$1"; shift
  echo
  echo "=== $name: $*"
  if "$@"; then
    results+=("ok    $name")
  else
    results+=("FAIL  $name (exit $?)")
    failed=1
  fi
}

stage "cargo fmt" cargo fmt --all -- --check
stage "cargo clippy" cargo clippy --workspace --all-targets -- -D warnings
stage "case tables valid" python3 tests/cases/check_cases.py
stage "validator self-test" python3 tests/cases/test_check_cases.py
stage "README case counts" node scripts/case-counts.mjs --check
stage "cargo test" cargo test --workspace
stage "core separation" bash scripts/check-separation.sh
# TAP reporter: its summary ends with "# pass N" / "# fail N".
stage "node tests" node --test --test-reporter=tap tests/js/ tests/browser/
stage "spark job" node --test --test-reporter=tap tests/spark/

echo
echo "=== summary"
printf '%s\n' "${results[@]}"
exit "$failed"
