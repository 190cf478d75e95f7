#!/usr/bin/env bash
# Start-up time side by side with CPython 3.11 in one run: `-c pass` (with site), a few common
# imports, and a heavier set. Each command runs REPEATS times per side in fresh processes; prints
# the median wall time of each side and the ratio. Pythebo's first start after its code cache is
# emptied is shown apart ("first"), then the median of the starts that find the cache ("second").
#
# Usage: bench/startup.sh [REPEATS]   (default 7)
set -euo pipefail
repeats="${1:-7}"
root="$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.."
"$root/pythebo" -c pass >/dev/null
# A code cache of this run's own, which Pythebo may write whatever the caller's environment says.
cache="$(mktemp -d)"
trap 'rm -rf "$cache"' EXIT
export PYTHEBO_CACHE_DIR="$cache"
unset PYTHONDONTWRITEBYTECODE

seconds_of() {
    local start end
    start=$(date +%s.%N)
    "$@" >/dev/null 2>&1 || true
    end=$(date +%s.%N)
    awk -v s="$start" -v e="$end" 'BEGIN { printf "%.4f", e - s }'
}

median() { tr ' ' '\n' | sed '/^$/d' | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

printf "%-64s %9s %9s %9s %8s\n" command CPython first second ratio
for code in "pass" "import threading, json, collections, re" \
        "import asyncio, typing, dataclasses, argparse, logging, subprocess"; do
    cpython=""
    pythebo=""
    for ((i = 0; i < repeats; i++)); do
        cpython+=" $(seconds_of /usr/bin/python3.11 -c "$code")"
    done
    rm -rf "${cache:?}"/*
    first=$(seconds_of "$root/pythebo" -c "$code")
    for ((i = 0; i < repeats; i++)); do
        pythebo+=" $(seconds_of "$root/pythebo" -c "$code")"
    done
    c=$(median <<<"$cpython")
    p=$(median <<<"$pythebo")
    awk -v n="-c \"$code\"" -v c="$c" -v f="$first" -v p="$p" \
        'BEGIN { printf "%-64s %8.3fs %8.3fs %8.3fs %7.1fx\n", n, c, f, p, p / c }'
done
