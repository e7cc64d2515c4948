"""Helper processes start the same way from a checkout, a wheel or a frozen bundle."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from cramp_timer.launch import HELPER_FLAG, helper_argv
from cramp_timer.speech.speaker import worker_argv


def test_from_python_helpers_are_modules() -> None:
    assert helper_argv("/usr/bin/python3", "qt-probe") == [
        "/usr/bin/python3",
        "-m",
        "cramp_timer.ui.qt_probe",
    ]
    assert worker_argv("/usr/bin/python3", Path("/c")) == [
        "/usr/bin/python3",
        "-m",
        "cramp_timer.speech.worker",
        "--cache-dir",
        "/c",
    ]


def test_in_a_bundle_the_program_runs_its_own_helpers(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", "/opt/cramp-timer/cramp-timer")
    assert worker_argv(sys.executable, Path("/c")) == [
        "/opt/cramp-timer/cramp-timer",
        HELPER_FLAG,
        "speech-worker",
        "--cache-dir",
        "/c",
    ]
    # another interpreter given on purpose (tests) is still run as Python
    assert helper_argv("/usr/bin/python3", "qt-probe")[1] == "-m"


def test_the_helper_entry_runs_the_qt_probe() -> None:
    """What the bundle does: `cramp-timer --run-helper qt-probe` (here through python -m)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-m", "cramp_timer", HELPER_FLAG, "qt-probe"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout)
    assert found["platform"] == "offscreen"
    assert found["tray"] is False
    assert set(found) == {"platform", "qt", "screens", "tray", "bus", "bus_error", "notifications"}
