#!/usr/bin/env bash
# npm run fuzz -- [MINUTES] [TARGET...]: run each fuzz target for MINUTES
# (default 1; fractions work: 0.5), one after the other, on one core.
#   plain  cargo-fuzz (libFuzzer) target: any input as plain text
#   html   cargo-fuzz target: any input as HTML
#   jsonl  scripts/fuzz-jsonl.mjs: the CLI's --jsonl reader on random lines
# Default: all three. Not part of `npm test`.
#
# Both cargo targets check tests/support/invariants.rs on every input (also
# run by `cargo test --test invariants`), with -timeout=1 on inputs up to
# 64 KB (-max_len=65536), first on each 64 KB input of fuzz/big/ once. The
# seed corpus, the 64 KB inputs and the dictionary are generated first
# (scripts/fuzz-inputs.mjs; fuzz/corpus, fuzz/big, fuzz/figlens.dict, not
# committed). Findings land in fuzz/artifacts/<target>/, logs in fuzz/logs/.
#
# Environment:
#   FIGLENS_FUZZ_IGNORE=nonfinite,range   classes of invariants not to stop on
#                                         (to look past a known failure)
#   FUZZ_ARGS="-seed=1 -jobs=2"           more libFuzzer options
# Needs cargo-fuzz (installed here if missing: cargo install cargo-fuzz
# --locked) and a nightly toolchain, or stable with RUSTC_BOOTSTRAP=1.
#
# Replay or minimize a finding:
#   cd fuzz && cargo +nightly fuzz run -s none -a plain artifacts/plain/crash-…
#   cd fuzz && cargo +nightly fuzz tmin -s none -a plain artifacts/plain/crash-…
set -uo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

minutes="${1:-1}"
shift || true
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(plain html jsonl)
if ! [[ "$minutes" =~ ^[0-9]+([.][0-9]+)?$ ]]; then
  echo "usage: npm run fuzz -- [MINUTES] [plain|html|jsonl]..." >&2
  exit 2
fi
seconds=$(awk -v m="$minutes" 'BEGIN { s = int(m * 60); print (s < 1 ? 1 : s) }')

needs_cargo=0
for t in "${targets[@]}"; do
  case "$t" in
    plain|html) needs_cargo=1 ;;
    jsonl) ;;
    *) echo "fuzz: unknown target $t (plain, html, jsonl)" >&2; exit 2 ;;
  esac
done

fuzz=(cargo fuzz)
if [ "$needs_cargo" = 1 ]; then
  if ! cargo fuzz --version >/dev/null 2>&1; then
    echo "fuzz: installing cargo-fuzz"
    cargo install cargo-fuzz --locked || { echo "fuzz: cannot install cargo-fuzz" >&2; exit 1; }
  fi
  if rustup toolchain list 2>/dev/null | grep -q '^nightly'; then
    fuzz=(cargo +nightly fuzz)
  else
    echo "fuzz: no nightly toolchain; using stable with RUSTC_BOOTSTRAP=1"
    export RUSTC_BOOTSTRAP=1
  fi
  node scripts/fuzz-inputs.mjs || exit 1
  host=$(rustc -vV | sed -n 's/^host: //p')
  # No sanitizer: the core has no unsafe code, and it runs 2-3x faster.
  # -a: debug assertions and overflow checks.
  (cd fuzz && "${fuzz[@]}" build -s none -a) || { echo "fuzz: build failed" >&2; exit 1; }
fi

mkdir -p fuzz/logs
declare -a summary=()
failed=0
for t in "${targets[@]}"; do
  log="fuzz/logs/$t.log"
  echo
  echo "=== fuzz $t for ${seconds} s (log: $log)"
  if [ "$t" = jsonl ]; then
    node scripts/fuzz-jsonl.mjs --seconds "$seconds" 2>&1 | tee "$log"
    rc=${PIPESTATUS[0]}
    line=$(grep '^fuzz-jsonl: .* runs of the CLI' "$log" | tail -1)
  else
    mkdir -p "fuzz/artifacts/$t"
    # First the 64 KB inputs of fuzz/big/, each once in a process of its own
    # (so that one timeout does not end the sweep): a superlinear pass shows
    # there as a timeout, a broken invariant as a crash.
    bin="fuzz/target/$host/release/$t"
    : >"fuzz/logs/$t-big.log"
    big_total=0
    declare -a big_failed=()
    for f in fuzz/big/"$t"/*; do
      big_total=$((big_total + 1))
      if ! "$bin" -timeout=1 -rss_limit_mb=2048 -artifact_prefix="fuzz/artifacts/$t/" "$f" >>"fuzz/logs/$t-big.log" 2>&1; then
        big_failed+=("$(basename "$f")")
      fi
    done
    big_rc=0
    if [ ${#big_failed[@]} -gt 0 ]; then
      big_rc=1
      echo "fuzz: $t failed on ${#big_failed[@]} of $big_total inputs of 64 KB (fuzz/logs/$t-big.log), e.g.:"
      for f in "${big_failed[@]:0:5}"; do echo "  fuzz/big/$t/$f"; done
      grep -E 'ALARM|invariant\(s\) broken|^\[[a-z0-9]+\] ' "fuzz/logs/$t-big.log" | sort | uniq -c | sort -rn | head -5
    else
      echo "fuzz: $t: all $big_total inputs of 64 KB within -timeout=1"
    fi
    # shellcheck disable=SC2086
    (cd fuzz && "${fuzz[@]}" run -s none -a "$t" "corpus/$t" -- \
      -dict=figlens.dict -max_total_time="$seconds" -timeout=1 -max_len=65536 \
      -rss_limit_mb=2048 -print_final_stats=1 -print_pcs=0 ${FUZZ_ARGS:-}) >"$log" 2>&1
    rc=$?
    execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -1)
    status=$(grep -E '^#[0-9]+' "$log" | tail -1 | grep -oE 'cov: [0-9]+ ft: [0-9]+ corp: [0-9]+/[0-9]+[a-zA-Z]*' || true)
    line="$t: ${execs:-?} executions, ${status:-no status}"
    if [ "$big_rc" != 0 ]; then
      line="$line; FAILED on ${#big_failed[@]} of $big_total inputs of 64 KB (fuzz/logs/$t-big.log)"
      rc=$big_rc
    fi
    if [ "$rc" != 0 ]; then
      grep -E '^(thread .* panicked|==[0-9]+== ERROR|ALARM|SUMMARY)|invariant\(s\) broken|^\[[a-z0-9]+\] ' "$log" | head -20
      grep -E 'Test unit written to' "$log" | tail -1
    fi
    tail -3 "$log"
  fi
  if [ "$rc" = 0 ]; then
    summary+=("ok    $line")
  else
    summary+=("FAIL  $t (exit $rc) $line")
    failed=1
  fi
done

echo
echo "=== fuzz summary (${seconds} s per target)"
printf '%s\n' "${summary[@]}"
exit "$failed"
