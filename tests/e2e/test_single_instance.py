"""One Cramp Timer at a time, with real processes on a virtual X screen."""

from __future__ import annotations

import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from cramp_timer.desktop import single_instance
from e2e.test_app_process import app_env, display, end, wait_for, window_ids

pytestmark = [pytest.mark.e2e,
              pytest.mark.skipif(sys.platform == "win32", reason="Unix sockets")]

__all__ = ["display"]  # the fixture, shared with test_app_process


def launch(display: str, home: Path, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", "cramp_timer", *args],
                            env=app_env(display, home), stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True)


def again(display: str, home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """A second launch, to its end (bounded)."""
    return subprocess.run([sys.executable, "-m", "cramp_timer", *args],
                          env=app_env(display, home), capture_output=True, text=True,
                          timeout=60, check=False)


def log_of(home: Path) -> Path:
    return home / "state" / "cramp-timer" / "cramp-timer.log"


def text(path: Path) -> str:
    return path.read_text() if path.exists() else ""


def started(proc: subprocess.Popen[str], home: Path) -> None:
    """Wait until the app runs and is built (it then answers other launches at once)."""
    wait_for(lambda: "Cramp Timer 0.1.0 starting" in text(log_of(home))
             or proc.poll() is not None, "the app")
    assert proc.poll() is None, proc.stdout.read() if proc.stdout else ""


@pytest.fixture
def running(display: str, tmp_path: Path) -> Iterator[tuple[subprocess.Popen[str], Path]]:
    home = tmp_path / "home"
    proc = launch(display, home)
    try:
        started(proc, home)
        yield proc, home
    finally:
        end(proc)


def test_now_is_handed_to_the_running_app(display: str,
                                          running: tuple[subprocess.Popen[str], Path]) -> None:
    proc, home = running
    result = again(display, home, "--now")
    assert result.returncode == 0, result.stderr
    assert result.stdout == result.stderr == ""
    wait_for(lambda: "session started: seated" in text(log_of(home)), "the session")
    log = text(log_of(home))
    assert "request from another launch: now" in log
    assert log.index("request from another launch: now") < log.index("session started")
    assert proc.poll() is None
    assert len(window_ids(display, "Cramp Timer")) == 1


def test_a_second_launch_raises_the_window_and_leaves(
        display: str, running: tuple[subprocess.Popen[str], Path]) -> None:
    proc, home = running
    result = again(display, home)
    assert result.returncode == 0, result.stderr
    wait_for(lambda: "window raised for another launch" in text(log_of(home)), "the raise")
    assert "session started" not in text(log_of(home))
    assert text(log_of(home)).count("Cramp Timer 0.1.0 starting") == 1
    assert proc.poll() is None
    assert len(window_ids(display, "Cramp Timer")) == 1


def test_a_routine_is_handed_over_and_an_unknown_one_refused(
        display: str, running: tuple[subprocess.Popen[str], Path]) -> None:
    proc, home = running
    result = again(display, home, "--routine", "Bedtime")
    assert result.returncode == 1
    assert result.stderr.strip() == "cramp-timer: There is no routine called “Bedtime”."
    result = again(display, home, "--routine", "Bedtime stretch")
    assert result.returncode == 0, result.stderr
    wait_for(lambda: "routine started: Bedtime stretch" in text(log_of(home)), "the routine")
    assert proc.poll() is None


def test_after_a_crash_the_next_launch_starts_without_asking(display: str,
                                                             tmp_path: Path) -> None:
    home = tmp_path / "home"
    key = single_instance.instance_key(str(home / "data" / "cramp-timer"))
    address = single_instance.socket_path(key, "")  # app_env leaves XDG_RUNTIME_DIR out
    first = launch(display, home)
    try:
        started(first, home)
        assert Path(address).exists()
        first.send_signal(signal.SIGKILL)  # a crash: no tidying up
        assert first.wait(timeout=15) == -signal.SIGKILL
    finally:
        end(first)
    assert Path(address).exists()  # the socket file is left behind
    log_of(home).write_text("")
    second = launch(display, home)
    try:
        started(second, home)  # the primary now: no prompt, no wait
        wait_for(lambda: window_ids(display, "Cramp Timer"), "its window")
        result = again(display, home, "--now")  # and it listens
        assert result.returncode == 0, result.stderr
        wait_for(lambda: "session started" in text(log_of(home)), "the session")
        assert second.poll() is None
    finally:
        end(second)


def test_launches_at_the_same_moment_make_exactly_one_app(display: str,
                                                          tmp_path: Path) -> None:
    home = tmp_path / "home"
    procs = [launch(display, home) for _ in range(3)]
    try:
        wait_for(lambda: sum(p.poll() is not None for p in procs) >= 2, "two to hand over",
                 timeout=60)
        ended = [p for p in procs if p.poll() is not None]
        alive = [p for p in procs if p.poll() is None]
        assert [p.returncode for p in ended] == [0, 0], [
            p.stdout.read() if p.stdout else "" for p in ended]
        assert len(alive) == 1
        wait_for(lambda: window_ids(display, "Cramp Timer"), "the window")
        wait_for(lambda: text(log_of(home)).count("window raised for another launch") == 2,
                 "both raises")
        assert len(window_ids(display, "Cramp Timer")) == 1
        assert text(log_of(home)).count("Cramp Timer 0.1.0 starting") == 1
    finally:
        for proc in procs:
            end(proc)
