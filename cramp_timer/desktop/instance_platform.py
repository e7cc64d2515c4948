"""The single instance's Windows parts, defined on every platform so that Linux tests them.

- `try_lock_windows(fd, locking)`: msvcrt's non-blocking lock of the lock file's first
  byte (Unix uses flock); False when another process holds it.
- `ask_pipe(address, line, timeout, opener)`: one request over the named pipe
  ``\\\\.\\pipe\\<address>`` that the running app's QLocalServer listens on: write the line,
  read one line back within `timeout` (a reader thread: Windows pipes opened with `open`
  have no timeout). A busy pipe (the app still starting) raises BlockingIOError, as a
  Unix socket that is not accepting yet does; no answer raises TimeoutError, a closed pipe
  ConnectionResetError.
`cramp_timer.desktop.single_instance` keeps the logic (who is first, what is handed over) and
calls these on Windows. macOS uses the Unix socket path unchanged. Imports no Qt.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

ERROR_PIPE_BUSY = 231


def try_lock_windows(fd: int, msvcrt: Any = None) -> bool:
    if msvcrt is None:
        import msvcrt  # (Windows only)
    try:
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
    except OSError:
        return False
    return True


def pipe_path(address: str) -> str:
    return rf"\\.\pipe\{address}"


def ask_pipe(address: str, line: bytes, timeout: float, max_line: int,
             opener: Callable[..., Any] = open) -> bytes:
    try:
        pipe = opener(pipe_path(address), "r+b", buffering=0)
    except OSError as error:
        if getattr(error, "winerror", None) == ERROR_PIPE_BUSY:  # still starting
            raise BlockingIOError(str(error)) from error
        raise
    answer: list[bytes] = []
    with pipe:
        pipe.write(line)
        reader = threading.Thread(target=lambda: answer.append(pipe.readline(max_line)),
                                  daemon=True)
        reader.start()
        reader.join(timeout)
    if not answer:
        raise TimeoutError("no answer in time")
    if not answer[0]:
        raise ConnectionResetError("the connection closed without an answer")
    return answer[0]
