"""read_export: the sessions of a range of nights, a night running from noon to noon."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from cramp_timer.core.ranges import read_export
from cramp_timer.storage.diary import Diary

BERLIN = ZoneInfo("Europe/Berlin")


@pytest.fixture
def diary(tmp_path: Path) -> Iterator[Diary]:
    with Diary.open(tmp_path / "diary.sqlite3") as opened:
        yield opened


def at(*args: int) -> datetime:
    return datetime(*args, tzinfo=BERLIN)  # type: ignore[misc]


def test_a_session_belongs_to_the_night_it_began_in(diary: Diary) -> None:
    before_noon = diary.start_cramp(at(2026, 3, 10, 11, 59), "seated", 30)  # night of the 9th
    at_noon = diary.start_cramp(at(2026, 3, 10, 12, 0), "seated", 30)  # night of the 10th
    small_hours = diary.start_cramp(at(2026, 3, 11, 3, 0), "seated", 30)  # still the 10th
    next_night = diary.start_cramp(at(2026, 3, 11, 12, 0), "seated", 30)  # the 11th
    routine = diary.start_routine(at(2026, 3, 10, 22, 0), "Evening")

    cramps, runs = read_export(diary, BERLIN, date(2026, 3, 10), date(2026, 3, 10))
    assert [c.id for c in cramps] == [at_noon, small_hours]
    assert [r.id for r in runs] == [routine]

    cramps, _ = read_export(diary, BERLIN, date(2026, 3, 9), date(2026, 3, 11))
    assert [c.id for c in cramps] == [before_noon, at_noon, small_hours, next_night]


def test_an_open_end_reaches_every_night_on_that_side(diary: Diary) -> None:
    old = diary.start_cramp(at(2001, 1, 2, 3, 0), "seated", 30)
    new = diary.start_cramp(at(2026, 3, 11, 3, 0), "seated", 30)
    assert [c.id for c in read_export(diary, BERLIN)[0]] == [old, new]
    assert [c.id for c in read_export(diary, BERLIN, date(2026, 3, 10))[0]] == [new]
    assert [c.id for c in read_export(diary, BERLIN, None, date(2026, 3, 9))[0]] == [old]


def test_the_nights_are_counted_in_the_given_zone(diary: Diary) -> None:
    # 3 a.m. in Berlin on the 11th is 10 p.m. on the 10th in New York: the same night
    cramp = diary.start_cramp(at(2026, 3, 11, 3, 0), "seated", 30)
    new_york = ZoneInfo("America/New_York")
    assert [c.id for c in read_export(diary, new_york, date(2026, 3, 10),
                                      date(2026, 3, 10))[0]] == [cramp]
    # 11 a.m. in Berlin is 6 a.m. in New York: both still count it to the night before
    morning = diary.start_cramp(at(2026, 3, 12, 11, 0), "seated", 30)
    assert [c.id for c in read_export(diary, new_york, date(2026, 3, 11),
                                      date(2026, 3, 11))[0]] == [morning]


def test_a_range_that_ends_before_it_begins_is_refused(diary: Diary) -> None:
    with pytest.raises(ValueError, match="ends before it begins"):
        read_export(diary, BERLIN, date(2026, 3, 11), date(2026, 3, 10))
    assert read_export(diary, BERLIN, date(2026, 3, 10), date(2026, 3, 10)) == ([], [])
