"""The login autostart entry (XDG), in a private config folder."""

from __future__ import annotations

import shlex
from pathlib import Path

from cramp_timer.desktop.autostart import XdgAutostart


def test_enable_writes_a_desktop_entry_that_starts_in_the_tray(tmp_path: Path) -> None:
    entry = XdgAutostart({"XDG_CONFIG_HOME": str(tmp_path)},
                         ["/opt/my apps/cramp-timer", "--tray"])
    assert not entry.enabled()
    entry.enable()
    assert entry.path == tmp_path / "autostart" / "cramp-timer.desktop"
    assert entry.enabled()
    lines = entry.path.read_text().splitlines()
    assert lines[0] == "[Desktop Entry]"
    (exec_line,) = [line for line in lines if line.startswith("Exec=")]
    assert shlex.split(exec_line.removeprefix("Exec=")) == ["/opt/my apps/cramp-timer", "--tray"]
    entry.disable()
    assert not entry.enabled()
    entry.disable()  # not there: nothing to do


def test_dollar_quote_and_percent_are_escaped(tmp_path: Path) -> None:
    entry = XdgAutostart({"XDG_CONFIG_HOME": str(tmp_path)}, ['/x/$HOME "a"%', "--tray"])
    entry.enable()
    text = entry.path.read_text()
    assert 'Exec="/x/\\$HOME \\"a\\"%%" --tray' in text


# -- Windows (a fake winreg) and macOS (a private home), on Linux ---------------------------


class FakeKey:
    def __init__(self, values: dict[str, tuple[int, str]]) -> None:
        self.values = values

    def __enter__(self) -> FakeKey:
        return self

    def __exit__(self, *exc: object) -> None:
        return None


class FakeWinreg:
    """The part of winreg WindowsAutostart uses, over a dict of the Run key's values."""

    HKEY_CURRENT_USER = "HKCU"
    KEY_SET_VALUE = 2
    REG_SZ = 1

    def __init__(self) -> None:
        self.run: dict[str, tuple[int, str]] = {}
        self.opened: list[tuple[str, str]] = []

    def OpenKey(self, root: str, path: str, *_: int) -> FakeKey:
        self.opened.append((root, path))
        return FakeKey(self.run)

    def QueryValueEx(self, key: FakeKey, name: str) -> tuple[str, int]:
        if name not in key.values:
            raise FileNotFoundError(name)
        kind, value = key.values[name]
        return value, kind

    def SetValueEx(self, key: FakeKey, name: str, _: int, kind: int, value: str) -> None:
        key.values[name] = (kind, value)

    def DeleteValue(self, key: FakeKey, name: str) -> None:
        if name not in key.values:
            raise FileNotFoundError(name)
        del key.values[name]


def test_windows_run_value_holds_a_quoted_command_line() -> None:
    from cramp_timer.desktop.autostart import WindowsAutostart

    reg = FakeWinreg()
    entry = WindowsAutostart([r"C:\Program Files\Cramp Timer\cramp-timer.exe", "--tray"], reg)
    assert not entry.enabled()
    entry.enable()
    assert entry.enabled()
    assert reg.run["Cramp Timer"] == (
        1, r'"C:\Program Files\Cramp Timer\cramp-timer.exe" --tray')
    assert {path for _, path in reg.opened} == {
        r"Software\Microsoft\Windows\CurrentVersion\Run"}
    assert {root for root, _ in reg.opened} == {"HKCU"}  # for this user only
    entry.disable()
    assert not entry.enabled() and reg.run == {}
    entry.disable()  # not there: nothing to do


def test_mac_launch_agent_runs_at_load(tmp_path: Path) -> None:
    import plistlib

    from cramp_timer.desktop.autostart import MacAutostart

    entry = MacAutostart(["/Applications/Cramp Timer & Co/cramp-timer", "--tray"], tmp_path)
    assert not entry.enabled()
    entry.enable()
    assert entry.path == tmp_path / "Library" / "LaunchAgents" / "io.github.cramptimer.plist"
    plist = plistlib.loads(entry.path.read_bytes())
    assert plist == {"Label": "io.github.cramptimer", "RunAtLoad": True,
                     "ProgramArguments": ["/Applications/Cramp Timer & Co/cramp-timer", "--tray"]}
    entry.disable()
    assert not entry.enabled()
