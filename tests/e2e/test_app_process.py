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

from cramp_timer.storage.diary import CrampOutcome, Diary
from cramp_timer.ui.preload import HISTORY_MODULES
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
    env["PYTHONFAULTHANDLER"] = "1"  # a crash prints where it happened
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


def start_now(display: str, home: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen([sys.executable, "-m", "cramp_timer", "--now"],
                            env=app_env(display, home), stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT)


def output(proc: subprocess.Popen[bytes]) -> str:
    """What an app that ended early printed, for the failure message."""
    text = proc.stdout.read().decode(errors="replace") if proc.stdout else ""
    return f"exit {proc.returncode}: {text or '(printed nothing)'}"


def end(proc: subprocess.Popen[bytes]) -> None:
    proc.send_signal(signal.SIGTERM)
    try:
        proc.wait(timeout=15)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
    if proc.stdout:
        proc.stdout.close()


def test_cramp_timer_now_opens_the_window_and_runs_a_session(display: str,
                                                             tmp_path: Path) -> None:
    home = tmp_path / "home"
    log = home / "state" / "cramp-timer" / "cramp-timer.log"
    proc = start_now(display, home)
    try:
        wait_for(lambda: window_ids(display, "Cramp Timer") or proc.poll() is not None,
                 "the window")
        assert proc.poll() is None, output(proc)
        wait_for(lambda: log.exists() and "cue position:" in log.read_text(), "the first cue")
        assert (home / "config" / "cramp-timer").is_dir()
        assert log.stat().st_mode & 0o777 == 0o600
        # a few seconds after start-up, the History view's modules are imported
        wait_for(lambda: f"preloaded {len(HISTORY_MODULES)} modules" in log.read_text(),
                 "the preload")
        # SIGTERM (a log-out, a shutdown) goes through the normal, tidy shutdown
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=15) == 0
    finally:
        end(proc)
    with Diary.open(home / "data" / "cramp-timer" / "diary.sqlite3") as diary:
        (entry,) = diary.cramps()
    assert (entry.variant, entry.hold_seconds) == ("seated", 45)  # the defaults' stretch
    assert entry.outcome is CrampOutcome.STOPPED  # the tidy shutdown finished it


def test_a_killed_app_leaves_an_unfinished_diary_row_and_starts_again(
        display: str, tmp_path: Path) -> None:
    home = tmp_path / "home"
    log = home / "state" / "cramp-timer" / "cramp-timer.log"
    diary_file = home / "data" / "cramp-timer" / "diary.sqlite3"
    proc = start_now(display, home)
    try:
        wait_for(lambda: log.exists() and "cue position:" in log.read_text(), "the first cue")
        proc.send_signal(signal.SIGKILL)  # a crash, or the power going
        assert proc.wait(timeout=15) == -signal.SIGKILL
    finally:
        end(proc)
    log.write_text("")
    again = start_now(display, home)  # restart on the same files
    try:
        wait_for(lambda: "cue position:" in log.read_text() or again.poll() is not None,
                 "the second start's first cue")
        assert again.poll() is None, output(again)
    finally:
        end(again)
    with Diary.open(diary_file) as diary:
        entries = sorted(diary.cramps(), key=lambda entry: entry.id)
    assert len(entries) == 2
    killed, second = entries
    assert killed.unfinished and killed.outcome is None
    assert not second.unfinished and second.outcome is CrampOutcome.STOPPED


def test_tray_without_a_tray_host_opens_the_window_instead(display: str,
                                                           tmp_path: Path) -> None:
    home = tmp_path / "home"
    proc = subprocess.Popen([sys.executable, "-m", "cramp_timer", "--tray"],
                            env=app_env(display, home), stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT)
    try:
        # Xvfb has no tray host: hiding would leave the person with nothing to click
        wait_for(lambda: window_ids(display, "Cramp Timer") or proc.poll() is not None,
                 "the window")
        assert proc.poll() is None, output(proc)
    finally:
        end(proc)
