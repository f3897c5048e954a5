-- wrk report: requests/s and latency percentiles in milliseconds, one line.
-- With PATHS_FILE set, each request takes the next path from that file (many different pages).
local paths, counter = nil, 0
function init(args)
  local file = os.getenv("PATHS_FILE")
  if file and file ~= "" then
    paths = {}
    for line in io.lines(file) do paths[#paths + 1] = line end
  end
end
function request()
  if paths then
    counter = counter + 1
    return wrk.format("GET", paths[(counter % #paths) + 1])
  end
  return wrk.format("GET", wrk.path)
end
function done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  io.write(string.format("RESULT rps=%.1f p50_ms=%.2f p95_ms=%.2f p99_ms=%.2f requests=%d errors=%d\n",
    summary.requests / seconds, latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, summary.requests,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.status + summary.errors.timeout))
end
