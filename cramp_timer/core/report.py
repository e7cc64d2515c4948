"""What the doctor's summary says, as one immutable snapshot (no Qt; ``ui.report_pdf``
draws it).

``build_report(diary, zone, today, first_night, last_night, name, made_on)`` reads the diary once:
the nights first_night..last_night (default: the six weeks ending with ``today``) in
figures, split into weeks (or calendar months when the range is longer than
``MAX_WEEK_ROWS`` weeks), the bedtime routine's adherence (nights done out of nights in
the range), the before/after answer (``cramp_timer.core.trial``) as of the range's end, and
every cramp of the range with its local time (for the list of cramps).

It reads them as the CSV export does (``core.ranges.read_export``), and raises as it
does: ``ValueError`` for a range that ends before it begins, ``sqlite3.Error`` if the
diary cannot be read.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta, tzinfo
from typing import TYPE_CHECKING, Final

from cramp_timer.core.history import WEEKS, Period, night_rows, summarise
from cramp_timer.core.ranges import ONE_DAY, read_export
from cramp_timer.core.records import CrampEntry
from cramp_timer.core.trial import Comparison, adherence, compare
from cramp_timer.core.values import replace

if TYPE_CHECKING:
    from cramp_timer.storage.diary import Diary

MAX_WEEK_ROWS: Final = 12
MAX_NAME_LENGTH: Final = 80


@dataclass(frozen=True)
class Report:
    first_night: date
    last_night: date
    made_on: date
    name: str  # printed on the summary; "" for none
    overall: Period
    parts: tuple[Period, ...]  # weeks (or months), oldest first
    by_month: bool
    routine_done: int  # nights in the range with the routine done
    nights: int  # nights in the range
    comparison: Comparison
    cramps: tuple[CrampEntry, ...]  # the range's cramps, oldest first, times local
    routine_runs: int  # bedtime-routine runs started in the range, finished or not


def clean_name(name: str) -> str:
    """One line, at most ``MAX_NAME_LENGTH`` characters."""
    return " ".join(name.split())[:MAX_NAME_LENGTH]


def default_range(today: date, weeks: int = WEEKS) -> tuple[date, date]:
    return today - timedelta(days=7 * weeks - 1), today


def _parts(first: date, last: date) -> tuple[list[tuple[date, date]], bool]:
    nights = (last - first).days + 1
    if nights <= 7 * MAX_WEEK_ROWS:
        bounds = []
        end = last
        while end >= first:
            bounds.append((max(first, end - timedelta(days=6)), end))
            end -= timedelta(days=7)
        return bounds[::-1], False
    bounds = []
    start = first
    while start <= last:
        following = date(start.year + start.month // 12, start.month % 12 + 1, 1)
        bounds.append((start, min(last, following - ONE_DAY)))
        start = following
    return bounds, True


def build_report(
    diary: Diary,
    zone: tzinfo | None,
    today: date,
    first_night: date | None = None,
    last_night: date | None = None,
    name: str = "",
    made_on: date | None = None,
) -> Report:
    """``today``: the current night; ``made_on``: the date printed (default ``today``)."""
    default_first, default_last = default_range(today)
    first = default_first if first_night is None else first_night
    last = default_last if last_night is None else last_night
    if last < first:
        raise ValueError("the range ends before it begins")
    cramps, runs = read_export(diary, zone, first, last)
    bounds, by_month = _parts(first, last)
    overall = summarise(cramps, runs, first, last, zone)
    rows = night_rows(diary.cramp_marks(), diary.routine_marks(), diary.reminder_marks(), zone)
    done, nights = adherence(rows, first, last)
    return Report(
        first_night=first,
        last_night=last,
        made_on=today if made_on is None else made_on,
        name=clean_name(name),
        overall=overall,
        parts=tuple(summarise(cramps, runs, a, b, zone) for a, b in bounds),
        by_month=by_month,
        routine_done=done,
        nights=nights,
        comparison=compare(rows, min(today, last + ONE_DAY)),
        cramps=tuple(
            replace(c, started_at=c.started_at.astimezone(zone),
                    ended_at=None if c.ended_at is None else c.ended_at.astimezone(zone))
            for c in cramps
        ),
        routine_runs=len(runs),
    )
