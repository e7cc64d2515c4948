"""Stepping the real window through a night with the fake clock (the Qt tests share it)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

from cramp_timer.core.clock import FakeClock

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from cramp_timer.app import CrampTimer
    from cramp_timer.flows.controller import SessionController
    from cramp_timer.ui.pages.night_view import NightView

STEP = 1 / 16  # exact in binary, so cue moments compare exactly


def advance(timer: CrampTimer, clock: FakeClock, seconds: float, step: float = STEP) -> None:
    """Move the fake clock on, waking the app's controller as its QTimer would."""
    tick_for(timer.controller, clock, seconds, step)


def tick_for(controller: SessionController, clock: FakeClock, seconds: float,
             step: float = STEP) -> None:
    """The same for a controller on its own."""
    for _ in range(round(seconds / step)):
        clock.advance(step)
        controller.tick()


def view(timer: CrampTimer) -> NightView:
    return timer.window.complete()


def click(qtbot: QtBot, button: object) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def current(timer: CrampTimer) -> object:
    return timer.window.pages.currentWidget()
