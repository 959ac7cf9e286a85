#!/usr/bin/env bash
# The soak of issue 15: the Release portal on a copy of corpus/ under steady load for a warm-up (WARMUP seconds,
# default 300: the server garbage collector widens its budgets for the first minutes under load, see
# docs/performance.md) and then MINUTES minutes (default 10): readers on every reading page, the library and the archive, searchers on /search and
# /api/search (wrk, 8 connections each, 5 s timeout), an editor publishing a new version of a document every 10 s
# (two versions in turn) and a failed sign-in every 10 s. Every 10 s the portal's working set (resident memory) is
# sampled. Prints each load's requests, errors and timeouts, the publishes, the sign-in answers, the working set per
# minute and how far it moved after the warm-up (goal: 0 errors, 0 timeouts, within 10%).
# Installs wrk (Debian's package) when it is missing. Usage: src/CorpusPortal.Benchmarks/Load/soak.sh [MINUTES]
set -euo pipefail
cd "$(dirname "$0")/../../.."
minutes="${1:-10}"
warmup="${WARMUP:-300}"
total=$((warmup + minutes * 60))

source src/CorpusPortal.Benchmarks/Load/common.sh
need_wrk

work=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT

dotnet build src/CorpusPortal.Cli -c Release --nologo -v quiet >/dev/null
echo "uzun ve gizli parola" | dotnet src/CorpusPortal.Cli/bin/Release/net10.0/corpus.dll user add soak --data "$work/data" >/dev/null
start_portal 5096

documents=()
for file in "$work"/corpus/*.md; do documents+=("/documents/$(basename "$file" .md)"); done
pages=("${documents[@]}" "/" "/archive" "/works" "/statistics")
searches=("/search?q=k%C3%B6pr%C3%BC" "/api/search?q=Nahcivan%20elektrik%20hatti" "/search?q=%22Bir%20Millet%20%C4%B0ki%20Devlet%22"
    "/api/search?q=Karabakh" "/search?q=Azerbaycan%20petrol" "/api/search?q=BCA")
wrk -t1 -c8 -d"${total}s" --timeout 5s -s src/CorpusPortal.Benchmarks/Load/rotate.lua "$base" -- "${pages[@]}" >"$work/readers.txt" &
readers=$!
wrk -t1 -c8 -d"${total}s" --timeout 5s -s src/CorpusPortal.Benchmarks/Load/rotate.lua "$base" -- "${searches[@]}" >"$work/searchers.txt" &
searchers=$!

jar="$work/cookies"
sign_in soak "uzun ve gizli parola"

# Two versions of the news article, published in turn over the one before (the base is the file's SHA-256, as the
# editor's preview gives it).
id=003_94344ba106347a29
cp "$work/corpus/$id.md" "$work/version-0.md"
sed 's/Russia/Rusya/g' "$work/corpus/$id.md" >"$work/version-1.md"

published=0; refused=0; signin_answers=""; samples=()
start=$(date +%s)
for ((tick = 0; tick * 10 < total; tick++)); do
    samples+=("$(( $(date +%s) - start )) $(awk '/VmRSS/ {print $2}' "/proc/$portal_pid/status")")
    import_token=$(curl -fs -c "$jar" -b "$jar" "$base/editor/import" | token)
    hash=$(sha256sum "$work/corpus/$id.md" | cut -d' ' -f1 | tr a-f A-F)
    curl -s -o "$work/published.html" -c "$jar" -b "$jar" \
        --data-urlencode "__RequestVerificationToken=$import_token" --data-urlencode "_handler=import" \
        --data-urlencode "Posted.FileName=$id.md" --data-urlencode "Posted.Id=$id" --data-urlencode "Posted.Replace=true" \
        --data-urlencode "Posted.Base=$hash" --data-urlencode "Posted.Text@$work/version-$((tick % 2)).md" \
        --data-urlencode "Posted.Action=publish" "$base/editor/import"
    if grep -q 'id="import-published"' "$work/published.html"; then published=$((published + 1)); else refused=$((refused + 1)); fi
    # A stranger guessing a password: their own cookies, a wrong password.
    stranger="$work/stranger"
    failed_token=$(curl -fs -c "$stranger" -b "$stranger" "$base/editor/signin" | token)
    signin_answers+="$(curl -s -o /dev/null -w '%{http_code}' -c "$stranger" -b "$stranger" --data-urlencode "__RequestVerificationToken=$failed_token" \
        --data-urlencode "name=soak" --data-urlencode "password=yanlış parola $tick" "$base/editor/session") "
    rm -f "$stranger"
    sleep $(( start + (tick + 1) * 10 - $(date +%s) > 0 ? start + (tick + 1) * 10 - $(date +%s) : 0 ))
done
wait "$readers" "$searchers"

echo "soak: $(nproc) cores, ${warmup} s warm-up then ${minutes} min, readers and searchers 8 connections each"
for load in readers searchers; do
    requests=$(awk '/requests in/ {print $1}' "$work/$load.txt")
    rps=$(awk '/Requests\/sec/ {print $2}' "$work/$load.txt")
    errors=$(grep -E "Non-2xx|Socket errors" "$work/$load.txt" | tr -s ' ' | paste -sd';' - || true)
    printf '  %-10s %9s requests  %9s req/s   %s\n' "$load" "$requests" "$rps" "${errors:-0 errors, 0 timeouts}"
done
echo "  publishes: $published published, $refused refused (one every 10 s)"
echo "  failed sign-ins answered: $(echo "$signin_answers" | tr ' ' '\n' | grep -v '^$' | sort | uniq -c | awk '{printf "%s x HTTP %s; ", $1, $2}')"
echo "  working set (resident memory), MB:"
printf '%s\n' "${samples[@]}" | awk -v warmup="$warmup" '
    { t = $1; mb = $2 / 1024; if (t % 60 < 10) printf "    %3d min %s  %7.1f\n", int(t / 60), (t < warmup ? "(warm-up)" : "         "), mb }
    t >= warmup { if (n == 0 || mb < low) low = mb; if (n == 0 || mb > high) high = mb; if (n == 0) first = mb; last = mb; n++ }
    END { printf "  after the warm-up: first %.1f MB, last %.1f MB, lowest %.1f, highest %.1f: highest %.1f%% above lowest\n", first, last, low, high, (high - low) / low * 100 }'
fails=$(grep -c "fail:" "$work/portal.log" || true)
echo "  errors in the portal log: ${fails}"
