"""The bedtime reminder in the real window and tray menu, with a fake clock in Berlin."""

from __future__ import annotations

from datetime import date, datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from fakes import RecordingSpeaker
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from cramp_timer.app import CrampTimer, Desktop
from cramp_timer.core.clock import FakeClock
from cramp_timer.desktop.autostart import XdgAutostart
from cramp_timer.routines.model import bedtime_stretch, plan_seconds, routine_plan
from cramp_timer.storage.diary import Diary, ReminderOutcome, RoutineOutcome
from cramp_timer.storage.paths import AppPaths
from cramp_timer.storage.settings import Settings
from cramp_timer.ui.tray import Tray

BERLIN = ZoneInfo("Europe/Berlin")
NIGHT = date(2026, 3, 10)










@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime(2026, 3, 10, 21, 58, tzinfo=BERLIN))


@pytest.fixture
def settings() -> Settings:
    return Settings(reminder_enabled=True, reminder_speak=True, welcome_seen=True)


@pytest.fixture
def desktop() -> Desktop:
    return Desktop(zone=BERLIN)


def minutes(timer: CrampTimer, clock: FakeClock, count: int) -> None:
    """Let wall-clock minutes pass, checking as the reminder timer does."""
    for _ in range(count * 2):
        clock.advance(30)
        timer.reminders.check()


def outcomes(paths: AppPaths) -> list[ReminderOutcome]:
    with Diary.open(paths.diary_file) as diary:
        return [entry.outcome for entry in diary.reminders(NIGHT, NIGHT)]


def tray_actions(timer: CrampTimer) -> list[str]:
    tray = timer.make_tray()  # made on demand (offscreen has no tray host to show it)
    return [a.text() for a in tray.menu.actions() if a.isVisible() and a.text()]


def test_the_reminder_comes_at_ten_snoozes_then_starts_the_routine(
        timer: CrampTimer, clock: FakeClock, speaker: RecordingSpeaker, qtbot: QtBot,
        paths: AppPaths) -> None:
    window = timer.window
    timer.make_tray()
    minutes(timer, clock, 1)
    assert window.reminder_bar.isHidden()
    assert "Snooze" not in tray_actions(timer)
    minutes(timer, clock, 1)  # 22:00
    assert window.reminder_bar.isVisible()
    assert "Bedtime stretch" in window.reminder_text.text()
    assert speaker.keys()[-1] == "reminder"
    assert tray_actions(timer)[:3] == ["Start the bedtime routine now", "Snooze",
                                       "Skip tonight"]
    qtbot.mouseClick(window.reminder_snooze, Qt.MouseButton.LeftButton)
    assert window.reminder_bar.isHidden()
    minutes(timer, clock, 9)
    assert window.reminder_bar.isHidden()
    minutes(timer, clock, 1)  # ten minutes later, once more
    assert window.reminder_bar.isVisible()
    qtbot.mouseClick(window.reminder_start, Qt.MouseButton.LeftButton)
    assert window.reminder_bar.isHidden()
    assert timer.controller.snapshot().routine == bedtime_stretch()
    total = plan_seconds(routine_plan(bedtime_stretch()))
    for _ in range(int(total * 4) + 4):
        clock.advance(0.25)
        timer.controller.tick()
    minutes(timer, clock, 120)  # and never again tonight
    assert window.reminder_bar.isHidden()
    assert outcomes(paths) == [ReminderOutcome.SNOOZED, ReminderOutcome.STARTED]
    with Diary.open(paths.diary_file) as diary:
        (run,) = diary.routine_runs()
    assert run.outcome is RoutineOutcome.DONE


def test_skip_tonight_from_the_tray_before_it_comes(timer: CrampTimer, clock: FakeClock,
                                                     paths: AppPaths) -> None:
    timer.make_tray().reminder_skip.emit()
    minutes(timer, clock, 30)
    assert timer.window.reminder_bar.isHidden()
    assert outcomes(paths) == [ReminderOutcome.SKIPPED]


def test_a_reminder_slept_through_for_over_an_hour_is_recorded_as_missed(
        timer: CrampTimer, clock: FakeClock, paths: AppPaths) -> None:
    clock.suspend(95 * 60)  # the laptop slept from 21:58 to 23:33
    timer.reminders.check()  # on waking
    assert timer.window.reminder_bar.isHidden()
    assert outcomes(paths) == [ReminderOutcome.MISSED]


def test_a_reminder_shortly_after_waking_still_comes(timer: CrampTimer, clock: FakeClock,
                                                     paths: AppPaths) -> None:
    clock.suspend(40 * 60)
    timer.reminders.check()
    assert timer.window.reminder_bar.isVisible()
    timer.window.reminder_skip.click()
    assert outcomes(paths) == [ReminderOutcome.SKIPPED]


def test_with_reminders_on_and_a_tray_closing_the_window_keeps_the_app(
        timer: CrampTimer, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot) -> None:
    monkeypatch.setattr(Tray, "available", staticmethod(lambda: True))
    monkeypatch.setattr(Tray, "set_visible", lambda _self, _v: None)  # no host offscreen
    timer._apply_tray()
    assert timer.window.keep_in_tray
    told: list[str] = []
    monkeypatch.setattr(timer.make_tray(), "tell", told.append)
    timer.window.close()
    assert not timer.window.isVisible()
    timer.window.show()
    timer.window.close()
    assert len(told) == 1 and "bedtime" in told[0]  # said once
    timer.bring_to_front()
    assert timer.window.isVisible()


def test_the_bedtime_tab_saves_the_reminder_and_the_login_entry(
        timer: CrampTimer, paths: AppPaths, tmp_path: Path) -> None:
    dialog = timer.open_settings()
    assert dialog.reminder_on.isChecked()
    assert dialog.routine.currentData() == "Bedtime stretch"
    dialog.reminder_time.setTime(dialog.reminder_time.time().addSecs(30 * 60))
    dialog.weekdays[6].setChecked(False)
    dialog.routine.setCurrentIndex(dialog.routine.findData("Bedtime stretch (seated)"))
    dialog.start_at_login.setChecked(True)
    dialog.accept()
    saved = timer.settings.current()
    assert saved.reminder_time == time(22, 30)
    assert saved.reminder_weekdays == frozenset(range(6))
    assert saved.bedtime_routine == "Bedtime stretch (seated)"
    entry = XdgAutostart().path
    assert entry.is_file() and "--tray" in entry.read_text()
    dialog = timer.open_settings()
    assert dialog.start_at_login.isChecked()
    dialog.start_at_login.setChecked(False)
    dialog.accept()
    assert not entry.exists()
