-- wrk script: rotates over the API's read endpoints (ids 1..20 of articles, speakers and claims must exist).
-- Run: ASSAY_SPEAKER='Tony Blair' wrk -t2 -c50 -d30s --latency -s bench/api-reads.lua http://127.0.0.1:8080
local speaker = (os.getenv("ASSAY_SPEAKER") or "Tony Blair"):gsub(" ", "+")
local paths = {
  "/api/search?q=government", "/api/search?q=market+growth", "/api/search?q=said&speaker=" .. speaker .. "&limit=20",
  "/api/claims?verdict=UNCHECKED&limit=20", "/api/speakers", "/api/articles?limit=20", "/search?q=minister",
}
for i = 1, 20 do
  paths[#paths + 1] = "/api/articles/" .. i
  paths[#paths + 1] = "/articles/" .. i
  paths[#paths + 1] = "/api/speakers/" .. i .. "?limit=20"
  paths[#paths + 1] = "/api/claims/" .. i
end
local n = 0
request = function()
  n = n + 1
  return wrk.format("GET", paths[(n % #paths) + 1])
end
done = function(summary, latency, requests)
  io.write(string.format("errors: connect %d, read %d, write %d, status %d, timeout %d\n", summary.errors.connect,
    summary.errors.read, summary.errors.write, summary.errors.status, summary.errors.timeout))
  io.write(string.format("p50 %.1f ms, p95 %.1f ms, p99 %.1f ms\n", latency:percentile(50) / 1000,
    latency:percentile(95) / 1000, latency:percentile(99) / 1000))
end
