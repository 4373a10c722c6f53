#!/usr/bin/env bash
# The Spark example's setup, for its test (scripts/setup.sh --for-tests runs
# it; npm start does not). Idempotent: a second run only checks (a second).
#
#   - a Java runtime, 17 or later (Spark 4 needs it), from Debian (apt-get)
#     when java is missing or older: openjdk-17-jre-headless, else the newest
#     the release has;
#   - Python's venv module (Debian's python3-venv) when it is missing;
#   - pyspark at the version examples/spark/requirements.txt pins, from the
#     package registry (pip), into .venv-spark (git-ignored): about 450 MB,
#     under a minute on a good link.
set -euo pipefail
cd "$(dirname "$0")/.."

say() { echo "setup-spark: $*"; }
die() { echo "setup-spark: $*" >&2; exit 1; }
sudo=""
[ "$(id -u)" = 0 ] || sudo="sudo"
updated=0
apt_install() {
  command -v apt-get >/dev/null || die "$* missing, and this is not a Debian system: install it yourself"
  if [ "$updated" = 0 ]; then $sudo apt-get update; updated=1; fi
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y "$@"
}

java_major() {
  java -version 2>&1 | sed -n 's/.*version "\(1\.\)\{0,1\}\([0-9]*\).*/\2/p' | head -n1
}
if command -v java >/dev/null && [ "$(java_major)" -ge 17 ] 2>/dev/null; then
  say "java $(java_major): present"
else
  command -v apt-get >/dev/null || die "Java 17 or later is missing, and this is not a Debian system: install a JRE yourself"
  $sudo apt-get update
  updated=1
  jre=""
  for candidate in openjdk-17-jre-headless openjdk-21-jre-headless openjdk-25-jre-headless default-jre-headless; do
    if apt-cache show "$candidate" >/dev/null 2>&1; then jre="$candidate"; break; fi
  done
  [ -n "$jre" ] || die "no Java runtime package found with apt-cache"
  say "installing $jre with apt-get"
  apt_install "$jre"
  [ "$(java_major)" -ge 17 ] 2>/dev/null || die "java is still older than 17 after installing $jre"
fi

command -v python3 >/dev/null || die "python3 is missing: install Python 3 first"
venv=.venv-spark
stamp="$venv/.figlens-setup-stamp"
want="$(sha256sum examples/spark/requirements.txt | cut -d' ' -f1)"
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ] && "$venv/bin/python" -c 'import pyspark' 2>/dev/null; then
  say "pyspark in $venv: up to date"
else
  if [ ! -x "$venv/bin/python" ]; then
    rm -rf "$venv"
    if ! python3 -m venv "$venv" 2>/dev/null; then
      rm -rf "$venv"
      say "installing python3-venv with apt-get"
      apt_install python3-venv
      python3 -m venv "$venv"
    fi
  fi
  say "pip install -r examples/spark/requirements.txt into $venv (about 450 MB)"
  "$venv/bin/python" -m pip install --quiet --disable-pip-version-check -r examples/spark/requirements.txt
  "$venv/bin/python" -c 'import pyspark' || die "pyspark did not install"
  echo "$want" > "$stamp"
fi
