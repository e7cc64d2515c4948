"""What speech does differently on Linux, macOS and Windows: four small functions.

- `event_channel`: how the worker's events come back. POSIX passes a private pipe
  (``--event-fd`` with ``pass_fds``); Windows has no ``pass_fds``, so the worker writes its
  events on its stdout (the worker's own fallback when ``--event-fd`` is not given).
- `kill_tree`: POSIX kills the worker's whole process group (it and its player);
  Windows has no ``killpg``: the worker is killed, and its player with ``taskkill /T``.
- `player_argv`: the command that plays one WAV file: ``aplay -q`` on Linux and the BSDs,
  ``afplay`` on macOS, Python's own ``winsound`` (in a child, so it can be killed) on Windows.
  ``CRAMP_TIMER_SPEECH_PLAYER`` replaces the program name (tests, other players).
- `pyttsx3_driver`: the pyttsx3 driver to ask for: ``sapi5``, ``nsss`` or ``espeak``.

Every function takes the platform as an argument (default ``sys.platform``), so that the
Windows and macOS paths are tested on Linux with fakes. Imports no Qt.
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
from typing import Any

_WINSOUND_PLAY = "import sys, winsound; winsound.PlaySound(sys.argv[1], winsound.SND_FILENAME)"


def event_channel(write_fd: int, platform: str = sys.platform) -> tuple[list[str], dict[str, Any]]:
    """Extra worker arguments and `subprocess.Popen` keywords for the event channel.

    With an empty argument list the events come on the worker's stdout (``stdout=PIPE``):
    the caller then reads ``proc.stdout`` instead of `write_fd`'s other end."""
    if platform == "win32":
        return [], {"stdout": subprocess.PIPE,
                    "creationflags": getattr(subprocess, "CREATE_NEW_PROCESS_GROUP", 0x200)}
    return (["--event-fd", str(write_fd)],
            {"stdout": subprocess.DEVNULL, "pass_fds": (write_fd,), "start_new_session": True})


def kill_tree(proc: subprocess.Popen[Any], platform: str = sys.platform,
              run: Any = subprocess.run) -> None:
    """Kill `proc` and whatever it started (its player). Quiet if they are already gone."""
    if platform == "win32":
        with contextlib.suppress(OSError, subprocess.SubprocessError):
            run(["taskkill", "/F", "/T", "/PID", str(proc.pid)], stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=5, check=False)
    else:
        killpg = getattr(os, "killpg", None)
        if killpg is not None:
            with contextlib.suppress(ProcessLookupError, PermissionError):
                killpg(proc.pid, getattr(signal, "SIGKILL", signal.SIGTERM))
    with contextlib.suppress(ProcessLookupError, OSError):
        proc.kill()


def default_player(platform: str = sys.platform) -> str:
    """The program name `player_argv` uses when ``CRAMP_TIMER_SPEECH_PLAYER`` is unset."""
    if platform == "win32":
        return sys.executable
    if platform == "darwin":
        return "afplay"
    return "aplay"


def player_argv(player: str, wav: str, platform: str = sys.platform) -> list[str]:
    """The command line that plays `wav` once, to its end, with `player`."""
    if platform == "win32":
        return [player, "-c", _WINSOUND_PLAY, wav]
    if platform == "darwin":
        return [player, wav]
    return [player, "-q", wav]


def pyttsx3_driver(platform: str = sys.platform) -> str:
    """The pyttsx3 driver for this platform (pyttsx3.init(driverName=...))."""
    if platform == "win32":
        return "sapi5"
    if platform == "darwin":
        return "nsss"
    return "espeak"
