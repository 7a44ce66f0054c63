#!/usr/bin/env bash
# Heartbeat throughput of license-server at 64 concurrent connections, with nginx answering a static
# 200 on the same machine as the reference, and a durability check: the server is killed with SIGKILL
# right after the load and every heartbeat it acknowledged must be found in the SQLite file.
# Prints figures; asserts nothing (exits non-zero only when the bench itself cannot run).
#
#   bash bench/bench_heartbeat.sh
#
# Environment: LP_BENCH_BUILD_DIR (default build-ci, relative to the repository or absolute),
# LP_BENCH_DURATION seconds per load run (default 15), LP_BENCH_DEVICES registered devices (default
# 10000), LP_BENCH_PERF=1 also samples the server with perf during the heartbeat run,
# LP_BENCH_HTTP_REFERENCE=1 also loads the server's own HTTP front with a request that touches no
# database (a 404), LP_BENCH_VERBOSE=1 also shows wrk's own output. Installs wrk and nginx from Debian
# if missing. Needs: cmake --build build-ci --target license-server device-sim
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
repo=$PWD

build=${LP_BENCH_BUILD_DIR:-build-ci}
[[ $build == /* ]] || build=$repo/$build
duration=${LP_BENCH_DURATION:-15}
devices=${LP_BENCH_DEVICES:-10000}
threads=2
connections=64
target_percent=35

say() { echo "bench_heartbeat: $*"; }
die() {
    echo "bench_heartbeat: $*" >&2
    exit 1
}

case ${1:-} in
    "") ;;
    -h | --help)
        sed -n '2,14s/^# \{0,1\}//p' "$0"
        exit 0
        ;;
    *) die "unknown option '$1' (try --help)" ;;
esac
[[ $duration =~ ^[1-9][0-9]*$ ]] || die "LP_BENCH_DURATION must be a whole number of seconds ≥ 1"
[[ $devices =~ ^[1-9][0-9]*$ ]] || die "LP_BENCH_DEVICES must be a whole number ≥ 1"

server_bin=$build/server/license-server
sim_bin=$build/tools/device-sim
for bin in "$server_bin" "$sim_bin"; do
    [[ -x $bin ]] || die "missing $bin; build it first:
  cmake --build ${LP_BENCH_BUILD_DIR:-build-ci} --target license-server device-sim"
done
command -v python3 >/dev/null || die "python3 is needed for the durability check"

# --- Debian packages, only if missing -----------------------------------------------------------------
missing=()
command -v wrk >/dev/null || missing+=(wrk)
command -v nginx >/dev/null || [[ -x /usr/sbin/nginx ]] || missing+=(nginx-light)
if ((${#missing[@]})); then
    sudo=()
    ((EUID == 0)) || sudo=(sudo)
    say "installing ${missing[*]} from Debian"
    "${sudo[@]}" apt-get update -qq
    if ! DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq "${missing[@]}" >/dev/null; then
        # nginx-light may be gone from the archive; plain nginx answers a static 200 just as well.
        missing=("${missing[@]/nginx-light/nginx}")
        DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq "${missing[@]}" >/dev/null
    fi
fi
nginx_bin=$(command -v nginx || echo /usr/sbin/nginx)

# --- temp dir and cleanup -------------------------------------------------------------------------------
tmp=$(mktemp -d "${TMPDIR:-/tmp}/lp-bench-heartbeat.XXXXXX")
chmod 711 "$tmp" # nginx workers may run as another user when started by root
server_pid=
nginx_pid=
sim_pid=
perf_pid=
stop_pid() {
    local pid=$1
    [[ -n $pid ]] && kill -0 "$pid" 2>/dev/null || return 0
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 50); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.1
    done
    kill -9 "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
}
# shellcheck disable=SC2317 # called by the EXIT trap
cleanup() {
    stop_pid "$perf_pid"
    stop_pid "$sim_pid"
    stop_pid "$server_pid"
    stop_pid "$nginx_pid"
    rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

wait_for_line() { # file pattern seconds pid → prints the first matching line
    local file=$1 pattern=$2 seconds=$3 pid=$4
    for _ in $(seq $((seconds * 10))); do
        if grep -m1 -E "$pattern" "$file" 2>/dev/null; then
            return 0
        fi
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.1
    done
    return 1
}
free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}
stat_of() { sed -n "s/^$1=//p" "$2"; }
cpu_ticks() { # user + system clock ticks a process has used so far
    awk '{ sub(/^.*\) /, ""); print $12 + $13 }' "/proc/$1/stat"
}
ms() { awk -v us="$1" 'BEGIN { printf "%.2f", us / 1000 }'; }

load=$(cut -d' ' -f1 /proc/loadavg)
say "machine: $(nproc) CPUs ($(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)), wrk $threads threads / $connections connections / ${duration} s per run"
if awk -v l="$load" 'BEGIN { exit !(l > 0.5) }'; then
    say "note: load average $load before the run: other work on this machine lowers every figure"
fi

# --- license server with a fresh database --------------------------------------------------------------
db=$tmp/bench.db
password='bench-heartbeat-password'
"$server_bin" admin create-account --db "$db" --email bench@example.com --name "Heartbeat Bench" \
    --password-stdin <<<"$password" >"$tmp/admin.log" 2>&1 || { cat "$tmp/admin.log" >&2; die "create-account failed"; }
"$server_bin" admin create-license --db "$db" --account-email bench@example.com --product "Bench SDK" \
    --type per_device --devices "$devices" >"$tmp/license.log" 2>&1 || { cat "$tmp/license.log" >&2; die "create-license failed"; }
code=$(sed -n 's/^handshake_code: //p' "$tmp/license.log")
[[ -n $code ]] || die "create-license printed no handshake code: $(cat "$tmp/license.log")"

"$server_bin" --db "$db" --port 0 >"$tmp/server.log" 2>&1 &
server_pid=$!
listening=$(wait_for_line "$tmp/server.log" 'listening on http://' 15 "$server_pid") \
    || { cat "$tmp/server.log" >&2; die "license-server did not start"; }
server_url=$(grep -oE 'http://[0-9.]+:[0-9]+' <<<"$listening")
say "license-server at $server_url, database $db"

say "registering $devices devices with device-sim"
start=$(date +%s.%N)
"$sim_bin" --server "$server_url" --handshake-code "$code" --devices "$devices" --concurrency 64 \
    --prefix Bench >"$tmp/sim.out" 2>"$tmp/sim.err" &
sim_pid=$!
wait "$sim_pid" || true
sim_pid=
registered=$(python3 -c 'import sqlite3, sys
print(sqlite3.connect(sys.argv[1]).execute("SELECT COUNT(*) FROM devices WHERE released_at IS NULL").fetchone()[0])' "$db")
((registered == devices)) || die "only $registered of $devices devices registered: $(cat "$tmp/sim.out" "$tmp/sim.err" | tail -5)"
say "registered $registered devices in $(awk -v s="$start" -v e="$(date +%s.%N)" 'BEGIN { printf "%.1f", e - s }') s ($(head -1 "$tmp/sim.out"))"
python3 -c 'import sqlite3, sys
for (h,) in sqlite3.connect(sys.argv[1]).execute("SELECT device_hash FROM devices WHERE released_at IS NULL ORDER BY device_hash"):
    print(h)' "$db" >"$tmp/hashes.txt"

# --- optional: the server's HTTP front alone ----------------------------------------------------------
if [[ ${LP_BENCH_HTTP_REFERENCE:-0} == 1 ]]; then
    say "reference: license-server GET /v1/bench-no-such-route → 404 (no database) for ${duration} s"
    wrk -t "$threads" -c "$connections" -d "${duration}s" --latency "$server_url/v1/bench-no-such-route" \
        >"$tmp/wrk-404.out" 2>&1 || { cat "$tmp/wrk-404.out" >&2; die "wrk failed"; }
    [[ ${LP_BENCH_VERBOSE:-0} == 1 ]] && sed 's/^/  wrk | /' "$tmp/wrk-404.out"
    http_rps=$(sed -n 's/^Requests\/sec:[[:space:]]*//p' "$tmp/wrk-404.out")
    say "license-server 404: $http_rps requests/s, p99 $(awk '$1 == "99%" { print $2 }' "$tmp/wrk-404.out")"
fi

# --- heartbeat load ----------------------------------------------------------------------------------
if [[ ${LP_BENCH_PERF:-0} == 1 ]] && command -v perf >/dev/null; then
    perf record -F 499 -g -p "$server_pid" -o "$tmp/perf.data" -- sleep "$duration" >/dev/null 2>&1 &
    perf_pid=$!
fi
say "heartbeats: POST /v1/devices/heartbeat for ${duration} s"
ticks_before=$(cpu_ticks "$server_pid")
LP_HB_CODE=$code LP_HB_HASHES=$tmp/hashes.txt LP_HB_ACKS=$tmp/acks.txt LP_HB_STATS=$tmp/hb.stats \
    LP_HB_THREADS=$threads \
    wrk -t "$threads" -c "$connections" -d "${duration}s" --latency -s "$repo/bench/heartbeat/heartbeat.lua" \
    "$server_url/v1/devices/heartbeat" >"$tmp/wrk-hb.out" 2>&1 || { cat "$tmp/wrk-hb.out" >&2; die "wrk failed"; }
ticks_after=$(cpu_ticks "$server_pid")
# No clean shutdown: whatever the server acknowledged must already be on disk.
kill -9 "$server_pid"
wait "$server_pid" 2>/dev/null || true
server_pid=
[[ ${LP_BENCH_VERBOSE:-0} == 1 ]] && sed 's/^/  wrk | /' "$tmp/wrk-hb.out"
[[ -s $tmp/hb.stats ]] || { cat "$tmp/wrk-hb.out" >&2; die "wrk wrote no figures"; }
if [[ -n $perf_pid ]]; then
    wait "$perf_pid" 2>/dev/null || true
    perf_pid=
fi

hb_rps=$(stat_of rps "$tmp/hb.stats")
say "heartbeat: $hb_rps requests/s, p50 $(ms "$(stat_of p50_us "$tmp/hb.stats")") ms, p90 $(ms "$(stat_of p90_us "$tmp/hb.stats")") ms, p99 $(ms "$(stat_of p99_us "$tmp/hb.stats")") ms, max $(ms "$(stat_of max_us "$tmp/hb.stats")") ms"
say "heartbeat: $(stat_of requests "$tmp/hb.stats") requests, $(stat_of acked "$tmp/hb.stats") acknowledged (200) over $(stat_of acked_devices "$tmp/hb.stats") devices, non-2xx $(stat_of non2xx "$tmp/hb.stats"), socket errors $(stat_of socket_errors "$tmp/hb.stats"), unreadable 200 bodies $(stat_of bad_bodies "$tmp/hb.stats")"
server_cpu=$(awk -v t=$((ticks_after - ticks_before)) -v hz="$(getconf CLK_TCK)" -v d="$duration" \
    'BEGIN { printf "%.0f", 100 * t / hz / d }')
say "heartbeat: license-server used $server_cpu % of one CPU (user + system) during the run"

# --- durability --------------------------------------------------------------------------------------
durable_ok=1
say "SQLite $(python3 -c 'import sqlite3; print(sqlite3.sqlite_version)') (system library): $(python3 -c 'import sqlite3
c = sqlite3.connect(":memory:")
print(", ".join(o for (o,) in c.execute("PRAGMA compile_options") if "SYNCHRONOUS" in o) or "synchronous defaults not in compile options")')"
python3 "$repo/bench/heartbeat/check_durable.py" "$db" "$tmp/acks.txt" | sed 's/^/bench_heartbeat: /' \
    || durable_ok=0

if [[ -s $tmp/perf.data ]]; then
    # Only the server's on-CPU time: waits for fdatasync do not show up here.
    say "where the server's CPU time went (perf, self time by library, then the top 15 functions):"
    for sort in dso:8 dso,symbol:15; do
        { perf report -i "$tmp/perf.data" --no-children --sort "${sort%:*}" -g none --stdio 2>/dev/null || true; } \
            | grep -E '^ +[0-9]' | head -n "${sort#*:}" | cut -c1-110 \
            | sed 's/[[:space:]]*$//; s/^/  /' || true
    done
fi

# --- nginx reference ---------------------------------------------------------------------------------
nginx_port=$(free_port)
mkdir -p "$tmp/nginx"
cat >"$tmp/nginx/nginx.conf" <<EOF
worker_processes 2;
daemon off;
master_process on;
pid $tmp/nginx/nginx.pid;
error_log $tmp/nginx/error.log warn;
events { worker_connections 1024; }
http {
    access_log off;
    keepalive_requests 1000000;
    client_body_temp_path $tmp/nginx/client_body;
    proxy_temp_path $tmp/nginx/proxy;
    server {
        listen 127.0.0.1:$nginx_port;
        location / { return 200 "ok"; }
    }
}
EOF
"$nginx_bin" -p "$tmp/nginx" -e "$tmp/nginx/error.log" -c "$tmp/nginx/nginx.conf" >"$tmp/nginx/stdout.log" 2>&1 &
nginx_pid=$!
for _ in $(seq 100); do
    (: <>"/dev/tcp/127.0.0.1/$nginx_port") 2>/dev/null && break
    kill -0 "$nginx_pid" 2>/dev/null || break
    sleep 0.1
done
(: <>"/dev/tcp/127.0.0.1/$nginx_port") 2>/dev/null \
    || { cat "$tmp/nginx/stdout.log" "$tmp/nginx/error.log" >&2 2>/dev/null; die "nginx did not start"; }

say "reference: nginx GET / → static 200 for ${duration} s"
wrk -t "$threads" -c "$connections" -d "${duration}s" --latency "http://127.0.0.1:$nginx_port/" \
    >"$tmp/wrk-nginx.out" 2>&1 || { cat "$tmp/wrk-nginx.out" >&2; die "wrk against nginx failed"; }
stop_pid "$nginx_pid"
nginx_pid=
[[ ${LP_BENCH_VERBOSE:-0} == 1 ]] && sed 's/^/  wrk | /' "$tmp/wrk-nginx.out"
nginx_rps=$(sed -n 's/^Requests\/sec:[[:space:]]*//p' "$tmp/wrk-nginx.out")
nginx_p99=$(awk '$1 == "99%" { print $2 }' "$tmp/wrk-nginx.out")
nginx_non2xx=$(sed -n 's/^[[:space:]]*Non-2xx or 3xx responses:[[:space:]]*//p' "$tmp/wrk-nginx.out")
say "nginx: $nginx_rps requests/s, p99 $nginx_p99, non-2xx ${nginx_non2xx:-0}"

# --- summary -----------------------------------------------------------------------------------------
ratio=$(awk -v a="$hb_rps" -v b="$nginx_rps" 'BEGIN { printf "%.1f", (b > 0) ? 100 * a / b : 0 }')
verdict=$(awk -v r="$ratio" -v t="$target_percent" 'BEGIN { print (r >= t ? "meets" : "below") }')
echo
echo "heartbeat throughput:  $hb_rps requests/s (p50 $(ms "$(stat_of p50_us "$tmp/hb.stats")") ms, p99 $(ms "$(stat_of p99_us "$tmp/hb.stats")") ms, non-2xx $(stat_of non2xx "$tmp/hb.stats"), server at $server_cpu % of one CPU)"
echo "nginx static 200:      $nginx_rps requests/s"
[[ -n ${http_rps:-} ]] && echo "license-server 404:    $http_rps requests/s (its HTTP front, no database)"
echo "ratio:                 $ratio % of nginx ($verdict the target of ≥ $target_percent %)"
echo "durability:            $( ((durable_ok)) && echo "every acknowledged heartbeat on disk after kill -9" || echo "ACKNOWLEDGED HEARTBEATS MISSING after kill -9")"
