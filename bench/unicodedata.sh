#!/usr/bin/env bash
# unicodedata benchmark: load times of the tables in fresh JVMs (three runs), then ns per call
# of Pythebo's org.pythebo.runtime.ucd in a warm JVM and of CPython 3.11's unicodedata.
#
# Usage: bench/unicodedata.sh
set -euo pipefail
root="$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.."
source "$root/pythebo"
pythebo_find_jdk
pythebo_build

out="$root/target/bench-unicodedata"
mkdir -p "$out"
"$pythebo_java_home/bin/javac" --release 25 -cp "$root/target/classes" -d "$out" "$root/bench/UnicodeDataBench.java"
for run in 1 2 3; do
    echo "== cold JVM, run $run"
    "$pythebo_java_home/bin/java" -cp "$root/target/classes:$out" UnicodeDataBench cold
done
echo "== Pythebo, warm"
"$pythebo_java_home/bin/java" -cp "$root/target/classes:$out" UnicodeDataBench warm
echo "== CPython 3.11"
/usr/bin/python3.11 "$root/bench/cpython_unicodedata.py"
