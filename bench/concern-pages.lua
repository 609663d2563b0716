-- wrk script for the staff concern page (inbox.sh): every request asks for a concern picked at random from a file of
-- references, one a line (wrk ... -s bench/concern-pages.lua URL -- REFERENCES_FILE). Cookies come with -H. Prints
-- the same BENCH line as percentiles.lua, and counts responses other than 200 (a 404 means a reference that the
-- logged-in person may not see or that does not parse; a 302 a lost session).

local threads = {}

function setup(thread)
   table.insert(threads, thread)
   thread:set("thread_id", #threads)
end

function init(args)
   local file = assert(args[1], "usage: wrk ... -s concern-pages.lua URL -- REFERENCES_FILE")
   paths = {}
   for line in io.lines(file) do
      if line:match("%S") then
         table.insert(paths, "/arbeit/anliegen/" .. line:gsub("%s", ""))
      end
   end
   assert(#paths > 0, "no references in " .. file)
   math.randomseed(os.time() + math.floor(os.clock() * 1e6) + thread_id * 7919)
   other = 0
end

function request()
   return wrk.format("GET", paths[math.random(#paths)])
end

function response(status, headers, body)
   if status ~= 200 then
      other = other + 1
      if other <= 3 then
         io.stderr:write(string.format("concern-pages: unexpected status %d\n", status))
      end
   end
end

function done(summary, latency, requests)
   local other_total = 0
   for _, thread in ipairs(threads) do
      other_total = other_total + thread:get("other")
   end
   local e = summary.errors
   io.write(string.format(
      "BENCH requests=%d duration_us=%d rps=%.1f p50_us=%d p90_us=%d p95_us=%d p99_us=%d max_us=%d bytes=%d " ..
      "err_connect=%d err_read=%d err_write=%d err_status=%d err_timeout=%d other_status=%d\n",
      summary.requests, summary.duration, summary.requests / (summary.duration / 1e6),
      latency:percentile(50), latency:percentile(90), latency:percentile(95), latency:percentile(99), latency.max,
      summary.requests > 0 and math.floor(summary.bytes / summary.requests) or 0,
      e.connect, e.read, e.write, e.status, e.timeout, other_total))
end
