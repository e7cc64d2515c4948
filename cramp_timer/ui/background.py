"""Slow work (reading years of diary, writing an export) off the window's thread.

``Background.submit(work, done, failed)`` runs ``work()`` on one worker thread (a
private QThreadPool of one thread, so jobs run in the order given and the thread has
Qt's event dispatcher, which QTextDocument's timers want) and calls ``done(result)``
or ``failed(error)`` on the thread that owns the ``Background`` (the GUI thread),
through a queued signal. ``work`` must open what it
needs itself (a diary connection is bound to the thread that opened it). Only the
errors in ``EXPECTED`` reach ``failed``; anything else is a bug and is logged.

``Inline`` has the same shape and runs everything at once: for tests that want no
thread, and for callers that are not in a hurry.
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3
from collections.abc import Callable
from typing import Any, Final, Protocol, TypeVar

from PySide6.QtCore import QObject, QThreadPool, Signal

from cramp_timer.diary import DiaryError

T = TypeVar("T")
log = logging.getLogger(__name__)

EXPECTED: Final = (OSError, sqlite3.Error, DiaryError, ValueError)


class Runner(Protocol):
    def submit(self, work: Callable[[], Any], done: Callable[[Any], None],
               failed: Callable[[BaseException], None]) -> None: ...

    def shutdown(self) -> None: ...


class Inline:
    def submit(self, work: Callable[[], T], done: Callable[[T], None],
               failed: Callable[[BaseException], None]) -> None:
        try:
            result = work()
        except EXPECTED as error:
            failed(error)
        else:
            done(result)

    def shutdown(self) -> None:
        pass


class Background(QObject):
    _finished = Signal(object)  # a callable, called on the owner's thread

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)  # its end waits for a running job
        self._pool.setMaxThreadCount(1)
        self._finished.connect(self._deliver)

    def submit(self, work: Callable[[], T], done: Callable[[T], None],
               failed: Callable[[BaseException], None]) -> None:
        def run() -> None:
            try:
                result = work()
            except EXPECTED as error:
                caught = error
                self._hand_back(lambda: failed(caught))
            except BaseException:
                log.exception("background job failed")
                raise
            else:
                self._hand_back(lambda: done(result))

        self._pool.start(run)

    def shutdown(self) -> None:
        """Jobs not yet begun are dropped; a running one finishes."""
        self._pool.clear()

    def _hand_back(self, call: Callable[[], None]) -> None:
        # RuntimeError: the owner is gone (the dialog was closed), nobody waits
        with contextlib.suppress(RuntimeError):
            self._finished.emit(call)

    def _deliver(self, call: Callable[[], None]) -> None:
        call()
