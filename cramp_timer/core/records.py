"""The vocabulary of a night: what the diary records and the settings choose.

Plain values (enums and frozen value classes; the marks read in bulk are in
`core.marks`) and the rule that names a night: it begins at noon, so a cramp after
midnight belongs to the night before. No Qt, no files: `storage.diary` keeps these, the
domain reasons with them.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, tzinfo
from enum import Enum

from cramp_timer.core.values import frozen

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Final

NIGHT_CUTOFF: Final = time(12, 0)


class Variant(str, Enum):
    """Which calf stretch the cramp-now flow guides."""

    SEATED = "seated"
    STANDING = "standing"


class CrampOutcome(str, Enum):
    BETTER = "better"
    STILL_CRAMPING = "still_cramping"
    STOPPED = "stopped"


class Leg(str, Enum):
    LEFT = "left"
    RIGHT = "right"
    BOTH = "both"


class FollowupKind(str, Enum):
    HEAT = "heat"
    COLD = "cold"
    MASSAGE = "massage"


class RoutineOutcome(str, Enum):
    DONE = "done"
    PARTIAL = "partial"
    STOPPED = "stopped"


class ReminderOutcome(str, Enum):
    SKIPPED = "skipped"
    SNOOZED = "snoozed"
    MISSED = "missed"
    STARTED = "started"


@frozen
class Followup:
    kind: FollowupKind
    minutes: float


@frozen
class CrampEntry:
    id: int
    started_at: datetime
    ended_at: datetime | None
    variant: str
    hold_seconds: int
    rounds: int
    stretch_seconds: float
    outcome: CrampOutcome | None
    red_flags_shown: bool
    severity: int | None
    leg: Leg | None
    followups: tuple[Followup, ...]

    @property
    def unfinished(self) -> bool:
        """Never finished: the app was closed, crashed, or the session is still running."""
        return self.ended_at is None


@frozen
class RoutineEntry:
    id: int
    started_at: datetime
    ended_at: datetime | None
    routine_name: str
    outcome: RoutineOutcome | None

    @property
    def unfinished(self) -> bool:
        return self.ended_at is None


@frozen
class ReminderEntry:
    id: int
    night: date
    outcome: ReminderOutcome


@frozen
class NightSummary:
    night: date  # the local date on which the night began
    cramp_count: int
    mean_severity: float | None  # None if no cramp of the night was rated
    routine_done: bool  # a bedtime routine run that night ended "done"


def night_of(moment: datetime, zone: tzinfo | None) -> date:
    """The night ``moment`` belongs to: its local date, or the day before if before noon.
    ``zone`` None means this computer's local time (with its daylight-saving rules)."""
    local = moment.astimezone(zone)
    return local.date() if local.time() >= NIGHT_CUTOFF else local.date() - timedelta(days=1)


def night_start(night: date, zone: tzinfo | None) -> datetime:
    """The moment ``night`` begins: noon of that date in ``zone`` (None: local time)."""
    if zone is None:
        return datetime.combine(night, NIGHT_CUTOFF).astimezone()
    return datetime.combine(night, NIGHT_CUTOFF, tzinfo=zone)
