"""Every control is named by what it shows (see tests/label_in_name.py): buttons, check
boxes and radio buttons by their text, fields by their form label. Checked on every page
and dialog of the app, through Qt's accessibility interface (what AT-SPI hands on)."""

from __future__ import annotations

import pytest
from label_in_name import names_what_shows, shown
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QLabel,
    QMenu,
    QMessageBox,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from cramp_timer.app import CrampTimer
from cramp_timer.storage.diary import CrampEntry
from cramp_timer.storage.lock import Action
from cramp_timer.ui.dialogs import history_view
from cramp_timer.ui.dialogs.pin_prompt import PinPrompt
from cramp_timer.ui.dialogs.routine_editor import RoutinesPage
from cramp_timer.ui.dialogs.self_check_dialog import SelfCheckDialog


def accessible_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None, widget
    return interface.text(QAccessible.Text.Name)


def label_in_name_problems(top: QWidget) -> list[str]:
    """Each control under ``top`` whose accessible name is not what it shows."""
    problems = []
    for button in top.findChildren(QAbstractButton):
        name = accessible_name(button)
        if button.text() and not names_what_shows(name, button.text()):
            problems.append(f"{type(button).__name__} shows {shown(button.text())!r}, "
                            f"named {name!r}")
    for label in top.findChildren(QLabel):
        field = label.buddy()
        if field is None or not label.text():
            continue
        if isinstance(field, QAbstractButton) and field.text():
            continue  # a check box beside a row label is named by its own text (above)
        # Qt on Linux names a combo box by its current item (as GTK does) and hands its
        # label on as a relation; a name of its own still has to fit the label
        name = field.accessibleName() if isinstance(field, QComboBox) else accessible_name(
            field)
        if isinstance(field, QComboBox) and not name:
            continue
        if not names_what_shows(name, label.text()):
            problems.append(f"{type(field).__name__} labelled {shown(label.text())!r}, "
                            f"named {name!r}")
    return problems


def test_the_rule_sees_a_name_that_differs_from_the_text(qtbot: QtBot) -> None:
    top = QWidget()
    qtbot.addWidget(top)
    layout = QVBoxLayout(top)
    fine = QCheckBox("&Speak the steps aloud", top)
    longer = QCheckBox("Left", top)
    longer.setAccessibleName("Left leg")
    other = QCheckBox("Remind me at &bedtime", top)
    other.setAccessibleName("Bedtime reminder on")
    field = QSpinBox(top)
    field.setAccessibleName("Hold time in seconds")
    label = QLabel("&Hold the stretch for", top)
    label.setBuddy(field)
    for widget in (fine, longer, other, label, field):
        layout.addWidget(widget)
    assert label_in_name_problems(top) == [
        "QCheckBox shows 'Remind me at bedtime', named 'Bedtime reminder on'",
        "QSpinBox labelled 'Hold the stretch for', named 'Hold time in seconds'",
    ]


def test_every_page_names_its_controls_by_what_they_show(timer: CrampTimer) -> None:
    window = timer.window
    night = window.night
    assert night is not None
    for page in (night.done_page, night.care_page, night.switch_off_page, night.rating_page):
        assert window.pages.indexOf(page) > 0  # (built on first use)
    window.show_reminder("Time for the bedtime routine")
    window.show_notice("A message")
    window.show_tips()
    window.show_warning_signs()
    timer.show_welcome()
    timer.show_routines()
    assert label_in_name_problems(window) == []


def test_every_dialog_names_its_controls_by_what_they_show(
        timer: CrampTimer, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    settings = timer.open_settings()
    assert settings is not None
    pin_settings = timer.open_pin_settings(settings)
    history = timer.open_history()
    assert history is not None
    check = SelfCheckDialog(timer.window)
    prompt = PinPrompt(timer.lock, Action.SETTINGS, timer.window)
    questions: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: questions.append(box) or 0)
    entry = CrampEntry(1, timer.clock.now(), None, "seated", 45, 1, 0.0, None, False, None,
                       None, ())
    history_view.ask_confirm_delete(history, entry)
    for dialog in (settings, pin_settings, history, check, prompt, *questions):
        qtbot.addWidget(dialog)
        assert label_in_name_problems(dialog) == [], type(dialog).__name__
    settings.reject()


def test_a_menu_closes_when_a_reader_chooses_an_item(timer: CrampTimer, qtbot: QtBot) -> None:
    """Through the item's accessible action (a screen reader, voice control), not a
    click: a menu left open would hold the keyboard, and Space would not start a stretch."""
    menu = timer.window.help_menu
    chosen: list[bool] = []
    timer.window.tips_requested.connect(lambda: chosen.append(True))
    menu.popup(timer.window.more_button.mapToGlobal(timer.window.more_button.rect().center()))
    qtbot.waitUntil(menu.isVisible)
    tips = next(a for a in menu.actions() if a.text() == "&Tips")
    item = QAccessible.queryAccessibleInterface(menu).child(menu.actions().index(tips))
    assert item.text(QAccessible.Text.Name) == "Tips"
    action = item.actionInterface()
    assert action is not None
    action.doAction(action.pressAction())
    assert chosen == [True]
    assert not menu.isVisible()


def test_the_routine_export_menu_closes_too(qtbot: QtBot) -> None:
    page = RoutinesPage()
    qtbot.addWidget(page)
    page.show()
    asked: list[bool] = []
    page.export_requested.connect(asked.append)
    menu = page.export_button.menu()
    assert isinstance(menu, QMenu)
    menu.popup(page.export_button.mapToGlobal(page.export_button.rect().center()))
    qtbot.waitUntil(menu.isVisible)
    page.export_all.trigger()
    assert asked == [True]
    assert not menu.isVisible()
