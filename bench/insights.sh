#!/usr/bin/env bash
# The quarterly report of the insights over 1,000,000 pseudonymised concerns: how long the whole report takes.
#
#   bench/insights.sh [JAR]      (or BENCH_JAR=...; default <repo>/target/lotse-0.1.0-SNAPSHOT.jar)
#
# Starts the jar on a fresh data directory, replaces the projection with BENCH_ROWS (1,000,000) made-up rows spread
# evenly over BENCH_MONTHS (15) months up to the current one (so the current quarter holds a fifth of them and the
# rise detector's baseline reaches twelve months back), logs in as the demo quality management and fetches, after
# BENCH_WARMUP (3) warm-up rounds, BENCH_RUNS (9) times each:
#   json       GET /arbeit/einblicke/bericht/<quarter>.json   every query of the report, serialised as open data
#   csv        GET /arbeit/einblicke/bericht/<quarter>.csv    the same as CSV
#   pdf        GET /arbeit/einblicke/bericht/<quarter>.pdf    the same, rendered as tagged PDF
#   dashboard  GET /arbeit/einblicke?von=<first>&bis=<last>   the dashboard page for the quarter
# and prints the medians (curl's time_total, the client on the same machine). The json time is the report's query
# time plus a few milliseconds of serialisation. Settings: BENCH_ROWS, BENCH_MONTHS, BENCH_RUNS, BENCH_WARMUP and
# those in lib.sh.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

ROWS="${BENCH_ROWS:-1000000}"
MONTHS="${BENCH_MONTHS:-15}"
RUNS="${BENCH_RUNS:-9}"
WARMUP="${BENCH_WARMUP:-3}"

need java "Install a JDK 17+ (Debian: apt-get install -y openjdk-17-jdk-headless)."
need curl "Debian: apt-get install -y curl."
need psql "Debian: apt-get install -y postgresql-client."
resolve_jar "${1:-}"
make_workdir insights
install_traps
DATA="$WORK/data"
BASE="http://127.0.0.1:$PORT"
COOKIES="$WORK/cookies"

{ machine_info; echo "data:   $DATA"; echo; } >&2

start_app "$DATA" "$WORK/app.log"
wait_up "$WORK/app.log"
log "app UP after ${UP_S}s; generating $ROWS projection rows over $MONTHS months"
t0="$(now_us)"
pg -v rows="$ROWS" -v months="$MONTHS" -f "$BENCH_DIR/generate-insights.sql" >"$WORK/generate.log" 2>&1 \
    || { tail -n 30 "$WORK/generate.log" >&2; die "generate-insights.sql failed"; }
log "generated in $(awk -v a="$t0" -v b="$(now_us)" 'BEGIN { printf "%.1f", (b - a) / 1e6 }')s"
COUNT="$(pg -At -c "SELECT count(*) FROM insight_concern")"

# Log in as the demo quality management (its password is in the data directory), with the login form's CSRF token.
PASSWORD="$(awk '$1 == "qm" { print $2 }' "$DATA/demo-logins.txt")"
[[ -n "$PASSWORD" ]] || die "no demo login 'qm' in $DATA/demo-logins.txt"
TOKEN="$(curl -s -c "$COOKIES" -b "$COOKIES" "$BASE/anmelden" | grep -o 'name="_csrf" value="[^"]*"' | head -n 1 | sed 's/.*value="//; s/"$//')"
code="$(curl -s -o /dev/null -w '%{http_code}' -c "$COOKIES" -b "$COOKIES" --data-urlencode "login=qm" \
    --data-urlencode "password=$PASSWORD" --data-urlencode "_csrf=$TOKEN" "$BASE/anmelden")"
[[ "$code" == 302 ]] || die "login as qm answered $code"

MONTH="$(date +%Y-%m)"
YEAR="${MONTH%-*}"
Q=$(( (10#${MONTH#*-} - 1) / 3 + 1 ))
QUARTER="$YEAR-Q$Q"
FIRST="$YEAR-$(printf '%02d' $(( (Q - 1) * 3 + 1 )))"
LAST="$YEAR-$(printf '%02d' $(( Q * 3 )))"
declare -A URLPATH=(
    [json]="/arbeit/einblicke/bericht/$QUARTER.json"
    [csv]="/arbeit/einblicke/bericht/$QUARTER.csv"
    [pdf]="/arbeit/einblicke/bericht/$QUARTER.pdf"
    [dashboard]="/arbeit/einblicke?von=$FIRST&bis=$LAST"
)
SCENARIOS=(json csv pdf dashboard)
IN_QUARTER="$(pg -At -c "SELECT count(*) FROM insight_concern WHERE received_month BETWEEN '$FIRST-01' AND '$LAST-01'")"

fetch() { curl -s -o "$WORK/$1.out" -w '%{http_code} %{time_total}' -b "$COOKIES" "$BASE${URLPATH[$1]}"; }

for _ in $(seq 1 "$WARMUP"); do
    for scenario in "${SCENARIOS[@]}"; do
        result="$(fetch "$scenario")"
        [[ "$result" == 200* ]] || die "GET ${URLPATH[$scenario]} answered ${result%% *}"
    done
done

echo
echo "Insights quarterly report $QUARTER: $COUNT rows in the projection, $IN_QUARTER in the quarter; $RUNS runs each, medians:"
printf '  %-10s %-52s %10s %10s %10s %10s\n' scenario path median_ms min_ms max_ms bytes
for scenario in "${SCENARIOS[@]}"; do
    times=()
    for _ in $(seq 1 "$RUNS"); do
        result="$(fetch "$scenario")"
        times+=("$(awk -v t="${result#* }" 'BEGIN { printf "%.1f", t * 1000 }')")
    done
    sorted="$(printf '%s\n' "${times[@]}" | sort -g)"
    printf '  %-10s %-52s %10s %10s %10s %10s\n' "$scenario" "${URLPATH[$scenario]}" "$(median "${times[@]}")" \
        "$(head -n 1 <<< "$sorted")" "$(tail -n 1 <<< "$sorted")" "$(stat -c %s "$WORK/$scenario.out")"
done
echo "load after the runs: $(load1)"
