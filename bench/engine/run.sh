#!/usr/bin/env bash
# Engine benchmark, one thread: every program in bench/engine/single/ run by CPython 3.11 and by
# ./pythebo side by side on this machine. Prints each program's best wall time over REPEAT runs
# (process start included, JVM start-up and all), the ratio Pythebo/CPython (below 1 means
# Pythebo is faster) and the geometric mean of the ratios.
#
# Each program prints a checksum line; Pythebo's output must equal CPython's, byte for byte.
# A program Pythebo cannot run yet (non-zero exit, wrong output, timeout) is reported as such
# and left out of the mean.
#
# Usage: bench/engine/run.sh [REPEAT] [PROGRAM ...]   (REPEAT defaults to 3; PROGRAM is a name
# in bench/engine/single/ such as fib or fib.py, all of them by default)
# Environment: BENCH_TIMEOUT (seconds per Pythebo run, default 120), PYTHEBO_CLASSES and
# PYTHEBO_JAVA_OPTS (passed on to ./pythebo).
set -uo pipefail
repeat="${1:-3}"
shift $(($# > 0 ? 1 : 0))
root="$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.."
root="$(readlink -f "$root")"
cpython=/usr/bin/python3.11
timeout_seconds="${BENCH_TIMEOUT:-120}"
source "$root/bench/engine/common.sh"

if [[ ! "$repeat" =~ ^[1-9][0-9]*$ ]]; then
    echo "usage: bench/engine/run.sh [REPEAT] [PROGRAM ...]" >&2
    exit 2
fi
programs=()
if (($# == 0)); then
    for path in "$root"/bench/engine/single/*.py; do programs+=("$(basename "$path" .py)"); done
else
    for name in "$@"; do programs+=("$(basename "$name" .py)"); done
fi

bench_build_pythebo
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$root" || exit 1

printf '%-16s %10s %10s %8s  %s\n' program "CPython s" "Pythebo s" ratio note
ratios=()
for name in "${programs[@]}"; do
    program="bench/engine/single/$name.py"
    if [[ ! -f "$program" ]]; then
        printf '%-16s %10s %10s %8s  %s\n' "$name" - - - "no such program: $program"
        continue
    fi
    if ! bench_best "$repeat" "$work/cpython" 0 "$cpython" "$program"; then
        printf '%-16s %10s %10s %8s  %s\n' "$name" - - - "CPython failed: $(bench_failure "$work/cpython")"
        continue
    fi
    cpython_seconds="$best_seconds"
    if bench_best "$repeat" "$work/pythebo" "$timeout_seconds" "$root/pythebo" "$program" &&
        cmp -s "$work/cpython.out" "$work/pythebo.out"; then
        ratio="$(awk -v p="$best_seconds" -v c="$cpython_seconds" 'BEGIN { printf "%.2f", p / c }')"
        ratios+=("$ratio")
        printf '%-16s %10s %10s %8s\n' "$name" "$cpython_seconds" "$best_seconds" "$ratio"
    elif [[ -f "$work/pythebo.rc" && "$(<"$work/pythebo.rc")" == 0 ]]; then
        printf '%-16s %10s %10s %8s  %s\n' "$name" "$cpython_seconds" - - \
            "wrong output: $(bench_wrong_output "$work/cpython.out" "$work/pythebo")"
    else
        printf '%-16s %10s %10s %8s  %s\n' "$name" "$cpython_seconds" - - \
            "cannot run yet: $(bench_failure "$work/pythebo")"
    fi
done

if ((${#ratios[@]} > 0)); then
    printf '%s\n' "${ratios[@]}" | awk -v total="${#programs[@]}" '
        { log_sum += log($1); if ($1 > worst) worst = $1; n++ }
        END { printf "geometric mean of ratios: %.2f over %d of %d programs (worst %.2f)\n",
                     exp(log_sum / n), n, total, worst }'
else
    echo "geometric mean of ratios: none (Pythebo ran no program correctly)"
fi
