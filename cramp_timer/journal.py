"""Writes each night's cramp to the diary as it happens.

The entry is created the moment the stretch starts and completed when it ends, so a
crash or a power cut leaves an "unfinished" entry rather than nothing. Follow-up care
and the rating are added to the same entry afterwards; "Oops, not a cramp" removes it.
Plain Python: the composition root connects the controller's signals to these methods.
"""

from __future__ import annotations

import contextlib
import logging

from cramp_timer.clock import Clock
from cramp_timer.diary import Diary, UnknownEntry
from cramp_timer.night import (
    CrampCancelled,
    CrampEnded,
    FollowupEnded,
    NightSnapshot,
    Rated,
    RoutineEnded,
    RoutineStarted,
)
from cramp_timer.settings import Settings

log = logging.getLogger(__name__)


class SessionJournal:
    def __init__(self, diary: Diary, clock: Clock) -> None:
        self._diary = diary
        self._clock = clock
        self._entry: int | None = None  # the stretch being written
        self._last: int | None = None  # the night's entry, for follow-ups and the rating
        self._rounds = 0
        self._run: int | None = None  # the routine run being written

    def started(self, settings: Settings) -> None:
        self._entry = self._diary.start_cramp(self._clock.now(), settings.variant.value,
                                              settings.hold_seconds)
        self._last = self._entry
        self._rounds = 0
        log.info("diary: cramp entry %d started", self._entry)

    def progressed(self, snapshot: NightSnapshot) -> None:
        """Keep rounds and stretch time current, so a crash loses at most one round."""
        session = snapshot.session
        if self._entry is None or session is None or session.round == self._rounds:
            return
        self._rounds = session.round
        self._diary.update_cramp(self._entry, rounds=session.round,
                                 stretch_seconds=session.hold_seconds_done)

    def ended(self, ended: CrampEnded) -> None:
        if self._entry is None:
            return
        self._diary.finish_cramp(self._entry, self._clock.now(), ended.outcome, ended.rounds,
                                 ended.stretch_seconds, red_flags_shown=ended.red_flags_shown)
        log.info("diary: cramp entry %d finished (%s)", self._entry, ended.outcome.value)
        self._entry = None

    def followup(self, ended: FollowupEnded) -> None:
        if self._last is not None:
            self._diary.add_followup(self._last, ended.kind, ended.minutes)

    def rated(self, rated: Rated) -> None:
        if self._last is not None and (rated.severity is not None or rated.leg is not None):
            self._diary.set_severity(self._last, rated.severity, rated.leg)

    def cancelled(self, _cancelled: CrampCancelled) -> None:
        """Not a cramp after all: its entry goes, follow-ups and all."""
        entry = self._last
        self._entry = self._last = None
        if entry is not None:
            with contextlib.suppress(UnknownEntry):  # deleted in History meanwhile
                self._diary.delete_cramp(entry)
            log.info("diary: cramp entry %d removed (not a cramp)", entry)

    def routine_started(self, started: RoutineStarted) -> None:
        self._run = self._diary.start_routine(self._clock.now(), started.name)

    def routine_ended(self, ended: RoutineEnded) -> None:
        if self._run is not None:
            self._diary.finish_routine(self._run, self._clock.now(), ended.outcome)
            self._run = None
