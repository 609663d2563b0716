#!/usr/bin/env bash
# HTTP throughput and latency of the Lotse jar on its embedded default, measured with wrk on loopback.
#
#   bench/http.sh [JAR]           (or BENCH_JAR=...; default <repo>/target/lotse-0.1.0-SNAPSHOT.jar)
#
# Starts the jar once on a fresh data directory, warms up (BENCH_WARMUP requests, default 2000, per scenario), then
# runs BENCH_ROUNDS rounds (default 3) of three scenarios, each `wrk -t2 -c16 -d20s --latency`:
#   get       GET /                                      (start page, HTML, uncompressed)
#   get_gzip  GET / with Accept-Encoding: gzip           (server.compression is on)
#   post      POST /api/v1/concerns via post-concern.lua (JSON, unique Idempotency-Key per request: every
#             request stores a new concern, committed with the embedded default's fsync=on)
# Prints requests/s, p50/p90/p99 latency and the CPU used by the JVM, PostgreSQL, wrk and everything else (as a share
# of all cores over the run) per run, then the medians per scenario and how many concerns the database holds.
# wrk, the JVM and PostgreSQL share the same machine (and its cores): the numbers are for that setup.
# Settings: BENCH_DURATION (20s), BENCH_THREADS (2), BENCH_CONNECTIONS (16), BENCH_ROUNDS (3), BENCH_WARMUP (2000),
# and those in lib.sh (BENCH_PORT, BENCH_JAVA_OPTS, BENCH_KEEP, timeouts).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

DURATION="${BENCH_DURATION:-20s}"
THREADS="${BENCH_THREADS:-2}"
CONNECTIONS="${BENCH_CONNECTIONS:-16}"
ROUNDS="${BENCH_ROUNDS:-3}"
WARMUP="${BENCH_WARMUP:-2000}"

need java "Install a JDK 17+ (Debian: apt-get install -y openjdk-17-jdk-headless)."
need wrk "Debian: apt-get install -y wrk."
need curl "Debian: apt-get install -y curl."
need unzip "Debian: apt-get install -y unzip (used to take the JDBC driver out of the jar for the row count)."
resolve_jar "${1:-}"
make_workdir http
install_traps
DATA="$WORK/data"
BASE="http://127.0.0.1:$PORT"
CLK_TCK="$(getconf CLK_TCK)"

{ machine_info; echo "data:   $DATA"; echo; } >&2

logfile="$WORK/app.log"
start_app "$DATA" "$logfile"
wait_up "$logfile"
log "app UP after ${UP_S}s (pid $APP_PID, port $PORT)"

# Sanity checks before measuring: the scenarios must return what we think they return.
code="$(curl -s -o /dev/null -w '%{http_code}' "$BASE/")"
[[ "$code" == 200 ]] || die "GET / returned $code, expected 200"
code="$(curl -s -o /dev/null -w '%{http_code}' -X POST -H 'Content-Type: application/json' \
    -H "Idempotency-Key: bench-sanity-$(date +%s)" \
    -d '{"kind":"COMPLAINT","description":"Die Miete fehlt.","postcode":"20095","contactChannel":"NONE","preferredLanguage":"de"}' \
    "$BASE/api/v1/concerns")"
[[ "$code" == 201 ]] || die "POST /api/v1/concerns returned $code, expected 201"
plain="$(curl -s -o /dev/null -w '%{size_download}' "$BASE/")"
gzipped="$(curl -s -o /dev/null -w '%{size_download}' -H 'Accept-Encoding: gzip' "$BASE/")"
log "GET / body: $plain bytes plain, $gzipped bytes gzip"

# Warm-up: at least BENCH_WARMUP requests per scenario, in 2-second wrk runs (wrk always runs for its full -d,
# so a request count is reached by repeating short runs).
warm_up() {
    local scenario="$1" done_requests=0 line
    while (( done_requests < WARMUP )); do
        run_wrk "$scenario" 2s >"$WORK/warmup-$scenario.txt"
        line="$(grep '^BENCH ' "$WORK/warmup-$scenario.txt")" || die "wrk printed no BENCH line in the warm-up"
        done_requests=$((done_requests + $(field requests "$line")))
        if [[ "$scenario" == post ]]; then
            warmup_created=$((warmup_created + $(field created "$line")))
        fi
    done
    log "warm-up $scenario: $done_requests requests"
}

declare -A CMD=(
    [get]="wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency -s bench/report.lua $BASE/"
    [get_gzip]="wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency -s bench/report.lua -H 'Accept-Encoding: gzip' $BASE/"
    [post]="wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency -s bench/post-concern.lua $BASE/api/v1/concerns"
)
# run_wrk SCENARIO [DURATION]
run_wrk() {
    local scenario="$1" duration="${2:-$DURATION}"
    case "$scenario" in
        get)      wrk -t"$THREADS" -c"$CONNECTIONS" -d"$duration" --latency -s "$BENCH_DIR/report.lua" "$BASE/" ;;
        get_gzip) wrk -t"$THREADS" -c"$CONNECTIONS" -d"$duration" --latency -s "$BENCH_DIR/report.lua" \
                      -H 'Accept-Encoding: gzip' "$BASE/" ;;
        post)     wrk -t"$THREADS" -c"$CONNECTIONS" -d"$duration" --latency -s "$BENCH_DIR/post-concern.lua" \
                      "$BASE/api/v1/concerns" ;;
    esac
}

ms() { awk -v u="$1" 'BEGIN { printf "%.2f", u / 1000 }'; }
field() { grep -o "$1=[0-9.]*" <<< "$2" | cut -d= -f2; }

warmup_created=0
warm_up get
warm_up get_gzip
warm_up post

declare -A RPS P50 P99
created_total=0
printf '%-9s %5s %6s %9s %8s %8s %8s %8s %8s %7s %8s %8s %8s %8s %9s\n' \
    scenario round load1 rps p50_ms p90_ms p99_ms max_ms requests errors created jvm_cpu pg_cpu wrk_cpu other_cpu
for round in $(seq 1 "$ROUNDS"); do
    for scenario in get get_gzip post; do
        out="$WORK/wrk-$scenario-$round.txt"
        load="$(load1)"
        read -r -a pgs <<< "$(pg_pids)"
        jvm0="$(cpu_ticks "$APP_PID")"; pg0="$(cpu_ticks "${pgs[@]}")"; busy0="$(busy_ticks)"
        TIMEFORMAT='%U %S'
        { time run_wrk "$scenario" >"$out"; } 2>"$out.time"
        jvm1="$(cpu_ticks "$APP_PID")"; pg1="$(cpu_ticks "${pgs[@]}")"; busy1="$(busy_ticks)"
        line="$(grep '^BENCH ' "$out")" || { cat "$out" >&2; die "wrk printed no BENCH line ($out)"; }
        seconds="$(awk -v d="$(field duration_us "$line")" 'BEGIN { print d / 1e6 }')"
        # CPU time as a share of the whole machine (nproc cores x run time), in percent.
        jvm_cpu="$(awk -v t=$((jvm1 - jvm0)) -v hz="$CLK_TCK" -v s="$seconds" -v n="$(nproc)" 'BEGIN { printf "%.0f%%", 100 * t / hz / (s * n) }')"
        pg_cpu="$(awk -v t=$((pg1 - pg0)) -v hz="$CLK_TCK" -v s="$seconds" -v n="$(nproc)" 'BEGIN { printf "%.0f%%", 100 * t / hz / (s * n) }')"
        wrk_cpu="$(awk -v s="$seconds" -v n="$(nproc)" '{ printf "%.0f%%", 100 * ($1 + $2) / (s * n) }' "$out.time")"
        # Everything else that ran on the machine meanwhile (kernel work for loopback is partly in here too).
        other_cpu="$(awk -v b=$((busy1 - busy0)) -v j=$((jvm1 - jvm0)) -v p=$((pg1 - pg0)) -v hz="$CLK_TCK" \
            -v s="$seconds" -v n="$(nproc)" '{ o = b / hz - (j + p) / hz - ($1 + $2); if (o < 0) o = 0
                                              printf "%.0f%%", 100 * o / (s * n) }' "$out.time")"
        errors=$(( $(field err_connect "$line") + $(field err_read "$line") + $(field err_write "$line") \
                 + $(field err_status "$line") + $(field err_timeout "$line") ))
        created="-"
        if [[ "$scenario" == post ]]; then
            created="$(field created "$line")"
            created_total=$((created_total + created))
        fi
        printf '%-9s %5s %6s %9s %8s %8s %8s %8s %8s %7s %8s %8s %8s %8s %9s\n' "$scenario" "$round" "$load" \
            "$(field rps "$line")" "$(ms "$(field p50_us "$line")")" "$(ms "$(field p90_us "$line")")" \
            "$(ms "$(field p99_us "$line")")" "$(ms "$(field max_us "$line")")" "$(field requests "$line")" \
            "$errors" "$created" "$jvm_cpu" "$pg_cpu" "$wrk_cpu" "$other_cpu"
        RPS[$scenario]+="$(field rps "$line") "
        P50[$scenario]+="$(ms "$(field p50_us "$line")") "
        P99[$scenario]+="$(ms "$(field p99_us "$line")") "
    done
done

echo
echo "Medians over $ROUNDS rounds:"
printf '  %-9s %9s %8s %8s   %s\n' scenario rps p50_ms p99_ms command
for scenario in get get_gzip post; do
    # shellcheck disable=SC2086 # word splitting of the collected values is intended
    printf '  %-9s %9s %8s %8s   %s\n' "$scenario" "$(median ${RPS[$scenario]})" "$(median ${P50[$scenario]})" \
        "$(median ${P99[$scenario]})" "${CMD[$scenario]}"
done

echo
echo "Concerns created: $created_total by the measured POST runs (201 responses), $warmup_created by the warm-up, 1 by the sanity check."
echo "(The database may hold up to $CONNECTIONS more per wrk run: requests still in flight when wrk stops are stored but not counted.)"
unzip -p "$JAR" 'BOOT-INF/lib/postgresql-*.jar' >"$WORK/pgjdbc.jar"
java -cp "$WORK/pgjdbc.jar" "$BENCH_DIR/DbStats.java" "$DATA" concern event_publication \
    | sed 's/^/  database: /'

stop_app "$DATA"
log "app stopped after ${STOP_S}s"
