#!/usr/bin/env bash
# E-mail intake: throughput and crash safety of mail delivered to Lotse over SMTP (the SMTP intake).
#
#   bench/mail-intake.sh [JAR]      (or BENCH_JAR=...; default <repo>/target/lotse-0.1.0-SNAPSHOT.jar)
#
# 1. Throughput: starts the jar on a fresh data directory; bench/MailFlood.java sends BENCH_MAILS (2,000) mails over
#    BENCH_THREADS (8) SMTP connections; each becomes a new concern (routed by the postcode in its text) with an
#    acknowledgement queued. Prints mails/s and the time from the end of DATA to "250" (said after the commit, so: to
#    the timeline), p50/p95/p99. Target: >= 300 mails/s.
# 2. Crash: on a second fresh data directory, sends BENCH_CRASH_MAILS (10,000) mails and kills the JVM with SIGKILL
#    after BENCH_CRASH_AFTER (6) seconds, starts it again; the sender (like a mail server) sends again whatever was
#    not answered with 250. Then counts: exactly BENCH_CRASH_MAILS mails recorded, concerns created and RECEIVED
#    timeline entries, none twice. BENCH_CRASH_MAILS=0 skips this part.
#
# Settings: those above, BENCH_SMTP_PORT (12526), and those in lib.sh. Needs java, curl, psql.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

MAILS="${BENCH_MAILS:-2000}"
THREADS="${BENCH_THREADS:-8}"
CRASH_MAILS="${BENCH_CRASH_MAILS:-10000}"
CRASH_AFTER="${BENCH_CRASH_AFTER:-6}"
SMTP_PORT="${BENCH_SMTP_PORT:-12526}"

need java "Install a JDK 17+ (Debian: apt-get install -y openjdk-17-jdk-headless)."
need curl "Debian: apt-get install -y curl."
need psql "Debian: apt-get install -y postgresql-client."
resolve_jar "${1:-}"
install_traps
make_workdir mail
machine_info
APP_ARGS=(--lotse.embedded-mail.intake-port="$SMTP_PORT" --lotse.channels.email.poll-interval=1h)
# Compiled once, so that the JVM start of the source launcher is not measured.
javac -d "$WORK/flood" "$BENCH_DIR/MailFlood.java"
flood() { java -cp "$WORK/flood" MailFlood 127.0.0.1 "$SMTP_PORT" "$@"; }

counts() {
    local run="$1"
    pg -At -F ' ' -c "
        SELECT (SELECT count(*) FROM channel_inbound WHERE external_id LIKE '<bench-$run-%'),
               (SELECT count(DISTINCT external_id) FROM channel_inbound WHERE external_id LIKE '<bench-$run-%'),
               (SELECT count(*) FROM concern WHERE contact_email LIKE 'bench-$run-%'),
               (SELECT count(*) FROM concern_timeline_entry e JOIN concern k ON k.id = e.concern_id
                 WHERE k.contact_email LIKE 'bench-$run-%' AND e.type = 'RECEIVED'),
               (SELECT count(*) FROM (SELECT contact_email FROM concern WHERE contact_email LIKE 'bench-$run-%'
                                       GROUP BY contact_email HAVING count(*) > 1) d)"
}

# --- 1. Throughput --------------------------------------------------------------------------------------------------
DATA="$WORK/data"
start_app "$DATA" "$WORK/app-1.log"
wait_up "$WORK/app-1.log"
log "app UP after ${UP_S}s; warming up with 200 mails"
flood 200 "$THREADS" warm >/dev/null
log "sending $MAILS mails over $THREADS connections"
result="$(flood "$MAILS" "$THREADS" tput)"
echo "throughput: $result"
read -r recorded distinct concerns received doubled <<< "$(counts tput)"
echo "  recorded $recorded (distinct $distinct), concerns $concerns, RECEIVED entries $received, senders with two concerns $doubled"
stop_app "$DATA"

# --- 2. Crash -------------------------------------------------------------------------------------------------------
[[ "$CRASH_MAILS" -gt 0 ]] || exit 0
DATA="$WORK/data-crash"
start_app "$DATA" "$WORK/app-2.log"
wait_up "$WORK/app-2.log"
log "sending $CRASH_MAILS mails; SIGKILL after ${CRASH_AFTER}s"
flood "$CRASH_MAILS" "$THREADS" crash >"$WORK/crash-flood.txt" &
FLOOD_PID=$!
sleep "$CRASH_AFTER"
before="$(pg -At -c "SELECT count(*) FROM channel_inbound WHERE external_id LIKE '<bench-crash-%'")"
kill -KILL "$APP_PID"
wait "$APP_PID" 2>/dev/null || true
log "killed the JVM with $before mails recorded; starting again"
APP_PID=""
start_app "$DATA" "$WORK/app-3.log"
wait_up "$WORK/app-3.log"
log "app UP again after ${UP_S}s; waiting for the sender"
wait "$FLOOD_PID"
echo "crash: $(cat "$WORK/crash-flood.txt")"
read -r recorded distinct concerns received doubled <<< "$(counts crash)"
echo "  killed at $before recorded; afterwards recorded $recorded (distinct $distinct), concerns $concerns," \
     "RECEIVED entries $received, senders with two concerns $doubled"
if [[ "$recorded" == "$CRASH_MAILS" && "$distinct" == "$CRASH_MAILS" && "$concerns" == "$CRASH_MAILS" \
      && "$received" == "$CRASH_MAILS" && "$doubled" == 0 ]]; then
    echo "  crash test: PASS (exactly $CRASH_MAILS, none lost, none twice)"
else
    echo "  crash test: FAIL"
    exit 1
fi
stop_app "$DATA"
