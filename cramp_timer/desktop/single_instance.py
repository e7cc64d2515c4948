"""One Cramp Timer per person: a second launch hands its wish to the running one.

The running ("primary") instance holds an exclusive lock on ``instance.lock`` in the data
folder for its whole life (``fcntl.flock``: a crashed or SIGKILLed instance leaves nothing
that blocks) and listens on a Unix socket. A new process asks `claim`, which

1. connects to the socket and, if someone answers, hands its request over and is done;
2. else takes the lock: it is now the primary; a socket file left by a crash is removed
   and the socket bound (mode 0600) before any Qt is imported;
3. else (the lock is held but nobody listens yet: a primary still starting) retries both
   for up to `START_WAIT` seconds, then gives up with a plain sentence (`NotAnswering`),
   as it does when the running instance takes no request within `HAND_OVER_WAIT`: the
   caller then runs a window of its own. The primary drops a request whose asker has
   gone (`Connection.asker_gone`), so a hung instance that wakes starts nothing twice.

The socket lives in ``$XDG_RUNTIME_DIR/cramp-timer/``, else in ``cramp-timer-<uid>/``
under ``$TMPDIR`` or ``/tmp`` (created 0700 and checked to be ours), named by a short
hash of the data folder. Protocol, one line each way (UTF-8 JSON, at most `MAX_LINE` bytes)::

    {"v": 1, "action": "show" | "now" | "routine", "routine": NAME}
    {"ok": true}          {"ok": false, "error": "a plain sentence"}

Standard library only (platformdirs lazily), never Qt or ``cramp_timer.storage.paths``;
the primary's Qt side is `cramp_timer.desktop.instance_server`. Windows: a named pipe and
``msvcrt.locking`` (type-checked only). Why: docs/decisions/0202-single-instance.md.
"""

# ruff: noqa: PTH102, PTH103, PTH108, PTH116, PTH117, PTH118, PTH120, PTH123
# (os.path, not pathlib: importing pathlib costs ~6 ms where nothing has loaded it yet)

from __future__ import annotations

import os
import socket
import stat
import sys
import time

from cramp_timer.desktop.xdg import APP_NAME
from cramp_timer.i18n import translate

TYPE_CHECKING = False  # typing costs ~2 ms at start-up; mypy treats this name as True
if TYPE_CHECKING:
    from collections.abc import Iterator

__all__ = [
    "ACTIONS",
    "MAX_LINE",
    "Connection",
    "InstanceError",
    "InstanceLock",
    "LineReader",
    "NotAnswering",
    "Primary",
    "ProtocolError",
    "Reply",
    "Request",
    "claim",
    "decode_reply",
    "decode_request",
    "encode_reply",
    "encode_request",
    "hand_over",
    "instance_key",
    "lock_path",
    "socket_path",
    "user_data_dir",
]

PROTOCOL_VERSION = 1
ACTIONS = ("show", "now", "routine")
MAX_LINE = 4096  # bytes, the newline included; longer requests are refused
MAX_ROUTINE_NAME = 200  # characters
MAX_ERROR = 500  # characters of an error sent back
MAX_SOCKET_PATH = 100  # bytes: sun_path holds 108 on Linux, 104 on macOS, NUL included
START_WAIT = 1.0  # s: a primary holding the lock but not listening yet (still starting)
# s: a running instance that has not answered by then is taken for hung: the new process
# runs its own window (see cramp_timer.cli), so a countdown starts within about 2 s
HAND_OVER_WAIT = 1.0
RETRY_PAUSE = 0.02  # s between tries while a primary starts
LOCK_NAME = "instance.lock"


class InstanceError(Exception):
    """The one-instance check could not be made; ``str(error)`` is a plain sentence."""


class NotAnswering(InstanceError):
    """Another Cramp Timer holds the lock but did not take the request."""


class ProtocolError(ValueError):
    """A request or reply that is not what the protocol says; ``str(error)`` says why."""


class Request:
    """What a launch asks of the running instance. Raises `ProtocolError` if malformed."""

    __slots__ = ("action", "routine")

    def __init__(self, action: str, routine: str | None = None) -> None:
        if action not in ACTIONS:
            raise ProtocolError(f"unknown action {action!r}")
        if action == "routine":
            if not isinstance(routine, str) or not routine.strip():
                raise ProtocolError(translate("single_instance",
                                              "a routine request needs the routine's name"))
            if len(routine) > MAX_ROUTINE_NAME:
                raise ProtocolError(translate("single_instance",
                                              "a routine name has at most %n characters", "",
                                              MAX_ROUTINE_NAME))
        elif routine is not None:
            raise ProtocolError(f"a {action!r} request names no routine")
        self.action = action
        self.routine = routine

    def __eq__(self, other: object) -> bool:
        return (isinstance(other, Request) and other.action == self.action
                and other.routine == self.routine)

    def __hash__(self) -> int:
        return hash((self.action, self.routine))

    def __repr__(self) -> str:
        if self.routine is None:
            return f"Request({self.action!r})"
        return f"Request({self.action!r}, {self.routine!r})"


class Reply:
    """The running instance's answer: ``ok``, or the reason it could not do it."""

    __slots__ = ("error", "ok")

    def __init__(self, error: str | None = None) -> None:
        self.ok = error is None
        self.error = error

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Reply) and other.error == self.error

    def __hash__(self) -> int:
        return hash(self.error)

    def __repr__(self) -> str:
        return "Reply()" if self.ok else f"Reply({self.error!r})"


# -- the protocol ---------------------------------------------------------------------------
# The common lines are written and recognised without the json module (~2 ms at start-up).
OK_LINE = b'{"ok":true}\n'


def encode_request(request: Request) -> bytes:
    if request.routine is None:  # the same bytes json.dumps gives
        return b'{"v":%d,"action":"%s"}\n' % (PROTOCOL_VERSION, request.action.encode())
    return _line({"v": PROTOCOL_VERSION, "action": request.action, "routine": request.routine})


def decode_request(line: bytes) -> Request:
    """One request line (its newline optional). Raises `ProtocolError` saying why not."""
    body = _decode(line, "request")
    version = body.get("v")
    if type(version) is not int:
        raise ProtocolError("the request has no protocol version")
    if version != PROTOCOL_VERSION:
        raise ProtocolError(f"protocol version {version} is not understood "
                            f"(this Cramp Timer speaks version {PROTOCOL_VERSION})")
    action, routine = body.get("action"), body.get("routine")
    if not isinstance(action, str):
        raise ProtocolError("the request names no action")
    if routine is not None and not isinstance(routine, str):
        raise ProtocolError("a routine's name must be text")
    return Request(action, routine)


def encode_reply(error: str | None = None) -> bytes:
    if error is None:
        return OK_LINE
    return _line({"ok": False, "error": str(error)[:MAX_ERROR] or "failed"})


def decode_reply(line: bytes) -> Reply:
    if line == OK_LINE:
        return Reply()
    body = _decode(line, "reply")
    ok, error = body.get("ok"), body.get("error")
    if ok is True:
        return Reply()
    if ok is False and isinstance(error, str) and error:
        return Reply(error)
    raise ProtocolError("the reply says neither ok nor why not")


def _line(body: dict[str, object]) -> bytes:
    import json

    return json.dumps(body, separators=(",", ":")).encode("ascii") + b"\n"


def _decode(line: bytes, what: str) -> dict[str, object]:
    if len(line) > MAX_LINE:
        raise ProtocolError(f"the {what} is longer than {MAX_LINE} bytes")
    import json

    try:
        body = json.loads(line.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as error:
        raise ProtocolError(f"the {what} is not a line of JSON") from error
    if not isinstance(body, dict):
        raise ProtocolError(f"the {what} is not a JSON object")
    return body


class LineReader:
    """Collects one request line from a connection, a chunk at a time.

    `feed` returns the `Request` once its newline has come, None while more is needed,
    and raises `ProtocolError` for anything else: too long, malformed, or the end of the
    stream (an empty chunk) before the newline.
    """

    def __init__(self) -> None:
        self._buffer = bytearray()

    def feed(self, chunk: bytes) -> Request | None:
        if not chunk:
            raise ProtocolError("the request ended before its newline")
        self._buffer += chunk
        end = self._buffer.find(b"\n")
        if end < 0:
            if len(self._buffer) >= MAX_LINE:
                raise ProtocolError(f"the request is longer than {MAX_LINE} bytes")
            return None
        return decode_request(bytes(self._buffer[: end + 1]))


# -- where --------------------------------------------------------------------------------
def user_data_dir() -> str:
    """The data folder `cramp_timer.storage.paths.AppPaths.default` uses (see
    `cramp_timer.desktop.xdg`)."""
    from cramp_timer.desktop.xdg import user_dir

    return user_dir("data")


def instance_key(data_dir: str) -> str:
    """16 hex digits naming the instance that owns `data_dir`.

    FNV-1a (64 bits) of the normalised path: nothing secret rides on it, and hashlib's
    OpenSSL costs ~3 ms at start-up.
    """
    value = 0xCBF29CE484222325
    for byte in os.fsencode(os.path.normpath(data_dir)):
        value = ((value ^ byte) * 0x100000001B3) & 0xFFFFFFFFFFFFFFFF
    return f"{value:016x}"


def lock_path(data_dir: str) -> str:
    return os.path.join(data_dir, LOCK_NAME)


def socket_path(key: str, runtime_dir: str | None = None) -> str:
    """Where the instance `key` listens (on Windows: its pipe's name).

    ``<runtime_dir>/cramp-timer/<key>.sock`` (`runtime_dir`: ``$XDG_RUNTIME_DIR``), else
    ``$TMPDIR/cramp-timer-<uid>/<key>.sock``, else the same under ``/tmp``: the first whose
    path fits a socket address and whose folder can be made. The folder is created 0700;
    one that exists but is not a private folder of ours raises `InstanceError`.
    """
    if sys.platform == "win32":
        return f"cramp-timer-{key}"
    else:  # an else, so that mypy --platform win32 skips it
        return _unix_socket_path(key, runtime_dir)


if sys.platform != "win32":  # the socket folder (Windows uses a named pipe)

    def _unix_socket_path(key: str, runtime_dir: str | None) -> str:
        reasons = []
        for folder in _socket_folders(runtime_dir):
            path = os.path.join(folder, f"{key}.sock")
            if len(os.fsencode(path)) > MAX_SOCKET_PATH:
                reasons.append(f"{path} is too long for a socket")
                continue
            try:
                _ensure_private_folder(folder)
            except OSError as error:  # e.g. $XDG_RUNTIME_DIR is set but does not exist
                reasons.append(f"{folder}: {error.strerror or error}")
                continue
            return path
        raise InstanceError("No folder for the Cramp Timer socket could be used ("
                            + "; ".join(reasons) + ").")

    def _socket_folders(runtime_dir: str | None) -> Iterator[str]:
        if runtime_dir and os.path.isabs(runtime_dir):
            yield os.path.join(runtime_dir, APP_NAME)
        private = f"{APP_NAME}-{os.getuid()}"
        temp = os.environ.get("TMPDIR", "")  # tempfile.gettempdir() costs ~4 ms to import
        if os.path.isabs(temp) and os.path.normpath(temp) != "/tmp":
            yield os.path.join(temp, private)
        yield os.path.join("/tmp", private)


    def _ensure_private_folder(folder: str) -> None:
        try:
            info = os.lstat(folder)
        except FileNotFoundError:
            os.mkdir(folder, 0o700)  # a missing parent raises FileNotFoundError
            info = os.lstat(folder)
        if (not stat.S_ISDIR(info.st_mode) or info.st_uid != os.getuid()
                or stat.S_IMODE(info.st_mode) & 0o077):
            raise InstanceError(translate(
                "single_instance", "The folder {folder} is not a private folder of this user, "
                "so Cramp Timer will not use it for its socket.").format(folder=folder))


# -- the lock -----------------------------------------------------------------------------
class InstanceLock:
    """The primary's lock on ``instance.lock``: held while the file stays open."""

    def __init__(self, fd: int) -> None:
        self._fd: int | None = fd

    @classmethod
    def try_take(cls, path: str) -> InstanceLock | None:
        """The lock, or None when another process holds it. OSError if the file fails."""
        os.makedirs(os.path.dirname(path), mode=0o700, exist_ok=True)
        flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
        fd = os.open(path, flags, 0o600)  # not inherited by children (PEP 446)
        try:
            taken = _try_lock(fd)
        except BaseException:
            os.close(fd)
            raise
        if not taken:
            os.close(fd)
            return None
        if sys.platform != "win32":  # named in a message; Windows locks the bytes themselves
            os.ftruncate(fd, 0)
            os.write(fd, f"{os.getpid()}\n".encode("ascii"))
        return cls(fd)

    @property
    def held(self) -> bool:
        return self._fd is not None

    def release(self) -> None:
        if self._fd is not None:
            fd, self._fd = self._fd, None
            os.close(fd)  # closing the file drops the lock


def _holder(path: str) -> str:
    """' (process N)' for the message, when the lock file names the holder."""
    try:
        with open(path, encoding="ascii") as file:
            pid = int(file.read(20).strip())
    except (OSError, ValueError):
        return ""
    return translate("single_instance", " (process {pid})").format(pid=pid)


if sys.platform == "win32":

    def _try_lock(fd: int) -> bool:
        from cramp_timer.desktop.instance_platform import try_lock_windows

        return try_lock_windows(fd)

else:

    def _try_lock(fd: int) -> bool:
        import fcntl

        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True


# -- the second launch ---------------------------------------------------------------------
class Primary:
    """This process is the running instance: it holds the lock and (on Unix) the
    listening socket. `cramp_timer.desktop.instance_server.InstanceServer` serves it; `close`
    stops listening, removes the socket file and drops the lock, in that order."""

    def __init__(self, lock: InstanceLock, address: str,
                 listener: socket.socket | None = None) -> None:
        self.lock = lock
        self.address = address
        self.listener = listener
        self._bound: tuple[int, int] | None = None
        if listener is not None:
            info = os.stat(address)
            self._bound = (info.st_dev, info.st_ino)

    @classmethod
    def listen(cls, lock: InstanceLock, address: str) -> Primary:
        """Bind `address` (mode 0600), removing a socket file a crashed instance left.

        Only call this holding the lock: then no live instance can own that file.
        """
        if sys.platform == "win32":
            return cls(lock, address)  # QLocalServer binds the pipe
        import contextlib

        with contextlib.suppress(FileNotFoundError):
            os.unlink(address)  # left by a crashed instance
        listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            umask = os.umask(0o177)  # the socket file is created 0600, never wider
            try:
                listener.bind(address)
            finally:
                os.umask(umask)
            listener.listen(socket.SOMAXCONN)  # idle askers cannot fill the queue
            listener.setblocking(False)
            return cls(lock, address, listener)
        except BaseException:
            listener.close()
            raise

    def accept(self) -> Connection | None:
        """The next waiting connection, or None (never blocks)."""
        if self.listener is None:
            return None
        try:
            sock, _ = self.listener.accept()
        except (BlockingIOError, InterruptedError, ConnectionAbortedError):
            return None
        return Connection(sock)

    def fileno(self) -> int:
        return -1 if self.listener is None else self.listener.fileno()

    def close(self) -> None:
        """Stop listening, remove our socket file, then drop the lock. Idempotent."""
        if self.listener is not None:
            self.listener.close()
            self.listener = None
            try:
                info = os.stat(self.address)
                if (info.st_dev, info.st_ino) == self._bound:
                    os.unlink(self.address)
            except FileNotFoundError:
                pass  # already gone: nothing to tidy
        self.lock.release()


class Connection:
    """One accepted connection on the primary's side (Unix); never blocks."""

    def __init__(self, sock: socket.socket) -> None:
        sock.setblocking(False)
        self.sock = sock
        self._reader = LineReader()

    def fileno(self) -> int:
        return self.sock.fileno()

    def read(self) -> Request | None:
        """The request once its line is complete, else None. Raises `ProtocolError` for a
        bad or unfinished request, OSError if the connection failed."""
        try:
            chunk = self.sock.recv(MAX_LINE)
        except (BlockingIOError, InterruptedError):
            return None
        return self._reader.feed(chunk)

    def asker_gone(self) -> bool:
        """True if the asker has hung up (it gave up waiting and went on without us)."""
        try:
            return self.sock.recv(1, socket.MSG_PEEK) == b""
        except (BlockingIOError, InterruptedError):
            return False  # still there, waiting for the answer
        except OSError:
            return True

    def reply(self, error: str | None = None) -> None:
        """Send the one-line answer and close. An asker that has gone is not an error."""
        try:
            self.sock.send(encode_reply(error))  # < 1 KiB: fits an empty socket buffer
        except OSError:
            pass  # the asker hung up: nobody is left to tell
        finally:
            self.close()

    def close(self) -> None:
        self.sock.close()


def claim(request: Request, data_dir: str | None = None,
          runtime_dir: str | None = None) -> Reply | Primary:
    """Hand `request` to the running instance (its `Reply`), or become it (`Primary`).

    `data_dir` defaults to platformdirs' data folder, `runtime_dir` to
    ``$XDG_RUNTIME_DIR`` ("" for none). Raises `NotAnswering` when another instance
    holds the lock but takes no request within `START_WAIT` seconds, or does not
    answer; `InstanceError` when the check itself cannot be made (then the caller may
    start anyway).
    """
    data_dir, address = _where(data_dir, runtime_dir)
    reply = _try_hand_over(request, address)
    if reply is not None:
        return reply
    path = lock_path(data_dir)
    deadline = time.monotonic() + START_WAIT
    while True:
        try:
            lock = InstanceLock.try_take(path)
        except OSError as error:
            raise InstanceError(translate(
                "single_instance", "The lock file {path} could not be used: {why}.").format(
                    path=path, why=error.strerror or error)) from error
        if lock is not None:
            try:
                return Primary.listen(lock, address)
            except OSError as error:
                lock.release()
                raise InstanceError(translate(
                    "single_instance", "Cramp Timer could not listen on {address}: {why}.")
                    .format(address=address, why=error.strerror or error)) from error
            except BaseException:
                lock.release()
                raise
        reply = _try_hand_over(request, address)
        if reply is not None:
            return reply
        if time.monotonic() >= deadline:
            raise NotAnswering(translate(
                "single_instance", "Another Cramp Timer{holder} is running but did not answer "
                "within %n seconds.", "", round(START_WAIT)).format(holder=_holder(path)))
        time.sleep(RETRY_PAUSE)


def hand_over(request: Request, data_dir: str | None = None,
              runtime_dir: str | None = None) -> Reply | None:
    """Only ask (never become the primary): the running instance's reply, or None when
    none listens. Raises `NotAnswering` as `claim` does. For tests and the benchmark."""
    return _try_hand_over(request, _where(data_dir, runtime_dir)[1])


def _where(data_dir: str | None, runtime_dir: str | None) -> tuple[str, str]:
    """The data folder and the socket address, the defaults filled in."""
    if data_dir is None:
        data_dir = user_data_dir()
    if runtime_dir is None:
        runtime_dir = os.environ.get("XDG_RUNTIME_DIR")
    return data_dir, socket_path(instance_key(data_dir), runtime_dir)


def _try_hand_over(request: Request, address: str) -> Reply | None:
    """The running instance's reply, or None when nobody listens at `address`."""
    try:
        line = _ask(address, encode_request(request), HAND_OVER_WAIT)
    except (FileNotFoundError, ConnectionRefusedError, BlockingIOError):
        return None  # nobody there (or a full queue: retried while the primary starts)
    except OSError as error:  # a timeout, a reset: someone is there but did not answer
        raise NotAnswering(translate(
            "single_instance", "The running Cramp Timer did not answer ({error}).").format(
                error=error)) from error
    try:
        return decode_reply(line)
    except ProtocolError as error:
        raise NotAnswering(translate(
            "single_instance", "The running Cramp Timer gave an unreadable answer: {error}.")
            .format(error=error)) from error


if sys.platform == "win32":

    def _ask(address: str, line: bytes, timeout: float) -> bytes:
        """One request over the named pipe the primary's QLocalServer listens on."""
        from cramp_timer.desktop.instance_platform import ask_pipe

        return ask_pipe(address, line, timeout, MAX_LINE)

else:

    def _ask(address: str, line: bytes, timeout: float) -> bytes:
        """One request over the Unix socket: connect, send the line, read the reply."""
        deadline = time.monotonic() + timeout
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
            sock.settimeout(timeout)
            sock.connect(address)
            sock.sendall(line)
            answer = b""
            while not answer.endswith(b"\n") and len(answer) <= MAX_LINE:
                left = deadline - time.monotonic()
                if left <= 0:
                    raise TimeoutError("no answer in time")
                sock.settimeout(left)  # one deadline for the whole answer
                chunk = sock.recv(MAX_LINE)
                if not chunk:
                    raise ConnectionResetError("the connection closed without an answer")
                answer += chunk
            return answer
