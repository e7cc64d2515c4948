"""A crash keeps what happened; a diary that cannot be written keeps the night's entries
and writes them later (issue 18, points 1 and 2), on real diary files."""

from __future__ import annotations

import json

import pytest
from fakes import FullDisk, RecordingSpeaker
from night_steps import advance
from pytestqt.qtbot import QtBot

from cramp_timer.app import CrampTimer
from cramp_timer.core.aftercare import MASSAGE_SAFETY_SECONDS
from cramp_timer.core.clock import FakeClock
from cramp_timer.storage.diary import CrampOutcome, Diary, FollowupKind
from cramp_timer.storage.paths import AppPaths


def read_back(paths: AppPaths) -> list:  # type: ignore[type-arg]
    with Diary.open(paths.diary_file) as other:  # another reader, as after a crash
        return other.cramps()


def test_the_stretch_time_is_on_disk_every_few_seconds_of_a_hold(
        timer: CrampTimer, paths: AppPaths, clock: FakeClock) -> None:
    timer.controller.start()
    advance(timer, clock, 5 + 20)  # the position step, then 20 s of the 45 s hold
    (entry,) = read_back(paths)
    assert entry.unfinished and entry.rounds == 1
    assert 17 <= entry.stretch_seconds <= 20  # a crash now loses at most ~3 s
    advance(timer, clock, 26)  # the hold has ended
    (entry,) = read_back(paths)
    assert entry.stretch_seconds == pytest.approx(45)


def test_follow_up_minutes_are_on_disk_while_the_timer_runs(
        timer: CrampTimer, paths: AppPaths, clock: FakeClock) -> None:
    timer.controller.start()
    advance(timer, clock, 51)
    timer.controller.better()
    timer.controller.followup(FollowupKind.MASSAGE)
    advance(timer, clock, MASSAGE_SAFETY_SECONDS + 62)  # past its safety line, a minute in
    (entry,) = read_back(paths)
    assert entry.outcome is CrampOutcome.BETTER
    (care,) = entry.followups
    assert care.kind is FollowupKind.MASSAGE and care.minutes >= 1.0


def test_a_full_disk_keeps_the_night_pending_and_writes_it_later(
        qtbot: QtBot, paths: AppPaths, clock: FakeClock, speaker: RecordingSpeaker) -> None:
    app = CrampTimer(paths, clock, speaker)
    qtbot.addWidget(app.window)
    diary = app.journal.diary
    assert diary is not None
    disk = FullDisk(diary._db)
    diary._db = disk  # type: ignore[assignment]
    app.controller.start()
    advance(app, clock, 51)
    app.controller.better()
    pending = paths.config_dir / "diary-pending.json"
    assert "disk is full" in app.window.notice_text.text()
    assert app.window.notice_text.text().count("disk is full") == 1  # said once
    assert read_back(paths) == []
    saved = json.loads(pending.read_text())
    assert saved["entries"][0]["outcome"] == "better"
    disk.full = False  # room again: the next write takes everything
    app.controller.finish_care()
    app.controller.rate(6, None)
    (entry,) = read_back(paths)
    assert entry.outcome is CrampOutcome.BETTER and entry.severity == 6
    assert entry.stretch_seconds == pytest.approx(45)
    assert not pending.exists()
    app.shutdown()


def test_entries_pending_when_the_app_ended_are_written_at_the_next_start(
        qtbot: QtBot, paths: AppPaths, clock: FakeClock, speaker: RecordingSpeaker) -> None:
    app = CrampTimer(paths, clock, speaker)
    qtbot.addWidget(app.window)
    diary = app.journal.diary
    assert diary is not None
    diary._db = FullDisk(diary._db)  # type: ignore[assignment]
    app.controller.start()
    advance(app, clock, 51)
    app.controller.stop()
    app.shutdown()
    assert read_back(paths) == []
    again = CrampTimer(paths, clock, speaker)
    qtbot.addWidget(again.window)
    (entry,) = read_back(paths)
    assert entry.outcome is CrampOutcome.STOPPED and entry.stretch_seconds == pytest.approx(45)
    assert not (paths.config_dir / "diary-pending.json").exists()
    again.shutdown()


def test_a_diary_folder_that_cannot_be_used_keeps_the_night_until_it_can(
        qtbot: QtBot, paths: AppPaths, clock: FakeClock, speaker: RecordingSpeaker) -> None:
    import shutil

    shutil.rmtree(paths.data_dir)
    paths.data_dir.write_text("a file where the data folder should be")
    app = CrampTimer(paths, clock, speaker)
    qtbot.addWidget(app.window)
    assert "kept and written" in app.window.notice_text.text()
    app.controller.start()
    advance(app, clock, 51)
    app.controller.better()
    assert app.journal.pending == 1
    paths.data_dir.unlink()
    paths.data_dir.mkdir()
    advance(app, clock, 31)
    assert app.journal.retry()
    (entry,) = read_back(paths)
    assert entry.outcome is CrampOutcome.BETTER
    app.shutdown()
