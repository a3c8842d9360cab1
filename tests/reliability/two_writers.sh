#!/usr/bin/env bash
# Two programs writing one database: another program holds a write transaction for HOLD seconds
# (default 15) while three CLI commands write to the same file. Each must wait (saying so once on
# stderr) and then succeed; none may fail with "database is locked". Needs the sqlite3 shell.
#   tests/reliability/two_writers.sh [build/app/communitycheck-cli] [HOLD]
set -euo pipefail
cli=${1:-build/app/communitycheck-cli}
hold=${2:-15}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
db=$work/two.sqlite
export HOME=$work QT_QPA_PLATFORM=offscreen
"$cli" --db "$db" --lang en init --demo > /dev/null
# The other program: a write transaction held open.
printf 'BEGIN IMMEDIATE;\nINSERT INTO settings (key, value) VALUES ('"'"'holder'"'"', '"'"'1'"'"');\n.shell sleep %s\nCOMMIT;\n' "$hold" \
    | sqlite3 "$db" &
holder=$!
sleep 1
start=$(date +%s.%N)
pids=()
for i in 1 2 3; do
    "$cli" --db "$db" --lang en communities add --code "WAIT-$i" --name "等待$i" --type commercial_estate \
        > "$work/out-$i" 2> "$work/err-$i" &
    pids+=($!)
done
failed=0
for i in 1 2 3; do
    if wait "${pids[$((i - 1))]}"; then rc=0; else rc=$?; fi
    end=$(date +%s.%N)
    waited=$(grep -c "Waiting for another program" "$work/err-$i" || true)
    locked=$(grep -c "database is locked" "$work/err-$i" || true)
    printf 'writer %s: exit %s after %.1f s, "waiting" said %s time(s), "database is locked" %s\n' \
        "$i" "$rc" "$(echo "$end - $start" | bc)" "$waited" "$locked"
    [ "$rc" -eq 0 ] && [ "$waited" -eq 1 ] && [ "$locked" -eq 0 ] || failed=1
done
wait $holder
count=$("$cli" --db "$db" communities list --json | grep -c '"WAIT-' || true)
echo "communities written: $count of 3"
[ "$count" -eq 3 ] || failed=1
exit $failed
