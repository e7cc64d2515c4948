"""The history's one door to the diary: reads what the history view shows, deletes an
entry, writes the CSV. Builds the snapshots with `core.history`; no Qt here."""

from __future__ import annotations

from datetime import date, datetime, timedelta, tzinfo
from pathlib import Path

from cramp_timer.core.clock import Clock
from cramp_timer.core.history import (
    ONE_DAY,
    WEEKS,
    History,
    NightDetail,
    build_history,
    night_detail,
)
from cramp_timer.core.records import night_of, night_start
from cramp_timer.storage.diary import Diary


class HistorySource:
    """What the history view calls: snapshots from the diary, deletion, CSV export.

    Asks only for what it shows: the cheap marks of every night, the full entries of the
    last weeks, and a chosen night's entries when it is chosen (all indexed queries).
    """

    def __init__(
        self, diary: Diary, clock: Clock, zone: tzinfo | None = None, weeks: int = WEEKS
    ) -> None:
        self._diary = diary
        self._clock = clock
        self._zone = zone
        self._weeks = weeks

    @property
    def zone(self) -> tzinfo | None:
        return self._zone

    def today(self) -> date:
        return night_of(self._clock.now(), self._zone)

    def load(self) -> History:
        today = self.today()
        first = today - timedelta(days=7 * self._weeks - 1)
        since, until = self._span(first, today)
        diary = self._diary
        return build_history(
            diary.cramp_marks(),
            diary.routine_marks(),
            diary.reminder_marks(),
            diary.cramps(since, until),
            diary.routine_runs(since, until),
            today,
            self._zone,
            self._weeks,
        )

    def night(self, night: date) -> NightDetail:
        since, until = self._span(night, night)
        diary = self._diary
        return night_detail(
            night,
            diary.cramps(since, until),
            diary.routine_runs(since, until),
            diary.reminders(night, night),
            self._zone,
        )

    def delete_cramp(self, cramp_id: int) -> None:
        """Raises ``UnknownEntry`` if it is already gone, ``sqlite3.Error`` if the diary
        cannot be written."""
        self._diary.delete_cramp(cramp_id)

    def export_csv(self, path: Path) -> int:
        """Every cramp session to ``path`` (atomically); returns the number of rows."""
        from cramp_timer.storage.export import write_csv

        return write_csv(path, self._diary.cramps(), self._diary.routine_runs(), self._zone)

    def _span(self, first: date, last: date) -> tuple[datetime, datetime]:
        # A day's margin either side; night_of() decides which rows belong.
        return (
            night_start(first - ONE_DAY, self._zone),
            night_start(last + 2 * ONE_DAY, self._zone),
        )
