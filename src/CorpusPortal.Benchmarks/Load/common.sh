# Shared by the load scripts (sourced, not run): wrk, and the Release portal on a copy of corpus/.

# Installs wrk (Debian's package) when it is missing; as another user than root, says how.
need_wrk() {
    if ! command -v wrk >/dev/null 2>&1; then
        if [ "$(id -u)" = 0 ]; then
            apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null
        else
            echo "error: this benchmark needs wrk: run 'sudo apt-get install -y wrk'" >&2
            exit 1
        fi
    fi
}

# start_portal PORT: builds the Release portal, serves a copy of corpus/ (in $work) on PORT in Production, waits
# until it answers, and sets $base. The caller makes $work and removes it (and stops the portal) on exit.
start_portal() {
    base="http://127.0.0.1:$1"
    dotnet build src/CorpusPortal.Web -c Release --nologo -v quiet >/dev/null
    cp -r corpus "$work/corpus"
    ASPNETCORE_ENVIRONMENT=Production dotnet src/CorpusPortal.Web/bin/Release/net10.0/CorpusPortal.Web.dll \
        --urls "$base" --Corpus="$work/corpus" --Data="$work/data" --contentRoot "$PWD/src/CorpusPortal.Web" >"$work/portal.log" 2>&1 &
    for _ in $(seq 1 120); do curl -fs "$base/" >/dev/null 2>&1 && break; sleep 0.5; done
}

# Installs Debian's chromium when it is missing (Playwright drives it; its own browser download is never used).
need_chromium() {
    if ! command -v chromium >/dev/null 2>&1; then
        if [ "$(id -u)" = 0 ]; then
            apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
        else
            echo "error: this benchmark needs chromium: run 'sudo apt-get install -y chromium'" >&2
            exit 1
        fi
    fi
}
