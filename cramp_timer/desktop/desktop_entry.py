"""Put Cramp Timer in the desktop's application menu, for the current user only.

``cramp-timer --install-desktop-entry`` writes the desktop entry to
``$XDG_DATA_HOME/applications/`` and the app icon at every size to
``$XDG_DATA_HOME/icons/hicolor/<N>x<N>/apps/`` (and ``scalable/apps/``); with
``XDG_DATA_HOME`` unset that is ``~/.local/share``. The entry starts this very Cramp
Timer: ``Exec=cramp-timer`` when that is what the search path finds, otherwise the full
path of this installation's ``cramp-timer`` (or of the bundle). ``--uninstall-desktop-entry``
removes exactly those files and nothing else.

No Qt here.
"""

from __future__ import annotations

import os
import shutil
import sys
import sysconfig
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from cramp_timer.i18n import translate
from cramp_timer.launch import frozen
from cramp_timer.storage.atomic import write_bytes_atomic, write_text_atomic
from cramp_timer.storage.resources import (
    APP_ID,
    DESKTOP_FILE,
    desktop_entry_template,
    icon_theme_files,
)

PROGRAM: Final = "cramp-timer"
PUBLIC_FILE: Final = 0o644  # menus and icon caches of every user session read these

# Characters that make the desktop entry spec quote an Exec argument.
_RESERVED: Final = frozenset(" \t\n\"'\\><~|&;$*?#()`")


@dataclass(frozen=True)
class Done:
    """What was done: a plain sentence, and the files written or removed."""

    message: str
    files: tuple[Path, ...]


def data_home(env: Mapping[str, str] | None = None) -> Path:
    """``$XDG_DATA_HOME``, or ``~/.local/share`` when it is unset or not absolute."""
    value = (os.environ if env is None else env).get("XDG_DATA_HOME", "")
    if value and Path(value).is_absolute():
        return Path(value)
    return Path.home() / ".local" / "share"


def installed_files(home: Path) -> tuple[Path, ...]:
    """Every file ``install`` writes under ``home`` (an XDG data folder)."""
    hicolor = home / "icons" / "hicolor"
    return (
        home / "applications" / DESKTOP_FILE,
        *(hicolor / relative for relative, _file in icon_theme_files()),
    )


def current_command(env: Mapping[str, str] | None = None) -> list[str]:
    """The command that starts this Cramp Timer from a desktop entry."""
    environ = os.environ if env is None else env
    ours = _our_program()
    if ours is None:  # a checkout run with ``python -m cramp_timer``, nothing installed
        return [sys.executable, "-m", "cramp_timer"]
    found = shutil.which(PROGRAM, path=environ.get("PATH", os.defpath))
    if found is not None and Path(found).resolve() == ours.resolve():
        return [PROGRAM]
    return [str(ours)]


def _our_program() -> Path | None:
    if frozen():
        return Path(sys.executable)
    candidates = [
        Path(sys.executable).parent / PROGRAM,
        Path(sysconfig.get_path("scripts")) / PROGRAM,
    ]
    user_scheme = f"{os.name}_user"
    if user_scheme in sysconfig.get_scheme_names():
        candidates.append(Path(sysconfig.get_path("scripts", user_scheme)) / PROGRAM)
    return next((path for path in candidates if path.is_file()), None)


def exec_value(argv: Sequence[str]) -> str:
    """An ``Exec=`` value that runs ``argv``, quoted as the desktop entry spec asks."""
    return " ".join(_quote(arg) for arg in argv).replace("\\", "\\\\")


def _quote(arg: str) -> str:
    arg = arg.replace("%", "%%")  # a lone % would be a field code
    if arg and not any(c in _RESERVED for c in arg):
        return arg
    return '"' + "".join("\\" + c if c in '"`$\\' else c for c in arg) + '"'


def desktop_entry(command: Sequence[str]) -> str:
    """The shipped desktop entry with each ``Exec=cramp-timer ...`` running ``command``."""
    lines = []
    for line in desktop_entry_template().splitlines():
        if line.startswith("Exec="):
            words = line.removeprefix("Exec=").split()
            if words[:1] != [PROGRAM]:
                raise ValueError(f"unexpected Exec line in the shipped desktop entry: {line}")
            line = "Exec=" + exec_value([*command, *words[1:]])
        lines.append(line)
    return "\n".join(lines) + "\n"


def install(command: Sequence[str], home: Path | None = None) -> Done:
    """Write the desktop entry and the icons. Raises OSError if a file cannot be written."""
    home = data_home() if home is None else home
    entry, *icons = installed_files(home)
    written = []
    entry.parent.mkdir(parents=True, exist_ok=True)
    write_text_atomic(entry, desktop_entry(command), mode=PUBLIC_FILE)
    written.append(entry)
    for target, (_relative, source) in zip(icons, icon_theme_files(), strict=True):
        target.parent.mkdir(parents=True, exist_ok=True)
        write_bytes_atomic(target, source.read_bytes(), mode=PUBLIC_FILE)
        written.append(target)
    message = translate(
        "DesktopEntry",
        "Cramp Timer is now in your application menu (it may take a moment "
        "to appear). These files were written:",
    )
    return Done(message, tuple(written))


def uninstall(home: Path | None = None) -> Done:
    """Remove exactly the files ``install`` writes; folders and other files stay."""
    home = data_home() if home is None else home
    removed = []
    for path in installed_files(home):
        try:
            path.unlink()
        except FileNotFoundError:
            continue
        removed.append(path)
    if removed:
        message = translate(
            "DesktopEntry",
            "Cramp Timer was taken out of your application menu. These files were removed:",
        )
    else:
        message = translate(
            "DesktopEntry", "Cramp Timer was not in your application menu; nothing was removed."
        )
    return Done(message, tuple(removed))


__all__ = [
    "APP_ID",
    "Done",
    "current_command",
    "data_home",
    "desktop_entry",
    "exec_value",
    "install",
    "installed_files",
    "uninstall",
]
