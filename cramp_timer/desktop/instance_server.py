"""The running instance's side of `cramp_timer.desktop.single_instance`: requests as a Qt signal.

QtCore only. On Linux and macOS the socket is a plain Python AF_UNIX socket, watched by
QSocketNotifiers, rather than a QLocalServer, because:
- `single_instance.claim` binds it before Qt is even imported, together with taking the
  lock, so a second launch finds the new instance as early as possible and the lock, the
  stale-file recovery and the socket live in one place;
- reading, bounding and refusing requests is plain Python (`Connection`, `LineReader`)
  that the unit tests drive without a QApplication;
- QtNetwork (about 5 ms of start-up) is not loaded.
Windows has no Unix sockets in Python, so there a QLocalServer listens on a named pipe
(`_PipeTransport`), with the same `LineReader` and answers.
"""

from __future__ import annotations

import logging
import os
import sys
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSocketNotifier, QTimer, Signal

from cramp_timer.desktop.single_instance import (
    MAX_LINE,
    Connection,
    LineReader,
    Primary,
    ProtocolError,
    Request,
    encode_reply,
)

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalSocket

    from cramp_timer.app import CrampTimer

log = logging.getLogger(__name__)

READ_WAIT_MS = 1000  # a connection that has not sent its line by then is dropped
MAX_OPEN = 1024  # connections read at once; past it the oldest idle one is dropped
ACCEPT_BATCH = 64  # connections taken per wake-up: a flood cannot keep the loop here
MAX_WAITING = 64  # requests held while the app is still being built
EARLY_OK = ("now", "show")  # answered at once while the app is built, done once it is

Answer = Callable[[str | None], None]
Arrived = Callable[[Request, Answer], None]


class Incoming:
    """One request from another launch. A slot that cannot do it calls `refuse`."""

    def __init__(self, request: Request) -> None:
        self.request = request
        self.error: str | None = None

    def refuse(self, error: str) -> None:
        self.error = error


class InstanceServer(QObject):
    """Serves a `Primary`: emits `requested` once per request, in the order they came.

    Requests that arrive before `start_delivery` (while the app is still being built)
    wait and are delivered then. The answer goes back once the slots have run: ok, or
    the reason a slot gave to `Incoming.refuse`. A malformed, oversized or unfinished
    request is answered with its error and never reaches the slots; a connection that
    sends no line within `READ_WAIT_MS` is answered and dropped. Idle connections never
    block a new one (past `MAX_OPEN` the oldest is dropped); a request whose asker has
    already gone (it waited `single_instance.HAND_OVER_WAIT` and ran its own window) is
    dropped, not done. `now` and `show` that come while the app is built are answered
    at once (they will be done), so the asker never takes a starting app for a hung one.
    """

    requested = Signal(object)  # Incoming

    def __init__(self, primary: Primary, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._delivering = False
        self._waiting: list[tuple[Request, Answer]] = []
        self._transport: _SocketTransport | _PipeTransport
        if sys.platform == "win32":
            self._transport = _PipeTransport(primary.address, self._arrived, self)
        else:
            self._transport = _SocketTransport(primary, self._arrived, self)

    @property
    def waiting(self) -> int:
        """How many requests wait for `start_delivery`."""
        return len(self._waiting)

    def start_delivery(self) -> None:
        """Deliver the requests that waited, then each one as it comes."""
        self._delivering = True
        waiting, self._waiting = self._waiting, []
        for request, answer in waiting:
            self._deliver(request, answer)

    def close(self) -> None:
        """Stop serving (the `Primary` itself is closed by its owner). Idempotent."""
        self._delivering = False
        self._transport.close()
        waiting, self._waiting = self._waiting, []
        for _, answer in waiting:
            answer("Cramp Timer is closing.")

    def _arrived(self, request: Request, answer: Answer) -> None:
        if self._delivering:
            self._deliver(request, answer)
        elif len(self._waiting) < MAX_WAITING:
            if request.action in EARLY_OK:
                answer(None)
                answer = _answered
            self._waiting.append((request, answer))
        else:
            answer("Cramp Timer is still starting and has too many requests waiting.")

    def _deliver(self, request: Request, answer: Answer) -> None:
        log.info("request from another launch: %s", request.action)
        incoming = Incoming(request)
        self.requested.emit(incoming)
        answer(incoming.error)


def _answered(_error: str | None) -> None:
    """The answer already went (see `EARLY_OK`)."""


class _SocketTransport(QObject):
    """Accepts and reads connections on the primary's Unix socket from Qt's event loop."""

    def __init__(self, primary: Primary, arrived: Arrived, parent: QObject) -> None:
        super().__init__(parent)
        self._primary = primary
        self._arrived = arrived
        self._open: dict[Connection, tuple[QSocketNotifier, QTimer]] = {}
        self._notifier = QSocketNotifier(primary.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._accept)

    def close(self) -> None:
        self._notifier.setEnabled(False)  # before the socket closes: Qt warns otherwise
        for connection in list(self._open):
            self._forget(connection)
            connection.close()

    def _accept(self) -> None:
        for _ in range(ACCEPT_BATCH):  # a flood cannot keep the event loop here
            connection = self._primary.accept()
            if connection is None:
                return
            if len(self._open) >= MAX_OPEN:  # the oldest idle one goes, never the new one
                oldest = next(iter(self._open))
                self._forget(oldest)
                oldest.reply("Too many requests at once. Try again in a moment.")
            self._serve(connection, watched=False)  # the line often came with it

    def _serve(self, connection: Connection, watched: bool) -> None:
        """Read what has come; answer a bad request, pass on a whole one, or wait."""
        try:
            request = connection.read()
        except (ProtocolError, OSError) as error:
            if watched:
                self._forget(connection)  # the notifier goes before the socket closes
            if isinstance(error, ProtocolError):
                log.warning("refused a request from another launch: %s", error)
                connection.reply(str(error))
            else:  # reset by the asker: nobody is left to answer
                log.warning("a request from another launch failed: %s", error)
                connection.close()
            return
        if request is None:
            if not watched:
                self._watch(connection)
            return
        if watched:
            self._forget(connection)
        if connection.asker_gone():  # it gave up on us (we were hung) and runs its own
            log.warning("dropped a %s request whose asker had already gone", request.action)
            connection.close()
            return
        self._arrived(request, connection.reply)  # answered later if the app is not built

    def _watch(self, connection: Connection) -> None:
        notifier = QSocketNotifier(connection.fileno(), QSocketNotifier.Type.Read, self)
        notifier.activated.connect(lambda: self._on_readable(connection))
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.timeout.connect(lambda: self._give_up(connection))
        timer.start(READ_WAIT_MS)
        self._open[connection] = (notifier, timer)

    def _on_readable(self, connection: Connection) -> None:
        if connection in self._open:
            self._serve(connection, watched=True)

    def _give_up(self, connection: Connection) -> None:
        if connection in self._open:
            self._forget(connection)
            connection.reply("The request did not arrive in time.")

    def _forget(self, connection: Connection) -> None:
        notifier, timer = self._open.pop(connection)
        notifier.setEnabled(False)
        notifier.deleteLater()
        timer.stop()
        timer.deleteLater()


class _PipeTransport(QObject):
    """Windows: a QLocalServer on the named pipe `name` (QtNetwork is loaded only here)."""

    def __init__(self, name: str, arrived: Arrived, parent: QObject) -> None:
        super().__init__(parent)
        from PySide6.QtNetwork import QLocalServer

        self._arrived = arrived
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        QLocalServer.removeServer(name)
        if not self._server.listen(name):
            log.warning("cannot listen for other launches on %s: %s", name,
                        self._server.errorString())
        self._server.newConnection.connect(self._accept)

    def close(self) -> None:
        self._server.close()

    def _accept(self) -> None:
        while self._server.hasPendingConnections():
            _PipeConnection(self._server.nextPendingConnection(), self._arrived)


class _PipeConnection(QObject):
    """One QLocalSocket: reads one request line, then answers and goes."""

    def __init__(self, socket: QLocalSocket, arrived: Arrived) -> None:
        super().__init__(socket)  # deleted with its socket
        self._socket = socket
        self._arrived = arrived
        self._reader = LineReader()
        self._done = False
        socket.readyRead.connect(self._on_ready)
        QTimer.singleShot(READ_WAIT_MS, self, self._give_up)
        self._on_ready()

    def _on_ready(self) -> None:
        if self._done or not self._socket.bytesAvailable():
            return
        try:
            request = self._reader.feed(bytes(self._socket.read(MAX_LINE).data()))
        except ProtocolError as error:
            self.answer(str(error))
            return
        if request is not None:
            self._done = True
            self._arrived(request, self.answer)

    def _give_up(self) -> None:
        if not self._done:
            self.answer("The request did not arrive in time.")

    def answer(self, error: str | None) -> None:
        self._done = True
        if self._socket.isValid():
            self._socket.write(encode_reply(error))
            self._socket.flush()
            self._socket.disconnectFromServer()
        self._socket.deleteLater()


def answer(timer: CrampTimer, incoming: Incoming) -> None:
    """What a request from another launch does in the running app: every request brings
    the window to the front; `now` starts a stretch, `routine` the named routine."""
    request, window = incoming.request, timer.window
    if window.isMinimized():
        window.showNormal()
    window.show()
    window.raise_()
    window.activateWindow()
    log.info("window raised for another launch")
    if request.action == "now":
        timer.controller.start()
        if os.environ.get("CRAMP_TIMER_BENCH_EVENTS"):  # bench/bench.py times hand-overs
            print(f"now-started {time.monotonic():.6f}", flush=True)
            timer.controller.stop()  # so that the next --now starts a stretch again
    elif request.action == "routine" and request.routine is not None:
        error = timer.run_routine(request.routine)
        if error is not None:
            incoming.refuse(error)
