"""The Warning signs control on every page of the night, and W: one tap from a stretch,
a round's end, a care choice or timer, the switch-off alarm and the rating. Reading it
never stops a running heat timer. Offscreen, under a fake clock."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from night_steps import advance
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from cramp_timer.app import CrampTimer
from cramp_timer.core.aftercare import SAFETY_SECONDS
from cramp_timer.core.clock import FakeClock
from cramp_timer.core.night import Stage
from cramp_timer.core.session import Phase, StepKind
from cramp_timer.storage.diary import FollowupKind
from cramp_timer.storage.settings import Settings
from cramp_timer.ui.pages.guidance_pages import WarningSignsPage
from cramp_timer.ui.pages.night_view import NightView

ROUND = 5 + 45


@pytest.fixture
def settings() -> Settings:
    return Settings(heat_minutes=5, cold_minutes=5, welcome_seen=True)


def to_stretch(timer: CrampTimer, clock: FakeClock, night: NightView) -> QPushButton:
    timer.controller.start()
    advance(timer, clock, 10)
    return night.run_warning


def to_round_done(timer: CrampTimer, clock: FakeClock, night: NightView) -> QPushButton:
    timer.controller.start()
    advance(timer, clock, ROUND)
    return night.red_flags_more


def to_care_choice(timer: CrampTimer, clock: FakeClock, night: NightView) -> QPushButton:
    to_round_done(timer, clock, night)
    timer.controller.better()
    return night.care_warning_button


def to_care_timer(timer: CrampTimer, clock: FakeClock, night: NightView) -> QPushButton:
    to_care_choice(timer, clock, night)
    timer.controller.followup(FollowupKind.COLD)
    advance(timer, clock, SAFETY_SECONDS + 10)
    return night.run_warning


def to_switch_off(timer: CrampTimer, clock: FakeClock, night: NightView) -> QPushButton:
    to_care_choice(timer, clock, night)
    timer.controller.followup(FollowupKind.HEAT)
    advance(timer, clock, SAFETY_SECONDS + 5 * 60 + 1)
    return night.switch_off_warning


def to_rating(timer: CrampTimer, clock: FakeClock, night: NightView) -> QPushButton:
    timer.controller.start()
    advance(timer, clock, 10)
    timer.controller.stop()
    return night.rating_warning


PAGES: dict[str, Callable[[CrampTimer, FakeClock, NightView], QPushButton]] = {
    "stretch": to_stretch,
    "round-done": to_round_done,
    "care-choice": to_care_choice,
    "care-timer": to_care_timer,
    "switch-off": to_switch_off,
    "rating": to_rating,
}


@pytest.mark.parametrize("where", list(PAGES))
def test_every_night_page_has_a_warning_signs_control_and_w_opens_them(
        timer: CrampTimer, clock: FakeClock, qtbot: QtBot, where: str) -> None:
    night = timer.window.complete()
    button = PAGES[where](timer, clock, night)
    page = timer.window.pages.currentWidget()
    assert page is not None and page.isAncestorOf(button)
    assert button.isVisible() and button.accessibleName() == "Warning signs"
    assert "(W)" in button.toolTip()
    stage = timer.controller.stage
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert isinstance(timer.window.pages.currentWidget(), WarningSignsPage)
    assert timer.controller.stage is stage  # reading changes nothing of the night
    qtbot.keyClick(timer.window, Qt.Key.Key_Escape)
    assert timer.window.pages.currentWidget() is page
    qtbot.keyClick(timer.window, Qt.Key.Key_W)
    assert isinstance(timer.window.pages.currentWidget(), WarningSignsPage)
    assert timer.controller.stage is stage


def test_reading_the_warning_signs_never_stops_a_running_heat_timer(
        timer: CrampTimer, clock: FakeClock, qtbot: QtBot) -> None:
    night = timer.window.complete()
    to_care_choice(timer, clock, night)
    timer.controller.followup(FollowupKind.HEAT)
    advance(timer, clock, SAFETY_SECONDS + 60)
    shot = timer.controller.snapshot().session
    assert shot is not None and shot.step_kind is StepKind.HOLD
    left = shot.remaining
    qtbot.keyClick(timer.window, Qt.Key.Key_W)
    advance(timer, clock, 30)  # the timer ticks on, and the page stays open to read
    assert isinstance(timer.window.pages.currentWidget(), WarningSignsPage)
    shot = timer.controller.snapshot().session
    assert timer.controller.stage is Stage.FOLLOWUP
    assert shot is not None and shot.phase is Phase.RUNNING
    assert shot.remaining == pytest.approx(left - 30)
    qtbot.keyClick(timer.window, Qt.Key.Key_Escape)
    assert timer.window.pages.currentWidget() is night.run_page
    # and the pad is never forgotten: the end of the timer comes forward over the page
    qtbot.keyClick(timer.window, Qt.Key.Key_W)
    advance(timer, clock, left)
    assert timer.controller.stage is Stage.SWITCH_OFF
    assert timer.window.pages.currentWidget() is night.switch_off_page
