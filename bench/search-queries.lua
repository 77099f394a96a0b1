-- wrk script: GET <BENCH_PATH>?<BENCH_PARAM>=<query> cycling through bench/queries.txt (one query per line),
-- each percent-encoded as UTF-8 bytes; prints requests/s, latency percentiles and errors.
local path = os.getenv("BENCH_PATH") or "/v1/search"
local param = os.getenv("BENCH_PARAM") or "q"
local file = os.getenv("BENCH_QUERIES") or "bench/queries.txt"
-- A key keeps the bench out of the anonymous rate limit; no-cache makes every request a search, not a cache hit.
local key = os.getenv("BENCH_KEY")
if key and key ~= "" then wrk.headers["Authorization"] = "Bearer " .. key end
if os.getenv("BENCH_NO_CACHE") and os.getenv("BENCH_NO_CACHE") ~= "" then wrk.headers["Cache-Control"] = "no-cache" end

local function encode(s)
  return (s:gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

local queries = {}
for line in io.lines(file) do
  if line:match("%S") then
    queries[#queries + 1] = encode(line)
  end
end

local threads = {}

function setup(thread)
  -- Threads start at different queries so they do not ask the same thing in lockstep.
  thread:set("offset", #threads * 7)
  threads[#threads + 1] = thread
end

local i = 0

function init(args)
  i = tonumber(offset) or 0
end

function request()
  i = i + 1
  local sep = path:find("?", 1, true) and "&" or "?"
  return wrk.format("GET", path .. sep .. param .. "=" .. queries[(i % #queries) + 1])
end

function done(summary, latency, requests)
  io.write(string.format("queries: %d distinct, path %s\n", #queries, path))
  io.write(string.format("requests/s: %.1f\n", summary.requests / (summary.duration / 1e6)))
  for _, p in ipairs({ 50, 90, 95, 99 }) do
    io.write(string.format("p%d: %.2f ms\n", p, latency:percentile(p) / 1000))
  end
  io.write(string.format("max: %.2f ms\n", latency.max / 1000))
  local errors = summary.errors
  io.write(string.format("socket errors: connect %d, read %d, write %d, timeout %d; non-2xx/3xx: %d\n",
    errors.connect, errors.read, errors.write, errors.timeout, errors.status))
end
