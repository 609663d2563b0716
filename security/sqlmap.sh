#!/usr/bin/env bash
# SQL injection run: Debian's sqlmap against every public form and API parameter of a locally started Lotse (the
# built jar on the embedded default, as the benches start it). Not for CI: it takes a while (see README.md).
#
# Usage: security/sqlmap.sh [JAR]      (build first: ./mvnw -B -DskipTests package)
# Settings (environment):
#   SQLMAP_LEVEL / SQLMAP_RISK   sqlmap --level / --risk (default 2 / 1: moderate)
#   SQLMAP_TECHNIQUE             sqlmap --technique (default BEUST: boolean, error, union, stacked, time-based)
#   SQLMAP_ONLY                  run only the targets whose name matches this regular expression
#   BENCH_PORT                   the app's port (default 18080), BENCH_KEEP=1 keeps the work directory
# Output: one line per target and a summary; exit status 1 if sqlmap reports any injectable parameter.
set -euo pipefail

SECURITY_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=../bench/lib.sh
source "$SECURITY_DIR/../bench/lib.sh"

LEVEL="${SQLMAP_LEVEL:-2}"
RISK="${SQLMAP_RISK:-1}"
TECHNIQUE="${SQLMAP_TECHNIQUE:-BEUST}"

need sqlmap "Install Debian's package: apt-get install sqlmap"
need curl "apt-get install curl"
resolve_jar "${1:-}"
install_traps
make_workdir sqlmap
DATA="$WORK/data"
# The guessing limits would answer sqlmap's thousands of wrong status links and logins with 429 and hide the query
# behind them; the run raises them so that every payload reaches the database.
APP_ARGS=(--lotse.status-link.failures-per-minute=1000000 --lotse.login.failures-per-client=1000000
          --lotse.login.max-failures=1000000
          # another Lotse on this machine may hold the default SMTP intake port
          --lotse.channels.email.smtp-intake.port=0)
log "starting Lotse from $JAR on port $PORT"
start_app "$DATA" "$WORK/app.log"
wait_up "$WORK/app.log"
log "up after ${UP_S}s"

BASE="http://127.0.0.1:$PORT"
# A real concern, for the status link targets (its secret is in the path; the injection marker * goes after it).
RECEIPT="$(curl -sf -X POST "$BASE/api/v1/concerns" -H 'Content-Type: application/json' \
    -d '{"kind":"QUESTION","description":"Frage zum Bescheid","postcode":"20095","contactChannel":"NONE","preferredLanguage":"de"}')"
SECRET="$(sed -E 's/.*"statusUrl":"[^"]*\/status\/([^"]+)".*/\1/' <<< "$RECEIPT")"
[[ "$SECRET" =~ ^[A-Za-z0-9_-]+$ ]] || die "no status link in: $RECEIPT"
SERVICE="$(curl -sf "$BASE/api/hsds/services?per_page=1" | grep -oE '"id":"[0-9a-f-]{36}"' | head -1 | cut -d'"' -f4)"
[[ -n "$SERVICE" ]] || die "no directory service found"

COMMON=(--batch --disable-coloring --dbms=PostgreSQL --level="$LEVEL" --risk="$RISK" --technique="$TECHNIQUE"
        --time-sec=2 --flush-session --output-dir="$WORK/sqlmap" --user-agent="lotse-sqlmap")
# The forms' CSRF check, done as a browser does it: a CSRF cookie and the form field holding the same token, masked
# the way Spring Security masks it (random bytes, then the token XOR those bytes, Base64url). A fixed pair lets every
# payload through the check without a page visit per request; the cookie itself is not a target.
CSRF_TOKEN="sqlmap-run-$(date +%s)" # 21 characters: Base64 without padding
MASKED="$(python3 -c 'import base64,os,sys; t=sys.argv[1].encode(); r=os.urandom(len(t)); print(base64.urlsafe_b64encode(r+bytes(a^b for a,b in zip(r,t))).decode())' "$CSRF_TOKEN")"
CSRF=(--cookie=lotse-csrf=$CSRF_TOKEN --drop-set-cookie)
# A fresh idempotency key per request, as a browser's form would send: a repeated key answers 409 and would mask
# the intake's SQL.
FRESH_KEY="idempotencyKey=str(__import__('uuid').uuid4())"

# name | sqlmap arguments (one target each; forms get the CSRF cookie and field above)
TARGETS=(
  "intake form (all fields)|-u $BASE/anliegen --method=POST --data=kind=QUESTION&legalTopic=HOUSING_AND_HEATING&administrativeProblem=REACHABILITY&description=Frage+zur+Miete&noticeDate=01.11.2026&customerNumber=123A456789&name=Erika&postcode=20095&contactChannel=EMAIL&email=erika@example.org&phone=&preferredLanguage=de&callbackSlot=&idempotencyKey=x&_csrf=$MASKED --skip=idempotencyKey,_csrf,lotse-csrf --eval=$FRESH_KEY"
  "intake form, site lookup|-u $BASE/anliegen/neu/standort?postcode=20095"
  "status link (secret in the path)|-u $BASE/status/${SECRET}*"
  "status page message form|-u $BASE/status/$SECRET/nachrichten --method=POST --data=text=Noch+eine+Frage&idempotencyKey=x&_csrf=$MASKED --skip=idempotencyKey,_csrf,lotse-csrf --eval=$FRESH_KEY"
  "personal data export link|-u $BASE/status/${SECRET}*/meine-daten"
  "JSON API: new concern|-u $BASE/api/v1/concerns --method=POST --headers=Content-Type:application/json --data={\"kind\":\"QUESTION\",\"legalTopic\":\"HOUSING_AND_HEATING\",\"description\":\"Frage\",\"customerNumber\":\"123A456789\",\"name\":\"Erika\",\"postcode\":\"20095\",\"contactChannel\":\"EMAIL\",\"email\":\"erika@example.org\",\"preferredLanguage\":\"de\"}"
  "JSON API: status|-u $BASE/api/v1/status/${SECRET}*"
  "JSON API: message|-u $BASE/api/v1/status/$SECRET/messages --method=POST --headers=Content-Type:application/json --data={\"text\":\"Noch+eine+Frage\"}"
  "directory search and filters|-u $BASE/beratung?suche=Miete&plz=20095&bezirk=MITTE&thema=HOUSING&sprache=tr&barrierefrei=WHEELCHAIR&offen=jetzt"
  "directory entry page|-u $BASE/beratung/${SERVICE}*"
  "widget|-u $BASE/beratung/widget?thema=HOUSING&bezirk=MITTE&sprache=de&plz=20095"
  "HSDS services|-u $BASE/api/hsds/services?search=Miete&taxonomy_term_id=x&organization_id=x&district=MITTE&language=tr&postcode=20095&modified_after=2026-01-01&page=1&per_page=5&full=true"
  "HSDS service by id|-u $BASE/api/hsds/services/${SERVICE}*"
  "HSDS organizations|-u $BASE/api/hsds/organizations?search=Beratung&page=1&per_page=5"
  "HSDS locations|-u $BASE/api/hsds/locations?district=MITTE&postcode=20095&page=1&per_page=5"
  "HSDS service_at_locations|-u $BASE/api/hsds/service_at_locations?search=Miete&taxonomy_term_id=x&organization_id=x&district=MITTE&language=tr&postcode=20095&modified_after=2026-01-01&page=1&per_page=5"
  "HSDS taxonomy terms|-u $BASE/api/hsds/taxonomy_terms?taxonomy_id=x&page=1&per_page=5"
  "accessibility feedback form|-u $BASE/barrierefreiheit/rueckmeldung --method=POST --data=message=Kontrast+zu+schwach&page=/beratung&name=Erika&email=erika@example.org&_csrf=$MASKED --skip=_csrf,lotse-csrf"
  "staff and partner login|-u $BASE/anmelden --method=POST --data=login=leitung.mitte&password=falsch&_csrf=$MASKED --skip=_csrf,lotse-csrf"
)

FINDINGS=0
T_ALL="$(now_us)"
for target in "${TARGETS[@]}"; do
    name="${target%%|*}"
    [[ -z "${SQLMAP_ONLY:-}" || "$name" =~ $SQLMAP_ONLY ]] || continue
    read -r -a args <<< "${target#*|}"
    t0="$(now_us)"
    out="$WORK/$(tr -c 'a-zA-Z0-9' '_' <<< "$name").log"
    extra=()
    [[ "${args[*]}" == *_csrf=* ]] && extra=("${CSRF[@]}")
    sqlmap "${COMMON[@]}" "${extra[@]}" "${args[@]}" < /dev/null > "$out" 2>&1 || true
    secs="$(awk -v a="$t0" -v b="$(now_us)" 'BEGIN { printf "%.0f", (b - a) / 1e6 }')"
    if grep -q "identified the following injection point" "$out"; then
        FINDINGS=$((FINDINGS + 1))
        verdict="INJECTABLE"
        grep -A8 "identified the following injection point" "$out" >&2
    elif grep -qE "all tested parameters do not appear to be injectable|do not appear to be injectable" "$out"; then
        verdict="no finding"
    else
        verdict="INCOMPLETE (see log)"
        tail -n 15 "$out" >&2
        FINDINGS=$((FINDINGS + 1))
    fi
    # Refusals among sqlmap's requests (a target answering only 403 would not have been tested at all)
    codes="$(grep -A6 'HTTP error codes detected' "$out" | grep -oE '^[0-9]{3} \([^)]*\) - [0-9]+ times' | paste -sd ';' - || true)"
    printf '%-36s %-22s %5ss  %s\n' "$name" "$verdict" "$secs" "${codes:-no HTTP errors}"
done
TOTAL_S="$(awk -v a="$T_ALL" -v b="$(now_us)" 'BEGIN { printf "%.0f", (b - a) / 1e6 }')"
echo "sqlmap $(sqlmap --version 2>/dev/null | grep -oE '^[0-9][^ ]*' | tail -1), level $LEVEL, risk $RISK, technique $TECHNIQUE: ${#TARGETS[@]} targets in ${TOTAL_S}s, $FINDINGS with a finding or incomplete"
if grep -qiE "HTTP error codes detected.*500" "$WORK"/*.log; then
    echo "note: some payloads got HTTP 500 answers:"; grep -hiE "HTTP error codes detected" "$WORK"/*.log | sort | uniq -c
fi
stop_app "$DATA"
[[ "$FINDINGS" -eq 0 ]]
