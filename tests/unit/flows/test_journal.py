"""The journal writes the controller's events to a real diary file as they happen and
keeps what cannot be written yet (no window: the events are built here)."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from fakes import FullDisk

from cramp_timer.core.clock import FakeClock
from cramp_timer.core.night import (
    CrampCancelled,
    CrampEnded,
    FollowupEnded,
    Rated,
    RoutineEnded,
    RoutineStarted,
)
from cramp_timer.core.records import CrampOutcome, Leg, ReminderOutcome, RoutineOutcome
from cramp_timer.flows.journal import SessionJournal
from cramp_timer.storage.diary import Diary, FollowupKind
from cramp_timer.storage.diary_keeper import DiaryKeeper, PendingFile
from cramp_timer.storage.settings import Settings

NIGHT = datetime(2026, 12, 4, 3, 10).astimezone()


class Files:
    def __init__(self, folder: Path) -> None:
        self.diary = folder / "diary.sqlite3"
        self.pending = folder / "diary-pending.json"
        self.told: list[str] = []

    def journal(self, clock: FakeClock) -> SessionJournal:
        keeper = DiaryKeeper(self.diary, clock, self.told.append)
        return SessionJournal(keeper, clock, PendingFile(self.pending))

    def full_disk_journal(self, clock: FakeClock) -> tuple[SessionJournal, FullDisk]:
        """A journal whose diary's writes fail as on a full disk, until ``full`` is False."""
        journal = self.journal(clock)
        diary = journal.diary
        assert diary is not None
        disk = FullDisk(diary._db)
        diary._db = disk  # type: ignore[assignment]
        return journal, disk

    def cramps(self) -> list:  # type: ignore[type-arg]
        with Diary.open(self.diary) as other:  # another reader, as after a crash
            return other.cramps()


@pytest.fixture
def files(tmp_path: Path) -> Files:
    return Files(tmp_path)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(NIGHT)


def test_a_night_is_written_as_it_happens(files: Files, clock: FakeClock) -> None:
    journal = files.journal(clock)
    journal.started(Settings().with_changes(hold_seconds=30))
    (entry,) = files.cramps()  # on disk the moment the stretch starts
    assert entry.unfinished and entry.hold_seconds == 30
    clock.advance(40)
    journal.ended(CrampEnded(CrampOutcome.BETTER, 1, 30.0, red_flags_shown=True))
    journal.followup(FollowupEnded(FollowupKind.HEAT, 10.0))
    journal.rated(Rated(6, Leg.LEFT))
    (entry,) = files.cramps()
    assert entry.outcome is CrampOutcome.BETTER and not entry.unfinished
    assert entry.ended_at - entry.started_at == timedelta(seconds=40)
    assert entry.red_flags_shown and entry.severity == 6 and entry.leg is Leg.LEFT
    assert [(care.kind, care.minutes) for care in entry.followups] == [(FollowupKind.HEAT, 10.0)]
    assert journal.pending == 0 and not files.pending.exists()
    journal.close()


def test_not_a_cramp_removes_the_entry(files: Files, clock: FakeClock) -> None:
    journal = files.journal(clock)
    journal.started(Settings())
    assert len(files.cramps()) == 1
    journal.cancelled(CrampCancelled())
    assert files.cramps() == []
    journal.close()


def test_routines_and_reminders_are_written(files: Files, clock: FakeClock) -> None:
    journal = files.journal(clock)
    journal.routine_started(RoutineStarted("Bedtime stretch"))
    clock.advance(300)
    journal.routine_ended(RoutineEnded("Bedtime stretch", RoutineOutcome.DONE))
    journal.reminder(date(2026, 12, 3), ReminderOutcome.SNOOZED)
    with Diary.open(files.diary) as diary:
        (run,) = diary.routine_runs()
        (reminder,) = diary.reminders(date(2026, 12, 1), date(2026, 12, 5))
    assert run.routine_name == "Bedtime stretch" and run.outcome is RoutineOutcome.DONE
    assert reminder.night == date(2026, 12, 3) and reminder.outcome is ReminderOutcome.SNOOZED
    journal.close()


def test_a_full_disk_keeps_the_entry_pending_then_writes_it_whole(
        files: Files, clock: FakeClock) -> None:
    journal, disk = files.full_disk_journal(clock)
    journal.started(Settings())
    journal.ended(CrampEnded(CrampOutcome.STOPPED, 2, 90.0, red_flags_shown=False))
    assert journal.pending == 1 and files.cramps() == []
    assert len(files.told) == 1 and "full" in files.told[0]  # said once, in plain words
    saved = json.loads(files.pending.read_text())
    assert saved["entries"][0]["outcome"] == "stopped"
    disk.full = False
    assert journal.retry()
    (entry,) = files.cramps()
    assert entry.outcome is CrampOutcome.STOPPED and entry.rounds == 2
    assert not files.pending.exists()
    journal.close()


def test_what_was_pending_at_the_end_is_written_by_the_next_journal(
        files: Files, clock: FakeClock) -> None:
    journal, _disk = files.full_disk_journal(clock)
    journal.started(Settings())
    journal.rated(Rated(4, None))
    journal.close()
    assert files.cramps() == []
    again = files.journal(clock)  # the next start
    (entry,) = files.cramps()
    assert entry.severity == 4 and entry.unfinished
    assert again.pending == 0 and not files.pending.exists()
    again.close()


def test_a_broken_pending_file_loses_nothing_else(files: Files, clock: FakeClock) -> None:
    files.pending.write_text(json.dumps({"diary": "", "entries": [
        {"kind": "nonsense"},
        {"kind": "reminder", "night": "2026-12-02", "outcome": "skipped"}]}))
    journal = files.journal(clock)
    with Diary.open(files.diary) as diary:
        (reminder,) = diary.reminders(date(2026, 12, 1), date(2026, 12, 5))
    assert reminder.outcome is ReminderOutcome.SKIPPED
    journal.close()
