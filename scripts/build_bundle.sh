#!/usr/bin/env bash
# Build the one-folder PyInstaller bundle: scripts/build_bundle.sh  (or: make bundle)
#
# 1. the wheel (scripts/build_dist.sh), so the bundle holds exactly what the wheel ships;
# 2. a build venv, build/bundle-venv, apart from .venv so the app's venv stays small:
#    PyInstaller and its helpers from packaging/requirements-bundle.lock, the app's
#    runtime packages pinned by requirements.lock, and the wheel. A stamp skips the
#    package installs while the two lock files and the interpreter are unchanged;
# 3. PyInstaller with packaging/cramp-timer.spec -> dist/cramp-timer/cramp-timer
#    (work files in build/pyinstaller). Prints the bundle's size and the build time.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
start=$SECONDS

wheel="$(scripts/build_dist.sh | tail -n 1)"

PYTHON="${PYTHON:-python3}"
BVENV=build/bundle-venv
STAMP="$BVENV/.cramp-bundle-stamp"
want="$(cat requirements.lock packaging/requirements-bundle.lock | sha256sum | cut -d' ' -f1) $("$PYTHON" -c 'import sys; print(sys.version)' | head -n 1)"
pip_opts=(--no-input --quiet --progress-bar off)
if [[ ! -x "$BVENV/bin/python" || ! -f "$STAMP" || "$(<"$STAMP")" != "$want" ]]; then
    echo "build_bundle: making $BVENV"
    rm -rf "$BVENV"
    "$PYTHON" -m venv "$BVENV"
    "$BVENV/bin/python" -m pip install "${pip_opts[@]}" -r packaging/requirements-bundle.lock \
        -r requirements.lock  # hash-checked; the app itself comes from the wheel below
    echo "$want" >"$STAMP"
fi
# the app itself, fresh from this wheel every time (its dependencies are in place)
"$BVENV/bin/python" -m pip install "${pip_opts[@]}" --force-reinstall --no-deps "$wheel"
"$BVENV/bin/python" -m pip check >/dev/null || { "$BVENV/bin/python" -m pip check >&2; exit 1; }

echo "build_bundle: running PyInstaller"
pyi_log=build/pyinstaller.log
mkdir -p build
if ! "$BVENV/bin/pyinstaller" --noconfirm --clean --log-level WARN --distpath dist \
    --workpath build/pyinstaller packaging/cramp-timer.spec >"$pyi_log" 2>&1; then
    tail -n 40 "$pyi_log" >&2
    echo "build_bundle: PyInstaller failed (full log: $pyi_log)" >&2
    exit 1
fi
grep -F "cramp-timer.spec:" "$pyi_log" | cut -c1-200 || true
exe=dist/cramp-timer/cramp-timer
[[ -x "$exe" ]] || { echo "build_bundle: $exe was not made" >&2; exit 1; }
echo "build_bundle: $exe ready: $(du -sh dist/cramp-timer | cut -f1) in $(find dist/cramp-timer -type f | wc -l) files, built in $((SECONDS - start)) s"
