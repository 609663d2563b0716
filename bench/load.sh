#!/usr/bin/env bash
# Load: BENCH_USERS (200) people at once for BENCH_DURATION (300) seconds against the jar on its embedded default.
#
#   bench/load.sh [JAR]      (or BENCH_JAR=...; default <repo>/target/lotse-0.1.0-SNAPSHOT.jar)
#
# bench/LoadMix.java plays BENCH_AGENTS (20) staff members (form login with CSRF token; then inbox, open a concern,
# reply, over and over) and the rest citizens (open the form, send it with its CSRF token and idempotency key, read the
# status page twice), each with its own cookies and BENCH_THINK_MS (1000, uniform 0.5-1.5x) between steps. Before
# the run BENCH_WARMUP (60) seconds of the same mix warm the JVM up (not counted).
#
# While it runs, every 10 s: heap (jcmd GC.heap_info), Hikari connections active/pending and threads (from
# /actuator/prometheus with a bench token). At the end: per step count, errors, p50/p95/p99; heap after a full GC.
#
# Settings: those above and those in lib.sh (BENCH_PORT 18080, BENCH_KEEP, BENCH_JAVA_OPTS). Needs java, jcmd, curl.
set -euo pipefail
export BENCH_PORT="${BENCH_PORT:-18181}"
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

USERS="${BENCH_USERS:-200}"
AGENTS="${BENCH_AGENTS:-20}"
DURATION="${BENCH_DURATION:-300}"
WARMUP="${BENCH_WARMUP:-60}"
THINK="${BENCH_THINK_MS:-1000}"
TOKEN="bench-$RANDOM$RANDOM$RANDOM"

need java "Install a JDK 17+."
need jcmd "Install a JDK 17+ (jcmd), not only a JRE."
need curl "Debian: apt-get install -y curl."
resolve_jar "${1:-}"
install_traps
make_workdir load
machine_info
echo "mix:    $USERS users ($AGENTS agents), think time ${THINK} ms, ${WARMUP}s warm-up, ${DURATION}s measured"
DATA="$WORK/data"
# shellcheck disable=SC2034 # read by start_app in lib.sh
APP_ARGS=(--lotse.metrics.token="$TOKEN" --lotse.embedded-mail.intake-port=0)
javac -d "$WORK/classes" "$BENCH_DIR/LoadMix.java"
start_app "$DATA" "$WORK/app.log"
wait_up "$WORK/app.log"
log "app UP after ${UP_S}s"

mix() { java -cp "$WORK/classes" LoadMix "http://127.0.0.1:$PORT" "$1" "$USERS" "$AGENTS" "$THINK" "$DATA/demo-logins.txt"; }
heap_used_mb() { jcmd "$APP_PID" GC.heap_info 2>/dev/null | awk '/garbage-first heap/ { for (i = 1; i <= NF; i++) if ($i == "used") { v = $(i + 1); sub(/K,?/, "", v); printf "%.0f", v / 1024 } }'; }
metric() {
    curl -s -m 5 -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:$PORT/actuator/prometheus" \
        | awk -v name="$1" 'index($0, name) == 1 { s += $NF } END { printf "%.0f", s }'
}

if (( WARMUP > 0 )); then
    log "warm-up ${WARMUP}s"
    mix "$WARMUP" >"$WORK/warmup.txt"
    grep TOTAL "$WORK/warmup.txt" >&2
fi

log "measuring ${DURATION}s"
T0="$(now_us)"
TICKS0="$(cpu_ticks "$APP_PID")"
# shellcheck disable=SC2046 # one pid per word
PG_TICKS0="$(cpu_ticks $(pg_pids))"
BUSY0="$(busy_ticks)"
mix "$DURATION" >"$WORK/mix.txt" &
MIX_PID=$!
: >"$WORK/samples.txt"
while kill -0 "$MIX_PID" 2>/dev/null; do
    sleep 10
    kill -0 "$MIX_PID" 2>/dev/null || break
    printf '%s heap_used_mb=%s hikari_active=%s hikari_pending=%s threads=%s load1=%s\n' \
        "$(( ($(now_us) - T0) / 1000000 ))s" "$(heap_used_mb)" "$(metric hikaricp_connections_active)" \
        "$(metric hikaricp_connections_pending)" "$(metric jvm_threads_live_threads)" "$(load1)" | tee -a "$WORK/samples.txt" >&2
done
wait "$MIX_PID"
TICKS1="$(cpu_ticks "$APP_PID")"
# shellcheck disable=SC2046 # one pid per word
PG_TICKS1="$(cpu_ticks $(pg_pids))"
BUSY1="$(busy_ticks)"
cat "$WORK/mix.txt"

read -r -a HEAPS <<< "$(sed -n 's/.*heap_used_mb=\([0-9]*\).*/\1/p' "$WORK/samples.txt" | tr '\n' ' ')"
read -r -a PENDING <<< "$(sed -n 's/.*hikari_pending=\([0-9]*\).*/\1/p' "$WORK/samples.txt" | tr '\n' ' ')"
max_pending="$(printf '%s\n' "${PENDING[@]:-0}" | sort -n | tail -n 1)"
max_heap="$(printf '%s\n' "${HEAPS[@]:-0}" | sort -n | tail -n 1)"
jcmd "$APP_PID" GC.run >/dev/null
live="$(heap_used_mb)"
ticks_per_s="$(getconf CLK_TCK)"
secs="$(awk -v a="$T0" -v b="$(now_us)" 'BEGIN { printf "%.1f", (b - a) / 1e6 }')"
echo "heap:   used during the run median $(median "${HEAPS[@]}") MB, max $max_heap MB; after a full GC (live set) $live MB"
echo "pool:   Hikari pending connections max $max_pending (samples every 10 s)"
awk -v j=$((TICKS1 - TICKS0)) -v p=$((PG_TICKS1 - PG_TICKS0)) -v b=$((BUSY1 - BUSY0)) -v t="$ticks_per_s" -v s="$secs" -v n="$(nproc)" \
    'BEGIN { printf "cpu:    JVM %.0f %%, PostgreSQL %.0f %%, everything else (load generator, other work) %.0f %% of %d cores\n",
             100 * j / t / s / n, 100 * p / t / s / n, 100 * (b - j - p) / t / s / n, n }'
echo "load:   $(cut -d ' ' -f 1-3 /proc/loadavg) (after the run)"
stop_app "$DATA"
grep -q "errors=0 " <(grep TOTAL "$WORK/mix.txt") || { echo "load test: errors seen (see FIRST-ERROR lines)"; exit 1; }
