-- wrk script for bench/bench_heartbeat.sh: POSTs /v1/devices/heartbeat cycling over registered devices
-- and records every lease the server acknowledged (200), per device, for the durability check.
--
-- Environment (read once per wrk thread; wrk gives each thread its own Lua state):
--   LP_HB_CODE    handshake code of the license
--   LP_HB_HASHES  file with one registered device hash per line
--   LP_HB_ACKS    file that done() writes: "device_hash lease_expires_at count" per lease acknowledged
--   LP_HB_STATS   file that done() writes: key=value figures of the run
--   LP_HB_THREADS wrk's thread count (-t)

local threads = {}

function setup(thread)
    thread:set("thread_index", #threads)
    table.insert(threads, thread)
end

local code, hashes, next_index, step
-- acked[hash .. " " .. lease_expires_at] = how many 200 answers gave that device that lease (leases
-- have whole seconds, so heartbeats of one device within a second share one entry).
acked = {}
acked_count = 0
bad_bodies = 0

function init(args)
    code = os.getenv("LP_HB_CODE")
    hashes = {}
    for line in io.lines(os.getenv("LP_HB_HASHES")) do
        if #line > 0 then
            hashes[#hashes + 1] = line
        end
    end
    -- Threads interleave over the devices so that they rarely heartbeat the same one at once.
    step = tonumber(os.getenv("LP_HB_THREADS") or "1")
    next_index = (thread_index or 0) % #hashes
    wrk.method = "POST"
    wrk.headers["Content-Type"] = "application/json"
end

function request()
    local hash = hashes[next_index + 1]
    next_index = (next_index + step) % #hashes
    return wrk.format(nil, "/v1/devices/heartbeat", nil,
                      '{"handshake_code":"' .. code .. '","device_hash":"' .. hash .. '"}')
end

function response(status, headers, body)
    if status ~= 200 then
        return
    end
    local hash = body:match('"device_hash"%s*:%s*"(%x+)"')
    local lease = body:match('"lease_expires_at"%s*:%s*"([^"]+)"')
    if not hash or not lease then
        bad_bodies = bad_bodies + 1
        return
    end
    acked_count = acked_count + 1
    local key = hash .. " " .. lease
    acked[key] = (acked[key] or 0) + 1
end

function done(summary, latency, requests)
    local merged = {}
    local total_acked, total_bad = 0, 0
    for _, thread in ipairs(threads) do
        for key, count in pairs(thread:get("acked") or {}) do
            merged[key] = (merged[key] or 0) + count
        end
        total_acked = total_acked + (thread:get("acked_count") or 0)
        total_bad = total_bad + (thread:get("bad_bodies") or 0)
    end
    local acks = assert(io.open(os.getenv("LP_HB_ACKS"), "w"))
    local devices, seen = 0, {}
    for key, count in pairs(merged) do
        acks:write(key, " ", count, "\n")
        local hash = key:match("^(%x+)")
        if not seen[hash] then
            seen[hash] = true
            devices = devices + 1
        end
    end
    acks:close()

    local errors = summary.errors
    local stats = assert(io.open(os.getenv("LP_HB_STATS"), "w"))
    stats:write(string.format("requests=%d\n", summary.requests))
    stats:write(string.format("duration_us=%d\n", summary.duration))
    stats:write(string.format("rps=%.1f\n", summary.requests / (summary.duration / 1e6)))
    stats:write(string.format("p50_us=%d\n", latency:percentile(50)))
    stats:write(string.format("p90_us=%d\n", latency:percentile(90)))
    stats:write(string.format("p99_us=%d\n", latency:percentile(99)))
    stats:write(string.format("max_us=%d\n", latency.max))
    stats:write(string.format("non2xx=%d\n", errors.status))
    stats:write(string.format("socket_errors=%d\n",
                              errors.connect + errors.read + errors.write + errors.timeout))
    stats:write(string.format("acked=%d\n", total_acked))
    stats:write(string.format("acked_devices=%d\n", devices))
    stats:write(string.format("bad_bodies=%d\n", total_bad))
    stats:close()
end
