"""The real app as a process under faults: unusable folders, a crash mid-hold, a hung
running instance (issue 18's proofs on real files and real processes)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from cramp_timer.storage.diary import Diary
from e2e.test_app_process import end, output, start_now, wait_for, window_ids
from e2e.xvfb import Xvfb

pytestmark = pytest.mark.e2e


@pytest.fixture
def display() -> Iterator[str]:
    with Xvfb() as name:
        yield name


def test_now_runs_the_stretch_when_the_cache_folder_cannot_be_made(display: str,
                                                                   tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    (home / "cache").write_text("a file where the cache folder should be")
    log = home / "state" / "cramp-timer" / "cramp-timer.log"
    proc = start_now(display, home)
    try:
        wait_for(lambda: window_ids(display, "Cramp Timer") or proc.poll() is not None,
                 "the window")
        assert proc.poll() is None, output(proc)
        wait_for(lambda: log.exists() and "cue position:" in log.read_text(), "the first cue")
        text = log.read_text()
        assert "folders: Cramp Timer cannot use the folder" in text  # said in the window
        assert str(home / "cache") in text
    finally:
        end(proc)
    assert (home / "cache").read_text() == "a file where the cache folder should be"
    with Diary.open(home / "data" / "cramp-timer" / "diary.sqlite3") as diary:
        assert len(diary.cramps()) == 1  # the stretch ran and was written


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write anywhere")
def test_now_runs_the_stretch_with_a_read_only_cache_folder(display: str,
                                                            tmp_path: Path) -> None:
    home = tmp_path / "home"
    (home / "cache").mkdir(parents=True)
    (home / "cache").chmod(0o500)
    log = home / "state" / "cramp-timer" / "cramp-timer.log"
    proc = start_now(display, home)
    try:
        wait_for(lambda: (log.exists() and "cue position:" in log.read_text())
                 or proc.poll() is not None, "the first cue")
        assert proc.poll() is None, output(proc)
        assert "Permission denied" in log.read_text()
    finally:
        end(proc)
        (home / "cache").chmod(0o700)


def test_sigkill_mid_hold_keeps_the_stretch_time(display: str, tmp_path: Path) -> None:
    import signal

    from cramp_timer.storage.diary import Diary

    home = tmp_path / "home"
    diary_file = home / "data" / "cramp-timer" / "diary.sqlite3"

    def stretch_seconds() -> float:
        if not diary_file.exists():
            return -1.0
        with Diary.open(diary_file) as diary:
            entries = diary.cramps()
        return entries[-1].stretch_seconds if entries else -1.0

    proc = start_now(display, home)
    try:
        # the real clock runs: wait (bounded) until 6 s of the hold are on disk
        wait_for(lambda: stretch_seconds() >= 6 or proc.poll() is not None, "6 s held",
                 timeout=60)
        assert proc.poll() is None, output(proc)
        proc.send_signal(signal.SIGKILL)
        assert proc.wait(timeout=15) == -signal.SIGKILL
    finally:
        end(proc)
    with Diary.open(diary_file) as diary:
        (entry,) = diary.cramps()
    assert entry.unfinished and entry.rounds == 1
    assert entry.stretch_seconds >= 6


def test_a_hung_running_app_never_leaves_now_without_a_timer(display: str,
                                                             tmp_path: Path) -> None:
    import signal
    import subprocess
    import sys
    import time

    from cramp_timer.storage.diary import Diary, DiaryError
    from e2e.test_app_process import app_env

    home = tmp_path / "home"
    log = home / "state" / "cramp-timer" / "cramp-timer.log"
    diary_file = home / "data" / "cramp-timer" / "diary.sqlite3"

    def sessions() -> int:
        if not diary_file.exists():
            return 0
        try:
            with Diary.open(diary_file) as diary:
                return len(diary.cramps())
        except DiaryError as error:  # held by one of the apps just now: ask again
            assert error.reason == "busy", error
            return -1

    env = app_env(display, home)
    env["XDG_RUNTIME_DIR"] = str(tmp_path / "run")
    (tmp_path / "run").mkdir(mode=0o700)
    running = subprocess.Popen([sys.executable, "-m", "cramp_timer"], env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    second = None
    try:
        wait_for(lambda: (log.exists() and "starting" in log.read_text())
                 or running.poll() is not None, "the running app")
        assert running.poll() is None, output(running)
        running.send_signal(signal.SIGSTOP)  # hung
        asked = time.monotonic()
        second = subprocess.Popen([sys.executable, "-m", "cramp_timer", "--now"], env=env,
                                  stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        wait_for(lambda: sessions() == 1 or second.poll() is not None, "the own stretch")
        took = time.monotonic() - asked
        assert second.poll() is None, output(second)
        assert took < 20, took  # (the benchmark measures it; here: it came at all)
        running.send_signal(signal.SIGCONT)  # the hung app wakes
        wait_for(lambda: "whose asker had already gone" in log.read_text(), "the wake")
        wait_for(lambda: sessions() != -1, "the diary, free")
        assert sessions() == 1  # no second session
    finally:
        running.send_signal(signal.SIGCONT)
        end(running)
        if second is not None:
            end(second)
