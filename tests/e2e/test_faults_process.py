"""The real app as a process under faults: unusable folders, a crash mid-hold, a hung
running instance (issue 18's proofs on real files and real processes)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

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
        assert "session started" in text
        assert "folders: Cramp Timer cannot use the folder" in text  # said in the window
        assert str(home / "cache") in text
    finally:
        end(proc)
    assert (home / "cache").read_text() == "a file where the cache folder should be"


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

    from cramp_timer.diary import Diary

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
