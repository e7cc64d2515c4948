"""No silent dead end when the window closes: with reminders on and no tray to keep the
app in, closing the window asks whether to keep running without an icon (the window
comes back at bedtime, or when Cramp Timer is opened again) or to quit and have no
reminder. `CloseGuard` watches the window's close events from the desktop; ``needed()``
says when to ask.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from cramp_timer.i18n import translate


class CloseAnswer(Enum):
    KEEP_RUNNING = "keep_running"  # hide the window, the app runs on
    QUIT = "quit"  # close: no reminder
    STAY = "stay"  # Esc: the window stays open


def ask_on_close(window: QWidget) -> CloseAnswer:
    box = QMessageBox(
        QMessageBox.Icon.Question, translate("CloseGuard", "Keep Cramp Timer running?"),
        translate("CloseGuard", "Your bedtime reminder is on, but this desktop has no tray "
                  "to keep Cramp Timer in. Keep it running without an icon? The window comes "
                  "back at bedtime. If you quit, no reminder will come."),
        QMessageBox.StandardButton.NoButton, window)
    keep = box.addButton(translate("CloseGuard", "Keep running"),
                         QMessageBox.ButtonRole.AcceptRole)
    quit_button = box.addButton(translate("CloseGuard", "Quit, no reminder"),
                                QMessageBox.ButtonRole.DestructiveRole)
    stay = box.addButton(translate("CloseGuard", "Cancel"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)
    box.setEscapeButton(stay)
    box.exec()
    clicked = box.clickedButton()
    if clicked is keep:
        return CloseAnswer.KEEP_RUNNING
    return CloseAnswer.QUIT if clicked is quit_button else CloseAnswer.STAY


class CloseGuard(QObject):
    def __init__(self, window: QWidget, needed: Callable[[], bool],
                 keep_running: Callable[[], None],
                 ask: Callable[[QWidget], CloseAnswer] = ask_on_close) -> None:
        super().__init__(window)
        self._window = window
        self._needed = needed
        self._keep_running = keep_running
        self.ask = ask
        self.only_from_desktop = True
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is not self._window or event.type() is not QEvent.Type.Close:
            return False
        # the person closing the window comes from the desktop (spontaneous); the app's
        # own closes (quit, shutting down) ask nothing
        if (self.only_from_desktop and not event.spontaneous()) or not self._needed():
            return False
        answer = self.ask(self._window)
        if answer is CloseAnswer.QUIT:
            return False
        event.ignore()
        if answer is CloseAnswer.KEEP_RUNNING:
            self._keep_running()
        return True
