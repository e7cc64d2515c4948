"""A dialog open over the window blocks the window, never the stretch: each has its own
Cramp now, and when a stretch starts (from anywhere) the dialogs get out of the way."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from cramp_timer.app import CrampTimer
from cramp_timer.core.night import Stage
from cramp_timer.ui.dialogs.pin_prompt import PinPrompt, PinSettingsDialog
from cramp_timer.ui.dialogs.settings_dialog import SettingsDialog
from cramp_timer.ui.main_window import IDLE_PAGE


def cramp_now_of(dialog: object) -> QPushButton:
    button = getattr(dialog, "cramp_now", None)
    assert isinstance(button, QPushButton) and button.isVisible()
    assert button.text() == "Cramp now" and button.accessibleName() == "Cramp now"
    assert not button.autoDefault()  # Enter still answers the dialog
    return button


def back_to_idle(timer: CrampTimer) -> None:
    timer.controller.stop()
    timer.controller.rate(None, None)
    assert timer.window.pages.currentIndex() == IDLE_PAGE


def test_settings_step_aside_for_the_stretch_and_come_back_with_what_was_typed(
        timer: CrampTimer, qtbot: QtBot) -> None:
    dialog = timer.open_settings()
    assert isinstance(dialog, SettingsDialog)
    saved = timer.settings.current().hold_seconds
    dialog.hold.setValue(saved + 10)  # typed, not saved yet
    button = cramp_now_of(dialog)
    assert dialog.layout().itemAt(0).widget() is button  # at the top

    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert timer.controller.stage is Stage.STRETCH
    assert not dialog.isVisible()  # nothing covers the countdown
    assert timer.window.isVisible()

    back_to_idle(timer)
    assert dialog.isVisible()
    assert dialog.hold.value() == saved + 10
    assert timer.settings.current().hold_seconds == saved  # still only typed
    dialog.accept()
    assert timer.settings.current().hold_seconds == saved + 10


def test_a_pin_prompt_is_cancelled_by_the_stretch_and_not_brought_back(
        timer: CrampTimer, qtbot: QtBot) -> None:
    timer.lock.set_pin("2468")
    timer.open_settings()
    prompt = timer.pin_prompt
    assert isinstance(prompt, PinPrompt) and prompt.isVisible()

    qtbot.mouseClick(cramp_now_of(prompt), Qt.MouseButton.LeftButton)
    assert timer.controller.stage is Stage.STRETCH
    assert not prompt.isVisible()
    assert timer.pin_prompt is None
    back_to_idle(timer)
    assert timer.pin_prompt is None
    assert timer.settings_dialog is None  # the settings never opened


def test_dialogs_over_dialogs_come_back_and_questions_are_cancelled(
        timer: CrampTimer, qtbot: QtBot) -> None:
    settings = timer.open_settings()
    assert isinstance(settings, SettingsDialog)
    pin_settings = timer.open_pin_settings(settings)
    assert isinstance(pin_settings, PinSettingsDialog)
    cramp_now_of(pin_settings)
    question = QMessageBox(QMessageBox.Icon.Question, "Delete?", "Delete this?",
                           QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                           timer.window)
    answers: list[int] = []
    question.finished.connect(answers.append)
    question.open()

    timer.cramp_now()  # from the tray, say
    assert timer.controller.stage is Stage.STRETCH
    assert not settings.isVisible() and not pin_settings.isVisible()
    assert not question.isVisible() and answers == [QDialog.DialogCode.Rejected.value]

    back_to_idle(timer)
    assert settings.isVisible() and pin_settings.isVisible()
    assert not question.isVisible()


def test_history_has_its_own_cramp_now(timer: CrampTimer, qtbot: QtBot) -> None:
    history = timer.open_history()
    assert history is not None
    qtbot.mouseClick(cramp_now_of(history), Qt.MouseButton.LeftButton)
    assert timer.controller.stage is Stage.STRETCH
    assert not history.isVisible()
    back_to_idle(timer)
    assert history.isVisible()
    history.reject()


def test_a_dialog_opened_during_the_stretch_stays_until_closed(timer: CrampTimer) -> None:
    """Settings opened during a stretch (Ctrl+,) stay open through the flow's pages."""
    timer.cramp_now()
    page = timer.window.pages.currentWidget()
    dialog = timer.open_settings()
    assert dialog is not None and dialog.isVisible()
    timer.controller.stop()  # on to the rating page
    assert timer.window.pages.currentWidget() is not page
    assert dialog.isVisible()
    dialog.reject()


def test_a_dialog_with_no_window_above_it_has_no_cramp_now(qtbot: QtBot) -> None:
    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    assert dialog.cramp_now is None
