"""The rating being chosen after a cramp: a number from 0 to 10 and a leg, in either order.

Once a number is chosen the rating is kept on Done, or by itself after RATING_PAUSE_SECONDS
with no further choice (a leg chosen after the number starts the pause again). Typed, 1
then 0 is 10. Why: docs/decisions/0013-rating-keys.md.
"""

from __future__ import annotations

from typing import Final

from cramp_timer.core.clock import Clock
from cramp_timer.core.records import Leg

RATING_PAUSE_SECONDS: Final = 4.0
MAX_SEVERITY: Final = 10


class RatingDraft:
    def __init__(self, clock: Clock) -> None:
        self._clock = clock
        self.severity: int | None = None
        self.leg: Leg | None = None
        self._chosen_at: float | None = None  # monotonic moment of the last choice
        self._typed_one = False  # the last choice was the key 1: a 0 now makes 10

    def choose_severity(self, value: int) -> None:
        """A number chosen by mouse, touch or screen reader."""
        if not 0 <= value <= MAX_SEVERITY:
            raise ValueError(f"severity {value} is not 0 to {MAX_SEVERITY}")
        self.severity = value
        self._typed_one = False
        self._chosen()

    def type_digit(self, digit: int) -> None:
        """A digit key: the number, or 10 for a 0 straight after a 1."""
        if not 0 <= digit <= 9:
            raise ValueError(f"{digit} is not a digit")
        value = MAX_SEVERITY if digit == 0 and self._typed_one else digit
        self.severity = value
        self._typed_one = value == 1
        self._chosen()

    def choose_leg(self, leg: Leg) -> None:
        self.leg = leg
        self._typed_one = False
        self._chosen()

    def clear(self) -> None:
        self.severity = None
        self.leg = None
        self._chosen_at = None
        self._typed_one = False

    def wake_delay(self) -> float | None:
        """Seconds until the rating keeps itself, or None while no number is chosen."""
        if self.severity is None or self._chosen_at is None:
            return None
        return max(0.0, self._chosen_at + RATING_PAUSE_SECONDS - self._clock.monotonic())

    def due(self) -> bool:
        delay = self.wake_delay()
        return delay is not None and delay <= 0.0

    def _chosen(self) -> None:
        self._chosen_at = self._clock.monotonic()
