"""The command line, run as a real process."""

from __future__ import annotations

import subprocess
import sys

import pytest

from cramp_timer import __version__


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "cramp_timer", *args],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_version() -> None:
    result = cli("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"cramp-timer {__version__}"


def test_help_names_every_option() -> None:
    result = cli("--help")
    assert result.returncode == 0
    for option in (
        "--now",
        "--routine",
        "--tray",
        "--version",
        "--help",
        "--self-check",
        "--install-desktop-entry",
        "--uninstall-desktop-entry",
    ):
        assert option in result.stdout
    assert "--run-helper" not in result.stdout  # the bundle's internal entry stays hidden


def test_an_unknown_option_prints_usage_and_exits_2() -> None:
    result = cli("--frobnicate")
    assert result.returncode == 2
    assert "usage: cramp-timer" in result.stderr
    assert "--frobnicate" in result.stderr


def test_one_action_at_a_time() -> None:
    result = cli("--now", "--self-check")
    assert result.returncode == 2
    assert "not allowed with argument" in result.stderr


def test_an_unknown_helper_is_refused() -> None:
    result = cli("--run-helper", "nonsense")
    assert result.returncode == 2
    assert result.stderr.strip() == (
        "cramp-timer: --run-helper needs one of: piper-render, qt-probe, report-pdf, speech-worker"
    )


class _Speaker:
    closed = False

    def close(self) -> None:
        self.closed = True


def test_a_slow_hand_over_warms_up_the_own_stretch_and_a_late_answer_ends_it(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from cramp_timer import cli, startup

    spawned: list[_Speaker] = []
    monkeypatch.setattr(startup, "start_speech",
                        lambda: (None, spawned.append(_Speaker()) or spawned[-1]))
    monkeypatch.setattr(cli.Warmup, "AFTER", 0.0)  # no answer "yet", at once
    warmup = cli.Warmup()
    warmup._thread.join(30)
    assert warmup.taken() == (None, spawned[0])  # a hung app: this process's own stretch
    late = cli.Warmup()
    late._thread.join(30)
    late.cancel()  # the app answered after all: the worker goes again
    assert spawned[1].closed


def test_a_quick_hand_over_spawns_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    from cramp_timer import cli, startup

    monkeypatch.setattr(startup, "start_speech", lambda: pytest.fail("spawned"))
    monkeypatch.setattr(cli.Warmup, "AFTER", 60.0)
    warmup = cli.Warmup()
    warmup.cancel()  # answered within AFTER
    warmup._thread.join(30)
    assert warmup.taken() is None and not warmup._thread.is_alive()


@pytest.mark.parametrize("columns", ["", "40", "132", "0", "wide"])
def test_the_help_is_as_wide_as_argparse_would_make_it(columns: str,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    import shutil

    from cramp_timer import cli as entry

    monkeypatch.setenv("COLUMNS", columns)
    assert entry._help_width() == shutil.get_terminal_size().columns - 2
