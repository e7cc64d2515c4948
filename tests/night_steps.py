"""Stepping the real window through a night with the fake clock (the Qt tests share it)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

from cramp_timer.core.clock import FakeClock

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from cramp_timer.app import CrampTimer
    from cramp_timer.ui.pages.night_view import NightView

STEP = 1 / 16  # exact in binary, so cue moments compare exactly


def advance(timer: CrampTimer, clock: FakeClock, seconds: float, step: float = STEP) -> None:
    """Move the fake clock on, waking the controller as its QTimer would."""
    for _ in range(round(seconds / step)):
        clock.advance(step)
        timer.controller.tick()


def view(timer: CrampTimer) -> NightView:
    return timer.window.complete()


def click(qtbot: QtBot, button: object) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def current(timer: CrampTimer) -> object:
    return timer.window.pages.currentWidget()
