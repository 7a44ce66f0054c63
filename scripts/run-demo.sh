#!/usr/bin/env bash
# The LicensePortal demo on a fresh Debian bookworm machine: installs what is missing, builds the two
# programs, starts the license server with demo data on 127.0.0.1:8080 and opens the desktop client.
# Sign in as demo@example.com with the password demo-portal-2026. Closing the client stops the server.
#
#   bash scripts/run-demo.sh                 all of the above (needs a graphical session)
#   bash scripts/run-demo.sh --server-only   build and run only the demo server, until Ctrl+C
#
# LP_DEMO_PORT (default 8080) and LP_DEMO_BUILD_DIR (default build) change the port and build directory.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

port=${LP_DEMO_PORT:-8080}
build=${LP_DEMO_BUILD_DIR:-build}
server_only=0
case ${1:-} in
    "") ;;
    --server-only) server_only=1 ;;
    -h | --help)
        sed -n '2,10s/^# \{0,1\}//p' "$0"
        exit 0
        ;;
    *)
        echo "run-demo: unknown option '$1' (try --help)" >&2
        exit 2
        ;;
esac

say() { echo "run-demo: $*"; }
die() {
    echo "run-demo: $*" >&2
    exit 1
}

port_busy() { (: <>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; }

if ((!server_only)) && [[ -z ${DISPLAY:-} && -z ${WAYLAND_DISPLAY:-} ]]; then
    die "no display: neither DISPLAY nor WAYLAND_DISPLAY is set, so the client cannot open a window.
Run this from a terminal inside your desktop session (or over 'ssh -X'), or start only the demo
server with: bash scripts/run-demo.sh --server-only"
fi
if port_busy; then
    die "port $port on 127.0.0.1 is already in use (a demo server still running?). Stop that program, or choose another port: LP_DEMO_PORT=8081 bash scripts/run-demo.sh"
fi

say "checking dependencies"
bash scripts/install-deps.sh

say "building in $build/"
if [[ -f $build/CMakeCache.txt ]]; then
    cmake -S . -B "$build" >/dev/null
else
    cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
fi
targets=(license-server device-sim)
((server_only)) || targets+=(license-portal)
cmake --build "$build" --target "${targets[@]}"

server=$build/server/license-server
client=$build/app/license-portal
sim=$build/tools/device-sim
[[ -x $server ]] || die "the build did not produce $server"
((server_only)) || [[ -x $client ]] || die "the build did not produce $client"

# The demo database lives in the build directory; --demo seeds it idempotently on every start.
db=$PWD/$build/demo.sqlite
log=$PWD/$build/demo-server.log
port_busy && die "port $port on 127.0.0.1 became busy during the build; stop whatever listens there and retry"

server_pid=
sim_pid=
# shellcheck disable=SC2317 # called by the EXIT trap
stop_server() {
    if [[ -n $sim_pid ]] && kill -0 "$sim_pid" 2>/dev/null; then
        kill "$sim_pid" 2>/dev/null || true
        wait "$sim_pid" 2>/dev/null || true
    fi
    if [[ -n $server_pid ]] && kill -0 "$server_pid" 2>/dev/null; then
        kill "$server_pid" 2>/dev/null || true
        wait "$server_pid" 2>/dev/null || true
        say "demo server stopped"
    fi
}
trap stop_server EXIT
trap 'exit 130' INT TERM

"$server" --demo --db "$db" --port "$port" >"$log" 2>&1 &
server_pid=$!
for _ in $(seq 1 300); do
    grep -q 'listening on' "$log" && break
    if ! kill -0 "$server_pid" 2>/dev/null; then
        cat "$log" >&2
        die "the demo server exited before it was ready (log above, also in $log)"
    fi
    sleep 0.1
done
grep -q 'listening on' "$log" || die "the demo server did not report 'listening on' within 30 s; see $log"
say "demo server listening on http://127.0.0.1:$port (database $db, log $log)"
say "sign in as demo@example.com with the password demo-portal-2026"

# A few simulated scanners of the demo fleet check in every few seconds, so that devices appear and stay
# active live in the Devices pane (sorted by last seen, they are on top).
if [[ -x $sim ]]; then
    "$sim" --server "http://127.0.0.1:$port" --handshake-code 100000-100000 --devices 12 \
        --prefix Live-Scanner --heartbeats-per-second 2 --duration 86400 --scans-per-heartbeat 20 >"$PWD/$build/demo-device-sim.log" 2>&1 &
    sim_pid=$!
    say "device-sim: 12 live scanners on the fleet license 100000-100000 (log $build/demo-device-sim.log)"
fi

if ((server_only)); then
    say "press Ctrl+C to stop it"
    wait "$server_pid"
    exit $?
fi

status=0
"$client" --server "http://127.0.0.1:$port" || status=$?
exit "$status"
