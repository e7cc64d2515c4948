"""The first start's welcome page and the More menu (check setup, welcome again)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fakes import RecordingSpeaker
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from pytestqt.qtbot import QtBot

from cramp_timer.app import CrampTimer
from cramp_timer.core.clock import FakeClock
from cramp_timer.desktop.autostart import XdgAutostart
from cramp_timer.storage.paths import AppPaths
from cramp_timer.storage.settings import Variant, load_settings
from cramp_timer.ui.pages.welcome_page import WelcomePage


@pytest.fixture
def first_start(qtbot: QtBot) -> Iterator[tuple[CrampTimer, RecordingSpeaker]]:
    paths = AppPaths.default()
    paths.ensure()
    clock = FakeClock()
    speaker = RecordingSpeaker(clock)
    app = CrampTimer(paths, clock, speaker)
    qtbot.addWidget(app.window)
    app.show()
    yield app, speaker
    app.shutdown()


def welcome(timer: CrampTimer) -> WelcomePage:
    page = timer.window.pages.currentWidget()
    assert isinstance(page, WelcomePage)
    return page


def test_the_first_start_welcomes_and_done_keeps_the_choices(
        first_start: tuple[CrampTimer, RecordingSpeaker], qtbot: QtBot) -> None:
    timer, speaker = first_start
    page = welcome(timer)
    assert page.seated.isChecked() and not page.reminder.isChecked()
    # standing up at night, half asleep: the same caution as the stretch's first line
    assert "get up slowly and hold on to something steady" in page.standing.text()
    page.standing.setChecked(True)
    page.reminder.setChecked(True)
    page.login.setChecked(True)
    qtbot.mouseClick(page.test_button, Qt.MouseButton.LeftButton)
    assert speaker.keys() == ["test-voice"]
    qtbot.mouseClick(page.done_button, Qt.MouseButton.LeftButton)
    assert timer.window.pages.currentIndex() == 0
    saved = load_settings(timer.paths.settings_file, timer.clock.now()).settings
    assert saved.variant is Variant.STANDING and saved.reminder_enabled and saved.welcome_seen
    assert XdgAutostart().enabled()


def test_a_screen_reader_hears_the_question_with_each_stretch_choice(
        first_start: tuple[CrampTimer, RecordingSpeaker]) -> None:
    page = welcome(first_start[0])
    for choice in (page.seated, page.standing):
        reader = QAccessible.queryAccessibleInterface(choice)
        assert reader is not None
        assert reader.text(QAccessible.Text.Name) == choice.text()
        assert reader.text(QAccessible.Text.Description) == "How will you stretch?"


def test_skip_changes_nothing_but_is_not_shown_again(
        first_start: tuple[CrampTimer, RecordingSpeaker], qtbot: QtBot) -> None:
    timer, _speaker = first_start
    qtbot.mouseClick(welcome(timer).skip_button, Qt.MouseButton.LeftButton)
    saved = load_settings(timer.paths.settings_file, timer.clock.now()).settings
    assert saved.welcome_seen and saved.variant is Variant.SEATED
    assert not XdgAutostart().enabled()
    welcome_action = next(a for a in timer.window.help_menu.actions() if a.text() == "&Welcome")
    welcome_action.trigger()  # More → Welcome reopens it
    assert welcome(timer).seated.isChecked()


def test_cramp_now_is_never_blocked_by_the_welcome(
        first_start: tuple[CrampTimer, RecordingSpeaker], qtbot: QtBot) -> None:
    timer, speaker = first_start
    qtbot.keyClick(timer.window, Qt.Key.Key_Space)
    assert timer.window.pages.currentWidget() is timer.window.complete().run_page
    assert speaker.keys() == ["position"]


def test_check_setup_opens_the_report(first_start: tuple[CrampTimer, RecordingSpeaker],
                                      qtbot: QtBot) -> None:
    timer, _speaker = first_start
    dialog = timer.check_setup()
    assert dialog.isVisible()
    dialog.close()
