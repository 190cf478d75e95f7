#!/usr/bin/env bash
# The workloads this project exists for, side by side with CPython 3.11 in one run: training a
# small network on the digits data (bench/workloads/digits_nn.py: gzip, csv, random, math) and
# mining double-SHA-256 nonces (bench/workloads/mine.py: hashlib, struct). Each runs REPEATS times
# on each side, alternately, in fresh processes; prints the median wall time of each side, the
# ratio Pythebo/CPython, and whether Pythebo printed exactly what CPython printed.
#
# Usage: bench/workloads.sh [REPEATS]   (default 3)
set -euo pipefail
repeats="${1:-3}"
root="$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.."
"$root/pythebo" -c pass >/dev/null

# Runs "$@", leaves its output in $out and its wall time in seconds in $seconds.
timed() {
    local start end
    start=$(date +%s.%N)
    out="$("$@" 2>&1)" || true
    end=$(date +%s.%N)
    seconds=$(awk -v s="$start" -v e="$end" 'BEGIN { printf "%.3f", e - s }')
}

median() { tr ' ' '\n' | sed '/^$/d' | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

printf "%-12s %10s %10s %8s  %s\n" workload CPython Pythebo ratio output
for workload in digits_nn mine; do
    script="$root/bench/workloads/$workload.py"
    cpython_times=""
    pythebo_times=""
    same=yes
    for ((i = 0; i < repeats; i++)); do
        timed /usr/bin/python3.11 "$script"
        expected="$out"
        cpython_times+=" $seconds"
        timed "$root/pythebo" "$script"
        [[ "$out" == "$expected" ]] || same=no
        pythebo_times+=" $seconds"
    done
    c=$(median <<<"$cpython_times")
    p=$(median <<<"$pythebo_times")
    verdict=$([[ $same == yes ]] && echo "identical" || echo "DIFFERS")
    awk -v n="$workload" -v c="$c" -v p="$p" -v v="$verdict" \
        'BEGIN { printf "%-12s %9.2fs %9.2fs %7.2fx  %s\n", n, c, p, p / c, v }'
    if [[ $same == no ]]; then
        diff <(echo "$expected") <(echo "$out") | head -20 >&2 || true
    fi
done
