#!/usr/bin/env bash
# Search in the directory of counselling centres with 5,000 services: latency of the public pages under wrk.
#
#   bench/directory.sh [JAR]      (or BENCH_JAR=...; default <repo>/target/lotse-0.1.0-SNAPSHOT.jar)
#
# Starts the jar on a fresh data directory (embedded default with its 12 samples), adds BENCH_SERVICES (5,000)
# published services with generate-directory.sql, restarts (so the in-memory snapshot holds them from the start and
# the start-up with them is measured), warms up, then runs each scenario with `wrk -t2 -cBENCH_CONNECTIONS -dBENCH_DURATION`:
#   all       GET /beratung                                   everything, name order, first page of 20
#   postcode  GET /beratung?plz=22765                         nearest first over all services
#   filters   GET /beratung?plz=21073&thema=DEBT&sprache=ar&kostenlos=true&offen=jetzt
#   text      GET /beratung?suche=miete+nebenkosten           words in name and description
#   weekday   GET /beratung?offen=SA&barrierefrei=STEP_FREE   open on the next Saturday, step-free
#   entry     GET /beratung/{id}                              one entry page (hours, exceptions, holidays)
# Prints requests/s and p50/p95/p99 per scenario. wrk, the JVM and PostgreSQL share the machine; wrk is closed-loop,
# so the latencies are those under saturation with BENCH_CONNECTIONS requests in flight.
# Settings: BENCH_SERVICES (5000), BENCH_CONNECTIONS (4), BENCH_DURATION (15s), BENCH_SEED (0.42) and those in lib.sh.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

SERVICES="${BENCH_SERVICES:-5000}"
CONNECTIONS="${BENCH_CONNECTIONS:-4}"
DURATION="${BENCH_DURATION:-15s}"
SEED="${BENCH_SEED:-0.42}"
THREADS=$(( CONNECTIONS < 2 ? CONNECTIONS : 2 ))

need java "Install a JDK 17+ (Debian: apt-get install -y openjdk-17-jdk-headless)."
need wrk "Debian: apt-get install -y wrk."
need curl "Debian: apt-get install -y curl."
need psql "Debian: apt-get install -y postgresql-client."
resolve_jar "${1:-}"
make_workdir directory
install_traps
DATA="$WORK/data"
BASE="http://127.0.0.1:$PORT"
ms() { awk -v u="$1" 'BEGIN { printf "%.1f", u / 1000 }'; }
field() { grep -o "$1=[0-9.]*" <<< "$2" | cut -d= -f2; }

{ machine_info; echo "data:   $DATA"; echo; } >&2

start_app "$DATA" "$WORK/app-1.log"
wait_up "$WORK/app-1.log"
log "app UP after ${UP_S}s; generating $SERVICES services"
t0="$(now_us)"
pg -v services="$SERVICES" -v seed="$SEED" -f "$BENCH_DIR/generate-directory.sql" >"$WORK/generate.log" 2>&1 \
    || { tail -n 30 "$WORK/generate.log" >&2; die "generate-directory.sql failed"; }
log "generated in $(awk -v a="$t0" -v b="$(now_us)" 'BEGIN { printf "%.1f", (b - a) / 1e6 }')s"
stop_app "$DATA"
start_app "$DATA" "$WORK/app-2.log"
wait_up "$WORK/app-2.log"
log "app UP after ${UP_S}s with the services"

PUBLISHED="$(pg -At -c "SELECT count(*) FROM directory_service WHERE status = 'PUBLISHED'")"
ENTRY="$(pg -At -c "SELECT s.id FROM directory_service s WHERE s.name LIKE 'Bench Sozialberatung %'
                    AND EXISTS (SELECT 1 FROM directory_schedule_exception e WHERE e.service_id = s.id) LIMIT 1")"
declare -A URLPATH=(
    [all]="/beratung"
    [postcode]="/beratung?plz=22765"
    [filters]="/beratung?plz=21073&thema=DEBT&sprache=ar&kostenlos=true&offen=jetzt"
    [text]="/beratung?suche=miete+nebenkosten"
    [weekday]="/beratung?offen=SA&barrierefrei=STEP_FREE"
    [entry]="/beratung/$ENTRY"
)
SCENARIOS=(all postcode filters text weekday entry)

# The first request loads the snapshot (if start-up did not); its time and the total found are shown.
first="$(curl -s -o "$WORK/first.html" -w '%{http_code} %{time_total}' "$BASE/beratung")"
[[ "$first" == 200* ]] || die "GET /beratung returned ${first%% *}"
found="$(grep -o 'Gefundene Beratungsangebote: [0-9.]*' "$WORK/first.html" | head -n 1)"
log "first GET /beratung: ${first#* }s, page says '$found' ($PUBLISHED published in the database)"

for scenario in "${SCENARIOS[@]}"; do
    code="$(curl -s -o /dev/null -w '%{http_code}' "$BASE${URLPATH[$scenario]}")"
    [[ "$code" == 200 ]] || die "GET ${URLPATH[$scenario]} returned $code"
    wrk -t"$THREADS" -c"$CONNECTIONS" -d3s "$BASE${URLPATH[$scenario]}" >/dev/null
done

echo
echo "Directory search, $PUBLISHED published services, wrk -t$THREADS -c$CONNECTIONS -d$DURATION (after 3 s warm-up each):"
printf '  %-9s %-70s %9s %8s %8s %8s %8s\n' scenario path req/s p50_ms p95_ms p99_ms bytes
for scenario in "${SCENARIOS[@]}"; do
    out="$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -s "$BENCH_DIR/percentiles.lua" "$BASE${URLPATH[$scenario]}")"
    line="$(grep '^BENCH ' <<< "$out")"
    errors=$(( $(field err_connect "$line") + $(field err_read "$line") + $(field err_status "$line") + $(field err_timeout "$line") ))
    (( errors == 0 )) || log "$scenario: $errors errors"
    printf '  %-9s %-70s %9s %8s %8s %8s %8s\n' "$scenario" "${URLPATH[$scenario]}" "$(field rps "$line")" \
        "$(ms "$(field p50_us "$line")")" "$(ms "$(field p95_us "$line")")" "$(ms "$(field p99_us "$line")")" \
        "$(field bytes "$line")"
done
