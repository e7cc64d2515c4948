"""The history's worker: a job still running when its dialog closes reports to nobody, and
its runner outlives the dialog until the job is done."""

from __future__ import annotations

import threading

from PySide6.QtCore import QCoreApplication, QObject
from pytestqt.qtbot import QtBot
from shiboken6 import Shiboken

from cramp_timer.ui.background import Background


def test_a_job_running_at_shutdown_reports_to_nobody(qtbot: QtBot) -> None:
    owner = QObject()  # the dialog
    runner = Background(owner)
    gate, started = threading.Event(), threading.Event()
    heard: list[object] = []

    def work() -> int:
        started.set()
        gate.wait(10)
        return 1

    runner.submit(work, heard.append, heard.append)
    assert started.wait(10)
    runner.shutdown()
    assert runner.parent() is QCoreApplication.instance()  # held while its job runs
    Shiboken.delete(owner)  # the dialog is gone
    assert Shiboken.isValid(runner)
    gone: list[bool] = []
    runner.destroyed.connect(lambda *_: gone.append(True))
    gate.set()
    qtbot.waitUntil(lambda: bool(gone), timeout=5000)
    assert heard == []


def test_a_job_delivers_while_its_owner_is_open(qtbot: QtBot) -> None:
    owner = QObject()
    runner = Background(owner)
    heard: list[object] = []
    runner.submit(lambda: 41 + 1, heard.append, heard.append)
    qtbot.waitUntil(lambda: heard == [42], timeout=5000)
    runner.shutdown()
    assert runner.parent() is owner  # nothing running: nothing to outlive
