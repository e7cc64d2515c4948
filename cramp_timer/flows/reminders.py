"""The bedtime reminder at work: polls the scheduler, records every outcome in the diary,
and tells the window, the tray and the desktop what to show.

QtCore only. `schedule.ReminderScheduler` decides (a pure, tested state machine); this
class wakes it: every `CHECK_SECONDS` by a QTimer, which Qt stops while the computer
sleeps and restarts after, so a reminder that fell due during sleep is found within
`CHECK_SECONDS` of waking (and `check()` is also called when the window is shown again).
It never counts time itself: each check reads the wall clock.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import date, tzinfo
from typing import Final

from PySide6.QtCore import QObject, QTimer, Signal

from cramp_timer.core.clock import Clock
from cramp_timer.flows.schedule import (
    ReminderEvent,
    ReminderEventKind,
    ReminderScheduler,
    rule_from_settings,
)
from cramp_timer.i18n import translate
from cramp_timer.routines.model import Routine, find_routine, routine_title
from cramp_timer.storage.diary import ReminderOutcome
from cramp_timer.storage.settings import Settings

log = logging.getLogger(__name__)

CHECK_SECONDS: Final = 30  # at least twice a minute, as the scheduler asks


def reminder_text(routine_name: str) -> str:
    # Translator: keep 'can make night cramps rarer' (not 'will' or 'prevents'); {routine} is the
    # routine's name. Add no promise.
    return translate("reminders", "Time for your bedtime routine: {routine}. A few minutes "
                     "of stretching can make night cramps rarer.").format(routine=routine_name)


class ReminderService(QObject):
    due = Signal(str)  # a reminder to show now: its text
    answered = Signal()  # the shown reminder was started, snoozed or skipped

    def __init__(
        self,
        clock: Clock,
        scheduler: ReminderScheduler,
        zone: tzinfo,
        settings: Callable[[], Settings],
        routines: Callable[[], Sequence[Routine]],
        record: Callable[[date, ReminderOutcome], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._scheduler = scheduler
        self._zone = zone
        self._settings = settings
        self._routines = routines
        self._record = record
        self._shown: ReminderEvent | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_SECONDS * 1000)
        self._timer.timeout.connect(self.check)

    @property
    def showing(self) -> bool:
        return self._shown is not None

    def start(self) -> None:
        self._timer.start()
        self.check()

    def stop(self) -> None:
        self._timer.stop()

    def check(self) -> None:
        self._handle(self._scheduler.check(self._clock.now()))

    def reconfigure(self) -> None:
        """The reminder settings changed."""
        rule = rule_from_settings(self._settings())
        self._handle(self._scheduler.configure(rule, self._zone, self._clock.now()))
        if not rule.active and self._shown is not None:
            self._shown = None
            self.answered.emit()

    # -- the person's answers ------------------------------------------------------------
    def started(self) -> None:
        """The routine was started from the reminder."""
        if self._answer(ReminderOutcome.STARTED):
            self._scheduler.dismiss()

    def snooze(self) -> None:
        shown = self._shown
        if shown is None:
            return
        self._scheduler.snooze(shown.occasion, self._clock.now(),
                               self._settings().snooze_minutes)
        self._answer(ReminderOutcome.SNOOZED)

    def skip_tonight(self) -> None:
        """Skip the shown reminder, or tonight's that has not come yet."""
        if self._shown is not None:
            self._scheduler.dismiss()
            self._answer(ReminderOutcome.SKIPPED)
            return
        skipped = self._scheduler.skip_tonight(self._clock.now())
        if skipped is not None:
            self._record(skipped.night, ReminderOutcome.SKIPPED)

    # -- inside ----------------------------------------------------------------------------
    def _handle(self, events: list[ReminderEvent]) -> None:
        for event in events:
            if event.kind is ReminderEventKind.MISSED:
                log.info("reminder for %s missed", event.day)
                self._record(event.night, ReminderOutcome.MISSED)
                continue
            log.info("reminder for %s due%s", event.day, " (after a snooze)" if event.snoozed
                     else "")
            self._shown = event
            self.due.emit(reminder_text(self._routine_name()))

    def _routine_name(self) -> str:
        name = self._settings().bedtime_routine
        routine = find_routine(name, self._routines())
        return routine_title(routine) if routine is not None else name

    def _answer(self, outcome: ReminderOutcome) -> bool:
        shown, self._shown = self._shown, None
        if shown is None:
            return False
        self._record(shown.night, outcome)
        self.answered.emit()
        return True
