#!/usr/bin/env bash
# Search under load (issue 9's goal: /api/search at 3,000 requests/s or more with 0 errors and 0 timeouts on the
# seeds at wrk -t2 -c32, and two client threads at least 1.6x the requests/s of one).
# Starts the portal from its Release build on a copy of corpus/, warms it with each URL for 5 s, then for 10 s each:
#   - /api/search with three queries (a word, ascii words side by side, a phrase) at -t2 -c32;
#   - the /search page at -t2 -c32;
#   - each query with one connection on one thread, then two connections on two threads (the ratio shows whether
#     searches run side by side or wait for each other).
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

# A query as a reader typed it, for the report (the URLs are percent-encoded for wrk).
decode() { printf '%b' "${1//%/\\x}"; }

report() {
    local name=$1 file=$2
    local rps p50 p99 errors
    rps=$(awk '/Requests\/sec/ {print $2}' "$file")
    p50=$(awk '$1 == "50%" {print $2}' "$file")
    p99=$(awk '$1 == "99%" {print $2}' "$file")
    errors=$(grep -E "Non-2xx|Socket errors" "$file" | tr -s ' ' | paste -sd';' - || true)
    printf '  %-46s %9s req/s   p50 %8s   p99 %8s   %s\n' "$name" "$rps" "$p50" "$p99" "${errors:-0 errors}"
}

echo "search under load: $(nproc) cores, ${seconds} s per run, wrk -t2 -c32"
for q in "${queries[@]}"; do
    wrk -t2 -c32 -d"${seconds}s" --latency "${api}${q}" >"$work/run.txt"
    report "/api/search?q=$(decode "$q")" "$work/run.txt"
done
wrk -t2 -c32 -d"${seconds}s" --latency "$base/search?q=${queries[0]}" >"$work/run.txt"
report "/search?q=$(decode "${queries[0]}")" "$work/run.txt"

# CPU time so far, in clock ticks: the portal's own (user + system) and the whole machine's busy time.
portal_ticks() { awk '{print $14 + $15}' "/proc/$portal_pid/stat"; }
busy_ticks() { awk '$1 == "cpu" {print $2 + $3 + $4 + $7 + $8}' /proc/stat; }

# side_by_side NAME THREADS URL: one wrk run with THREADS threads and as many connections, reported with the cores
# the portal and the whole machine kept busy meanwhile.
side_by_side() {
    local name=$1 threads=$2 url=$3 portal_before busy_before
    portal_before=$(portal_ticks)
    busy_before=$(busy_ticks)
    wrk -t"$threads" -c"$threads" -d"${seconds}s" --latency "$url" >"$work/side-$threads.txt"
    report "$name" "$work/side-$threads.txt"
    awk -v portal=$(( $(portal_ticks) - portal_before )) -v busy=$(( $(busy_ticks) - busy_before )) \
        -v hz="$(getconf CLK_TCK)" -v s="$seconds" -v cores="$(nproc)" \
        'BEGIN {printf "      cores busy: portal %.2f, machine %.2f of %d\n", portal / hz / s, busy / hz / s, cores}'
}

# Side by side, for each query: with one connection the portal and wrk take turns on the cores; a search that waited
# for another (a lock) would keep two connections at the rate of one and leave a core idle. wrk's two threads take
# their share of the same two cores, so the cores busy are printed with each run: when the machine is busy on both
# cores, the ratio is what the cores allow, not what the portal does (the search engine alone: `bench`'s
# "side by side" figure, in one process).
for q in "${queries[@]}"; do
    echo "searches side by side: /api/search?q=$(decode "$q")"
    side_by_side "one thread, one connection" 1 "${api}${q}"
    side_by_side "two threads, two connections" 2 "${api}${q}"
    awk '/Requests\/sec/ {r[n++] = $2} END {printf "  two threads give %.2fx the requests/s of one\n", r[1] / r[0]}' \
        "$work/side-1.txt" "$work/side-2.txt"
done

if grep -q "fail:" "$work/portal.log"; then
    echo "== errors in the portal log: $(grep -c "fail:" "$work/portal.log")"
fi
