"""The diary's marks: the few facts of each session that a list of nights or a chart
needs, read in bulk (ten years of sessions in a few milliseconds) as named tuples.

Apart from `core.records` because only the history reads them: `typing` (for
``NamedTuple``) stays off the command line's exports
(docs/decisions/0022-window-less-commands-cost.md).
"""

from __future__ import annotations

from datetime import date
from typing import NamedTuple

from cramp_timer.core.records import ReminderOutcome, RoutineOutcome


class CrampMark(NamedTuple):
    """The few facts about a cramp session that a list of nights needs; cheap to read in
    bulk (ten years of sessions in a few milliseconds), unlike the full ``CrampEntry``."""

    started_us: int  # microseconds since 1970 UTC
    severity: int | None
    red_flags_shown: bool
    finished: bool


class RoutineMark(NamedTuple):
    started_us: int  # microseconds since 1970 UTC
    outcome: RoutineOutcome | None  # None: never finished


class ReminderMark(NamedTuple):
    night: date
    outcome: ReminderOutcome
