#!/usr/bin/env bash
# Installs, from Debian bookworm's apt archive, everything needed to build, test, run and package
# LicensePortal. Does nothing (and needs no network) when every package is already installed.
set -euo pipefail

packages=(
    # toolchain and build
    build-essential cmake ninja-build pkg-config file dpkg-dev
    # Qt 6.4 and the other libraries (HttpServer's CMake config needs websockets, Charts needs OpenGL)
    qt6-base-dev qt6-base-dev-tools qt6-httpserver-dev qt6-websockets-dev qt6-charts-dev libqt6opengl6-dev
    libqt6sql6-sqlite libqt6sql6-psql qt6-qpa-plugins libqt6svg6 libgl-dev libssl-dev openssl qtkeychain-qt6-dev
    # translations: lupdate/lrelease, and Qt's own translated strings
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    # tests: a real PostgreSQL, a real Secret Service on a private D-Bus, a virtual display
    postgresql-15 gnome-keyring dbus dbus-bin dbus-x11 libsecret-tools xvfb xauth fonts-dejavu-core
    # API contract lint and test (python3-cryptography verifies the offline licenses' Ed25519 signatures),
    # desktop file and AppStream checks of the package
    python3 python3-yaml python3-jsonschema python3-cryptography desktop-file-utils appstream
)

missing=()
while read -r name status; do
    [[ $status == ii ]] || missing+=("$name")
done < <(for p in "${packages[@]}"; do
    printf '%s %s\n' "$p" "$(dpkg-query -W -f='${db:Status-Abbrev}' "$p" 2>/dev/null | tr -d ' ' || true)"
done)

if ((${#missing[@]} == 0)); then
    echo "install-deps: all ${#packages[@]} packages are installed"
    exit 0
fi

echo "install-deps: installing ${#missing[@]} missing package(s): ${missing[*]}"
sudo=()
if [[ $EUID -ne 0 ]]; then
    if ! command -v sudo >/dev/null; then
        echo "install-deps: not root and sudo is missing; as root run: apt-get install ${missing[*]}" >&2
        exit 1
    fi
    sudo=(sudo)
fi
apt_options=(-o DPkg::Lock::Timeout=300 -q)
"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get "${apt_options[@]}" update
"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get "${apt_options[@]}" install -y --no-install-recommends "${missing[@]}"
echo "install-deps: done"
