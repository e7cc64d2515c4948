"""The nightly reminder: due times across clock changes, and the polled scheduler.

The big table steps a fake clock through every night of 2026-2030 in six zones: every
minute around each due time and all through each day the clocks change, every few hours
elsewhere. Its expectations come from `expected_instant`, a brute-force search for the
first minute on the day whose local clock reads the chosen time or later, independent of
the module's own arithmetic.
"""

from __future__ import annotations

import json
import logging
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from cramp_timer.core.clock import FakeClock
from cramp_timer.flows.schedule import (
    ALL_WEEKDAYS,
    LATE_GRACE,
    JsonReminderStore,
    MemoryReminderStore,
    Occasion,
    ReminderEvent,
    ReminderEventKind,
    ReminderRule,
    ReminderScheduler,
    ReminderState,
    next_reminder,
    reminder_instant,
    rule_from_settings,
    system_zone,
)
from cramp_timer.storage.paths import AppPaths
from cramp_timer.storage.settings import Settings

UTC = timezone.utc
MINUTE = timedelta(minutes=1)
BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")
SYDNEY = ZoneInfo("Australia/Sydney")
AUCKLAND = ZoneInfo("Pacific/Auckland")
LORD_HOWE = ZoneInfo("Australia/Lord_Howe")
KOLKATA = ZoneInfo("Asia/Kolkata")
DUE = ReminderEventKind.DUE
MISSED = ReminderEventKind.MISSED
NIGHTLY = ReminderRule(enabled=True)


def local(zone: ZoneInfo, *fields: int, fold: int = 0) -> datetime:
    return datetime(*fields, tzinfo=zone, fold=fold)  # type: ignore[misc]


def expected_instant(day: date, at: time, zone: ZoneInfo) -> datetime:
    """The first whole minute whose local date is ``day`` and local time is ``at`` or later.

    Brute force over the only window that can hold it: the wall time read with each of
    the day's UTC offsets.
    """
    offsets = {
        datetime.combine(d, time(0), zone).utcoffset() for d in (day, day + timedelta(days=1))
    }
    wall = datetime.combine(day, at)
    first = min((wall - off).replace(tzinfo=UTC) for off in offsets if off is not None)
    last = max((wall - off).replace(tzinfo=UTC) for off in offsets if off is not None)
    moment = first
    while moment <= last:
        seen = moment.astimezone(zone)
        if seen.date() == day and seen.time() >= at:
            return moment
        moment += MINUTE
    raise AssertionError(f"no instant found for {day} {at} in {zone}")


def clock_change_days(zone: ZoneInfo, first: date, last: date) -> set[date]:
    days = set()
    day = first
    while day <= last:
        today = datetime.combine(day, time(0), zone).utcoffset()
        tomorrow = datetime.combine(day + timedelta(days=1), time(0), zone).utcoffset()
        if today != tomorrow:
            days.add(day)
        day += timedelta(days=1)
    return days


def days(first: date, last: date) -> Iterator[date]:
    day = first
    while day <= last:
        yield day
        day += timedelta(days=1)


def poll_times(zone: ZoneInfo, due: list[datetime], first: date, last: date) -> list[datetime]:
    """Every minute around each due time and across each clock-change day; every 3 hours
    elsewhere."""
    moments: set[datetime] = set()
    start = datetime.combine(first, time(0), UTC)
    end = datetime.combine(last + timedelta(days=1), time(0), UTC)
    coarse = start
    while coarse <= end:
        moments.add(coarse)
        coarse += timedelta(hours=3)
    for instant in due:
        moments.update(instant + k * MINUTE for k in range(-5, 6))
    for day in clock_change_days(zone, first, last):
        begin = datetime.combine(day, time(0), zone).astimezone(UTC)
        moments.update(begin + k * MINUTE for k in range(25 * 60))
    return sorted(m for m in moments if start <= m <= end)


@dataclass(frozen=True)
class Case:
    zone: ZoneInfo
    at: time
    weekdays: frozenset[int] = ALL_WEEKDAYS


TABLE = {
    "berlin-22:00": Case(BERLIN, time(22, 0)),
    "berlin-02:30-gap-and-fold": Case(BERLIN, time(2, 30)),
    "new-york-01:30-fold": Case(NEW_YORK, time(1, 30)),
    "new-york-02:30-gap-not-saturdays": Case(NEW_YORK, time(2, 30), frozenset({0, 1, 2, 3, 4, 6})),
    "sydney-02:30-gap-and-fold": Case(SYDNEY, time(2, 30)),
    "auckland-02:30-gap-and-fold-some-days": Case(AUCKLAND, time(2, 30), frozenset({0, 2, 4, 6})),
    "lord-howe-02:15-half-hour-gap": Case(LORD_HOWE, time(2, 15)),
    "lord-howe-01:45-half-hour-fold": Case(LORD_HOWE, time(1, 45)),
    "kolkata-21:30-no-dst-weekends": Case(KOLKATA, time(21, 30), frozenset({5, 6})),
}


@pytest.mark.parametrize("case", TABLE.values(), ids=TABLE.keys())
def test_every_chosen_night_of_2026_to_2030_fires_once_at_its_time(case: Case) -> None:
    first, last = date(2026, 1, 1), date(2030, 12, 31)
    start = datetime.combine(first, time(0), UTC)
    end = datetime.combine(last + timedelta(days=1), time(0), UTC)
    expected = {
        day: expected_instant(day, case.at, case.zone)
        for day in days(first - timedelta(days=1), last + timedelta(days=1))
        if day.weekday() in case.weekdays
    }
    expected = {day: when for day, when in expected.items() if start < when <= end}
    rule = ReminderRule(enabled=True, at=case.at, weekdays=case.weekdays)
    store = MemoryReminderStore()
    clock = FakeClock(start=start)
    scheduler = ReminderScheduler(rule, case.zone, store)
    scheduler.check(clock.now())
    fired: dict[date, list[datetime]] = {}
    restarts = 0
    for moment in poll_times(case.zone, list(expected.values()), first, last):
        if moment == clock.now():
            continue
        clock.advance((moment - clock.now()).total_seconds())
        for event in scheduler.check(clock.now()):
            assert event.kind is DUE, event
            assert not event.snoozed
            assert event.occasion.scheduled.astimezone(UTC) == clock.now()
            fired.setdefault(event.day, []).append(clock.now())
            if len(fired) % 97 == 0:  # the app restarts just after a reminder now and then
                scheduler = ReminderScheduler(rule, case.zone, store)
                restarts += 1
                assert scheduler.check(clock.now() + MINUTE) == []
    assert restarts >= 5
    assert {day: times for day, times in fired.items()} == {
        day: [when] for day, when in expected.items()
    }
    for day, [when] in fired.items():
        seen = when.astimezone(case.zone)
        assert seen.date() == day
        assert seen.time() >= case.at
        assert day.weekday() in case.weekdays


def test_the_table_covers_gaps_and_folds_each_year() -> None:
    """The table is only worth its time if its chosen nights include the hard ones."""
    gaps: dict[str, int] = {}
    folds: dict[str, int] = {}
    for name, case in TABLE.items():
        chosen = [
            d for d in days(date(2026, 1, 1), date(2030, 12, 31)) if d.weekday() in case.weekdays
        ]
        gaps[name] = sum(
            expected_instant(d, case.at, case.zone).astimezone(case.zone).time() != case.at
            for d in chosen
        )
        folds[name] = sum(
            datetime.combine(d, case.at, case.zone).utcoffset()
            != datetime.combine(d, case.at, case.zone).replace(fold=1).utcoffset()
            and expected_instant(d, case.at, case.zone).astimezone(case.zone).time() == case.at
            for d in chosen
        )
    assert gaps == {
        "berlin-22:00": 0,
        "berlin-02:30-gap-and-fold": 5,
        "new-york-01:30-fold": 0,
        "new-york-02:30-gap-not-saturdays": 5,
        "sydney-02:30-gap-and-fold": 5,
        "auckland-02:30-gap-and-fold-some-days": 5,
        "lord-howe-02:15-half-hour-gap": 5,
        "lord-howe-01:45-half-hour-fold": 0,
        "kolkata-21:30-no-dst-weekends": 0,
    }
    assert folds == {
        "berlin-22:00": 0,
        "berlin-02:30-gap-and-fold": 5,
        "new-york-01:30-fold": 5,
        "new-york-02:30-gap-not-saturdays": 0,
        "sydney-02:30-gap-and-fold": 5,
        "auckland-02:30-gap-and-fold-some-days": 5,
        "lord-howe-02:15-half-hour-gap": 0,
        "lord-howe-01:45-half-hour-fold": 5,
        "kolkata-21:30-no-dst-weekends": 0,
    }
    assert clock_change_days(KOLKATA, date(2026, 1, 1), date(2030, 12, 31)) == set()
    assert len(clock_change_days(LORD_HOWE, date(2026, 1, 1), date(2030, 12, 31))) == 10


# ---------------------------------------------------------------- the pure function


@pytest.mark.parametrize(
    ("zone", "day", "at", "wall", "offset_hours"),
    [
        (BERLIN, date(2026, 3, 29), time(2, 30), (3, 0), 2),  # gap: 02:00 -> 03:00
        (BERLIN, date(2026, 10, 25), time(2, 30), (2, 30), 2),  # fold: first (CEST)
        (NEW_YORK, date(2026, 11, 1), time(1, 30), (1, 30), -4),  # fold: first (EDT)
        (NEW_YORK, date(2026, 3, 8), time(2, 30), (3, 0), -4),  # gap
        (LORD_HOWE, date(2026, 10, 4), time(2, 15), (2, 30), 11),  # 30-minute gap
        (LORD_HOWE, date(2026, 4, 5), time(1, 45), (1, 45), 11),  # 30-minute fold: first
        (KOLKATA, date(2026, 3, 29), time(2, 30), (2, 30), 5.5),
    ],
)
def test_gap_times_move_to_the_end_of_the_gap_and_fold_times_fire_first(
    zone: ZoneInfo, day: date, at: time, wall: tuple[int, int], offset_hours: float
) -> None:
    when = reminder_instant(day, at, zone)
    assert (when.date(), (when.hour, when.minute)) == (day, wall)
    assert when.utcoffset() == timedelta(hours=offset_hours)
    assert when.astimezone(UTC) == expected_instant(day, at, zone)


def test_next_reminder_is_strictly_after() -> None:
    at_ten = local(BERLIN, 2026, 6, 1, 22, 0)
    assert next_reminder(NIGHTLY, BERLIN, at_ten - timedelta(seconds=1)) == at_ten
    assert next_reminder(NIGHTLY, BERLIN, at_ten) == local(BERLIN, 2026, 6, 2, 22, 0)
    # any zone for "after": 20:00 UTC is 22:00 in Berlin in summer
    assert next_reminder(NIGHTLY, BERLIN, datetime(2026, 6, 1, 19, 59, tzinfo=UTC)) == at_ten


def test_next_reminder_keeps_to_the_chosen_weekdays() -> None:
    sundays = ReminderRule(enabled=True, at=time(21, 15), weekdays=frozenset({6}))
    monday = local(BERLIN, 2026, 6, 1, 9, 0)
    assert next_reminder(sundays, BERLIN, monday) == local(BERLIN, 2026, 6, 7, 21, 15)


@pytest.mark.parametrize(
    "rule",
    [ReminderRule(enabled=False), ReminderRule(enabled=True, weekdays=frozenset())],
    ids=["off", "no-weekdays"],
)
def test_a_rule_that_never_fires_has_no_next_reminder(rule: ReminderRule) -> None:
    assert next_reminder(rule, BERLIN, local(BERLIN, 2026, 6, 1, 9, 0)) is None
    scheduler = ReminderScheduler(rule, BERLIN, MemoryReminderStore())
    assert scheduler.check(local(BERLIN, 2026, 6, 2, 23, 0)) == []
    assert scheduler.next_due(local(BERLIN, 2026, 6, 2, 23, 0)) is None


def test_times_without_a_zone_are_refused() -> None:
    with pytest.raises(ValueError, match="zone"):
        next_reminder(NIGHTLY, BERLIN, datetime(2026, 6, 1, 9, 0))
    with pytest.raises(ValueError, match="zone"):
        ReminderScheduler(NIGHTLY, BERLIN, MemoryReminderStore()).check(datetime(2026, 6, 1))


def test_the_rule_comes_from_the_settings() -> None:
    assert rule_from_settings(Settings()) == ReminderRule(enabled=False)
    chosen = Settings(
        reminder_enabled=True, reminder_time=time(21, 45), reminder_weekdays=frozenset({4, 5})
    )
    assert rule_from_settings(chosen) == ReminderRule(True, time(21, 45), frozenset({4, 5}))


def test_rules_are_checked() -> None:
    with pytest.raises(ValueError, match="weekdays"):
        ReminderRule(enabled=True, weekdays=frozenset({7}))
    with pytest.raises(ValueError, match="at"):
        ReminderRule(enabled=True, at=time(22, 0, tzinfo=UTC))
    with pytest.raises(ValueError, match="enabled"):
        ReminderRule(enabled=1)  # type: ignore[arg-type]
    assert ReminderRule(weekdays={1, 2}).weekdays == frozenset({1, 2})  # type: ignore[arg-type]


def test_a_reminder_after_midnight_belongs_to_the_night_before() -> None:
    late = ReminderRule(enabled=True, at=time(0, 30))
    when = next_reminder(late, BERLIN, local(BERLIN, 2026, 6, 1, 12, 0))
    assert when == local(BERLIN, 2026, 6, 2, 0, 30)
    occasion = Occasion(date(2026, 6, 2), when)
    assert occasion.night == date(2026, 6, 1)
    assert Occasion(date(2026, 6, 1), local(BERLIN, 2026, 6, 1, 22, 0)).night == date(2026, 6, 1)


# ---------------------------------------------------------------- the scheduler


def berlin_scheduler(
    store: MemoryReminderStore | JsonReminderStore | None = None,
    rule: ReminderRule = NIGHTLY,
    started: datetime | None = None,
) -> ReminderScheduler:
    scheduler = ReminderScheduler(
        rule, BERLIN, store if store is not None else MemoryReminderStore()
    )
    assert scheduler.check(started or local(BERLIN, 2026, 6, 1, 12, 0)) == []
    return scheduler


def kinds(events: list[ReminderEvent]) -> list[tuple[ReminderEventKind, date, bool]]:
    return [(e.kind, e.day, e.snoozed) for e in events]


def test_polling_every_minute_fires_once_at_the_time() -> None:
    scheduler = berlin_scheduler()
    clock = FakeClock(start=local(BERLIN, 2026, 6, 1, 21, 0).astimezone(UTC))
    heard = []
    for _ in range(180):
        clock.advance(60)
        heard += [(clock.now(), e) for e in scheduler.check(clock.now())]
    assert [(when, kinds([e])) for when, e in heard] == [
        (local(BERLIN, 2026, 6, 1, 22, 0), [(DUE, date(2026, 6, 1), False)])
    ]


@pytest.mark.parametrize(
    ("woke_after", "kind"),
    [
        (timedelta(minutes=40), DUE),
        (LATE_GRACE, DUE),
        (LATE_GRACE + timedelta(seconds=1), MISSED),
        (timedelta(hours=7), MISSED),
    ],
)
def test_after_a_suspend_a_late_reminder_fires_or_counts_as_missed(
    woke_after: timedelta, kind: ReminderEventKind
) -> None:
    scheduler = berlin_scheduler()
    assert scheduler.check(local(BERLIN, 2026, 6, 1, 21, 59)) == []
    # asleep from 21:59 ...
    woke = local(BERLIN, 2026, 6, 1, 22, 0) + woke_after
    events = scheduler.check(woke)
    assert kinds(events) == [(kind, date(2026, 6, 1), False)]
    assert events[0].occasion.scheduled == local(BERLIN, 2026, 6, 1, 22, 0)
    assert scheduler.check(woke + MINUTE) == []
    assert kinds(scheduler.check(local(BERLIN, 2026, 6, 2, 22, 0))) == [
        (DUE, date(2026, 6, 2), False)
    ]


def test_a_suspend_over_several_nights_reports_only_the_last_one() -> None:
    scheduler = berlin_scheduler()
    events = scheduler.check(local(BERLIN, 2026, 6, 4, 22, 30))  # asleep since Monday noon
    assert kinds(events) == [(DUE, date(2026, 6, 4), False)]
    events = scheduler.check(local(BERLIN, 2026, 6, 9, 8, 0))
    assert kinds(events) == [(MISSED, date(2026, 6, 8), False)]


def test_snooze_fires_once_more_after_its_minutes() -> None:
    scheduler = berlin_scheduler()
    [shown] = scheduler.check(local(BERLIN, 2026, 6, 1, 22, 0))
    until = scheduler.snooze(shown.occasion, local(BERLIN, 2026, 6, 1, 22, 1))
    assert until == local(BERLIN, 2026, 6, 1, 22, 11)
    assert scheduler.next_due(local(BERLIN, 2026, 6, 1, 22, 2)) == until
    clock = FakeClock(start=local(BERLIN, 2026, 6, 1, 22, 1).astimezone(UTC))
    heard = []
    for _ in range(60):
        clock.advance(60)
        heard += [(clock.now(), e) for e in scheduler.check(clock.now())]
    assert [(when, kinds([e])) for when, e in heard] == [(until, [(DUE, date(2026, 6, 1), True)])]
    assert heard[0][1].occasion == shown.occasion
    assert kinds(scheduler.check(local(BERLIN, 2026, 6, 2, 22, 0))) == [
        (DUE, date(2026, 6, 2), False)
    ]


def test_snooze_length_can_be_chosen_and_is_bounded() -> None:
    scheduler = berlin_scheduler()
    [shown] = scheduler.check(local(BERLIN, 2026, 6, 1, 22, 0))
    now = local(BERLIN, 2026, 6, 1, 22, 0)
    assert scheduler.snooze(shown.occasion, now, minutes=30) == now + timedelta(minutes=30)
    for bad in (0, 121, True):
        with pytest.raises(ValueError, match="minutes"):
            scheduler.snooze(shown.occasion, now, minutes=bad)


def test_a_snooze_slept_through_counts_as_missed() -> None:
    scheduler = berlin_scheduler()
    [shown] = scheduler.check(local(BERLIN, 2026, 6, 1, 22, 0))
    scheduler.snooze(shown.occasion, local(BERLIN, 2026, 6, 1, 22, 0))
    events = scheduler.check(local(BERLIN, 2026, 6, 2, 7, 0))
    assert kinds(events) == [(MISSED, date(2026, 6, 1), True)]


def test_dismiss_cancels_a_snooze() -> None:
    scheduler = berlin_scheduler()
    [shown] = scheduler.check(local(BERLIN, 2026, 6, 1, 22, 0))
    scheduler.snooze(shown.occasion, local(BERLIN, 2026, 6, 1, 22, 0))
    assert scheduler.dismiss() == shown.occasion
    assert scheduler.dismiss() is None
    assert scheduler.check(local(BERLIN, 2026, 6, 1, 22, 30)) == []


def test_skip_tonight_ahead_of_time() -> None:
    scheduler = berlin_scheduler()
    skipped = scheduler.skip_tonight(local(BERLIN, 2026, 6, 1, 18, 0))
    assert skipped is not None and skipped.day == date(2026, 6, 1)
    assert scheduler.skip_tonight(local(BERLIN, 2026, 6, 1, 18, 1)) is None  # done already
    assert scheduler.check(local(BERLIN, 2026, 6, 1, 22, 0)) == []
    assert scheduler.check(local(BERLIN, 2026, 6, 1, 23, 59)) == []
    assert kinds(scheduler.check(local(BERLIN, 2026, 6, 2, 22, 0))) == [
        (DUE, date(2026, 6, 2), False)
    ]


def test_skip_tonight_after_tonight_fired_does_not_skip_tomorrow() -> None:
    scheduler = berlin_scheduler()
    scheduler.check(local(BERLIN, 2026, 6, 1, 22, 0))
    assert scheduler.skip_tonight(local(BERLIN, 2026, 6, 1, 23, 0)) is None
    assert scheduler.skip_tonight(local(BERLIN, 2026, 6, 2, 3, 0)) is None
    assert kinds(scheduler.check(local(BERLIN, 2026, 6, 2, 22, 0))) == [
        (DUE, date(2026, 6, 2), False)
    ]


def test_skip_tonight_just_after_the_time_skips_the_unreported_reminder() -> None:
    scheduler = berlin_scheduler()
    assert scheduler.check(local(BERLIN, 2026, 6, 1, 21, 59)) == []
    skipped = scheduler.skip_tonight(local(BERLIN, 2026, 6, 1, 22, 0, 30))  # before the poll
    assert skipped is not None and skipped.day == date(2026, 6, 1)
    assert scheduler.check(local(BERLIN, 2026, 6, 1, 22, 1)) == []
    assert kinds(scheduler.check(local(BERLIN, 2026, 6, 2, 22, 0))) == [
        (DUE, date(2026, 6, 2), False)
    ]


def test_skip_tonight_before_the_first_check() -> None:
    scheduler = ReminderScheduler(NIGHTLY, BERLIN, MemoryReminderStore())
    skipped = scheduler.skip_tonight(local(BERLIN, 2026, 6, 1, 6, 0))
    assert skipped is not None and skipped.day == date(2026, 6, 1)
    assert scheduler.check(local(BERLIN, 2026, 6, 1, 22, 0)) == []
    # started after tonight's time: tonight is over, tomorrow is too far off to skip
    later = ReminderScheduler(NIGHTLY, BERLIN, MemoryReminderStore())
    assert later.skip_tonight(local(BERLIN, 2026, 6, 1, 22, 30)) is None
    assert kinds(later.check(local(BERLIN, 2026, 6, 2, 22, 0))) == [(DUE, date(2026, 6, 2), False)]


def test_skip_tonight_cancels_a_pending_snooze() -> None:
    scheduler = berlin_scheduler()
    [shown] = scheduler.check(local(BERLIN, 2026, 6, 1, 22, 0))
    scheduler.snooze(shown.occasion, local(BERLIN, 2026, 6, 1, 22, 0))
    assert scheduler.skip_tonight(local(BERLIN, 2026, 6, 1, 22, 5)) == shown.occasion
    assert scheduler.check(local(BERLIN, 2026, 6, 1, 22, 30)) == []
    assert kinds(scheduler.check(local(BERLIN, 2026, 6, 2, 22, 0))) == [
        (DUE, date(2026, 6, 2), False)
    ]


def test_the_first_start_fires_nothing_already_past() -> None:
    scheduler = ReminderScheduler(NIGHTLY, BERLIN, MemoryReminderStore())
    assert scheduler.check(local(BERLIN, 2026, 6, 1, 22, 10)) == []
    assert kinds(scheduler.check(local(BERLIN, 2026, 6, 2, 22, 0))) == [
        (DUE, date(2026, 6, 2), False)
    ]


def test_next_due_before_the_first_check() -> None:
    scheduler = ReminderScheduler(NIGHTLY, BERLIN, MemoryReminderStore())
    assert scheduler.next_due(local(BERLIN, 2026, 6, 1, 22, 10)) == local(BERLIN, 2026, 6, 2, 22, 0)


def test_a_new_time_later_tonight_still_fires_tonight() -> None:
    scheduler = berlin_scheduler()
    later = ReminderRule(enabled=True, at=time(23, 0))
    assert scheduler.configure(later, BERLIN, local(BERLIN, 2026, 6, 1, 21, 0)) == []
    assert scheduler.check(local(BERLIN, 2026, 6, 1, 22, 0)) == []
    assert kinds(scheduler.check(local(BERLIN, 2026, 6, 1, 23, 0))) == [
        (DUE, date(2026, 6, 1), False)
    ]


def test_a_new_time_already_past_starts_tomorrow() -> None:
    scheduler = berlin_scheduler()
    earlier = ReminderRule(enabled=True, at=time(21, 0))
    assert scheduler.configure(earlier, BERLIN, local(BERLIN, 2026, 6, 1, 21, 30)) == []
    assert scheduler.check(local(BERLIN, 2026, 6, 1, 22, 0)) == []
    assert kinds(scheduler.check(local(BERLIN, 2026, 6, 2, 21, 0))) == [
        (DUE, date(2026, 6, 2), False)
    ]


def test_changing_the_time_after_tonight_fired_does_not_fire_again() -> None:
    scheduler = berlin_scheduler()
    assert len(scheduler.check(local(BERLIN, 2026, 6, 1, 22, 0))) == 1
    later = ReminderRule(enabled=True, at=time(23, 0))
    assert scheduler.configure(later, BERLIN, local(BERLIN, 2026, 6, 1, 22, 30)) == []
    assert scheduler.check(local(BERLIN, 2026, 6, 1, 23, 0)) == []


def test_configure_first_catches_up_under_the_old_rule() -> None:
    scheduler = berlin_scheduler()
    events = scheduler.configure(
        ReminderRule(enabled=False), BERLIN, local(BERLIN, 2026, 6, 1, 22, 0, 30)
    )
    assert kinds(events) == [(DUE, date(2026, 6, 1), False)]


def test_turning_the_reminder_off_cancels_a_snooze_and_on_again_starts_fresh() -> None:
    scheduler = berlin_scheduler()
    [shown] = scheduler.check(local(BERLIN, 2026, 6, 1, 22, 0))
    scheduler.snooze(shown.occasion, local(BERLIN, 2026, 6, 1, 22, 0))
    scheduler.configure(ReminderRule(enabled=False), BERLIN, local(BERLIN, 2026, 6, 1, 22, 5))
    assert scheduler.check(local(BERLIN, 2026, 6, 3, 23, 0)) == []
    scheduler.configure(NIGHTLY, BERLIN, local(BERLIN, 2026, 6, 3, 23, 0))
    assert scheduler.check(local(BERLIN, 2026, 6, 3, 23, 30)) == []  # nothing stale
    assert kinds(scheduler.check(local(BERLIN, 2026, 6, 4, 22, 0))) == [
        (DUE, date(2026, 6, 4), False)
    ]


def test_a_day_fires_once_even_after_moving_to_another_zone() -> None:
    scheduler = berlin_scheduler()
    assert len(scheduler.check(local(BERLIN, 2026, 6, 1, 22, 0))) == 1
    # the laptop now says New York, where it is still 16:30 on the same date
    scheduler.configure(NIGHTLY, NEW_YORK, local(BERLIN, 2026, 6, 1, 22, 30))
    assert scheduler.check(local(NEW_YORK, 2026, 6, 1, 22, 0)) == []
    assert kinds(scheduler.check(local(NEW_YORK, 2026, 6, 2, 22, 0))) == [
        (DUE, date(2026, 6, 2), False)
    ]


def test_the_fold_night_fires_once_with_the_clock_polled_every_minute() -> None:
    rule = ReminderRule(enabled=True, at=time(1, 30))
    scheduler = ReminderScheduler(rule, NEW_YORK, MemoryReminderStore())
    clock = FakeClock(start=local(NEW_YORK, 2026, 10, 31, 12, 0).astimezone(UTC))
    scheduler.check(clock.now())
    heard = []
    for _ in range(24 * 60):
        clock.advance(60)
        heard += [(clock.now(), e.day) for e in scheduler.check(clock.now())]
    # (an ambiguous local time never equals a time in another zone: compare in UTC)
    assert heard == [(local(NEW_YORK, 2026, 11, 1, 1, 30).astimezone(UTC), date(2026, 11, 1))]
    assert heard[0][0] == datetime(2026, 11, 1, 5, 30, tzinfo=UTC)  # 01:30 EDT, not EST


# ---------------------------------------------------------------- restarts and the store


@pytest.fixture
def state_file(tmp_path: Path) -> Path:
    paths = AppPaths.under(tmp_path)
    paths.ensure()
    return paths.reminder_state_file


def test_a_restart_never_fires_the_same_night_twice(state_file: Path) -> None:
    scheduler = berlin_scheduler(JsonReminderStore(state_file))
    assert len(scheduler.check(local(BERLIN, 2026, 6, 1, 22, 0))) == 1
    again = ReminderScheduler(NIGHTLY, BERLIN, JsonReminderStore(state_file))
    assert again.check(local(BERLIN, 2026, 6, 1, 22, 5)) == []
    assert again.check(local(BERLIN, 2026, 6, 1, 23, 30)) == []
    assert kinds(again.check(local(BERLIN, 2026, 6, 2, 22, 0))) == [(DUE, date(2026, 6, 2), False)]


@pytest.mark.parametrize(
    ("restarted", "kind"),
    [((22, 30), DUE), ((23, 30), MISSED)],
    ids=["within-the-hour", "later"],
)
def test_a_restart_after_the_time_fires_late_or_records_missed(
    state_file: Path, restarted: tuple[int, int], kind: ReminderEventKind
) -> None:
    berlin_scheduler(JsonReminderStore(state_file))  # ran on Monday, closed before 22:00
    again = ReminderScheduler(NIGHTLY, BERLIN, JsonReminderStore(state_file))
    events = again.check(local(BERLIN, 2026, 6, 1, *restarted))
    assert kinds(events) == [(kind, date(2026, 6, 1), False)]


def test_a_snooze_survives_a_restart(state_file: Path) -> None:
    scheduler = berlin_scheduler(JsonReminderStore(state_file))
    [shown] = scheduler.check(local(BERLIN, 2026, 6, 1, 22, 0))
    scheduler.snooze(shown.occasion, local(BERLIN, 2026, 6, 1, 22, 0))
    again = ReminderScheduler(NIGHTLY, BERLIN, JsonReminderStore(state_file))
    assert again.check(local(BERLIN, 2026, 6, 1, 22, 5)) == []
    [event] = again.check(local(BERLIN, 2026, 6, 1, 22, 10))
    assert (event.kind, event.snoozed, event.occasion) == (DUE, True, shown.occasion)
    assert event.occasion.scheduled.tzinfo == BERLIN
    assert again.check(local(BERLIN, 2026, 6, 1, 22, 20)) == []


def test_restarts_through_a_year_fire_each_night_once(state_file: Path) -> None:
    first = date(2026, 1, 1)
    scheduler = ReminderScheduler(NIGHTLY, BERLIN, JsonReminderStore(state_file))
    scheduler.check(local(BERLIN, 2025, 12, 31, 23, 0))
    fired: list[date] = []
    for n, day in enumerate(days(first, date(2026, 12, 31))):
        for hour, minute in ((12, 0), (21, 59), (22, 0), (22, 1), (23, 0)):
            if (n + hour) % 7 == 0:  # restart the app at a different hour each day
                scheduler = ReminderScheduler(NIGHTLY, BERLIN, JsonReminderStore(state_file))
            fired += [
                e.day for e in scheduler.check(local(BERLIN, *day.timetuple()[:3], hour, minute))
            ]
    assert fired == list(days(first, date(2026, 12, 31)))


def test_the_state_file_is_private_json(state_file: Path) -> None:
    scheduler = berlin_scheduler(JsonReminderStore(state_file))
    scheduler.check(local(BERLIN, 2026, 6, 1, 22, 0))
    assert stat.S_IMODE(state_file.stat().st_mode) == 0o600
    data = json.loads(state_file.read_text(encoding="utf-8"))
    assert data == {"version": 1, "last_day": "2026-06-01", "snooze": None}


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"{",
        b"\xff\xfe",
        b"[]",
        b'{"version": 2, "last_day": "2026-06-01"}',
        b'{"version": 1, "last_day": "June"}',
        b'{"version": 1, "last_day": 20260601}',
        b'{"version": 1}',
        b'{"version": 1, "last_day": null, "snooze": {"day": "2026-06-01"}}',
        b'{"version": 1, "last_day": null, "snooze": {"day": "2026-06-01", '
        b'"scheduled": "2026-06-01T22:00:00", "until": "2026-06-01T20:10:00+00:00"}}',
        b" " * 70_000,
    ],
)
def test_a_corrupt_state_file_is_tolerated(
    state_file: Path, content: bytes, caplog: pytest.LogCaptureFixture
) -> None:
    state_file.write_bytes(content)
    store = JsonReminderStore(state_file)
    with caplog.at_level(logging.WARNING, logger="cramp_timer.flows.schedule"):
        assert store.load() == ReminderState()
    assert store.problem is not None and str(state_file) in store.problem
    assert "reminder state ignored" in caplog.text
    # nothing already past fires, and the next night works and repairs the file
    scheduler = ReminderScheduler(NIGHTLY, BERLIN, store)
    assert scheduler.check(local(BERLIN, 2026, 6, 1, 22, 10)) == []
    assert len(scheduler.check(local(BERLIN, 2026, 6, 2, 22, 0))) == 1
    assert JsonReminderStore(state_file).load().last_day == date(2026, 6, 2)


def test_a_missing_state_file_is_an_empty_state(state_file: Path) -> None:
    store = JsonReminderStore(state_file)
    assert store.load() == ReminderState()
    assert store.problem is None


def test_a_snooze_in_a_zone_that_is_gone_keeps_its_offset(state_file: Path) -> None:
    state_file.write_text(
        json.dumps(
            {
                "version": 1,
                "last_day": "2026-06-01",
                "snooze": {
                    "day": "2026-06-01",
                    "scheduled": "2026-06-01T22:00:00+02:00",
                    "zone": "Nowhere/Atlantis",
                    "until": "2026-06-01T20:10:00+00:00",
                },
            }
        ),
        encoding="utf-8",
    )
    state = JsonReminderStore(state_file).load()
    assert state.snooze is not None
    assert state.snooze.scheduled == local(BERLIN, 2026, 6, 1, 22, 0)
    assert state.snooze.night == date(2026, 6, 1)


def test_a_store_that_cannot_save_does_not_stop_the_reminder(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    store = JsonReminderStore(tmp_path / "missing-folder" / "reminder.json")
    scheduler = berlin_scheduler(store)
    with caplog.at_level(logging.WARNING, logger="cramp_timer.flows.schedule"):
        assert len(scheduler.check(local(BERLIN, 2026, 6, 1, 22, 0))) == 1
    assert "not saved" in caplog.text
    assert scheduler.check(local(BERLIN, 2026, 6, 1, 22, 5)) == []  # remembered in memory


def test_the_memory_store_saves_only_changes() -> None:
    store = MemoryReminderStore()
    scheduler = berlin_scheduler(store)
    saves = store.saves
    for minute in range(0, 50, 5):
        scheduler.check(local(BERLIN, 2026, 6, 1, 21, minute))
    assert store.saves == saves
    scheduler.check(local(BERLIN, 2026, 6, 1, 22, 0))
    assert store.saves == saves + 1


def test_system_zone_follows_tz(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "Australia/Lord_Howe")
    assert system_zone() == LORD_HOWE
    monkeypatch.setenv("TZ", "Not/A_Zone")
    zone = system_zone()  # falls back to this machine's own zone
    assert datetime(2026, 6, 1, tzinfo=zone).utcoffset() is not None


def test_module_has_no_qt_imports() -> None:
    import cramp_timer.flows.schedule as module

    source = Path(module.__file__).read_text(encoding="utf-8")
    assert "PySide6" not in source
