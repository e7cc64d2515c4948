"""A private D-Bus session bus for one test: a real dbus-daemon with no service files, so
nothing on the machine can be activated by accident. Skips when dbus-daemon is missing.

``private_bus(accessibility=True)`` also starts the AT-SPI bus launcher of at-spi2-core on
it (org.a11y.Bus, the accessibility bus and its registry, in a private runtime folder),
which is what screen readers and Qt's accessibility bridge look for. Skips when
at-spi2-core is missing."""

from __future__ import annotations

import os
import select
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

START_DEADLINE_S = 10.0
ATSPI_APT = "apt-get install at-spi2-core python3-pyatspi"
# where Debian, Ubuntu and others keep the launcher (it is not on PATH)
ATSPI_LAUNCHERS = ("/usr/libexec/at-spi-bus-launcher",
                   "/usr/lib/at-spi2-core/at-spi-bus-launcher")

CONFIG = """<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:path={socket}</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"""


def require_dbus_daemon() -> str:
    daemon = shutil.which("dbus-daemon")
    if daemon is None:
        pytest.skip("dbus-daemon is not installed (Debian/Ubuntu: apt-get install dbus-daemon)")
    return daemon


def require_atspi_launcher() -> str:
    for launcher in ATSPI_LAUNCHERS:
        if os.access(launcher, os.X_OK):
            return launcher
    pytest.skip(f"at-spi2-core is not installed (Debian/Ubuntu: {ATSPI_APT})")


@contextmanager
def private_bus(*, accessibility: bool = False) -> Iterator[str]:
    """Start a dbus-daemon of our own; yield its address; stop it afterwards.

    With ``accessibility=True`` the AT-SPI bus is running on it before the address is
    yielded (see the module's docstring)."""
    daemon = require_dbus_daemon()
    launcher = require_atspi_launcher() if accessibility else None
    # A short folder: a unix socket path must stay under 108 bytes.
    with tempfile.TemporaryDirectory(prefix="ct-bus-") as folder:
        config = Path(folder) / "bus.conf"
        config.write_text(CONFIG.format(socket=Path(folder) / "bus"), encoding="utf-8")
        proc = subprocess.Popen(
            [daemon, "--nofork", "--nopidfile", f"--config-file={config}", "--print-address=1"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        try:
            address = _read_address(proc)
            if launcher is None:
                yield address
            else:
                with _accessibility_bus(launcher, address, Path(folder)):
                    yield address
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=START_DEADLINE_S)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
            assert proc.stdout is not None and proc.stderr is not None
            proc.stdout.close()
            proc.stderr.close()


def _read_address(proc: subprocess.Popen[bytes]) -> str:
    assert proc.stdout is not None
    deadline = time.monotonic() + START_DEADLINE_S
    line = b""
    while not line.endswith(b"\n"):
        left = deadline - time.monotonic()
        ready, _, _ = select.select([proc.stdout], [], [], max(0.0, left))
        if not ready:
            pytest.fail("dbus-daemon printed no address in time")
        chunk = proc.stdout.read1(256)
        if not chunk:
            assert proc.stderr is not None
            pytest.fail(f"dbus-daemon ended: {proc.stderr.read().decode(errors='replace')}")
        line += chunk
    return line.decode().strip()


@contextmanager
def _accessibility_bus(launcher: str, address: str, folder: Path) -> Iterator[None]:
    """at-spi-bus-launcher on the bus at `address`; its own bus lives under `folder`."""
    runtime = folder / "run"
    runtime.mkdir(mode=0o700)
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "AT_SPI_BUS_ADDRESS")}
    env.update(DBUS_SESSION_BUS_ADDRESS=address, XDG_RUNTIME_DIR=str(runtime))
    proc = subprocess.Popen([launcher, "--launch-immediately", "--a11y=1"], env=env,
                            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    try:
        _wait_for_a11y_bus(address, proc)
        yield
    finally:
        proc.terminate()  # it stops its own bus and registry with it
        try:
            proc.wait(timeout=START_DEADLINE_S)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def _wait_for_a11y_bus(address: str, proc: subprocess.Popen[bytes]) -> None:
    """Until org.a11y.Bus answers GetAddress (the launcher has its bus up)."""
    send = shutil.which("dbus-send")
    if send is None:
        pytest.skip("dbus-send is not installed (Debian/Ubuntu: apt-get install dbus-bin)")
    deadline = time.monotonic() + START_DEADLINE_S
    while True:
        answer = subprocess.run(
            [send, f"--bus={address}", "--print-reply", "--dest=org.a11y.Bus", "/org/a11y/bus",
             "org.a11y.Bus.GetAddress"], capture_output=True, check=False)
        if answer.returncode == 0:
            return
        if proc.poll() is not None:
            pytest.fail(f"at-spi-bus-launcher ended with status {proc.returncode}")
        if time.monotonic() > deadline:
            pytest.fail("the AT-SPI bus did not come up in time: "
                        + answer.stderr.decode(errors="replace"))
        time.sleep(0.05)
