#!/usr/bin/env bash
# Crash safety: concerns through the web API and mail through the SMTP intake while the JVM is killed with SIGKILL
# again and again; afterwards the database and an outside mail sink are counted.
#
#   bench/crash.sh [JAR]      (or BENCH_JAR=...; default <repo>/target/lotse-0.1.0-SNAPSHOT.jar)
#
# 1. Starts bench/SmtpSink.java (a separate process the kills do not touch) and Lotse on the embedded default
#    (embedded PostgreSQL, persistent data dir) with its outbound SMTP pointed at the sink and its SMTP intake on
#    BENCH_SMTP_PORT. The embedded GreenMail is off then: it would die with the JVM and lose the count.
# 2. bench/WebFlood.java posts BENCH_WEB (10,000) concerns, each with its own Idempotency-Key and an e-mail contact
#    (so each gets an acknowledgement), sending an unanswered one again with the same key; every BENCH_ONCE_EVERY-th
#    (50th) is sent once only. bench/MailFlood.java sends BENCH_CRASH_MAILS (10,000) mails, each until "250", with the
#    same Message-ID.
# 3. Meanwhile kills the JVM BENCH_KILLS (5) times with SIGKILL, at random BENCH_KILL_MIN..BENCH_KILL_MAX (5..25) s
#    after it came UP, and starts it again on the same data dir. Notes whether the embedded PostgreSQL outlived the JVM
#    (it does: the postmaster is a child that nobody stops; Lotse's next start stops that orphan first). Every
#    BENCH_KILL_PG_EVERY-th (3rd) kill also SIGKILLs the PostgreSQL processes, as a power cut would: the next start
#    then runs PostgreSQL's crash recovery from the WAL (fsync is on).
# 4. When both senders are done, waits for the outbox and delivery queue to drain, then checks:
#    - every concern answered with 201 is stored exactly once, every submission at all at most once;
#    - every mail answered with 250 is recorded exactly once (channel_inbound) and is exactly one concern;
#    - every concern of the run has exactly one acknowledgement delivery, it is SENT, and the sink holds its
#      Message-ID exactly once (no acknowledgement lost or sent twice).
#    - every concern of the run has exactly one RECEIVED timeline entry (nothing half-written).
#    Prints PASS or FAIL (exit 1) with the numbers.
# With BENCH_OUTAGE_S > 0 (bench/degrade.sh sets it), after the kills: the embedded PostgreSQL is frozen with SIGSTOP
#    for that many seconds, BENCH_OUTAGE_AFTER (10) s into the sending, then thawed with SIGCONT, while three probes
#    (the form page, a status page, a new concern by the API, each in a loop) note status codes and times.
#
# Settings: those above, BENCH_WEB_THREADS (8), BENCH_MAIL_THREADS (4), BENCH_PORT (18180), BENCH_SMTP_PORT (12626),
# BENCH_SINK_PORT (12627), BENCH_DRAIN_TIMEOUT (900 s), and those in lib.sh. Needs java (JDK 17+), curl, psql.
set -euo pipefail
export BENCH_PORT="${BENCH_PORT:-18180}"
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

WEB="${BENCH_WEB:-10000}"
MAILS="${BENCH_CRASH_MAILS:-10000}"
ONCE_EVERY="${BENCH_ONCE_EVERY:-50}"
WEB_THREADS="${BENCH_WEB_THREADS:-8}"
MAIL_THREADS="${BENCH_MAIL_THREADS:-4}"
KILLS="${BENCH_KILLS:-5}"
KILL_MIN="${BENCH_KILL_MIN:-5}"
KILL_MAX="${BENCH_KILL_MAX:-25}"
KILL_PG_EVERY="${BENCH_KILL_PG_EVERY:-3}"
SMTP_PORT="${BENCH_SMTP_PORT:-12626}"
SINK_PORT="${BENCH_SINK_PORT:-12627}"
DRAIN_TIMEOUT="${BENCH_DRAIN_TIMEOUT:-900}"
OUTAGE_S="${BENCH_OUTAGE_S:-0}"
OUTAGE_AFTER="${BENCH_OUTAGE_AFTER:-10}"

need java "Install a JDK 17+ (Debian: apt-get install -y openjdk-17-jdk-headless)."
need javac "Install a JDK 17+, not only a JRE."
need curl "Debian: apt-get install -y curl."
need psql "Debian: apt-get install -y postgresql-client."
resolve_jar "${1:-}"
for p in "$SMTP_PORT" "$SINK_PORT"; do port_in_use "$p" && die "port $p is in use; set BENCH_SMTP_PORT / BENCH_SINK_PORT"; done

SINK_PID=""
DRIVER_PIDS=()
crash_cleanup() {
    local status=$?
    for pid in "${DRIVER_PIDS[@]}" $SINK_PID; do kill "$pid" 2>/dev/null || true; done
    (exit "$status")
    cleanup
}
trap crash_cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
make_workdir crash
machine_info
RUN="c$(date +%s)"
DATA="$WORK/data"
echo "run:    $RUN, $WEB concerns by web ($WEB_THREADS threads), $MAILS mails ($MAIL_THREADS connections), $KILLS kills"

javac -d "$WORK/classes" "$BENCH_DIR/SmtpSink.java" "$BENCH_DIR/WebFlood.java" "$BENCH_DIR/MailFlood.java"
java -cp "$WORK/classes" SmtpSink "$SINK_PORT" "$WORK/sink.tsv" >"$WORK/sink.log" 2>&1 &
SINK_PID=$!

# shellcheck disable=SC2034 # read by start_app in lib.sh
APP_ARGS=(--spring.mail.host=127.0.0.1 --spring.mail.port="$SINK_PORT"
          --lotse.channels.email.smtp-intake.port="$SMTP_PORT" --lotse.channels.email.poll-interval=1h)
STARTS=0
start() {
    STARTS=$((STARTS + 1))
    start_app "$DATA" "$WORK/app-$STARTS.log"
    wait_up "$WORK/app-$STARTS.log"
    log "start $STARTS: UP after ${UP_S}s"
    UPS+=("$UP_S")
}
UPS=()
T_START="$(now_us)"
start

java -cp "$WORK/classes" WebFlood "http://127.0.0.1:$PORT" "$WEB" "$WEB_THREADS" "$RUN" "$ONCE_EVERY" "$WORK/web.txt" \
    >"$WORK/web.log" 2>&1 &
WEB_PID=$!
java -cp "$WORK/classes" MailFlood 127.0.0.1 "$SMTP_PORT" "$MAILS" "$MAIL_THREADS" "$RUN" >"$WORK/mail.log" 2>&1 &
MAIL_PID=$!
DRIVER_PIDS=("$WEB_PID" "$MAIL_PID")

running() { kill -0 "$WEB_PID" 2>/dev/null || kill -0 "$MAIL_PID" 2>/dev/null; }
ms() { echo $(( $(now_us) / 1000 )); }

: >"$WORK/kills.txt"
ORPHANS=0
PG_KILLS=0
for k in $(seq 1 "$KILLS"); do
    wait_s=$(( KILL_MIN + RANDOM % (KILL_MAX - KILL_MIN + 1) ))
    for _ in $(seq 1 "$((wait_s * 10))"); do running || break; sleep 0.1; done
    running || { log "both senders done before kill $k"; break; }
    pm="$(postmaster_pid "$DATA")"
    stored="$(PG_TIMEOUT=5 pg -At -c "SELECT count(*) FROM concern WHERE contact_email LIKE '%-$RUN-%'" 2>/dev/null || echo '?')"
    ms >>"$WORK/kills.txt"
    if (( KILL_PG_EVERY > 0 && k % KILL_PG_EVERY == 0 )) && [[ -n "$pm" ]]; then
        # shellcheck disable=SC2046 # one pid per word
        kill -KILL "$APP_PID" "$pm" $(ps -o pid= --ppid "$pm") 2>/dev/null || true
        PG_KILLS=$((PG_KILLS + 1))
        log "kill $k after ${wait_s}s ($stored concerns of the run stored): JVM and PostgreSQL (pid $pm) killed"
        wait "$APP_PID" 2>/dev/null || true
        APP_PID=""
        start
        continue
    fi
    kill -KILL "$APP_PID"
    wait "$APP_PID" 2>/dev/null || true
    APP_PID=""
    sleep 0.5
    if [[ -n "$pm" ]] && kill -0 "$pm" 2>/dev/null; then
        ORPHANS=$((ORPHANS + 1))
        log "kill $k after ${wait_s}s ($stored concerns of the run stored): JVM gone, its PostgreSQL (pid $pm) still running"
    else
        log "kill $k after ${wait_s}s ($stored concerns of the run stored): JVM gone, PostgreSQL gone too"
    fi
    start
done

# probe KIND: one request of that kind; prints "ms_since_epoch kind http_code seconds".
probe() {
    local out
    case "$1" in
        form) out="$(curl -s -o /dev/null -m 60 -w '%{http_code} %{time_total}' "http://127.0.0.1:$PORT/anliegen/neu")" ;;
        status) out="$(curl -s -o /dev/null -m 60 -w '%{http_code} %{time_total}' "http://127.0.0.1:$PORT$STATUS_PATH")" ;;
        intake) PROBES=$((PROBES + 1))
            out="$(curl -s -o /dev/null -m 60 -w '%{http_code} %{time_total}' -H 'Content-Type: application/json' \
                -H "Idempotency-Key: probe-$RUN-$BASHPID-$PROBES" -d "{\"kind\":\"QUESTION\",\"description\":\"Ausfallprobe $RUN\",\"postcode\":\"20095\",\"contactChannel\":\"NONE\",\"preferredLanguage\":\"de\"}" \
                "http://127.0.0.1:$PORT/api/v1/concerns")" ;;
    esac
    echo "$(ms) $1 ${out:-000 0}"
}
probe_loop() { PROBES=0; while :; do probe "$1"; sleep 0.5; done; }

if (( OUTAGE_S > 0 )); then
    STATUS_PATH="$(curl -s -H 'Content-Type: application/json' -H "Idempotency-Key: probe-$RUN-status-page" \
        -d '{"kind":"QUESTION","description":"Statusseite für die Ausfallprobe","postcode":"20095","contactChannel":"NONE","preferredLanguage":"de"}' \
        "http://127.0.0.1:$PORT/api/v1/concerns" | sed -n 's|.*"statusUrl":"[a-z]*://[^/]*\([^"]*\)".*|\1|p')"
    [[ -n "$STATUS_PATH" ]] || die "could not create the concern whose status page is probed"
    sleep "$OUTAGE_AFTER"
    PROBE_PIDS=()
    for kind in form status intake; do probe_loop "$kind" >>"$WORK/probes.txt" & PROBE_PIDS+=($!); done
    DRIVER_PIDS+=("${PROBE_PIDS[@]}")
    sleep 5
    read -r -a FROZEN <<< "$(pg_pids)"
    OUTAGE_FROM="$(ms)"
    kill -STOP "${FROZEN[@]}"
    log "PostgreSQL frozen (SIGSTOP to ${#FROZEN[@]} processes) for ${OUTAGE_S}s"
    sleep "$OUTAGE_S"
    kill -CONT "${FROZEN[@]}"
    OUTAGE_TO="$(ms)"
    log "PostgreSQL thawed (SIGCONT)"
    sleep 30
    kill "${PROBE_PIDS[@]}" 2>/dev/null || true
    wait "${PROBE_PIDS[@]}" 2>/dev/null || true
fi

log "waiting for the senders"
wait "$WEB_PID" || die "WebFlood failed: $(tail -n 5 "$WORK/web.log")"
wait "$MAIL_PID" || die "MailFlood failed: $(tail -n 5 "$WORK/mail.log")"
DRIVER_PIDS=()
T_SENT="$(now_us)"
echo "web:  $(tail -n 1 "$WORK/web.log")"
echo "mail: $(tail -n 1 "$WORK/mail.log")"

log "waiting for the outbox and the delivery queue to drain"
deadline=$(( $(now_us) + DRAIN_TIMEOUT * 1000000 ))
while :; do
    read -r queued open_events <<< "$(pg -At -F ' ' -c "
        SELECT (SELECT count(*) FROM channel_delivery WHERE status = 'QUEUED'),
               (SELECT count(*) FROM event_publication WHERE completion_date IS NULL)")"
    [[ "$queued" == 0 && "$open_events" == 0 ]] && break
    (( $(now_us) < deadline )) || { log "not drained after ${DRAIN_TIMEOUT}s: $queued queued, $open_events open events"; break; }
    sleep 2
done
T_DRAINED="$(now_us)"

# --- Counting -------------------------------------------------------------------------------------------------------
awk -F '\t' '{ print $2 }' "$WORK/sink.tsv" | sort | uniq -c | awk '{ print $2 "\t" $1 }' >"$WORK/sink-counts.tsv"
tr ' ' '\t' <"$WORK/web.txt" | cut -f 1,2 >"$WORK/web.tsv"
pg -c "CREATE TABLE IF NOT EXISTS bench_web (i int, outcome text); TRUNCATE bench_web;
       CREATE TABLE IF NOT EXISTS bench_sink (message_id text, times int); TRUNCATE bench_sink;"
pg -c "\copy bench_web FROM '$WORK/web.tsv'"
pg -c "\copy bench_sink FROM '$WORK/sink-counts.tsv'"
read -r -a R <<< "$(pg -At -F ' ' -c "
    WITH stored AS (SELECT substring(contact_email FROM '^web-$RUN-([0-9]+)@')::int AS i, count(*) AS n
                      FROM concern WHERE contact_email LIKE 'web-$RUN-%' GROUP BY 1),
         mails AS (SELECT external_id, count(*) AS n FROM channel_inbound WHERE external_id LIKE '<bench-$RUN-%' GROUP BY 1),
         mail_concerns AS (SELECT contact_email, count(*) AS n FROM concern WHERE contact_email LIKE 'bench-$RUN-%' GROUP BY 1),
         run AS (SELECT id FROM concern WHERE contact_email LIKE 'web-$RUN-%' OR contact_email LIKE 'bench-$RUN-%'),
         acks AS (SELECT r.id, count(d.id) AS n, bool_and(d.status = 'SENT') AS sent, min(d.external_id) AS external_id
                    FROM run r LEFT JOIN channel_delivery d ON d.concern_id = r.id AND d.position = 1 AND d.channel = 'EMAIL'
                   GROUP BY r.id)
    SELECT (SELECT count(*) FROM bench_web WHERE outcome = 'accepted'),
           (SELECT count(*) FROM bench_web w JOIN stored s USING (i) WHERE w.outcome = 'accepted' AND s.n = 1),
           (SELECT count(*) FROM bench_web WHERE outcome = 'unanswered'),
           (SELECT count(*) FROM bench_web w JOIN stored s USING (i) WHERE w.outcome = 'unanswered'),
           (SELECT count(*) FROM bench_web WHERE outcome = 'rejected'),
           (SELECT count(*) FROM stored WHERE n > 1),
           (SELECT count(*) FROM stored s WHERE NOT EXISTS (SELECT 1 FROM bench_web w WHERE w.i = s.i)),
           (SELECT count(*) FROM mails),
           (SELECT count(*) FROM mails WHERE n > 1),
           (SELECT count(*) FROM mail_concerns),
           (SELECT count(*) FROM mail_concerns WHERE n > 1),
           (SELECT count(*) FROM acks),
           (SELECT count(*) FROM acks WHERE n = 1 AND sent),
           (SELECT count(*) FROM acks a JOIN bench_sink s ON s.message_id = a.external_id WHERE s.times = 1),
           (SELECT count(*) FROM acks a JOIN bench_sink s ON s.message_id = a.external_id WHERE s.times > 1),
           (SELECT count(*) FROM bench_sink WHERE times > 1),
           (SELECT count(*) FROM channel_delivery WHERE status = 'FAILED'),
           (SELECT count(*) FROM event_publication WHERE completion_date IS NULL),
           (SELECT count(*) FROM run r WHERE (SELECT count(*) FROM concern_timeline_entry e
                                               WHERE e.concern_id = r.id AND e.type = 'RECEIVED') <> 1)")"
pg -c "DROP TABLE bench_web; DROP TABLE bench_sink;"
read -r web_accepted web_accepted_once web_unanswered web_unanswered_stored web_rejected web_twice web_unknown \
        mail_recorded mail_twice mail_concerns mail_concerns_twice \
        acks acks_sent acks_in_sink_once acks_in_sink_twice sink_twice failed open_events half_written <<< "${R[*]}"

runs="$(awk -v a="$T_START" -v b="$T_SENT" 'BEGIN { printf "%.0f", (b - a) / 1e6 }')"
drain="$(awk -v a="$T_SENT" -v b="$T_DRAINED" 'BEGIN { printf "%.0f", (b - a) / 1e6 }')"
echo "time:  ${runs}s sending (with $((STARTS - 1)) kills and restarts), ${drain}s more until the outbox was drained;" \
     "start-up to UP: median $(median "${UPS[@]}") s (${UPS[*]})"
echo "kills: $((STARTS - 1)), $PG_KILLS of them with PostgreSQL killed too; otherwise PostgreSQL outlived the JVM" \
     "(orphan, stopped by Lotse's next start) $ORPHANS times"
echo "web:   $web_accepted accepted (201 seen), $web_accepted_once of them stored exactly once;" \
     "$web_unanswered sent once without an answer, $web_unanswered_stored of them stored; $web_rejected rejected;" \
     "$web_twice stored twice or more; $web_unknown stored that were never sent"
echo "mail:  $mail_recorded of $MAILS Message-IDs recorded, $mail_twice twice; $mail_concerns concerns, $mail_concerns_twice senders with two"
echo "acks:  $acks concerns in the run, $acks_sent with exactly one SENT acknowledgement; in the sink once: $acks_in_sink_once," \
     "twice or more: $acks_in_sink_twice (any Message-ID twice in the sink: $sink_twice); FAILED deliveries $failed;" \
     "open outbox events $open_events"
echo "whole: concerns of the run without exactly one RECEIVED timeline entry: $half_written"
if (( OUTAGE_S > 0 )); then
    echo "outage: PostgreSQL frozen $(( (OUTAGE_TO - OUTAGE_FROM) / 1000 ))s; probe answers (status code: count, max seconds):"
    for phase in before during after; do
        awk -v from="$OUTAGE_FROM" -v to="$OUTAGE_TO" -v phase="$phase" '
            { p = $1 < from ? "before" : ($1 <= to ? "during" : "after") }
            p == phase { n[$2 " " $3]++; if ($4 > m[$2 " " $3]) m[$2 " " $3] = $4 }
            END { printf "   %-6s", phase; for (k in n) printf "  %s: %d (max %.1fs)", k, n[k], m[k]; print "" }' "$WORK/probes.txt"
    done
    first_after="$(awk -v to="$OUTAGE_TO" '$1 > to && $2 == "intake" && $3 == 201 { print ($1 - to) / 1000; exit }' "$WORK/probes.txt")"
    echo "   first new concern taken ${first_after:-never}s after the thaw (probe sent then)"
    # The probes' concerns: each answered 201 must be stored; none stored twice.
    probe_201="$(awk '$2 == "intake" && $3 == 201' "$WORK/probes.txt" | wc -l)"
    probe_sent="$(awk '$2 == "intake"' "$WORK/probes.txt" | wc -l)"
    probe_stored="$(pg -At -c "SELECT count(*) FROM concern WHERE description = 'Ausfallprobe $RUN'" 2>/dev/null || echo '?')"
    echo "   intake probes: $probe_sent sent, $probe_201 answered 201, $probe_stored stored"
fi
# A message the sink took while the JVM was being killed is sent again after the restart: SMTP cannot tell the sender
# that the receiver has it once the sender is gone before the "250" arrives and is recorded (the Message-ID stays the
# same, so mail programs show it once). Such repeats are counted apart; any other repeat fails the run.
awk -F '\t' 'NR == FNR { kills[++k] = $1; next }
     { c[$2]++; if (!($2 in first)) first[$2] = $1 }
     END { for (id in c) if (c[id] > 1) { near = "no"; for (i = 1; i <= k; i++) if (first[id] - kills[i] <= 5000 && kills[i] - first[id] <= 5000) near = "yes"
           print id, c[id], near } }' "$WORK/kills.txt" "$WORK/sink.tsv" >"$WORK/sent-twice.txt"
in_flight="$(awk '$3 == "yes"' "$WORK/sent-twice.txt" | wc -l)"
echo "twice: $sink_twice Message-IDs in the sink more than once, $in_flight of them first taken within 5 s of a kill" \
     "(in flight when the JVM died)"
sed 's/^/    /' "$WORK/sent-twice.txt" | head -n 20
stop_app "$DATA"
kill "$SINK_PID" 2>/dev/null || true
SINK_PID=""
web_total=$((web_accepted + web_unanswered + web_rejected))
if [[ "$web_total" == "$WEB" && "$web_accepted_once" == "$web_accepted" && "$web_rejected" == 0 && "$web_twice" == 0 \
      && "$web_unknown" == 0 && "$mail_recorded" == "$MAILS" && "$mail_twice" == 0 && "$mail_concerns" == "$MAILS" \
      && "$mail_concerns_twice" == 0 && "$acks" == "$((web_accepted + web_unanswered_stored + MAILS))" \
      && "$acks_sent" == "$acks" && "$((acks_in_sink_once + acks_in_sink_twice))" == "$acks" && "$sink_twice" == "$in_flight" \
      && "$half_written" == 0 ]] \
   && { (( OUTAGE_S == 0 )) || [[ "$probe_stored" -ge "$probe_201" && "$probe_stored" -le "$probe_sent" ]]; }; then
    echo "crash test: PASS"
else
    echo "crash test: FAIL"
    exit 1
fi
