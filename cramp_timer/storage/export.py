"""CSV export of the cramp diary: one row per Cramp-now session.

The columns are listed in ``COLUMNS`` and documented in docs/export-format.md (keep the
two in step; a test compares them). UTF-8 without a byte-order mark, a header row, comma
separated, rows ended by CR LF (RFC 4180), written atomically (``cramp_timer.storage.atomic``)
with permission bits 0600: the file holds health data.

Column names and values are fixed English words (``better``, ``left``, ``yes``), not
translated, so that a spreadsheet or a script reads every export the same way.

A spreadsheet treats a cell that starts with ``=``, ``+``, ``-`` or ``@`` (or a tab or
carriage return) as a formula. Every cell the app writes is checked: such a cell gets a
leading apostrophe, which spreadsheets show as text. The app writes every value itself,
so this is a second line of defence.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from datetime import date, datetime, tzinfo
from pathlib import Path

from cramp_timer.core.aftercare import CARE_KINDS
from cramp_timer.storage.atomic import write_text_atomic
from cramp_timer.storage.diary import (
    CrampEntry,
    FollowupKind,
    RoutineEntry,
    RoutineOutcome,
    night_of,
)

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Final

# (name, meaning) in file order. docs/export-format.md has the units and formats.
COLUMNS: Final[tuple[tuple[str, str], ...]] = (
    ("session_id", "the session's number in the diary"),
    ("night", "the night the session belongs to: the date on which it began (noon to noon)"),
    ("started_at", "when the session started, local time"),
    ("ended_at", "when it ended; empty if it never ended"),
    ("finished", "whether the session ended normally"),
    ("stretch", "the calf stretch used"),
    ("hold_seconds", "the hold time that was set"),
    ("rounds", "how many stretch rounds were done"),
    ("stretch_seconds", "time spent holding the stretch, all rounds together"),
    ("outcome", "how the session ended"),
    ("red_flags_shown", "whether the red-flag advice was shown"),
    ("severity", "how bad the cramp was, as rated afterwards"),
    ("leg", "which leg cramped"),
    *((spec.csv_column, f"{spec.kind.value} used afterwards, all times together")
      for spec in CARE_KINDS),
    ("bedtime_routine", "the bedtime routine that night"),
)
HEADER: Final = tuple(name for name, _meaning in COLUMNS)

FORMULA_STARTS: Final = ("=", "+", "-", "@", "\t", "\r")


def guard_cell(text: str) -> str:
    """``text`` as a spreadsheet will show it: a would-be formula gets a leading apostrophe."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def csv_rows(
    cramps: Iterable[CrampEntry], runs: Iterable[RoutineEntry], zone: tzinfo | None
) -> list[list[str]]:
    """The header and one row per session, in the order given (the diary's: oldest first).
    Times are shown in ``zone`` (None: this computer's local time)."""
    routine = _routine_by_night(runs, zone)
    rows = [list(HEADER)]
    for entry in cramps:
        night = night_of(entry.started_at, zone)
        minutes = dict.fromkeys(FollowupKind, 0.0)
        for followup in entry.followups:
            minutes[followup.kind] += followup.minutes
        cells = [
            str(entry.id),
            night.isoformat(),
            _moment(entry.started_at, zone),
            "" if entry.ended_at is None else _moment(entry.ended_at, zone),
            "no" if entry.unfinished else "yes",
            entry.variant,
            str(entry.hold_seconds),
            str(entry.rounds),
            _number(entry.stretch_seconds),
            "" if entry.outcome is None else entry.outcome.value,
            "yes" if entry.red_flags_shown else "no",
            "" if entry.severity is None else str(entry.severity),
            "" if entry.leg is None else entry.leg.value,
            *(_number(minutes[spec.kind]) for spec in CARE_KINDS),
            routine.get(night, ""),
        ]
        rows.append([guard_cell(cell) for cell in cells])
    return rows


def csv_text(
    cramps: Iterable[CrampEntry], runs: Iterable[RoutineEntry], zone: tzinfo | None
) -> str:
    return _text(csv_rows(cramps, runs, zone))


def write_csv(
    path: Path, cramps: Iterable[CrampEntry], runs: Iterable[RoutineEntry], zone: tzinfo | None
) -> int:
    """Write the export to ``path``, replacing it whole or not at all; returns the number of
    sessions written. Raises ``OSError`` (the old file, if any, is then unchanged)."""
    rows = csv_rows(cramps, runs, zone)
    write_text_atomic(Path(path), _text(rows))
    return len(rows) - 1


ROWS_PER_CALL: Final = 200  # writerows() holds the GIL throughout: a few rows at a time


def _text(rows: list[list[str]]) -> str:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    for start in range(0, len(rows), ROWS_PER_CALL):
        writer.writerows(rows[start:start + ROWS_PER_CALL])
    return buffer.getvalue()


def _routine_by_night(runs: Iterable[RoutineEntry], zone: tzinfo | None) -> dict[date, str]:
    """Per night the best routine outcome: done, partial, stopped, or started (never ended)."""
    rank = {"started": 0, "stopped": 1, "partial": 2, "done": 3}
    best: dict[date, str] = {}
    for run in runs:
        value = "started" if run.outcome is None else RoutineOutcome(run.outcome).value
        night = night_of(run.started_at, zone)
        if night not in best or rank[value] > rank[best[night]]:
            best[night] = value
    return best


def _moment(moment: datetime, zone: tzinfo | None) -> str:
    return moment.astimezone(zone).replace(microsecond=0).isoformat()


def _number(value: float) -> str:
    """At most two decimals, no trailing zeros: 15 -> "15", 2.5 -> "2.5"."""
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return text or "0"
