#!/usr/bin/env bash
# with-keyring.sh CMD [ARGS...]
#
# Runs CMD inside a private D-Bus session bus with a real, unlocked gnome-keyring Secret Service
# (org.freedesktop.secrets), in a fresh temporary HOME and XDG directories, so that QtKeychain and
# secret-tool read and write a real keyring without touching the user's own. Exits with CMD's exit
# code; the temporary directory (and the keyring in it) is removed afterwards.
set -euo pipefail

if [[ $# -eq 0 ]]; then
    echo "usage: $0 CMD [ARGS...]" >&2
    exit 2
fi

missing=()
for tool in dbus-run-session dbus-send gnome-keyring-daemon; do
    command -v "$tool" >/dev/null || missing+=("$tool")
done
if ((${#missing[@]})); then
    echo "with-keyring.sh: missing ${missing[*]}; install dbus, dbus-bin and gnome-keyring (scripts/install-deps.sh does)" >&2
    exit 1
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/lp-keyring.XXXXXX")
# shellcheck disable=SC2317 # called by the EXIT trap
cleanup() {
    # The daemon leaves with the bus; give it a moment before its files are removed.
    rm -rf "$tmp" 2>/dev/null || { sleep 0.5; rm -rf "$tmp"; }
}
trap cleanup EXIT

mkdir -p "$tmp/home" "$tmp/data" "$tmp/config" "$tmp/cache" "$tmp/runtime"
chmod 0700 "$tmp" "$tmp/runtime"
export HOME=$tmp/home
export XDG_DATA_HOME=$tmp/data
export XDG_CONFIG_HOME=$tmp/config
export XDG_CACHE_HOME=$tmp/cache
export XDG_RUNTIME_DIR=$tmp/runtime
unset DBUS_SESSION_BUS_ADDRESS GNOME_KEYRING_CONTROL SSH_AUTH_SOCK

# The keyring password only protects this throwaway keyring.
# shellcheck disable=SC2016 # expanded by the inner shell
inner='
set -euo pipefail
eval "$(printf %s "lp-test-keyring" | gnome-keyring-daemon --unlock --components=secrets)"
export GNOME_KEYRING_CONTROL
# Wait until the Secret Service owns its name on this bus (normally at once).
for _ in $(seq 1 50); do
    if dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
           org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q "boolean true"; then
        exec "$@"
    fi
    sleep 0.1
done
echo "with-keyring.sh: gnome-keyring-daemon did not provide org.freedesktop.secrets" >&2
exit 1
'

# Not exec: the EXIT trap must still remove the temporary directory.
status=0
dbus-run-session -- bash -c "$inner" with-keyring "$@" || status=$?
exit "$status"
