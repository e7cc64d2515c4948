"""The history snapshots: pure functions on diary rows, and HistorySource on a real diary."""

from __future__ import annotations

import csv
import sqlite3
from collections.abc import Iterator
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cramp_timer.core import history
from cramp_timer.core.clock import FakeClock
from cramp_timer.core.history import (
    CHART_NIGHTS,
    ChartPoint,
    FollowupUse,
    NightRow,
    Outcomes,
    RedFlagEvent,
    build_history,
    chart_series,
    night_of_micros,
    night_rows,
    summarise,
    week_bounds,
)
from cramp_timer.core.marks import CrampMark, ReminderMark, RoutineMark
from cramp_timer.flows.history_source import HistorySource
from cramp_timer.storage.diary import (
    CrampEntry,
    CrampOutcome,
    Diary,
    Followup,
    FollowupKind,
    Leg,
    ReminderOutcome,
    RoutineEntry,
    RoutineOutcome,
    UnknownEntry,
    night_of,
)
from unit.storage.test_diary import fill_synthetic

BERLIN = ZoneInfo("Europe/Berlin")
UTC = timezone.utc


def berlin(*args: int) -> datetime:
    return datetime(*args, tzinfo=BERLIN)  # type: ignore[misc]


def us(moment: datetime) -> int:
    return (moment - datetime(1970, 1, 1, tzinfo=UTC)) // timedelta(microseconds=1)


def entry(
    at: datetime,
    *,
    cramp_id: int = 1,
    outcome: CrampOutcome | None = CrampOutcome.BETTER,
    finished: bool = True,
    severity: int | None = None,
    red_flags: bool = False,
    followups: tuple[Followup, ...] = (),
    variant: str = "seated",
) -> CrampEntry:
    return CrampEntry(
        id=cramp_id,
        started_at=at,
        ended_at=at + timedelta(minutes=3) if finished else None,
        variant=variant,
        hold_seconds=45,
        rounds=2,
        stretch_seconds=90.0,
        outcome=outcome,
        red_flags_shown=red_flags,
        severity=severity,
        leg=Leg.LEFT if severity is not None else None,
        followups=followups,
    )


def run(at: datetime, outcome: RoutineOutcome | None, run_id: int = 1) -> RoutineEntry:
    ended = None if outcome is None else at + timedelta(minutes=3)
    return RoutineEntry(run_id, at, ended, "Standing", outcome)


# ---------------------------------------------------------------- nights


def test_night_rows_group_noon_to_noon_newest_first() -> None:
    cramps = [
        CrampMark(us(berlin(2026, 1, 15, 23, 40)), 4, False, True),
        CrampMark(us(berlin(2026, 1, 16, 3, 0)), 7, True, True),
        CrampMark(us(berlin(2026, 1, 16, 11, 59)), None, False, False),
        CrampMark(us(berlin(2026, 1, 16, 12, 0)), None, False, True),  # the next night
    ]
    runs = [
        RoutineMark(us(berlin(2026, 1, 15, 21, 0)), RoutineOutcome.STOPPED),
        RoutineMark(us(berlin(2026, 1, 15, 21, 30)), RoutineOutcome.DONE),
        RoutineMark(us(berlin(2026, 1, 15, 22, 0)), RoutineOutcome.PARTIAL),
        RoutineMark(us(berlin(2026, 1, 17, 22, 0)), None),  # started, never ended
    ]
    reminders = [
        ReminderMark(date(2026, 1, 15), ReminderOutcome.SNOOZED),
        ReminderMark(date(2026, 1, 15), ReminderOutcome.STARTED),
        ReminderMark(date(2026, 1, 20), ReminderOutcome.SKIPPED),
    ]
    rows = night_rows(cramps, runs, reminders, BERLIN)
    assert rows == (
        NightRow(date(2026, 1, 20), 0, None, False, 0, None, 0, (ReminderOutcome.SKIPPED,)),
        NightRow(date(2026, 1, 17), 0, None, False, 0, None, 1, ()),
        NightRow(date(2026, 1, 16), 1, None, False, 0, None, 0, ()),
        NightRow(
            date(2026, 1, 15),
            3,
            5.5,
            True,
            1,
            RoutineOutcome.DONE,
            3,
            (ReminderOutcome.SNOOZED, ReminderOutcome.STARTED),
            2,
            11,
        ),
    )
    assert [row.routine_done for row in rows] == [False, False, False, True]


def test_night_rows_of_nothing_is_empty() -> None:
    assert night_rows([], [], [], BERLIN) == ()


@settings(max_examples=300, deadline=None)
@given(
    instant=st.datetimes(
        min_value=datetime(1990, 1, 1), max_value=datetime(2060, 1, 1), timezones=st.just(UTC)
    ),
    zone=st.sampled_from(
        [
            BERLIN,
            ZoneInfo("America/New_York"),
            ZoneInfo("Asia/Kolkata"),
            ZoneInfo("Australia/Lord_Howe"),
            UTC,
            None,
        ]
    ),
)
def test_night_of_micros_agrees_with_night_of(instant: datetime, zone: ZoneInfo | None) -> None:
    assert night_of_micros(us(instant), zone) == night_of(instant, zone)


def test_night_of_micros_at_the_cut_off() -> None:
    noon = berlin(2026, 10, 24, 12, 0)
    assert night_of_micros(us(noon), BERLIN) == date(2026, 10, 24)
    assert night_of_micros(us(noon) - 1, BERLIN) == date(2026, 10, 23)


# ---------------------------------------------------------------- chart


def test_chart_has_42_nights_ending_today_oldest_first() -> None:
    today = date(2026, 2, 15)
    rows = (
        NightRow(date(2026, 2, 16), 9, 9.0, False, 0, None, 0, ()),  # after today: left out
        NightRow(today, 2, 6.5, False, 0, RoutineOutcome.DONE, 1, ()),
        NightRow(date(2026, 2, 1), 1, None, False, 0, RoutineOutcome.PARTIAL, 1, ()),
        NightRow(today - timedelta(days=41), 3, 2.0, False, 0, None, 0, ()),
        NightRow(today - timedelta(days=42), 5, 5.0, False, 0, None, 0, ()),  # too old
    )
    points = chart_series(rows, today)
    assert len(points) == CHART_NIGHTS == 42
    assert points[0] == ChartPoint(today - timedelta(days=41), 3, 2.0, False)
    assert points[-1] == ChartPoint(today, 2, 6.5, True)
    assert points[41 - 14] == ChartPoint(date(2026, 2, 1), 1, None, False)
    assert sum(p.cramp_count for p in points) == 6
    assert [p.night for p in points] == [today - timedelta(days=41 - i) for i in range(42)]
    with pytest.raises(ValueError, match="nights"):
        chart_series(rows, today, 0)


def test_week_bounds_are_seven_nights_ending_today() -> None:
    assert week_bounds(date(2026, 2, 15), 2) == [
        (date(2026, 2, 2), date(2026, 2, 8)),
        (date(2026, 2, 9), date(2026, 2, 15)),
    ]
    assert len(week_bounds(date(2026, 2, 15))) == 6
    with pytest.raises(ValueError, match="weeks"):
        week_bounds(date(2026, 2, 15), 0)


# ---------------------------------------------------------------- summaries


def test_summarise_counts_what_helped_and_red_flags() -> None:
    first, last = date(2026, 2, 9), date(2026, 2, 15)
    heat = Followup(FollowupKind.HEAT, 15.0)
    massage = Followup(FollowupKind.MASSAGE, 2.5)
    cramps = [
        entry(berlin(2026, 2, 9, 12, 0), severity=3, followups=(heat,)),  # first night, noon
        entry(
            berlin(2026, 2, 10, 3, 0),
            severity=8,
            outcome=CrampOutcome.STILL_CRAMPING,
            red_flags=True,
            followups=(heat, massage),
        ),
        entry(berlin(2026, 2, 10, 4, 0), outcome=CrampOutcome.STOPPED),
        entry(berlin(2026, 2, 14, 2, 0), outcome=None, finished=False),
        entry(berlin(2026, 2, 16, 11, 59), severity=10),  # night of the 15th
        entry(berlin(2026, 2, 9, 11, 59), severity=0),  # night of the 8th: outside
        entry(berlin(2026, 2, 16, 12, 0), severity=0),  # night of the 16th: outside
    ]
    runs = [
        run(berlin(2026, 2, 9, 22, 0), RoutineOutcome.DONE),
        run(berlin(2026, 2, 9, 23, 0), RoutineOutcome.DONE),  # same night: counted once
        run(berlin(2026, 2, 10, 22, 0), RoutineOutcome.PARTIAL),
        run(berlin(2026, 2, 11, 22, 0), None),
        run(berlin(2026, 2, 15, 22, 0), RoutineOutcome.DONE),
        run(berlin(2026, 2, 16, 22, 0), RoutineOutcome.DONE),  # outside
    ]
    period = summarise(cramps, runs, first, last, BERLIN)
    assert (period.first_night, period.last_night, period.nights) == (first, last, 7)
    assert (period.cramps, period.nights_with_cramps) == (5, 3)
    assert (period.rated, period.mean_severity) == (3, 7.0)
    assert (period.min_severity, period.max_severity) == (3, 10)
    assert period.outcomes == Outcomes(better=2, still_cramping=1, stopped=1, unfinished=1)
    assert period.followups == (
        FollowupUse(FollowupKind.HEAT, 2, 30.0),
        FollowupUse(FollowupKind.COLD, 0, 0.0),
        FollowupUse(FollowupKind.MASSAGE, 1, 2.5),
    )
    assert period.red_flags == (RedFlagEvent(date(2026, 2, 9), berlin(2026, 2, 10, 3, 0)),)
    assert period.routine_nights == 2


def test_summarise_shows_times_in_the_zone() -> None:
    at = datetime(2026, 2, 10, 2, 0, tzinfo=UTC)
    period = summarise([entry(at, red_flags=True)], [], date(2026, 2, 9), date(2026, 2, 9), BERLIN)
    [event] = period.red_flags
    assert event.started_at.utcoffset() == timedelta(hours=1)
    assert event.started_at.hour == 3


def test_summarise_nothing() -> None:
    period = summarise([], [], date(2026, 2, 9), date(2026, 2, 9), BERLIN)
    assert (period.cramps, period.rated, period.mean_severity, period.min_severity) == (
        0,
        0,
        None,
        None,
    )
    assert period.outcomes == Outcomes()
    assert all(use.times == 0 for use in period.followups)
    with pytest.raises(ValueError, match="last_night"):
        summarise([], [], date(2026, 2, 9), date(2026, 2, 8), BERLIN)


def test_build_history_puts_it_together() -> None:
    today = date(2026, 2, 15)
    cramps = [
        entry(berlin(2026, 2, 3, 3, 0), severity=4),
        entry(berlin(2026, 2, 16, 3, 0), severity=6, cramp_id=2),
    ]
    marks = [CrampMark(us(c.started_at), c.severity, False, True) for c in cramps]
    made = build_history(marks, [], [], cramps, [], today, BERLIN, weeks=6)
    assert made.today == today
    assert [row.night for row in made.nights] == [date(2026, 2, 15), date(2026, 2, 2)]
    assert len(made.chart) == 42 and len(made.weeks) == 6
    assert [week.cramps for week in made.weeks] == [0, 0, 0, 0, 1, 1]
    assert made.weeks[-1].last_night == today
    assert made.overall.first_night == made.weeks[0].first_night == today - timedelta(days=41)
    assert (made.overall.cramps, made.overall.mean_severity) == (2, 5.0)
    assert not made.empty


# ---------------------------------------------------------------- on a real diary


@pytest.fixture
def diary(tmp_path: Path) -> Iterator[Diary]:
    with Diary.open(tmp_path / "diary.sqlite3") as opened:
        yield opened


def test_source_loads_nights_and_details_from_the_diary(diary: Diary) -> None:
    a = diary.start_cramp(datetime(2026, 2, 14, 22, 30, tzinfo=UTC), "seated", 45)  # 23:30
    diary.add_followup(a, "heat", 15)
    diary.finish_cramp(a, datetime(2026, 2, 14, 22, 35, tzinfo=UTC), "better", 2, 90.0, False)
    diary.set_severity(a, 6, "right")
    b = diary.start_cramp(berlin(2026, 2, 15, 4, 0), "standing", 45)  # never finished
    done = diary.start_routine(berlin(2026, 2, 14, 21, 0), "Standing")
    diary.finish_routine(done, berlin(2026, 2, 14, 21, 3), "done")
    diary.record_reminder(date(2026, 2, 14), "started")
    diary.start_cramp(berlin(2026, 2, 10, 3, 0), "seated", 45)
    clock = FakeClock(berlin(2026, 2, 16, 2, 0))  # still the night of the 15th
    source = HistorySource(diary, clock, BERLIN)
    loaded = source.load()
    assert loaded.today == date(2026, 2, 15)
    assert [(r.night, r.cramp_count, r.unfinished, r.routine_done) for r in loaded.nights] == [
        (date(2026, 2, 14), 2, 1, True),
        (date(2026, 2, 9), 1, 1, False),
    ]
    assert loaded.nights[0].reminders == (ReminderOutcome.STARTED,)
    assert loaded.chart[-1].night == date(2026, 2, 15)
    assert loaded.chart[-2] == ChartPoint(date(2026, 2, 14), 2, 6.0, True)
    assert loaded.overall.cramps == 3 and loaded.overall.routine_nights == 1

    detail = source.night(date(2026, 2, 14))
    assert [c.id for c in detail.cramps] == [a, b]
    first = detail.cramps[0]
    assert first.started_at == berlin(2026, 2, 14, 23, 30)
    assert first.started_at.utcoffset() == timedelta(hours=1)  # shown in the zone
    assert first.followups == (Followup(FollowupKind.HEAT, 15.0),)
    assert (first.severity, first.leg, first.rounds) == (6, Leg.RIGHT, 2)
    assert detail.cramps[1].unfinished
    assert [r.outcome for r in detail.routine_runs] == [RoutineOutcome.DONE]
    assert detail.reminders == (ReminderOutcome.STARTED,)
    assert source.night(date(2026, 2, 12)).empty

    source.delete_cramp(b)
    assert [c.id for c in source.night(date(2026, 2, 14)).cramps] == [a]
    assert source.load().nights[0].cramp_count == 1
    with pytest.raises(UnknownEntry):
        source.delete_cramp(b)


def test_source_on_an_empty_diary(diary: Diary) -> None:
    loaded = HistorySource(diary, FakeClock(berlin(2026, 2, 16, 2, 0)), BERLIN).load()
    assert loaded.empty
    assert loaded.nights == ()
    assert len(loaded.chart) == 42 and all(p.cramp_count == 0 for p in loaded.chart)
    assert loaded.overall.cramps == 0


def test_source_exports_csv(diary: Diary, tmp_path: Path) -> None:
    diary.start_cramp(berlin(2026, 2, 15, 4, 0), "standing", 45)
    out = tmp_path / "export.csv"
    source = HistorySource(diary, FakeClock(berlin(2026, 2, 16, 2, 0)), BERLIN)
    assert source.export_csv(out) == 1
    with out.open(encoding="utf-8", newline="") as stream:
        rows = list(csv.DictReader(stream))
    assert [(r["night"], r["stretch"], r["finished"]) for r in rows] == [
        ("2026-02-14", "standing", "no")
    ]


def test_ten_years_match_the_diarys_own_nights(diary: Diary) -> None:
    synthetic = fill_synthetic(diary, years=10, seed=3)
    last = synthetic.nights[-1].night
    source = HistorySource(diary, FakeClock(berlin(last.year, last.month, last.day, 23, 0)), BERLIN)
    loaded = source.load()
    expected = [n for n in reversed(synthetic.nights)]  # every night has a routine run
    assert [(r.night, r.cramp_count, r.mean_severity, r.routine_done) for r in loaded.nights] == [
        (n.night, n.cramp_count, n.mean_severity, n.routine_done) for n in expected
    ]
    assert [(p.night, p.cramp_count, p.mean_severity, p.routine_done) for p in loaded.chart] == [
        (n.night, n.cramp_count, n.mean_severity, n.routine_done) for n in synthetic.nights[-42:]
    ]
    assert loaded.overall.cramps == sum(n.cramp_count for n in synthetic.nights[-42:])
    assert loaded.overall.routine_nights == sum(n.routine_done for n in synthetic.nights[-42:])


def test_loading_reads_full_entries_only_for_the_recent_weeks(diary: Diary) -> None:
    """The night list comes from the cheap marks; full rows only for the six weeks."""
    fill_synthetic(diary, years=1, seed=5, first_night=date(2025, 1, 1))
    statements: list[str] = []
    diary._db.set_trace_callback(statements.append)
    try:
        HistorySource(diary, FakeClock(berlin(2025, 12, 31, 23, 0)), BERLIN).load()
    finally:
        diary._db.set_trace_callback(None)
    full = [s for s in statements if "cramp_followups" in s or "routine_name" in s]
    assert full, statements
    assert all("started_us >=" in s and "started_us <" in s for s in full), full


def test_deleting_from_a_read_only_diary_raises_a_database_error(tmp_path: Path) -> None:
    path = tmp_path / "diary.sqlite3"
    with Diary.open(path) as d:
        cramp = d.start_cramp(berlin(2026, 2, 15, 4, 0), "seated", 45)
    ro = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True, isolation_level=None)
    diary = Diary(path, ro)  # the same API over a connection that cannot write
    try:
        with pytest.raises(sqlite3.Error):
            HistorySource(diary, FakeClock(), BERLIN).delete_cramp(cramp)
    finally:
        ro.close()


def test_domain_modules_import_no_qt() -> None:
    for module in (history,):
        assert "PySide6" not in Path(str(module.__file__)).read_text(encoding="utf-8")
