-- wrk script for GET runs of one fixed path (inbox.sh): sends wrk's static request unchanged (cookies come with -H)
-- and, at the end, prints one machine-readable line with p50/p90/p95/p99 (latencies in microseconds) and the mean
-- response size, which lets inbox.sh notice a run that only got redirects to the login page. Defines no
-- request()/response(), so it adds no per-request Lua work to the measured run.
function done(summary, latency, requests)
   local e = summary.errors
   io.write(string.format(
      "BENCH requests=%d duration_us=%d rps=%.1f p50_us=%d p90_us=%d p95_us=%d p99_us=%d max_us=%d bytes=%d " ..
      "err_connect=%d err_read=%d err_write=%d err_status=%d err_timeout=%d\n",
      summary.requests, summary.duration, summary.requests / (summary.duration / 1e6),
      latency:percentile(50), latency:percentile(90), latency:percentile(95), latency:percentile(99), latency.max,
      summary.requests > 0 and math.floor(summary.bytes / summary.requests) or 0,
      e.connect, e.read, e.write, e.status, e.timeout))
end
