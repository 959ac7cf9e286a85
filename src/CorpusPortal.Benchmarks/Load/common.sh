# Shared by the load scripts (sourced, not run): wrk and chromium, and the Release portal on a copy of corpus/.

# need_package NAME: installs Debian's package NAME (wrk, chromium) when its command is missing; as another user
# than root, says how.
need_package() {
    if ! command -v "$1" >/dev/null 2>&1; then
        if [ "$(id -u)" = 0 ]; then
            apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$1" >/dev/null
        else
            echo "error: this benchmark needs $1: run 'sudo apt-get install -y $1'" >&2
            exit 1
        fi
    fi
}

need_wrk() { need_package wrk; }

# Playwright drives Debian's chromium; its own browser download is never used.
need_chromium() { need_package chromium; }

# start_portal PORT: builds the Release portal, serves a copy of corpus/ (in $work) on PORT in Production, waits
# until it answers, and sets $base and $portal_pid. The caller makes $work and removes it (and stops the portal) on exit.
start_portal() {
    base="http://127.0.0.1:$1"
    dotnet build src/CorpusPortal.Web -c Release --nologo -v quiet >/dev/null
    cp -r corpus "$work/corpus"
    ASPNETCORE_ENVIRONMENT=Production dotnet src/CorpusPortal.Web/bin/Release/net10.0/CorpusPortal.Web.dll \
        --urls "$base" --Corpus="$work/corpus" --Data="$work/data" --RateLimits:Enabled=false --contentRoot "$PWD/src/CorpusPortal.Web" >"$work/portal.log" 2>&1 &
    portal_pid=$!
    for _ in $(seq 1 120); do curl -fs "$base/" >/dev/null 2>&1 && break; sleep 0.5; done
}

# token: the antiforgery token of the form in the page on standard input.
token() { grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"\|name="__RequestVerificationToken" value="[^"]*"' | head -1 | sed 's/.*value="\([^"]*\)"/\1/'; }

# sign_in NAME PASSWORD: signs the editor in, keeping the session's cookies in $jar (set by the caller).
sign_in() {
    local signin_token
    signin_token=$(curl -fs -c "$jar" -b "$jar" "$base/editor/signin" | token)
    curl -fs -o /dev/null -c "$jar" -b "$jar" --data-urlencode "__RequestVerificationToken=$signin_token" \
        --data-urlencode "name=$1" --data-urlencode "password=$2" "$base/editor/session"
}
