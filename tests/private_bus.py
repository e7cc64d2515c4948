"""A private D-Bus session bus for one test: a real dbus-daemon with no service files, so
nothing on the machine can be activated by accident. Skips when dbus-daemon is missing."""

from __future__ import annotations

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


@contextmanager
def private_bus() -> Iterator[str]:
    """Start a dbus-daemon of our own; yield its address; stop it afterwards."""
    daemon = require_dbus_daemon()
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
            yield _read_address(proc)
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
