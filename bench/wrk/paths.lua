-- wrk script: GET each path of the file in VG_PATHS in turn, with the gateway token from VG_TOKEN.
local paths = {}
for line in io.lines(os.getenv("VG_PATHS")) do
  if #line > 0 then paths[#paths + 1] = line end
end
local token = os.getenv("VG_TOKEN") or ""
local i = math.random(#paths)

request = function()
  i = i % #paths + 1
  return wrk.format("GET", paths[i], { ["X-Gateway-Token"] = token })
end
