"""The before/after answer, on real SQLite diary files written by the diary code."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from cramp_timer.core.clock import FakeClock
from cramp_timer.core.trial import MIN_NIGHTS, Comparison, State, adherence, compare
from cramp_timer.flows.history_source import HistorySource
from cramp_timer.storage.diary import Diary

BERLIN = ZoneInfo("Europe/Berlin")
DAY = timedelta(days=1)


@pytest.fixture
def diary(tmp_path: Path) -> Iterator[Diary]:
    with Diary.open(tmp_path / "diary.sqlite3") as opened:
        yield opened


def at(night: date, hour: int, minute: int = 0) -> datetime:
    """Local Berlin time on the night of ``night``: hours under 12 are the next morning."""
    day = night + DAY if hour < 12 else night
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=BERLIN)


def cramp(diary: Diary, night: date, severity: int | None = 5, hour: int = 3,
          finished: bool = True) -> None:
    started = at(night, hour)
    cramp_id = diary.start_cramp(started, "seated", 45)
    if finished:
        diary.finish_cramp(cramp_id, started + timedelta(minutes=3), "better", 1, 45.0, False)
    if severity is not None:
        diary.set_severity(cramp_id, severity, "left")


def routine(diary: Diary, night: date, outcome: str = "done") -> None:
    run = diary.start_routine(at(night, 22), "Standing")
    diary.finish_routine(run, at(night, 22, 4), outcome)


def answer(diary: Diary, now: datetime) -> Comparison:
    source = HistorySource(diary, FakeClock(now), BERLIN)
    history = source.load()
    return compare(history.nights, history.today)


def test_an_empty_diary_has_nothing_to_compare(diary: Diary) -> None:
    result = answer(diary, datetime(2026, 3, 1, 23, 0, tzinfo=BERLIN))
    assert result.state is State.EMPTY
    assert result.before is None and result.with_routine is None


def test_no_routine_ever_gives_only_the_nights(diary: Diary) -> None:
    start = date(2026, 1, 1)
    for offset in range(0, 40, 2):
        cramp(diary, start + offset * DAY)
    result = answer(diary, datetime(2026, 3, 1, 23, 0, tzinfo=BERLIN))
    assert result.state is State.NO_ROUTINE
    assert result.first_recorded == start
    assert result.before is None and result.since is None and result.with_routine is None


def test_before_and_since_six_weeks_each_counting_empty_nights(diary: Diary) -> None:
    first = date(2026, 1, 1)
    started = first + 60 * DAY  # the routine first done on the 61st night
    for offset in range(60):  # before: a cramp every night, severity 6
        cramp(diary, first + offset * DAY, 6)
    today = started + 70 * DAY
    for offset in range(70):  # since: a cramp every other night, severity 3; routine nightly
        night = started + offset * DAY
        routine(diary, night)
        if offset % 2 == 0:
            cramp(diary, night, 3)
    result = answer(diary, at(today, 23))
    assert result.state is State.READY
    assert result.first_routine == started
    before, since = result.before, result.since
    assert before is not None and since is not None
    assert (before.first_night, before.last_night) == (started - 42 * DAY, started - DAY)
    assert (before.nights, before.cramps, before.cramps_per_night) == (42, 42, 1.0)
    assert before.mean_severity == 6.0
    # the latest 42 complete nights: today's night is still going on
    assert (since.first_night, since.last_night) == (today - 42 * DAY, today - DAY)
    assert since.nights == 42 and since.cramps == 21
    assert since.cramps_per_night == 0.5 and since.mean_severity == 3.0
    assert not result.since_partial


def test_routine_started_less_than_six_weeks_ago_says_so(diary: Diary) -> None:
    first = date(2026, 1, 1)
    for offset in range(30):
        cramp(diary, first + offset * DAY)
    started = first + 30 * DAY
    for offset in range(20):
        routine(diary, started + offset * DAY)
    result = answer(diary, at(started + 20 * DAY, 21))
    assert result.since is not None and result.before is not None
    assert result.since_partial
    assert result.since.nights == 20 and result.since.first_night == started
    assert result.before.nights == 30  # the diary began 30 nights before: no more is known
    assert result.before.cramps_per_night == 1.0


def test_too_few_nights_gives_no_figure(diary: Diary) -> None:
    first = date(2026, 1, 1)
    for offset in range(MIN_NIGHTS - 1):  # 13 nights before
        cramp(diary, first + offset * DAY)
    started = first + (MIN_NIGHTS - 1) * DAY
    routine(diary, started)
    result = answer(diary, at(started + 5 * DAY, 23))
    assert result.before is not None and result.since is not None
    assert result.before.nights == MIN_NIGHTS - 1 and result.before.cramps == MIN_NIGHTS - 1
    assert not result.before.enough
    assert result.before.cramps_per_night is None and result.before.mean_severity is None
    assert result.since.nights == 5 and result.since.cramps_per_night is None


def test_with_and_without_the_routine(diary: Diary) -> None:
    first = date(2026, 1, 1)
    for offset in range(60):
        night = first + offset * DAY
        if offset % 3 == 0:  # 20 nights with the routine, none with a cramp
            routine(diary, night)
        else:  # 40 nights without: a cramp on each, severity 8; a partial run does not count
            cramp(diary, night, 8)
            if offset % 3 == 1:
                routine(diary, night, "partial")
    result = answer(diary, at(first + 60 * DAY, 20))
    assert result.with_routine is not None and result.without_routine is not None
    assert (result.with_routine.nights, result.with_routine.cramps) == (20, 0)
    assert result.with_routine.cramps_per_night == 0.0
    assert result.with_routine.mean_severity is None  # no cramp to rate
    assert (result.without_routine.nights, result.without_routine.cramps) == (40, 40)
    assert result.without_routine.mean_severity == 8.0
    assert (result.routine_nights, result.span_nights) == (20, 60)


def test_unrated_and_unfinished_cramps_count_as_cramps_not_in_severity(diary: Diary) -> None:
    first = date(2026, 1, 1)
    for offset in range(20):
        night = first + offset * DAY
        cramp(diary, night, None)  # not rated
        cramp(diary, night, 4, hour=5, finished=False)  # app closed during the stretch
    started = first + 20 * DAY
    routine(diary, started)
    result = answer(diary, at(started + DAY, 23))
    assert result.before is not None
    assert (result.before.cramps, result.before.rated) == (40, 20)
    assert result.before.cramps_per_night == 2.0 and result.before.mean_severity == 4.0


def test_a_cramp_after_midnight_belongs_to_the_night_before(diary: Diary) -> None:
    first = date(2026, 1, 1)
    for offset in range(20):
        routine(diary, first + offset * DAY)
    # 01:30 on 1 February is the night of 31 January, a night with no routine
    last_night = first + 30 * DAY
    diary.start_cramp(datetime(2026, 2, 1, 1, 30, tzinfo=BERLIN), "seated", 45)
    result = answer(diary, datetime(2026, 2, 1, 23, 0, tzinfo=BERLIN))
    assert result.last_night == last_night
    assert result.without_routine is not None and result.with_routine is not None
    assert result.without_routine.cramps == 1 and result.with_routine.cramps == 0
    # at 11:00 on 1 February the night of the 31st is still going on: not counted yet
    early = answer(diary, datetime(2026, 2, 1, 11, 0, tzinfo=BERLIN))
    assert early.last_night == last_night - DAY
    assert early.without_routine is not None and early.without_routine.cramps == 0


def test_nights_across_daylight_saving_changes_are_whole_nights(diary: Diary) -> None:
    # Berlin: clocks go forward at 02:00 on 29 March 2026 and back at 03:00 on 25 October.
    spring, autumn = date(2026, 3, 28), date(2026, 10, 24)
    for night in (spring, autumn):
        for offset in range(-20, 0):
            cramp(diary, night + offset * DAY)
        routine(diary, night)
        cramp(diary, night, 2, hour=1)  # 01:00, before the change
        cramp(diary, night, 2, hour=4)  # 04:00, after it
        for offset in range(1, 20):
            routine(diary, night + offset * DAY)
    now = datetime(2026, 4, 17, 23, 0, tzinfo=BERLIN)  # 20 nights after 28 March
    result = answer(diary, now)
    assert result.since is not None and result.before is not None
    assert result.since.nights == 20 and result.since.cramps == 2
    assert result.before.nights == 20 and result.before.cramps == 20
    autumn_result = answer(diary, datetime(2026, 11, 13, 23, 0, tzinfo=BERLIN))
    assert autumn_result.since is not None
    since = autumn_result.since  # the latest 42 nights: the autumn change, 2 cramps, 20 before
    assert since.nights == 42 and since.cramps == 2 + 20


def test_adherence_counts_done_nights_in_a_range(diary: Diary) -> None:
    first = date(2026, 1, 1)
    for offset in range(10):
        routine(diary, first + offset * DAY, "done" if offset < 7 else "stopped")
    history = HistorySource(diary, FakeClock(at(first + 20 * DAY, 23)), BERLIN).load()
    assert adherence(history.nights, first, first + 9 * DAY) == (7, 10)
    assert adherence(history.nights, first + 5 * DAY, first + 14 * DAY) == (2, 10)
