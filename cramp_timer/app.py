"""The composition root: builds every part once and connects them.

`cramp_timer.startup.run` paints the window first and builds this right after.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, tzinfo
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QCoreApplication, Qt, QTimer

from cramp_timer.core.clock import Clock
from cramp_timer.core.night import Stage
from cramp_timer.desktop.autostart import Autostart, default_autostart
from cramp_timer.desktop.keep_awake import AwakeFor, KeepAwake, reason_text
from cramp_timer.desktop.notifier import Notifier
from cramp_timer.flows.controller import SessionController
from cramp_timer.flows.journal import SessionJournal
from cramp_timer.flows.pin_gate import PinGate
from cramp_timer.flows.reminder_routes import ReminderRoutes
from cramp_timer.flows.routine_flow import RoutineFlow
from cramp_timer.flows.settings_flow import SettingsFlow
from cramp_timer.i18n import translate
from cramp_timer.routines.model import Routine, routine_title
from cramp_timer.speech.speaker import Speaker
from cramp_timer.storage.diary import CrampEntry, Diary, ReminderOutcome
from cramp_timer.storage.paths import AppPaths
from cramp_timer.storage.settings import Settings, load_settings
from cramp_timer.storage.window_state import WindowState, load_window_state, save_window_state
from cramp_timer.ui.main_window import MainWindow
from cramp_timer.ui.qt_app import quit_on_last_window_closed, set_dim
from cramp_timer.ui.tray import Tray

if TYPE_CHECKING:
    from cramp_timer.flows.reminders import ReminderService
    from cramp_timer.routines.store import RoutineStore
    from cramp_timer.storage.lock import Action, PinLock
    from cramp_timer.ui.dialogs.history_view import HistoryDialog
    from cramp_timer.ui.dialogs.pin_prompt import PinPrompt, PinSettingsDialog
    from cramp_timer.ui.dialogs.routine_editor import RoutineEditor
    from cramp_timer.ui.dialogs.self_check_dialog import SelfCheckDialog
    from cramp_timer.ui.dialogs.settings_dialog import SettingsDialog
    from cramp_timer.ui.pages.welcome_page import WelcomePage

log = logging.getLogger(__name__)

@dataclass
class Desktop:
    """What the app asks of the desktop. The defaults are harmless (tests use them):
    no screen inhibition, no desktop notifications, the login entry under
    $XDG_CONFIG_HOME, this machine's zone."""

    keep_awake: KeepAwake = field(default_factory=KeepAwake)
    notifier: Notifier = field(default_factory=Notifier)
    autostart: Autostart = field(default_factory=default_autostart)
    zone: tzinfo | None = None  # None: this machine's zone, looked up when first needed


class CrampTimer:
    """The whole app, wired. Tests build it with a fake clock and a recording speaker."""

    def __init__(self, paths: AppPaths, clock: Clock, speaker: Speaker,
                 window: MainWindow | None = None, desktop: Desktop | None = None) -> None:
        """``window``: the window start-up already painted, if any."""
        self.paths = paths
        self.clock = clock
        self.speaker = speaker
        self.desktop = desktop if desktop is not None else Desktop()
        self.keep_awake = self.desktop.keep_awake
        loaded = load_settings(paths.settings_file, clock.now())
        self.window = window if window is not None else MainWindow()
        self.settings = SettingsFlow(
            paths.settings_file, loaded.settings, self.window.show_notice,
            self.desktop.autostart, dim=set_dim,
            volume=lambda level: self.window.night_bar.show_volume(level),  # (made later)
            voice=lambda: self.controller.apply_settings(), reminders=self._follow_reminders)
        # The caregiver's files are read when first needed (a routine, the settings, the
        # Routines page) or right after start-up, never before a stretch can start.
        self._store: RoutineStore | None = None
        self._lock: PinLock | None = None
        self.routines: Callable[[], Sequence[Routine]] = lambda: self.store.all()
        self.controller = SessionController(clock, speaker, self.settings.current,
                                            self.routines)
        self.window.complete()
        self._speech_note = ""
        self._diary_failed = False
        self._told_tray = False
        self.diary: Diary | None = None
        self.journal = self._open_journal()
        self.reminder_routes = ReminderRoutes(
            self._make_reminder_service, lambda: self.settings.current().reminder_enabled,
            self.window, self.desktop.notifier, lambda: self.tray,
            lambda: self.settings.current().reminder_speak,
            lambda text: self.controller.announce("reminder", text),
            self.bring_to_front, self.run_routine)
        self.tray: Tray | None = None  # made when the desktop has a tray (it costs ~3 MiB)
        self.pin_gate = PinGate(lambda: self.lock, self._make_pin_prompt)
        self.routine_flow = RoutineFlow(lambda: self.store, self.controller.routine,
                                        self.window.show_notice)
        self.settings_dialog: SettingsDialog | None = None  # the last one opened
        self._connect()
        self._connect_reminders()
        for problem in loaded.problems:
            log.warning("settings: %s", problem)
            self.window.show_notice(problem)
        if loaded.settings.dim:
            set_dim(True)

    @property
    def store(self) -> RoutineStore:
        """The built-in routines and the user's own (read on first use)."""
        if self._store is None:
            from cramp_timer.routines.store import RoutineStore

            self._store = RoutineStore(self.paths, self.clock)
            for problem in self._store.problems:
                log.warning("routines: %s", problem)
                self.window.show_notice(problem)
        return self._store

    @property
    def lock(self) -> PinLock:
        """The PIN lock (read on first use)."""
        if self._lock is None:
            from cramp_timer.storage.lock import PinLock

            self._lock = PinLock(self.paths.lock_file, self.clock)
            self._lock.is_set()  # reads the file: a broken one is said now
            for problem in self._lock.problems:
                log.warning("lock: %s", problem)
                self.window.show_notice(problem)
        return self._lock

    def tell_folder_problems(self, problems: Sequence[OSError]) -> None:
        """Say once which of the app's folders could not be made or written."""
        from cramp_timer.storage.paths import folder_notice

        text = folder_notice(list(problems))
        if text:
            log.warning("folders: %s", text)
            self.window.show_notice(text)

    def _read_caregiver_files(self) -> None:
        """After start-up: a routines or lock file that cannot be used is said at once."""
        self.routine_flow.check()
        self.lock.is_set()

    def _open_journal(self) -> SessionJournal:
        """The diary never stops recording: see `cramp_timer.storage.diary_keeper`."""
        from cramp_timer.storage.diary_keeper import DiaryKeeper, PendingFile

        keeper = DiaryKeeper(self.paths.diary_file, self.clock, self.window.show_notice)
        journal = SessionJournal(keeper, self.clock,
                                 PendingFile(self.paths.config_dir / "diary-pending.json"))
        self.diary = keeper.diary()
        return journal

    def _connect(self) -> None:
        window, controller = self.window, self.controller
        window.start_requested.connect(controller.start)
        window.primary_requested.connect(controller.primary)
        window.pause_requested.connect(controller.toggle_pause)
        window.skip_requested.connect(controller.skip)
        window.routine_requested.connect(self.run_routine)
        window.stop_requested.connect(controller.stop)
        window.escape_requested.connect(controller.escape)
        window.not_a_cramp_requested.connect(controller.cancel)
        window.again_requested.connect(controller.again)
        window.better_requested.connect(controller.better)
        window.care_instead_requested.connect(controller.care_instead)
        window.followup_requested.connect(controller.followup)
        window.switched_off.connect(controller.acknowledge)
        window.care_done.connect(controller.finish_care)
        window.rating_given.connect(controller.rate)
        window.severity_chosen.connect(controller.choose_severity)
        window.digit_typed.connect(controller.type_digit)
        window.leg_chosen.connect(controller.choose_leg)
        window.rating_done.connect(controller.confirm_rating)
        window.settings_requested.connect(self.open_settings)
        window.history_requested.connect(self.open_history)
        window.check_setup_requested.connect(self.check_setup)
        window.welcome_requested.connect(self.show_welcome)
        window.routines_requested.connect(self.open_routines)
        window.dim_requested.connect(self.settings.toggle_dim)
        window.night_bar.volume_step.connect(self.settings.step_volume)
        window.night_bar.now = self.clock.now
        window.night_bar.refresh()
        window.night_bar.show_volume(self.settings.current().voice_volume)
        window.pages.currentChanged.connect(self._page_changed)
        window.closing.connect(self._save_window_state)
        controller.session_started.connect(lambda _s: self.settings.welcome_met())
        controller.routine_started.connect(lambda _r: self.settings.welcome_met())
        controller.snapshot_changed.connect(window.show_snapshot)
        controller.notice.connect(self._on_notice)
        controller.busy_changed.connect(self._keep_awake)
        if self.journal is not None:
            journal = self.journal
            for signal, write in ((controller.session_started, journal.started),
                                  (controller.snapshot_changed, journal.progressed),
                                  (controller.session_ended, journal.ended),
                                  (controller.session_cancelled, journal.cancelled),
                                  (controller.followup_ended, journal.followup),
                                  (controller.rated, journal.rated),
                                  (controller.routine_started, journal.routine_started),
                                  (controller.routine_ended, journal.routine_ended)):
                signal.connect(lambda value, write=write: self._record(write, value))

    def _connect_reminders(self) -> None:
        routes, window, notifier = self.reminder_routes, self.window, self.desktop.notifier
        for start, snooze, skip in (
                (window.reminder_start_requested, window.reminder_snooze_requested,
                 window.reminder_skip_requested),
                (notifier.start, notifier.snooze, notifier.skip)):
            start.connect(routes.start_routine)
            snooze.connect(routes.snooze)
            skip.connect(routes.skip)
        notifier.unshown.connect(routes.unshown)
        window.hidden_to_tray.connect(self._hidden_to_tray)
        routes.service_if_on()
        self._apply_tray()
        from cramp_timer.ui.close_guard import CloseGuard

        self._quitting = False
        self.close_guard = CloseGuard(self.window, self._ask_on_close, self._keep_running)

    def _ask_on_close(self) -> bool:
        """Closing asks when a reminder is due to come and no tray icon keeps the app."""
        return (self.settings.current().reminder_enabled and not self.window.keep_in_tray
                and not self._quitting)

    def _keep_running(self) -> None:
        """Run on without a window or a tray icon, until the reminder or the next launch."""
        self._save_window_state()
        quit_on_last_window_closed(False)
        self.window.hide()

    @property
    def reminders(self) -> ReminderService | None:
        """The reminder service, once reminders have been on (see `ReminderRoutes`)."""
        return self.reminder_routes.service

    def _make_reminder_service(self) -> ReminderService:
        from cramp_timer.flows.reminders import ReminderService
        from cramp_timer.flows.schedule import (
            JsonReminderStore,
            ReminderScheduler,
            rule_from_settings,
            system_zone,
        )

        zone = self.desktop.zone if self.desktop.zone is not None else system_zone()
        return ReminderService(
            self.clock,
            ReminderScheduler(rule_from_settings(self.settings.current()), zone,
                              JsonReminderStore(self.paths.reminder_state_file)),
            zone, self.settings.current, self.routines, self._record_reminder, self.window)

    def make_tray(self) -> Tray:
        if self.tray is None:
            tray = self.tray = Tray(self.window)
            tray.reminder_start.connect(self.reminder_routes.start_routine)
            tray.reminder_snooze.connect(self.reminder_routes.snooze)
            tray.reminder_skip.connect(self.reminder_routes.skip)
            tray.cramp_now.connect(self.cramp_now)
            tray.routine.connect(self._routine_from_tray)
            tray.open_window.connect(self.bring_to_front)
            tray.settings.connect(self._settings_from_tray)
            tray.quit.connect(self.quit)
        return self.tray

    def cramp_now(self) -> None:
        self.bring_to_front()
        self.controller.start()

    def _routine_from_tray(self) -> None:
        self.bring_to_front()
        self.run_routine()

    def _settings_from_tray(self) -> None:
        self.bring_to_front()
        self.open_settings()

    def _record_reminder(self, night: date, outcome: ReminderOutcome) -> None:
        journal = self.journal
        self._record(lambda _v: journal.reminder(night, outcome), None)

    def _apply_tray(self) -> None:
        """With reminders on, the app lives in the tray: closing the window hides it."""
        available = Tray.available()
        in_tray = available and self.settings.current().reminder_enabled
        if available:
            self.make_tray().set_visible(True)
        self.window.keep_in_tray = in_tray
        quit_on_last_window_closed(not in_tray)

    def _hidden_to_tray(self) -> None:
        if not self._told_tray and self.tray is not None:
            self._told_tray = True
            self.tray.tell(translate("CrampTimer",
                "Cramp Timer keeps running here, so it can remind you at bedtime. "
                "Quit it from this icon's menu."))

    def bring_to_front(self) -> None:
        if not self.window.isVisible():
            self.window.present(load_window_state(self.paths.window_state_file))
        self.window.raise_()
        self.window.activateWindow()
        self.reminder_routes.check()

    def quit(self) -> None:
        self._quitting = True
        self.window.keep_in_tray = False
        app = QCoreApplication.instance()
        if app is not None:
            app.quit()

    def _record(self, write: Callable[[Any], object], value: object) -> None:
        """Diary writes never break a session: a failure is logged and said once (the
        journal keeps what could not be written, see `cramp_timer.flows.journal`)."""
        try:
            write(value)
            if self.diary is None:  # opened since start-up
                self.diary = self.journal.diary
        except (sqlite3.Error, OSError, ValueError) as error:
            log.error("diary write failed: %s", error)
            if not self._diary_failed:
                self._diary_failed = True
                self.window.show_notice(translate("CrampTimer",
                    "This session could not be written to your diary (%1).").replace(
                        "%1", str(error)))

    def _keep_awake(self, busy: bool) -> None:
        """While a stretch, a timer or a routine runs, the screen stays on."""
        if not busy:
            self.keep_awake.release()
            return
        stage = self.controller.stage
        why = (AwakeFor.ROUTINE if stage is Stage.ROUTINE else
               AwakeFor.STRETCH if stage is Stage.STRETCH else AwakeFor.CARE)
        self.keep_awake.hold(reason_text(why))

    def run_routine(self, name: str | None = None) -> str | None:
        """Start a routine (None: the bedtime routine); a refusal is shown and returned."""
        return self.routine_flow.run(name)

    @property
    def editor(self) -> RoutineEditor | None:
        """The Routines page's editor, once built."""
        return cast("RoutineEditor | None", self.routine_flow.editor)

    def show(self, hidden: bool = False) -> None:
        """Show the window (unless start-up has, or ``hidden``: in the tray) and start
        the speech worker and the reminders."""
        if hidden:
            self.window.keep_in_tray = True
            quit_on_last_window_closed(False)
        elif not self.window.isVisible():
            self.window.present(load_window_state(self.paths.window_state_file))
        # speech starts after the first paint, so it never delays the window
        QTimer.singleShot(0, self.controller.start_speech)
        QTimer.singleShot(0, self._read_caregiver_files)
        self.reminder_routes.start()
        if not self.settings.current().welcome_seen and not hidden:
            self.show_welcome()

    def show_welcome(self) -> WelcomePage:
        """The first start's welcome (Help → Welcome reopens it); never blocks Cramp now."""
        from cramp_timer.ui.pages.welcome_page import WelcomePage

        def build() -> WelcomePage:
            page = WelcomePage()
            page.cramp_now.connect(self.controller.start)
            page.test_voice.connect(lambda: self.controller.test_voice())
            page.done.connect(lambda: self._welcome_done(page.save(self.settings.current())))
            page.skipped.connect(lambda: self._welcome_done(None))
            return page

        page = self.window.show_extra_page("welcome", build)
        assert isinstance(page, WelcomePage)
        page.load(self.settings.current(), self.desktop.autostart.enabled())
        return page

    def _welcome_done(self, chosen: tuple[Settings, bool] | None) -> None:
        self.settings.welcome_done(chosen)
        self.window.leave_page()

    def check_setup(self) -> SelfCheckDialog:
        from cramp_timer.ui.dialogs.self_check_dialog import BackgroundSelfCheck, SelfCheckDialog

        dialog = SelfCheckDialog(self.window)
        checker = BackgroundSelfCheck(self.paths, dialog)
        checker.finished.connect(dialog.show_report)

        def run() -> None:
            dialog.show_running()
            checker.start()

        dialog.rerun_requested.connect(run)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        run()
        dialog.open()
        return dialog

    def open_history(self) -> HistoryDialog | None:
        if self.diary is None:
            self.diary = self.journal.diary
        if self.diary is None:
            self.window.show_notice(translate("CrampTimer",
                "Your diary could not be opened, so there is no history to show."))
            return None
        from cramp_timer.storage.lock import Action
        from cramp_timer.ui.dialogs import history_view
        from cramp_timer.ui.dialogs.history_view import HistoryDialog  # not needed at start-up

        def confirm_delete(entry: CrampEntry) -> bool:
            return (self.pin_gate.pin_given(Action.DELETE_DIARY, dialog)
                    and history_view.ask_confirm_delete(dialog, entry))

        dialog = HistoryDialog(self.diary, self.clock, None, self.window,
                               confirm_delete=confirm_delete)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.controller.session_ended.connect(dialog.refresh)
        dialog.finished.connect(lambda _r: self.controller.session_ended.disconnect(
            dialog.refresh))
        dialog.open()
        if self.diary.damaged:  # rows the history had to leave out (see Diary.damaged)
            self.window.show_notice(translate(
                "CrampTimer", "%n diary entries are damaged and could not be read, so the "
                "history and exports leave them out. They are still in the diary file.", "",
                len(self.diary.damaged)))
        return dialog

    # -- the lock ----------------------------------------------------------------------
    @property
    def pin_prompt(self) -> PinPrompt | None:
        """The open PIN prompt, if any (`PinGate`)."""
        return cast("PinPrompt | None", self.pin_gate.prompt)  # the one _make_pin_prompt made

    def _make_pin_prompt(self, action: Action, parent: HistoryDialog | None) -> PinPrompt:
        """A PIN prompt over `parent`, or over the window (then it goes when closed)."""
        from cramp_timer.ui.dialogs.pin_prompt import PinPrompt

        prompt = PinPrompt(self.lock, action, parent or self.window)
        if parent is None:
            prompt.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        return prompt

    def open_pin_settings(self, parent: SettingsDialog | None = None) -> PinSettingsDialog:
        from cramp_timer.ui.dialogs.pin_prompt import PinSettingsDialog

        dialog = PinSettingsDialog(self.lock, parent or self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    # -- routines ------------------------------------------------------------------------
    def open_routines(self) -> PinPrompt | None:
        """The Routines page (after the PIN, if one is set)."""
        from cramp_timer.storage.lock import Action

        self.routine_flow.check()
        return cast("PinPrompt | None",
                    self.pin_gate.unlock(Action.EDIT_ROUTINES, self.show_routines))

    def show_routines(self) -> RoutineEditor:
        from cramp_timer.routines.editing import RoutineEditing
        from cramp_timer.ui.dialogs.routine_editor import RoutineEditor, RoutinesPage

        flow = self.routine_flow

        def build() -> RoutinesPage:
            page = RoutinesPage()
            page.back_requested.connect(self.window.leave_page)
            editor = RoutineEditor(RoutineEditing(self.store), page)
            editor.run_requested.connect(self.run_routine)
            editor.preview_requested.connect(self.controller.preview)
            editor.renamed.connect(self.settings.routine_renamed)
            editor.deleted.connect(self.settings.routine_deleted)
            flow.editor = editor
            return page

        self.window.show_extra_page("routines", build)
        assert self.editor is not None
        flow.check()
        self.editor.refresh()
        return self.editor

    def _page_changed(self, _index: int) -> None:
        page = self.editor.page if self.editor is not None else None
        self.routine_flow.watch(page is not None and self.window.pages.currentWidget() is page)

    # -- settings ------------------------------------------------------------------------
    def open_settings(self) -> SettingsDialog | None:
        """The settings (after the PIN, if one is set: then None, and the dialog opens
        once the PIN was given)."""
        from cramp_timer.storage.lock import Action

        self.routine_flow.check()
        opened: list[SettingsDialog] = []
        self.pin_gate.unlock(Action.SETTINGS, lambda: opened.append(self._open_settings_now()))
        return opened[0] if opened else None

    def _open_settings_now(self) -> SettingsDialog:
        from cramp_timer.storage.lock import lock_scope_text
        from cramp_timer.ui.dialogs.settings_dialog import SettingsDialog  # not needed at start-up

        dialog = SettingsDialog(self.window)
        self.settings_dialog = dialog
        dialog.show_lock(self.lock.is_set(), lock_scope_text())
        dialog.pin_requested.connect(lambda: self.open_pin_settings(dialog).finished.connect(
            lambda _r: dialog.show_lock(self.lock.is_set(), lock_scope_text())))
        dialog.load(self.settings.current(), self.speaker.voices(), self._speech_note,
                    [(r.name, routine_title(r)) for r in self.routines()],
                    self.desktop.autostart.enabled())
        dialog.test_voice_requested.connect(self.controller.test_voice)
        from cramp_timer.ui.voice_adding import connect_add_voice

        connect_add_voice(dialog, self.paths.voices_dir)
        dialog.accepted.connect(lambda: self.settings.save_all(
            dialog.save(), dialog.start_at_login.isChecked()))
        dialog.finished.connect(self.controller.apply_settings)
        dialog.open()
        return dialog

    def _follow_reminders(self) -> None:
        """After the settings changed: the reminder and the tray follow them."""
        self.reminder_routes.reconfigure()
        self._apply_tray()

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
        self._quitting = True  # (closing the window now asks nothing)
        self.reminder_routes.stop()
        if self.tray is not None:
            self.tray.set_visible(False)
        self.routine_flow.stop()
        self.controller.shutdown()
        self.keep_awake.close()
        self.desktop.notifier.close()
        self.journal.close()
        self.diary = None
