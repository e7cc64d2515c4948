"""Issue 12 point 9, no silent dead ends: closing with reminders on and no tray asks;
the welcome stays away once a stretch has run; a typed time is taken whole."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fakes import RecordingSpeaker
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from cramp_timer.app import CrampTimer
from cramp_timer.core.clock import FakeClock
from cramp_timer.storage.paths import AppPaths
from cramp_timer.storage.settings import Settings, load_settings
from cramp_timer.ui.close_guard import CloseAnswer
from cramp_timer.ui.pages.welcome_page import WelcomePage
from cramp_timer.ui.tray import Tray


@pytest.fixture
def settings() -> Settings:
    return Settings(reminder_enabled=True, welcome_seen=True)


def answering(timer: CrampTimer, answer: CloseAnswer) -> list[str]:
    """The close question answered with ``answer``; the list of times it was asked."""
    asked: list[str] = []

    def ask(window: QWidget) -> CloseAnswer:
        asked.append(window.windowTitle())
        return answer

    timer.close_guard.ask = ask
    # (a test's close() is the app's own, which asks nothing; the window manager's asks)
    timer.close_guard.only_from_desktop = False
    return asked


def test_closing_without_a_tray_asks_and_keep_running_hides_the_window(
        timer: CrampTimer, monkeypatch: pytest.MonkeyPatch) -> None:
    assert not Tray.available()  # offscreen: no tray
    asked = answering(timer, CloseAnswer.KEEP_RUNNING)
    timer.window.close()
    assert asked == ["Cramp Timer"]
    assert not timer.window.isVisible()  # hidden, not closed: the app runs on
    # the reminder brings the window back
    timer.reminder_routes.due("Time for your bedtime stretches.")
    assert timer.window.isVisible() and timer.window.reminder_bar.isVisible()


def test_cancel_keeps_the_window_and_quit_closes_it(timer: CrampTimer) -> None:
    answering(timer, CloseAnswer.STAY)
    assert not timer.window.close()
    assert timer.window.isVisible()
    answering(timer, CloseAnswer.QUIT)
    assert timer.window.close()
    assert not timer.window.isVisible()


def test_with_reminders_off_closing_asks_nothing(timer: CrampTimer) -> None:
    timer.settings.replace(timer.settings.current().with_changes(reminder_enabled=False))
    asked = answering(timer, CloseAnswer.STAY)
    assert timer.window.close()
    assert asked == []


def test_the_apps_own_close_asks_nothing(timer: CrampTimer) -> None:
    asked = answering(timer, CloseAnswer.STAY)
    timer.close_guard.only_from_desktop = True
    assert timer.window.close()
    assert asked == []


@pytest.fixture
def first_start(qtbot: QtBot) -> Iterator[tuple[CrampTimer, FakeClock, AppPaths]]:
    paths = AppPaths.default()
    paths.ensure()
    clock = FakeClock()
    app = CrampTimer(paths, clock, RecordingSpeaker(clock))
    qtbot.addWidget(app.window)
    app.show()
    yield app, clock, paths
    app.shutdown()


def test_once_a_stretch_has_run_the_welcome_waits_until_asked(
        first_start: tuple[CrampTimer, FakeClock, AppPaths], qtbot: QtBot) -> None:
    timer, clock, paths = first_start
    assert isinstance(timer.window.pages.currentWidget(), WelcomePage)
    qtbot.keyClick(timer.window, Qt.Key.Key_Space)  # Cramp now, from the welcome
    assert load_settings(paths.settings_file, clock.now()).settings.welcome_seen
    timer.controller.stop()
    timer.controller.stop()  # no rating
    assert timer.window.pages.currentIndex() == 0  # the idle page, not the welcome


def test_a_typed_time_is_taken_whole_and_a_wrong_one_is_said(
        timer: CrampTimer, qtbot: QtBot, paths: AppPaths, clock: FakeClock) -> None:
    dialog = timer.open_settings()
    assert dialog is not None
    field = dialog.reminder_time
    assert field.text() == "22:00"
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, "11:47")
    assert field.time().toString("HH:mm") == "11:47"
    field.editingFinished.emit()  # (the focus leaves it)
    assert field.text() == "11:47"
    field.selectAll()
    qtbot.keyClicks(field, "25:99")
    field.editingFinished.emit()
    assert not dialog.reminder_time_problem.isHidden()
    assert "25:99" in dialog.reminder_time_problem.text()
    assert "11:47" in dialog.reminder_time_problem.text()  # the last good time is kept
    qtbot.keyClick(field, Qt.Key.Key_Up)  # five minutes on, from the time kept
    assert field.text() == "11:52" and dialog.reminder_time_problem.isHidden()
    dialog.accept()
    saved = load_settings(paths.settings_file, clock.now()).settings
    assert saved.reminder_time.strftime("%H:%M") == "11:52"
