"""The freedesktop idle inhibition over a real, private D-Bus session bus.

A real dbus-daemon (tests/private_bus.py) and a fake org.freedesktop.ScreenSaver that this
test registers on it, behaving as GNOME's and KDE's do: a cookie per Inhibit, dropped on
UnInhibit or when the caller leaves the bus. Waits are qtbot.waitUntil with a deadline.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from private_bus import private_bus
from PySide6.QtDBus import (
    QDBusConnection,
    QDBusMessage,
    QDBusServiceWatcher,
    QDBusVirtualObject,
)
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from cramp_timer.desktop.keep_awake import (
    APP_NAME,
    SCREENSAVER_INTERFACE,
    SCREENSAVER_PATH,
    SCREENSAVER_SERVICE,
    KeepAwake,
    ScreenSaverInhibitor,
    default_keep_awake,
)

REASON = "A guided stretch is running"
WAIT_MS = 10_000


class FakeScreenSaver(QDBusVirtualObject):
    """org.freedesktop.ScreenSaver on its own bus connection. With `answer=False` it takes
    calls but keeps the answers back until answer() (a slow desktop)."""

    def __init__(self, connection: QDBusConnection, answer: bool = True) -> None:
        super().__init__()
        self.connection = connection
        self.answer_at_once = answer
        self.calls: list[tuple[str, str, list[Any]]] = []  # (method, caller, arguments)
        self.inhibitions: dict[int, str] = {}  # cookie -> caller
        self.left: list[str] = []  # callers seen leaving the bus
        self._held_back: list[QDBusMessage] = []
        self._next_cookie = 7000
        self._watcher = QDBusServiceWatcher()
        self._watcher.setConnection(connection)
        self._watcher.setWatchMode(QDBusServiceWatcher.WatchModeFlag.WatchForUnregistration)
        self._watcher.serviceUnregistered.connect(self._caller_left)

    def handleMessage(self, message: QDBusMessage, connection: QDBusConnection) -> bool:
        method, caller, arguments = message.member(), message.service(), message.arguments()
        self.calls.append((method, caller, arguments))
        if message.interface() != SCREENSAVER_INTERFACE:
            return False
        if method == "Inhibit":
            self._next_cookie += 1
            self.inhibitions[self._next_cookie] = caller
            self._watcher.addWatchedService(caller)
            reply = message.createReply(self._next_cookie)
        elif method == "UnInhibit":
            self.inhibitions.pop(int(arguments[0]), None)
            reply = message.createReply()
        else:
            return False
        if self.answer_at_once:
            connection.send(reply)
        else:
            self._held_back.append(reply)
        return True

    def introspect(self, path: str) -> str:
        return ""

    def answer(self) -> None:
        for reply in self._held_back:
            self.connection.send(reply)
        self._held_back.clear()

    def _caller_left(self, name: str) -> None:
        self.left.append(name)
        self.inhibitions = {c: who for c, who in self.inhibitions.items() if who != name}


@pytest.fixture
def bus(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    with private_bus() as address:
        monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", address)
        yield address


def register_fake(address: str, name: str, answer: bool = True) -> FakeScreenSaver:
    connection = QDBusConnection.connectToBus(address, name)
    assert connection.isConnected()
    fake = FakeScreenSaver(connection, answer)
    assert connection.registerVirtualObject(SCREENSAVER_PATH, fake)
    assert connection.registerService(SCREENSAVER_SERVICE)
    return fake


def unregister_fake(fake: FakeScreenSaver, name: str) -> None:
    fake.connection.unregisterObject(SCREENSAVER_PATH)
    del fake.connection
    QDBusConnection.disconnectFromBus(name)


@pytest.fixture
def screensaver(bus: str) -> Iterator[FakeScreenSaver]:
    fake = register_fake(bus, "fake-screensaver")
    yield fake
    unregister_fake(fake, "fake-screensaver")


@pytest.fixture
def slow_screensaver(bus: str) -> Iterator[FakeScreenSaver]:
    fake = register_fake(bus, "slow-screensaver", answer=False)
    yield fake
    unregister_fake(fake, "slow-screensaver")


@pytest.fixture
def closing() -> Iterator[list[KeepAwake]]:
    made: list[KeepAwake] = []
    yield made
    for keep in made:
        keep.close()


def test_hold_inhibits_once_and_release_ends_it(
    qtbot: QtBot, screensaver: FakeScreenSaver, closing: list[KeepAwake]
) -> None:
    backend = ScreenSaverInhibitor()
    keep = KeepAwake([backend])
    closing.append(keep)

    keep.hold(REASON)
    # Asynchronous: the fake lives on this thread, so it cannot have answered yet.
    assert screensaver.calls == []
    keep.hold("something else")
    holder = backend.bus_name
    assert holder is not None
    qtbot.waitUntil(lambda: backend.cookie is not None, timeout=WAIT_MS)

    assert screensaver.calls == [("Inhibit", holder, [APP_NAME, REASON])]
    assert screensaver.inhibitions == {backend.cookie: holder}

    keep.release()
    assert backend.bus_name is None
    assert backend.cookie is None
    qtbot.waitUntil(lambda: holder in screensaver.left, timeout=WAIT_MS)
    assert screensaver.inhibitions == {}
    assert [c[0] for c in screensaver.calls] == ["Inhibit"]

    keep.hold(REASON)  # a new stretch: a new inhibition from a new connection
    qtbot.waitUntil(lambda: backend.cookie is not None, timeout=WAIT_MS)
    second = backend.bus_name
    assert second is not None and second != holder
    assert screensaver.inhibitions == {backend.cookie: second}

    keep.close()
    qtbot.waitUntil(lambda: second in screensaver.left, timeout=WAIT_MS)
    assert screensaver.inhibitions == {}


def test_release_before_the_desktop_answers(
    qtbot: QtBot, slow_screensaver: FakeScreenSaver
) -> None:
    backend = ScreenSaverInhibitor()
    keep = KeepAwake([backend])
    keep.hold(REASON)
    holder = backend.bus_name
    qtbot.waitUntil(lambda: len(slow_screensaver.calls) == 1, timeout=WAIT_MS)
    assert slow_screensaver.inhibitions != {}
    assert backend.cookie is None  # no answer yet, and the GUI thread was never held up

    keep.release()
    qtbot.waitUntil(lambda: holder in slow_screensaver.left, timeout=WAIT_MS)
    assert slow_screensaver.inhibitions == {}
    slow_screensaver.answer()  # the late answer goes nowhere
    keep.hold(REASON)
    qtbot.waitUntil(lambda: len(slow_screensaver.calls) == 2, timeout=WAIT_MS)
    keep.close()
    assert not backend.failed


def test_a_bus_without_the_service_is_logged_once(
    qtbot: QtBot, bus: str, caplog: pytest.LogCaptureFixture
) -> None:
    backend = ScreenSaverInhibitor()
    keep = KeepAwake([backend])
    with caplog.at_level(logging.WARNING, logger="cramp_timer.desktop.keep_awake"):
        keep.hold(REASON)
        qtbot.waitUntil(lambda: backend.failed, timeout=WAIT_MS)
        assert backend.bus_name is None  # the connection is closed again
        keep.release()
        keep.hold(REASON)
        assert backend.bus_name is None  # not asked again
        keep.close()
    assert len(caplog.records) == 1
    assert "org.freedesktop.DBus.Error.ServiceUnknown" in caplog.records[0].getMessage()
    assert keep.backends == ()


@pytest.mark.parametrize("where", ["missing socket", "no address"])
def test_no_session_bus_is_a_quiet_noop(
    qapp: QApplication,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
    where: str,
) -> None:
    if where == "missing socket":
        monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", f"unix:path={tmp_path / 'bus'}")
    else:
        monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
        monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))
    backend = ScreenSaverInhibitor()
    keep = KeepAwake([backend])
    with caplog.at_level(logging.WARNING, logger="cramp_timer.desktop.keep_awake"):
        keep.hold(REASON)
        keep.release()
        keep.hold(REASON)
        assert keep.active
        keep.close()
    assert backend.failed
    assert len(caplog.records) == 1
    expected = "cannot connect" if where == "missing socket" else "no D-Bus session bus"
    assert expected in caplog.records[0].getMessage()


def test_the_default_on_linux_holds_screen_and_sleep_together(
    qtbot: QtBot,
    screensaver: FakeScreenSaver,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
    closing: list[KeepAwake],
) -> None:
    """default_keep_awake() as the app builds it: the desktop asked over the session bus
    from the environment, and a (fake) systemd-inhibit child, both let go on release."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    record = tmp_path / "argv"
    inhibit = bin_dir / "systemd-inhibit"
    # records its pid and arguments, then becomes the command (cat, reading our lifeline)
    inhibit.write_text(f'#!/bin/sh\nprintf "%s\\n" "$$" "$@" > "{record}"\nexec "$5"\n')
    inhibit.chmod(0o755)
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ['PATH']}")

    caplog.set_level(logging.WARNING, logger="cramp_timer.desktop.keep_awake")
    keep = default_keep_awake(platform="linux")
    closing.append(keep)
    assert keep.backends == ("org.freedesktop.ScreenSaver", "systemd-inhibit")
    keep.hold(REASON)
    qtbot.waitUntil(lambda: len(screensaver.inhibitions) == 1, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: record.exists() and record.read_text() != "", timeout=WAIT_MS)
    pid, *argv = record.read_text().splitlines()
    assert argv[2:] == [f"--why={REASON}", "--mode=block", "cat"]
    child = Path(f"/proc/{pid}")
    qtbot.waitUntil(lambda: "(cat)" in (child / "stat").read_text(), timeout=WAIT_MS)
    assert (child / "stat").read_text().split(") ", 1)[1][0] in "RS"  # alive, not a zombie
    (holder,) = screensaver.inhibitions.values()

    keep.release()
    assert not child.exists()  # ended and reaped
    qtbot.waitUntil(lambda: holder in screensaver.left, timeout=WAIT_MS)
    assert screensaver.inhibitions == {}
    assert caplog.records == []  # neither backend failed
