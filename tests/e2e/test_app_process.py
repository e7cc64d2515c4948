"""The real app as a real process on a virtual X screen: `cramp-timer --now`."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from e2e.xvfb import Xvfb

pytestmark = pytest.mark.e2e


@pytest.fixture
def display() -> Iterator[str]:
    with Xvfb() as name:
        yield name


def app_env(display: str, home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("XDG_", "QT_"))}
    env["DISPLAY"] = display
    env["QT_QPA_PLATFORM"] = "xcb"
    for name in ("CONFIG", "DATA", "CACHE", "STATE"):
        env[f"XDG_{name}_HOME"] = str(home / name.lower())
    return env


def wait_for(condition: object, what: str, timeout: float = 30.0) -> None:
    """Poll a real process's progress (bounded); this is waiting for a start, not timing."""
    assert callable(condition)
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.05)


def window_ids(display: str, title: str) -> list[str]:
    result = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", f"^{title}$"],
                            env={**os.environ, "DISPLAY": display}, capture_output=True,
                            text=True, check=False)
    return result.stdout.split()


def test_cramp_timer_now_opens_the_window_and_runs_a_session(display: str,
                                                             tmp_path: Path) -> None:
    home = tmp_path / "home"
    log = home / "state" / "cramp-timer" / "cramp-timer.log"
    proc = subprocess.Popen([sys.executable, "-m", "cramp_timer", "--now"],
                            env=app_env(display, home), stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT)
    try:
        wait_for(lambda: window_ids(display, "Cramp Timer") or proc.poll() is not None,
                 "the window")
        assert proc.poll() is None, proc.stdout.read() if proc.stdout else ""
        wait_for(lambda: log.exists() and "cue position:" in log.read_text(), "the first cue")
        text = log.read_text()
        assert "session started: seated, hold 45 s" in text
        assert "phase idle -> running (start)" in text
        assert (home / "config" / "cramp-timer").is_dir()
        # SIGTERM (a log-out, a shutdown) goes through the normal, tidy shutdown
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=15) == 0
        assert "asked to quit by a signal" in log.read_text()
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        if proc.stdout:
            proc.stdout.close()
