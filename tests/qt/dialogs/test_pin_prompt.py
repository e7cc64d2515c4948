"""The PIN lock in the real window: what it locks, what it never locks, the wait."""

from __future__ import annotations

from datetime import date
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from cramp_timer.app import CrampTimer
from cramp_timer.core.clock import FakeClock
from cramp_timer.core.night import Stage
from cramp_timer.storage.lock import FIRST_WAIT_SECONDS, FREE_TRIES, lock_scope_text
from cramp_timer.ui.dialogs import history_view
from cramp_timer.ui.dialogs.pin_prompt import PinPrompt, PinSettingsDialog
from cramp_timer.ui.dialogs.routine_editor import RoutinesPage
from cramp_timer.ui.dialogs.settings_dialog import SettingsDialog

PIN = "2468"


@pytest.fixture
def locked(timer: CrampTimer) -> CrampTimer:
    timer.lock.set_pin(PIN)
    return timer


def prompt_of(timer: CrampTimer) -> PinPrompt:
    prompt = timer.pin_prompt
    assert isinstance(prompt, PinPrompt) and prompt.isVisible()
    return prompt


def enter(qtbot: QtBot, prompt: PinPrompt, pin: str) -> None:
    prompt.pin.setFocus()
    qtbot.keyClicks(prompt.pin, pin)
    qtbot.keyClick(prompt.pin, Qt.Key.Key_Return)


def open_settings_dialog(timer: CrampTimer) -> SettingsDialog | None:
    dialog = getattr(timer, "settings_dialog", None)
    return dialog if isinstance(dialog, SettingsDialog) and dialog.isVisible() else None


def routines_shown(timer: CrampTimer) -> bool:
    return isinstance(timer.window.pages.currentWidget(), RoutinesPage)


def test_without_a_pin_nothing_asks(timer: CrampTimer) -> None:
    assert timer.open_settings() is not None
    assert timer.pin_prompt is None
    timer.open_routines()
    assert routines_shown(timer)


def test_settings_refuse_a_wrong_pin_and_open_with_the_right_one(
        locked: CrampTimer, qtbot: QtBot) -> None:
    timer = locked
    assert timer.open_settings() is None
    prompt = prompt_of(timer)
    assert prompt.reason.text() == "Enter the PIN to change the settings."
    enter(qtbot, prompt, "1111")
    assert prompt.isVisible()
    assert prompt.message.text().startswith("That PIN is not right.")
    assert prompt.pin.text() == ""
    assert open_settings_dialog(timer) is None
    enter(qtbot, prompt, PIN)
    assert not prompt.isVisible()
    assert open_settings_dialog(timer) is not None


def test_the_prompt_takes_digits_only_masked_and_says_what_the_lock_is(
        locked: CrampTimer, qtbot: QtBot) -> None:
    timer = locked
    timer.open_settings()
    prompt = prompt_of(timer)
    assert prompt.pin.echoMode() is QLineEdit.EchoMode.Password
    qtbot.keyClicks(prompt.pin, "12ab3-4 5678999")
    assert prompt.pin.text() == "12345678"  # digits, at most 8
    texts = [label.text() for label in prompt.findChildren(type(prompt.message))]
    assert lock_scope_text() in texts
    assert any(str(timer.lock.path) in text for text in texts)  # how to remove a lost PIN


def test_the_routine_editor_is_locked_and_cancel_keeps_it_shut(
        locked: CrampTimer, qtbot: QtBot) -> None:
    timer = locked
    action = next(a for a in timer.window.help_menu.actions() if a.text() == "&Routines…")
    action.trigger()
    prompt = prompt_of(timer)
    prompt.reject()
    assert not routines_shown(timer)
    timer.open_routines()
    enter(qtbot, prompt_of(timer), PIN)
    assert routines_shown(timer)


def test_cramp_now_routines_tips_and_history_never_ask(
        locked: CrampTimer, qtbot: QtBot) -> None:
    timer = locked
    qtbot.mouseClick(timer.window.cramp_now, Qt.MouseButton.LeftButton)
    assert timer.controller.stage is Stage.STRETCH
    assert timer.pin_prompt is None
    timer.controller.stop()
    timer.controller.rate(None, None)
    assert timer.run_routine() is None  # the bedtime routine
    assert timer.controller.stage is Stage.ROUTINE
    timer.controller.stop()
    timer.window.show_tips()
    history = timer.open_history()
    assert history is not None and history.isVisible()
    assert timer.pin_prompt is None
    history.reject()


def test_cramp_now_from_the_tray_closes_an_open_prompt(locked: CrampTimer) -> None:
    timer = locked
    timer.open_settings()
    prompt = prompt_of(timer)
    timer.cramp_now()
    assert timer.controller.stage is Stage.STRETCH
    assert not prompt.isVisible()
    assert open_settings_dialog(timer) is None


def test_after_five_wrong_tries_the_prompt_waits_and_the_wait_grows(
        locked: CrampTimer, clock: FakeClock, qtbot: QtBot) -> None:
    timer = locked
    timer.open_settings()
    prompt = prompt_of(timer)
    for _ in range(FREE_TRIES):
        enter(qtbot, prompt, "0000")
    assert f"wait {FIRST_WAIT_SECONDS} seconds" in prompt.message.text()
    assert not prompt.pin.isEnabled() and not prompt.ok_button.isEnabled()
    prompt.pin.setEnabled(True)  # even if the field were used, the PIN is not checked
    prompt.pin.setText(PIN)
    prompt.try_pin()
    assert prompt.isVisible() and open_settings_dialog(timer) is None
    clock.advance(FIRST_WAIT_SECONDS - 10)
    prompt.refresh()
    assert "wait 10 seconds" in prompt.message.text()
    clock.advance(10)
    prompt.refresh()
    assert prompt.pin.isEnabled()
    assert prompt.message.text() == "You can try again now."
    enter(qtbot, prompt, "0000")  # wrong again: the wait doubles
    assert f"wait {2 * FIRST_WAIT_SECONDS} seconds" in prompt.message.text()
    clock.advance(2 * FIRST_WAIT_SECONDS)
    prompt.refresh()
    enter(qtbot, prompt, PIN)
    assert open_settings_dialog(timer) is not None


def test_deleting_a_diary_entry_asks_for_the_pin_first(
        locked: CrampTimer, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    from diary_data import fill_nights

    timer = locked
    assert timer.diary is not None
    fill_nights(timer.diary, date(2026, 1, 1), 10, ZoneInfo("Europe/Berlin"), seed=4)
    before = len(timer.diary.cramps())
    asked: list[str] = []
    monkeypatch.setattr(history_view, "ask_confirm_delete",
                        lambda _parent, entry: asked.append("confirm") or True)
    dialog = timer.open_history()
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.history is not None)  # read on a worker thread
    dialog.nights.setCurrentIndex(dialog.nights_model.index(0, 0))
    dialog.entries.setCurrentRow(0)

    def answer(pin: str) -> None:
        prompt = QApplication.activeModalWidget()
        assert isinstance(prompt, PinPrompt)
        asked.append(prompt.reason.text())
        if pin:
            enter(qtbot, prompt, pin)
        else:
            prompt.reject()

    QTimer.singleShot(0, lambda: answer(""))
    dialog.delete_selected()
    assert asked == ["Enter the PIN to delete from the diary."]  # no PIN: no question even
    assert len(timer.diary.cramps()) == before
    QTimer.singleShot(0, lambda: answer(PIN))
    dialog.delete_selected()
    assert asked[1:] == ["Enter the PIN to delete from the diary.", "confirm"]
    assert len(timer.diary.cramps()) == before - 1
    dialog.reject()


def test_the_settings_set_change_and_remove_the_pin(timer: CrampTimer, qtbot: QtBot) -> None:
    settings = timer.open_settings()
    assert settings is not None
    assert settings.lock_state.text() == "No PIN is set."
    settings.pin_button.click()
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, PinSettingsDialog)
    assert not dialog.current.isVisible()
    dialog.new.setText("1234")
    dialog.repeat.setText("1243")
    dialog.set_button.click()
    assert dialog.message.text() == "The two new PINs are not the same."
    assert not timer.lock.is_set()
    dialog.new.setText("1234")
    dialog.repeat.setText("1234")
    dialog.set_button.click()
    assert timer.lock.is_set() and timer.lock.check("1234").ok
    assert dialog.current.isVisible()
    dialog.current.setText("9999")
    dialog.new.setText("5678")
    dialog.repeat.setText("5678")
    dialog.set_button.click()
    assert dialog.message.text().startswith("That PIN is not right.")
    assert timer.lock.check("1234").ok
    dialog.current.setText("1234")
    dialog.new.setText("5678")
    dialog.repeat.setText("5678")
    dialog.set_button.click()
    assert timer.lock.check("5678").ok
    dialog.current.setText("5678")
    dialog.remove_button.click()
    assert not timer.lock.is_set()
    dialog.accept()
    assert settings.lock_state.text() == "No PIN is set."
    settings.reject()


@pytest.mark.parametrize("content", [b"", b'{"version": 1, "pin": {"algor'])
def test_an_unreadable_lock_file_keeps_settings_locked_and_cramp_now_free(
        qtbot: QtBot, timer: CrampTimer, content: bytes) -> None:
    timer.lock.set_pin(PIN)
    timer.lock.path.write_bytes(content)  # emptied or cut short
    assert timer.open_settings() is None
    prompt = prompt_of(timer)
    assert not prompt.pin.isEnabled()
    assert "cannot be read" in prompt.message.text()
    assert str(timer.lock.path) in prompt.message.text()
    prompt.reject()
    timer.open_routines()
    assert not routines_shown(timer)
    prompt_of(timer).reject()
    qtbot.mouseClick(timer.window.cramp_now, Qt.MouseButton.LeftButton)
    assert timer.controller.stage is Stage.STRETCH
    assert timer.pin_prompt is None
    timer.controller.stop()
    timer.lock.path.unlink()  # the README's reset
    assert timer.open_settings() is not None
