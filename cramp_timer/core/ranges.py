"""The sessions of a range of nights, as the exports read them from the diary.

``read_export(diary, zone, first_night, last_night)``: the cramps and the bedtime-routine
runs whose night (``records.night_of``) lies in first_night..last_night, oldest first.
Raises ``ValueError`` for a range that ends before it begins, ``sqlite3.Error`` if the
diary cannot be read. Imports no more than the records: the CSV export runs it from the
command line (docs/decisions/0022-window-less-commands-cost.md).
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from cramp_timer.core.records import CrampEntry, RoutineEntry, night_of, night_start

TYPE_CHECKING = False
if TYPE_CHECKING:
    from datetime import tzinfo
    from typing import Final

    from cramp_timer.storage.diary import Diary

ONE_DAY: Final = timedelta(days=1)


def read_export(
    diary: Diary, zone: tzinfo | None, first_night: date | None = None,
    last_night: date | None = None,
) -> tuple[list[CrampEntry], list[RoutineEntry]]:
    """The cramps and routine runs of the nights first_night..last_night (None: no limit)."""
    if first_night is not None and last_night is not None and last_night < first_night:
        raise ValueError("the range ends before it begins")
    # a session belongs to the night it began in; the day either side holds all of them
    since = None if first_night is None else night_start(first_night - ONE_DAY, zone)
    until = None if last_night is None else night_start(last_night + 2 * ONE_DAY, zone)
    low, high = first_night or date.min, last_night or date.max

    def inside(moment: datetime) -> bool:
        return low <= night_of(moment, zone) <= high

    cramps = [c for c in diary.cramps(since, until) if inside(c.started_at)]
    runs = [r for r in diary.routine_runs(since, until) if inside(r.started_at)]
    return cramps, runs
