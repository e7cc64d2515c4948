"""The speech cache follows the README's rule: folders 0700, files 0600."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from cramp_timer.speech.worker import CHIME_NAME, Emitter, LockedQueue, Worker, WorkQueue

pytestmark = pytest.mark.skipif(os.name == "nt", reason="POSIX permission bits")


def test_the_worker_makes_its_cache_private_and_mends_an_older_one(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CRAMP_TIMER_SPEECH_NO_ENGINE", "1")
    cache = tmp_path / "speech"
    cache.mkdir(mode=0o755)
    cache.chmod(0o755)
    old = cache / "old-line.wav"
    old.write_bytes(b"RIFF")
    old.chmod(0o644)
    read_fd, write_fd = os.pipe()
    umask = os.umask(0o022)
    try:
        worker = Worker(cache, Emitter(write_fd), LockedQueue(WorkQueue()))
        worker.start()
        assert stat.S_IMODE(cache.stat().st_mode) == 0o755  # made, or mended, when first needed
        worker._chime()  # what the first say or chime does
    finally:
        os.umask(umask)
        os.close(read_fd)
        os.close(write_fd)
    assert stat.S_IMODE(cache.stat().st_mode) == 0o700
    assert stat.S_IMODE(old.stat().st_mode) == 0o600
    assert stat.S_IMODE((cache / CHIME_NAME).stat().st_mode) == 0o600
