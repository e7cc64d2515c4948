#!/usr/bin/env bash
# Run Cramp Timer from this checkout: ./run.sh [cramp-timer arguments, e.g. --now]
# Sets up what is missing first (scripts/setup.sh), then starts the app.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

needs_display=1
case "${1:-}" in -h | --help | --version) needs_display=0 ;; esac
[[ -n "${QT_QPA_PLATFORM:-}" ]] && needs_display=0 # the caller chose a Qt platform

if ((needs_display)) && [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" ]]; then
    echo "run.sh: Cramp Timer needs a desktop session (neither DISPLAY nor WAYLAND_DISPLAY is set);" \
        "to try it without one: scripts/setup.sh --tests && xvfb-run -a ./run.sh" >&2
    exit 1
fi

scripts/setup.sh
exec .venv/bin/cramp-timer "$@"
