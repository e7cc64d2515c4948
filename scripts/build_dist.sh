#!/usr/bin/env bash
# Build the wheel and the source archive into dist/: scripts/build_dist.sh
#
# Uses the pinned setuptools and wheel already in .venv (requirements.lock), without build
# isolation, so nothing is downloaded and no extra build tool is needed:
#   wheel:  pip wheel --no-deps --no-build-isolation .
#   sdist:  setuptools' own PEP 517 hook (setuptools.build_meta.build_sdist)
# Prints the path of the wheel on its last line.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

scripts/setup.sh >&2
PY=.venv/bin/python
version="$("$PY" -c 'import cramp_timer; print(cramp_timer.__version__)')"
mkdir -p dist
rm -f "dist/cramp_timer-$version-"*.whl "dist/cramp_timer-$version.tar.gz"
# setuptools leaves build/lib and an egg-info behind; old copies must not leak into the wheel
rm -rf build/lib build/bdist.* cramp_timer.egg-info
log="$(mktemp -t cramp-dist.XXXXXX.log)"
trap 'rm -f "$log"' EXIT
if ! { "$PY" -m pip wheel --no-input --no-deps --no-build-isolation --wheel-dir dist . &&
    "$PY" -c 'import sys; from setuptools import build_meta; build_meta.build_sdist(sys.argv[1])' \
        "$ROOT/dist"; } >"$log" 2>&1; then
    tail -n 40 "$log" >&2
    echo "build_dist: building the wheel or the sdist failed" >&2
    exit 1
fi
rm -rf cramp_timer.egg-info
wheel="dist/cramp_timer-$version-py3-none-any.whl"
[[ -f "$wheel" && -f "dist/cramp_timer-$version.tar.gz" ]] || { echo "build_dist: no wheel or sdist was made" >&2; exit 1; }
echo "$wheel"
