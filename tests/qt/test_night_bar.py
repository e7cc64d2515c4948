"""The line over every page: the time of day from the app's clock, and the voice's
volume, a tenth up or down by its buttons or the − and + keys, at once and kept."""

from __future__ import annotations

from datetime import timedelta

from fakes import RecordingSpeaker
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from cramp_timer.app import CrampTimer
from cramp_timer.core.clock import FakeClock
from cramp_timer.storage.paths import AppPaths
from cramp_timer.storage.settings import load_settings
from cramp_timer.ui.formatting import time_text


def test_the_time_of_day_shows_on_the_idle_and_the_night_pages(
        timer: CrampTimer, clock: FakeClock) -> None:
    bar = timer.window.night_bar
    assert bar.isVisible() and bar.clock.text() == time_text(clock.now())
    timer.controller.start()
    clock.advance(7 * 60)
    bar.refresh()  # (its timer does this every few seconds)
    assert bar.isVisible()
    assert bar.clock.text() == time_text(clock.now())
    assert bar.clock.text() != time_text(clock.now() - timedelta(minutes=7))


def test_minus_and_plus_change_the_volume_at_once_and_keep_it(
        timer: CrampTimer, clock: FakeClock, speaker: RecordingSpeaker, qtbot: QtBot,
        paths: AppPaths) -> None:
    bar = timer.window.night_bar
    assert bar.volume_label.text() == "Voice 90 %"
    assert not bar.quieter.isVisible()  # on the idle page Cramp now keeps the room
    timer.controller.start()
    assert bar.quieter.isVisible() and bar.louder.isVisible()
    qtbot.keyClick(timer.window, Qt.Key.Key_Minus)
    qtbot.keyClick(timer.window, Qt.Key.Key_Minus)
    assert bar.volume_label.text() == "Voice 70 %"
    assert speaker.options[-1].volume == 0.7
    qtbot.mouseClick(bar.louder, Qt.MouseButton.LeftButton)
    for _ in range(5):
        qtbot.keyClick(timer.window, Qt.Key.Key_Plus)
    assert bar.volume_label.text() == "Voice 100 %" and not bar.louder.isEnabled()
    assert load_settings(paths.settings_file, clock.now()).settings.voice_volume == 1.0
