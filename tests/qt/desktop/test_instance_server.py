"""The running instance's server: real sockets, Qt's event loop, and the real app."""

from __future__ import annotations

import logging
import os
import shutil
import socket
import sys
import tempfile
from collections.abc import Iterator

import pytest
from fakes import RecordingSpeaker
from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot

from cramp_timer.app import CrampTimer
from cramp_timer.core.clock import FakeClock
from cramp_timer.desktop import instance_server
from cramp_timer.desktop.instance_server import Incoming, InstanceServer, answer
from cramp_timer.desktop.single_instance import (
    MAX_LINE,
    Primary,
    Reply,
    Request,
    claim,
    decode_reply,
    encode_request,
)
from cramp_timer.storage.paths import AppPaths

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="Unix sockets")


@pytest.fixture
def primary(monkeypatch: pytest.MonkeyPatch) -> Iterator[Primary]:
    folder = tempfile.mkdtemp(prefix="ct-", dir="/tmp")  # pytest's are too long for a socket
    monkeypatch.setenv("XDG_RUNTIME_DIR", folder)
    claimed = claim(Request("show"))
    assert isinstance(claimed, Primary)
    yield claimed
    claimed.close()
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def server(qtbot: QtBot, primary: Primary) -> Iterator[InstanceServer]:
    served = InstanceServer(primary)
    yield served
    served.close()


class Asker:
    """A second launch, non-blocking so that the test's event loop runs meanwhile."""

    def __init__(self, address: str, data: bytes = b"", end: bool = False) -> None:
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self.sock.connect(address)
        self.sock.sendall(data)
        if end:
            self.sock.shutdown(socket.SHUT_WR)
        self.sock.setblocking(False)
        self._data = bytearray()

    def answered(self) -> bool:
        try:
            chunk = self.sock.recv(4096)
        except BlockingIOError:
            return False
        self._data += chunk
        return not chunk or self._data.endswith(b"\n")

    def reply(self, qtbot: QtBot) -> Reply:
        qtbot.waitUntil(self.answered, timeout=10_000)
        self.sock.close()
        return decode_reply(bytes(self._data))


def ask(primary: Primary, request: Request) -> Asker:
    return Asker(primary.address, encode_request(request))


def test_requests_wait_for_delivery_then_come_in_order(qtbot: QtBot, primary: Primary,
                                                       server: InstanceServer) -> None:
    got: list[Request] = []
    server.requested.connect(lambda incoming: got.append(incoming.request))
    first, second = ask(primary, Request("now")), ask(primary, Request("routine", "Bedtime"))
    qtbot.waitUntil(lambda: server.waiting == 2, timeout=10_000)
    assert got == []
    # "now" is answered at once (the app being built will do it: the asker must not take
    # it for a hung one); a routine is held open until delivered (it may be refused)
    qtbot.waitUntil(first.answered, timeout=10_000)
    assert not second.answered()
    server.start_delivery()
    assert got == [Request("now"), Request("routine", "Bedtime")]
    assert first.reply(qtbot) == Reply() and second.reply(qtbot) == Reply()
    third = ask(primary, Request("show"))  # once delivering, at once
    assert third.reply(qtbot) == Reply()
    assert got[-1] == Request("show")


def test_a_slot_refusal_goes_back_to_the_asker(qtbot: QtBot, primary: Primary,
                                               server: InstanceServer) -> None:
    server.requested.connect(lambda incoming: incoming.refuse("Not tonight."))
    server.start_delivery()
    assert ask(primary, Request("now")).reply(qtbot) == Reply("Not tonight.")


@pytest.mark.parametrize(("data", "end", "reason"), [
    (b"x" * (MAX_LINE + 500), False, "longer than 4096 bytes"),
    (b"\xff\xfe" * 10 + b"\n", False, "not a line of JSON"),
    (b"[" * 3000 + b"\n", False, "not a line of JSON"),
    (b'{"v": 1, "action": "rm -rf"}\n', False, "unknown action"),
    (b'{"v": 9, "action": "now"}\n', False, "version 9"),
    (b'{"v": 1, "action": "now"', True, "ended before its newline"),
    (b"", False, "did not arrive in time"),
])
def test_a_hostile_request_is_answered_never_delivered_and_the_server_serves_on(
        qtbot: QtBot, primary: Primary, server: InstanceServer,
        monkeypatch: pytest.MonkeyPatch, data: bytes, end: bool, reason: str) -> None:
    monkeypatch.setattr(instance_server, "READ_WAIT_MS", 200)  # the real wait is 5 s
    got: list[Request] = []
    server.requested.connect(lambda incoming: got.append(incoming.request))
    server.start_delivery()
    reply = Asker(primary.address, data, end).reply(qtbot)
    assert not reply.ok and reason in (reply.error or "")
    assert got == []
    assert ask(primary, Request("now")).reply(qtbot) == Reply()
    assert got == [Request("now")]


def test_an_asker_that_hangs_up_breaks_nothing(qtbot: QtBot, primary: Primary,
                                               server: InstanceServer) -> None:
    got: list[Request] = []
    server.requested.connect(lambda incoming: got.append(incoming.request))
    gone = ask(primary, Request("show"))
    qtbot.waitUntil(lambda: server.waiting == 1, timeout=10_000)
    gone.sock.close()
    server.start_delivery()  # the answer finds nobody: no error
    assert got == [Request("show")]
    assert ask(primary, Request("now")).reply(qtbot) == Reply()


def test_sixteen_idle_connections_never_block_a_hand_over(
        qtbot: QtBot, primary: Primary, server: InstanceServer) -> None:
    got: list[Request] = []
    server.requested.connect(lambda incoming: got.append(incoming.request))
    server.start_delivery()
    silent = [Asker(primary.address) for _ in range(16)]
    qtbot.wait(50)  # let the server take them all in
    assert ask(primary, Request("now")).reply(qtbot) == Reply()
    assert got == [Request("now")]
    for asker in silent:
        asker.sock.close()


def test_past_the_cap_the_oldest_idle_connection_goes_never_the_new_one(
        qtbot: QtBot, primary: Primary, server: InstanceServer,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(instance_server, "MAX_OPEN", 4)
    server.start_delivery()
    silent = [Asker(primary.address) for _ in range(4)]
    qtbot.wait(50)
    assert ask(primary, Request("now")).reply(qtbot) == Reply()
    assert "Too many requests" in (silent[0].reply(qtbot).error or "")
    for asker in silent[1:]:
        asker.sock.close()


def test_a_request_whose_asker_gave_up_is_not_done_when_a_hung_app_wakes(
        qtbot: QtBot, primary: Primary) -> None:
    """The app was hung (SIGSTOP): the asker waited, gave up and ran its own window.
    When the app wakes and finally reads the request, it must not start a second one."""
    gone = ask(primary, Request("now"))
    gone.sock.close()  # before the (hung) server read anything
    served = InstanceServer(primary)  # the app wakes
    got: list[Request] = []
    served.requested.connect(lambda incoming: got.append(incoming.request))
    served.start_delivery()
    qtbot.wait(100)
    assert got == []
    assert ask(primary, Request("now")).reply(qtbot) == Reply()  # and serves on
    assert got == [Request("now")]
    served.close()


def test_closing_answers_the_requests_still_waiting(qtbot: QtBot, primary: Primary,
                                                   server: InstanceServer) -> None:
    waiting = ask(primary, Request("routine", "Bedtime"))  # ("now" is answered at once)
    qtbot.waitUntil(lambda: server.waiting == 1, timeout=10_000)
    server.close()
    assert waiting.reply(qtbot) == Reply("Cramp Timer is closing.")


def test_the_windows_pipe_server_reads_and_answers_the_same_way(qtbot: QtBot) -> None:
    """QLocalServer (Windows' transport) also runs on Unix: the same lines, the same checks."""
    from PySide6.QtNetwork import QLocalServer

    name = f"cramp-timer-test-{os.getpid()}"
    got: list[Request] = []
    owner = QObject()

    def arrived(request: Request, reply: instance_server.Answer) -> None:
        got.append(request)
        reply(None if request.action == "now" else "No.")

    transport = instance_server._PipeTransport(name, arrived, owner)
    try:
        address = transport._server.fullServerName()
        assert ask_at(address, Request("now")).reply(qtbot) == Reply()
        assert ask_at(address, Request("show")).reply(qtbot) == Reply("No.")
        bad = Asker(address, b"x" * (MAX_LINE + 1)).reply(qtbot)
        assert "longer than" in (bad.error or "")
        assert got == [Request("now"), Request("show")]
    finally:
        transport.close()
        QLocalServer.removeServer(name)


def ask_at(address: str, request: Request) -> Asker:
    return Asker(address, encode_request(request))


# -- what a request does in the app -------------------------------------------------------
@pytest.fixture
def timer(qtbot: QtBot) -> Iterator[CrampTimer]:
    paths = AppPaths.default()
    paths.ensure()
    clock = FakeClock()
    app = CrampTimer(paths, clock, RecordingSpeaker(clock))
    qtbot.addWidget(app.window)
    app.show()
    qtbot.waitExposed(app.window)
    yield app
    app.shutdown()


def test_show_brings_a_minimised_window_back(timer: CrampTimer,
                                             caplog: pytest.LogCaptureFixture) -> None:
    timer.window.showMinimized()
    incoming = Incoming(Request("show"))
    with caplog.at_level(logging.INFO):
        answer(timer, incoming)
    assert timer.window.isVisible() and not timer.window.isMinimized()
    assert not timer.controller.active
    assert incoming.error is None
    assert "window raised for another launch" in caplog.text


def test_now_starts_a_stretch(timer: CrampTimer) -> None:
    incoming = Incoming(Request("now"))
    answer(timer, incoming)
    assert timer.controller.active
    assert incoming.error is None


def test_an_unknown_routine_is_refused_and_a_known_one_starts(timer: CrampTimer) -> None:
    incoming = Incoming(Request("routine", "Bedtime"))
    answer(timer, incoming)
    assert incoming.error == "There is no routine called “Bedtime”."
    assert not timer.controller.active
    incoming = Incoming(Request("routine", "Bedtime stretch (seated)"))
    answer(timer, incoming)
    assert incoming.error is None
    assert timer.controller.active


def test_the_benchmark_hook_marks_and_ends_a_handed_over_stretch(
        timer: CrampTimer, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("CRAMP_TIMER_BENCH_EVENTS", "1")
    answer(timer, Incoming(Request("now")))
    assert capsys.readouterr().out.startswith("now-started ")
    assert timer.controller.stage.value == "rating"  # stopped, so the next one starts again
