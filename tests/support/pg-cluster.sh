#!/usr/bin/env bash
# A throwaway PostgreSQL 15 cluster for the tests.
#
#   pg-cluster.sh start DIR PORT   wipe DIR, initdb into it and start a server on 127.0.0.1:PORT
#                                  (socket in DIR, trust auth, superuser "postgres"); waits until ready
#   pg-cluster.sh stop  DIR PORT   stop that server (a no-op when none runs)
#
# As root, the cluster runs as the "postgres" system user (PostgreSQL refuses to run as root): DIR is
# chowned to it. If "postgres" cannot reach DIR (a parent directory such as /root is private), the data
# lives in a private directory under /tmp and DIR only holds a pointer to it. As any other user the
# cluster runs as that user. `start` is idempotent: a cluster left running in DIR is stopped first.
set -euo pipefail

PG_BINDIR=${LP_PG_BINDIR:-/usr/lib/postgresql/15/bin}
POINTER=.lp-pgdata # in DIR when the data lives elsewhere
MARKER=.lp-pgcluster # in the data directory: "this was made by pg-cluster.sh, safe to wipe"

die() {
    echo "pg-cluster.sh: $*" >&2
    exit 1
}

usage() {
    echo "usage: $0 start|stop DIR PORT" >&2
    exit 2
}

[[ $# -eq 3 ]] || usage
action=$1
dir=$2
port=$3
[[ $action == start || $action == stop ]] || usage
if ! [[ $port =~ ^[0-9]+$ ]] || ((port < 1 || port > 65535)); then
    die "PORT must be a number between 1 and 65535, not '$port'"
fi
[[ -n $dir && $dir != / ]] || die "refusing to use '$dir' as the cluster directory"

if [[ ! -x $PG_BINDIR/initdb || ! -x $PG_BINDIR/pg_ctl ]]; then
    die "PostgreSQL 15 is not installed (no initdb/pg_ctl in $PG_BINDIR). Install it with 'apt-get install postgresql-15' (scripts/install-deps.sh does)."
fi

# Run a PostgreSQL tool as the cluster owner, from a directory that owner can enter.
as_owner() {
    if [[ $EUID -eq 0 ]]; then
        (cd / && runuser -u postgres -- "$@")
    else
        (cd / && "$@")
    fi
}

if [[ $EUID -eq 0 ]]; then
    getent passwd postgres >/dev/null || die "running as root but there is no 'postgres' user (is postgresql-15 installed?)"
    command -v runuser >/dev/null || die "running as root but runuser is missing (util-linux)"
fi

if [[ $action == stop && ! -d $dir ]]; then
    exit 0 # nothing was ever started there
fi
mkdir -p "$dir"
dir=$(cd "$dir" && pwd -P)

# The data directory of the cluster in DIR: DIR itself, or where its pointer says.
data_dir() {
    if [[ -f $dir/$POINTER ]]; then
        cat "$dir/$POINTER"
    else
        echo "$dir"
    fi
}

is_running() {
    local data=$1
    [[ -f $data/postmaster.pid ]] && as_owner "$PG_BINDIR/pg_ctl" -D "$data" status >/dev/null 2>&1
}

stop_cluster() {
    local data
    data=$(data_dir)
    if [[ -d $data ]] && is_running "$data"; then
        as_owner "$PG_BINDIR/pg_ctl" -D "$data" -m fast -w -t 60 stop >/dev/null
        echo "pg-cluster.sh: stopped the cluster in $data"
    fi
}

# Remove everything in a directory this script created before, and nothing else.
wipe() {
    local target=$1
    [[ -d $target ]] || return 0
    if [[ -n $(ls -A "$target") && ! -e $target/$MARKER && ! -e $target/$POINTER ]]; then
        die "$target is not empty and was not made by pg-cluster.sh; refusing to wipe it"
    fi
    find "$target" -mindepth 1 -delete
}

# A data directory outside DIR would outlive `rm -rf DIR`: remove it with its pointer.
forget_external_data() {
    local data
    data=$(data_dir)
    if [[ $data != "$dir" ]]; then
        case $data in
            /tmp/lp-pgcluster.*) rm -rf "$data" ;;
        esac
        rm -f "$dir/$POINTER"
    fi
}

if [[ $action == stop ]]; then
    stop_cluster
    forget_external_data
    exit 0
fi

# --- start -------------------------------------------------------------------------------------------
stop_cluster
forget_external_data
wipe "$dir"

data=$dir
if [[ $EUID -eq 0 ]]; then
    chown postgres: "$dir"
    if ! runuser -u postgres -- test -w "$dir" 2>/dev/null; then
        # A parent of DIR is closed to "postgres": keep the data in a private directory it owns.
        data=$(mktemp -d /tmp/lp-pgcluster.XXXXXX)
        chown postgres: "$data"
        echo "$data" >"$dir/$POINTER"
        echo "pg-cluster.sh: user postgres cannot reach $dir; the cluster lives in $data"
    fi
fi
chmod 0700 "$data"

if as_owner "$PG_BINDIR/pg_isready" -q -h 127.0.0.1 -p "$port" -t 2 2>/dev/null; then
    die "port $port on 127.0.0.1 is already in use by another PostgreSQL server; choose another port"
fi

log=$(mktemp "${TMPDIR:-/tmp}/lp-pgcluster-initdb.XXXXXX")
trap 'rm -f "$log"' EXIT
if ! as_owner "$PG_BINDIR/initdb" -D "$data" -A trust -U postgres -E UTF8 --locale=C --no-sync >"$log" 2>&1; then
    cat "$log" >&2
    die "initdb failed for $data"
fi
as_owner touch "$data/$MARKER"

# Durability is pointless for a throwaway cluster; turning it off makes the tests faster.
options="-k '$data' -p $port -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off"
options+=" -c full_page_writes=off -c max_connections=200"
if ! as_owner "$PG_BINDIR/pg_ctl" -D "$data" -l "$data/server.log" -o "$options" -w -t 60 start >"$log" 2>&1; then
    cat "$log" >&2
    tail -n 20 "$data/server.log" >&2 2>/dev/null || true
    die "PostgreSQL did not start on 127.0.0.1:$port (is the port in use?)"
fi
echo "pg-cluster.sh: PostgreSQL $(as_owner "$PG_BINDIR/postgres" --version | awk '{print $3}') ready on 127.0.0.1:$port (data and socket in $data)"
