#!/usr/bin/env bash
# Check what Cramp Timer ships: scripts/ci_package.sh  (or: make package-check)
#
#   1. wheel + sdist (scripts/build_dist.sh)
#   2. the wheel in a brand-new venv (no system site packages, runtime pins only):
#      cramp-timer --version, --self-check (offscreen), --install/--uninstall-desktop-entry
#   3. the PyInstaller bundle (scripts/build_bundle.sh) and a smoke run of it:
#      --version, --self-check, a --now session to its first paint (offscreen, and on
#      Xvfb when it is installed), and its desktop entry installed and validated
#   4. the .deb (scripts/build_deb.sh) from that bundle: lintian without errors; installed
#      with dpkg --root into a throwaway root: --version, --self-check, an offscreen --now
#      from its /usr/bin, then purged, leaving no file
#   5. desktop-file-validate and appstreamcli validate --no-net on packaging/
# Every run gets private XDG folders; nothing touches the real home. Prints the time of
# each step and exits non-zero at the first failure.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
start=$SECONDS
step_start=$SECONDS

step() {
    if ((step_start != start || SECONDS > start)); then
        echo "ci_package:   ... $((SECONDS - step_start)) s"
    fi
    step_start=$SECONDS
    echo "ci_package: == $*"
}
fail() { echo "ci_package: FAILED: $*" >&2; exit 1; }

scratch="$(mktemp -d -t cramp-package.XXXXXX)"
trap 'rm -rf "$scratch"' EXIT

# A clean environment for the app: private XDG folders, no Qt or speech overrides.
app_env() { # app_env NAME -> prints env assignments for `env -i`
    local home="$scratch/$1"
    mkdir -p "$home"
    printf '%s\n' "HOME=$home" "PATH=/usr/local/bin:/usr/bin:/bin" "LANG=C.UTF-8" \
        "XDG_CONFIG_HOME=$home/config" "XDG_DATA_HOME=$home/data" \
        "XDG_CACHE_HOME=$home/cache" "XDG_STATE_HOME=$home/state"
}
run_in() { # run_in NAME [VAR=value ...] -- command ...
    local name="$1"; shift
    local -a extra=()
    while [[ "$1" != "--" ]]; do extra+=("$1"); shift; done
    shift
    mapfile -t base < <(app_env "$name")
    timeout 120 env -i "${base[@]}" "${extra[@]}" "$@"
}

expect_self_check_ok() { # expect_self_check_ok NAME PROGRAM...
    local name="$1"; shift
    local out rc=0
    out="$(run_in "$name" QT_QPA_PLATFORM=offscreen -- "$@" --self-check)" || rc=$?
    echo "$out" | sed 's/^/    /'
    ((rc == 0)) || fail "$* --self-check exited $rc"
    grep -q '^ok    Speech: ' <<<"$out" || echo "ci_package: note: no voice here (see the Speech line)"
    # every form ships the natural voice: a Piper that cannot load is a broken package
    if grep -q '^warn  Speech: The natural voice is off' <<<"$out"; then
        fail "$* --self-check: the natural voice does not load from this install"
    fi
    grep -q '^Cramp Timer can do its job' <<<"$out" || fail "$* --self-check gave no verdict"
}

step "wheel and sdist"
wheel="$(scripts/build_dist.sh | tail -n 1)"
echo "    $wheel ($(du -h "$wheel" | cut -f1)), dist/$(basename "$wheel" -py3-none-any.whl).tar.gz"

step "the wheel in a fresh venv"
venv="$scratch/venv"
"${PYTHON:-python3}" -m venv "$venv"
# as README's "Installing elsewhere" says: the pinned, hash-checked packages, then the wheel
"$venv/bin/python" -m pip install --no-input --quiet --progress-bar off -r requirements.lock \
    2> >(grep -v "is ignored: it is neither a file nor a directory" >&2)
"$venv/bin/python" -m pip install --no-input --quiet --progress-bar off --no-deps "$wheel"
"$venv/bin/python" -m pip check >/dev/null || fail "pip check: $("$venv/bin/python" -m pip check)"
version="$(run_in wheel -- "$venv/bin/cramp-timer" --version)"
[[ "$version" == "cramp-timer $(.venv/bin/python -c 'import cramp_timer; print(cramp_timer.__version__)')" ]] ||
    fail "the installed wheel says '$version'"
echo "    $version"
expect_self_check_ok wheel "$venv/bin/cramp-timer"
run_in wheel -- "$venv/bin/cramp-timer" --install-desktop-entry >/dev/null
entry="$scratch/wheel/data/applications/io.github.cramptimer.CrampTimer.desktop"
grep -qx "Exec=$venv/bin/cramp-timer" "$entry" || fail "the installed entry does not start $venv/bin/cramp-timer"
run_in wheel -- "$venv/bin/cramp-timer" --uninstall-desktop-entry >/dev/null
[[ -z "$(find "$scratch/wheel/data" -type f)" ]] || fail "--uninstall-desktop-entry left files behind"

step "the PyInstaller bundle"
scripts/build_bundle.sh
bundle="$ROOT/dist/cramp-timer/cramp-timer"

step "smoke run of the bundle"
[[ "$(run_in bundle -- "$bundle" --version)" == "$version" ]] || fail "the bundle's --version"
expect_self_check_ok bundle "$bundle"
first_paint() { # first_paint NAME [VAR=value ...]: a --now session up to its first paint
    local name="$1"; shift
    local out
    out="$(run_in "$name" CRAMP_TIMER_QUIT_AFTER_FIRST_PAINT=1 "$@" -- "$bundle" --now 2>&1)" ||
        fail "the bundle's --now session failed: $out"
    grep -q '^first-paint ' <<<"$out" || fail "the bundle's window never painted: $out"
    grep -q 'phase idle -> running (start)' "$scratch/$name/state/cramp-timer/cramp-timer.log" ||
        fail "the bundle's --now session did not start a stretch"
}
first_paint bundle-offscreen QT_QPA_PLATFORM=offscreen
echo "    --now painted its window (offscreen)"
if command -v xvfb-run >/dev/null; then
    mapfile -t base < <(app_env bundle-xcb)
    out="$(timeout 120 env -i "${base[@]}" CRAMP_TIMER_QUIT_AFTER_FIRST_PAINT=1 \
        xvfb-run -a -s "-screen 0 1280x800x24" "$bundle" --now 2>&1)" ||
        fail "the bundle's --now session on Xvfb failed: $out"
    grep -q '^first-paint ' <<<"$out" || fail "the bundle's window never painted on Xvfb: $out"
    echo "    --now painted its window (xcb on Xvfb)"
else
    echo "    (xvfb-run is missing: the X11 run is left out; scripts/setup.sh --tests installs it)"
fi
run_in bundle -- "$bundle" --install-desktop-entry >/dev/null
bundle_entry="$scratch/bundle/data/applications/io.github.cramptimer.CrampTimer.desktop"
grep -qx "Exec=$bundle" "$bundle_entry" || fail "the bundle's entry does not start $bundle"

step "the .deb (from that bundle), lintian, installed into a throwaway root"
deb="$(SKIP_BUNDLE=1 scripts/build_deb.sh | tail -n 1)"
echo "    $deb ($(du -h "$deb" | cut -f1))"
command -v lintian >/dev/null || fail "lintian is missing (scripts/setup.sh --tests)"
lint_rc=0
lint="$(lintian --fail-on error --suppress-tags shared-library-lacks-prerequisites "$deb" 2>&1)" ||
    lint_rc=$?
grep -v '^running with root privileges' <<<"$lint" | sed 's/^/    lintian: /' || true
((lint_rc == 0)) || fail "lintian reports errors in $deb"
droot="$scratch/deb-root"
mkdir -p "$droot/var/lib/dpkg/info" "$droot/var/lib/dpkg/updates" "$droot/var/lib/dpkg/triggers"
touch "$droot/var/lib/dpkg/status"
# --force-depends: the throwaway root has no other packages; the host provides the libraries
dpkg --root="$droot" --force-not-root --force-depends -i "$deb" >"$scratch/dpkg.log" 2>&1 ||
    { cat "$scratch/dpkg.log" >&2; fail "dpkg could not install $deb into $droot"; }
for f in usr/bin/cramp-timer usr/share/applications/io.github.cramptimer.CrampTimer.desktop \
    usr/share/metainfo/io.github.cramptimer.CrampTimer.metainfo.xml \
    usr/share/icons/hicolor/scalable/apps/io.github.cramptimer.CrampTimer.svg \
    usr/share/icons/hicolor/48x48/apps/io.github.cramptimer.CrampTimer.png; do
    [[ -e "$droot/$f" ]] || fail "the .deb did not install /$f"
done
installed="$droot/usr/bin/cramp-timer" # the symlink into /usr/lib/cramp-timer, as on PATH
[[ "$(run_in deb -- "$installed" --version)" == "$version" ]] || fail "the .deb's --version"
expect_self_check_ok deb "$installed"
out="$(run_in deb QT_QPA_PLATFORM=offscreen CRAMP_TIMER_QUIT_AFTER_FIRST_PAINT=1 -- \
    "$installed" --now 2>&1)" || fail "the installed --now session failed: $out"
grep -q '^first-paint ' <<<"$out" || fail "the installed app's window never painted: $out"
grep -q 'phase idle -> running (start)' "$scratch/deb/state/cramp-timer/cramp-timer.log" ||
    fail "the installed --now session did not start a stretch"
echo "    installed: --version, --self-check and an offscreen --now ran from $droot/usr/bin"
dpkg --root="$droot" --force-not-root --purge cramp-timer >/dev/null
left="$(find "$droot" -path "$droot/var/lib/dpkg" -prune -o -type f -print)"
[[ -z "$left" ]] || fail "purging the .deb left files behind: $left"
echo "    purged: no file left outside dpkg's own database"

step "desktop entry and metainfo"
validated=0
if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate packaging/io.github.cramptimer.CrampTimer.desktop
    desktop-file-validate "$bundle_entry"
    validated=$((validated + 1))
fi
if command -v appstreamcli >/dev/null; then
    appstreamcli validate --no-net packaging/io.github.cramptimer.CrampTimer.metainfo.xml
    validated=$((validated + 1))
fi
((validated == 2)) || fail "desktop-file-validate or appstreamcli is missing (scripts/setup.sh --tests)"

step "done"
echo "ci_package: OK in $((SECONDS - start)) s: wheel $(du -h "$wheel" | cut -f1)," \
    "bundle $(du -sh dist/cramp-timer | cut -f1), .deb $(du -h "$deb" | cut -f1)"
