"""Speech's platform differences, each path run on Linux with fakes."""

from __future__ import annotations

import os
import subprocess
import sys
from typing import Any

import pytest

from cramp_timer.speech import platform as sp


def test_posix_passes_a_private_event_pipe() -> None:
    args, kwargs = sp.event_channel(7, platform="linux")
    assert args == ["--event-fd", "7"]
    assert kwargs["pass_fds"] == (7,) and kwargs["start_new_session"] is True
    assert kwargs["stdout"] == subprocess.DEVNULL


def test_windows_reads_events_from_stdout_without_pass_fds() -> None:
    args, kwargs = sp.event_channel(7, platform="win32")
    assert args == []  # the worker then writes its events on its stdout
    assert "pass_fds" not in kwargs and "start_new_session" not in kwargs
    assert kwargs["stdout"] == subprocess.PIPE


def test_windows_events_on_stdout_reach_the_reader(tmp_path: Any) -> None:
    """The worker's own stdout fallback, which the Windows channel relies on, really works."""
    args, kwargs = sp.event_channel(-1, platform="win32")
    kwargs.pop("creationflags")  # a Windows-only Popen keyword
    proc = subprocess.Popen(
        [sys.executable, "-m", "cramp_timer.speech.worker", "--cache-dir", str(tmp_path), *args],
        stdin=subprocess.PIPE, env={**os.environ, "CRAMP_TIMER_SPEECH_NO_ENGINE": "1"},
        **kwargs)
    assert proc.stdout is not None and proc.stdin is not None
    first = proc.stdout.readline()
    proc.stdin.close()
    proc.wait(timeout=30)
    proc.stdout.close()
    assert b'"no_engine"' in first or b'"ready"' in first


class FakeProc:
    pid = 4242

    def __init__(self) -> None:
        self.killed = 0

    def kill(self) -> None:
        self.killed += 1


def test_windows_kill_uses_taskkill_not_killpg(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delattr(os, "killpg")  # as on Windows
    ran: list[list[str]] = []
    proc = FakeProc()
    sp.kill_tree(proc, platform="win32", run=lambda argv, **_: ran.append(argv))  # type: ignore[arg-type]
    assert ran == [["taskkill", "/F", "/T", "/PID", "4242"]]
    assert proc.killed == 1


def test_posix_kill_takes_the_whole_group(monkeypatch: pytest.MonkeyPatch) -> None:
    groups: list[int] = []
    monkeypatch.setattr(os, "killpg", lambda pid, sig: groups.append(pid))
    proc = FakeProc()
    sp.kill_tree(proc, platform="darwin", run=None)  # type: ignore[arg-type]
    assert groups == [4242] and proc.killed == 1


def test_a_gone_process_is_quietly_ignored(monkeypatch: pytest.MonkeyPatch) -> None:
    def gone(pid: int, sig: int) -> None:
        raise ProcessLookupError

    class Gone(FakeProc):
        def kill(self) -> None:
            raise ProcessLookupError

    monkeypatch.setattr(os, "killpg", gone)
    sp.kill_tree(Gone(), platform="linux")  # type: ignore[arg-type]


@pytest.mark.parametrize(("platform", "player", "argv_head"), [
    ("linux", "aplay", ["aplay", "-q"]),
    ("freebsd14", "aplay", ["aplay", "-q"]),
    ("darwin", "afplay", ["afplay"]),
])
def test_players(platform: str, player: str, argv_head: list[str]) -> None:
    assert sp.default_player(platform) == player
    assert sp.player_argv(player, "/c/x.wav", platform) == [*argv_head, "/c/x.wav"]


def test_windows_plays_through_winsound_in_a_child() -> None:
    assert sp.default_player("win32") == sys.executable
    argv = sp.player_argv("py.exe", r"C:\c\x.wav", "win32")
    assert argv[0] == "py.exe" and argv[-1] == r"C:\c\x.wav"
    assert "winsound.PlaySound(sys.argv[1], winsound.SND_FILENAME)" in argv[2]


@pytest.mark.parametrize(("platform", "driver"), [
    ("win32", "sapi5"), ("darwin", "nsss"), ("linux", "espeak"), ("openbsd7", "espeak")])
def test_pyttsx3_drivers(platform: str, driver: str) -> None:
    assert sp.pyttsx3_driver(platform) == driver
