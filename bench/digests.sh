#!/usr/bin/env bash
# Digest and Mersenne Twister benchmark: MB/s of md5, sha1, sha256, sha512, sha3_256, blake2b
# and blake2s on MEGABYTES of data, and random() calls per second, for CPython 3.11's hashlib and
# random and for Pythebo's cores in a warm JVM; prints both and the Pythebo/CPython ratios.
#
# Usage: bench/digests.sh [MEGABYTES] [ROUNDS] [WARMUP] [REPEATS]   (default 64 MB, best of 3,
# 3 warm-up passes for Pythebo). Both sides time their own thread's CPU time, run alternately
# REPEATS times (default 2) and keep their best rate, so that other processes on a shared machine
# disturb the comparison as little as possible.
set -euo pipefail
megabytes="${1:-64}"
rounds="${2:-3}"
warmup="${3:-3}"
repeats="${4:-2}"
root="$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.."
source "$root/pythebo"
pythebo_find_jdk
pythebo_build

out="$root/target/bench"
mkdir -p "$out/classes"
"$pythebo_java_home/bin/javac" --release 25 -cp "$root/target/classes" -d "$out/classes" "$root/bench/DigestBench.java"

cpython=""
pythebo=""
for ((i = 0; i < repeats; i++)); do
    cpython+="$(/usr/bin/python3.11 "$root/bench/cpython_digests.py" "$megabytes" "$rounds")"$'\n'
    pythebo+="$("$pythebo_java_home/bin/java" -Xmx2g -cp "$root/target/classes:$out/classes" \
        DigestBench "$megabytes" "$warmup" "$rounds")"$'\n'
done

# The best rate a side reached for NAME over the repeats.
rate() { sed -n "s/^name=$1 [a-z_]*=\([0-9.]*\).*/\1/p" <<<"$2" | sort -g | tail -1; }
printf "%-16s %12s %12s %8s\n" name CPython Pythebo ratio
for name in md5 sha1 sha256 sha512 sha3_256 blake2b blake2s random; do
    c="$(rate "$name" "$cpython")"
    p="$(rate "$name" "$pythebo")"
    unit=$([[ $name == random ]] && echo "calls/s" || echo "MB/s")
    awk -v n="$name" -v c="$c" -v p="$p" -v u="$unit" 'BEGIN { printf "%-16s %12.1f %12.1f %7.2fx  %s\n", n, c, p, p / c, u }'
done
