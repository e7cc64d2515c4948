"""A diary row the app cannot read (a bad date, an unknown outcome) is skipped and noted as
damaged; the history, the CSV export and the doctor's summary still work (issue 18)."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from cramp_timer.core.clock import FakeClock
from cramp_timer.flows.history_source import HistorySource
from cramp_timer.storage.diary import CrampOutcome, Diary, FollowupKind, RoutineOutcome

NOW = datetime(2026, 3, 1, 3, 0, tzinfo=timezone.utc)


@pytest.fixture
def diary_file(tmp_path: Path) -> Path:
    path = tmp_path / "diary.sqlite3"
    with Diary.open(path) as diary:
        for night in range(3):  # three good sessions, one routine run
            moment = NOW - timedelta(days=night)
            entry = diary.start_cramp(moment, "seated", 45)
            diary.finish_cramp(entry, moment + timedelta(minutes=2), CrampOutcome.BETTER, 1,
                               45.0, False)
            diary.add_followup(entry, FollowupKind.HEAT, 10.0)
        run = diary.start_routine(NOW - timedelta(hours=5), "Bedtime stretch")
        diary.finish_routine(run, NOW - timedelta(hours=4), RoutineOutcome.DONE)
    # rows another tool wrote past the rules (CHECK constraints off)
    db = sqlite3.connect(path)
    db.execute("PRAGMA ignore_check_constraints = ON")
    micros = int((NOW - timedelta(hours=1)).timestamp() * 1_000_000)
    db.execute("INSERT INTO cramp_sessions (started_at, started_us, variant, hold_seconds)"
               " VALUES ('the night before', ?, 'seated', 45)", (micros,))
    db.execute("INSERT INTO cramp_sessions (started_at, started_us, variant, hold_seconds,"
               " outcome, ended_at, ended_us) VALUES (?, ?, 'seated', 45, 'exploded', ?, ?)",
               (NOW.isoformat(), micros + 1, NOW.isoformat(), micros + 2))
    db.execute("INSERT INTO cramp_followups (cramp_id, kind, minutes) VALUES (1, 'lava', 3)")
    db.execute("INSERT INTO routine_runs (started_at, started_us, routine_name, outcome)"
               " VALUES ('2026-02-30T22:00:00+00:00', ?, 'x', 'done')", (micros,))
    db.execute("INSERT INTO reminders (night, outcome) VALUES ('2026-02-28', 'forgotten')")
    db.commit()
    db.close()
    return path


def test_damaged_rows_are_skipped_and_noted_and_the_good_ones_read(diary_file: Path) -> None:
    with Diary.open(diary_file) as diary:
        cramps = diary.cramps()
        assert [entry.outcome for entry in cramps] == [CrampOutcome.BETTER] * 3
        assert all(len(entry.followups) == 1 for entry in cramps)  # "lava" left out
        assert len(diary.routine_runs()) == 1
        assert diary.reminder_marks() == []
        nights = diary.nights(NOW.date() - timedelta(days=4), NOW.date(), timezone.utc)
        assert sum(n.cramp_count for n in nights) == 4  # the bad outcome still has a date
        assert {table for table, _key in diary.damaged} == {
            "cramp_sessions", "cramp_followups", "routine_runs", "reminders"}


def test_history_csv_and_the_summary_survive_a_damaged_row(diary_file: Path,
                                                           tmp_path: Path) -> None:
    with Diary.open(diary_file) as diary:
        source = HistorySource(diary, FakeClock(NOW), timezone.utc)
        history = source.load()
        assert history.overall.cramps == 3
        from cramp_timer.core.report import build_report
        from cramp_timer.ui.report_pdf import report_html  # the doctor's summary's text

        report = build_report(diary, timezone.utc, NOW.date())
        assert report.cramps and "<" in report_html(report)
        assert source.export_csv(tmp_path / "out.csv") == 3
        assert source.night(NOW.date() - timedelta(days=1)) is not None
        assert diary.damaged  # what the window says
    before = diary_file.read_bytes()
    with Diary.open(diary_file) as again:  # nothing was deleted or changed by reading
        again.cramps()
    assert diary_file.read_bytes() == before
