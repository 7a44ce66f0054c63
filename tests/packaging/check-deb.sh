#!/usr/bin/env bash
# check-deb.sh DEB: checks that the LicensePortal Debian package holds what it must.
#
# Both programs (executable ELF files), the desktop entry, the icon and the AppStream metadata; a
# control file with the package name, a version and a Depends line; no build leftovers. Where the
# tools exist, validates the desktop entry and the metainfo and checks that the metainfo's latest
# release is the package's version; runs the packaged server's --help. Prints the package's size.
# shellcheck disable=SC2015 # ok() never fails, so `test && ok || fail` is an if/else here
set -euo pipefail

if [[ $# -ne 1 ]]; then
    echo "usage: $0 DEB" >&2
    exit 2
fi
deb=$1
[[ -f $deb ]] || { echo "check-deb: no such file: $deb" >&2; exit 1; }

failures=0
fail() {
    echo "check-deb: FAIL: $*" >&2
    failures=$((failures + 1))
}
ok() { echo "check-deb: ok: $*"; }

info=$(dpkg-deb -I "$deb")
listing=$(dpkg-deb -c "$deb")
field() { dpkg-deb -f "$deb" "$1" 2>/dev/null || true; }

# --- control ------------------------------------------------------------------------------------------
package=$(field Package)
version=$(field Version)
depends=$(field Depends)
[[ $package == licenseportal ]] && ok "Package: $package" || fail "Package is '$package', not licenseportal"
[[ -n $version ]] && ok "Version: $version" || fail "no Version"
[[ -n $(field Architecture) ]] || fail "no Architecture"
[[ -n $(field Maintainer) ]] || fail "no Maintainer"
[[ -n $(field Description) ]] || fail "no Description"
if [[ -n $depends ]]; then
    ok "Depends: $depends"
    # dpkg-shlibdeps found the shared libraries (Qt at least) of the programs.
    grep -q 'libqt6core6' <<<"$depends" || fail "Depends does not name libqt6core6: was CPACK_DEBIAN_PACKAGE_SHLIBDEPS on?"
else
    fail "no Depends line in: $info"
fi

# --- contents -----------------------------------------------------------------------------------------
# dpkg-deb -c prints "perms owner/group size date time ./path".
has() {
    local path=$1 perms_pattern=${2:-.}
    local line
    line=$(awk -v p="./$path" '$6 == p' <<<"$listing")
    if [[ -z $line ]]; then
        fail "missing /$path"
    elif ! grep -qE "^$perms_pattern" <<<"$line"; then
        fail "/$path has the wrong mode: $line"
    else
        ok "/$path"
    fi
}
has usr/bin/license-portal '-rwxr-xr-x'
has usr/bin/license-server '-rwxr-xr-x'
has usr/share/applications/licenseportal.desktop '-rw-r--r--'
has usr/share/icons/hicolor/scalable/apps/licenseportal.svg '-rw-r--r--'
has usr/share/metainfo/licenseportal.metainfo.xml '-rw-r--r--'

leftovers=$(awk '{print $6}' <<<"$listing" | grep -E '^\./(usr/include|usr/lib/cmake|usr/local)/|\.a$|/tst_|/test_' || true)
[[ -z $leftovers ]] || fail "build leftovers in the package: $leftovers"
outside=$(awk '{print $6}' <<<"$listing" | grep -vE '^\./$|^\./usr(/|$)' || true)
[[ -z $outside ]] || fail "files outside /usr: $outside"
root_owned=$(awk '$2 != "root/root"' <<<"$listing")
[[ -z $root_owned ]] || fail "files not owned by root/root: $root_owned"

# --- unpacked checks ----------------------------------------------------------------------------------
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
dpkg-deb -x "$deb" "$tmp"

for program in license-portal license-server; do
    binary=$tmp/usr/bin/$program
    [[ -f $binary ]] || continue
    if command -v file >/dev/null; then
        description=$(file -b "$binary")
        [[ $description == ELF* ]] || fail "/usr/bin/$program is not an ELF program: $description"
        [[ $description == *"not stripped"* ]] && fail "/usr/bin/$program is not stripped"
    fi
done

desktop=$tmp/usr/share/applications/licenseportal.desktop
if [[ -f $desktop ]]; then
    grep -qx 'Exec=license-portal' "$desktop" || fail "the desktop entry does not run license-portal"
    grep -qx 'Icon=licenseportal' "$desktop" || fail "the desktop entry's icon is not licenseportal"
    if command -v desktop-file-validate >/dev/null; then
        if out=$(desktop-file-validate "$desktop" 2>&1); then
            ok "desktop entry validates"
        else
            fail "desktop-file-validate: $out"
        fi
    fi
fi

metainfo=$tmp/usr/share/metainfo/licenseportal.metainfo.xml
if [[ -f $metainfo ]]; then
    release=$(python3 -c 'import sys, xml.etree.ElementTree as ET
r = ET.parse(sys.argv[1]).getroot().find("releases/release")
print(r.get("version") if r is not None else "")' "$metainfo" 2>/dev/null || true)
    upstream=${version%%-*}
    [[ $release == "$upstream" ]] && ok "metainfo's latest release is $release" \
        || fail "metainfo's latest release is '$release' but the package is $upstream: add a <release> to resources/licenseportal.metainfo.xml"
    if command -v appstreamcli >/dev/null; then
        if out=$(appstreamcli validate --no-net "$metainfo" 2>&1); then
            ok "metainfo validates"
        else
            fail "appstreamcli validate: $out"
        fi
    fi
fi

icon=$tmp/usr/share/icons/hicolor/scalable/apps/licenseportal.svg
if [[ -f $icon ]]; then
    python3 -c 'import sys, xml.etree.ElementTree as ET
root = ET.parse(sys.argv[1]).getroot()
sys.exit(0 if root.tag == "{http://www.w3.org/2000/svg}svg" and root.get("viewBox") else 1)' "$icon" \
        && ok "icon is an SVG with a viewBox" || fail "the icon is not an SVG document with a viewBox"
fi

# The packaged server starts and answers --help (this also checks that it finds its libraries).
server=$tmp/usr/bin/license-server
if [[ -x $server ]]; then
    if out=$(timeout 20 "$server" --help 2>&1) && [[ -n $out ]]; then
        ok "packaged license-server --help runs"
    else
        fail "packaged license-server --help failed: ${out:-no output}"
    fi
fi

# --- summary ------------------------------------------------------------------------------------------
size=$(stat -c %s "$deb")
installed_kib=$(field Installed-Size)
human=$(awk -v b="$size" 'BEGIN { if (b >= 1048576) printf "%.1f MiB", b / 1048576; else printf "%.0f KiB", b / 1024 }')
if ((failures)); then
    echo "check-deb: $(basename "$deb"): $failures problem(s)" >&2
    exit 1
fi
echo "check-deb: $(basename "$deb") OK: $human ($size bytes), installed ${installed_kib:-?} KiB"
