"""The per-user folders worked out without platformdirs agree with platformdirs."""

from __future__ import annotations

import sys

import platformdirs
import pytest

from cramp_timer.desktop.xdg import user_dir

FINDERS = {"config": platformdirs.user_config_dir, "data": platformdirs.user_data_dir,
           "cache": platformdirs.user_cache_dir, "state": platformdirs.user_state_dir}
VARIABLES = {"config": "XDG_CONFIG_HOME", "data": "XDG_DATA_HOME",
             "cache": "XDG_CACHE_HOME", "state": "XDG_STATE_HOME"}


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the XDG rules are Linux's")
@pytest.mark.parametrize("kind", sorted(FINDERS))
@pytest.mark.parametrize(("xdg", "home"), [
    ("/srv/x", "/home/ann"), ("/srv/x/", "/home/ann"), (None, "/home/ann"),
    ("", "/home/ann/"), ("relative/path", "/home/ann"), ("  ", "/"), (None, "/root"),
])
def test_each_folder_is_the_one_platformdirs_gives(
        monkeypatch: pytest.MonkeyPatch, kind: str, xdg: str | None, home: str) -> None:
    if xdg is None:
        monkeypatch.delenv(VARIABLES[kind], raising=False)
    else:
        monkeypatch.setenv(VARIABLES[kind], xdg)
    monkeypatch.setenv("HOME", home)
    assert user_dir(kind) == FINDERS[kind]("cramp-timer", appauthor=False)
