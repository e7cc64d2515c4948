"""Keep the screen on and the computer awake while something is being timed.

While a stretch, a heat, cold or massage timer, or the bedtime routine runs, the app asks
the desktop not to blank the screen and not to suspend, and lets go afterwards. Where the
desktop offers no way, asking is a quiet no-op: the reason is logged once, and the caller
never sees an exception.

    keep_awake = default_keep_awake()          # once, in the composition root
    keep_awake.hold(reason_text(AwakeFor.STRETCH))
    keep_awake.release()                       # idempotent both ways
    keep_awake.close()                         # at shutdown

Call it from the GUI thread only; no call waits on the desktop. Backends (the factory
picks them per platform):
- Linux and other free desktops: `ScreenSaverInhibitor` (`org.freedesktop.ScreenSaver.
  Inhibit` over QtDBus, one private bus connection per hold, so a crash ends it too)
  against blanking, and `ChildInhibitor` running `systemd-inhibit --what=idle:sleep ...
  --mode=block` against suspend; the child ends when our process ends in any way.
- Windows: `WindowsExecutionState`, SetThreadExecutionState through ctypes.
- macOS: `ChildInhibitor` running `caffeinate -dis -w <our pid>`.
The Windows and macOS parts are type-checked (mypy --platform win32 / darwin) but not run
here; their platform modules are imported only when used.

Why our own and not wakepy, and the measurements: docs/decisions/0200-keep-awake-backends.md.
"""

from __future__ import annotations

import contextlib
import logging
import os
import subprocess
import sys
from abc import ABC, abstractmethod
from collections.abc import Callable, Sequence
from enum import Enum
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cramp_timer.i18n import translate

if TYPE_CHECKING:
    from collections.abc import Mapping

    from PySide6.QtDBus import QDBusConnection, QDBusPendingCallWatcher

log = logging.getLogger(__name__)

APP_NAME = "Cramp Timer"

SCREENSAVER_SERVICE = "org.freedesktop.ScreenSaver"
SCREENSAVER_PATH = "/org/freedesktop/ScreenSaver"
SCREENSAVER_INTERFACE = "org.freedesktop.ScreenSaver"
# How long the desktop may take to answer Inhibit. The call is asynchronous: this bounds
# only how long we wait for an answer in the background, never the GUI thread.
INHIBIT_REPLY_TIMEOUT_MS = 5000
# How long release() waits for a child after SIGTERM, and again after SIGKILL.
CHILD_STOP_WAIT_S = 0.02
# How long close() (at shutdown) waits for children that did not end at release.
CHILD_CLOSE_WAIT_S = 0.5

# SetThreadExecutionState flags (winbase.h)
ES_CONTINUOUS = 0x80000000
ES_SYSTEM_REQUIRED = 0x00000001
ES_DISPLAY_REQUIRED = 0x00000002


class AwakeFor(Enum):
    """What is running while the app keeps the computer awake."""

    STRETCH = "stretch"
    CARE = "care"  # a heat, cold or massage timer
    ROUTINE = "routine"  # the bedtime routine


def reason_text(why: AwakeFor) -> str:
    """The reason desktops show in their list of what keeps the computer awake."""
    if why is AwakeFor.STRETCH:
        return translate("KeepAwake", "A guided stretch is running")
    if why is AwakeFor.CARE:
        return translate("KeepAwake", "A heat, cold or massage timer is running")
    return translate("KeepAwake", "The bedtime routine is running")


class Backend(ABC):
    """One way of keeping awake. start/stop/close never raise: a failure is logged once
    and the backend becomes a no-op for the rest of its life."""

    name = "backend"

    def __init__(self) -> None:
        self.failed = False

    @abstractmethod
    def start(self, reason: str) -> None:
        """Begin holding; a second start while holding does nothing."""

    @abstractmethod
    def stop(self) -> None:
        """Stop holding; nothing to do when not holding."""

    def close(self) -> None:
        self.stop()

    def _fail(self, detail: str) -> None:
        if not self.failed:
            self.failed = True
            log.warning("keep awake: %s is not available, skipping it: %s", self.name, detail)


class KeepAwake:
    """Holds the screen on and the computer awake through every working backend."""

    def __init__(self, backends: Sequence[Backend] = ()) -> None:
        self._backends = list(backends)
        self._held = False
        self._closed = False

    @property
    def active(self) -> bool:
        """True between hold() and release(), also where no backend works (then the
        hold is a quiet no-op)."""
        return self._held

    @property
    def backends(self) -> tuple[str, ...]:
        """Names of the backends that have not failed."""
        return tuple(b.name for b in self._backends if not b.failed)

    def hold(self, reason: str) -> None:
        """Ask the desktop to keep the screen on and not to suspend. Holding while held
        does nothing (the first reason stays)."""
        if self._held or self._closed:
            return
        self._held = True
        log.info("keep awake: holding (%s)", reason)
        for backend in self._backends:
            if not backend.failed:
                self._guard(backend, "hold", partial(backend.start, reason))

    def release(self) -> None:
        """Let the screen blank and the computer sleep again. Does nothing if not held."""
        if not self._held:
            return
        self._held = False
        log.info("keep awake: released")
        for backend in self._backends:
            self._guard(backend, "release", backend.stop)

    def close(self) -> None:
        """Release, and free every backend for good. hold() does nothing afterwards."""
        if self._closed:
            return
        self.release()
        self._closed = True
        for backend in self._backends:
            self._guard(backend, "close", backend.close)

    @staticmethod
    def _guard(backend: Backend, what: str, call: Callable[[], None]) -> None:
        try:
            call()
        except Exception:  # keeping awake is a comfort: it must never break a session
            log.error(
                "keep awake: %s failed on %s and is skipped from now on",
                backend.name,
                what,
                exc_info=True,
            )
            backend.failed = True


# -- freedesktop idle inhibition over D-Bus ------------------------------------------------


def session_bus_address(environ: Mapping[str, str]) -> str | None:
    """The session bus address: $DBUS_SESSION_BUS_ADDRESS, else $XDG_RUNTIME_DIR/bus if
    that socket exists, else None. (No X11 autolaunch: that could start a stray daemon.)"""
    address = environ.get("DBUS_SESSION_BUS_ADDRESS", "").strip()
    if address:
        return address
    runtime_dir = environ.get("XDG_RUNTIME_DIR", "").strip()
    if runtime_dir:
        socket = Path(runtime_dir) / "bus"
        if socket.is_socket():
            return f"unix:path={socket}"
    return None


class ScreenSaverInhibitor(Backend):
    """org.freedesktop.ScreenSaver.Inhibit on a private session-bus connection per hold.

    start() connects (about 1 ms, local socket) and sends Inhibit asynchronously; the
    cookie arrives later through the Qt event loop. stop() closes the connection, which
    per the idle-inhibition spec ends the inhibition (see the module docstring for why not
    UnInhibit). Needs a QCoreApplication.
    """

    name = "org.freedesktop.ScreenSaver"

    def __init__(self, app_name: str = APP_NAME, address: str | None = None) -> None:
        super().__init__()
        self._app_name = app_name
        self._address = address  # None: from the environment at each hold
        self._serial = 0
        self._connection_name: str | None = None
        self._connection: QDBusConnection | None = None
        self._pending: QDBusPendingCallWatcher | None = None
        self._spent: list[QDBusPendingCallWatcher] = []
        self._cookie: int | None = None

    @property
    def cookie(self) -> int | None:
        """The desktop's cookie for the current inhibition, once it has answered."""
        return self._cookie

    @property
    def bus_name(self) -> str | None:
        """Our unique name on the bus while holding (":1.42"), for logs and tests."""
        return self._connection.baseService() if self._connection is not None else None

    def start(self, reason: str) -> None:
        if self.failed or self._connection is not None:
            return
        self._spent.clear()
        from PySide6.QtCore import QCoreApplication

        if QCoreApplication.instance() is None:
            self._fail("no Qt application is running")
            return
        address = self._address or session_bus_address(os.environ)
        if address is None:
            self._fail("no D-Bus session bus (DBUS_SESSION_BUS_ADDRESS is not set)")
            return
        from PySide6.QtDBus import QDBusConnection, QDBusMessage, QDBusPendingCallWatcher

        self._serial += 1
        name = f"cramp-timer-keep-awake-{id(self):x}-{self._serial}"
        connection = QDBusConnection.connectToBus(address, name)
        if not connection.isConnected():
            error = connection.lastError()
            del connection
            QDBusConnection.disconnectFromBus(name)
            self._fail(f"cannot connect to the session bus: {error.message() or error.name()}")
            return
        message = QDBusMessage.createMethodCall(
            SCREENSAVER_SERVICE, SCREENSAVER_PATH, SCREENSAVER_INTERFACE, "Inhibit"
        )
        message.setArguments([self._app_name, reason])
        watcher = QDBusPendingCallWatcher(connection.asyncCall(message, INHIBIT_REPLY_TIMEOUT_MS))
        watcher.finished.connect(self._on_reply)
        self._connection, self._connection_name, self._pending = connection, name, watcher

    def stop(self) -> None:
        self._disconnect()

    def close(self) -> None:
        self._disconnect()
        self._spent.clear()

    def _on_reply(self, watcher: QDBusPendingCallWatcher) -> None:
        # Keep the watcher alive until we are out of its own signal.
        self._spent.append(watcher)
        if watcher is not self._pending:
            return  # answer to a hold that was already released
        self._pending = None
        if watcher.isError():
            error = watcher.error()
            self._disconnect()
            self._fail(f"Inhibit failed: {error.name()}: {error.message()}")
            return
        arguments = watcher.reply().arguments()
        cookie = arguments[0] if arguments else None
        self._cookie = cookie if isinstance(cookie, int) else None
        log.info("keep awake: the desktop keeps the screen on (cookie %s)", self._cookie)

    def _disconnect(self) -> None:
        name = self._connection_name
        if self._pending is not None:
            self._spent.append(self._pending)
            self._pending = None
        self._connection = None
        self._connection_name = None
        self._cookie = None
        if name is not None:
            from PySide6.QtDBus import QDBusConnection

            QDBusConnection.disconnectFromBus(name)


# -- a lock held for as long as a child process lives ------------------------------------


def systemd_inhibit_command(
    executable: str, app_name: str = APP_NAME
) -> Callable[[str], list[str]]:
    """systemd-inhibit holding idle and sleep off while its child `cat` reads our pipe."""

    def command(reason: str) -> list[str]:
        return [
            executable,
            "--what=idle:sleep",
            f"--who={app_name}",
            f"--why={reason}",
            "--mode=block",
            "cat",
        ]

    return command


def caffeinate_command(executable: str, pid: int) -> Callable[[str], list[str]]:
    """caffeinate: display (-d), idle (-i) and system (-s) sleep off until `pid` exits."""

    def command(_reason: str) -> list[str]:
        return [executable, "-dis", "-w", str(pid)]

    return command


class ChildInhibitor(Backend):
    """Holds a lock for as long as a child process lives; stop() ends and reaps it.

    With `lifeline`, the child's stdin is a pipe whose only writer is this process: a child
    that reads it to the end (systemd-inhibit's `cat`) ends when we end, however we end.
    A child that ends by itself while holding (systemd-inhibit refusing) is noticed at the
    next release or hold: its exit code and message are logged once and the backend stops.
    """

    def __init__(self, name: str, command: Callable[[str], list[str]], *, lifeline: bool) -> None:
        super().__init__()
        self.name = name
        self._command = command
        self._lifeline = lifeline
        self._proc: subprocess.Popen[bytes] | None = None
        self._dying: list[subprocess.Popen[bytes]] = []

    @property
    def pid(self) -> int | None:
        """The child's process id while holding."""
        return self._proc.pid if self._proc is not None else None

    def start(self, reason: str) -> None:
        self._reap()
        if self.failed or self._proc is not None:
            return
        argv = self._command(reason)
        try:
            self._proc = subprocess.Popen(
                argv,
                stdin=subprocess.PIPE if self._lifeline else subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
                start_new_session=True,  # terminal signals for us are not its business
            )
        except OSError as error:
            self._fail(f"cannot start {argv[0]}: {error.strerror or error}")

    def stop(self) -> None:
        proc, self._proc = self._proc, None
        if proc is None:
            return
        ended_by_itself = proc.poll()
        if proc.stdin is not None:
            with contextlib.suppress(OSError):
                proc.stdin.close()  # cut the lifeline
        if ended_by_itself is not None:
            self._fail(
                f"it ended by itself (exit code {ended_by_itself}){_said(_read_stderr(proc))}"
            )
        else:
            self._end(proc)
        if proc.returncode is not None and proc.stderr is not None:
            proc.stderr.close()

    def close(self) -> None:
        self.stop()
        for proc in self._dying:
            with contextlib.suppress(subprocess.TimeoutExpired):
                proc.wait(timeout=CHILD_CLOSE_WAIT_S)
            if proc.returncode is None:
                log.warning("keep awake: %s (pid %d) did not end", self.name, proc.pid)
            elif proc.stderr is not None:
                proc.stderr.close()
        self._dying.clear()

    def _end(self, proc: subprocess.Popen[bytes]) -> None:
        with contextlib.suppress(ProcessLookupError):
            proc.terminate()
        if _waited(proc, CHILD_STOP_WAIT_S):
            return
        with contextlib.suppress(ProcessLookupError):
            proc.kill()
        if not _waited(proc, CHILD_STOP_WAIT_S):
            self._dying.append(proc)  # reaped at the next hold or at close

    def _reap(self) -> None:
        still: list[subprocess.Popen[bytes]] = []
        for proc in self._dying:
            if proc.poll() is None:
                still.append(proc)
            elif proc.stderr is not None:
                proc.stderr.close()
        self._dying = still


def _waited(proc: subprocess.Popen[bytes], timeout: float) -> bool:
    try:
        proc.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        return False
    return True


def _read_stderr(proc: subprocess.Popen[bytes]) -> str:
    """What an ended child wrote to stderr, without waiting for a grandchild to close it."""
    if proc.stderr is None or sys.platform == "win32":
        return ""
    fd = proc.stderr.fileno()
    os.set_blocking(fd, False)
    try:
        data = os.read(fd, 4096)
    except (BlockingIOError, OSError):
        return ""
    return data.decode("utf-8", "replace").strip()


def _said(text: str) -> str:
    return f": {text}" if text else ""


# -- Windows ------------------------------------------------------------------------------


class WindowsExecutionState(Backend):
    """SetThreadExecutionState(ES_CONTINUOUS | ES_SYSTEM_REQUIRED | ES_DISPLAY_REQUIRED).

    The state belongs to the calling thread and lasts until changed or until the thread
    ends, so hold and release must come from the same (GUI) thread.
    """

    name = "SetThreadExecutionState"

    def __init__(self, set_state: Callable[[int], int] | None = None) -> None:
        super().__init__()
        self._set_state = set_state  # None: kernel32's, loaded at the first hold
        self._holding = False

    def start(self, reason: str) -> None:
        if self.failed or self._holding:
            return
        try:
            set_state = self._function()
        except (AttributeError, OSError) as error:
            self._fail(f"kernel32 is not available: {error}")
            return
        if set_state(ES_CONTINUOUS | ES_SYSTEM_REQUIRED | ES_DISPLAY_REQUIRED) == 0:
            self._fail("Windows refused SetThreadExecutionState")
            return
        self._holding = True

    def stop(self) -> None:
        if self._holding:
            self._holding = False
            self._function()(ES_CONTINUOUS)

    def _function(self) -> Callable[[int], int]:
        if self._set_state is None:
            import ctypes

            win_dll: Any = getattr(ctypes, "WinDLL")  # noqa: B009 (absent off Windows)
            function: Any = win_dll("kernel32", use_last_error=True).SetThreadExecutionState
            function.argtypes = [ctypes.c_uint32]
            function.restype = ctypes.c_uint32
            self._set_state = function
        return self._set_state


# -- choosing ------------------------------------------------------------------------------


def default_backends(app_name: str = APP_NAME, platform: str = sys.platform) -> list[Backend]:
    """The backends for this platform, in the order they are asked."""
    import shutil

    if platform == "win32":
        return [WindowsExecutionState()]
    if platform == "darwin":
        caffeinate = shutil.which("caffeinate")
        if caffeinate is None:
            log.info("keep awake: caffeinate not found; the Mac may sleep during a stretch")
            return []
        return [
            ChildInhibitor(
                "caffeinate", caffeinate_command(caffeinate, os.getpid()), lifeline=False
            )
        ]
    backends: list[Backend] = [ScreenSaverInhibitor(app_name)]
    systemd_inhibit = shutil.which("systemd-inhibit")
    if systemd_inhibit is None:
        log.info("keep awake: systemd-inhibit not found; suspend is not held off")
    else:
        backends.append(
            ChildInhibitor(
                "systemd-inhibit", systemd_inhibit_command(systemd_inhibit, app_name), lifeline=True
            )
        )
    return backends


def default_keep_awake(app_name: str = APP_NAME, platform: str = sys.platform) -> KeepAwake:
    """A KeepAwake with this platform's backends. Cheap: nothing starts before hold()."""
    return KeepAwake(default_backends(app_name, platform))
