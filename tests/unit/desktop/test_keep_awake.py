"""KeepAwake without a Qt application: the orchestration, the child-process backend with
a fake systemd-inhibit (a real process), the real systemd-inhibit refusing, the Windows
flags through an injected function, and the choice of backends per platform.

The only real waits are bounded loops (with a deadline) for a child process to start or
end; nothing waits for time to pass.
"""

from __future__ import annotations

import logging
import os
import shutil
import stat
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from cramp_timer.desktop.keep_awake import (
    APP_NAME,
    ES_CONTINUOUS,
    ES_DISPLAY_REQUIRED,
    ES_SYSTEM_REQUIRED,
    AwakeFor,
    Backend,
    ChildInhibitor,
    KeepAwake,
    ScreenSaverInhibitor,
    WindowsExecutionState,
    caffeinate_command,
    default_backends,
    default_keep_awake,
    reason_text,
    session_bus_address,
    systemd_inhibit_command,
)

DEADLINE_S = 10.0
REASON = "A guided stretch is running"

FAKE_SYSTEMD_INHIBIT = """#!/bin/sh
# Stand-in for systemd-inhibit: records its arguments, then runs the command after the
# options as its child with our stdin, as the real one does, and ends when the child ends.
out="$FAKE_INHIBIT_DIR/$$"
printf '%s\\n' "$@" > "$out.tmp" && mv "$out.tmp" "$out.args"
while [ $# -gt 0 ]; do
    case "$1" in --*) shift ;; *) break ;; esac
done
exec 3<&0
"$@" <&3 3<&- &
child=$!
echo "$child" > "$out.tmp" && mv "$out.tmp" "$out.child"
wait "$child"
"""


# -- helpers ------------------------------------------------------------------------------


def wait_for(condition: Callable[[], bool], what: str) -> None:
    deadline = time.monotonic() + DEADLINE_S
    while not condition():
        if time.monotonic() > deadline:
            pytest.fail(f"gave up waiting: {what}")
        time.sleep(0.005)


def state(pid: int) -> str | None:
    """The process state letter from /proc (R, S, Z, ...), or None once it is reaped."""
    try:
        stat_line = Path(f"/proc/{pid}/stat").read_text()
    except (FileNotFoundError, ProcessLookupError):
        return None
    return stat_line.rsplit(")", 1)[1].split()[0]


def running(pid: int) -> bool:
    return state(pid) not in (None, "Z", "X")


def reaped(pid: int) -> bool:
    """Gone entirely: ended and waited for by its parent, so not a zombie."""
    return state(pid) is None


class FakeInhibit:
    """The fake systemd-inhibit on disk and what its runs recorded."""

    def __init__(self, folder: Path) -> None:
        self.executable = folder / "bin" / "systemd-inhibit"
        self.calls = folder / "calls"
        self.executable.parent.mkdir()
        self.calls.mkdir()
        self.executable.write_text(FAKE_SYSTEMD_INHIBIT)
        self.executable.chmod(self.executable.stat().st_mode | stat.S_IXUSR)

    def runs(self) -> list[int]:
        return sorted(int(p.stem) for p in self.calls.glob("*.args"))

    def argv(self, pid: int) -> list[str]:
        return (self.calls / f"{pid}.args").read_text().splitlines()

    def child(self, pid: int) -> int:
        path = self.calls / f"{pid}.child"
        wait_for(path.exists, "the fake systemd-inhibit starts its command")
        return int(path.read_text())


@pytest.fixture
def fake_inhibit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> FakeInhibit:
    fake = FakeInhibit(tmp_path)
    monkeypatch.setenv("FAKE_INHIBIT_DIR", str(fake.calls))
    return fake


@pytest.fixture
def closing() -> Iterator[list[KeepAwake]]:
    """KeepAwakes to close after the test, passed or failed, so no child outlives it."""
    made: list[KeepAwake] = []
    yield made
    for keep in made:
        keep.close()


def systemd_backend(fake: FakeInhibit) -> ChildInhibitor:
    return ChildInhibitor(
        "systemd-inhibit", systemd_inhibit_command(str(fake.executable)), lifeline=True
    )


class RecordingBackend(Backend):
    def __init__(self, name: str = "recording", error: Exception | None = None) -> None:
        super().__init__()
        self.name = name
        self.error = error
        self.log: list[str] = []

    def start(self, reason: str) -> None:
        self.log.append(f"start {reason}")
        if self.error is not None:
            raise self.error

    def stop(self) -> None:
        self.log.append("stop")

    def close(self) -> None:
        self.log.append("close")


# -- KeepAwake ------------------------------------------------------------------------------


def test_hold_twice_is_one_hold_and_release_without_hold_is_nothing() -> None:
    backend = RecordingBackend()
    keep = KeepAwake([backend])
    keep.release()
    assert backend.log == []
    assert not keep.active

    keep.hold(REASON)
    keep.hold("something else")
    assert keep.active
    assert backend.log == [f"start {REASON}"]

    keep.release()
    keep.release()
    assert not keep.active
    assert backend.log == [f"start {REASON}", "stop"]


def test_close_releases_and_later_holds_do_nothing() -> None:
    backend = RecordingBackend()
    keep = KeepAwake([backend])
    keep.hold(REASON)
    keep.close()
    keep.close()
    keep.hold(REASON)
    assert not keep.active
    assert backend.log == [f"start {REASON}", "stop", "close"]


def test_a_broken_backend_never_reaches_the_caller_and_is_logged_once(
    caplog: pytest.LogCaptureFixture,
) -> None:
    broken = RecordingBackend("broken", error=RuntimeError("boom"))
    good = RecordingBackend("good")
    keep = KeepAwake([broken, good])
    with caplog.at_level(logging.WARNING, logger="cramp_timer.desktop.keep_awake"):
        keep.hold(REASON)
        keep.release()
        keep.hold(REASON)
        keep.release()
    assert [r.getMessage() for r in caplog.records] == [
        "keep awake: broken failed on hold and is skipped from now on"
    ]
    assert broken.log == [f"start {REASON}", "stop", "stop"]  # still asked to clean up
    assert good.log == [f"start {REASON}", "stop", f"start {REASON}", "stop"]
    assert keep.backends == ("good",)


def test_no_backend_is_a_quiet_noop() -> None:
    keep = KeepAwake()
    keep.hold(REASON)
    assert keep.active
    keep.release()
    keep.close()
    assert keep.backends == ()


def test_every_reason_is_its_own_plain_sentence() -> None:
    texts = [reason_text(why) for why in AwakeFor]
    assert len(set(texts)) == len(AwakeFor)
    assert all(text and not text.endswith(".") for text in texts)


# -- systemd-inhibit as a child process --------------------------------------------------------


def test_hold_starts_systemd_inhibit_once_and_release_ends_and_reaps_it(
    fake_inhibit: FakeInhibit, closing: list[KeepAwake]
) -> None:
    backend = systemd_backend(fake_inhibit)
    keep = KeepAwake([backend])
    closing.append(keep)

    keep.hold(REASON)
    keep.hold("again")
    pid = backend.pid
    assert pid is not None
    wait_for(lambda: fake_inhibit.runs() == [pid], "the fake records its arguments")
    assert fake_inhibit.argv(pid) == [
        "--what=idle:sleep",
        f"--who={APP_NAME}",
        f"--why={REASON}",
        "--mode=block",
        "cat",
    ]
    held_by = fake_inhibit.child(pid)
    assert running(pid)
    assert running(held_by)

    keep.release()
    assert backend.pid is None
    assert reaped(pid)  # ended and waited for: no zombie
    wait_for(lambda: not running(held_by), "the command under the lock ends")

    keep.hold(REASON)
    second = backend.pid
    assert second is not None
    assert second != pid
    assert running(second)


def test_close_ends_and_reaps_the_child(
    fake_inhibit: FakeInhibit, closing: list[KeepAwake]
) -> None:
    backend = systemd_backend(fake_inhibit)
    keep = KeepAwake([backend])
    closing.append(keep)
    keep.hold(REASON)
    pid = backend.pid
    assert pid is not None
    held_by = fake_inhibit.child(pid)

    keep.close()
    assert reaped(pid)
    wait_for(lambda: not running(held_by), "the command under the lock ends")


def test_the_child_ends_when_the_app_is_killed(fake_inhibit: FakeInhibit) -> None:
    """The lifeline: SIGKILL gives us no chance to clean up, yet the lock goes."""
    holder = (
        "import sys\n"
        "from cramp_timer.desktop.keep_awake import (\n"
        "    ChildInhibitor, KeepAwake, systemd_inhibit_command)\n"
        "backend = ChildInhibitor('systemd-inhibit', systemd_inhibit_command(sys.argv[1]),"
        " lifeline=True)\n"
        "KeepAwake([backend]).hold('test')\n"
        "print(backend.pid, flush=True)\n"
        "sys.stdin.read()\n"
    )
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    app = subprocess.Popen(
        [sys.executable, "-c", holder, str(fake_inhibit.executable)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        env=env,
    )
    try:
        assert app.stdout is not None
        pid = int(app.stdout.readline())
        held_by = fake_inhibit.child(pid)
        assert running(pid) and running(held_by)
    finally:
        app.kill()
        app.wait(timeout=DEADLINE_S)
        for stream in (app.stdin, app.stdout):
            if stream is not None:
                stream.close()
    # Orphans are reaped by whatever adopts them; a zombie counts as ended.
    wait_for(lambda: not running(held_by), "the command under the lock ends with the app")
    wait_for(lambda: not running(pid), "systemd-inhibit ends with the app")


def test_a_refusing_systemd_inhibit_is_logged_once_and_then_left_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """The real systemd-inhibit, pointed at a system bus that is not there."""
    executable = shutil.which("systemd-inhibit")
    if executable is None:
        pytest.skip("systemd-inhibit is not installed")
    monkeypatch.setenv("DBUS_SYSTEM_BUS_ADDRESS", f"unix:path={tmp_path / 'no-bus'}")
    backend = ChildInhibitor("systemd-inhibit", systemd_inhibit_command(executable), lifeline=True)
    keep = KeepAwake([backend])
    with caplog.at_level(logging.WARNING, logger="cramp_timer.desktop.keep_awake"):
        keep.hold(REASON)
        pid = backend.pid
        assert pid is not None
        wait_for(lambda: state(pid) == "Z", "systemd-inhibit gives up")
        keep.release()
        assert reaped(pid)
        keep.hold(REASON)
        assert backend.pid is None  # not started again
        keep.release()
        keep.close()
    messages = [r.getMessage() for r in caplog.records]
    assert len(messages) == 1
    assert messages[0].startswith(
        "keep awake: systemd-inhibit is not available, skipping it: "
        "it ended by itself (exit code 1): "
    )
    assert "bus" in messages[0]  # systemd-inhibit's own words, e.g. "Failed to connect to bus"
    assert backend.failed


def test_a_missing_program_is_a_quiet_noop(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    backend = ChildInhibitor(
        "systemd-inhibit", systemd_inhibit_command(str(tmp_path / "nowhere")), lifeline=True
    )
    keep = KeepAwake([backend])
    with caplog.at_level(logging.WARNING, logger="cramp_timer.desktop.keep_awake"):
        keep.hold(REASON)
        keep.release()
        keep.hold(REASON)
        keep.close()
    assert len(caplog.records) == 1
    assert "cannot start" in caplog.records[0].getMessage()
    assert backend.pid is None


def test_caffeinate_watches_our_pid() -> None:
    assert caffeinate_command("/usr/bin/caffeinate", 4242)("why") == [
        "/usr/bin/caffeinate",
        "-dis",
        "-w",
        "4242",
    ]


# -- Windows, through an injected SetThreadExecutionState ------------------------------------


def test_windows_sets_and_clears_the_execution_state() -> None:
    calls: list[int] = []

    def set_state(flags: int) -> int:
        calls.append(flags)
        return ES_CONTINUOUS

    keep = KeepAwake([WindowsExecutionState(set_state)])
    keep.hold(REASON)
    keep.hold(REASON)
    keep.release()
    keep.release()
    assert calls == [ES_CONTINUOUS | ES_SYSTEM_REQUIRED | ES_DISPLAY_REQUIRED, ES_CONTINUOUS]


def test_windows_refusal_is_logged_once(caplog: pytest.LogCaptureFixture) -> None:
    calls: list[int] = []

    def set_state(flags: int) -> int:
        calls.append(flags)
        return 0

    keep = KeepAwake([WindowsExecutionState(set_state)])
    with caplog.at_level(logging.WARNING, logger="cramp_timer.desktop.keep_awake"):
        keep.hold(REASON)
        keep.release()
        keep.hold(REASON)
    assert len(calls) == 1  # nothing to clear, and not asked again
    assert len(caplog.records) == 1


def test_windows_kernel32_missing_here_is_a_quiet_noop(caplog: pytest.LogCaptureFixture) -> None:
    if sys.platform == "win32":
        pytest.skip("kernel32 is there on Windows")
    keep = KeepAwake([WindowsExecutionState()])
    with caplog.at_level(logging.WARNING, logger="cramp_timer.desktop.keep_awake"):
        keep.hold(REASON)
        keep.release()
    assert len(caplog.records) == 1
    assert "kernel32 is not available" in caplog.records[0].getMessage()


# -- choosing backends ------------------------------------------------------------------------


def test_linux_asks_the_desktop_and_systemd_inhibit_when_it_is_there(
    fake_inhibit: FakeInhibit, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PATH", str(fake_inhibit.executable.parent))
    backends = default_backends(platform="linux")
    assert [b.name for b in backends] == ["org.freedesktop.ScreenSaver", "systemd-inhibit"]
    assert isinstance(backends[0], ScreenSaverInhibitor)


def test_linux_without_systemd_inhibit_only_asks_the_desktop(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    assert default_keep_awake(platform="linux").backends == ("org.freedesktop.ScreenSaver",)


def test_windows_and_mac_backends(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert default_keep_awake(platform="win32").backends == ("SetThreadExecutionState",)
    monkeypatch.setenv("PATH", str(tmp_path))
    assert default_keep_awake(platform="darwin").backends == ()
    caffeinate = tmp_path / "caffeinate"
    caffeinate.write_text("#!/bin/sh\n")
    caffeinate.chmod(0o755)
    assert default_keep_awake(platform="darwin").backends == ("caffeinate",)


def test_session_bus_address_from_the_environment(tmp_path: Path) -> None:
    assert session_bus_address({"DBUS_SESSION_BUS_ADDRESS": "unix:path=/run/x"}) == (
        "unix:path=/run/x"
    )
    assert session_bus_address({}) is None
    assert session_bus_address({"XDG_RUNTIME_DIR": str(tmp_path)}) is None  # no socket there
    import socket

    with socket.socket(socket.AF_UNIX) as listener:
        listener.bind(str(tmp_path / "bus"))
        assert session_bus_address({"XDG_RUNTIME_DIR": str(tmp_path)}) == (
            f"unix:path={tmp_path / 'bus'}"
        )


def test_release_ends_a_child_without_a_lifeline(closing: list[KeepAwake]) -> None:
    """caffeinate's way (no pipe): release still ends and reaps the child."""
    backend = ChildInhibitor("sleeper", lambda _why: ["sleep", "600"], lifeline=False)
    keep = KeepAwake([backend])
    closing.append(keep)
    keep.hold(REASON)
    pid = backend.pid
    assert pid is not None
    assert running(pid)
    keep.release()
    assert reaped(pid)
