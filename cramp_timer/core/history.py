"""The diary's history as immutable snapshots, for the history view and the reports.

Pure functions turn diary rows into snapshots; ``HistorySource`` is the thin object the
view calls (it asks the diary, and nothing else). No Qt here.

- ``night_rows``: one ``NightRow`` per night with any entry, newest first. Built from the
  diary's cheap "marks" (``Diary.cramp_marks`` ...), so ten years of nights take
  milliseconds; the full entries of a night are read only when it is chosen
  (``night_detail``).
- ``chart_series``: the 42 nights ending today, oldest first, empty nights too.
- ``summarise``: a stretch of nights (a week, or the six weeks) in figures: cramps,
  severity, outcomes, follow-up care, red-flag events, nights with the bedtime routine.

A night runs from noon to noon and is named by the local date on which it began
(``cramp_timer.storage.diary.night_of``). ``zone`` None means this computer's local time.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo
from typing import Final, NamedTuple

from cramp_timer.core.marks import CrampMark, ReminderMark, RoutineMark
from cramp_timer.core.records import (
    NIGHT_CUTOFF,
    CrampEntry,
    FollowupKind,
    ReminderEntry,
    ReminderOutcome,
    RoutineEntry,
    RoutineOutcome,
    night_of,
)
from cramp_timer.core.values import replace

CHART_NIGHTS: Final = 42  # six weeks, as in the stretching study the routine follows
WEEKS: Final = 6
ONE_DAY: Final = timedelta(days=1)

# Which routine outcome says most about a night with several runs.
_ROUTINE_RANK: Final[dict[RoutineOutcome | None, int]] = {
    None: 0,
    RoutineOutcome.STOPPED: 1,
    RoutineOutcome.PARTIAL: 2,
    RoutineOutcome.DONE: 3,
}


# ------------------------------------------------------------------------ snapshots


class NightRow(NamedTuple):
    """One night in the list. (A NamedTuple: thousands are built at once, cheaply.)"""

    night: date
    cramp_count: int
    mean_severity: float | None  # None: no cramp of the night was rated
    red_flags: bool  # the red-flag advice was shown in one of the night's sessions
    unfinished: int  # sessions that never ended (app closed, crash)
    routine: RoutineOutcome | None  # the best finished bedtime-routine run, if any
    routine_runs: int  # routine runs started that night, finished or not
    reminders: tuple[ReminderOutcome, ...]  # what happened to the reminder, in order
    rated: int = 0  # cramps of the night with a severity
    severity_total: int = 0  # their severities added up (means of groups of nights)

    @property
    def routine_done(self) -> bool:
        return self.routine is RoutineOutcome.DONE


class ChartPoint(NamedTuple):
    night: date
    cramp_count: int
    mean_severity: float | None
    routine_done: bool


@dataclass(frozen=True)
class NightDetail:
    """Everything recorded for one night; times are in the history's zone."""

    night: date
    cramps: tuple[CrampEntry, ...]  # oldest first
    routine_runs: tuple[RoutineEntry, ...]
    reminders: tuple[ReminderOutcome, ...]

    @property
    def empty(self) -> bool:
        return not (self.cramps or self.routine_runs or self.reminders)


@dataclass(frozen=True)
class Outcomes:
    better: int = 0
    still_cramping: int = 0
    stopped: int = 0
    unfinished: int = 0


@dataclass(frozen=True)
class FollowupUse:
    kind: FollowupKind
    times: int
    minutes: float


@dataclass(frozen=True)
class RedFlagEvent:
    night: date
    started_at: datetime  # local time of the session in which the advice was shown


@dataclass(frozen=True)
class Period:
    """Nights first_night..last_night (both included) in figures."""

    first_night: date
    last_night: date
    cramps: int
    nights_with_cramps: int
    rated: int  # cramps with a severity
    mean_severity: float | None
    min_severity: int | None
    max_severity: int | None
    outcomes: Outcomes
    followups: tuple[FollowupUse, ...]  # one per kind, in FollowupKind order
    red_flags: tuple[RedFlagEvent, ...]  # oldest first
    routine_nights: int  # nights on which a bedtime-routine run ended "done"

    @property
    def nights(self) -> int:
        return (self.last_night - self.first_night).days + 1


@dataclass(frozen=True)
class History:
    today: date  # the night that is "now"
    nights: tuple[NightRow, ...]  # every night with an entry, newest first
    chart: tuple[ChartPoint, ...]  # CHART_NIGHTS nights ending today, oldest first
    weeks: tuple[Period, ...]  # the last WEEKS weeks (7 nights each, ending today), oldest first
    overall: Period  # those weeks together

    @property
    def empty(self) -> bool:
        """Nothing at all is recorded."""
        return not self.nights


# ------------------------------------------------------------------------ pure functions


def night_of_micros(started_us: int, zone: tzinfo | None) -> date:
    """``night_of`` for a diary ``*_us`` key, without building an aware datetime."""
    # Whole seconds are enough: the cut-off is a whole second.
    local = datetime.fromtimestamp(started_us // 1_000_000, zone)
    day = local.date()
    return day if local.time() >= NIGHT_CUTOFF else day - ONE_DAY


def night_rows(
    cramps: Iterable[CrampMark],
    runs: Iterable[RoutineMark],
    reminders: Iterable[ReminderMark],
    zone: tzinfo | None,
) -> tuple[NightRow, ...]:
    """One row per night that has a cramp, a routine run or a reminder; newest first."""
    # per night: [count, rated, severity sum, red flags, unfinished]
    # night_of_micros() written out: this loop runs once per session ever recorded.
    from_timestamp, cutoff, one_day = datetime.fromtimestamp, NIGHT_CUTOFF, ONE_DAY
    cramp_acc: dict[date, list[int]] = {}
    for started_us, severity, red_flags, finished in cramps:
        local = from_timestamp(started_us // 1_000_000, zone)
        night = local.date() if local.time() >= cutoff else local.date() - one_day
        acc = cramp_acc.get(night)
        if acc is None:
            acc = cramp_acc[night] = [0, 0, 0, 0, 0]
        acc[0] += 1
        if severity is not None:
            acc[1] += 1
            acc[2] += severity
        if red_flags:
            acc[3] = 1
        if not finished:
            acc[4] += 1
    best: dict[date, RoutineOutcome | None] = {}
    run_counts: dict[date, int] = {}
    rank = _ROUTINE_RANK
    for started_us, outcome in runs:
        local = from_timestamp(started_us // 1_000_000, zone)
        night = local.date() if local.time() >= cutoff else local.date() - one_day
        run_counts[night] = run_counts.get(night, 0) + 1
        if rank[outcome] > rank[best.get(night)]:
            best[night] = outcome
    said: dict[date, list[ReminderOutcome]] = {}
    for night, said_outcome in reminders:
        said.setdefault(night, []).append(said_outcome)
    rows = []
    for night in sorted(cramp_acc.keys() | run_counts.keys() | said.keys(), reverse=True):
        count, rated, total, red, unfinished = cramp_acc.get(night, (0, 0, 0, 0, 0))
        rows.append(
            NightRow(
                night,
                count,
                total / rated if rated else None,
                bool(red),
                unfinished,
                best.get(night),
                run_counts.get(night, 0),
                tuple(said.get(night, ())),
                rated,
                total,
            )
        )
    return tuple(rows)


def chart_series(
    rows: Iterable[NightRow], today: date, nights: int = CHART_NIGHTS
) -> tuple[ChartPoint, ...]:
    """``nights`` nights ending with ``today``, oldest first; nights without entries too."""
    if nights < 1:
        raise ValueError("nights: must be at least 1")
    first = today - timedelta(days=nights - 1)
    by_night = {row.night: row for row in rows if first <= row.night <= today}
    points = []
    for offset in range(nights):
        night = first + timedelta(days=offset)
        row = by_night.get(night)
        if row is None:
            points.append(ChartPoint(night, 0, None, False))
        else:
            points.append(ChartPoint(night, row.cramp_count, row.mean_severity, row.routine_done))
    return tuple(points)


def summarise(
    cramps: Iterable[CrampEntry],
    runs: Iterable[RoutineEntry],
    first_night: date,
    last_night: date,
    zone: tzinfo | None,
) -> Period:
    """The nights first_night..last_night in figures. Entries of other nights are ignored."""
    if last_night < first_night:
        raise ValueError("last_night: must not be before first_night")
    count = 0
    cramp_nights: set[date] = set()
    ratings: list[int] = []
    outcomes = {"better": 0, "still_cramping": 0, "stopped": 0, "unfinished": 0}
    times = dict.fromkeys(FollowupKind, 0)
    minutes = dict.fromkeys(FollowupKind, 0.0)
    red_flags = []
    for entry in cramps:
        night = night_of(entry.started_at, zone)
        if not first_night <= night <= last_night:
            continue
        count += 1
        cramp_nights.add(night)
        if entry.severity is not None:
            ratings.append(entry.severity)
        if entry.unfinished or entry.outcome is None:
            outcomes["unfinished"] += 1
        else:
            outcomes[entry.outcome.value] += 1
        for followup in entry.followups:
            times[followup.kind] += 1
            minutes[followup.kind] += followup.minutes
        if entry.red_flags_shown:
            red_flags.append(RedFlagEvent(night, entry.started_at.astimezone(zone)))
    routine_nights = {
        night
        for run in runs
        if run.outcome is RoutineOutcome.DONE
        and first_night <= (night := night_of(run.started_at, zone)) <= last_night
    }
    red_flags.sort(key=lambda event: event.started_at)
    return Period(
        first_night=first_night,
        last_night=last_night,
        cramps=count,
        nights_with_cramps=len(cramp_nights),
        rated=len(ratings),
        mean_severity=sum(ratings) / len(ratings) if ratings else None,
        min_severity=min(ratings) if ratings else None,
        max_severity=max(ratings) if ratings else None,
        outcomes=Outcomes(**outcomes),
        followups=tuple(FollowupUse(kind, times[kind], minutes[kind]) for kind in FollowupKind),
        red_flags=tuple(red_flags),
        routine_nights=len(routine_nights),
    )


def week_bounds(today: date, weeks: int = WEEKS) -> list[tuple[date, date]]:
    """(first night, last night) of ``weeks`` weeks of 7 nights ending with ``today``,
    oldest first."""
    if weeks < 1:
        raise ValueError("weeks: must be at least 1")
    return [
        (today - timedelta(days=7 * back + 6), today - timedelta(days=7 * back))
        for back in range(weeks - 1, -1, -1)
    ]


def build_history(
    cramp_marks: Iterable[CrampMark],
    routine_marks: Iterable[RoutineMark],
    reminder_marks: Iterable[ReminderMark],
    recent_cramps: Sequence[CrampEntry],
    recent_runs: Sequence[RoutineEntry],
    today: date,
    zone: tzinfo | None,
    weeks: int = WEEKS,
) -> History:
    """The whole snapshot. ``recent_*`` must hold at least the entries of the last
    ``weeks`` weeks (more does no harm); the marks cover every night to be listed."""
    rows = night_rows(cramp_marks, routine_marks, reminder_marks, zone)
    bounds = week_bounds(today, weeks)
    return History(
        today=today,
        nights=rows,
        chart=chart_series(rows, today, CHART_NIGHTS),
        weeks=tuple(
            summarise(recent_cramps, recent_runs, first, last, zone) for first, last in bounds
        ),
        overall=summarise(recent_cramps, recent_runs, bounds[0][0], today, zone),
    )


def night_detail(
    night: date,
    cramps: Iterable[CrampEntry],
    runs: Iterable[RoutineEntry],
    reminders: Iterable[ReminderEntry],
    zone: tzinfo | None,
) -> NightDetail:
    """The entries of ``night`` (others are ignored), times shown in ``zone``."""

    def local(moment: datetime | None) -> datetime | None:
        return None if moment is None else moment.astimezone(zone)

    return NightDetail(
        night=night,
        cramps=tuple(
            replace(
                entry, started_at=entry.started_at.astimezone(zone), ended_at=local(entry.ended_at)
            )
            for entry in cramps
            if night_of(entry.started_at, zone) == night
        ),
        routine_runs=tuple(
            replace(
                run, started_at=run.started_at.astimezone(zone), ended_at=local(run.ended_at)
            )
            for run in runs
            if night_of(run.started_at, zone) == night
        ),
        reminders=tuple(r.outcome for r in reminders if r.night == night),
    )


# ------------------------------------------------------------------------ the thin object
