#!/usr/bin/env bash
# Parse benchmark: every .py file under /usr/lib/python3.11, parsed by CPython 3.11's ast.parse
# and by Pythebo's Parser.parseFile in a warm JVM; prints lines per second for both and the ratio.
#
# Usage: bench/parse.sh [ROUNDS] [WARMUP]   (best of ROUNDS, default 5; Pythebo first runs
# WARMUP untimed rounds, default 5). Files CPython rejects are skipped on both sides.
set -euo pipefail
rounds="${1:-5}"
warmup="${2:-5}"
root="$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.."
source "$root/pythebo"
pythebo_find_jdk
pythebo_build

out="$root/target/bench"
mkdir -p "$out/classes"
"$pythebo_java_home/bin/javac" --release 25 -cp "$root/target/classes" -d "$out/classes" "$root/bench/ParseBench.java"

echo "CPython 3.11 ast.parse (best of $rounds)..."
cpython="$(/usr/bin/python3.11 "$root/bench/cpython_parse.py" /usr/lib/python3.11 "$rounds" "$out/files.txt")"
echo "  $cpython"
echo "Pythebo Parser.parseFile ($warmup warm-up rounds, best of $rounds)..."
pythebo="$("$pythebo_java_home/bin/java" -Xmx4g -XX:+UseParallelGC \
    -cp "$root/target/classes:$out/classes" ParseBench "$out/files.txt" "$warmup" "$rounds")"
echo "  $pythebo"

field() { sed -n "s/.*$1=\([0-9.]*\).*/\1/p" <<<"$2"; }
cpython_rate="$(field lines_per_second "$cpython")"
pythebo_rate="$(field lines_per_second "$pythebo")"
errors="$(field errors "$pythebo")"
if [[ "$errors" != 0 ]]; then
    echo "warning: Pythebo failed to parse $errors of the files CPython accepts; the rates are not comparable." >&2
fi
awk -v c="$cpython_rate" -v p="$pythebo_rate" 'BEGIN {
    printf "CPython: %d lines/s   Pythebo: %d lines/s   Pythebo/CPython: %.2fx\n", c, p, p / c }'
