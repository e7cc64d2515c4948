"""Start and stop a private Xvfb X server (plain Python, no Qt).

Used by the end-to-end tests and the screenshot script::

    from xvfb import Xvfb

    with Xvfb() as display:                  # ":N", a free display number
        subprocess.run(["xwininfo", "-root"], env={**os.environ, "DISPLAY": display})

    with Xvfb(width=800, height=600) as display: ...

Xvfb chooses a free display number itself (``-displayfd``), so parallel runs never
collide. Stopping sends SIGTERM, then SIGKILL if Xvfb has not exited within a few
seconds. Xvfb comes from the ``xvfb`` package (``scripts/setup.sh --tests``).
"""

from __future__ import annotations

import contextlib
import os
import select
import shutil
import subprocess
import tempfile
import time
from pathlib import Path
from types import TracebackType
from typing import IO

__all__ = ["Xvfb", "XvfbError"]


class XvfbError(RuntimeError):
    """Xvfb is missing, did not start, or did not report its display in time."""


class Xvfb:
    """One Xvfb server; a context manager whose value is the display name (``":N"``)."""

    def __init__(
        self,
        width: int = 1280,
        height: int = 800,
        depth: int = 24,
        *,
        startup_timeout: float = 15.0,
        extra_args: tuple[str, ...] = (),
    ) -> None:
        self.width = width
        self.height = height
        self.depth = depth
        self.startup_timeout = startup_timeout
        self.extra_args = extra_args
        self._proc: subprocess.Popen[bytes] | None = None
        self._log: IO[bytes] | None = None
        self._display: str | None = None

    @property
    def display(self) -> str:
        """The display name, e.g. ``":99"``; only while the server runs."""
        if self._display is None:
            raise XvfbError("Xvfb is not running")
        return self._display

    def env(self, base: dict[str, str] | None = None) -> dict[str, str]:
        """A copy of ``base`` (default: os.environ) that points X clients at this server.

        WAYLAND_DISPLAY and QT_QPA_PLATFORM are dropped so that Qt uses xcb here.
        """
        env = dict(os.environ if base is None else base)
        env["DISPLAY"] = self.display
        for name in ("WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
            env.pop(name, None)
        return env

    def start(self) -> str:
        """Start the server and return its display name."""
        if self._proc is not None:
            raise XvfbError("this Xvfb is already running")
        exe = shutil.which("Xvfb")
        if exe is None:
            raise XvfbError(
                "Xvfb is not installed; run scripts/setup.sh --tests "
                "(or: sudo apt-get install xvfb xauth)"
            )
        self._log = tempfile.NamedTemporaryFile(prefix="xvfb-", suffix=".log")  # noqa: SIM115
        read_fd, write_fd = os.pipe()
        screen = f"{self.width}x{self.height}x{self.depth}"
        # -noreset: by default the server resets when its last client leaves; a test that
        # polls with xdotool while the app connects would make the app's connection land
        # in a reset and fail ("could not connect to display").
        cmd = [exe, "-displayfd", str(write_fd), "-screen", "0", screen, "-nolisten", "tcp",
               "-noreset"]
        try:
            self._proc = subprocess.Popen(
                [*cmd, *self.extra_args],
                stdin=subprocess.DEVNULL,
                stdout=self._log,
                stderr=subprocess.STDOUT,
                pass_fds=(write_fd,),
                start_new_session=True,  # a Ctrl-C in the terminal does not reach it
            )
        finally:
            os.close(write_fd)
        try:
            number = self._read_display_number(read_fd)
        except BaseException:
            self.stop()
            raise
        finally:
            os.close(read_fd)
        self._display = f":{number}"
        return self._display

    def _read_display_number(self, read_fd: int) -> int:
        assert self._proc is not None
        deadline = time.monotonic() + self.startup_timeout
        data = b""
        while not data.endswith(b"\n"):
            left = deadline - time.monotonic()
            if left <= 0:
                raise XvfbError(
                    f"Xvfb did not report a display within {self.startup_timeout:g} s"
                    + self._log_tail()
                )
            ready, _, _ = select.select([read_fd], [], [], min(left, 0.2))
            if ready:
                chunk = os.read(read_fd, 64)
                if not chunk:  # the write end is closed: Xvfb exited
                    break
                data += chunk
            elif self._proc.poll() is not None:
                break
        text = data.decode("ascii", "replace").strip()
        if not text.isdigit():
            try:
                rc: int | None = self._proc.wait(2)
            except subprocess.TimeoutExpired:
                rc = None
            raise XvfbError(f"Xvfb failed to start (exit status {rc})" + self._log_tail())
        return int(text)

    def _log_tail(self) -> str:
        if self._log is None:
            return ""
        lines = Path(self._log.name).read_text(errors="replace").strip().splitlines()
        return ":\n" + "\n".join(lines[-15:]) if lines else ""

    def stop(self, timeout: float = 5.0) -> None:
        """Stop the server (SIGTERM, then SIGKILL); safe to call more than once."""
        proc, self._proc, self._display = self._proc, None, None
        if proc is not None and proc.poll() is None:
            proc.terminate()
            try:
                proc.wait(timeout)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
        if self._log is not None:
            with contextlib.suppress(OSError):
                self._log.close()
            self._log = None

    def __enter__(self) -> str:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    def __del__(self) -> None:
        # A forgotten server would outlive the test run; stop it with the object.
        proc = getattr(self, "_proc", None)
        if proc is not None and proc.poll() is None:
            proc.kill()
