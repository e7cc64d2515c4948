"""Shared fixtures. Every test gets its own XDG folders, so no test touches real files;
``clock`` and ``speaker`` are a fake clock and a speaker that records what it is asked."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from fakes import RecordingSpeaker

    from cramp_timer.core.clock import FakeClock

# Qt tests draw offscreen; the end-to-end tests start their own Xvfb.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def private_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    home = tmp_path / "home"
    for name in ("CONFIG", "DATA", "CACHE", "STATE"):
        monkeypatch.setenv(f"XDG_{name}_HOME", str(home / name.lower()))
    yield home


@pytest.fixture
def clock() -> FakeClock:
    from cramp_timer.core.clock import FakeClock

    return FakeClock()


@pytest.fixture
def speaker(clock: FakeClock) -> RecordingSpeaker:
    from fakes import RecordingSpeaker  # imported here: it loads the speech package

    return RecordingSpeaker(clock)
