#!/usr/bin/env bash
# Staff inbox and concern page with a big database: generates BENCH_CONCERNS concerns (1,000,000) over the 20 Hamburg
# sites and 3 years (generate-concerns.sql), then measures the first inbox page and the concern page with wrk on
# loopback, logged in as demo staff.
#
#   bench/inbox.sh [JAR]          (or BENCH_JAR=...; default <repo>/target/lotse-0.1.0-SNAPSHOT.jar)
#
# Steps: start the jar on a fresh data directory (schema, sites, demo staff); generate the concerns with psql inside
# the embedded PostgreSQL; VACUUM (ANALYZE); restart the jar (start-up time with the data, cold caches); log in with
# curl (GET /anmelden for the CSRF token, POST /anmelden) as agent.mitte (one site) and bereich.sued (three sites);
# time single cold requests with curl; warm up each scenario (BENCH_WARMUP seconds); then BENCH_ROUNDS rounds of
#   wrk -t$BENCH_THREADS -c$BENCH_CONNECTIONS -d$BENCH_DURATION --timeout $BENCH_WRK_TIMEOUT --latency
# per scenario (below), interleaved; prints p50/p90/p95/p99 per run and the medians, the EXPLAIN (ANALYZE, BUFFERS)
# plans of the inbox queries (a copy of the SQL of Concerns.inbox, with the scenarios' filters), database and table
# sizes.
#
# Scenarios (BENCH_SCENARIOS, space-separated, default all):
#   mitte          agent.mitte   GET /arbeit                                  (first inbox page, one site)
#   mitte_overdue  agent.mitte   GET /arbeit?ueberfaellig=true
#   mitte_topic    agent.mitte   GET /arbeit?thema=HOUSING_AND_HEATING
#   mitte_search   agent.mitte   GET /arbeit?suche=Miete                      (German full-text search)
#   mitte_ref      agent.mitte   GET /arbeit?suche=<an open concern of Mitte> (what staff type on the phone; runs
#                                after mitte_search on the same connections: same SQL, see README)
#   mitte_mine     agent.mitte   GET /arbeit?zustaendig=MINE                  (the concerns assigned to the viewer)
#   sued           bereich.sued  GET /arbeit                                  (three sites)
#   sued_overdue   bereich.sued  GET /arbeit?ueberfaellig=true
#   case_mitte     agent.mitte   GET /arbeit/anliegen/<ref>, ref random from BENCH_CASE_REFS (1000) references of
#                                Mitte per request (concern-pages.lua); each view writes an access_log row
#
# Settings: BENCH_CONCERNS (1000000), BENCH_YEARS (3), BENCH_SEED (42), BENCH_DURATION (20s), BENCH_THREADS (2),
# BENCH_CONNECTIONS (8), BENCH_ROUNDS (3), BENCH_WARMUP (10, seconds per scenario), BENCH_WRK_TIMEOUT (10s: wrk's
# default of 2s would drop the slowest requests from the percentiles and count them as errors), BENCH_CASE_REFS (1000),
# BENCH_EXPLAIN (1: print the plans), BENCH_GENERATE_TIMEOUT (3600 s), BENCH_DATA_FROM (a data directory kept from an
# earlier run with BENCH_KEEP=1, e.g. /tmp/lotse-bench-inbox.XXXXXX/data: copied, not changed, and generation is
# skipped when it holds generated concerns), and those in lib.sh (BENCH_PORT, BENCH_JAVA_OPTS, BENCH_KEEP, timeouts).
# Needs psql (Debian: apt-get install -y postgresql-client) besides java, wrk and curl.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

CONCERNS="${BENCH_CONCERNS:-1000000}"
YEARS="${BENCH_YEARS:-3}"
SEED="${BENCH_SEED:-42}"
DURATION="${BENCH_DURATION:-20s}"
THREADS="${BENCH_THREADS:-2}"
CONNECTIONS="${BENCH_CONNECTIONS:-8}"
ROUNDS="${BENCH_ROUNDS:-3}"
WARMUP="${BENCH_WARMUP:-10}"
WRK_TIMEOUT="${BENCH_WRK_TIMEOUT:-10s}"
CASE_REFS="${BENCH_CASE_REFS:-1000}"
EXPLAIN="${BENCH_EXPLAIN:-1}"
GENERATE_TIMEOUT="${BENCH_GENERATE_TIMEOUT:-3600}"
ALL_SCENARIOS="mitte mitte_overdue mitte_topic mitte_search mitte_ref mitte_mine sued sued_overdue case_mitte"
read -r -a SCENARIOS <<< "${BENCH_SCENARIOS:-$ALL_SCENARIOS}"

need java "Install a JDK 17+ (Debian: apt-get install -y openjdk-17-jdk-headless)."
need wrk "Debian: apt-get install -y wrk."
need curl "Debian: apt-get install -y curl."
need psql "Debian: apt-get install -y postgresql-client."
need timeout "Debian: apt-get install -y coreutils."
[[ "$CONCERNS" =~ ^[0-9]+$ && "$CONCERNS" -ge 1000 ]] || die "BENCH_CONCERNS must be a number >= 1000"
for scenario in "${SCENARIOS[@]}"; do
    [[ " $ALL_SCENARIOS " == *" $scenario "* ]] || die "unknown scenario '$scenario' (known: $ALL_SCENARIOS)"
done
resolve_jar "${1:-}"
make_workdir inbox
install_traps
DATA="$WORK/data"
BASE="http://127.0.0.1:$PORT"
CLK_TCK="$(getconf CLK_TCK)"

ms() { awk -v u="$1" 'BEGIN { printf "%.1f", u / 1000 }'; }
field() { grep -o "$1=[0-9.]*" <<< "$2" | cut -d= -f2; }
seconds_since() { awk -v a="$1" -v b="$(now_us)" 'BEGIN { printf "%.1f", (b - a) / 1e6 }'; }


{ machine_info; echo "data:   $DATA"; echo; } >&2

# --- 1. Start on a fresh (or copied) data directory and generate the concerns -------------------------------------
if [[ -n "${BENCH_DATA_FROM:-}" ]]; then
    [[ -f "$BENCH_DATA_FROM/postgres/PG_VERSION" ]] || die "BENCH_DATA_FROM=$BENCH_DATA_FROM is not a Lotse data directory"
    [[ -z "$(postmaster_pid "$BENCH_DATA_FROM")" ]] || die "a PostgreSQL is running on $BENCH_DATA_FROM; stop it first"
    log "copying $BENCH_DATA_FROM"
    cp -a "$BENCH_DATA_FROM" "$DATA"
    rm -f "$DATA/postgres/postmaster.pid"
fi
start_app "$DATA" "$WORK/app-1.log"
wait_up "$WORK/app-1.log"
log "app UP after ${UP_S}s (pid $APP_PID, port $PORT)"

generated="$(pg -At -c "SELECT count(*) FROM concern WHERE idempotency_key_hash = sha256(convert_to('lotse-bench-idem-1', 'UTF8'))")"
if [[ "$generated" == 0 ]]; then
    log "generating $CONCERNS concerns over $YEARS years (seed $SEED)"
    t0="$(now_us)"
    PG_TIMEOUT="$GENERATE_TIMEOUT" pg -v concerns="$CONCERNS" -v years="$YEARS" -v seed="$SEED" \
        -f "$BENCH_DIR/generate-concerns.sql" >"$WORK/generate.log" 2>&1 \
        || { tail -n 30 "$WORK/generate.log" >&2; die "generate-concerns.sql failed or ran over ${GENERATE_TIMEOUT}s"; }
    GENERATE_S="$(seconds_since "$t0")"
    t0="$(now_us)"
    PG_TIMEOUT="$GENERATE_TIMEOUT" pg -c "VACUUM (ANALYZE) concern, concern_timeline_entry, concern_clock"
    VACUUM_S="$(seconds_since "$t0")"
    log "generated in ${GENERATE_S}s, VACUUM (ANALYZE) ${VACUUM_S}s (statement times: $WORK/generate.log)"
else
    GENERATE_S="n/a (copied data)"; VACUUM_S="n/a"
    log "the data directory already holds generated concerns: generation skipped"
fi

# --- 2. Restart: start-up with the data, then cold caches (JVM and PostgreSQL's shared buffers; the OS page cache
#        still holds most of the database) -----------------------------------------------------------------------
stop_app "$DATA"
log "app stopped after ${STOP_S}s; starting again"
start_app "$DATA" "$WORK/app-2.log"
wait_up "$WORK/app-2.log"
RESTART_UP_S="$UP_S"
log "app UP after ${UP_S}s with the data (pid $APP_PID)"

# login LOGIN: logs in with curl; prints the Cookie header value (session and CSRF cookie).
login() {
    local user="$1" jar="$WORK/cookies-$1.txt" password token code
    password="$(awk -v u="$user" '$1 == u { print $2 }' "$DATA/demo-logins.txt")"
    [[ -n "$password" ]] || die "no password for $user in $DATA/demo-logins.txt"
    rm -f "$jar"
    token="$(curl -s -c "$jar" -b "$jar" "$BASE/anmelden" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -n 1)"
    [[ -n "$token" ]] || die "no CSRF token on GET /anmelden"
    code="$(curl -s -o /dev/null -w '%{http_code} %{redirect_url}' -c "$jar" -b "$jar" --data-urlencode "_csrf=$token" \
        --data-urlencode "login=$user" --data-urlencode "password=$password" "$BASE/anmelden")"
    [[ "$code" == "302 $BASE/arbeit" ]] || die "login as $user failed: $code"
    # Netscape cookie file; HttpOnly cookies are written as "#HttpOnly_host ...": 7 tab-separated fields.
    awk -F '\t' 'NF == 7 { printf "%s%s=%s", sep, $6, $7; sep = "; " }' "$jar"
}

# get COOKIE PATH: one request; prints "http_code seconds bytes".
get() {
    curl -s -o /dev/null -H "Cookie: $1" -w '%{http_code} %{time_total} %{size_download}' "$BASE$2"
}

t0="$(now_us)"
COOKIE_MITTE="$(login agent.mitte)"
LOGIN_S="$(seconds_since "$t0")"
COOKIE_SUED="$(login bereich.sued)"
MITTE_ID="$(pg -At -c "SELECT id FROM site WHERE code = 'mitte'")"
SUED_IDS="$(pg -At -c "SELECT string_agg(quote_literal(id), ', ' ORDER BY code) FROM site WHERE code IN ('harburg', 'suederelbe', 'wilhelmsburg')")"
pg -At -c "SELECT reference FROM concern WHERE site_id = '$MITTE_ID' ORDER BY random() LIMIT $CASE_REFS" >"$WORK/refs-mitte.txt"
[[ -s "$WORK/refs-mitte.txt" ]] || die "no concerns of Mitte in the database"
REF="$(head -n 1 "$WORK/refs-mitte.txt")"
# The reference search uses an open concern: the inbox lists open ones unless a status is chosen, so most (closed)
# references would find nothing there.
OPEN_REF="$(pg -At -c "SELECT reference FROM concern WHERE site_id = '$MITTE_ID' AND status NOT IN ('RESOLVED', 'CLOSED')
                       ORDER BY random() LIMIT 1")"

declare -A WHO=(
    [mitte]=mitte [mitte_overdue]=mitte [mitte_topic]=mitte [mitte_search]=mitte [mitte_ref]=mitte [mitte_mine]=mitte
    [sued]=sued [sued_overdue]=sued [case_mitte]=mitte
)
declare -A URLPATH=(
    [mitte]="/arbeit" [mitte_overdue]="/arbeit?ueberfaellig=true" [mitte_topic]="/arbeit?thema=HOUSING_AND_HEATING"
    [mitte_search]="/arbeit?suche=Miete" [mitte_ref]="/arbeit?suche=$OPEN_REF" [mitte_mine]="/arbeit?zustaendig=MINE"
    [sued]="/arbeit" [sued_overdue]="/arbeit?ueberfaellig=true" [case_mitte]="/arbeit/anliegen/$REF"
)
cookie_of() { if [[ "${WHO[$1]}" == sued ]]; then echo "$COOKIE_SUED"; else echo "$COOKIE_MITTE"; fi; }

# Cold single requests (curl), right after the restart: the first is cold, the next ones show the warm path.
echo
echo "Single requests after the restart (curl -w %{time_total}; login as agent.mitte took ${LOGIN_S}s incl. curl):"
printf '  %-14s %-44s %6s %9s %9s %9s %9s\n' scenario path status 1st_ms 2nd_ms 3rd_ms bytes
declare -A BYTES
for scenario in "${SCENARIOS[@]}"; do
    times=()
    for _ in 1 2 3; do
        read -r code seconds bytes <<< "$(get "$(cookie_of "$scenario")" "${URLPATH[$scenario]}")"
        [[ "$code" == 200 ]] || die "GET ${URLPATH[$scenario]} returned $code, expected 200"
        times+=("$(awk -v s="$seconds" 'BEGIN { printf "%.1f", s * 1000 }')")
    done
    BYTES[$scenario]="$bytes"
    printf '  %-14s %-44s %6s %9s %9s %9s %9s\n' "$scenario" "${URLPATH[$scenario]}" "$code" "${times[@]}" "$bytes"
done
if [[ " ${SCENARIOS[*]} " == *" case_mitte "* ]]; then
    # Every reference in the list must open (200), else the run would measure 404 pages.
    read -r code _ _ <<< "$(get "$COOKIE_MITTE" "/arbeit/anliegen/$(tail -n 1 "$WORK/refs-mitte.txt")")"
    [[ "$code" == 200 ]] || die "concern page of a listed reference returned $code"
fi

# share TICKS: CPU ticks as a share of all cores over the last run ($seconds long), in percent.
share() { awk -v t="$1" -v hz="$CLK_TCK" -v s="$seconds" -v n="$(nproc)" 'BEGIN { printf "%.0f%%", 100 * t / hz / (s * n) }'; }

# run_wrk SCENARIO DURATION
run_wrk() {
    local scenario="$1" duration="$2"
    if [[ "$scenario" == case_mitte ]]; then
        wrk -t"$THREADS" -c"$CONNECTIONS" -d"$duration" --timeout "$WRK_TIMEOUT" --latency -H "Cookie: $COOKIE_MITTE" \
            -s "$BENCH_DIR/concern-pages.lua" "$BASE/arbeit/anliegen/" -- "$WORK/refs-mitte.txt"
    else
        wrk -t"$THREADS" -c"$CONNECTIONS" -d"$duration" --timeout "$WRK_TIMEOUT" --latency -H "Cookie: $(cookie_of "$scenario")" \
            -s "$BENCH_DIR/percentiles.lua" "$BASE${URLPATH[$scenario]}"
    fi
}
command_of() {
    if [[ "$1" == case_mitte ]]; then
        echo "wrk -t$THREADS -c$CONNECTIONS -d$DURATION --timeout $WRK_TIMEOUT --latency -H 'Cookie: JSESSIONID=…' -s bench/concern-pages.lua $BASE/arbeit/anliegen/ -- refs-mitte.txt"
    else
        echo "wrk -t$THREADS -c$CONNECTIONS -d$DURATION --timeout $WRK_TIMEOUT --latency -H 'Cookie: JSESSIONID=…' -s bench/percentiles.lua '$BASE${URLPATH[$1]}'"
    fi
}

log "warm-up: ${WARMUP}s per scenario"
for scenario in "${SCENARIOS[@]}"; do
    run_wrk "$scenario" "${WARMUP}s" >"$WORK/warmup-$scenario.txt"
done

echo
echo "wrk runs ($THREADS threads, $CONNECTIONS connections, $DURATION each; latencies in ms):"
printf '  %-13s %5s %6s %8s %7s %7s %7s %7s %7s %8s %7s %6s %6s %6s %6s\n' \
    scenario round load1 rps p50 p90 p95 p99 max requests errors jvm pg wrk other
declare -A RPS P50 P95 P99
for round in $(seq 1 "$ROUNDS"); do
    for scenario in "${SCENARIOS[@]}"; do
        out="$WORK/wrk-$scenario-$round.txt"
        load="$(load1)"
        read -r -a pgs <<< "$(pg_pids)"
        jvm0="$(cpu_ticks "$APP_PID")"; pg0="$(cpu_ticks "${pgs[@]}")"; busy0="$(busy_ticks)"
        TIMEFORMAT='%U %S'
        { time run_wrk "$scenario" "$DURATION" >"$out"; } 2>"$out.time"
        jvm1="$(cpu_ticks "$APP_PID")"; pg1="$(cpu_ticks "${pgs[@]}")"; busy1="$(busy_ticks)"
        line="$(grep '^BENCH ' "$out")" || { cat "$out" >&2; die "wrk printed no BENCH line ($out)"; }
        if [[ "$(field requests "$line")" == 0 ]]; then
            cat "$out" >&2; tail -n 20 "$WORK/app-2.log" >&2
            jcmd "$APP_PID" Thread.print >"$WORK/threads.txt" 2>&1 || true
            die "$scenario: no request completed in round $round (wrk output and app log above, threads in $WORK/threads.txt)"
        fi
        errors=$(( $(field err_connect "$line") + $(field err_read "$line") + $(field err_write "$line") \
                 + $(field err_status "$line") + $(field err_timeout "$line") + $(field other_status "$line" || true) + 0 ))
        # A lost session would make wrk measure short redirects: the mean size must match the page curl fetched.
        if [[ "$scenario" != case_mitte ]] && (( $(field bytes "$line") < BYTES[$scenario] / 2 )); then
            die "$scenario: mean response $(field bytes "$line") bytes, the page has ${BYTES[$scenario]}: session lost?"
        fi
        seconds="$(awk -v d="$(field duration_us "$line")" 'BEGIN { print d / 1e6 }')"
        wrk_cpu="$(awk -v s="$seconds" -v n="$(nproc)" '{ printf "%.0f%%", 100 * ($1 + $2) / (s * n) }' "$out.time")"
        other_cpu="$(awk -v b=$((busy1 - busy0)) -v j=$((jvm1 - jvm0)) -v p=$((pg1 - pg0)) -v hz="$CLK_TCK" \
            -v s="$seconds" -v n="$(nproc)" '{ o = b / hz - (j + p) / hz - ($1 + $2); if (o < 0) o = 0
                                              printf "%.0f%%", 100 * o / (s * n) }' "$out.time")"
        printf '  %-13s %5s %6s %8s %7s %7s %7s %7s %7s %8s %7s %6s %6s %6s %6s\n' "$scenario" "$round" "$load" \
            "$(field rps "$line")" "$(ms "$(field p50_us "$line")")" "$(ms "$(field p90_us "$line")")" \
            "$(ms "$(field p95_us "$line")")" "$(ms "$(field p99_us "$line")")" "$(ms "$(field max_us "$line")")" \
            "$(field requests "$line")" "$errors" "$(share $((jvm1 - jvm0)))" "$(share $((pg1 - pg0)))" "$wrk_cpu" "$other_cpu"
        RPS[$scenario]+="$(field rps "$line") "
        P50[$scenario]+="$(ms "$(field p50_us "$line")") "
        P95[$scenario]+="$(ms "$(field p95_us "$line")") "
        P99[$scenario]+="$(ms "$(field p99_us "$line")") "
    done
done

echo
echo "Medians over $ROUNDS rounds (ms; target: p95 < 50 ms):"
printf '  %-13s %8s %7s %7s %7s %7s   %s\n' scenario rps p50 p95 p99 "<50ms" command
for scenario in "${SCENARIOS[@]}"; do
    # shellcheck disable=SC2086 # word splitting of the collected values is intended
    p95="$(median ${P95[$scenario]})"
    met="$(awk -v p="$p95" 'BEGIN { print (p < 50) ? "yes" : "NO" }')"
    # shellcheck disable=SC2086
    printf '  %-13s %8s %7s %7s %7s %7s   %s\n' "$scenario" "$(median ${RPS[$scenario]})" "$(median ${P50[$scenario]})" \
        "$p95" "$(median ${P99[$scenario]})" "$met" "$(command_of "$scenario")"
done

# --- 3. Plans of the inbox queries (the SQL of Concerns.inbox with the scenarios' filters) --------------------------
if [[ "$EXPLAIN" == 1 ]]; then
    echo
    echo "EXPLAIN (ANALYZE, BUFFERS) of the inbox queries, after the runs (warm caches; literal values, so custom plans):"
    # A copy of the queries of Concerns.inbox (as of the commit "Inbox status counts kept by triggers …"; update it
    # when that SQL changes): the counts per status, the page (per site in index order, merged). Without a chosen
    # status the inbox shows open concerns only, unless a reference was typed. Counts come from inbox_status_count
    # (kept by triggers) unless a filter other than status and site narrows the inbox; then they are counted, per
    # status, from the open-concerns index.
    open=" AND k.status NOT IN ('RESOLVED', 'CLOSED')"
    explain() {
        local name="$1" sites="$2" filter="$3"
        local from="FROM unnest(ARRAY[$sites]::uuid[]) AS s(site)"
        echo
        if [[ "$3" == "$open" ]]; then
            echo "== $name: counts per status (kept by triggers)"
            pg -c "EXPLAIN (ANALYZE, BUFFERS)
                   SELECT status, sum(n) AS n FROM inbox_status_count WHERE site_id IN ($sites) GROUP BY status" \
                | sed 's/^/  /'
        else
            echo "== $name: counts per status (counted)"
            pg -c "EXPLAIN (ANALYZE, BUFFERS)
                   SELECT k.status, count(*) AS n $from JOIN concern k ON true WHERE k.site_id = s.site$filter
                    GROUP BY k.status" | sed 's/^/  /'
        fi
        echo "== $name: first page"
        pg -c "EXPLAIN (ANALYZE, BUFFERS)
               SELECT k.reference, k.received_at, k.kind, k.urgency, k.status, k.legal_topic, k.site_id,
                      k.next_due_at AS next_due, k.assignee_id $from
                CROSS JOIN LATERAL (
                      SELECT * FROM concern k WHERE k.site_id = s.site$filter
                       ORDER BY (k.urgency = 'EXISTENTIAL') DESC, k.next_due_at ASC NULLS LAST, k.received_at
                       LIMIT 50) k
                ORDER BY (k.urgency = 'EXISTENTIAL') DESC, k.next_due_at ASC NULLS LAST, k.received_at
                LIMIT 50 OFFSET 0" | sed 's/^/  /'
    }
    AGENT_ID="$(pg -At -c "SELECT id FROM staff_member WHERE login = 'agent.mitte'")"
    search="$open AND k.search_vector @@ websearch_to_tsquery('german', 'Miete')"
    for scenario in "${SCENARIOS[@]}"; do
        case "$scenario" in
            mitte)         explain "$scenario" "'$MITTE_ID'" "$open" ;;
            mitte_overdue) explain "$scenario" "'$MITTE_ID'" "$open AND k.next_due_at < now()" ;;
            mitte_topic)   explain "$scenario" "'$MITTE_ID'" "$open AND k.legal_topic = 'HOUSING_AND_HEATING'" ;;
            mitte_search)  explain "$scenario" "'$MITTE_ID'" "$search" ;;
            mitte_ref)     explain "$scenario" "'$MITTE_ID'" " AND k.reference = '$OPEN_REF'" ;;
            mitte_mine)    explain "$scenario" "'$MITTE_ID'" "$open AND k.assignee_id = '$AGENT_ID'" ;;
            sued)          explain "$scenario" "$SUED_IDS" "$open" ;;
            sued_overdue)  explain "$scenario" "$SUED_IDS" "$open AND k.next_due_at < now()" ;;
        esac
    done
fi

# --- 4. The data ---------------------------------------------------------------------------------------------------
echo
echo "Data: $CONCERNS concerns requested; generation ${GENERATE_S}s, VACUUM (ANALYZE) ${VACUUM_S}s; start-up with the data ${RESTART_UP_S}s."
pg -c "SELECT pg_size_pretty(pg_database_size('lotse')) AS database_size, current_setting('server_version') AS postgres,
              current_setting('shared_buffers') AS shared_buffers, current_setting('work_mem') AS work_mem" | sed 's/^/  /'
pg -c "SELECT c.relname AS table_name, c.reltuples::bigint AS rows_estimate,
              pg_size_pretty(pg_table_size(c.oid)) AS table_size, pg_size_pretty(pg_indexes_size(c.oid)) AS indexes_size
         FROM pg_class c WHERE c.relname IN ('concern', 'concern_timeline_entry', 'concern_clock', 'access_log')
        ORDER BY pg_total_relation_size(c.oid) DESC" | sed 's/^/  /'
pg -c "SELECT s.code AS site, count(*) AS concerns, count(*) FILTER (WHERE k.status NOT IN ('RESOLVED', 'CLOSED')) AS open,
              count(*) FILTER (WHERE k.next_due_at < now()) AS overdue, count(*) FILTER (WHERE k.urgency = 'EXISTENTIAL') AS existential,
              count(*) FILTER (WHERE k.assignee_id IS NOT NULL) AS assigned,
              count(*) FILTER (WHERE k.assignee_id = (SELECT id FROM staff_member WHERE login = 'agent.mitte')) AS to_agent_mitte,
              (SELECT count(*) FROM staff_site ss WHERE ss.site_id = s.id) AS staff
         FROM concern k JOIN site s ON s.id = k.site_id
        WHERE s.code IN ('mitte', 'harburg', 'suederelbe', 'wilhelmsburg') GROUP BY s.id, s.code ORDER BY 2 DESC" | sed 's/^/  /'
pg -c "SELECT status, count(*), round(100.0 * count(*) / sum(count(*)) OVER (), 1) AS pct FROM concern GROUP BY status ORDER BY 2 DESC" | sed 's/^/  /'
pg -c "SELECT legal_topic, round(100.0 * count(*) / sum(count(*)) OVER (), 1) AS pct FROM concern GROUP BY 1 ORDER BY 2 DESC" | sed 's/^/  /'

stop_app "$DATA"
log "app stopped after ${STOP_S}s"
