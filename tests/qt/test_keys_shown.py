"""Keys a person can see: every button of the night pages shows its key, drawn on the
button; Heat, Cold and Massage have keys (H, C, M), H after a round asks for care
instead, and the rating takes a leg by L, R or B before or after its number (1 then 0 is
10), kept on Done (Enter) or after a short pause."""

from __future__ import annotations

from night_steps import advance
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from cramp_timer.app import CrampTimer
from cramp_timer.core.clock import FakeClock
from cramp_timer.core.rating import RATING_PAUSE_SECONDS
from cramp_timer.storage.diary import Diary, FollowupKind, Leg
from cramp_timer.storage.paths import AppPaths
from cramp_timer.ui.key_badge import KEY_PROPERTY, show_key
from cramp_timer.ui.pages.night_view import NightView

ROUND = 5 + 45


def to_care(timer: CrampTimer, clock: FakeClock) -> NightView:
    night = timer.window.complete()
    timer.controller.start()
    advance(timer, clock, ROUND)
    timer.controller.better()
    return night


def test_every_button_of_the_night_pages_shows_a_key(timer: CrampTimer, clock: FakeClock
                                                     ) -> None:
    night = timer.window.complete()
    pages = (night.run_page, night.done_page, night.care_page, night.switch_off_page,
             night.rating_page)
    score = set(night.severity_buttons)  # their digit is their key
    for page in pages:
        for button in page.findChildren(QPushButton):
            if button not in score and button is not night.red_flags_more:
                assert button.property(KEY_PROPERTY), button.text()
    assert night.care_buttons[FollowupKind.HEAT].property(KEY_PROPERTY) == "H"


def test_the_key_is_drawn_on_the_button(night_theme: None, qtbot: QtBot) -> None:
    button = QPushButton("Pause")
    qtbot.addWidget(button)
    button.resize(240, 90)
    button.show()
    plain = button.grab().toImage()
    show_key(button, "P")
    keyed = button.grab().toImage()
    assert keyed != plain
    show_key(button, "")
    assert button.grab().toImage() == plain


def test_h_c_m_choose_the_care(timer: CrampTimer, clock: FakeClock, qtbot: QtBot) -> None:
    night = to_care(timer, clock)
    for key, title in ((Qt.Key.Key_C, "Cold"), (Qt.Key.Key_M, "Massage"),
                       (Qt.Key.Key_H, "Heat")):
        assert timer.window.pages.currentWidget() is night.care_page
        qtbot.keyClick(timer.window, key)
        assert night.round_label.text() == title
        if key != Qt.Key.Key_H:
            qtbot.keyClick(timer.window, Qt.Key.Key_Escape)  # stop it: back to the choice


def test_h_after_a_round_is_care_instead_and_l_r_b_choose_the_leg(
        timer: CrampTimer, clock: FakeClock, qtbot: QtBot, paths: AppPaths) -> None:
    night = timer.window.complete()
    timer.controller.start()
    advance(timer, clock, ROUND)
    qtbot.keyClick(timer.window, Qt.Key.Key_H)
    assert timer.window.pages.currentWidget() is night.care_page
    qtbot.keyClick(timer.window, Qt.Key.Key_Space)  # no, I'm done
    assert timer.window.pages.currentWidget() is night.rating_page
    qtbot.keyClick(timer.window, Qt.Key.Key_L)
    assert night.leg_buttons[Leg.LEFT].isChecked()
    qtbot.keyClick(timer.window, Qt.Key.Key_B)
    assert night.leg_buttons[Leg.BOTH].isChecked()
    qtbot.keyClick(timer.window, Qt.Key.Key_R)
    assert night.leg_buttons[Leg.RIGHT].isChecked()
    qtbot.keyClick(timer.window, Qt.Key.Key_6)
    assert night.severity_buttons[6].isChecked()
    assert timer.window.focusWidget() is night.rating_done_button
    qtbot.keyClick(timer.window, Qt.Key.Key_Return)  # Done
    with Diary.open(paths.diary_file) as diary:
        (entry,) = diary.cramps()
    assert (entry.severity, entry.leg) == (6, Leg.RIGHT)


def to_rating(timer: CrampTimer, clock: FakeClock, qtbot: QtBot) -> NightView:
    night = timer.window.complete()
    timer.controller.start()
    advance(timer, clock, 10)  # into the hold (Esc before it: not a cramp)
    qtbot.keyClick(timer.window, Qt.Key.Key_Escape)  # stop: the rating
    assert timer.window.pages.currentWidget() is night.rating_page
    return night


def test_the_rating_takes_ten_by_keys_and_a_leg_after_the_number(
        timer: CrampTimer, clock: FakeClock, qtbot: QtBot, paths: AppPaths) -> None:
    night = to_rating(timer, clock, qtbot)
    assert "1 then 0 is 10" in night.rating_hint.text()
    qtbot.keyClick(timer.window, Qt.Key.Key_1)
    qtbot.keyClick(timer.window, Qt.Key.Key_0)
    assert night.severity_buttons[10].isChecked()
    assert night.rating_hint.text().startswith("10 of 10.")
    advance(timer, clock, RATING_PAUSE_SECONDS - 1)
    qtbot.keyClick(timer.window, Qt.Key.Key_L)  # the leg after the number: more time
    advance(timer, clock, RATING_PAUSE_SECONDS - 1)
    assert timer.window.pages.currentWidget() is night.rating_page
    assert night.leg_buttons[Leg.LEFT].isChecked()
    advance(timer, clock, 1)
    assert timer.window.pages.currentIndex() == 0
    with Diary.open(paths.diary_file) as diary:
        (entry,) = diary.cramps()
    assert (entry.severity, entry.leg) == (10, Leg.LEFT)


def test_the_next_rating_starts_with_nothing_chosen(
        timer: CrampTimer, clock: FakeClock, qtbot: QtBot) -> None:
    night = to_rating(timer, clock, qtbot)
    qtbot.keyClick(timer.window, Qt.Key.Key_3)
    qtbot.keyClick(timer.window, Qt.Key.Key_B)
    qtbot.keyClick(timer.window, Qt.Key.Key_Space)  # Done, which has the focus
    assert timer.window.pages.currentIndex() == 0
    night = to_rating(timer, clock, qtbot)
    assert not any(button.isChecked() for button in night.severity_buttons)
    assert not any(button.isChecked() for button in night.leg_buttons.values())
    assert "1 then 0 is 10" in night.rating_hint.text()
    assert timer.window.focusWidget() is night.skip_rating
