#!/usr/bin/env bash
# Typing latency on the search page (issue 10's goal: keystroke to updated hits, p50 ≤ 100 ms, p95 ≤ 250 ms on the
# seeds): starts the Release portal on a copy of corpus/, then types twenty queries into the search box in Chromium,
# a letter every 80 ms, and prints p50, p95 and the worst time from the last letter to its hits in the page (see
# Browser/TypingLatency.cs). Installs chromium (Debian's package) when it is missing.
# Usage: src/CorpusPortal.Benchmarks/Load/typing-latency.sh [rounds, default 3]
set -euo pipefail
cd "$(dirname "$0")/../../.."
rounds="${1:-3}"

source src/CorpusPortal.Benchmarks/Load/common.sh
need_chromium

work=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT
start_portal 5096

dotnet run -c Release --project src/CorpusPortal.Benchmarks -- typing "$base" "$rounds"
