"""The single instance's Windows parts, run on Linux with a fake msvcrt and a fake pipe."""

from __future__ import annotations

import io
import threading
from typing import Any

import pytest

from cramp_timer.desktop import instance_platform as ip


class FakeMsvcrt:
    LK_NBLCK = 2

    def __init__(self, held_by_other: bool) -> None:
        self.held_by_other = held_by_other
        self.calls: list[tuple[int, int, int]] = []

    def locking(self, fd: int, mode: int, nbytes: int) -> None:
        self.calls.append((fd, mode, nbytes))
        if self.held_by_other:
            raise PermissionError(13, "Permission denied")


def test_lock_is_one_byte_without_waiting() -> None:
    free = FakeMsvcrt(held_by_other=False)
    assert ip.try_lock_windows(5, free) is True
    assert free.calls == [(5, FakeMsvcrt.LK_NBLCK, 1)]
    assert ip.try_lock_windows(5, FakeMsvcrt(held_by_other=True)) is False


class FakePipe(io.RawIOBase):
    """A named pipe whose far end answers `reply` (or nothing, or never)."""

    def __init__(self, reply: bytes | None) -> None:
        self.reply = reply
        self.written = b""
        self.release = threading.Event()

    def write(self, data: Any) -> int:
        self.written += bytes(data)
        return len(data)

    def readline(self, size: int | None = -1) -> bytes:
        if self.reply is None:
            self.release.wait(5)  # a primary that never answers
            return b""
        return self.reply[: size if size and size > 0 else None]


def opener_for(pipe: FakePipe, opened: list[str]) -> Any:
    def opener(path: str, mode: str, buffering: int) -> FakePipe:
        opened.append(path)
        assert (mode, buffering) == ("r+b", 0)
        return pipe

    return opener


def test_a_request_goes_over_the_named_pipe() -> None:
    opened: list[str] = []
    pipe = FakePipe(b'{"ok": true}\n')
    answer = ip.ask_pipe("cramp-timer-abc", b'{"wish": "now"}\n', 1.0, 4096,
                         opener_for(pipe, opened))
    assert opened == [r"\\.\pipe\cramp-timer-abc"]
    assert pipe.written == b'{"wish": "now"}\n'
    assert answer == b'{"ok": true}\n'


def test_a_busy_pipe_reads_as_not_accepting_yet() -> None:
    def busy(*_: Any, **__: Any) -> Any:
        error = OSError(16, "All pipe instances are busy")
        error.winerror = ip.ERROR_PIPE_BUSY  # type: ignore[attr-defined]
        raise error

    with pytest.raises(BlockingIOError):
        ip.ask_pipe("k", b"x\n", 1.0, 4096, busy)
    with pytest.raises(FileNotFoundError):  # no app listening: as a missing socket
        ip.ask_pipe("k", b"x\n", 1.0, 4096, lambda *a, **k: (_ for _ in ()).throw(
            FileNotFoundError(2, "not there")))


def test_a_closed_pipe_and_a_silent_one() -> None:
    with pytest.raises(ConnectionResetError):
        ip.ask_pipe("k", b"x\n", 1.0, 4096, opener_for(FakePipe(b""), []))
    silent = FakePipe(None)
    with pytest.raises(TimeoutError):
        ip.ask_pipe("k", b"x\n", 0.05, 4096, opener_for(silent, []))
    silent.release.set()
