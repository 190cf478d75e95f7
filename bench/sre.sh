#!/bin/bash
# Times Pythebo's _sre engine against CPython 3.11's on the same code and ~1 MB of text.
# Usage: bench/sre.sh [WARMUP [ROUNDS]]   (run `mvn compile` first; JAVA_HOME as for the build)
set -euo pipefail
cd "$(dirname "$0")/.."
WARMUP=${1:-10}
ROUNDS=${2:-5}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
echo "CPython 3.11:"
PYTHONHASHSEED=0 /usr/bin/python3.11 bench/cpython_sre.py "$WORK" "$ROUNDS"
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
JAVAC=${JAVA_HOME:+$JAVA_HOME/bin/}javac
"$JAVAC" -d "$WORK/classes" -cp target/classes bench/SreBench.java
echo "Pythebo (warm-up $WARMUP rounds):"
"$JAVA" -cp "target/classes:$WORK/classes" SreBench "$WORK" "$WARMUP" "$ROUNDS"
