-- wrk script: GET the paths of the file in VG_PATHS in turn, with the gateway token from VG_TOKEN. Each of the
-- VG_THREADS threads starts at its own share of the file: math.random is unseeded in every thread's Lua state, so
-- a random start put all threads on the same paths, and a list of unique queries was sent once per thread (the
-- page cache answered the repeats).
local paths = {}
for line in io.lines(os.getenv("VG_PATHS")) do
  if #line > 0 then paths[#paths + 1] = line end
end
local token = os.getenv("VG_TOKEN") or ""
local threads = tonumber(os.getenv("VG_THREADS") or "1")
local i = 0

local started = 0
function setup(thread)
  thread:set("id", started)
  started = started + 1
end

function init(args)
  i = math.floor((id or 0) * #paths / threads)
end

request = function()
  i = i % #paths + 1
  return wrk.format("GET", paths[i], { ["X-Gateway-Token"] = token })
end
