#!/usr/bin/env bash
# /api/search with many circuits open (issue 10's goal: with 200 concurrent circuits the server still answers
# /api/search at 50% or more of its idle throughput). Starts the Release portal on a copy of corpus/, measures
# /api/search?q=köprü at wrk -t2 -c32 idle, then opens N circuits (Chromium contexts on /search?q=köprü, held open by
# the benchmark's "hold" mode) and measures again. Installs wrk and chromium (Debian's packages) when missing.
# Usage: src/CorpusPortal.Benchmarks/Load/circuits-under-load.sh [circuits, default 200] [seconds per run, default 10]
set -euo pipefail
cd "$(dirname "$0")/../../.."
circuits="${1:-200}"
seconds="${2:-10}"

source src/CorpusPortal.Benchmarks/Load/common.sh
need_wrk
need_chromium

work=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; pkill -P $$ 2>/dev/null || true; rm -rf "$work"' EXIT
start_portal 5099
dotnet build src/CorpusPortal.Benchmarks -c Release --nologo -v quiet >/dev/null

api="$base/api/search?q=k%C3%B6pr%C3%BC"
rps() { wrk -t2 -c32 -d"${seconds}s" "$api" | awk '/Requests\/sec/ {print $2}'; }
# Warmed first: the JIT's optimised code comes after seconds of load.
wrk -t2 -c32 -d15s "$api" >/dev/null
idle=$(rps)

dotnet run -c Release --no-build --project src/CorpusPortal.Benchmarks -- hold "$base/search?q=k%C3%B6pr%C3%BC" "$circuits" >"$work/hold.log" 2>&1 &
for _ in $(seq 1 1800); do grep -q "^holding" "$work/hold.log" && break; sleep 1; done
grep -q "^holding" "$work/hold.log" || { echo "the circuits did not all connect:"; cat "$work/hold.log"; exit 1; }
rss=$(awk '/VmRSS/ {printf "%.0f", $2 / 1024}' /proc/"$(pgrep -f "CorpusPortal.Web.dll --urls $base")"/status)
held=$(rps)

echo "/api/search with circuits open: 2 cores, wrk -t2 -c32, ${seconds} s per run"
printf '  idle                            %9s req/s\n' "$idle"
printf '  with %-4s circuits open         %9s req/s   (portal resident memory %s MiB)\n' "$circuits" "$held" "$rss"
awk -v a="$held" -v b="$idle" 'BEGIN { printf "  %.2f of the idle throughput (goal: at least 0.50)\n", a / b }'
