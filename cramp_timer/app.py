"""The composition root: builds every part once, connects them, runs the event loop."""

from __future__ import annotations

import logging
import os
import sqlite3
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer

from cramp_timer import __version__
from cramp_timer.clock import Clock, SystemClock
from cramp_timer.controller import SessionController
from cramp_timer.diary import Diary, DiaryError
from cramp_timer.journal import SessionJournal
from cramp_timer.paths import AppPaths
from cramp_timer.settings import Settings, load_settings, save_settings
from cramp_timer.speech import ProcessSpeaker, Speaker
from cramp_timer.ui.main_window import MainWindow
from cramp_timer.ui.qt_app import create_application, report_first_paint
from cramp_timer.window_state import WindowState, load_window_state, save_window_state

if TYPE_CHECKING:
    from cramp_timer.ui.settings_dialog import SettingsDialog

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Options:
    now: bool = False


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

    def __init__(self, paths: AppPaths, clock: Clock, speaker: Speaker) -> None:
        self.paths = paths
        self.clock = clock
        self.speaker = speaker
        loaded = load_settings(paths.settings_file, clock.now())
        self.settings = SettingsStore(paths, loaded.settings)
        self.controller = SessionController(clock, speaker, self.settings.current)
        self.window = MainWindow()
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
        window.settings_requested.connect(self.open_settings)
        window.closing.connect(self._save_window_state)
        controller.snapshot_changed.connect(window.show_snapshot)
        controller.notice.connect(self._on_notice)
        if self.journal is not None:
            journal = self.journal
            controller.session_started.connect(lambda _s: self._record(journal.started,
                                                                      self.settings.current()))
            controller.snapshot_changed.connect(lambda s: self._record(journal.progressed, s))
            controller.session_ended.connect(lambda s: self._record(journal.ended, s))

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
        state = load_window_state(self.paths.window_state_file)
        self.window.place_on_pointer_screen(state.width, state.height)
        self.window.show()
        self.window.raise_()
        self.window.activateWindow()
        # speech starts after the first paint, so it never delays the window
        QTimer.singleShot(0, self.controller.start_speech)

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


LOG_KEEP_BYTES = 256 * 1024


def _setup_logging(paths: AppPaths) -> None:
    """Log to a file in the state folder; a log grown past 256 KiB starts afresh, the old
    one kept as .1 (plain logging: logging.handlers costs start-up time)."""
    log_file = paths.log_file
    try:
        if log_file.stat().st_size > LOG_KEEP_BYTES:
            log_file.replace(log_file.with_suffix(".log.1"))
    except OSError:
        pass  # no log yet
    handler = logging.FileHandler(log_file, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    root.addHandler(handler)


def run(options: Options, argv: Sequence[str] = ()) -> int:
    paths = AppPaths.default()
    try:
        paths.ensure()
    except OSError as error:
        print(f"cramp-timer: {error}", file=sys.stderr)
        return 1
    _setup_logging(paths)
    log.info("Cramp Timer %s starting", __version__)
    app = create_application([sys.argv[0] if sys.argv else "cramp-timer", *argv], __version__)
    clock = SystemClock()
    timer = CrampTimer(paths, clock, ProcessSpeaker(paths.speech_cache_dir, clock))
    if os.environ.get("CRAMP_TIMER_QUIT_AFTER_FIRST_PAINT"):
        report_first_paint(app, timer.window)
    timer.show()
    if options.now:
        QTimer.singleShot(0, timer.controller.start)
    try:
        return app.exec()
    finally:
        timer.shutdown()
