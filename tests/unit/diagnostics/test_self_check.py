"""The self-check on real folders, a real diary file and real helper processes."""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
import sys
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from sound import missing_tools, private_pulse

from cramp_timer.diagnostics.self_check import (
    Check,
    Report,
    Status,
    check_diary,
    check_folders,
    check_sound,
    check_speech,
    format_report,
    run_self_check,
)
from cramp_timer.storage.diary import DIARY_VERSION, CrampOutcome, Diary
from cramp_timer.storage.paths import AppPaths

T0 = datetime(2026, 1, 15, 3, 12, 9, tzinfo=timezone(timedelta(hours=1)))
as_root = os.geteuid() == 0


def by_name(report: Report) -> dict[str, Check]:
    return {check.name: check for check in report.checks}


def offscreen_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "CRAMP_TIMER_SPEECH_NO_ENGINE"}
    env["QT_QPA_PLATFORM"] = "offscreen"
    env.update(extra)
    return env


def snapshot(root: Path) -> dict[str, tuple[int, int, bytes]]:
    """Every file and folder under root with its mode, size and (for files) content."""
    out = {}
    for path in sorted(root.rglob("*")):
        info = path.lstat()
        content = path.read_bytes() if path.is_file() else b""
        out[str(path.relative_to(root))] = (info.st_mode, info.st_size, content)
    return out


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    return AppPaths.under(tmp_path / "app")


def make_diary(path: Path, cramps: int) -> None:
    with Diary.open(path) as diary:
        for i in range(cramps):
            cramp = diary.start_cramp(T0 + timedelta(days=i), "seated", 45)
            diary.finish_cramp(
                cramp, T0 + timedelta(days=i, minutes=2), CrampOutcome.BETTER, 1, 45.0, False
            )


# ----------------------------------------------------------------------- the whole report


def test_a_fresh_computer_passes_and_nothing_is_created(paths: AppPaths, tmp_path: Path) -> None:
    report = run_self_check(paths, env=offscreen_env())
    checks = by_name(report)
    assert report.ok and report.exit_code() == 0, format_report(report)
    assert [c.name for c in report.checks] == [
        "Qt platform",
        "System tray",
        "Notifications",
        "Speech",
        "Sound",
        "Chinese font",
        "Settings folder",
        "Diary folder",
        "Cache folder",
        "Log folder",
        "Diary",
    ]
    assert checks["Qt platform"].status is Status.WARN  # offscreen: nothing visible
    assert checks["Qt platform"].found.startswith("offscreen (Qt 6.")
    for name in ("Settings folder", "Diary folder", "Cache folder", "Log folder"):
        assert checks[name].status is Status.OK
        assert "when Cramp Timer first starts" in checks[name].found
    assert checks["Diary"].found == "none yet; it is made at the first cramp"
    assert not (tmp_path / "app").exists()  # a check changes nothing
    # every problem comes with one line saying how to fix it
    for check in report.checks:
        assert (check.status is Status.OK) == (check.fix == ""), check
        assert "\n" not in check.found + check.fix


def test_the_report_prints_one_line_per_check_and_a_fix_under_each_problem() -> None:
    report = Report(
        checks=(
            Check("Qt platform", Status.OK, "xcb"),
            Check("Sound", Status.WARN, "aplay is missing", "sudo apt install alsa-utils"),
            Check("Diary", Status.FAIL, "damaged", "mv a b"),
        ),
        seconds=1.26,
    )
    assert format_report(report).splitlines() == [
        "Cramp Timer 0.1.0: checking this computer",
        "ok    Qt platform: xcb",
        "warn  Sound: aplay is missing",
        "      fix: sudo apt install alsa-utils",
        "FAIL  Diary: damaged",
        "      fix: mv a b",
        "Cramp Timer cannot work yet: fix the FAIL lines (1 failed, 1 warnings, 1.3 s).",
    ]
    assert not report.ok and report.exit_code() == 1
    warned = Report(checks=report.checks[:2], seconds=0.5)
    assert warned.ok and warned.exit_code() == 0
    assert format_report(warned).splitlines()[-1] == (
        "Cramp Timer can do its job (0 failed, 1 warnings, 0.5 s)."
    )


def test_no_display_fails_and_says_how_to_fix_it(paths: AppPaths) -> None:
    env = {
        k: v
        for k, v in offscreen_env().items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    report = run_self_check(paths, env=env)
    checks = by_name(report)
    assert report.exit_code() == 1
    qt = checks["Qt platform"]
    assert qt.status is Status.FAIL
    assert qt.found == "no display: DISPLAY and WAYLAND_DISPLAY are not set"
    assert "desktop session" in qt.fix
    assert checks["System tray"].found == "not checked, because Qt did not start"
    assert checks["Speech"].status is not Status.FAIL  # the rest is still checked


def test_helpers_that_hang_are_stopped_at_the_time_limit(paths: AppPaths, tmp_path: Path) -> None:
    """A 'python' that never answers: the check ends at its time limit and kills it."""
    pid_dir = tmp_path / "pids"
    pid_dir.mkdir()
    hanging = tmp_path / "hanging-python"
    hanging.write_text(f'#!/bin/sh\necho $$ > "{pid_dir}/$$"\nexec sleep 600\n')
    hanging.chmod(0o755)
    report = run_self_check(paths, env=offscreen_env(), python=str(hanging), timeout=1.0)
    checks = by_name(report)
    assert checks["Qt platform"].status is Status.FAIL
    assert checks["Qt platform"].found.startswith("Qt did not start within")
    assert checks["Speech"].status is Status.WARN
    assert "did not start within" in checks["Speech"].found
    pids = [int(p.name) for p in pid_dir.iterdir()]
    assert len(pids) >= 2  # the Qt probe and the speech worker both ran ...
    for pid in pids:  # ... and neither outlived the check
        assert (
            not Path(f"/proc/{pid}").exists()
            or "zombie" in Path(f"/proc/{pid}/status").read_text().lower()
        )


# ----------------------------------------------------------------------- folders


def test_private_folders_and_files_pass(paths: AppPaths) -> None:
    paths.ensure()
    paths.settings_file.write_text("{}")
    paths.settings_file.chmod(0o600)
    assert all(check.status is Status.OK for check in check_folders(paths))


def test_folders_and_files_others_can_read_are_warned_about(paths: AppPaths) -> None:
    paths.ensure()
    paths.config_dir.chmod(0o755)
    paths.settings_file.write_text("{}")
    paths.settings_file.chmod(0o644)
    make_diary(paths.diary_file, 1)
    paths.diary_file.chmod(0o640)
    settings, data, cache, state = check_folders(paths)
    assert settings.status is Status.WARN
    assert settings.found == (
        f"others can open {paths.config_dir} (mode 0755); "
        f"others can read {paths.settings_file} (mode 0644)"
    )
    assert settings.fix == f"chmod 700 {paths.config_dir} && chmod 600 {paths.settings_file}"
    assert data.status is Status.WARN
    assert data.fix == f"chmod 600 {paths.diary_file}"
    assert cache.status is Status.OK and state.status is Status.OK


def test_a_file_in_the_way_of_a_folder_fails(tmp_path: Path) -> None:
    blocker = tmp_path / "home"
    blocker.write_text("not a folder")
    paths = AppPaths.under(blocker / "cramp")
    checks = check_folders(paths)
    assert all(check.status is Status.FAIL for check in checks)
    assert checks[0].found == (
        f"{paths.config_dir} cannot be made, because {blocker} is a file, not a folder"
    )
    assert checks[0].fix == f"Move the file out of the way: mv {blocker} {blocker}.old"
    report = run_self_check(paths, env=offscreen_env())
    assert report.exit_code() == 1


def test_a_file_where_the_folder_should_be_fails(paths: AppPaths) -> None:
    paths.ensure()
    shutil.rmtree(paths.data_dir)
    paths.data_dir.write_text("oops")
    data = check_folders(paths)[1]
    assert data.status is Status.FAIL
    assert data.found == f"{paths.data_dir} is not a folder"


@pytest.mark.skipif(not as_root, reason="only root can give a folder to another user")
def test_a_folder_of_another_user_is_named(paths: AppPaths) -> None:
    paths.ensure()
    os.chown(paths.config_dir, 65534, 65534)
    settings = check_folders(paths)[0]
    # root can still write there, so it is a warning; the fix gives it back
    assert settings.status is Status.WARN
    assert settings.found.startswith(f"{paths.config_dir} belongs to ")
    assert settings.fix == f"sudo chown -R root {paths.config_dir}"


@pytest.mark.skipif(as_root, reason="root may write anywhere, so nothing is read-only to it")
def test_a_folder_you_cannot_write_fails(paths: AppPaths) -> None:
    paths.ensure()
    paths.data_dir.chmod(0o500)
    try:
        data = check_folders(paths)[1]
    finally:
        paths.data_dir.chmod(0o700)
    assert data.status is Status.FAIL
    assert data.found == f"you cannot write in {paths.data_dir}"


# ----------------------------------------------------------------------- diary


def test_a_good_diary_is_counted_and_left_as_it_was(tmp_path: Path) -> None:
    path = tmp_path / "diary.sqlite3"
    make_diary(path, 3)
    before = snapshot(tmp_path)
    check = check_diary(path)
    assert check == Check(
        "Diary", Status.OK, "3 cramps and 0 bedtime routines recorded; every page checked"
    )
    assert snapshot(tmp_path) == before


def test_a_diary_in_use_by_the_app_is_checked_too(tmp_path: Path) -> None:
    path = tmp_path / "diary.sqlite3"
    with Diary.open(path) as diary:
        diary.start_cramp(T0, "standing", 30)  # not finished: the app is mid-session
        assert check_diary(path).found.startswith("1 cramps and 0 bedtime routines")


def test_a_file_that_is_no_database_fails(tmp_path: Path) -> None:
    path = tmp_path / "diary.sqlite3"
    path.write_bytes(b"these are my notes, not a database\n" * 200)
    before = path.read_bytes()
    check = check_diary(path)
    assert check.status is Status.FAIL
    assert check.found.startswith(f"{path} is damaged or not a diary (")
    assert check.fix == (
        f"Move it aside and Cramp Timer starts a new diary: mv {path} {path}.damaged"
    )
    assert path.read_bytes() == before


@pytest.mark.parametrize(
    ("page", "fill", "found"),
    [
        (2, 0x00, "is damaged: Page 2: btreeInitPage() returns error code 11; Page "),
        (12, 0xA5, "is damaged or not a diary (database disk image is malformed)"),
    ],
)
def test_a_damaged_page_fails(tmp_path: Path, page: int, fill: int, found: str) -> None:
    """Page 2 holds the root of the cramp table (SQLite's integrity check lists what is
    wrong); page 12 is one of its leaves (reading it fails outright)."""
    path = tmp_path / "diary.sqlite3"
    make_diary(path, 300)
    page_size = 4096
    with path.open("r+b") as stream:
        stream.seek((page - 1) * page_size)
        stream.write(bytes([fill]) * page_size)
    check = check_diary(path)
    assert check.status is Status.FAIL
    assert check.found.startswith(f"{path} {found}")
    assert "\n" not in check.found
    assert check.fix == (
        f"Move it aside and Cramp Timer starts a new diary: mv {path} {path}.damaged"
    )


def test_a_diary_from_a_newer_version_fails(tmp_path: Path) -> None:
    path = tmp_path / "diary.sqlite3"
    make_diary(path, 1)
    db = sqlite3.connect(path)
    db.execute(f"PRAGMA user_version = {DIARY_VERSION + 1}")
    db.close()
    check = check_diary(path)
    assert check.status is Status.FAIL
    assert check.found.startswith(
        f"written by a newer Cramp Timer (diary format {DIARY_VERSION + 1}"
    )
    assert check.fix == "Install the newest Cramp Timer."


def test_no_diary_or_an_empty_one_is_fine(tmp_path: Path) -> None:
    path = tmp_path / "diary.sqlite3"
    assert check_diary(path).status is Status.OK
    path.touch()
    assert check_diary(path).status is Status.OK


# ----------------------------------------------------------------------- speech and sound


def test_no_speech_engine_is_a_warning_with_the_fix() -> None:
    check = check_speech(offscreen_env(CRAMP_TIMER_SPEECH_NO_ENGINE="1"))
    assert check.status is Status.WARN
    assert check.found == (
        "no voice (Spoken cues need the espeak-ng speech engine, which "
        "could not be loaded (CRAMP_TIMER_SPEECH_NO_ENGINE is set)); cues "
        "are shown as captions, with a chime"
    )
    assert check.fix == "Install the speech engine: sudo apt install espeak-ng"


def test_no_speech_engine_still_lets_cramp_now_work(paths: AppPaths) -> None:
    report = run_self_check(paths, env=offscreen_env(CRAMP_TIMER_SPEECH_NO_ENGINE="1"))
    assert by_name(report)["Speech"].status is Status.WARN
    assert report.exit_code() == 0


@pytest.mark.engine
@pytest.mark.parametrize(("extra", "engine"), [
    ({}, "Piper en_US-joe-medium"),
    ({"CRAMP_TIMER_SPEECH_NO_PIPER": "1"}, "espeak-ng default"),
])
def test_the_real_engine_renders_a_test_phrase(extra: dict[str, str], engine: str) -> None:
    check = check_speech(offscreen_env(**extra), timeout=30)
    assert check.status is Status.OK, check
    assert check.found.startswith(f"{engine} (")
    voices = int(check.found.split("(")[1].split()[0])
    seconds = float(check.found.split("became ")[1].split(" s")[0])
    assert voices > 1  # the Piper voice and espeak-ng's
    assert 0.5 < seconds < 5.0


@pytest.mark.engine
def test_a_missing_natural_voice_is_a_warning_with_the_fix(tmp_path: Path) -> None:
    fake = tmp_path / "piper"
    fake.mkdir()
    (fake / "__init__.py").write_text("raise ImportError('No module named piper')\n")
    check = check_speech(offscreen_env(PYTHONPATH=str(tmp_path)), timeout=30)
    assert check.status is Status.WARN, check
    assert check.found.startswith(
        "The natural voice is off (Piper is not installed: No module named piper), so the "
        "plainer espeak-ng voice speaks; a test phrase became ")
    assert check.fix == "To get it back, run Cramp Timer's setup again (./run.sh) or reinstall it."


def test_no_aplay_on_the_path_is_a_warning(tmp_path: Path) -> None:
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    check = check_sound(offscreen_env(PATH=str(bin_dir)))
    assert check.status is Status.WARN
    assert check.found.startswith("aplay is missing")
    assert check.fix == "Install it: sudo apt install alsa-utils"


def test_no_sound_server_and_no_card_is_a_warning(tmp_path: Path) -> None:
    """A player but nothing to play to: pactl finds no server, the 'aplay -l' finds no card."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    for tool in ("aplay", "pactl"):
        fake = bin_dir / tool
        fake.write_text("#!/bin/sh\necho 'no soundcards found...' >&2\nexit 1\n")
        fake.chmod(stat.S_IRWXU)
    env = offscreen_env(PATH=str(bin_dir), XDG_RUNTIME_DIR=str(tmp_path / "run"))
    check = check_sound(env)
    assert check.status is Status.WARN
    assert check.found.startswith("no sound server or sound card answered")


@pytest.fixture
def pulse(tmp_path: Path) -> Iterator[dict[str, str]]:
    if missing_tools():
        pytest.skip(f"needs {', '.join(missing_tools())} (scripts/setup.sh --tests)")
    with private_pulse(tmp_path / "pulse") as server:
        yield server.client_env


def test_a_running_sound_server_passes(pulse: dict[str, str]) -> None:
    check = check_sound(offscreen_env(**pulse))
    assert check.status is Status.OK, check
    assert check.found.startswith("aplay plays through the sound server ")


def test_the_player_variable_is_honoured(tmp_path: Path) -> None:
    check = check_sound(offscreen_env(CRAMP_TIMER_SPEECH_PLAYER="no-such-player-here"))
    assert check.found.startswith("no-such-player-here is missing")


def test_self_check_runs_where_python_is_not_on_the_path(paths: AppPaths, tmp_path: Path) -> None:
    """The helpers are started with the interpreter's full path, not 'python' from PATH."""
    (tmp_path / "empty").mkdir()
    report = run_self_check(
        paths, env=offscreen_env(PATH=str(tmp_path / "empty")), python=sys.executable
    )
    assert by_name(report)["Qt platform"].status is Status.WARN  # offscreen, but it started


def test_a_diary_moved_aside_and_entries_waiting_are_reported(tmp_path: Path) -> None:

    from cramp_timer.diagnostics.self_check import check_diary_kept
    from cramp_timer.storage.diary_keeper import open_diary

    paths = AppPaths.under(tmp_path)
    paths.ensure()
    assert check_diary_kept(paths) == ()
    paths.diary_file.write_bytes(b"garbage" * 100)
    opened = open_diary(paths.diary_file, datetime(2026, 12, 3, tzinfo=timezone.utc))
    assert opened.diary is not None
    opened.diary.close()
    (paths.config_dir / "diary-pending.json").write_text("{}")
    aside, waiting = check_diary_kept(paths)
    assert aside.status is Status.WARN and str(opened.set_aside) in aside.found
    assert "rm " in aside.fix
    assert waiting.status is Status.WARN and "diary-pending.json" in waiting.found


def _fake_fc_list(folder: Path, families: str) -> dict[str, str]:
    """A PATH whose fc-list prints `families` (as `fc-list :lang=zh family` does)."""
    folder.mkdir()
    script = folder / "fc-list"
    script.write_text(f"#!/bin/sh\nprintf '%s' '{families}'\n")
    script.chmod(0o755)
    return {"PATH": str(folder)}


def test_a_missing_chinese_font_warns_only_where_chinese_is_wanted(tmp_path: Path) -> None:
    from cramp_timer.diagnostics.self_check import check_chinese_font

    none = _fake_fc_list(tmp_path / "none", "")
    wanted = check_chinese_font(none, "zh_CN")
    assert wanted.status is Status.WARN and "fonts-wqy-microhei" in wanted.fix
    assert check_chinese_font({**none, "LANG": "zh_CN.UTF-8"}, "").status is Status.WARN
    assert check_chinese_font({**none, "LANG": "zh_CN.UTF-8"}, "en").status is Status.OK
    assert check_chinese_font(none, "de").status is Status.OK
    one = _fake_fc_list(tmp_path / "one", "WenQuanYi Micro Hei,文泉驿微米黑\n")
    found = check_chinese_font(one, "zh_CN")
    assert found.status is Status.OK and "WenQuanYi Micro Hei" in found.found
