#!/usr/bin/env bash
# Memory per circuit (issue 10's goal: at most 1.5 x the stock `dotnet new blazor --interactivity Server` template,
# measured in the same run). Starts the Release portal on a copy of corpus/ and the stock template from its Release
# publish output, both in Production, then for each opens N Chromium contexts on an interactive page (the portal's
# /search?q=köprü, the template's /counter) and prints the resident memory before and after, each after a full
# collection forced with dotnet-gcdump (see Browser/CircuitMemory.cs). Installs chromium (Debian's package) and
# dotnet-gcdump (into a temporary folder) when they are missing.
# Usage: src/CorpusPortal.Benchmarks/Load/circuit-memory.sh [circuits, default 50]
set -euo pipefail
cd "$(dirname "$0")/../../.."
circuits="${1:-50}"

source src/CorpusPortal.Benchmarks/Load/common.sh
need_chromium

work=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT
dotnet tool install --tool-path "$work/tools" dotnet-gcdump --version 10.0.750501 >/dev/null

start_portal 5097
portal_pid=$!

dotnet new blazor --interactivity Server -o "$work/stock" -n Stock >/dev/null
dotnet publish "$work/stock" -c Release -o "$work/stock-out" --nologo -v quiet >/dev/null
(cd "$work/stock-out" && ASPNETCORE_ENVIRONMENT=Production exec dotnet Stock.dll --urls http://127.0.0.1:5098 >"$work/stock.log" 2>&1) &
stock_pid=$!
for _ in $(seq 1 120); do curl -fs http://127.0.0.1:5098/ >/dev/null 2>&1 && break; sleep 0.5; done

dotnet run -c Release --project src/CorpusPortal.Benchmarks -- circuits "$circuits" "$work/tools/dotnet-gcdump" \
    "the portal, /search?q=köprü" "$base/search?q=k%C3%B6pr%C3%BC" "$portal_pid" \
    "the stock template, /counter" "http://127.0.0.1:5098/counter" "$stock_pid"
