#!/usr/bin/env bash
# Graceful degradation: the database unreachable for 30 s while concerns and mails come in.
#
#   bench/degrade.sh [JAR]
#
# Runs bench/crash.sh without kills: BENCH_WEB (3,000) concerns by the API and BENCH_CRASH_MAILS (3,000) mails by SMTP,
# and BENCH_OUTAGE_AFTER (10) s in, the embedded PostgreSQL frozen with SIGSTOP for BENCH_OUTAGE_S (30) s (to Lotse an
# unreachable database: connections hang, none is refused), then SIGCONT. Three probes in loops (the form page, a status
# page, a new concern by the API) record status codes and times before, during and after. crash.sh's checks then say
# whether anything was lost, doubled or half-written (a concern without its RECEIVED timeline entry).
set -euo pipefail
export BENCH_KILLS=0
export BENCH_OUTAGE_S="${BENCH_OUTAGE_S:-30}"
export BENCH_WEB="${BENCH_WEB:-3000}"
export BENCH_CRASH_MAILS="${BENCH_CRASH_MAILS:-3000}"
export BENCH_PORT="${BENCH_PORT:-18182}"
export BENCH_SMTP_PORT="${BENCH_SMTP_PORT:-12636}"
export BENCH_SINK_PORT="${BENCH_SINK_PORT:-12637}"
exec "$(dirname "${BASH_SOURCE[0]}")/crash.sh" "$@"
