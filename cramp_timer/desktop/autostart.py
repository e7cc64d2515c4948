"""Start at login: the login autostart entry, created or removed.

One interface, one implementation per desktop family:
- Linux and other freedesktop desktops: ``$XDG_CONFIG_HOME/autostart/cramp-timer.desktop``
  (the XDG Autostart spec), starting ``cramp-timer --tray``.
- Windows: the ``HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run`` value.
- macOS: ``~/Library/LaunchAgents/io.github.cramptimer.plist`` with RunAtLoad.
The Windows and macOS ones are tested on Linux too (a fake registry, a private home).
Files are written atomically; removing an entry that is not there is not an error.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any, Final, Protocol

from cramp_timer.storage.atomic import write_text_atomic

ENTRY_NAME: Final = "cramp-timer.desktop"
MAC_LABEL: Final = "io.github.cramptimer"
WINDOWS_VALUE: Final = "Cramp Timer"


class Autostart(Protocol):
    def enabled(self) -> bool: ...

    def enable(self) -> None: ...

    def disable(self) -> None: ...


def launch_command() -> list[str]:
    """How to start this very installation hidden in the tray."""
    found = shutil.which("cramp-timer")
    if found:
        return [found, "--tray"]
    return [sys.executable, "-m", "cramp_timer", "--tray"]


class _FileAutostart:
    """An autostart entry that is one file: there or not."""

    path: Path

    def enabled(self) -> bool:
        return self.path.is_file()

    def disable(self) -> None:
        with contextlib.suppress(FileNotFoundError):
            self.path.unlink()


class XdgAutostart(_FileAutostart):
    def __init__(self, environ: Mapping[str, str] | None = None,
                 command: Sequence[str] | None = None) -> None:
        env = os.environ if environ is None else environ
        config = env.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
        self.path = Path(config) / "autostart" / ENTRY_NAME
        self._command = list(command) if command is not None else launch_command()

    def enable(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        exec_line = " ".join(_desktop_quote(arg) for arg in self._command)
        write_text_atomic(self.path, "\n".join([
            "[Desktop Entry]",
            "Type=Application",
            "Name=Cramp Timer",
            "Comment=Bedtime stretch reminder and night-time calf cramp timer",
            f"Exec={exec_line}",
            "Icon=io.github.cramptimer.CrampTimer",
            "Terminal=false",
            "X-GNOME-Autostart-enabled=true",
            "",
        ]), 0o644)


def _desktop_quote(arg: str) -> str:
    """Quote one Exec argument as the Desktop Entry spec asks."""
    if arg and all(c.isalnum() or c in "/._-+=:," for c in arg):
        return arg
    escaped = arg.replace("\\", "\\\\").replace('"', '\\"').replace("`", "\\`").replace(
        "$", "\\$")
    return f'"{escaped}"'.replace("%", "%%")


class MacAutostart(_FileAutostart):
    def __init__(self, command: Sequence[str] | None = None, home: Path | None = None) -> None:
        home = Path.home() if home is None else home
        self.path = home / "Library" / "LaunchAgents" / f"{MAC_LABEL}.plist"
        self._command = list(command) if command is not None else launch_command()

    def enable(self) -> None:
        from xml.sax.saxutils import escape

        self.path.parent.mkdir(parents=True, exist_ok=True)
        args = "".join(f"<string>{escape(a)}</string>" for a in self._command)
        write_text_atomic(self.path, (
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            '<plist version="1.0"><dict>'
            f"<key>Label</key><string>{MAC_LABEL}</string>"
            f"<key>ProgramArguments</key><array>{args}</array>"
            "<key>RunAtLoad</key><true/></dict></plist>\n"), 0o644)


class WindowsAutostart:
    """The Run value; `registry` is the winreg module (a fake in tests on Linux)."""

    _KEY: Final = r"Software\Microsoft\Windows\CurrentVersion\Run"

    def __init__(self, command: Sequence[str] | None = None, registry: Any = None) -> None:
        self._command = list(command) if command is not None else launch_command()
        if registry is None:
            import winreg as registry  # (Windows only)
        self._reg: Any = registry

    def enabled(self) -> bool:
        reg = self._reg
        try:
            with reg.OpenKey(reg.HKEY_CURRENT_USER, self._KEY) as key:
                reg.QueryValueEx(key, WINDOWS_VALUE)
        except OSError:
            return False
        return True

    def enable(self) -> None:
        import subprocess

        reg = self._reg
        with reg.OpenKey(reg.HKEY_CURRENT_USER, self._KEY, 0, reg.KEY_SET_VALUE) as key:
            reg.SetValueEx(key, WINDOWS_VALUE, 0, reg.REG_SZ,
                           subprocess.list2cmdline(self._command))

    def disable(self) -> None:
        reg = self._reg
        with contextlib.suppress(FileNotFoundError), reg.OpenKey(
                reg.HKEY_CURRENT_USER, self._KEY, 0, reg.KEY_SET_VALUE) as key:
            reg.DeleteValue(key, WINDOWS_VALUE)


def default_autostart() -> Autostart:
    if sys.platform == "win32":
        return WindowsAutostart()
    if sys.platform == "darwin":
        return MacAutostart()
    return XdgAutostart()
