"""Issue 12 in the real window: Cramp now on every night page and from `--now` during a
timer, "Oops, not a cramp", the heat's words, Enter on the focused button. Offscreen,
with a fake clock and a recording speaker."""

from __future__ import annotations

import pytest
from fakes import RecordingSpeaker
from night_steps import advance, click, current, view
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from cramp_timer.app import CrampTimer
from cramp_timer.core.aftercare import MASSAGE_SAFETY_SECONDS, SAFETY_SECONDS
from cramp_timer.core.clock import FakeClock
from cramp_timer.core.night import Stage
from cramp_timer.desktop.instance_server import Incoming, answer
from cramp_timer.desktop.single_instance import Request
from cramp_timer.storage.diary import CrampEntry, Diary, FollowupKind
from cramp_timer.storage.paths import AppPaths
from cramp_timer.storage.settings import Settings
from cramp_timer.storage.window_state import WindowState

ROUND = 5 + 45


@pytest.fixture
def settings() -> Settings:
    return Settings(heat_minutes=5, cold_minutes=5, welcome_seen=True)


def entries(paths: AppPaths) -> list[CrampEntry]:
    with Diary.open(paths.diary_file) as diary:
        return sorted(diary.cramps(), key=lambda entry: entry.id)


def page_cramp_now(timer: CrampTimer) -> QPushButton:
    """The Cramp now that the page on screen shows."""
    shown = [b for b in view(timer).cramp_now_buttons
             if b.isVisibleTo(timer.window) and current(timer).isAncestorOf(b)]
    assert len(shown) == 1, shown
    return shown[0]


def to_care(timer: CrampTimer, clock: FakeClock, qtbot: QtBot) -> None:
    click(qtbot, timer.window.cramp_now)
    advance(timer, clock, ROUND)
    click(qtbot, view(timer).better_button)


def test_every_night_page_has_a_cramp_now(timer: CrampTimer, clock: FakeClock,
                                          qtbot: QtBot) -> None:
    night = view(timer)
    click(qtbot, timer.window.cramp_now)
    seen = {"run": page_cramp_now(timer)}
    advance(timer, clock, ROUND)
    seen["done"] = page_cramp_now(timer)
    click(qtbot, night.better_button)
    seen["care"] = page_cramp_now(timer)
    click(qtbot, night.care_buttons[FollowupKind.HEAT])
    seen["heat"] = page_cramp_now(timer)
    advance(timer, clock, SAFETY_SECONDS + 5 * 60)
    assert current(timer) is night.switch_off_page
    seen["switch off"] = page_cramp_now(timer)
    click(qtbot, night.switched_off_button)
    click(qtbot, night.care_done_button)
    seen["rating"] = page_cramp_now(timer)
    assert all(b.accessibleName() == "Cramp now" for b in seen.values())
    click(qtbot, seen["rating"])  # from the rating: a new stretch
    assert timer.controller.stage is Stage.STRETCH and current(timer) is night.run_page


def test_cramp_now_during_cold_ends_the_timer_into_the_diary_and_stretches(
        timer: CrampTimer, clock: FakeClock, qtbot: QtBot, paths: AppPaths) -> None:
    night = view(timer)
    to_care(timer, clock, qtbot)
    click(qtbot, night.care_buttons[FollowupKind.COLD])
    advance(timer, clock, SAFETY_SECONDS + 120)
    click(qtbot, page_cramp_now(timer))
    assert timer.controller.stage is Stage.STRETCH
    assert night.round_label.text() == "Round 1"
    first, second = entries(paths)
    assert [(f.kind, f.minutes) for f in first.followups] == [(FollowupKind.COLD, 2.0)]
    assert second.followups == ()


def test_now_from_another_launch_during_heat_asks_about_the_pad_then_stretches(
        timer: CrampTimer, clock: FakeClock, speaker: RecordingSpeaker, qtbot: QtBot,
        paths: AppPaths) -> None:
    night = view(timer)
    to_care(timer, clock, qtbot)
    click(qtbot, night.care_buttons[FollowupKind.HEAT])
    advance(timer, clock, SAFETY_SECONDS + 60)
    answer(timer, Incoming(Request("now")))  # `cramp-timer --now`
    assert current(timer) is night.switch_off_page
    assert night.switch_off_text.text() == "A new cramp? Is the heating pad off?"
    assert "Time is up" not in night.switch_off_text.text()
    assert speaker.keys()[-1] == "pad-question"
    assert night.switched_off_button.hasFocus()
    qtbot.keyClick(timer.window, Qt.Key.Key_Space)  # yes: the stretch starts at once
    assert timer.controller.stage is Stage.STRETCH
    assert speaker.keys()[-1] == "position"
    first, second = entries(paths)
    assert [(f.kind, f.minutes) for f in first.followups] == [(FollowupKind.HEAT, 1.0)]
    assert second.followups == ()


def test_cramp_now_during_the_stretch_is_answered_without_a_restart(
        timer: CrampTimer, clock: FakeClock, speaker: RecordingSpeaker, qtbot: QtBot) -> None:
    click(qtbot, timer.window.cramp_now)
    advance(timer, clock, 20)
    left = timer.controller.snapshot().session
    click(qtbot, page_cramp_now(timer))
    assert speaker.keys()[-1] == "stretch-on"
    assert timer.controller.snapshot().session == left
    advance(timer, clock, ROUND - 20)
    click(qtbot, page_cramp_now(timer))  # the round is over: another round
    session = timer.controller.snapshot().session
    assert session is not None and session.round == 2


def test_heat_stopped_early_asks_for_the_pad_without_time_is_up(
        timer: CrampTimer, clock: FakeClock, qtbot: QtBot) -> None:
    night = view(timer)
    to_care(timer, clock, qtbot)
    click(qtbot, night.care_buttons[FollowupKind.HEAT])
    advance(timer, clock, 30)
    click(qtbot, night.stop_button)
    assert current(timer) is night.switch_off_page
    assert "Time is up" not in night.switch_off_text.text()
    assert "switch the heating pad off" in night.switch_off_text.text()
    click(qtbot, night.switched_off_button)
    assert current(timer) is night.care_page  # no stretch: this was no new cramp


@pytest.mark.parametrize("how", ["button", "Esc"])
def test_a_mistaken_press_ends_with_no_diary_entry(
        timer: CrampTimer, clock: FakeClock, qtbot: QtBot, paths: AppPaths, how: str) -> None:
    night = view(timer)
    qtbot.keyClick(timer.window, Qt.Key.Key_Space)
    assert night.oops_button.isVisibleTo(timer.window)
    # the control makes the window neither wider nor taller than it opens
    shown = timer.window.minimumSizeHint()
    night.oops_button.hide()
    assert timer.window.minimumSizeHint().width() == shown.width()
    night.oops_button.show()
    assert shown.height() <= WindowState().height
    advance(timer, clock, 2)
    if how == "button":
        click(qtbot, night.oops_button)
    else:
        qtbot.keyClick(timer.window, Qt.Key.Key_Escape)
    assert timer.window.pages.currentIndex() == 0
    assert "nothing was written" in timer.window.notice_text.text()
    assert entries(paths) == []
    # past getting into position the control is gone and Esc stops as before
    timer.controller.start()
    advance(timer, clock, 6)
    assert not night.oops_button.isVisibleTo(timer.window)
    qtbot.keyClick(timer.window, Qt.Key.Key_Escape)
    assert current(timer) is night.rating_page
    assert len(entries(paths)) == 1


def test_the_rating_page_offers_not_a_cramp(timer: CrampTimer, clock: FakeClock,
                                            qtbot: QtBot, paths: AppPaths) -> None:
    night = view(timer)
    to_care(timer, clock, qtbot)
    click(qtbot, night.care_buttons[FollowupKind.MASSAGE])
    advance(timer, clock, MASSAGE_SAFETY_SECONDS + 120)
    click(qtbot, night.care_done_button)
    assert current(timer) is night.rating_page
    assert len(entries(paths)) == 1
    click(qtbot, night.rating_oops)
    assert timer.window.pages.currentIndex() == 0
    assert entries(paths) == []


def test_enter_on_a_tab_focused_button_does_what_it_says(
        timer: CrampTimer, clock: FakeClock, qtbot: QtBot) -> None:
    night = view(timer)
    to_care(timer, clock, qtbot)
    assert night.care_done_button.hasFocus()
    night.care_buttons[FollowupKind.HEAT].setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(timer.window, Qt.Key.Key_Return)
    assert timer.controller.stage is Stage.FOLLOWUP
    assert night.round_label.text() == "Heat"


def test_n_on_a_night_page_is_a_new_cramp(timer: CrampTimer, clock: FakeClock,
                                          qtbot: QtBot, paths: AppPaths) -> None:
    night = view(timer)
    to_care(timer, clock, qtbot)
    click(qtbot, night.care_buttons[FollowupKind.COLD])
    advance(timer, clock, SAFETY_SECONDS + 60)
    assert page_cramp_now(timer).property("shownKey") == "N"
    qtbot.keyClick(timer.window, Qt.Key.Key_N)
    assert timer.controller.stage is Stage.STRETCH and current(timer) is night.run_page
    assert len(entries(paths)) == 2  # the cold minutes stay with the first cramp


def test_x_on_the_rating_page_says_it_was_not_a_cramp(timer: CrampTimer, clock: FakeClock,
                                                      qtbot: QtBot, paths: AppPaths) -> None:
    night = view(timer)
    to_care(timer, clock, qtbot)
    click(qtbot, night.care_done_button)
    assert current(timer) is night.rating_page
    assert night.rating_oops.property("shownKey") == "X"
    qtbot.keyClick(timer.window, Qt.Key.Key_X)
    assert timer.window.pages.currentIndex() == 0
    assert entries(paths) == []
