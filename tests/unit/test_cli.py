"""The command line, run as a real process."""

from __future__ import annotations

import subprocess
import sys

from cramp_timer import __version__


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "cramp_timer", *args], capture_output=True,
                          text=True, timeout=60, check=False)


def test_version() -> None:
    result = cli("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"cramp-timer {__version__}"


def test_help_names_every_option() -> None:
    result = cli("--help")
    assert result.returncode == 0
    for option in ("--now", "--routine", "--version", "--help"):
        assert option in result.stdout


def test_an_unknown_option_prints_usage_and_exits_2() -> None:
    result = cli("--frobnicate")
    assert result.returncode == 2
    assert "usage: cramp-timer" in result.stderr
    assert "--frobnicate" in result.stderr
