"""The tray icon and its menu: Cramp now, Bedtime routine, Open, Settings, Quit, and
while a reminder is due: Start now, Snooze, Skip tonight. Only emits intents."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal, SignalInstance
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from cramp_timer.ui.qt_app import app_icon, tray_available


class Tray(QObject):
    cramp_now = Signal()
    routine = Signal()
    open_window = Signal()
    settings = Signal()
    quit = Signal()
    reminder_start = Signal()
    reminder_snooze = Signal()
    reminder_skip = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.icon = QSystemTrayIcon(app_icon(), self)
        self.icon.setToolTip(self.tr("Cramp Timer"))
        self.menu = QMenu()
        self.menu.setAccessibleName(self.tr("Cramp Timer"))
        self._reminder_actions: list[QAction] = []
        for text, signal in ((self.tr("Start the bedtime routine now"), self.reminder_start),
                             (self.tr("Snooze"), self.reminder_snooze),
                             (self.tr("Skip tonight"), self.reminder_skip)):
            self._reminder_actions.append(self._add(text, signal))
        self._separator = self.menu.addSeparator()
        self._add(self.tr("Cramp now"), self.cramp_now)
        self._add(self.tr("Bedtime routine"), self.routine)
        self.menu.addSeparator()
        self._add(self.tr("Open"), self.open_window)
        self._add(self.tr("Settings"), self.settings)
        self._add(self.tr("Quit"), self.quit)
        self.show_reminder(None)
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._activated)

    def _add(self, text: str, signal: SignalInstance) -> QAction:
        action = self.menu.addAction(text)
        action.setObjectName(text)
        action.triggered.connect(signal.emit)
        return action

    @staticmethod
    def available() -> bool:
        return tray_available()

    def set_visible(self, visible: bool) -> None:
        self.icon.setVisible(visible)

    def show_reminder(self, text: str | None, balloon: bool = True) -> None:
        """Offer the reminder's answers in the menu (None: none due), and a balloon
        (unless ``balloon`` is False: a desktop notification shows the reminder)."""
        for action in (*self._reminder_actions, self._separator):
            action.setVisible(text is not None)
        if text is not None and balloon:
            self.remind(text)

    def remind(self, text: str) -> None:
        """The reminder as a balloon from the tray icon."""
        if self.icon.isVisible() and QSystemTrayIcon.supportsMessages():
            self.icon.showMessage(self.tr("Cramp Timer"), text, app_icon(), 60_000)

    def tell(self, text: str) -> None:
        if self.icon.isVisible() and QSystemTrayIcon.supportsMessages():
            self.icon.showMessage(self.tr("Cramp Timer"), text, app_icon(), 10_000)

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (QSystemTrayIcon.ActivationReason.Trigger,
                      QSystemTrayIcon.ActivationReason.DoubleClick):
            self.open_window.emit()
