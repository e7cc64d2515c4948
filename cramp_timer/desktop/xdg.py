"""The per-user folders, as platformdirs places them, without importing platformdirs
where that is not needed: on Linux the usual cases (the XDG variables, else the usual
folders under $HOME) are worked out here, because platformdirs costs ~7 ms at start-up,
before the Cramp now button can paint. Anything else asks platformdirs (a unit test
checks that both agree). Standard library only: the hand-over client uses it too.
"""

# os.path, not pathlib: the hand-over client must not pay pathlib's import.
# ruff: noqa: PTH117, PTH118
from __future__ import annotations

import os
import sys

APP_NAME = "cramp-timer"  # (no typing.Final: `typing` costs the hand-over client ~2 ms)

# kind -> (XDG variable, the folder under $HOME when it is unset)
_XDG = {
    "config": ("XDG_CONFIG_HOME", ".config"),
    "data": ("XDG_DATA_HOME", ".local/share"),
    "cache": ("XDG_CACHE_HOME", ".cache"),
    "state": ("XDG_STATE_HOME", ".local/state"),
}


def user_dir(kind: str) -> str:
    """The app's ``kind`` folder: "config", "data", "cache" or "state"."""
    variable, under_home = _XDG[kind]
    if sys.platform.startswith("linux"):
        xdg, home = os.environ.get(variable, ""), os.environ.get("HOME", "")
        if os.path.isabs(xdg):
            return os.path.join(xdg, APP_NAME)
        if not xdg.strip() and os.path.isabs(home):
            return os.path.join(home.rstrip("/") + "/" + under_home, APP_NAME)
    import platformdirs

    find = {"config": platformdirs.user_config_dir, "data": platformdirs.user_data_dir,
            "cache": platformdirs.user_cache_dir, "state": platformdirs.user_state_dir}[kind]
    return find(APP_NAME, appauthor=False)
