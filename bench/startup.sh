#!/usr/bin/env bash
# Start-up time and memory of the Lotse jar on its embedded default (own PostgreSQL, own mail server).
#
#   bench/startup.sh [JAR]        (or BENCH_JAR=...; default <repo>/target/lotse-0.1.0-SNAPSHOT.jar)
#
# Starts the jar BENCH_RUNS times (default 5): the first time on a fresh data directory (initdb + Flyway
# migrations + demo data: "cold"), then on that same directory ("warm"). For each start it measures
#   - wall-clock seconds from forking the JVM until GET /actuator/health says UP (curl every 50 ms),
#   - Spring's "Started LotseApplication in X seconds (process running for Y)",
#   - heap used/committed right after UP and after a full GC (jcmd GC.heap_info, GC.run), metaspace used,
#   - RSS of the JVM, and RSS and PSS summed over the embedded PostgreSQL processes (postmaster + children;
#     RSS counts shared memory once per process, PSS splits it, so PSS is the fairer total),
#   - seconds from SIGTERM until the JVM and its PostgreSQL have exited.
# Prints one row per start, then the cold values and the medians of the warm starts.
#
# The embedded PostgreSQL binaries are unpacked once per machine into java.io.tmpdir/embedded-pg and then reused,
# so "cold" normally means a fresh data dir on a machine that already has them. BENCH_FRESH_PG_BINARIES=1 points
# the app at an empty binaries directory (-Dot.epg.working-dir) so that the cold start also unpacks them, like the
# very first start on a new machine.
# Other settings: BENCH_RUNS (5), and those in lib.sh (BENCH_PORT, BENCH_JAVA_OPTS, BENCH_KEEP, timeouts).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

RUNS="${BENCH_RUNS:-5}"
[[ "$RUNS" =~ ^[0-9]+$ && "$RUNS" -ge 2 ]] || die "BENCH_RUNS must be a number >= 2 (one cold, at least one warm start)"

need java "Install a JDK 17+ (Debian: apt-get install -y openjdk-17-jdk-headless)."
need jcmd "jcmd comes with the JDK (not the JRE): install openjdk-17-jdk-headless."
need curl "Debian: apt-get install -y curl."
resolve_jar "${1:-}"
make_workdir startup
install_traps
DATA="$WORK/data"
if [[ "${BENCH_FRESH_PG_BINARIES:-0}" == 1 ]]; then
    JAVA_OPTS+=("-Dot.epg.working-dir=$WORK/embedded-pg")
fi

# heap_info PID: sets HEAP_USED_KB, HEAP_COMMITTED_KB (summed over the generations/regions jcmd lists before
# Metaspace, so it works for G1, Serial and Parallel) and META_USED_KB.
heap_info() {
    local out
    out="$(jcmd "$1" GC.heap_info)" || die "jcmd $1 GC.heap_info failed"
    read -r HEAP_COMMITTED_KB HEAP_USED_KB META_USED_KB < <(awk '
        /Metaspace/ { meta = 1; if (match($0, /used [0-9]+K/)) mu = substr($0, RSTART + 5, RLENGTH - 6) + 0 }
        !meta && match($0, /total [0-9]+K, used [0-9]+K/) {
            split(substr($0, RSTART, RLENGTH), f, /[ ,K]+/); total += f[2]; used += f[4]
        }
        END { print total + 0, used + 0, mu + 0 }' <<< "$out")
    (( HEAP_USED_KB > 0 )) || die "could not read heap usage from jcmd output: $out"
}

rss_kb() { ps -o rss= -p "$1" | tr -d ' '; }
pss_kb() { awk '/^Pss:/ { print $2; exit }' "/proc/$1/smaps_rollup" 2>/dev/null || echo 0; }

# pg_mem: sets PG_PROCS, PG_RSS_KB, PG_PSS_KB for the postmaster of our data directory and its children.
pg_mem() {
    local pm pids pid
    pm="$(postmaster_pid "$DATA")"
    [[ -n "$pm" ]] || die "no embedded PostgreSQL found for $DATA"
    pids="$pm $(ps -o pid= --ppid "$pm" | tr '\n' ' ')"
    PG_PROCS=0; PG_RSS_KB=0; PG_PSS_KB=0
    for pid in $pids; do
        [[ -d "/proc/$pid" ]] || continue
        PG_PROCS=$((PG_PROCS + 1))
        PG_RSS_KB=$((PG_RSS_KB + $(rss_kb "$pid" || echo 0)))
        PG_PSS_KB=$((PG_PSS_KB + $(pss_kb "$pid")))
    done
}

mb() { awk -v k="$1" 'BEGIN { printf "%.1f", k / 1024 }'; }

{ machine_info; echo "runs:   $RUNS (1 cold on a fresh data dir, $((RUNS - 1)) warm on the same dir)"; echo "data:   $DATA"
  echo "pg bin: $([[ "${BENCH_FRESH_PG_BINARIES:-0}" == 1 ]] && echo "unpacked fresh into $WORK/embedded-pg by the cold start" || echo "shared java.io.tmpdir/embedded-pg (already unpacked if Lotse ran here before)")"; echo; } >&2

COLS=(run kind load1 up_s started_s jvm_s heap_mb heap_committed_mb heap_gc_mb meta_mb jvm_rss_mb jvm_rss_gc_mb pg_procs
      pg_rss_mb pg_pss_mb stop_s)
printf '%-4s %-5s %6s %7s %9s %6s %8s %17s %10s %7s %10s %13s %8s %9s %9s %7s\n' "${COLS[@]}"
declare -A R
for run in $(seq 1 "$RUNS"); do
    kind=warm; (( run == 1 )) && kind=cold
    load="$(load1)"
    logfile="$WORK/app-$run.log"
    start_app "$DATA" "$logfile"
    wait_up "$logfile"

    started="n/a"; jvm="n/a"
    for _ in $(seq 1 100); do
        line="$(grep -m 1 -o 'Started LotseApplication in [0-9.]* seconds (process running for [0-9.]*)' "$logfile" || true)"
        if [[ -n "$line" ]]; then
            started="$(sed -E 's/.* in ([0-9.]+) seconds.*/\1/' <<< "$line")"
            jvm="$(sed -E 's/.*running for ([0-9.]+)\)/\1/' <<< "$line")"
            break
        fi
        sleep 0.1
    done

    heap_info "$APP_PID"; heap=$HEAP_USED_KB; committed=$HEAP_COMMITTED_KB; meta=$META_USED_KB
    rss=$(rss_kb "$APP_PID")
    pg_mem
    jcmd "$APP_PID" GC.run >/dev/null || die "jcmd GC.run failed"
    heap_info "$APP_PID"; heap_gc=$HEAP_USED_KB
    rss_gc=$(rss_kb "$APP_PID")

    stop_app "$DATA"

    row=("$run" "$kind" "$load" "$UP_S" "$started" "$jvm" "$(mb "$heap")" "$(mb "$committed")" "$(mb "$heap_gc")"
         "$(mb "$meta")" "$(mb "$rss")" "$(mb "$rss_gc")" "$PG_PROCS" "$(mb "$PG_RSS_KB")" "$(mb "$PG_PSS_KB")" "$STOP_S")
    printf '%-4s %-5s %6s %7s %9s %6s %8s %17s %10s %7s %10s %13s %8s %9s %9s %7s\n' "${row[@]}"
    i=0
    for col in "${COLS[@]}"; do R[$col,$run]="${row[$i]}"; i=$((i + 1)); done
done

echo
echo "Summary (cold = run 1 on a fresh data dir; warm = median of runs 2..$RUNS):"
printf '  %-18s %10s %10s\n' metric cold warm
for col in up_s started_s jvm_s heap_mb heap_committed_mb heap_gc_mb meta_mb jvm_rss_mb jvm_rss_gc_mb pg_procs pg_rss_mb pg_pss_mb stop_s; do
    values=()
    for run in $(seq 2 "$RUNS"); do [[ "${R[$col,$run]}" != n/a ]] && values+=("${R[$col,$run]}"); done
    printf '  %-18s %10s %10s\n' "$col" "${R[$col,1]}" "$(median "${values[@]}")"
done
