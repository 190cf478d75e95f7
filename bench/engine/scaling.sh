#!/usr/bin/env bash
# Engine benchmark, threads: every kernel in bench/engine/scaling/ run with 1 and with 2 threads
# (started with _thread, each doing the same fixed work) by ./pythebo, and by CPython 3.11 for
# reference. Prints the best time over REPEAT runs (the kernel times its threads itself, from
# starting the first to joining the last) and the 2-thread speedup 2 * t1 / t2: 2.0 means the
# second thread cost nothing, 1.0 means the threads ran one after the other (CPython's GIL).
#
# Each kernel prints a checksum line that does not depend on the thread count; Pythebo's output
# must equal CPython's. A kernel Pythebo cannot run yet is reported as such.
#
# Usage: bench/engine/scaling.sh [REPEAT] [KERNEL ...]   (REPEAT defaults to 3; KERNEL is a
# name in bench/engine/scaling/ such as shared_read, all of them by default)
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
    echo "usage: bench/engine/scaling.sh [REPEAT] [KERNEL ...]" >&2
    exit 2
fi
kernels=()
if (($# == 0)); then
    for path in "$root"/bench/engine/scaling/*.py; do
        [[ "$path" == */harness.py ]] || kernels+=("$(basename "$path" .py)")
    done
else
    for name in "$@"; do kernels+=("$(basename "$name" .py)"); done
fi

bench_build_pythebo
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$root" || exit 1

speedup() { awk -v t1="$1" -v t2="$2" 'BEGIN { printf "%.2f", 2 * t1 / t2 }'; }

# Sets t1, t2 for one implementation, or returns non-zero with the failed run in $work/NAME.
# Usage: measure NAME TIMEOUT COMMAND ...  (the kernel and its thread count are appended)
measure() {
    local name="$1" limit="$2"
    shift 2
    bench_best "$repeat" "$work/$name" "$limit" "$@" "$kernel" 1 || return 1
    t1="$best_seconds"
    if [[ -f "$work/expected.out" ]] && ! cmp -s "$work/expected.out" "$work/$name.out"; then
        return 1
    fi
    bench_best "$repeat" "$work/$name" "$limit" "$@" "$kernel" 2 || return 1
    t2="$best_seconds"
    [[ ! -f "$work/expected.out" ]] || cmp -s "$work/expected.out" "$work/$name.out"
}

format='%-14s %8s %8s %8s   %8s %8s %8s  %s\n'
printf "$format" "" CPython "" "" Pythebo "" "" ""
printf "$format" kernel "1 thr s" "2 thr s" speedup "1 thr s" "2 thr s" speedup note
speedups=()
for name in "${kernels[@]}"; do
    kernel="bench/engine/scaling/$name.py"
    if [[ ! -f "$kernel" ]]; then
        printf "$format" "$name" - - - - - - "no such kernel: $kernel"
        continue
    fi
    rm -f "$work/expected.out"
    if ! measure cpython 0 "$cpython"; then
        printf "$format" "$name" - - - - - - "CPython failed: $(bench_failure "$work/cpython")"
        continue
    fi
    cpython_row=("$t1" "$t2" "$(speedup "$t1" "$t2")")
    cp "$work/cpython.out" "$work/expected.out"
    if measure pythebo "$timeout_seconds" "$root/pythebo"; then
        ratio="$(speedup "$t1" "$t2")"
        speedups+=("$ratio")
        printf "$format" "$name" "${cpython_row[@]}" "$t1" "$t2" "$ratio" ""
    elif [[ -f "$work/pythebo.rc" && "$(<"$work/pythebo.rc")" == 0 ]]; then
        printf "$format" "$name" "${cpython_row[@]}" - - - \
            "wrong output: $(bench_wrong_output "$work/expected.out" "$work/pythebo")"
    else
        printf "$format" "$name" "${cpython_row[@]}" - - - \
            "cannot run yet: $(bench_failure "$work/pythebo")"
    fi
done

if ((${#speedups[@]} > 0)); then
    printf '%s\n' "${speedups[@]}" | awk -v total="${#kernels[@]}" '
        NR == 1 || $1 < lowest { lowest = $1 }
        { n++ }
        END { printf "Pythebo 2-thread speedup: lowest %.2f over %d of %d kernels\n", lowest, n, total }'
else
    echo "Pythebo 2-thread speedup: none (Pythebo ran no kernel correctly)"
fi
