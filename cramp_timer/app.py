"""The composition root: builds every part once and connects them.

`cramp_timer.startup.run` paints the window first and builds this right after.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer

from cramp_timer.clock import Clock
from cramp_timer.controller import SessionController
from cramp_timer.diary import Diary, DiaryError
from cramp_timer.journal import SessionJournal
from cramp_timer.paths import AppPaths
from cramp_timer.settings import Settings, load_settings, save_settings
from cramp_timer.speech import Speaker
from cramp_timer.ui.main_window import MainWindow
from cramp_timer.window_state import WindowState, load_window_state, save_window_state

if TYPE_CHECKING:
    from cramp_timer.ui.settings_dialog import SettingsDialog

log = logging.getLogger(__name__)


class SettingsStore:
    """The current settings; every change is saved at once."""

    def __init__(self, paths: AppPaths, settings: Settings) -> None:
        self._paths = paths
        self._settings = settings

    def current(self) -> Settings:
        return self._settings

    def replace(self, settings: Settings) -> None:
        if settings != self._settings:
            save_settings(self._paths.settings_file, settings)
            self._settings = settings


class CrampTimer:
    """The whole app, wired. Tests build it with a fake clock and a recording speaker."""

    def __init__(self, paths: AppPaths, clock: Clock, speaker: Speaker,
                 window: MainWindow | None = None) -> None:
        """``window``: the window start-up already painted, if any."""
        self.paths = paths
        self.clock = clock
        self.speaker = speaker
        loaded = load_settings(paths.settings_file, clock.now())
        self.settings = SettingsStore(paths, loaded.settings)
        self.controller = SessionController(clock, speaker, self.settings.current)
        self.window = window if window is not None else MainWindow()
        self.window.complete()
        self._speech_note = ""
        self._diary_failed = False
        self.diary: Diary | None = None
        self.journal = self._open_journal()
        self._connect()
        for problem in loaded.problems:
            log.warning("settings: %s", problem)
            self.window.show_notice(problem)

    def _open_journal(self) -> SessionJournal | None:
        try:
            diary = Diary.open(self.paths.diary_file)
        except (DiaryError, OSError) as error:
            log.error("diary: %s", error)
            self.window.show_notice(self.window.tr(
                "Your cramp diary could not be opened, so this night will not be recorded. "
                "Nothing in it was changed. (%1)").replace("%1", str(error)))
            return None
        self.diary = diary
        return SessionJournal(diary, self.clock)

    def _connect(self) -> None:
        window, controller = self.window, self.controller
        window.start_requested.connect(controller.start)
        window.primary_requested.connect(controller.primary)
        window.pause_requested.connect(controller.toggle_pause)
        window.stop_requested.connect(controller.stop)
        window.again_requested.connect(controller.again)
        window.better_requested.connect(controller.better)
        window.care_instead_requested.connect(controller.care_instead)
        window.followup_requested.connect(controller.followup)
        window.switched_off.connect(controller.acknowledge)
        window.care_done.connect(controller.finish_care)
        window.rating_given.connect(controller.rate)
        window.settings_requested.connect(self.open_settings)
        window.closing.connect(self._save_window_state)
        controller.snapshot_changed.connect(window.show_snapshot)
        controller.notice.connect(self._on_notice)
        if self.journal is not None:
            journal = self.journal
            for signal, write in ((controller.session_started, journal.started),
                                  (controller.session_progressed, journal.progressed),
                                  (controller.session_ended, journal.ended),
                                  (controller.followup_ended, journal.followup),
                                  (controller.rated, journal.rated)):
                signal.connect(lambda value, write=write: self._record(write, value))

    def _record(self, write: Callable[[Any], None], value: object) -> None:
        """Diary writes never break a session: a failure is logged and said once."""
        try:
            write(value)
        except (sqlite3.Error, OSError, ValueError) as error:
            log.error("diary write failed: %s", error)
            if not self._diary_failed:
                self._diary_failed = True
                self.window.show_notice(self.window.tr(
                    "This session could not be written to your diary (%1).").replace(
                        "%1", str(error)))

    def show(self) -> None:
        """Show the window (if start-up has not already) and start the speech worker."""
        if not self.window.isVisible():
            self.window.present(load_window_state(self.paths.window_state_file))
        # speech starts after the first paint, so it never delays the window
        QTimer.singleShot(0, self.controller.start_speech)

    def run_routine(self, name: str) -> str | None:
        """Start the routine called `name` (``cramp-timer --routine NAME``): None once it
        runs, else the reason it cannot, in plain words. Routines do not exist yet."""
        log.info("routine %r asked for, but routines are not available yet", name)
        return self.window.tr("Routines are not available yet.")

    def open_settings(self) -> SettingsDialog:
        from cramp_timer.ui.settings_dialog import SettingsDialog  # not needed at start-up

        dialog = SettingsDialog(self.window)
        dialog.load(self.settings.current(), self.speaker.voices(), self._speech_note)
        dialog.test_voice_requested.connect(self.controller.test_voice)
        dialog.accepted.connect(lambda: self._save_settings(dialog))
        dialog.finished.connect(self.controller.apply_settings)
        dialog.open()
        return dialog

    def _save_settings(self, dialog: SettingsDialog) -> None:
        try:
            self.settings.replace(dialog.save())
        except OSError as error:
            self.window.show_notice(self.window.tr(
                "Your settings could not be saved: %1").replace("%1", str(error)))

    def _on_notice(self, text: str) -> None:
        self._speech_note = text
        self.window.show_notice(text)

    def _save_window_state(self) -> None:
        size = self.window.size()
        try:
            save_window_state(self.paths.window_state_file,
                              WindowState(size.width(), size.height()))
        except OSError as error:
            log.warning("window size not saved: %s", error)

    def shutdown(self) -> None:
        self.controller.shutdown()
        if self.diary is not None:
            self.diary.close()
            self.diary = None
