#!/usr/bin/env bash
# Search under load (issue 9's goal: /api/search at 3,000 requests/s or more with 0 errors and 0 timeouts on the
# seeds at wrk -t2 -c32, and two client threads at least 1.6x the requests/s of one).
# Starts the portal from its Release build on a copy of corpus/, warms it with each URL for 5 s, then for 10 s each:
#   - /api/search with three queries (a word, ascii words side by side, a phrase) at -t2 -c32;
#   - the /search page at -t2 -c32;
#   - /api/search?q=köprü with one connection on one thread, then two connections on two threads (the ratio shows
#     whether searches run side by side or wait for each other).
# Prints requests/s, p50, p99 and errors for each. Installs wrk (Debian's package) when it is missing.
# Usage: src/CorpusPortal.Benchmarks/Load/search-load.sh [seconds per run, default 10]
set -euo pipefail
cd "$(dirname "$0")/../../.."
seconds="${1:-10}"

source src/CorpusPortal.Benchmarks/Load/common.sh
need_wrk

work=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT
start_portal 5094

api="$base/api/search?q="
queries=("k%C3%B6pr%C3%BC" "Nahcivan%20elektrik%20hatti" "%22Bir%20Millet%20%C4%B0ki%20Devlet%22")
# Warmed as a portal that has served a while: the JIT's optimised code comes after seconds of load, not at once
# (measured right after start, the first query ran at half the rate it reached 15 s later).
for q in "${queries[@]}"; do
    wrk -t2 -c32 -d5s "${api}${q}" >/dev/null
done
wrk -t2 -c32 -d5s "$base/search?q=${queries[0]}" >/dev/null

report() {
    local name=$1 file=$2
    local rps p50 p99 errors
    rps=$(awk '/Requests\/sec/ {print $2}' "$file")
    p50=$(awk '$1 == "50%" {print $2}' "$file")
    p99=$(awk '$1 == "99%" {print $2}' "$file")
    errors=$(grep -E "Non-2xx|Socket errors" "$file" | tr -s ' ' | paste -sd';' - || true)
    printf '  %-44s %9s req/s   p50 %8s   p99 %8s   %s\n' "$name" "$rps" "$p50" "$p99" "${errors:-0 errors}"
}

echo "search under load: $(nproc) cores, ${seconds} s per run, wrk -t2 -c32"
for q in "${queries[@]}"; do
    wrk -t2 -c32 -d"${seconds}s" --latency "${api}${q}" >"$work/run.txt"
    report "/api/search?q=$q" "$work/run.txt"
done
wrk -t2 -c32 -d"${seconds}s" --latency "$base/search?q=${queries[0]}" >"$work/run.txt"
report "/search?q=${queries[0]}" "$work/run.txt"

echo "searches side by side: /api/search?q=${queries[0]}"
wrk -t1 -c1 -d"${seconds}s" --latency "${api}${queries[0]}" >"$work/one.txt"
report "one thread, one connection" "$work/one.txt"
wrk -t2 -c2 -d"${seconds}s" --latency "${api}${queries[0]}" >"$work/two.txt"
report "two threads, two connections" "$work/two.txt"
awk '/Requests\/sec/ {r[NR>0 ? n++ : 0] = $2} END {printf "  two threads give %.2fx the requests/s of one\n", r[1] / r[0]}' "$work/one.txt" "$work/two.txt"

if grep -q "fail:" "$work/portal.log"; then
    echo "== errors in the portal log: $(grep -c "fail:" "$work/portal.log")"
fi
