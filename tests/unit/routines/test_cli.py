"""``cramp-timer --import-routines`` / ``--export-routines``, run as real processes on the
private XDG folders from conftest."""

from __future__ import annotations

import contextlib
import json
import subprocess
import sys
from pathlib import Path

import pytest

from cramp_timer.core.clock import SystemClock
from cramp_timer.routines.files import export_routines, read_routine_file
from cramp_timer.routines.model import BEDTIME_STRETCH, Routine, RoutineStep, Side
from cramp_timer.routines.store import RoutineStore
from cramp_timer.storage.lock import PinLock
from cramp_timer.storage.paths import AppPaths

PIN = "8642"


def cli(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    # The environment (with conftest's XDG folders) passes through to the child.
    return subprocess.run(
        [sys.executable, "-m", "cramp_timer", *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def routine(name: str, hold: int = 30) -> Routine:
    step = RoutineStep("Calf stretch", "Face the wall, this leg back.", Side.LEFT, hold, 3, 10)
    return Routine(name, (step, RoutineStep(step.name, step.instruction, Side.RIGHT, hold, 3, 10)))


@pytest.fixture
def paths() -> AppPaths:
    return AppPaths.default()  # inside the test's private XDG folders


def store_bytes(paths: AppPaths) -> bytes | None:
    return paths.routines_file.read_bytes() if paths.routines_file.exists() else None


def test_import_then_export(paths: AppPaths, tmp_path: Path) -> None:
    file = tmp_path / "physio.json"
    export_routines(file, [routine("Evening"), routine("Morning")])
    result = cli("--import-routines", str(file))
    assert (result.returncode, result.stderr) == (0, "")
    assert result.stdout == f'Imported 2 routines from {file}: "Evening", "Morning".\n'
    assert [r.name for r in read_routine_file(paths.routines_file)] == ["Evening", "Morning"]

    out = tmp_path / "back.json"
    result = cli("--export-routines", str(out))
    assert (result.returncode, result.stderr) == (0, "")
    assert result.stdout == f'Exported 2 routines to {out}: "Evening", "Morning".\n'
    assert out.read_bytes() == file.read_bytes()

    result = cli("--export-routines", str(out), "--routine", BEDTIME_STRETCH)
    assert result.stdout == f'Exported the routine "{BEDTIME_STRETCH}" to {out}.\n'
    assert [r.name for r in read_routine_file(out)] == [BEDTIME_STRETCH]


def test_a_bad_file_prints_the_error_exits_1_and_changes_nothing(
    paths: AppPaths, tmp_path: Path
) -> None:
    RoutineStore(paths).add(routine("Old"))
    before = store_bytes(paths)
    data = {
        "format": "cramp-timer-routines",
        "version": 1,
        "routines": [
            {"name": "Evening", "steps": [step_data(hold_seconds=h) for h in (10, 10, 10, 400)]}
        ],
    }
    file = tmp_path / "night.json"
    file.write_text(json.dumps(data), encoding="utf-8")
    result = cli("--import-routines", str(file))
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr == f"cramp-timer: {file}: steps[3].hold_seconds: 400 is above 120\n"
    assert store_bytes(paths) == before


def step_data(**changes: object) -> dict[str, object]:
    data: dict[str, object] = {
        "name": "Calf",
        "instruction": "Lean on the wall.",
        "side": "left",
        "hold_seconds": 10,
        "repetitions": 3,
        "rest_seconds": 10,
    }
    data.update(changes)
    return data


def test_newer_and_missing_files_exit_1(paths: AppPaths, tmp_path: Path) -> None:
    newer = tmp_path / "newer.json"
    newer.write_text('{"format": "cramp-timer-routines", "version": 3, "routines": []}')
    result = cli("--import-routines", str(newer))
    assert result.returncode == 1
    assert result.stderr == (
        f"cramp-timer: {newer}: made by a newer Cramp Timer (format version 3; this one reads 1)\n"
    )
    result = cli("--import-routines", str(tmp_path / "absent.json"))
    assert result.returncode == 1
    assert "there is no such file" in result.stderr
    assert store_bytes(paths) is None


def test_a_name_clash_is_refused_unless_replace(paths: AppPaths, tmp_path: Path) -> None:
    RoutineStore(paths).add(routine("Evening"))
    before = store_bytes(paths)
    file = tmp_path / "new.json"
    export_routines(file, [routine("Evening", hold=60)])
    result = cli("--import-routines", str(file))
    assert result.returncode == 1
    assert result.stderr == (
        f'cramp-timer: {file}: name: "Evening" is already one of your routines\n'
        "cramp-timer: Nothing was imported. Add --replace to replace your routines.\n"
    )
    assert store_bytes(paths) == before
    result = cli("--import-routines", str(file), "--replace")
    assert result.returncode == 0, result.stderr
    assert "It replaced the routine(s) of the same name" in result.stdout
    assert read_routine_file(paths.routines_file)[0].steps[0].hold_seconds == 60


def test_export_without_routines_of_ones_own_exits_1(tmp_path: Path) -> None:
    result = cli("--export-routines", str(tmp_path / "x.json"))
    assert result.returncode == 1
    assert result.stderr == "cramp-timer: There are no routines of your own to export yet.\n"
    assert not (tmp_path / "x.json").exists()


# ---------------------------------------------------------------- the PIN


@pytest.fixture
def locked(paths: AppPaths, tmp_path: Path) -> Path:
    paths.ensure()
    PinLock(paths.lock_file, SystemClock()).set_pin(PIN)
    file = tmp_path / "physio.json"
    export_routines(file, [routine("Evening")])
    return file


def test_with_a_pin_import_reads_it_from_stdin(paths: AppPaths, locked: Path) -> None:
    result = cli("--import-routines", str(locked), "--pin-stdin", stdin=PIN + "\n")
    assert (result.returncode, result.stderr) == (0, "")
    assert result.stdout == f'Imported the routine "Evening" from {locked}.\n'


def test_a_wrong_pin_exits_1_and_changes_nothing(paths: AppPaths, locked: Path) -> None:
    result = cli("--import-routines", str(locked), "--pin-stdin", stdin="1111\n")
    assert result.returncode == 1
    assert result.stderr == "cramp-timer: That PIN is not right.\n"
    assert store_bytes(paths) is None


def test_without_a_terminal_or_pin_stdin_import_refuses(paths: AppPaths, locked: Path) -> None:
    result = cli("--import-routines", str(locked))
    assert result.returncode == 1
    assert "A PIN is set. Run this at a terminal, or give the PIN on standard input" in (
        result.stderr
    )
    result = cli("--import-routines", str(locked), "--pin-stdin", stdin="")
    assert result.returncode == 1
    assert result.stderr == "cramp-timer: No PIN was given on standard input.\n"
    assert store_bytes(paths) is None


def test_after_five_wrong_tries_the_command_line_waits_too(paths: AppPaths, locked: Path) -> None:
    lock = PinLock(paths.lock_file, SystemClock())
    for _ in range(4):
        lock.check("0000")
    result = cli("--import-routines", str(locked), "--pin-stdin", stdin="0000\n")
    assert result.returncode == 1
    assert result.stderr == (
        "cramp-timer: That PIN is not right. Please wait 30 seconds, then try again.\n"
    )
    result = cli("--import-routines", str(locked), "--pin-stdin", stdin=PIN + "\n")
    assert result.returncode == 1
    assert result.stderr.startswith("cramp-timer: Too many wrong tries. Please wait ")
    assert store_bytes(paths) is None


def test_export_needs_no_pin(paths: AppPaths, locked: Path, tmp_path: Path) -> None:
    result = cli("--export-routines", str(tmp_path / "out.json"), "--routine", BEDTIME_STRETCH)
    assert result.returncode == 0, result.stderr


# ---------------------------------------------------------------- usage


@pytest.mark.parametrize(
    "args",
    [
        ("--replace",),
        ("--pin-stdin",),
        ("--export-routines", "a.json", "--replace"),
        ("--import-routines", "a.json", "--export-routines", "b.json"),
        ("--import-routines", "a.json", "--now"),
        ("--import-routines",),
    ],
)
def test_usage_errors_exit_2(args: tuple[str, ...]) -> None:
    result = cli(*args)
    assert result.returncode == 2
    assert "usage: cramp-timer" in result.stderr


def test_help_names_the_routine_options() -> None:
    result = cli("--help")
    for option in (
        "--import-routines",
        "--export-routines",
        "--replace",
        "--pin-stdin",
        "--routine",
    ):
        assert option in result.stdout


def test_the_commands_build_no_window_and_load_no_qt(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "from cramp_timer.cli import main\n"
        f"status = main(['--export-routines', {str(tmp_path / 'x.json')!r}, '--routine', "
        f"{BEDTIME_STRETCH!r}])\n"
        "print(status, sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken'))))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1] == "0 []"


@pytest.mark.skipif(sys.platform == "win32", reason="a pseudo-terminal is POSIX")
def test_at_a_terminal_the_pin_is_asked_without_echo(paths: AppPaths, locked: Path) -> None:
    import os
    import pty
    import select

    controller, terminal = pty.openpty()
    child = subprocess.Popen(
        [sys.executable, "-m", "cramp_timer", "--import-routines", str(locked)],
        stdin=terminal,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,  # no controlling terminal: getpass turns to standard input
    )
    os.close(terminal)
    try:
        assert child.stderr is not None
        prompt = b""
        while not prompt.endswith(b"PIN: "):  # getpass then asks on standard error
            ready, _, _ = select.select([child.stderr], [], [], 30)
            assert ready, prompt
            chunk = os.read(child.stderr.fileno(), 100)
            assert chunk, prompt
            prompt += chunk
        os.write(controller, PIN.encode() + b"\n")
        out, err = child.communicate(timeout=60)
        echoed = b""
        with contextlib.suppress(OSError):  # the terminal may be gone with the child
            if select.select([controller], [], [], 0)[0]:
                echoed = os.read(controller, 1000)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
        os.close(controller)
    assert (child.returncode, err) == (0, b"\n"), err  # getpass ends its prompt line
    assert out.decode() == f'Imported the routine "Evening" from {locked}.\n'
    assert PIN.encode() not in echoed  # typed, not shown
