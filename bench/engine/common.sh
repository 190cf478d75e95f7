# Functions shared by bench/engine/run.sh and bench/engine/scaling.sh (sourced, not run).

# Builds Pythebo once up front (as ./pythebo would on first use), so that no build is timed.
# A failed build is not fatal: every Pythebo run then reports that it cannot run.
bench_build_pythebo() {
    [[ -n "${PYTHEBO_CLASSES:-}" ]] && return 0
    source "$root/pythebo"
    if ! { pythebo_find_jdk && pythebo_build; }; then
        echo "warning: Pythebo did not build; its runs will fail." >&2
    fi
}

# Runs a command once with its output in PREFIX.out, PREFIX.err and its exit status in PREFIX.rc;
# sets run_seconds to the wall time. Usage: bench_run_once PREFIX TIMEOUT COMMAND ...
# (TIMEOUT in seconds, 0 for none). When the command's stderr has a line "elapsed_ns N" (the
# scaling kernels time their threads themselves), run_seconds is that time instead.
bench_run_once() {
    local prefix="$1" limit="$2" start end rc elapsed
    shift 2
    local runner=()
    ((limit > 0)) && runner=(timeout "$limit")
    start="${EPOCHREALTIME//[.,]/}"
    "${runner[@]}" "$@" >"$prefix.out" 2>"$prefix.err" </dev/null
    rc=$?
    end="${EPOCHREALTIME//[.,]/}"
    echo "$rc" >"$prefix.rc"
    elapsed="$(sed -n 's/^elapsed_ns \([0-9]*\)$/\1/p' "$prefix.err" | tail -n 1)"
    if [[ -n "$elapsed" ]]; then
        run_seconds="$(awk -v ns="$elapsed" 'BEGIN { printf "%.3f", ns / 1e9 }')"
    else
        run_seconds="$(awk -v us="$((end - start))" 'BEGIN { printf "%.3f", us / 1e6 }')"
    fi
    return "$rc"
}

# Runs a command REPEAT times and sets best_seconds to the fastest run. Stops at the first run
# that fails or whose stdout differs from the first run's; returns non-zero then.
# Usage: bench_best REPEAT PREFIX TIMEOUT COMMAND ...  (PREFIX.out keeps the first run's output)
bench_best() {
    local repeat="$1" prefix="$2" limit="$3" i
    shift 3
    best_seconds=""
    rm -f "$prefix.rc"
    for ((i = 0; i < repeat; i++)); do
        local target="$prefix"
        ((i > 0)) && target="$prefix.again"
        bench_run_once "$target" "$limit" "$@" || { ((i > 0)) && bench_keep_failure "$prefix"; return 1; }
        if ((i > 0)) && ! cmp -s "$prefix.out" "$prefix.again.out"; then
            echo "output changed between runs" >"$prefix.err"
            echo 1 >"$prefix.rc"
            return 1
        fi
        if [[ -z "$best_seconds" ]] || awk -v a="$run_seconds" -v b="$best_seconds" 'BEGIN { exit !(a < b) }'; then
            best_seconds="$run_seconds"
        fi
    done
}

# Moves a failed repeated run's files over the first run's, so the failure gets reported.
bench_keep_failure() {
    local prefix="$1" kind
    for kind in out err rc; do mv -f "$prefix.again.$kind" "$prefix.$kind"; done
}

# One line on why a run failed: its exit status and the last line of its stderr.
bench_failure() {
    local prefix="$1" rc last
    rc="$(<"$prefix.rc")"
    if [[ "$rc" == 124 ]]; then
        echo "timed out"
        return
    fi
    last="$(grep -v '^[[:space:]]*$' "$prefix.err" | tail -n 1)"
    echo "exit $rc: ${last:0:90}"
}

# Why a run that exited with 0 is wrong: no output at all (with the last line of its stderr), or
# the first line where its output differs from the expected one, both versions cut short.
# Usage: bench_wrong_output EXPECTED_FILE PREFIX
bench_wrong_output() {
    local expected="$1" actual="$2.out" line last
    if [[ ! -s "$actual" ]]; then
        last="$(grep -v '^[[:space:]]*$' "$2.err" | tail -n 1)"
        echo "no output${last:+: ${last:0:90}}"
        return
    fi
    line="$(cmp "$expected" "$actual" 2>/dev/null | sed -n 's/.* line \([0-9]*\).*/\1/p')"
    [[ -z "$line" ]] && line=1
    echo "line $line: expected '$(sed -n "${line}p" "$expected" | cut -c1-40)'," \
        "got '$(sed -n "${line}p" "$actual" | cut -c1-40)'"
}
