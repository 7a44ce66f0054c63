#!/usr/bin/env bash
# Installs what is missing, builds LicensePortal with warnings as errors, runs every test, lints the
# API contract, builds the .deb and checks its contents. Exits non-zero if any of that fails and ends
# with one summary line. `.ci/run` calls this.
#
#   bash scripts/run-tests.sh                      the CI build in build-ci/ (the `ci` preset)
#   Then it builds and runs the tests again with AddressSanitizer + UBSan in build-asan/ (`asan`
#   preset); LP_SANITIZE_TESTS=0 skips that second build.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

build="build-ci"
jobs=$(nproc)
started=$SECONDS
failed=()
notes=()

step() {
    echo
    echo "==> $* [$(elapsed)]"
}
elapsed() {
    local s=$((SECONDS - started))
    printf '%dm%02ds' $((s / 60)) $((s % 60))
}
join() {
    local out="" item
    for item in "$@"; do out+=${out:+, }$item; done
    echo "$out"
}
human_size() {
    awk -v b="$(stat -c %s "$1")" 'BEGIN { if (b >= 1048576) printf "%.1f MiB", b / 1048576; else printf "%.0f KiB", b / 1024 }'
}
summary() {
    echo
    if ((${#failed[@]})); then
        echo "run-tests: FAILED ($(join "${failed[@]}")): $(join "${notes[@]}" "$(elapsed)")"
    else
        echo "run-tests: PASSED: $(join "${notes[@]}" "$(elapsed)")"
    fi
}

# If ctest is interrupted, its cleanup fixture may not run: stop the throwaway PostgreSQL cluster.
stop_test_clusters() {
    local dir port
    for dir in build-ci build-asan; do
        [[ -d $dir/tests/support/pgcluster ]] || continue
        port=$(sed -n 's/^LP_PG_PORT:[A-Z]*=//p' "$dir/CMakeCache.txt" 2>/dev/null)
        bash tests/support/pg-cluster.sh stop "$dir/tests/support/pgcluster" "${port:-55432}" >/dev/null 2>&1 || true
    done
}
trap stop_test_clusters EXIT

# Runs ctest in a build directory; records the outcome under NAME.
run_ctest() {
    local name=$1 dir=$2 log status=0
    log=$dir/ctest.log
    ctest --test-dir "$dir" --output-on-failure -j2 2>&1 | tee "$log" || status=$?
    local line
    line=$(grep -E 'tests passed, [0-9]+ tests? failed out of [0-9]+' "$log" | tail -n 1 || true)
    if ((status != 0)) || [[ -z $line ]]; then
        failed+=("$name")
        notes+=("$name: ${line:-ctest failed (status $status)}")
    else
        notes+=("$name: $(sed -E 's/.*out of ([0-9]+).*/\1/' <<<"$line") passed")
    fi
}

step "dependencies"
bash scripts/install-deps.sh

step "API contract (openapi.yaml)"
if python3 tools/lint-openapi.py --self-test openapi.yaml; then
    notes+=("openapi OK")
else
    failed+=(openapi)
fi

step "configure $build (preset ci: Ninja, RelWithDebInfo, LP_WERROR=ON)"
if ! cmake --preset ci; then
    failed+=(configure)
    summary
    exit 1
fi

step "build ($jobs jobs)"
if ! cmake --build "$build" -j "$jobs"; then
    failed+=(build)
    summary
    exit 1
fi

step "tests"
run_ctest tests "$build"

step "package (.deb)"
rm -rf "$build/package"
if cpack --config "$build/CPackConfig.cmake" -G DEB -B "$build/package"; then
    deb=$(find "$build/package" -maxdepth 1 -name '*.deb' | head -n 1)
    if [[ -n $deb ]] && bash tests/packaging/check-deb.sh "$deb"; then
        notes+=("$(basename "$deb") $(human_size "$deb")")
    else
        failed+=(package)
    fi
else
    failed+=(package)
fi

if [[ ${LP_SANITIZE_TESTS:-1} == 1 ]]; then
    step "ASan + UBSan build (preset asan)"
    if cmake --preset asan && cmake --build build-asan -j "$jobs"; then
        step "ASan + UBSan tests"
        # Leak reports from system libraries (fontconfig, D-Bus, GLib) are not ours: scripts/lsan.supp.
        export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:strict_string_checks=1}
        export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
        export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$PWD/scripts/lsan.supp:print_suppressions=0}
        run_ctest asan build-asan
    else
        failed+=(asan-build)
    fi
fi

summary
((${#failed[@]} == 0))
