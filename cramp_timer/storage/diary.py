"""The cramp and routine diary: one SQLite file, written the moment anything happens.

A Cramp-now session is inserted (and committed) when it starts and completed when it
ends, so a crash or a power cut loses nothing: a session that never ended reads back
with ``ended_at`` None (``CrampEntry.unfinished``). Each write is its own transaction,
committed before the method returns; ``Diary.transaction()`` groups several into one.

The file: WAL journal, ``synchronous=FULL`` (a commit is on disk when the call returns),
foreign keys on; bits 0600 (SQLite gives ``-wal``/``-shm`` the same). ``PRAGMA
user_version`` is the schema version; ``MIGRATIONS`` brings an older file up, one
transaction per step. A newer file, or one that is not a database, raises ``DiaryError``
and is left exactly as it was. Tables: ``cramp_sessions`` (one row per Cramp-now
session), ``cramp_followups`` (heat / cold / massage, many per session, deleted with it),
``routine_runs`` (one per routine run), ``reminders`` (what happened to a night's
reminder, several per night); the "night" view joins them in Python. ``cramp_marks``,
``routine_marks`` and ``reminder_marks`` read only what a night list needs, as tuples.

Times are stored twice, written together from the same ``datetime``: ``*_at`` is ISO
8601 text with the UTC offset the time was given in, and ``*_us`` is microseconds since
1970 UTC, the integer key that sorts and is indexed.

No Qt here: ``DiaryError`` carries a ``reason`` so the UI can say it in its own words.
Why: docs/decisions/0205-diary-file.md.
"""

from __future__ import annotations

import contextlib
import errno
import math
import os
import sqlite3
import stat
import sys
from collections.abc import Callable, Iterator, Sequence
from datetime import date, datetime, timedelta, timezone, tzinfo
from enum import Enum
from pathlib import Path

from cramp_timer.core.records import (
    NIGHT_CUTOFF as NIGHT_CUTOFF,
)
from cramp_timer.core.records import (  # the diary's vocabulary, re-exported
    CrampEntry as CrampEntry,
)
from cramp_timer.core.records import (
    CrampOutcome as CrampOutcome,
)
from cramp_timer.core.records import (
    Followup as Followup,
)
from cramp_timer.core.records import (
    FollowupKind as FollowupKind,
)
from cramp_timer.core.records import (
    Leg as Leg,
)
from cramp_timer.core.records import (
    NightSummary as NightSummary,
)
from cramp_timer.core.records import (
    ReminderEntry as ReminderEntry,
)
from cramp_timer.core.records import (
    ReminderOutcome as ReminderOutcome,
)
from cramp_timer.core.records import (
    RoutineEntry as RoutineEntry,
)
from cramp_timer.core.records import (
    RoutineOutcome as RoutineOutcome,
)
from cramp_timer.core.records import (
    Variant as Variant,
)
from cramp_timer.core.records import (
    night_of as night_of,
)
from cramp_timer.core.records import (
    night_start as night_start,
)
from cramp_timer.i18n import translate

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Final, TypeVar

    from cramp_timer.core.marks import CrampMark, ReminderMark, RoutineMark

    _E = TypeVar("_E", bound=Enum)

FILE_MODE: Final = 0o600
BUSY_TIMEOUT_SECONDS: Final = 5.0

# A "night" runs from noon to noon, local time: a cramp at 03:00 on the 16th belongs to
# the night of the 15th.

MAX_HOLD_SECONDS: Final = 3600
MAX_ROUNDS: Final = 1000
MAX_STRETCH_SECONDS: Final = 24 * 3600.0
MAX_FOLLOWUP_MINUTES: Final = 240.0
MAX_SEVERITY: Final = 10
MAX_NAME_LENGTH: Final = 200

_EPOCH: Final = datetime(1970, 1, 1, tzinfo=timezone.utc)
_MICROSECOND: Final = timedelta(microseconds=1)
_SQLITE_HEADER: Final = b"SQLite format 3\x00"
_MIN_PAGE_SIZE: Final = 512  # SQLite's smallest page: a database is at least this long


# ------------------------------------------------------------------------ value types


_ROUTINE_OUTCOMES: Final[dict[str | None, RoutineOutcome]] = {
    member.value: member for member in RoutineOutcome
}
_REMINDER_OUTCOMES: Final[dict[str, ReminderOutcome]] = {
    member.value: member for member in ReminderOutcome
}


class DiaryError(Exception):
    """The diary file cannot be used. The file is left as it was.

    ``reason`` is one of ``"not_a_database"``, ``"newer"``, ``"cannot_open"``,
    ``"migration_failed"``, ``"disk_full"``, ``"busy"`` (another program holds it); the
    message is plain English and names the file.
    """

    def __init__(self, path: Path, reason: str, message: str) -> None:
        super().__init__(message)
        self.path = path
        self.reason = reason


class UnknownEntry(LookupError):
    """No diary entry has this id (it was deleted, or never existed)."""

    def __init__(self, table: str, entry_id: int) -> None:
        super().__init__(f"no {table} entry with id {entry_id}")
        self.entry_id = entry_id


# ------------------------------------------------------------------------ migrations

Migration = Callable[[sqlite3.Connection], None]


def _v0_to_v1(db: sqlite3.Connection) -> None:
    """The first diary: Cramp-now sessions and their follow-up care."""
    db.execute(
        """
        CREATE TABLE cramp_sessions (
            id              INTEGER PRIMARY KEY,
            started_at      TEXT    NOT NULL,
            started_us      INTEGER NOT NULL,
            ended_at        TEXT,
            ended_us        INTEGER,
            variant         TEXT    NOT NULL,
            hold_seconds    INTEGER NOT NULL CHECK (hold_seconds > 0),
            rounds          INTEGER NOT NULL DEFAULT 0 CHECK (rounds >= 0),
            stretch_seconds REAL    NOT NULL DEFAULT 0 CHECK (stretch_seconds >= 0),
            outcome         TEXT CHECK (outcome IN ('better', 'still_cramping', 'stopped')),
            red_flags_shown INTEGER NOT NULL DEFAULT 0 CHECK (red_flags_shown IN (0, 1)),
            severity        INTEGER CHECK (severity BETWEEN 0 AND 10),
            leg             TEXT CHECK (leg IN ('left', 'right', 'both')),
            CHECK ((ended_at IS NULL) = (ended_us IS NULL))
        )
        """
    )
    db.execute("CREATE INDEX cramp_sessions_by_start ON cramp_sessions (started_us)")
    db.execute(
        """
        CREATE TABLE cramp_followups (
            id       INTEGER PRIMARY KEY,
            cramp_id INTEGER NOT NULL REFERENCES cramp_sessions (id) ON DELETE CASCADE,
            kind     TEXT NOT NULL CHECK (kind IN ('heat', 'cold', 'massage')),
            minutes  REAL NOT NULL CHECK (minutes >= 0)
        )
        """
    )
    db.execute("CREATE INDEX cramp_followups_by_cramp ON cramp_followups (cramp_id)")


def _v1_to_v2(db: sqlite3.Connection) -> None:
    """Bedtime-routine runs and what happened to each night's reminder."""
    db.execute(
        """
        CREATE TABLE routine_runs (
            id           INTEGER PRIMARY KEY,
            started_at   TEXT    NOT NULL,
            started_us   INTEGER NOT NULL,
            ended_at     TEXT,
            ended_us     INTEGER,
            routine_name TEXT    NOT NULL,
            outcome      TEXT CHECK (outcome IN ('done', 'partial', 'stopped')),
            CHECK ((ended_at IS NULL) = (ended_us IS NULL))
        )
        """
    )
    db.execute("CREATE INDEX routine_runs_by_start ON routine_runs (started_us)")
    db.execute(
        """
        CREATE TABLE reminders (
            id      INTEGER PRIMARY KEY,
            night   TEXT NOT NULL,
            outcome TEXT NOT NULL CHECK (outcome IN ('skipped', 'snoozed', 'missed', 'started'))
        )
        """
    )
    db.execute("CREATE INDEX reminders_by_night ON reminders (night)")


# (from_version, step turning a from_version file into a from_version + 1 file).
# Ordered, one per version, ending at DIARY_VERSION - 1. Never edit a released step:
# add a new one.
MIGRATIONS: Final[tuple[tuple[int, Migration], ...]] = ((0, _v0_to_v1), (1, _v1_to_v2))
DIARY_VERSION: Final = len(MIGRATIONS)

if [version for version, _step in MIGRATIONS] != list(range(DIARY_VERSION)):
    raise TypeError("MIGRATIONS must cover every version from 0 to DIARY_VERSION - 1")


# ------------------------------------------------------------------------ the diary


class Diary:
    """The diary file, open. Build it with ``Diary.open(path)``; ``close()`` when done.

    Not thread-safe: use it from one thread (the GUI thread).
    """

    def __init__(self, path: Path, db: sqlite3.Connection) -> None:
        """Use ``Diary.open``."""
        self._path = path
        self._db = db
        self._in_transaction = False
        # rows that could not be read (a bad date, an unknown value): skipped, never fatal
        self.damaged: set[tuple[str, object]] = set()

    # -- opening --------------------------------------------------------------------
    @classmethod
    def open(cls, path: Path) -> Diary:
        """Open the diary at ``path``, creating it (and bringing it up to date) if needed.

        Raises ``DiaryError`` if the file is not a database, comes from a newer version
        of the app, or cannot be opened; the file is then left as it was.
        """
        path = Path(path)
        _create_private(path)
        _probe(path)  # read-only: refuses garbage and newer files without touching them
        try:
            db = sqlite3.connect(
                path, timeout=BUSY_TIMEOUT_SECONDS, isolation_level=None,
                check_same_thread=True,
            )
        except sqlite3.Error as error:
            raise _cannot_open(path, error) from error
        try:
            _configure(path, db)
            _migrate(path, db)
            _make_private(path)
        except BaseException:
            db.close()
            raise
        return cls(path, db)

    @property
    def path(self) -> Path:
        return self._path

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> Diary:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        """Group several writes into one commit (all or nothing). Not nestable."""
        if self._in_transaction:
            raise RuntimeError("a diary transaction is already open")
        self._db.execute("BEGIN IMMEDIATE")
        self._in_transaction = True
        try:
            yield
        except BaseException:
            if self._db.in_transaction:
                self._db.execute("ROLLBACK")
            raise
        else:
            self._db.execute("COMMIT")
        finally:
            self._in_transaction = False

    def schema_version(self) -> int:
        return _user_version(self._db)

    # -- cramp sessions -------------------------------------------------------------
    def start_cramp(self, started_at: datetime, variant: str, hold_seconds: int) -> int:
        """Record a Cramp-now session as it starts; committed before this returns."""
        text, micros = _time("started_at", started_at)
        variant = _choice("variant", variant, Variant).value
        hold = _int("hold_seconds", hold_seconds, 1, MAX_HOLD_SECONDS)
        cursor = self._db.execute(
            "INSERT INTO cramp_sessions (started_at, started_us, variant, hold_seconds)"
            " VALUES (?, ?, ?, ?)",
            (text, micros, variant, hold),
        )
        return _row_id(cursor)

    def update_cramp(
        self,
        cramp_id: int,
        *,
        rounds: int | None = None,
        stretch_seconds: float | None = None,
        outcome: CrampOutcome | str | None = None,
        red_flags_shown: bool | None = None,
    ) -> None:
        """Record progress of a session that is still running. None leaves a value as it is.

        Follow-up care is added with ``add_followup``; the rating with ``set_severity``.
        """
        changes: list[tuple[str, object]] = []
        if rounds is not None:
            changes.append(("rounds", _int("rounds", rounds, 0, MAX_ROUNDS)))
        if stretch_seconds is not None:
            changes.append(("stretch_seconds",
                            _float("stretch_seconds", stretch_seconds, MAX_STRETCH_SECONDS)))
        if outcome is not None:
            changes.append(("outcome", _choice("outcome", outcome, CrampOutcome).value))
        if red_flags_shown is not None:
            changes.append(("red_flags_shown", int(_bool("red_flags_shown", red_flags_shown))))
        _check_id(cramp_id)
        if not changes:
            self._require("cramp_sessions", cramp_id)
            return
        # Column names come from the literals above, never from the caller.
        assignments = ", ".join(f"{column} = ?" for column, _value in changes)
        values = [value for _column, value in changes]
        self._update("cramp_sessions", cramp_id,
                     f"UPDATE cramp_sessions SET {assignments} WHERE id = ?", values)

    def finish_cramp(
        self,
        cramp_id: int,
        ended_at: datetime,
        outcome: CrampOutcome | str,
        rounds: int,
        stretch_seconds: float,
        red_flags_shown: bool,
    ) -> None:
        """Complete a session. A session is finished once; after that only its rating
        (``set_severity``) and follow-ups (``add_followup``) change."""
        _check_id(cramp_id)
        text, micros = _time("ended_at", ended_at)
        values = (
            text,
            micros,
            _choice("outcome", outcome, CrampOutcome).value,
            _int("rounds", rounds, 0, MAX_ROUNDS),
            _float("stretch_seconds", stretch_seconds, MAX_STRETCH_SECONDS),
            int(_bool("red_flags_shown", red_flags_shown)),
            cramp_id,
        )
        # An earlier ended_at is allowed: the wall clock may have been set back meanwhile.
        cursor = self._db.execute(
            "UPDATE cramp_sessions SET ended_at = ?, ended_us = ?, outcome = ?, rounds = ?,"
            " stretch_seconds = ?, red_flags_shown = ? WHERE id = ? AND ended_at IS NULL",
            values,
        )
        if cursor.rowcount == 0:
            self._require("cramp_sessions", cramp_id)
            raise ValueError(f"cramp_id: session {cramp_id} is already finished")

    def set_severity(
        self, cramp_id: int, severity: int | None, leg: Leg | str | None
    ) -> None:
        """Rate a session 0..10 and say which leg; None for "not answered"."""
        _check_id(cramp_id)
        rating = None if severity is None else _int("severity", severity, 0, MAX_SEVERITY)
        side = None if leg is None else _choice("leg", leg, Leg).value
        self._update("cramp_sessions", cramp_id,
                     "UPDATE cramp_sessions SET severity = ?, leg = ? WHERE id = ?",
                     [rating, side])

    def add_followup(self, cramp_id: int, kind: FollowupKind | str, minutes: float) -> int:
        """Record heat, cold or massage after a session; returns the follow-up's id."""
        _check_id(cramp_id)
        kind_value = _choice("kind", kind, FollowupKind).value
        length = _float("minutes", minutes, MAX_FOLLOWUP_MINUTES)
        cursor = self._db.execute(
            "INSERT INTO cramp_followups (cramp_id, kind, minutes)"
            " SELECT id, ?, ? FROM cramp_sessions WHERE id = ?",
            (kind_value, length, cramp_id),
        )
        if cursor.rowcount == 0:
            raise UnknownEntry("cramp_sessions", cramp_id)
        return _row_id(cursor)

    def update_followup(self, followup_id: int, minutes: float) -> None:
        """Record how long a follow-up has run so far (kept current while it runs)."""
        _check_id(followup_id, "followup_id")
        length = _float("minutes", minutes, MAX_FOLLOWUP_MINUTES)
        self._update("cramp_followups", followup_id,
                     "UPDATE cramp_followups SET minutes = ? WHERE id = ?", [length])

    def delete_cramp(self, cramp_id: int) -> None:
        """Remove a session and its follow-ups."""
        _check_id(cramp_id)
        cursor = self._db.execute("DELETE FROM cramp_sessions WHERE id = ?", (cramp_id,))
        if cursor.rowcount == 0:
            raise UnknownEntry("cramp_sessions", cramp_id)

    def cramps(
        self, since: datetime | None = None, until: datetime | None = None
    ) -> list[CrampEntry]:
        """Sessions that started in [since, until), oldest first."""
        where, params = _range("c.started_us", since, until)
        followups: dict[int, list[Followup]] = {}
        for followup_id, cramp_id, kind, minutes in self._db.execute(
            "SELECT f.id, f.cramp_id, f.kind, f.minutes FROM cramp_followups AS f"
            " JOIN cramp_sessions AS c ON c.id = f.cramp_id"
            f" WHERE {where} ORDER BY f.id",
            params,
        ):
            try:
                care = Followup(FollowupKind(kind), float(minutes))
            except (ValueError, TypeError) as error:
                self._skip("cramp_followups", followup_id, error)
                continue
            followups.setdefault(cramp_id, []).append(care)
        rows = self._db.execute(
            "SELECT c.id, c.started_at, c.ended_at, c.variant, c.hold_seconds, c.rounds,"
            " c.stretch_seconds, c.outcome, c.red_flags_shown, c.severity, c.leg"
            f" FROM cramp_sessions AS c WHERE {where} ORDER BY c.started_us, c.id",
            params,
        )
        entries = []
        for row in rows:
            try:
                entries.append(CrampEntry(
                    id=row[0],
                    started_at=_aware(row[1]),
                    ended_at=None if row[2] is None else _aware(row[2]),
                    variant=row[3],
                    hold_seconds=row[4],
                    rounds=row[5],
                    stretch_seconds=float(row[6]),
                    outcome=None if row[7] is None else CrampOutcome(row[7]),
                    red_flags_shown=bool(row[8]),
                    severity=row[9],
                    leg=None if row[10] is None else Leg(row[10]),
                    followups=tuple(followups.get(row[0], ())),
                ))
            except (ValueError, TypeError) as error:
                self._skip("cramp_sessions", row[0], error)
        return entries

    # -- bedtime routine and reminders ----------------------------------------------
    def start_routine(self, started_at: datetime, routine_name: str) -> int:
        text, micros = _time("started_at", started_at)
        name = _text("routine_name", routine_name)
        cursor = self._db.execute(
            "INSERT INTO routine_runs (started_at, started_us, routine_name) VALUES (?, ?, ?)",
            (text, micros, name),
        )
        return _row_id(cursor)

    def finish_routine(
        self, run_id: int, ended_at: datetime, outcome: RoutineOutcome | str
    ) -> None:
        _check_id(run_id, "run_id")
        text, micros = _time("ended_at", ended_at)
        value = _choice("outcome", outcome, RoutineOutcome).value
        cursor = self._db.execute(
            "UPDATE routine_runs SET ended_at = ?, ended_us = ?, outcome = ?"
            " WHERE id = ? AND ended_at IS NULL",
            (text, micros, value, run_id),
        )
        if cursor.rowcount == 0:
            self._require("routine_runs", run_id)
            raise ValueError(f"run_id: routine run {run_id} is already finished")

    def routine_runs(
        self, since: datetime | None = None, until: datetime | None = None
    ) -> list[RoutineEntry]:
        """Routine runs that started in [since, until), oldest first."""
        where, params = _range("started_us", since, until)
        rows = self._db.execute(
            "SELECT id, started_at, ended_at, routine_name, outcome FROM routine_runs"
            f" WHERE {where} ORDER BY started_us, id",
            params,
        )
        runs = []
        for row in rows:
            try:
                runs.append(RoutineEntry(
                    id=row[0],
                    started_at=_aware(row[1]),
                    ended_at=None if row[2] is None else _aware(row[2]),
                    routine_name=row[3],
                    outcome=None if row[4] is None else RoutineOutcome(row[4]),
                ))
            except (ValueError, TypeError) as error:
                self._skip("routine_runs", row[0], error)
        return runs

    def record_reminder(self, night: date, outcome: ReminderOutcome | str) -> int:
        """Record what happened to the reminder of ``night`` (several per night is fine)."""
        if isinstance(night, datetime) or not isinstance(night, date):
            raise ValueError(f"night: must be a date (got {night!r})")
        value = _choice("outcome", outcome, ReminderOutcome).value
        cursor = self._db.execute(
            "INSERT INTO reminders (night, outcome) VALUES (?, ?)", (night.isoformat(), value)
        )
        return _row_id(cursor)

    def reminders(self, first_night: date, last_night: date) -> list[ReminderEntry]:
        """Reminder outcomes for the nights first_night..last_night, in recorded order."""
        rows = self._db.execute(
            "SELECT id, night, outcome FROM reminders WHERE night BETWEEN ? AND ?"
            " ORDER BY night, id",
            (first_night.isoformat(), last_night.isoformat()),
        )
        entries = []
        for row in rows:
            try:
                entries.append(
                    ReminderEntry(row[0], date.fromisoformat(row[1]), ReminderOutcome(row[2])))
            except (ValueError, TypeError) as error:
                self._skip("reminders", row[0], error)
        return entries

    # -- in bulk, for lists and charts -------------------------------------------------
    def cramp_marks(
        self, since: datetime | None = None, until: datetime | None = None
    ) -> list[CrampMark]:
        """A ``CrampMark`` per session that started in [since, until), oldest first.
        Uses the start index; reads no follow-ups and parses no text."""
        from cramp_timer.core.marks import CrampMark  # (the history's alone: core.marks)

        where, params = _range("started_us", since, until)
        rows = self._db.execute(
            "SELECT started_us, severity, red_flags_shown, ended_us IS NOT NULL"
            f" FROM cramp_sessions WHERE {where} ORDER BY started_us",
            params,
        )
        return [CrampMark(at, rating, flags == 1, done == 1) for at, rating, flags, done in rows]

    def routine_marks(
        self, since: datetime | None = None, until: datetime | None = None
    ) -> list[RoutineMark]:
        """A ``RoutineMark`` per routine run that started in [since, until), oldest first."""
        from cramp_timer.core.marks import RoutineMark

        where, params = _range("started_us", since, until)
        outcomes = _ROUTINE_OUTCOMES
        rows = self._db.execute(
            f"SELECT started_us, outcome FROM routine_runs WHERE {where} ORDER BY started_us",
            params,
        )
        return [RoutineMark(at, outcomes.get(outcome)) for at, outcome in rows]

    def reminder_marks(
        self, first_night: date | None = None, last_night: date | None = None
    ) -> list[ReminderMark]:
        """What happened to the reminders of first_night..last_night (None: no limit),
        in night order, then recorded order."""
        from cramp_timer.core.marks import ReminderMark

        low = date.min if first_night is None else first_night
        high = date.max if last_night is None else last_night
        outcomes = _REMINDER_OUTCOMES
        rows = self._db.execute(
            "SELECT night, outcome FROM reminders WHERE night BETWEEN ? AND ? ORDER BY night, id",
            (low.isoformat(), high.isoformat()),
        )
        marks = []
        for night, value in rows:
            try:
                marks.append(ReminderMark(date.fromisoformat(night), outcomes[value]))
            except (ValueError, TypeError, KeyError) as error:
                self._skip("reminders", night, error)
        return marks

    # -- nights ---------------------------------------------------------------------
    def nights(
        self, first_night: date, last_night: date, zone: tzinfo | None
    ) -> list[NightSummary]:
        """One summary per night from ``first_night`` to ``last_night`` (both included),
        nights without any entry too. A night is named by the local date (in ``zone``;
        None: this computer's local time) on which it began; it runs from noon to noon."""
        if last_night < first_night:
            raise ValueError("last_night: must not be before first_night")
        # A day's margin either side; night_of() decides, so odd zones cannot misplace rows.
        low = _micros(night_start(first_night - timedelta(days=1), zone))
        high = _micros(night_start(last_night + timedelta(days=2), zone))
        counts: dict[date, int] = {}
        ratings: dict[date, list[int]] = {}
        for row_id, started_at, severity in self._db.execute(
            "SELECT id, started_at, severity FROM cramp_sessions"
            " WHERE started_us >= ? AND started_us < ?",
            (low, high),
        ):
            try:
                night = night_of(_aware(started_at), zone)
            except (ValueError, TypeError) as error:
                self._skip("cramp_sessions", row_id, error)
                continue
            counts[night] = counts.get(night, 0) + 1
            if isinstance(severity, int):
                ratings.setdefault(night, []).append(severity)
        done: set[date] = set()
        for row_id, started_at in self._db.execute(
            "SELECT id, started_at FROM routine_runs"
            " WHERE started_us >= ? AND started_us < ? AND outcome = 'done'",
            (low, high),
        ):
            try:
                done.add(night_of(_aware(started_at), zone))
            except (ValueError, TypeError) as error:
                self._skip("routine_runs", row_id, error)
        result = []
        night = first_night
        while night <= last_night:
            rated = ratings.get(night)
            result.append(
                NightSummary(
                    night=night,
                    cramp_count=counts.get(night, 0),
                    mean_severity=sum(rated) / len(rated) if rated else None,
                    routine_done=night in done,
                )
            )
            night += timedelta(days=1)
        return result

    # -- inside ---------------------------------------------------------------------
    def _skip(self, table: str, key: object, error: BaseException) -> None:
        if (table, key) not in self.damaged:
            self.damaged.add((table, key))
            import logging  # (here: the CSV export logs nothing else, docs/decisions/0022)

            logging.getLogger(__name__).warning(
                "diary: %s row %s is damaged and left out: %s", table, key, error)

    def _update(self, table: str, row_id: int, sql: str, values: Sequence[object]) -> None:
        cursor = self._db.execute(sql, (*values, row_id))
        if cursor.rowcount == 0:
            raise UnknownEntry(table, row_id)

    def _require(self, table: str, row_id: int) -> None:
        # ``table`` is always one of this module's literals.
        if self._db.execute(f"SELECT 1 FROM {table} WHERE id = ?", (row_id,)).fetchone() is None:
            raise UnknownEntry(table, row_id)


def _aware(text: object) -> datetime:
    """A stored time; ValueError or TypeError for one that is not a time with a zone."""
    moment = datetime.fromisoformat(text)  # type: ignore[arg-type]  # TypeError if not str
    if moment.utcoffset() is None:
        raise ValueError(f"a time without a zone: {text!r}")
    return moment


# ------------------------------------------------------------------------ opening


def _create_private(path: Path) -> None:
    """Create an empty file with bits 0600 if there is none (before SQLite creates it with
    its default bits). An existing file is not touched here."""
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_EXCL, FILE_MODE)
    except FileExistsError:
        return
    except OSError as error:
        raise _cannot_open(path, error) from error
    os.close(fd)


def _probe(path: Path) -> None:
    """Check, read-only, that ``path`` is a diary this code can use."""
    try:
        info = path.stat()
    except OSError as error:
        raise _cannot_open(path, error) from error
    if not stat.S_ISREG(info.st_mode):
        raise DiaryError(path, "cannot_open",
                         translate("diary", "The diary {path} could not be opened: it is not "
                                   "a file.").format(path=path))
    # SQLite itself takes a file of a few bytes for an empty database and would write
    # over it; only an empty file or one with SQLite's header is opened. The header is
    # read here only from a file too short to be a database: closing any descriptor of
    # the file drops every POSIX lock this process holds on it, those of its open
    # connections too (another thread's, SQLite's locks are per process), and another
    # process's connection, closing, would then take itself for the last one and delete
    # the write-ahead log and its index under them (what they wrote next: lost). A longer
    # file that is not a database is refused by SQLite's own read below.
    header = b""
    if 0 < info.st_size < _MIN_PAGE_SIZE:
        try:
            with path.open("rb") as stream:
                header = stream.read(len(_SQLITE_HEADER))
        except OSError as error:
            raise _cannot_open(path, error) from error
    if header and header != _SQLITE_HEADER:
        raise DiaryError(path, "not_a_database",
                         translate("diary", "The file {path} is not a Cramp Timer diary (it is "
                                   "not a database). It was left as it is.").format(path=path))
    uri = path.resolve().as_uri() + "?mode=ro"
    beside = [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm")]
    new = [part for part in beside if not os.path.lexists(part)]
    try:
        probe = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_SECONDS,
                                isolation_level=None)
    except sqlite3.Error as error:
        raise _cannot_open(path, error) from error
    try:
        version = _user_version(probe)
        # Reading the schema reads beyond the header: catches a damaged file early.
        probe.execute("SELECT count(*) FROM sqlite_schema").fetchone()
    except sqlite3.DatabaseError as error:
        probe.close()
        _remove_empty(new)  # what the read-only look made: nothing is left beside the file
        if is_disk_full(error):
            raise _disk_full(path, error) from error
        raise _not_a_database(path, error) from error
    finally:
        probe.close()
    if version > DIARY_VERSION:
        _remove_empty(new)
    if version > DIARY_VERSION:
        raise DiaryError(
            path, "newer",
            translate("diary", "The diary {path} was written by a newer version of Cramp "
                      "Timer (diary format {version}; this version knows up to {known}). It "
                      "was left as it is.").format(path=path, version=version,
                                                    known=DIARY_VERSION),
        )


def _configure(path: Path, db: sqlite3.Connection) -> None:
    try:
        mode = db.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        db.execute("PRAGMA synchronous = FULL")
        db.execute("PRAGMA foreign_keys = ON")
    except sqlite3.DatabaseError as error:
        raise _not_a_database(path, error) from error
    if str(mode).lower() != "wal":
        raise DiaryError(path, "cannot_open",
                         translate("diary", "The diary {path} could not be opened: the folder "
                                   "does not allow the write-ahead log (journal mode {mode})."
                                   ).format(path=path, mode=repr(mode)))


def _migrate(path: Path, db: sqlite3.Connection) -> None:
    for version, step in MIGRATIONS:
        if _user_version(db) > version:
            continue
        try:
            db.execute("BEGIN IMMEDIATE")
            try:
                current = _user_version(db)  # another process may have moved it on
                if current == version:
                    step(db)
                    db.execute(f"PRAGMA user_version = {version + 1:d}")  # no ? for PRAGMA
            except BaseException:
                if db.in_transaction:
                    db.execute("ROLLBACK")
                raise
            db.execute("COMMIT")
        except sqlite3.Error as error:
            if is_disk_full(error, path.parent):
                raise _disk_full(path, error) from error
            if _is_busy(error):  # another process is making or updating it just now
                raise _busy(path, error) from error
            raise DiaryError(
                path, "migration_failed",
                translate("diary", "The diary {path} could not be updated to format "
                          "{version} ({error}). It was left as it was.").format(
                              path=path, version=version + 1, error=error),
            ) from error


def _make_private(path: Path) -> None:
    """0600 on the file and, if present, its log files (which hold diary entries too)."""
    for suffix in ("", "-wal", "-shm"):
        part = path.with_name(path.name + suffix)
        try:
            part.chmod(FILE_MODE)
        except FileNotFoundError:
            if not suffix:
                raise
        except OSError as error:
            if not suffix:
                raise _cannot_open(path, error) from error


def _remove_empty(parts: list[Path]) -> None:
    """Remove log files SQLite made for a read-only look (they hold nothing of ours)."""
    for part in parts:
        with contextlib.suppress(OSError):
            if part.stat().st_size <= 32 * 1024:  # an empty -wal, or a -shm index
                part.unlink()


def is_disk_full(error: BaseException, folder: Path | None = None) -> bool:
    """True if ``error`` (or the free space of ``folder``) says the disk is full."""
    if isinstance(error, OSError) and error.errno in (errno.ENOSPC, errno.EDQUOT):
        return True
    if isinstance(error, sqlite3.Error) and (
            getattr(error, "sqlite_errorcode", None) == sqlite3.SQLITE_FULL
            or "disk is full" in str(error)):
        return True
    if folder is not None and sys.platform != "win32":  # no statvfs on Windows
        try:
            return os.statvfs(folder).f_bavail == 0
        except OSError:
            return False
    return False


def _disk_full(path: Path, error: BaseException) -> DiaryError:
    return DiaryError(path, "disk_full",
                      translate("diary", "The diary {path} cannot be written: the disk is "
                                "full ({error}).").format(path=path, error=error))


def _user_version(db: sqlite3.Connection) -> int:
    return int(db.execute("PRAGMA user_version").fetchone()[0])


def _is_busy(error: sqlite3.Error) -> bool:
    return getattr(error, "sqlite_errorcode", None) in (
        sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED) or "database is locked" in str(error)


def _busy(path: Path, error: sqlite3.Error) -> DiaryError:
    return DiaryError(
        path, "busy",
        translate("diary", "The diary {path} is in use by another program ({error}); what "
                  "happens now is kept and written once it is free.").format(
                      path=path, error=error),
    )


def _not_a_database(path: Path, error: sqlite3.Error) -> DiaryError:
    if is_disk_full(error, path.parent):  # a full disk is not a damaged file
        return _disk_full(path, error)
    if _is_busy(error):  # nor is one another process holds
        return _busy(path, error)
    return DiaryError(
        path, "not_a_database",
        translate("diary", "The file {path} is not a Cramp Timer diary, or it is damaged "
                  "({error}). It was left as it is.").format(path=path, error=error),
    )


def _cannot_open(path: Path, error: BaseException) -> DiaryError:
    if is_disk_full(error, path.parent):
        return _disk_full(path, error)
    return DiaryError(path, "cannot_open", translate(
        "diary", "The diary {path} could not be opened ({error}).").format(path=path, error=error))


# ------------------------------------------------------------------------ checks


def _time(field: str, value: object) -> tuple[str, int]:
    """The stored forms of an aware datetime: ISO 8601 with offset, and UTC microseconds."""
    if not isinstance(value, datetime) or value.utcoffset() is None:
        raise ValueError(f"{field}: must be a datetime with a time zone (got {value!r})")
    return value.isoformat(), _micros(value)


def _micros(moment: datetime) -> int:
    return (moment - _EPOCH) // _MICROSECOND


def _range(column: str, since: datetime | None, until: datetime | None
           ) -> tuple[str, list[int]]:
    clauses = ["1"]
    params: list[int] = []
    if since is not None:
        clauses.append(f"{column} >= ?")
        params.append(_time("since", since)[1])
    if until is not None:
        clauses.append(f"{column} < ?")
        params.append(_time("until", until)[1])
    return " AND ".join(clauses), params


def _check_id(value: object, field: str = "cramp_id") -> None:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError(f"{field}: must be a whole number (got {value!r})")


def _int(field: str, value: object, low: int, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise ValueError(f"{field}: must be a whole number from {low} to {high} (got {value!r})")
    return int(value)


def _float(field: str, value: object, high: float) -> float:
    rule = f"{field}: must be a number from 0 to {high:g}"
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ValueError(f"{rule} (got {value!r})")
    if not (math.isfinite(value) and 0 <= value <= high):
        raise ValueError(f"{rule} (got {value!r})")
    return float(value)


def _bool(field: str, value: object) -> bool:
    if not isinstance(value, bool):
        raise ValueError(f"{field}: must be True or False (got {value!r})")
    return value


def _text(field: str, value: object) -> str:
    if not isinstance(value, str) or not value.strip() or len(value) > MAX_NAME_LENGTH:
        raise ValueError(f"{field}: must be text of 1 to {MAX_NAME_LENGTH} characters "
                         f"(got {value!r})")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise ValueError(f"{field}: must be text without lone surrogates") from None
    return value


def _choice(field: str, value: object, choices: type[_E]) -> _E:
    """A member of ``choices``, given as the member or its text value."""
    if isinstance(value, choices):
        return value
    for member in choices:
        if isinstance(value, str) and value == member.value:
            return member
    allowed = ", ".join(repr(member.value) for member in choices)
    raise ValueError(f"{field}: must be one of {allowed} (got {value!r})")


def _row_id(cursor: sqlite3.Cursor) -> int:
    row_id = cursor.lastrowid
    if row_id is None:  # pragma: no cover - an INSERT always sets it
        raise RuntimeError("SQLite gave no row id")
    return row_id
