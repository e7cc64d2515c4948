"""Time sources. The domain asks a Clock; tests hand it a FakeClock they advance."""

from __future__ import annotations

import time
from datetime import datetime, timedelta
from typing import Protocol


class Clock(Protocol):
    def monotonic(self) -> float:
        """Seconds on a clock that never jumps (for countdowns)."""
        ...

    def now(self) -> datetime:
        """The local wall-clock time, timezone-aware (for the diary and reminders)."""
        ...


class SystemClock:
    def monotonic(self) -> float:
        return time.monotonic()

    def now(self) -> datetime:
        return datetime.now().astimezone()


class FakeClock:
    """A clock that only moves when told to. Used by tests and the benchmark."""

    def __init__(self, start: datetime | None = None, monotonic: float = 1000.0) -> None:
        self._mono = monotonic
        self._now = start if start is not None else datetime(2026, 1, 15, 3, 0).astimezone()

    def monotonic(self) -> float:
        return self._mono

    def now(self) -> datetime:
        return self._now

    def advance(self, seconds: float) -> None:
        if seconds < 0:
            raise ValueError("a clock cannot go backwards")
        self._mono += seconds
        self._now += timedelta(seconds=seconds)
