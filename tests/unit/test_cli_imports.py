"""What the window-less commands import: only what their own work needs (issue 19: each
should cost at most twice ``python -c pass``). Run as real processes, with ``-X importtime``,
on the private XDG folders from conftest. No timing is asserted: the modules are."""

from __future__ import annotations

import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest

from cramp_timer.routines.files import export_routines
from cramp_timer.routines.model import Routine, RoutineStep, Side
from cramp_timer.storage.diary import Diary
from cramp_timer.storage.paths import AppPaths

QT = ("PySide6", "shiboken6")
# the diary's database and what the diary, the sessions and the window's start-up use
DIARY = ("sqlite3", "cramp_timer.storage.diary", "cramp_timer.core.records")
# what the value classes, constants and the clock's protocol would bring (decision 0022)
NOT_FOR_COMMANDS = ("logging", "tempfile", "threading", "shutil", "dataclasses", "inspect",
                    "typing")
NOT_FOR_ROUTINES = (*QT, *DIARY, *NOT_FOR_COMMANDS, "cramp_timer.core.session",
                    "cramp_timer.storage.settings")
NOT_FOR_ANY = (*NOT_FOR_ROUTINES, "cramp_timer.routines.model",
               "cramp_timer.routines.store", "cramp_timer.core")
# the value-class decorator the paths use: one small module, no imports of its own
SMALL_ENOUGH = frozenset({"cramp_timer.core", "cramp_timer.core.values"})


def imported(*args: str, status: int = 0) -> set[str]:
    """The modules ``cramp-timer ARGS`` imported (the command exits with ``status``)."""
    result = subprocess.run([sys.executable, "-X", "importtime", "-m", "cramp_timer", *args],
                            capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == status, result.stderr
    return {line.rsplit("|", 1)[1].strip() for line in result.stderr.splitlines()
            if line.startswith("import time:") and "|" in line}


def loaded(modules: set[str], names: tuple[str, ...]) -> set[str]:
    """Those of ``modules`` that are ``names`` or inside one of them (but not SMALL_ENOUGH)."""
    return {m for m in modules - SMALL_ENOUGH
            if m in names or m.startswith(tuple(f"{n}." for n in names))}


@pytest.mark.parametrize("option", ["--version", "--help"])
def test_version_and_help_import_no_routines_and_no_diary(option: str) -> None:
    assert loaded(imported(option), NOT_FOR_ANY) == set()


def test_the_routine_commands_import_no_diary_and_no_qt(tmp_path: Path) -> None:
    step = RoutineStep("Calf stretch", "Face the wall, this leg back.", Side.LEFT, 30, 3, 10)
    file = tmp_path / "physio.json"
    export_routines(file, [Routine("Evening", (step,))])
    assert loaded(imported("--import-routines", str(file)), NOT_FOR_ROUTINES) == set()
    assert loaded(imported("--import-routines", str(file), "--replace"),
                  NOT_FOR_ROUTINES) == set()
    assert loaded(imported("--export-routines", str(tmp_path / "out.json")),
                  NOT_FOR_ROUTINES) == set()


@pytest.mark.parametrize("option", ["--export-csv", "--export-pdf"])
def test_an_export_without_a_diary_opens_nothing(option: str, tmp_path: Path) -> None:
    modules = imported(option, str(tmp_path / "out"), status=1)  # "There is no diary yet"
    assert loaded(modules, NOT_FOR_ANY) == set()


def test_the_csv_export_imports_no_routines_and_no_qt(tmp_path: Path) -> None:
    path = AppPaths.default().diary_file
    path.parent.mkdir(parents=True, exist_ok=True)
    with Diary.open(path) as diary:
        started = datetime(2026, 11, 20, 3, 10).astimezone()
        diary.start_cramp(started, "seated", 45)
    modules = imported("--export-csv", str(tmp_path / "out.csv"))
    assert "sqlite3" in modules  # (the test sees the diary being read)
    assert loaded(modules, (*QT, *NOT_FOR_COMMANDS, "cramp_timer.routines.store",
                            "cramp_timer.storage.settings", "cramp_timer.core.session",
                            "cramp_timer.core.report", "cramp_timer.core.history",
                            "cramp_timer.core.trial", "cramp_timer.core.marks")) == set()
