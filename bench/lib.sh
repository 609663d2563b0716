# shellcheck shell=bash disable=SC2034  # UP_S, STOP_S etc. are read by the scripts that source this file
# Shared helpers for startup.sh and http.sh. Sourced, not run. Needs bash >= 5 (EPOCHREALTIME).
#
# Settings (environment):
#   BENCH_JAR        app jar (default: first script argument, else <repo>/target/lotse-0.1.0-SNAPSHOT.jar)
#   BENCH_PORT       HTTP port of the app (default 18080); the embedded mail server gets free ports
#   BENCH_JAVA_OPTS  extra JVM options (default: none, i.e. JVM ergonomics)
#   BENCH_KEEP=1     keep the throw-away work directory (data dir, app logs) instead of deleting it
#   BENCH_START_TIMEOUT / BENCH_STOP_TIMEOUT  seconds (default 300 / 120)

BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd "$BENCH_DIR/.." && pwd)"
PORT="${BENCH_PORT:-18080}"
START_TIMEOUT="${BENCH_START_TIMEOUT:-300}"
STOP_TIMEOUT="${BENCH_STOP_TIMEOUT:-120}"
read -r -a JAVA_OPTS <<< "${BENCH_JAVA_OPTS:-}"

APP_PID=""
WORK=""
APP_ARGS=()  # more arguments for the app, set by a script before start_app

die() { echo "ERROR: $*" >&2; exit 1; }
log() { echo "[$(date +%H:%M:%S)] $*" >&2; }

need() {
    local tool="$1" hint="$2"
    command -v "$tool" >/dev/null 2>&1 || die "'$tool' not found. $hint"
}

# resolve_jar [ARG]: sets JAR to an absolute path or dies.
resolve_jar() {
    JAR="${1:-${BENCH_JAR:-$REPO_ROOT/target/lotse-0.1.0-SNAPSHOT.jar}}"
    [[ -f "$JAR" ]] || die "jar not found: $JAR (build it with ./mvnw -B -DskipTests package, or pass its path)"
    JAR="$(cd "$(dirname "$JAR")" && pwd)/$(basename "$JAR")"
}

# make_workdir NAME: a fresh directory under /tmp, removed on exit unless BENCH_KEEP=1.
make_workdir() {
    WORK="$(mktemp -d "/tmp/lotse-bench-$1.XXXXXX")"
}

now_us() { local t="${EPOCHREALTIME/./}"; echo "${t#0}"; }

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# postmaster_pid DATA_DIR: pid of the embedded PostgreSQL serving DATA_DIR/postgres, or nothing.
postmaster_pid() {
    local file="$1/postgres/postmaster.pid" pid
    [[ -f "$file" ]] || return 0
    pid="$(head -n 1 "$file" 2>/dev/null || true)"
    [[ "$pid" =~ ^[0-9]+$ ]] || return 0
    # Only if that process really is a postgres serving our directory (the file may be stale).
    if [[ -r "/proc/$pid/cmdline" ]] && tr '\0' ' ' < "/proc/$pid/cmdline" | grep -q -- "-D $1/postgres"; then
        echo "$pid"
    fi
}

# pg ARGS...: psql on the app's embedded PostgreSQL (port from postmaster.pid, password from the data dir).
# With PG_TIMEOUT set: bounded by timeout(1).
pg() {
    local port; port="$(sed -n 4p "$DATA/postgres/postmaster.pid")"
    PGPASSWORD="$(cat "$DATA/postgres-password")" timeout "${PG_TIMEOUT:-600}" \
        psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" -U postgres -d lotse "$@"
}

# cpu_ticks PID...: user+system CPU ticks of these processes (those that still exist).
cpu_ticks() {
    local total=0 pid stat
    for pid in "$@"; do
        stat="$(cat "/proc/$pid/stat" 2>/dev/null)" || continue
        stat="${stat##*) }"   # drop "pid (comm) "; fields then start at state (field 3)
        read -r -a f <<< "$stat"
        total=$((total + f[11] + f[12]))
    done
    echo "$total"
}

# busy_ticks: CPU ticks the whole machine spent not idle (all cores, from /proc/stat).
busy_ticks() { awk '/^cpu / { print $2 + $3 + $4 + $7 + $8 + $9 }' /proc/stat; }

# pg_pids: the processes of the embedded PostgreSQL serving $DATA (postmaster and its children).
pg_pids() {
    local pm; pm="$(postmaster_pid "$DATA")"
    # shellcheck disable=SC2046 # one pid per word is intended
    [[ -n "$pm" ]] && echo "$pm" $(ps -o pid= --ppid "$pm")
}

# start_app DATA_DIR LOG: starts the jar in the background, sets APP_PID and T0_US (just before the fork).
start_app() {
    local data_dir="$1" logfile="$2"
    port_in_use "$PORT" && die "port $PORT is already in use; set BENCH_PORT to a free port"
    T0_US="$(now_us)"
    # The embedded default only: an inherited external database or mail server would change what is measured.
    env -u SPRING_DATASOURCE_URL -u SPRING_MAIL_HOST -u SERVER_PORT \
        java "${JAVA_OPTS[@]}" -jar "$JAR" \
        --lotse.data-dir="$data_dir" \
        --server.port="$PORT" --server.address=127.0.0.1 \
        --lotse.embedded-mail.smtp-port=0 --lotse.embedded-mail.imap-port=0 \
        "${APP_ARGS[@]}" >"$logfile" 2>&1 &
    APP_PID=$!
}

# wait_up LOG: polls /actuator/health every 50 ms until it says UP; sets UP_S, the wall-clock seconds since start_app.
wait_up() {
    local logfile="$1" body deadline
    deadline=$(( T0_US + START_TIMEOUT * 1000000 ))
    while :; do
        body="$(curl -s -m 1 "http://127.0.0.1:$PORT/actuator/health" 2>/dev/null || true)"
        if [[ "$body" == *'"status":"UP"'* ]]; then
            local t1; t1="$(now_us)"
            UP_S="$(awk -v a="$T0_US" -v b="$t1" 'BEGIN { printf "%.3f", (b - a) / 1e6 }')"
            return 0
        fi
        if ! kill -0 "$APP_PID" 2>/dev/null; then
            tail -n 40 "$logfile" >&2
            die "the app exited before it was UP (log above, full log: $logfile)"
        fi
        if (( $(now_us) > deadline )); then
            tail -n 40 "$logfile" >&2
            die "the app was not UP after ${START_TIMEOUT}s (log: $logfile)"
        fi
        sleep 0.05
    done
}

# stop_app DATA_DIR: SIGTERM, wait for the JVM and then for its PostgreSQL to exit; sets STOP_S (seconds).
# Dies if the JVM does not exit within STOP_TIMEOUT (it is then killed by the exit trap).
stop_app() {
    local data_dir="$1" pg t0 deadline
    [[ -n "$APP_PID" ]] || return 0
    pg="$(postmaster_pid "$data_dir")"
    t0="$(now_us)"
    deadline=$(( t0 + STOP_TIMEOUT * 1000000 ))
    kill -TERM "$APP_PID" 2>/dev/null || true
    while kill -0 "$APP_PID" 2>/dev/null; do
        (( $(now_us) < deadline )) || die "the app did not exit within ${STOP_TIMEOUT}s after SIGTERM"
        sleep 0.05
    done
    wait "$APP_PID" 2>/dev/null || true
    APP_PID=""
    if [[ -n "$pg" ]]; then
        while kill -0 "$pg" 2>/dev/null; do
            (( $(now_us) < deadline )) || die "embedded PostgreSQL (pid $pg) still running after the app exited"
            sleep 0.05
        done
    fi
    STOP_S="$(awk -v a="$t0" -v b="$(now_us)" 'BEGIN { printf "%.3f", (b - a) / 1e6 }')"
}

# Exit trap: never leave the app or its PostgreSQL running.
cleanup() {
    local status=$?
    if [[ -n "$APP_PID" ]] && kill -0 "$APP_PID" 2>/dev/null; then
        log "stopping the app (pid $APP_PID)"
        kill -TERM "$APP_PID" 2>/dev/null || true
        for _ in $(seq 1 600); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.1; done
        if kill -0 "$APP_PID" 2>/dev/null; then kill -KILL "$APP_PID" 2>/dev/null || true; fi
    fi
    local data
    for data in "${WORK:-/nonexistent}"/data*; do
        [[ -d "$data" ]] || continue
        local pg; pg="$(postmaster_pid "$data")"
        if [[ -n "$pg" ]]; then
            log "stopping the embedded PostgreSQL left running (pid $pg)"
            kill -TERM "$pg" 2>/dev/null || true
            for _ in $(seq 1 300); do kill -0 "$pg" 2>/dev/null || break; sleep 0.1; done
        fi
    done
    if [[ -n "$WORK" && -d "$WORK" ]]; then
        if [[ "${BENCH_KEEP:-0}" == 1 ]]; then
            log "kept work directory $WORK"
        else
            rm -rf "$WORK"
        fi
    fi
    exit "$status"
}

install_traps() {
    trap cleanup EXIT
    trap 'exit 130' INT
    trap 'exit 143' TERM
}

# median NUMBER...: median of the arguments (mean of the two middle values for an even count), printed with as
# many decimals as the most precise argument.
median() {
    (( $# > 0 )) || { echo n/a; return 0; }
    printf '%s\n' "$@" | sort -g | awk '
        { v[NR] = $1; d = index($1, ".") ? length($1) - index($1, ".") : 0; if (d > dec) dec = d }
        END {
            if (NR == 0) { print "n/a"; exit }
            m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
            if (m != int(m) && dec == 0) dec = 1
            printf "%." dec "f\n", m
        }'
}

load1() { cut -d ' ' -f 1 /proc/loadavg; }

machine_info() {
    echo "date:   $(date -u '+%Y-%m-%d %H:%M UTC')"
    echo "nproc:  $(nproc)"
    echo "memory: $(awk '/MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)"
    echo "java:   $(java -version 2>&1 | head -n 1)"
    echo "jar:    $JAR"
    echo "load:   $(cut -d ' ' -f 1-3 /proc/loadavg) (1/5/15 min, before the run)"
}
