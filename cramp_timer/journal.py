"""Writes each Cramp-now session to the diary as it happens.

The entry is created the moment a session starts and completed when it ends, so a crash
or a power cut leaves an "unfinished" entry rather than nothing. Plain Python: the
composition root connects the controller's signals to these methods.
"""

from __future__ import annotations

import logging

from cramp_timer.clock import Clock
from cramp_timer.diary import CrampOutcome, Diary
from cramp_timer.session import Outcome, Snapshot
from cramp_timer.settings import Settings

log = logging.getLogger(__name__)

OUTCOMES = {Outcome.BETTER: CrampOutcome.BETTER, Outcome.STOPPED: CrampOutcome.STOPPED}


class SessionJournal:
    def __init__(self, diary: Diary, clock: Clock) -> None:
        self._diary = diary
        self._clock = clock
        self._entry: int | None = None
        self._rounds = 0

    def started(self, settings: Settings) -> None:
        self._entry = self._diary.start_cramp(self._clock.now(), settings.variant.value,
                                              settings.hold_seconds)
        self._rounds = 0
        log.info("diary: cramp entry %d started", self._entry)

    def progressed(self, snapshot: Snapshot) -> None:
        """Keep rounds and stretch time current, so a crash loses at most one round."""
        if self._entry is None or snapshot.round == self._rounds:
            return
        self._rounds = snapshot.round
        self._diary.update_cramp(self._entry, rounds=snapshot.round,
                                 stretch_seconds=snapshot.hold_seconds_done)

    def ended(self, snapshot: Snapshot) -> None:
        if self._entry is None or snapshot.outcome is None:
            return
        self._diary.finish_cramp(self._entry, self._clock.now(), OUTCOMES[snapshot.outcome],
                                 snapshot.round, snapshot.hold_seconds_done,
                                 red_flags_shown=False)
        log.info("diary: cramp entry %d finished (%s)", self._entry, snapshot.outcome.value)
        self._entry = None
