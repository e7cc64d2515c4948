"""The bedtime reminder as a desktop notification, through the real notify-send, against a
fake org.freedesktop.Notifications (tests/fake_notification_server.py, GDBus: it checks
argument types as GNOME Shell does) on a private dbus-daemon (tests/private_bus.py).
The app runs with a fake clock in Berlin; waits are qtbot.waitUntil with a deadline."""

from __future__ import annotations

import json
import logging
import os
import shutil
import subprocess
import threading
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from private_bus import private_bus
from PySide6.QtCore import QProcess, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from cramp_timer.app import CrampTimer, Desktop
from cramp_timer.core.clock import FakeClock
from cramp_timer.desktop.notifier import (
    Notifier,
    NotifySendNotifier,
    catches_sigint,
    default_notifier,
)
from cramp_timer.routines.model import bedtime_stretch
from cramp_timer.storage.diary import Diary, ReminderOutcome
from cramp_timer.storage.paths import AppPaths
from cramp_timer.storage.settings import Settings

BERLIN = ZoneInfo("Europe/Berlin")
NIGHT = date(2026, 3, 10)
WAIT_MS = 10_000
SYSTEM_PYTHON = "/usr/bin/python3"
FAKE = Path(__file__).resolve().parents[2] / "fake_notification_server.py"
ACTIONS = ["start", "Start now", "snooze", "Snooze", "skip", "Skip tonight"]


def require_tools() -> None:
    if shutil.which("notify-send") is None:
        pytest.skip("notify-send is not installed (Debian: apt-get install libnotify-bin)")
    probe = subprocess.run([SYSTEM_PYTHON, "-c", "from gi.repository import Gio"],
                           capture_output=True, check=False)
    if probe.returncode != 0:
        pytest.skip("the fake server needs PyGObject (Debian: apt-get install python3-gi)")


class FakeServer:
    """The fake notification server, a child process; its events are collected by a
    reader thread."""

    def __init__(self, address: str) -> None:
        self.events: list[dict[str, Any]] = []
        self.process = subprocess.Popen([SYSTEM_PYTHON, str(FAKE), address],
                                        stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                        text=True)
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.events.append(json.loads(line))

    def calls(self, method: str) -> list[dict[str, Any]]:
        return [e for e in list(self.events) if e.get("call") == method]

    def tell(self, command: str) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write(command + "\n")
        self.process.stdin.flush()

    def stop(self) -> None:
        assert self.process.stdin is not None
        self.process.stdin.close()
        self.process.wait(timeout=10)
        self._reader.join(timeout=10)
        assert self.process.stdout is not None
        self.process.stdout.close()


@pytest.fixture
def bus(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    require_tools()
    with private_bus() as address:
        monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", address)
        yield address


@pytest.fixture
def server(bus: str, qtbot: QtBot) -> Iterator[FakeServer]:
    fake = FakeServer(bus)
    qtbot.waitUntil(lambda: {"ready": True} in fake.events, timeout=WAIT_MS)
    yield fake
    fake.stop()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime(2026, 3, 10, 21, 59, tzinfo=BERLIN))


@pytest.fixture
def settings() -> Settings:
    return Settings(reminder_enabled=True, welcome_seen=True)


@pytest.fixture
def desktop() -> Desktop:
    return Desktop(zone=BERLIN, notifier=NotifySendNotifier())


def outcomes(paths: AppPaths) -> list[ReminderOutcome]:
    with Diary.open(paths.diary_file) as diary:
        return [entry.outcome for entry in diary.reminders(NIGHT, NIGHT)]


def reminder_comes(timer: CrampTimer, clock: FakeClock) -> None:
    clock.advance(60)  # 22:00
    assert timer.reminders is not None
    timer.reminders.check()
    assert timer.window.reminder_bar.isVisible()


def shown(qtbot: QtBot, server: FakeServer, count: int = 1) -> dict[str, Any]:
    qtbot.waitUntil(lambda: len(server.calls("Notify")) == count, timeout=WAIT_MS)
    return server.calls("Notify")[-1]


def test_the_notification_offers_three_answers_and_goes_when_answered_in_the_window(
        timer: CrampTimer, clock: FakeClock, server: FakeServer, qtbot: QtBot,
        paths: AppPaths) -> None:
    reminder_comes(timer, clock)
    notify = shown(qtbot, server)
    app_name, replaces, icon, summary, body, actions, hints, _expire = notify["args"]
    assert (app_name, replaces, summary) == ("Cramp Timer", 0, "Cramp Timer")
    assert body == timer.window.reminder_text.text()
    assert "Bedtime stretch" in body
    assert actions == ACTIONS
    assert hints["desktop-entry"] == "io.github.cramptimer.CrampTimer"
    assert Path(icon).is_file()

    qtbot.mouseClick(timer.window.reminder_snooze, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: server.calls("CloseNotification") != [], timeout=WAIT_MS)
    assert server.calls("CloseNotification") == [{"call": "CloseNotification",
                                                  "id": notify["id"]}]
    assert outcomes(paths) == [ReminderOutcome.SNOOZED]
    qtbot.waitUntil(lambda: not timer.desktop.notifier.showing,
                    timeout=WAIT_MS)


@pytest.mark.parametrize(("key", "outcome"), [("start", ReminderOutcome.STARTED),
                                              ("snooze", ReminderOutcome.SNOOZED),
                                              ("skip", ReminderOutcome.SKIPPED)])
def test_each_button_in_the_notification_answers_the_reminder(
        timer: CrampTimer, clock: FakeClock, server: FakeServer, qtbot: QtBot,
        paths: AppPaths, key: str, outcome: ReminderOutcome) -> None:
    reminder_comes(timer, clock)
    notify = shown(qtbot, server)
    server.tell(f"invoke {notify['id']} {key}")
    qtbot.waitUntil(lambda: outcomes(paths) == [outcome], timeout=WAIT_MS)
    assert timer.window.reminder_bar.isHidden()
    running = timer.controller.snapshot().routine
    assert running == (bedtime_stretch() if key == "start" else None)


def test_a_snoozed_reminder_comes_back_as_a_new_notification(
        timer: CrampTimer, clock: FakeClock, server: FakeServer, qtbot: QtBot,
        paths: AppPaths) -> None:
    reminder_comes(timer, clock)
    server.tell(f"invoke {shown(qtbot, server)['id']} snooze")
    qtbot.waitUntil(lambda: outcomes(paths) == [ReminderOutcome.SNOOZED], timeout=WAIT_MS)
    clock.advance(10 * 60)
    assert timer.reminders is not None
    timer.reminders.check()
    second = shown(qtbot, server, count=2)
    server.tell(f"invoke {second['id']} skip")
    qtbot.waitUntil(lambda: len(outcomes(paths)) == 2, timeout=WAIT_MS)
    assert outcomes(paths) == [ReminderOutcome.SNOOZED, ReminderOutcome.SKIPPED]


def test_closing_the_notification_leaves_the_reminder_in_the_window(
        timer: CrampTimer, clock: FakeClock, server: FakeServer, qtbot: QtBot,
        paths: AppPaths) -> None:
    reminder_comes(timer, clock)
    server.tell(f"dismiss {shown(qtbot, server)['id']}")
    qtbot.waitUntil(lambda: not timer.desktop.notifier.showing,
                    timeout=WAIT_MS)
    assert timer.window.reminder_bar.isVisible()
    assert outcomes(paths) == []
    timer.make_tray().reminder_skip.emit()  # the tray's answer still works
    assert outcomes(paths) == [ReminderOutcome.SKIPPED]


def test_an_answer_in_the_tray_and_quitting_withdraw_it(
        timer: CrampTimer, clock: FakeClock, server: FakeServer, qtbot: QtBot) -> None:
    reminder_comes(timer, clock)
    first = shown(qtbot, server)
    timer.make_tray().reminder_start.emit()
    qtbot.waitUntil(lambda: len(server.calls("CloseNotification")) == 1, timeout=WAIT_MS)
    assert server.calls("CloseNotification")[0]["id"] == first["id"]

    notifier = timer.desktop.notifier
    notifier.show("Cramp Timer", "again")
    second = shown(qtbot, server, count=2)
    notifier.close()  # as at quit: waits (briefly) for notify-send to close it and end
    assert not notifier.showing
    children = notifier.findChildren(QProcess)
    assert all(p.state() is QProcess.ProcessState.NotRunning for p in children)
    qtbot.waitUntil(lambda: len(server.calls("CloseNotification")) == 2, timeout=WAIT_MS)
    assert server.calls("CloseNotification")[-1]["id"] == second["id"]


@pytest.mark.parametrize("where", ["no server", "no bus", "no notify-send"])
def test_without_a_notification_server_the_tray_balloon_shows_it(
        timer: CrampTimer, clock: FakeClock, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch,
        tmp_path: Path, caplog: pytest.LogCaptureFixture, where: str) -> None:
    require_tools()
    notifier = timer.desktop.notifier
    assert isinstance(notifier, NotifySendNotifier)
    if where == "no server":
        address = private_bus()
        monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", address.__enter__())
    else:
        address = None
        monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", f"unix:path={tmp_path / 'bus'}")
    if where == "no notify-send":
        monkeypatch.setenv("PATH", str(tmp_path))
    balloons: list[str] = []
    monkeypatch.setattr(timer.make_tray(), "remind", balloons.append)
    try:
        with caplog.at_level(logging.INFO, logger="cramp_timer.desktop.notifier"):
            reminder_comes(timer, clock)
            qtbot.waitUntil(lambda: balloons != [], timeout=WAIT_MS)
            assert not notifier.showing
    finally:
        if address is not None:
            address.__exit__(None, None, None)
    assert balloons == [timer.window.reminder_text.text()]
    assert timer.window.reminder_bar.isVisible()
    warnings = [r for r in caplog.records if r.levelno >= logging.WARNING]
    assert len(warnings) == 1
    assert "desktop notification not shown" in warnings[0].getMessage()
    timer.window.reminder_skip.click()  # still answered in the window
    assert timer.window.reminder_bar.isHidden()


def test_the_default_notifier_per_platform() -> None:
    assert isinstance(default_notifier("linux"), NotifySendNotifier)
    assert type(default_notifier("win32")) is Notifier
    assert type(default_notifier("darwin")) is Notifier
    assert Notifier().show("Cramp Timer", "text") is False


def test_a_withdrawal_right_after_showing_still_takes_it_away(
        qtbot: QtBot, server: FakeServer) -> None:
    """Before notify-send waits for the answer, SIGINT would end it and leave the
    notification up: the notifier holds the withdrawal back until notify-send catches it."""
    notifier = NotifySendNotifier()
    unshown: list[str] = []
    notifier.unshown.connect(unshown.append)
    for round_ in range(1, 4):
        notifier.show("Cramp Timer", f"round {round_}")
        notifier.withdraw()  # at once, before the server has even seen it
        qtbot.waitUntil(lambda round_=round_: len(server.calls("CloseNotification")) == round_,
                        timeout=WAIT_MS)
    assert [c["id"] for c in server.calls("CloseNotification")] == [
        c["id"] for c in server.calls("Notify")]
    notifier.close()
    assert unshown == []


def test_whether_a_process_catches_sigint_is_read_from_proc() -> None:
    me = Path(f"/proc/{os.getpid()}/comm").read_text().strip()
    assert catches_sigint(os.getpid(), me)  # Python's KeyboardInterrupt handler
    assert not catches_sigint(os.getpid(), "notify-send")  # not (yet) the program
    child = subprocess.Popen(["sleep", "30"])
    try:
        assert not catches_sigint(child.pid, "sleep")
    finally:
        child.kill()
        child.wait()
    assert catches_sigint(child.pid, "sleep")  # gone: unknown, so send and hope
