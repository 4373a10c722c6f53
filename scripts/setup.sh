#!/usr/bin/env bash
# One idempotent setup for a fresh machine, then the build. A second run only
# checks (a few seconds). `npm start` and `npm test` run it first.
#
#   bash scripts/setup.sh [--for-tests] [--no-build]
#
# Installs what is missing: the wasm32 Rust target; wasm-bindgen-cli at exactly
# the binding's wasm-bindgen version (Cargo.lock; bindings/wasm/Cargo.toml pins
# it); the npm devDependencies
# (binaryen's wasm-opt, playwright-core, typescript) with npm ci when node_modules
# is missing or stale (never npm install: a lock file out of step with
# package.json is an error to fix and commit); with --for-tests, the rustfmt and
# clippy components (rustup), Debian's chromium and chromium-driver (apt-get)
# when /usr/bin/chromium is missing, Debian's fonts-noto-cjk when dpkg -s
# does not find it (the page's screenshots, npm run screenshots), Debian's
# libreoffice-calc-nogui when /usr/bin/soffice is missing (the CSV/TSV exports
# opened in a spreadsheet), and for the Spark example's test a JRE and pyspark
# in .venv-spark (scripts/setup-spark.sh). Then builds pkg/ (scripts/build.mjs).
# Only package registries are used: nothing downloads a prebuilt binary or a browser.
set -euo pipefail
cd "$(dirname "$0")/.."

for_tests=0
build=1
for arg in "$@"; do
  case "$arg" in
    --for-tests) for_tests=1 ;;
    --no-build) build=0 ;;
    *) echo "setup: unknown argument $arg (expected --for-tests, --no-build)" >&2; exit 2 ;;
  esac
done

say() { echo "setup: $*"; }
die() { echo "setup: $*" >&2; exit 1; }
export PATH="$HOME/.cargo/bin:$PATH"

# Prerequisites this script does not install: Rust (rustup) and Node with npm.
command -v cargo >/dev/null || die "cargo is missing: install Rust with rustup (https://rustup.rs) first"
command -v node >/dev/null || die "node is missing: install Node.js 18 or later first"
command -v npm >/dev/null || die "npm is missing: install it with Node.js first"

# 1. The wasm32 target.
sysroot="$(rustc --print sysroot)"
if [ -d "$sysroot/lib/rustlib/wasm32-unknown-unknown/lib" ]; then
  say "rust target wasm32-unknown-unknown: present"
else
  command -v rustup >/dev/null || die "the wasm32-unknown-unknown target is missing and rustup is not there to add it"
  say "adding the rust target wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi

# 2. wasm-bindgen-cli, exactly the version the binding (bindings/wasm) is locked to.
pin="$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock 2>/dev/null || true)"
if [ -z "$pin" ]; then
  pin="$(sed -n 's/^wasm-bindgen *= *"=\{0,1\}\([0-9][^"]*\)".*/\1/p' bindings/wasm/Cargo.toml | head -n1)"
fi
[ -n "$pin" ] || die "cannot find the wasm-bindgen version in Cargo.lock or bindings/wasm/Cargo.toml"
have="$(wasm-bindgen --version 2>/dev/null || true)"
if [ "$have" = "wasm-bindgen $pin" ]; then
  say "wasm-bindgen-cli $pin: present"
else
  say "installing wasm-bindgen-cli $pin (had: ${have:-none}); this compiles for several minutes"
  # Not --locked: one of the CLI's locked dependencies is not available from the
  # registry here; the resolved set builds and behaves the same.
  cargo install wasm-bindgen-cli --version "$pin" --force
  [ "$(wasm-bindgen --version)" = "wasm-bindgen $pin" ] || die "wasm-bindgen-cli $pin did not install"
fi

# 3. npm packages, when node_modules is missing or package.json/package-lock.json changed.
stamp=node_modules/.figlens-setup-stamp
want="$(cat package.json package-lock.json 2>/dev/null | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(require("crypto").createHash("sha256").update(s).digest("hex")))')"
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ] && [ -x node_modules/binaryen/bin/wasm-opt ]; then
  say "node_modules: up to date"
else
  # Only npm ci: it installs exactly package-lock.json and never rewrites it. npm
  # install would "repair" a stale lock file and leave the tree dirty.
  [ -f package-lock.json ] || die "package-lock.json is missing: it is committed with package.json; restore it (git checkout package-lock.json)"
  say "npm ci"
  log="$(mktemp)"
  if ! npm ci --no-audit --no-fund 2>&1 | tee "$log"; then
    if grep -qiE 'in sync|lock ?file' "$log"; then
      rm -f "$log"
      die "package-lock.json is out of step with package.json, so npm ci refuses it (and setup does not fall back to npm install, which would rewrite the lock file). Run npm install yourself, review the change to package-lock.json, and commit both files."
    fi
    rm -f "$log"
    die "npm ci failed: see npm's message above (the registry may be unreachable)"
  fi
  rm -f "$log"
  echo "$want" > "$stamp"
fi

# 4. For the browser tests only: Debian's Chromium (never a downloaded browser),
# and a Chinese font, so that the page's screenshots show Chinese, not boxes.
# For the checks: rustfmt and clippy (rustup components), and Python 3 for the
# case-table validator.
if [ "$for_tests" = 1 ]; then
  for component in rustfmt clippy; do
    if [ "$component" = rustfmt ]; then probe="cargo fmt --version"; else probe="cargo clippy --version"; fi
    if $probe >/dev/null 2>&1; then
      say "$component: present"
    else
      command -v rustup >/dev/null || die "$component is missing and rustup is not there to add it"
      say "adding the rust component $component"
      rustup component add "$component"
    fi
  done
  command -v python3 >/dev/null || die "python3 is missing: install Python 3 (the case-table validator, tests/cases/check_cases.py, needs it)"
  want_pkgs=()
  if [ -x /usr/bin/chromium ]; then
    say "chromium: present"
  else
    want_pkgs+=(chromium chromium-driver)
  fi
  # Noto CJK exactly (the screenshots in docs/screenshots/ are made with it, so a
  # fresh machine draws the same glyphs); without dpkg, any Chinese font will do.
  if command -v dpkg >/dev/null; then
    if dpkg -s fonts-noto-cjk 2>/dev/null | grep -q '^Status: install ok installed'; then
      say "fonts-noto-cjk: present"
    else
      want_pkgs+=(fonts-noto-cjk)
    fi
  elif command -v fc-list >/dev/null && [ -n "$(fc-list :lang=zh 2>/dev/null | head -n1)" ]; then
    say "a Chinese font: present"
  else
    say "warning: no Chinese font, and no dpkg to install fonts-noto-cjk: screenshots will show boxes for Chinese"
  fi
  # LibreOffice Calc, headless, opens the CSV/TSV exports in a real spreadsheet
  # engine (tests/js/spreadsheet.test.mjs); without its recommends: 57 packages,
  # 90 MB to download, about 30 s on a fresh Debian 12.
  lean_pkgs=()
  if [ -x /usr/bin/soffice ]; then
    say "libreoffice calc: present"
  else
    lean_pkgs+=(libreoffice-calc-nogui)
  fi
  if [ "${#want_pkgs[@]}" -gt 0 ] || [ "${#lean_pkgs[@]}" -gt 0 ]; then
    say "installing ${want_pkgs[*]} ${lean_pkgs[*]} with apt-get"
    sudo=""
    [ "$(id -u)" = 0 ] || sudo="sudo"
    $sudo apt-get update
    if [ "${#want_pkgs[@]}" -gt 0 ]; then
      $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y "${want_pkgs[@]}"
    fi
    if [ "${#lean_pkgs[@]}" -gt 0 ]; then
      $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${lean_pkgs[@]}"
    fi
  fi
  # The Spark example's test: a JRE and pyspark in .venv-spark (about a minute the first time).
  bash scripts/setup-spark.sh
fi

# 5. The build.
if [ "$build" = 1 ]; then
  node scripts/build.mjs
fi
