from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

import pytest

from cramp_timer.core.values import replace
from cramp_timer.storage.paths import AppPaths, AppPathsError

XDG_VARS = ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME")
linux_only = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="XDG folders are a Linux convention"
)


def mode_of(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_under_puts_everything_in_one_folder(tmp_path: Path) -> None:
    paths = AppPaths.under(tmp_path)
    assert paths.config_dir == tmp_path / "config"
    assert paths.data_dir == tmp_path / "data"
    assert paths.cache_dir == tmp_path / "cache"
    assert paths.state_dir == tmp_path / "state"
    assert paths.folders() == (
        paths.config_dir,
        paths.data_dir,
        paths.cache_dir,
        paths.state_dir,
    )


def test_files_live_in_the_right_folders(tmp_path: Path) -> None:
    paths = AppPaths.under(tmp_path)
    assert paths.settings_file == tmp_path / "config" / "settings.json"
    assert paths.window_state_file == tmp_path / "state" / "window.json"
    assert paths.diary_file == tmp_path / "data" / "diary.sqlite3"
    assert paths.speech_cache_dir == tmp_path / "cache" / "speech"
    assert paths.log_file == tmp_path / "state" / "cramp-timer.log"


def test_window_state_is_kept_apart_from_user_settings(tmp_path: Path) -> None:
    paths = AppPaths.under(tmp_path)
    assert paths.window_state_file.parent != paths.settings_file.parent


def test_paths_are_immutable(tmp_path: Path) -> None:
    paths = AppPaths.under(tmp_path)
    with pytest.raises(AttributeError):
        paths.config_dir = tmp_path  # type: ignore[misc]


@linux_only
def test_default_honours_xdg_variables(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for var in XDG_VARS:
        monkeypatch.setenv(var, str(tmp_path / var.lower()))
    paths = AppPaths.default()
    assert paths.config_dir == tmp_path / "xdg_config_home" / "cramp-timer"
    assert paths.data_dir == tmp_path / "xdg_data_home" / "cramp-timer"
    assert paths.cache_dir == tmp_path / "xdg_cache_home" / "cramp-timer"
    assert paths.state_dir == tmp_path / "xdg_state_home" / "cramp-timer"
    assert paths.settings_file == tmp_path / "xdg_config_home" / "cramp-timer" / "settings.json"


@linux_only
def test_default_without_xdg_variables_uses_home(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for var in XDG_VARS:
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    paths = AppPaths.default()
    assert paths.config_dir == tmp_path / ".config" / "cramp-timer"
    assert paths.data_dir == tmp_path / ".local" / "share" / "cramp-timer"
    assert paths.cache_dir == tmp_path / ".cache" / "cramp-timer"
    assert paths.state_dir == tmp_path / ".local" / "state" / "cramp-timer"


@linux_only
def test_default_creates_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for var in XDG_VARS:
        monkeypatch.setenv(var, str(tmp_path / var.lower()))
    AppPaths.default()
    assert list(tmp_path.iterdir()) == []


@pytest.mark.skipif(os.name == "nt", reason="POSIX permission bits")
def test_ensure_creates_private_folders_whatever_the_umask(tmp_path: Path) -> None:
    paths = AppPaths.under(tmp_path / "deep" / "root")
    old = os.umask(0o022)
    try:
        paths.ensure()
    finally:
        os.umask(old)
    for folder in paths.folders():
        assert folder.is_dir()
        assert mode_of(folder) == 0o700


def test_ensure_twice_is_fine_and_keeps_contents(tmp_path: Path) -> None:
    paths = AppPaths.under(tmp_path)
    paths.ensure()
    paths.settings_file.write_text("{}")
    paths.ensure()
    assert paths.settings_file.read_text() == "{}"


@pytest.mark.skipif(os.name == "nt", reason="POSIX permission bits")
def test_ensure_leaves_existing_folder_permissions_alone(tmp_path: Path) -> None:
    paths = AppPaths.under(tmp_path)
    paths.config_dir.mkdir()
    paths.config_dir.chmod(0o750)
    paths.ensure()
    assert mode_of(paths.config_dir) == 0o750


def test_ensure_names_the_folder_when_a_file_is_in_the_way(tmp_path: Path) -> None:
    paths = AppPaths.under(tmp_path)
    paths.data_dir.write_text("not a folder")
    with pytest.raises(AppPathsError) as caught:
        paths.ensure()
    error = caught.value
    assert isinstance(error, OSError)
    assert error.filename == str(paths.data_dir)
    assert str(paths.data_dir) in str(error)
    assert str(error).startswith("Cramp Timer cannot use the folder")
    assert "Errno" not in str(error)


def test_ensure_names_the_folder_when_a_parent_is_a_file(tmp_path: Path) -> None:
    (tmp_path / "blocker").write_text("")
    paths = AppPaths.under(tmp_path / "blocker")
    with pytest.raises(AppPathsError, match="blocker"):
        paths.ensure()


@pytest.mark.skipif(os.name == "nt", reason="POSIX permission bits")
def test_ensure_reports_a_folder_it_cannot_write(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Simulated: tests may run as root, who can write anywhere.
    paths = AppPaths.under(tmp_path)
    paths.ensure()
    real_access = os.access

    def no_write_to_cache(path: object, mode: int) -> bool:
        if Path(str(path)) == paths.cache_dir:
            return False
        return real_access(path, mode)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "access", no_write_to_cache)
    with pytest.raises(AppPathsError, match="cache"):
        paths.ensure()


def test_ensure_each_names_every_unusable_folder_and_makes_the_rest(tmp_path: Path) -> None:
    paths = AppPaths.under(tmp_path)
    paths.cache_dir.write_text("not a folder")
    paths.state_dir.write_text("not a folder either")
    problems = paths.ensure_each()
    assert [problem.filename for problem in problems] == [str(paths.cache_dir),
                                                          str(paths.state_dir)]
    assert paths.config_dir.is_dir() and paths.data_dir.is_dir()


@pytest.mark.skipif(os.name == "nt" or os.geteuid() == 0,
                    reason="root may write anywhere, so nothing is read-only to it")
def test_ensure_each_reports_a_read_only_folder(tmp_path: Path) -> None:
    paths = AppPaths.under(tmp_path)
    paths.ensure()
    paths.cache_dir.chmod(0o500)
    try:
        problems = paths.ensure_each()
    finally:
        paths.cache_dir.chmod(0o700)
    assert [problem.filename for problem in problems] == [str(paths.cache_dir)]
    assert "Permission denied" in str(problems[0])


@pytest.mark.skipif(os.name == "nt", reason="POSIX permission bits")
def test_an_unusable_cache_is_replaced_by_a_private_temporary_one(tmp_path: Path) -> None:
    from cramp_timer.storage.paths import folder_notice

    paths = AppPaths.under(tmp_path)
    paths.cache_dir.write_text("not a folder")
    problems = paths.ensure_each()
    usable = paths.with_private_cache(problems)
    assert usable.cache_dir != paths.cache_dir
    assert usable.cache_dir.is_dir() and mode_of(usable.cache_dir) == 0o700
    assert replace(usable, cache_dir=paths.cache_dir) == paths
    notice = folder_notice(list(problems))
    assert str(paths.cache_dir) in notice and "Check setup" in notice
    assert paths.with_private_cache([]) is paths
    assert folder_notice([]) == ""
