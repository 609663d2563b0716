-- wrk script: POST /api/v1/concerns with JSON and a unique Idempotency-Key per request, so that every request
-- stores a new concern (201). Key = "bench-<run nonce>-<thread>-<counter>" (visible ASCII, 8-255 chars).
-- At the end prints a machine-readable BENCH line (latencies in microseconds) with the count of 201 responses.

local threads = {}
local thread_count = 0

function setup(thread)
   thread_count = thread_count + 1
   thread:set("thread_id", thread_count)
   table.insert(threads, thread)
end

local body = '{"kind":"COMPLAINT","description":"Die Miete fehlt.","postcode":"20095",'
   .. '"contactChannel":"NONE","preferredLanguage":"de"}'

function init(args)
   counter = 0
   created = 0
   other = 0
   -- os.time() and a clock-seeded random part make keys unique across runs against the same database.
   math.randomseed(os.time() + math.floor(os.clock() * 1e6) + thread_id * 7919)
   prefix = string.format("bench-%x%06x-%d-", os.time(), math.random(0, 0xffffff), thread_id)
end

function request()
   counter = counter + 1
   local headers = {
      ["Content-Type"] = "application/json",
      ["Accept"] = "application/json",
      ["Idempotency-Key"] = prefix .. counter,
   }
   return wrk.format("POST", "/api/v1/concerns", headers, body)
end

function response(status, headers, body)
   if status == 201 then
      created = created + 1
   else
      other = other + 1
      if other <= 3 then
         io.stderr:write(string.format("post-concern: unexpected status %d: %s\n", status, body))
      end
   end
end

function done(summary, latency, requests)
   local created_total, other_total = 0, 0
   for _, thread in ipairs(threads) do
      created_total = created_total + thread:get("created")
      other_total = other_total + thread:get("other")
   end
   local e = summary.errors
   io.write(string.format(
      "BENCH requests=%d duration_us=%d rps=%.1f p50_us=%d p90_us=%d p99_us=%d max_us=%d " ..
      "err_connect=%d err_read=%d err_write=%d err_status=%d err_timeout=%d created=%d other_status=%d\n",
      summary.requests, summary.duration, summary.requests / (summary.duration / 1e6),
      latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max,
      e.connect, e.read, e.write, e.status, e.timeout, created_total, other_total))
end
