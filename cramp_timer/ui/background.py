"""Slow work (reading years of diary, writing an export) off the window's thread.

``Background.submit(work, done, failed)`` runs ``work()`` on one worker thread (a
private QThreadPool of one thread, so jobs run in the order given and the thread has
Qt's event dispatcher, which QTextDocument's timers want) and calls ``done(result)``
or ``failed(error)`` on the thread that owns the ``Background`` (the GUI thread),
through a queued signal. ``work`` must open what it
needs itself (a diary connection is bound to the thread that opened it). Only the
errors in ``EXPECTED`` reach ``failed``; anything else is a bug and is logged.

While a job runs, the interpreter's thread switch interval is 0.5 ms instead of 5 ms,
so the window's thread waits at most that long for the GIL (docs/decisions, history
worker). It is put back when the last job is done. Python's full garbage collection holds the
GIL while it walks every tracked object (65 ms with a 30-year diary read): none starts
while a job runs (the third ``gc`` threshold is raised, then put back), and what is
alive once a job's result is delivered (the app, the snapshot the view keeps) is moved
out of the collector's walks (``gc.freeze``). The cost: a reference cycle that is
garbage at that moment is never collected (a few objects a read, if any).

``run_helper(name, args, done, failed)`` runs a launch helper (``cramp_timer.launch``)
as a process of its own (QProcess, never waited for): for work that Qt does holding the
GIL. ``done()`` on exit 0, else ``failed(reason)`` with its standard error.

``Inline`` has the same shape and runs everything at once: for tests that want no
thread, and for callers that are not in a hurry.
"""

from __future__ import annotations

import contextlib
import gc
import logging
import sqlite3
import sys
from collections.abc import Callable
from typing import Any, Final, Protocol, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, QProcess, QThreadPool, Signal

from cramp_timer.storage.diary import DiaryError

T = TypeVar("T")
log = logging.getLogger(__name__)

EXPECTED: Final = (OSError, sqlite3.Error, DiaryError, ValueError)
SWITCH_INTERVAL_S: Final = 0.0005  # while a job runs (Python's default is 0.005)
NO_FULL_COLLECTION: Final = 1_000_000  # gc's third threshold while a job runs


class Runner(Protocol):
    def submit(self, work: Callable[[], Any], done: Callable[[Any], None],
               failed: Callable[[BaseException], None]) -> None: ...

    def run_helper(self, name: str, args: list[str], done: Callable[[], None],
                   failed: Callable[[str], None]) -> None: ...

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

    def run_helper(self, name: str, args: list[str], done: Callable[[], None],
                   failed: Callable[[str], None]) -> None:
        """In this process: the helper's ``main(args, stderr)``."""
        import importlib
        import io

        from cramp_timer.launch import HELPERS

        stream = io.StringIO()
        if importlib.import_module(HELPERS[name]).main(args, stderr=stream) == 0:
            done()
        else:
            failed(stream.getvalue().strip())

    def shutdown(self) -> None:
        pass


class Background(QObject):
    _finished = Signal(object)  # a callable, called on the owner's thread

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)  # its end waits for a running job
        self._pool.setMaxThreadCount(1)
        self._finished.connect(self._deliver)
        # Set when Qt starts destroying this object: its thread pool then waits for a
        # running job, which must not emit on an object half gone.
        alive = self._alive = [True]
        self.destroyed.connect(lambda *_: alive.__setitem__(0, False))
        self._running = 0  # jobs handed out and not yet delivered (GUI thread only)
        self._closed = False  # shut down: what still runs is delivered to nobody
        self._interval = sys.getswitchinterval()
        self._thresholds = gc.get_threshold()
        self._processes: set[QProcess] = set()  # running helpers, kept until they end
        if gc.get_freeze_count() == 0:  # the app's own objects, before the first job
            gc.freeze()

    def submit(self, work: Callable[[], T], done: Callable[[T], None],
               failed: Callable[[BaseException], None]) -> None:
        alive, hand_back = self._alive, self._hand_back

        def run() -> None:
            try:
                result = work()
            except EXPECTED as error:
                caught = error
                if alive[0]:
                    hand_back(lambda: failed(caught))
            except BaseException:
                log.exception("background job failed")
                raise
            else:
                if alive[0]:
                    hand_back(lambda: done(result))

        if self._running == 0:
            self._interval = sys.getswitchinterval()
            sys.setswitchinterval(min(self._interval, SWITCH_INTERVAL_S))
            self._thresholds = gc.get_threshold()
            young, middle, _old = self._thresholds
            gc.set_threshold(young, middle, NO_FULL_COLLECTION)
        self._running += 1
        self._pool.start(run)

    def run_helper(self, name: str, args: list[str], done: Callable[[], None],
                   failed: Callable[[str], None]) -> None:
        from cramp_timer.launch import helper_argv

        program, *head = helper_argv(sys.executable, name)
        process = QProcess(self)
        self._processes.add(process)

        def finished(code: int, status: QProcess.ExitStatus) -> None:
            self._processes.discard(process)
            process.deleteLater()
            reason = bytes(process.readAllStandardError().data()).decode("utf-8", "replace")
            if status == QProcess.ExitStatus.NormalExit and code == 0:
                done()
            else:
                failed(reason.strip() or f"exit status {code}")

        def not_started(error: QProcess.ProcessError) -> None:
            if error == QProcess.ProcessError.FailedToStart:
                self._processes.discard(process)
                failed(process.errorString())

        process.finished.connect(finished)
        process.errorOccurred.connect(not_started)
        process.start(program, [*head, *args])

    def shutdown(self) -> None:
        """Jobs not yet begun are dropped; a running one finishes and is delivered to
        nobody. Until it has, the application holds this object, so a job never reports
        to an owner that is gone (or half gone)."""
        self._closed = True
        self._pool.clear()
        owner = QCoreApplication.instance()
        for process in self._processes:  # finishes writing its file; nobody hears of it
            process.finished.disconnect()
            process.errorOccurred.disconnect()
            process.setParent(owner)
            process.finished.connect(process.deleteLater)
        self._processes.clear()
        if self._running:
            self._settle()
            app = QCoreApplication.instance()
            if app is not None:
                self.setParent(app)

    def _hand_back(self, call: Callable[[], None]) -> None:
        # RuntimeError: the owner is gone (the dialog was closed), nobody waits
        with contextlib.suppress(RuntimeError):
            self._finished.emit(call)

    def _deliver(self, call: Callable[[], None]) -> None:
        self._running -= 1
        if self._closed:
            if self._running == 0:
                self.deleteLater()  # (held by the application since shutdown)
            return
        if self._running == 0:
            self._settle()
        call()
        gc.freeze()  # what the job made and the view keeps: out of the collector's walks

    def _settle(self) -> None:
        sys.setswitchinterval(self._interval)
        gc.set_threshold(*self._thresholds)
