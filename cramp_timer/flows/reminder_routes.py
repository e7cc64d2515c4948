"""The bedtime reminder's routes: its service is made the first time reminders are on; a
reminder goes to every place that shows one (the window's bar, the desktop notification
or else the tray balloon, the voice if asked); an answer from any of them goes back to
the service, and the others then let the reminder go.

QtCore only: the places are small protocols, so a test drives the routes with fakes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from cramp_timer.i18n import translate

if TYPE_CHECKING:
    from cramp_timer.flows.reminders import ReminderService


class ReminderBar(Protocol):
    """The window: its reminder bar, and whether it is on screen."""

    def show_reminder(self, text: str | None) -> None: ...

    def isVisible(self) -> bool: ...


class Notification(Protocol):
    def show(self, title: str, text: str) -> bool: ...  # False: none could be shown

    def withdraw(self) -> None: ...


class TrayReminder(Protocol):
    def show_reminder(self, text: str | None, balloon: bool = True) -> None: ...

    def remind(self, text: str) -> None: ...


class ReminderRoutes:
    """``make_service()`` builds the service (only once ``enabled()``); ``tray()`` is the
    tray icon if there is one; ``speak(text)`` says the reminder when ``speak_aloud()``;
    ``bring_to_front()`` shows the window; ``run_routine()`` starts the bedtime routine
    (a refusal comes back as its text)."""

    def __init__(self, make_service: Callable[[], ReminderService], enabled: Callable[[], bool],
                 bar: ReminderBar, notification: Notification,
                 tray: Callable[[], TrayReminder | None], speak_aloud: Callable[[], bool],
                 speak: Callable[[str], None], bring_to_front: Callable[[], None],
                 run_routine: Callable[[], str | None]) -> None:
        self._make_service = make_service
        self._enabled = enabled
        self._bar = bar
        self._notification = notification
        self._tray = tray
        self._speak_aloud = speak_aloud
        self._speak = speak
        self._bring_to_front = bring_to_front
        self._run_routine = run_routine
        self.service: ReminderService | None = None  # made once reminders are on
        self._started = False

    def service_if_on(self) -> ReminderService | None:
        """The service, made the first time reminders are on (until then its scheduler
        and time-zone rules cost nothing)."""
        if self.service is None and self._enabled():
            service = self._make_service()
            service.due.connect(self.due)
            service.answered.connect(self.answered)
            self.service = service
            if self._started:
                service.start()
        return self.service

    # -- the app's life ------------------------------------------------------------
    def start(self) -> None:
        self._started = True
        if self.service is not None:
            self.service.start()

    def stop(self) -> None:
        if self.service is not None:
            self.service.stop()

    def check(self) -> None:
        """Look at the clock now (the window came to the front, or the computer woke)."""
        if self.service is not None:
            self.service.check()

    def reconfigure(self) -> None:
        """The settings changed: a new rule for a service already running."""
        had = self.service is not None
        service = self.service_if_on()
        if service is not None and had:
            service.reconfigure()

    # -- out: a reminder is due, or was answered -------------------------------------
    def due(self, text: str) -> None:
        tray = self._tray()
        if tray is None and not self._bar.isVisible():
            self._bring_to_front()  # kept running without a tray icon: the window comes back
        self._bar.show_reminder(text)
        notified = self._notification.show(translate("CrampTimer", "Cramp Timer"), text)
        if tray is not None:
            tray.show_reminder(text, balloon=not notified)
        if self._speak_aloud():
            self._speak(text)

    def unshown(self, text: str) -> None:
        """No desktop notification could be shown: the tray balloon instead."""
        tray = self._tray()
        if tray is not None and self.service is not None and self.service.showing:
            tray.remind(text)

    def answered(self) -> None:
        self._bar.show_reminder(None)
        self._notification.withdraw()
        tray = self._tray()
        if tray is not None:
            tray.show_reminder(None)

    # -- in: the person's answer, from any place -------------------------------------
    def start_routine(self) -> None:
        self._bring_to_front()
        if self._run_routine() is None and self.service is not None:
            self.service.started()

    def snooze(self) -> None:
        if self.service is not None:
            self.service.snooze()

    def skip(self) -> None:
        service = self.service_if_on()
        if service is not None:
            service.skip_tonight()
