#!/usr/bin/env bash
# Runs every libFuzzer target of the fuzz preset for SECONDS each (default 60; with RUNS=N set, for N
# executions instead), from the seeds in the test data, and prints one line per target: executions,
# crashes, leaks, timeouts (> 1 s) and out-of-memory (> 2.5 GB). Exits 1 on any finding; the input
# that caused it is kept in FINDINGS (default build-fuzz/findings) to become a test case.
#   cmake --preset fuzz && cmake --build --preset fuzz && tests/fuzz/run-fuzzers.sh [SECONDS] [TARGET…]
set -uo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-60}
shift || true
build=${BUILD_DIR:-build-fuzz}
findings=${FINDINGS:-$build/findings}
mkdir -p "$findings"

seeds_for() {
    case "$1" in
        set_json) echo "tests/data/sets resources/indicators" ;;
        responses_csv) echo "tests/data/responses" ;;
        tally_csv) echo "tests/fuzz/seeds/tally" ;;
        xlsx) echo "tests/fuzz/seeds/xlsx" ;;
        bundle) echo "tests/fuzz/seeds/bundle" ;;
    esac
}

targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(set_json responses_csv tally_csv xlsx bundle)
status=0
printf '%-14s %12s %8s %6s %9s %5s\n' target executions crashes leaks timeouts oom
for t in "${targets[@]}"; do
    corpus=$(mktemp -d)
    log=$findings/$t.log
    # shellcheck disable=SC2046
    if [ -n "${RUNS:-}" ]; then limit=(-runs="$RUNS"); else limit=(-max_total_time="$seconds"); fi
    "$build/tests/fuzz/fuzz_$t" "${limit[@]}" -timeout=1 -rss_limit_mb=2560 -max_len=300000 \
        -print_final_stats=1 -artifact_prefix="$findings/$t-" "$corpus" $(seeds_for "$t") > "$log" 2>&1
    rc=$?
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
    crashes=$(ls "$findings/$t-crash-"* 2>/dev/null | wc -l)
    leaks=$(ls "$findings/$t-leak-"* 2>/dev/null | wc -l)
    timeouts=$(ls "$findings/$t-timeout-"* 2>/dev/null | wc -l)
    ooms=$(ls "$findings/$t-oom-"* 2>/dev/null | wc -l)
    printf '%-14s %12s %8s %6s %9s %5s\n' "$t" "${runs:-?}" "$crashes" "$leaks" "$timeouts" "$ooms"
    if [ $rc -ne 0 ] || [ "$crashes" -gt 0 ] || [ "$leaks" -gt 0 ] || [ "$timeouts" -gt 0 ] || [ "$ooms" -gt 0 ]; then
        status=1
        tail -n 40 "$log"
    fi
    rm -rf "$corpus"
done
exit $status
