#!/usr/bin/env bash
# Readers and searchers right after a publish (issue 14's goal: 0 errors and p99 under 500 ms on the seeds).
# Starts the portal from its Release build on a copy of corpus/ and serves readers and searchers for 10 s (a portal
# in use, not a process just started), signs in an editor, publishes a paper, and at once runs two wrk loads side
# by side for 20 s: 64 connections reading the new document and 64 searching. Prints wrk's figures.
# Installs wrk (Debian's package) when it is missing. Usage: src/CorpusPortal.Benchmarks/Load/after-publish.sh
set -euo pipefail
cd "$(dirname "$0")/../../.."

source src/CorpusPortal.Benchmarks/Load/common.sh
need_wrk

work=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT

dotnet build src/CorpusPortal.Cli -c Release --nologo -v quiet >/dev/null
echo "uzun ve gizli parola" | dotnet src/CorpusPortal.Cli/bin/Release/net10.0/corpus.dll user add yuk --data "$work/data" >/dev/null
start_portal 5093

# A portal in use: readers and searchers for 10 s before the publish.
wrk -t1 -c16 -d10s "$base/documents/001_4fca9fe008e145b8" >/dev/null &
wrk -t1 -c16 -d10s "$base/search?q=Azerbaycan" >/dev/null
wait %2 2>/dev/null || true

jar="$work/cookies"
sign_in yuk "uzun ve gizli parola"
import_token=$(curl -fs -c "$jar" -b "$jar" "$base/editor/import" | token)
paper=$(ls corpus/raw/002_*.txt | head -1)
status=$(curl -s -o "$work/published.html" -w '%{http_code}' -c "$jar" -b "$jar" \
    --data-urlencode "__RequestVerificationToken=$import_token" --data-urlencode "_handler=import" \
    --data-urlencode "Posted.FileName=yuk-testi.txt" --data-urlencode "Posted.Id=yuk-testi" \
    --data-urlencode "Posted.Text@$paper" --data-urlencode "Posted.Action=publish" "$base/editor/import")
grep -q 'id="import-published"' "$work/published.html" || { echo "error: the publish failed (HTTP $status)" >&2; exit 1; }
sleep "${SETTLE:-0}"
echo "published yuk-testi (a copy of seed 002); loading after ${SETTLE:-0} s, 20 s, $(nproc) cores"

wrk -t1 -c64 -d20s --latency "$base/documents/yuk-testi" >"$work/readers.txt" &
readers=$!
wrk -t1 -c64 -d20s --latency "$base/search?q=k%C3%B6pr%C3%BC" >"$work/search.txt" &
searchers=$!
wait "$readers" "$searchers"

for load in readers search; do
    echo "== $load (64 connections)"
    grep -E "Requests/sec|Non-2xx|Socket errors|requests in|^ +50%|^ +99%" "$work/$load.txt" || true
done
if grep -q "Exception\|fail:" "$work/portal.log"; then
    echo "== errors in the portal log"; grep -c "fail:" "$work/portal.log" || true
fi
