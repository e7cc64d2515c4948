"""The login autostart entry (XDG), in a private config folder."""

from __future__ import annotations

import shlex
from pathlib import Path

from cramp_timer.autostart import XdgAutostart


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
