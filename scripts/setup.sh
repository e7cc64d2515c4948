#!/usr/bin/env bash
# Set up everything Cramp Timer needs on a Debian 12 / Ubuntu machine.
#
#   scripts/setup.sh           what running the app needs
#   scripts/setup.sh --tests   ... plus what the tests need (Xvfb, xdotool, sox, PulseAudio,
#                              desktop-file-utils, appstream, dbus-daemon, poppler)
#
# 1. System packages (apt). Checked with dpkg-query; only when some are missing does it
#    run `apt-get update` and `apt-get install`. As root it installs them; otherwise it
#    prints the exact `sudo apt-get install ...` line and exits 1.
# 2. Python: .venv in the repo root, the pinned packages of requirements.lock (the app and
#    its build tools; with --tests also requirements-tests.lock), each download checked
#    against the hashes there, then this project installed editable (--no-deps).
#    A stamp file in .venv records what was installed; while the lock files,
#    pyproject.toml and the interpreter are unchanged, nothing is reinstalled.
#
# Idempotent; a run with nothing to do takes well under a second.
# The machine's pip configuration (indexes, find-links, constraints) is used as it is.
# Environment: PYTHON=/path/to/python3 picks the interpreter for a new .venv.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

# --- system packages ---------------------------------------------------------------
# What running the app needs.
APP_PKGS=(
    # Qt itself (also the offscreen platform used by the Qt tests)
    libglib2.0-0 libgl1 libegl1 libxkbcommon0 libfreetype6 libfontconfig1 libdbus-1-3
    # Qt's xcb platform plugin (a real X11 window): the NEEDED entries of libqxcb.so and
    # libQt6XcbQpa.so.6 in PySide6 6.12. libxcb-xinerama0 is not needed by Qt 6.
    libx11-xcb1 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0
    libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 libxcb-render0 libxcb-shape0
    libxcb-shm0 libxcb-sync1 libxcb-util1 libxcb-xfixes0 libxcb-xkb1
    # fonts: without any, Qt draws no text; the second draws Chinese (5 MB, not 80 like Noto CJK);
    # fontconfig's fc-list lets --self-check see whether a font draws Chinese
    fonts-dejavu-core fonts-wqy-microhei fontconfig
    # sound: libQt6Multimedia links libpulse; its FFmpeg plugin links libXrandr and libXext
    libpulse0 libxrandr2 libxext6
    # speech: pyttsx3's espeak driver loads libespeak-ng and plays through aplay
    libespeak-ng1 espeak-ng alsa-utils
    # the bedtime reminder as a desktop notification with buttons (notify-send --action)
    libnotify-bin
)
# What the tests need on top.
TEST_PKGS=(
    xvfb xauth x11-utils xdotool          # a real X server, xwininfo, input to real windows
    sox                                   # measure and convert recorded speech
    pulseaudio pulseaudio-utils libasound2-plugins   # a null sound sink for engine tests
    desktop-file-utils appstream          # validate the desktop entry and the metainfo
    dbus-daemon                           # a private session bus (keep-awake, self-check)
    python3-gi gir1.2-glib-2.0            # the fake notification server (GDBus) for notifier tests
    poppler-utils                         # pdftotext, pdftoppm: read back the PDF summary
    at-spi2-core python3-pyatspi          # read the window as a screen reader does (AT-SPI)
    lintian patchelf                      # make deb: check the package, drop build paths
    make                                  # the Makefile shortcuts (each is a script too)
)

usage() {
    sed -n '2,18p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
}

with_tests=0
for arg in "$@"; do
    case "$arg" in
        --tests) with_tests=1 ;;
        --print-app-packages) printf '%s\n' "${APP_PKGS[@]}"; exit 0 ;; # the .deb's Depends
        -h | --help) usage; exit 0 ;;
        *) echo "setup.sh: unknown argument '$arg' (try --help)" >&2; exit 2 ;;
    esac
done

say() { printf 'setup: %s\n' "$*"; }
die() { printf 'setup: ERROR: %s\n' "$*" >&2; exit 1; }

PYTHON="${PYTHON:-python3}"
VENV="$ROOT/.venv"
STAMP="$VENV/.cramp-setup-stamp"
STAMP_VERSION=2 # bump when this script installs differently, so every .venv is re-synced

venv_ok() {
    [[ -f "$VENV/pyvenv.cfg" && -x "$VENV/bin/python" ]] && "$VENV/bin/python" -c '' 2>/dev/null
}

wanted=("${APP_PKGS[@]}")
((with_tests)) && wanted+=("${TEST_PKGS[@]}")

# A Debian/Ubuntu python3 can only make a venv with python3-venv (it holds ensurepip).
if ! venv_ok; then
    if ! command -v "$PYTHON" >/dev/null; then
        # a minimal Debian has no Python at all: it comes with the system packages below
        [[ "$PYTHON" == python3 ]] && command -v dpkg-query >/dev/null ||
            die "'$PYTHON' not found; install Python 3.10 or newer (apt-get install python3 python3-venv)"
        wanted+=(python3 python3-venv)
    elif ! "$PYTHON" -c 'import ensurepip, venv' 2>/dev/null; then
        wanted+=(python3-venv)
    fi
fi

apt_missing() {
    # Prints the wanted packages that are not installed. Ubuntu 24.04 and Debian 13
    # renamed some libraries with a t64 suffix (libglib2.0-0t64); either name counts.
    local -A have=()
    local name status
    while read -r name status; do
        [[ "$status" == installed ]] && have[$name]=1
    done < <(dpkg-query -W -f='${Package} ${db:Status-Status}\n' "$@" "${@/%/t64}" 2>/dev/null || true)
    local p
    for p in "$@"; do
        [[ -n "${have[$p]:-}" || -n "${have[${p}t64]:-}" ]] || printf '%s\n' "$p"
    done
}

if ! command -v dpkg-query >/dev/null; then
    say "not a Debian/Ubuntu system: make sure the equivalents of these are installed:"
    say "  ${wanted[*]}"
else
    mapfile -t missing < <(apt_missing "${wanted[@]}")
    if ((${#missing[@]})); then
        if ((EUID != 0)); then
            {
                echo "setup: these system packages are missing: ${missing[*]}"
                echo "setup: install them (needs root), then run this again:"
                echo
                echo "    sudo apt-get update && sudo apt-get install -y --no-install-recommends ${missing[*]}"
                echo
                echo "setup: or, without sudo (a minimal Debian has none), as root:"
                echo
                echo "    su -c 'apt-get update && apt-get install -y --no-install-recommends ${missing[*]}'"
                echo
            } >&2
            exit 1
        fi
        say "installing ${#missing[@]} system packages: ${missing[*]}"
        apt_log="$(mktemp -t cramp-apt.XXXXXX.log)"
        export DEBIAN_FRONTEND=noninteractive
        apt_opts=(-q -o Acquire::Retries=3 -o Dpkg::Use-Pty=0)
        if ! { apt-get "${apt_opts[@]}" update &&
            apt-get "${apt_opts[@]}" install -y --no-install-recommends "${missing[@]}"; } \
            >"$apt_log" 2>&1 </dev/null; then
            tail -n 40 "$apt_log" >&2
            die "apt-get failed (full log: $apt_log)"
        fi
        rm -f "$apt_log"
        mapfile -t still < <(apt_missing "${missing[@]}")
        ((${#still[@]} == 0)) || die "still missing after apt-get install: ${still[*]}"
        command -v "$PYTHON" >/dev/null || die "'$PYTHON' is still not found after apt-get install"
    fi
fi

# --- Python environment --------------------------------------------------------------
# What the stamp records: the inputs that decide what is installed in .venv.
stamp_value() {
    {
        echo "v=$STAMP_VERSION root=$ROOT"
        grep -E '^(version|version_info|home|executable) *=' "$VENV/pyvenv.cfg" 2>/dev/null || true
        cat requirements.lock requirements-tests.lock pyproject.toml
    } | sha256sum | cut -d' ' -f1
}
want_stamp="$(stamp_value)"

# The stamp is "<inputs> <level>": level 1 has the test tools too, and serves either use.
stamped_level() {
    local hash level
    [[ -f "$STAMP" ]] && read -r hash level <"$STAMP" && [[ "$hash" == "$want_stamp" ]] &&
        echo "${level:-0}"
}
# The translations the app loads (assets/translations/*.qm, not committed) are compiled
# from their .ts sources whenever one is missing or older than its source.
translations() {
    local ts
    for ts in assets/translations/*.ts; do
        [[ -e "$ts" && ! "${ts%.ts}.qm" -nt "$ts" ]] || continue
        say "compiling the translations (assets/translations/*.qm)"
        "$VENV/bin/python" scripts/translations.py build >/dev/null ||
            die "could not compile the translations"
        return
    done
}

have_level="$(stamped_level || true)"
if venv_ok && [[ -n "$have_level" ]] && ((have_level >= with_tests)) && [[ -x "$VENV/bin/cramp-timer" ]]; then
    translations
    exit 0 # everything is in place
fi

quiet=(-q) # re-syncing an existing .venv: only changes and errors are worth printing
if ! venv_ok; then
    quiet=()
    if [[ -e "$VENV" ]]; then
        say "removing the broken virtual environment $VENV"
        [[ -f "$VENV/pyvenv.cfg" || ! -e "$VENV/bin" ]] || die "$VENV does not look like a venv; remove it by hand"
        rm -rf "$VENV"
    fi
    "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 10))' ||
        die "$("$PYTHON" --version 2>&1) is too old; Cramp Timer needs Python 3.10 or newer"
    say "creating $VENV with $("$PYTHON" --version 2>&1)"
    "$PYTHON" -m venv "$VENV"
fi
rm -f "$STAMP"

VPY="$VENV/bin/python"
pip_opts=(--no-input)
if [[ -n "${CI:-}" || ! -t 1 ]]; then
    pip_opts+=(--progress-bar off)
fi

# The app's pins (its build tools among them, so that the editable install below needs no
# build isolation and no network); the test tools (pytest, ruff, mypy, ...) come only
# with --tests (./test.sh). The hashes in them make pip check every file it installs.
locks=(-r requirements.lock)
((with_tests)) && locks+=(-r requirements-tests.lock)
if ((${#quiet[@]})); then
    say "updating $VENV from requirements.lock"
else
    # measured wheel sizes (2026-12): PySide6-Essentials 80 MB with the small rest of the
    # app's pins, the natural voice (Piper, its voice, onnxruntime, NumPy) 138 MB, the test tools 30 MB
    size=81
    grep -qi '^piper-tts==' requirements.lock && size=$((size + 138))
    ((with_tests)) && size=$((size + 30))
    say "installing Python packages from requirements.lock (the first time downloads about $size MB)"
fi
"$VPY" -m pip install "${pip_opts[@]}" "${quiet[@]}" "${locks[@]}"

say "installing cramp-timer itself (editable)"
"$VPY" -m pip install "${pip_opts[@]}" -q --no-deps --no-build-isolation -e .

# Bytecode now, so that no start-up pays for compiling (some shells set
# PYTHONDONTWRITEBYTECODE, and then Python would compile every module at every start).
"$VPY" -m compileall -q cramp_timer >/dev/null

"$VPY" -m pip check >/dev/null || { "$VPY" -m pip check >&2; die "pip check found inconsistent packages in $VENV"; }

translations

# Recomputed: pyvenv.cfg may not have existed when want_stamp was computed.
echo "$(stamp_value) $with_tests" >"$STAMP"
say "ready: $VENV ($("$VPY" --version 2>&1))"
