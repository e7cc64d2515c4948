"""Is the bedtime routine working for me? The person's own before/after, in figures.

``compare(rows, today)`` takes the history's night rows (``cramp_timer.core.history``) and
answers two questions, each as two ``Group``s of nights:

- before/since: the (up to) six weeks of recorded nights before the night the bedtime
  routine was first done, against the latest six weeks since that night (fewer if it was
  less than six weeks ago: ``since_partial``);
- with/without: from that night on, the nights on which the routine was done against the
  nights on which it was not.

Only complete nights count: the current night (``today``) is still going on, so the last
night compared is the one before it. A night without any entry is a night without a
cramp. Nights before the first entry of the diary are not known, so "before" starts no
earlier than that. A cramp session that never ended still counts as a cramp; a cramp
without a severity counts as a cramp and not in the mean severity. A group of fewer than
``MIN_NIGHTS`` nights gives no figure (``Group.enough`` False): say so instead.

No Qt here. The words are in ``cramp_timer.ui.trial_words``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from enum import Enum
from typing import Final

from cramp_timer.core.history import NightRow

PERIOD_NIGHTS: Final = 42  # six weeks, as in the stretching study the routine follows
MIN_NIGHTS: Final = 14  # fewer nights in a group: no figure, say so

ONE_DAY: Final = timedelta(days=1)


class State(str, Enum):
    EMPTY = "empty"  # no complete night recorded yet
    NO_ROUTINE = "no_routine"  # nights recorded, the routine never done: nothing to compare
    READY = "ready"  # the routine was done at least once: the groups below are filled


@dataclass(frozen=True)
class Group:
    """Some nights in figures. ``first_night``..``last_night`` is the span they came from
    (for with/without, not every night of the span is in the group)."""

    first_night: date
    last_night: date
    nights: int
    cramps: int
    rated: int  # cramps with a severity
    severity_total: int

    @property
    def enough(self) -> bool:
        return self.nights >= MIN_NIGHTS

    @property
    def cramps_per_night(self) -> float | None:
        """None: too few nights for a figure."""
        return self.cramps / self.nights if self.enough else None

    @property
    def mean_severity(self) -> float | None:
        """None: too few nights, or no cramp of the group was rated."""
        return self.severity_total / self.rated if self.enough and self.rated else None


@dataclass(frozen=True)
class Comparison:
    state: State
    last_night: date  # the last complete night
    first_recorded: date | None  # the first night with any entry
    first_routine: date | None  # the first night the routine was done
    before: Group | None
    since: Group | None
    since_partial: bool  # the routine began less than six weeks ago: "since" is shorter
    with_routine: Group | None
    without_routine: Group | None
    routine_nights: int  # nights the routine was done, first_routine..last_night
    span_nights: int  # nights first_routine..last_night (0 without a routine)


def _group(rows: Iterable[NightRow], first: date, last: date, nights: int) -> Group:
    cramps = rated = total = 0
    for row in rows:
        cramps += row.cramp_count
        rated += row.rated
        total += row.severity_total
    return Group(first, last, nights, cramps, rated, total)


def _span(by_night: dict[date, NightRow], first: date, last: date) -> Group:
    nights = max(0, (last - first).days + 1)
    if nights <= len(by_night):  # walk the span's dates
        chosen = [by_night[d] for d in _dates(first, last) if d in by_night]
    else:  # walk the rows
        chosen = [row for night, row in by_night.items() if first <= night <= last]
    return _group(chosen, first, last, nights)


def _dates(first: date, last: date) -> Iterable[date]:
    day = first
    while day <= last:
        yield day
        day += ONE_DAY


def compare(rows: Iterable[NightRow], today: date, period: int = PERIOD_NIGHTS) -> Comparison:
    """The answer from the night rows (any order) as of ``today`` (the current night)."""
    last = today - ONE_DAY
    by_night = {row.night: row for row in rows if row.night <= last}
    first_recorded = min(by_night, default=None)
    done = [night for night, row in by_night.items() if row.routine_done]
    first_routine = min(done, default=None)
    if first_recorded is None:
        return Comparison(State.EMPTY, last, None, None, None, None, False, None, None, 0, 0)
    if first_routine is None:
        return Comparison(
            State.NO_ROUTINE, last, first_recorded, None, None, None, False, None, None, 0, 0
        )
    before_first = max(first_recorded, first_routine - timedelta(days=period))
    before = _span(by_night, before_first, first_routine - ONE_DAY)
    since_first = max(first_routine, last - timedelta(days=period - 1))
    since = _span(by_night, since_first, last)
    span_nights = (last - first_routine).days + 1
    in_span = [row for night, row in by_night.items() if night >= first_routine]
    with_rows = [row for row in in_span if row.routine_done]
    without_rows = [row for row in in_span if not row.routine_done]
    return Comparison(
        state=State.READY,
        last_night=last,
        first_recorded=first_recorded,
        first_routine=first_routine,
        before=before,
        since=since,
        since_partial=since_first == first_routine and since.nights < period,
        with_routine=_group(with_rows, first_routine, last, len(with_rows)),
        without_routine=_group(without_rows, first_routine, last, span_nights - len(with_rows)),
        routine_nights=len(with_rows),
        span_nights=span_nights,
    )


def adherence(rows: Iterable[NightRow], first_night: date, last_night: date) -> tuple[int, int]:
    """(nights the routine was done, nights) in first_night..last_night."""
    nights = max(0, (last_night - first_night).days + 1)
    done = sum(1 for row in rows if row.routine_done and first_night <= row.night <= last_night)
    return done, nights
