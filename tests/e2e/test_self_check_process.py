"""`cramp-timer --self-check` as a real process: offscreen, on an X server with a session
D-Bus and a notification service, and with no display at all."""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from e2e.xvfb import Xvfb

pytestmark = pytest.mark.e2e

NAMES = [
    "Qt platform",
    "System tray",
    "Notifications",
    "Speech",
    "Sound",
    "Chinese font",
    "Settings folder",
    "Diary folder",
    "Cache folder",
    "Log folder",
    "Diary",
]


def clean_env(home: Path, **extra: str) -> dict[str, str]:
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("XDG_", "QT_", "DBUS_", "CRAMP_TIMER_"))
        and k not in ("DISPLAY", "WAYLAND_DISPLAY")
    }
    for name in ("CONFIG", "DATA", "CACHE", "STATE"):
        env[f"XDG_{name}_HOME"] = str(home / name.lower())
    env.update(extra)
    return env


def self_check(env: dict[str, str]) -> tuple[int, list[str]]:
    result = subprocess.run(
        [sys.executable, "-m", "cramp_timer", "--self-check"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.stderr == "" or "Qt" in result.stderr, result.stderr
    return result.returncode, result.stdout.splitlines()


def check_lines(lines: list[str]) -> dict[str, str]:
    """name -> status word; and the shape of every line."""
    assert lines[0] == "Cramp Timer 0.1.0: checking this computer"
    found = {}
    for line in lines[1:-1]:
        if line.startswith("      fix: "):
            continue
        status, rest = line.split("  ", 1)
        assert status in ("ok", "warn", "FAIL"), line
        found[rest.split(":", 1)[0].strip()] = status
    assert list(found) == NAMES
    return found


def test_self_check_offscreen_passes_with_warnings(tmp_path: Path) -> None:
    code, lines = self_check(clean_env(tmp_path, QT_QPA_PLATFORM="offscreen"))
    status = check_lines(lines)
    assert code == 0, "\n".join(lines)
    assert status["Qt platform"] == "warn"  # offscreen: nothing would be visible
    assert status["Speech"] == "ok"
    assert all(status[name] == "ok" for name in NAMES[5:])
    assert lines[-1].startswith("Cramp Timer can do its job (0 failed, ")
    # checking made none of the app's folders (pactl may leave its own runtime link)
    assert not list(tmp_path.glob("*/cramp-timer"))


def test_self_check_without_a_display_fails(tmp_path: Path) -> None:
    code, lines = self_check(clean_env(tmp_path, QT_QPA_PLATFORM="xcb"))
    status = check_lines(lines)
    assert code == 1
    assert status["Qt platform"] == "FAIL"
    assert "no display: DISPLAY and WAYLAND_DISPLAY are not set" in lines[1]
    assert lines[2].startswith("      fix: Start Cramp Timer from inside your desktop session")
    assert lines[-1].startswith("Cramp Timer cannot work yet: fix the FAIL lines (1 failed, ")


@contextlib.contextmanager
def session_bus(root: Path) -> Iterator[str]:
    """A private session D-Bus daemon; yields its address."""
    exe = shutil.which("dbus-daemon")
    if exe is None:
        pytest.skip("needs dbus-daemon (sudo apt install dbus-daemon, or scripts/setup.sh --tests)")
    socket = root / "bus"
    proc = subprocess.Popen(
        [
            exe,
            "--session",
            "--nofork",
            "--nopidfile",
            f"--address=unix:path={socket}",
            "--print-address=1",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        start_new_session=True,
    )
    try:
        assert proc.stdout is not None
        address = proc.stdout.readline().strip()  # printed once the bus is listening
        assert address.startswith("unix:"), address
        yield address
    finally:
        proc.terminate()
        proc.wait(timeout=10)
        if proc.stdout:
            proc.stdout.close()


OWN_NOTIFICATIONS = """
import sys
from PySide6.QtCore import QCoreApplication
from PySide6.QtDBus import QDBusConnection
app = QCoreApplication([])
if not QDBusConnection.sessionBus().registerService("org.freedesktop.Notifications"):
    sys.exit(3)
print("owned", flush=True)
app.exec()
"""


@contextlib.contextmanager
def notification_service(env: dict[str, str]) -> Iterator[None]:
    """A process that owns org.freedesktop.Notifications on the session bus."""
    proc = subprocess.Popen(
        [sys.executable, "-c", OWN_NOTIFICATIONS],
        env={**env, "QT_QPA_PLATFORM": "offscreen"},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline().strip()  # waits for the name to be taken (bounded
        assert line == "owned", proc.stderr.read() if proc.stderr else ""  # by the bus)
        yield
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=10)
        for stream in (proc.stdout, proc.stderr):
            if stream:
                stream.close()


def test_self_check_on_x11_with_notifications(tmp_path: Path) -> None:
    with Xvfb() as display, session_bus(tmp_path) as bus:
        env = clean_env(tmp_path, DISPLAY=display, DBUS_SESSION_BUS_ADDRESS=bus)
        code, lines = self_check(env)
        status = check_lines(lines)
        assert status["Notifications"] == "warn"
        assert "no notification service on the session D-Bus" in "\n".join(lines)
        with notification_service(env):
            code, lines = self_check(env)
            status = check_lines(lines)
    assert code == 0, "\n".join(lines)
    assert status["Qt platform"] == "ok"
    assert lines[1].startswith("ok    Qt platform: xcb (Qt 6.")
    assert status["Notifications"] == "ok"
    assert "ok    Notifications: a notification service answers on the session D-Bus" in lines
