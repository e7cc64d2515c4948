"""Time sources. The domain asks a Clock; tests hand it a FakeClock they advance."""

from __future__ import annotations

import sys
import time
from datetime import datetime, timedelta

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Protocol
else:  # only the type checker reads the protocol (`typing` stays off the routine commands)
    Protocol = object


class Clock(Protocol):
    def monotonic(self) -> float:
        """Seconds on a clock that never jumps (for countdowns)."""
        ...

    def boottime(self) -> float:
        """Seconds on a clock that never jumps and keeps counting while the computer
        sleeps (for the heat, cold and massage timers: a heating pad keeps heating)."""
        ...

    def now(self) -> datetime:
        """The local wall-clock time, timezone-aware (for the diary and reminders)."""
        ...


# Linux's CLOCK_MONOTONIC stops during suspend; CLOCK_BOOTTIME does not. Windows'
# monotonic clock already counts sleep. macOS has no such clock in Python: there the
# follow-up timers fall back to time.monotonic() (they then pause while asleep).
_BOOTTIME = getattr(time, "CLOCK_BOOTTIME", None)


class SystemClock:
    def monotonic(self) -> float:
        return time.monotonic()

    def boottime(self) -> float:
        if sys.platform == "win32" or _BOOTTIME is None:
            return time.monotonic()
        return time.clock_gettime(_BOOTTIME)

    def now(self) -> datetime:
        return datetime.now().astimezone()


class FakeClock:
    """A clock that only moves when told to. Used by tests and the benchmark."""

    def __init__(self, start: datetime | None = None, monotonic: float = 1000.0) -> None:
        self._mono = monotonic
        self._boot = monotonic + 50.0  # a different origin, as on a real machine
        self._now = start if start is not None else datetime(2026, 1, 15, 3, 0).astimezone()

    def monotonic(self) -> float:
        return self._mono

    def boottime(self) -> float:
        return self._boot

    def now(self) -> datetime:
        return self._now

    def advance(self, seconds: float) -> None:
        if seconds < 0:
            raise ValueError("a clock cannot go backwards")
        self._mono += seconds
        self._boot += seconds
        self._now += timedelta(seconds=seconds)

    def suspend(self, seconds: float) -> None:
        """The computer sleeps: wall time and boot time move on, the monotonic clock not."""
        if seconds < 0:
            raise ValueError("a clock cannot go backwards")
        self._boot += seconds
        self._now += timedelta(seconds=seconds)
