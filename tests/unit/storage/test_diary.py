from __future__ import annotations

import os
import random
import signal
import sqlite3
import stat
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from cramp_timer.core.marks import CrampMark, ReminderMark, RoutineMark
from cramp_timer.storage.diary import (
    DIARY_VERSION,
    MIGRATIONS,
    CrampOutcome,
    Diary,
    DiaryError,
    Followup,
    FollowupKind,
    Leg,
    NightSummary,
    ReminderOutcome,
    RoutineOutcome,
    UnknownEntry,
    night_of,
    night_start,
)

BERLIN = ZoneInfo("Europe/Berlin")
UTC = timezone.utc
T0 = datetime(2026, 1, 15, 3, 12, 9, 250000, tzinfo=timezone(timedelta(hours=1)))


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "diary.sqlite3"


@pytest.fixture
def diary(path: Path) -> Iterator[Diary]:
    with Diary.open(path) as opened:
        yield opened


def berlin(*args: int) -> datetime:
    return datetime(*args, tzinfo=BERLIN)  # type: ignore[misc]


def mode_of(p: Path) -> int:
    return stat.S_IMODE(p.stat().st_mode)


def raw(path: Path, sql: str) -> list[tuple[object, ...]]:
    db = sqlite3.connect(path)
    try:
        return db.execute(sql).fetchall()
    finally:
        db.close()


# ---------------------------------------------------------------- round trips


def test_every_cramp_field_round_trips(path: Path) -> None:
    with Diary.open(path) as d:
        cramp = d.start_cramp(T0, "standing", 50)
        d.update_cramp(cramp, rounds=2, stretch_seconds=12.5, red_flags_shown=False)
        d.add_followup(cramp, "heat", 15)
        d.add_followup(cramp, FollowupKind.MASSAGE, 2.5)
        d.finish_cramp(cramp, T0 + timedelta(minutes=4, microseconds=7), "still_cramping",
                       rounds=3, stretch_seconds=150.25, red_flags_shown=True)
        d.set_severity(cramp, 7, "left")
    with Diary.open(path) as d:
        [entry] = d.cramps()
    assert entry.id == cramp
    assert entry.started_at == T0
    assert entry.started_at.utcoffset() == timedelta(hours=1)  # the offset given is kept
    assert entry.ended_at == T0 + timedelta(minutes=4, microseconds=7)
    assert entry.variant == "standing"
    assert entry.hold_seconds == 50
    assert entry.rounds == 3
    assert entry.stretch_seconds == 150.25
    assert entry.outcome is CrampOutcome.STILL_CRAMPING
    assert entry.red_flags_shown is True
    assert entry.severity == 7
    assert entry.leg is Leg.LEFT
    assert entry.followups == (Followup(FollowupKind.HEAT, 15.0),
                               Followup(FollowupKind.MASSAGE, 2.5))
    assert not entry.unfinished


def test_times_are_stored_as_iso_8601_with_offset(diary: Diary, path: Path) -> None:
    cramp = diary.start_cramp(berlin(2026, 7, 1, 2, 30), "seated", 45)
    diary.finish_cramp(cramp, datetime(2026, 7, 1, 0, 31, tzinfo=UTC), "better", 1, 45, False)
    assert raw(path, "SELECT started_at, ended_at FROM cramp_sessions") == [
        ("2026-07-01T02:30:00+02:00", "2026-07-01T00:31:00+00:00")
    ]


def test_update_leaves_unnamed_values_and_severity_can_be_cleared(diary: Diary) -> None:
    cramp = diary.start_cramp(T0, "seated", 45)
    diary.update_cramp(cramp, rounds=1)
    diary.update_cramp(cramp, outcome=CrampOutcome.BETTER)
    diary.update_cramp(cramp)
    diary.set_severity(cramp, 3, Leg.BOTH)
    diary.set_severity(cramp, None, None)
    [entry] = diary.cramps()
    assert (entry.rounds, entry.stretch_seconds, entry.red_flags_shown) == (1, 0.0, False)
    assert entry.outcome is CrampOutcome.BETTER
    assert (entry.severity, entry.leg) == (None, None)
    assert entry.unfinished  # an outcome alone does not finish it


def test_routine_runs_and_reminders_round_trip(path: Path) -> None:
    with Diary.open(path) as d:
        run = d.start_routine(berlin(2026, 3, 1, 22, 0), "Hallegraeff stretches")
        d.finish_routine(run, berlin(2026, 3, 1, 22, 3), "done")
        open_run = d.start_routine(berlin(2026, 3, 2, 22, 0), "Seated")
        d.record_reminder(date(2026, 3, 2), "snoozed")
        d.record_reminder(date(2026, 3, 2), ReminderOutcome.STARTED)
    with Diary.open(path) as d:
        done, unfinished = d.routine_runs()
        reminders = d.reminders(date(2026, 3, 1), date(2026, 3, 2))
    assert (done.id, done.routine_name, done.outcome) == (run, "Hallegraeff stretches",
                                                          RoutineOutcome.DONE)
    assert done.ended_at == berlin(2026, 3, 1, 22, 3)
    assert unfinished.id == open_run and unfinished.unfinished and unfinished.outcome is None
    assert [(r.night, r.outcome) for r in reminders] == [
        (date(2026, 3, 2), ReminderOutcome.SNOOZED),
        (date(2026, 3, 2), ReminderOutcome.STARTED),
    ]


def test_cramps_range_is_half_open_and_sorted_by_instant(diary: Diary) -> None:
    late = diary.start_cramp(datetime(2026, 1, 2, 0, 0, tzinfo=UTC), "seated", 45)
    # earlier instant, but a later-looking local clock time
    early = diary.start_cramp(datetime(2026, 1, 2, 0, 30, tzinfo=timezone(timedelta(hours=1))),
                              "seated", 45)
    assert [c.id for c in diary.cramps()] == [early, late]
    since = datetime(2026, 1, 1, 23, 30, tzinfo=UTC)
    assert [c.id for c in diary.cramps(since=since)] == [early, late]
    assert [c.id for c in diary.cramps(since=since, until=since + timedelta(minutes=30))] == [
        early
    ]
    assert diary.cramps(since=datetime(2026, 1, 2, 0, 0, 1, tzinfo=UTC)) == []


def test_delete_removes_the_session_and_its_followups(diary: Diary, path: Path) -> None:
    keep = diary.start_cramp(T0, "seated", 45)
    gone = diary.start_cramp(T0 + timedelta(hours=1), "seated", 45)
    diary.add_followup(gone, "cold", 10)
    diary.add_followup(keep, "heat", 10)
    diary.delete_cramp(gone)
    assert [c.id for c in diary.cramps()] == [keep]
    assert raw(path, "SELECT cramp_id FROM cramp_followups") == [(keep,)]
    with pytest.raises(UnknownEntry):
        diary.delete_cramp(gone)


# ---------------------------------------------------------------- crashes


def test_a_session_never_finished_reads_back_as_unfinished(path: Path) -> None:
    d = Diary.open(path)
    d.start_cramp(T0, "seated", 45)
    d.close()
    with Diary.open(path) as again:
        [entry] = again.cramps()
    assert entry.unfinished and entry.ended_at is None and entry.outcome is None


@pytest.mark.parametrize("how", ["os._exit(1)", "os.kill(os.getpid(), signal.SIGKILL)"])
def test_a_killed_process_leaves_its_started_session(path: Path, how: str) -> None:
    script = textwrap.dedent(
        f"""
        import os, signal, sys
        from datetime import datetime, timezone
        from pathlib import Path
        from cramp_timer.storage.diary import Diary
        d = Diary.open(Path(sys.argv[1]))
        d.start_cramp(datetime(2026, 1, 15, 3, 0, tzinfo=timezone.utc), "standing", 40)
        {how}
        """
    )
    repo = Path(__file__).resolve().parents[3]
    result = subprocess.run([sys.executable, "-c", script, str(path)], cwd=repo,
                            capture_output=True, timeout=60, check=False)
    assert result.returncode in (1, -signal.SIGKILL), result.stderr
    assert path.with_name(path.name + "-wal").exists()  # the row is still in the log
    with Diary.open(path) as d:
        [entry] = d.cramps()
    assert entry.unfinished
    assert (entry.variant, entry.hold_seconds) == ("standing", 40)


def test_opening_it_again_in_this_process_keeps_the_open_connections_locks(path: Path) -> None:
    """The history's worker opens the diary while the window's connection stays open. Its
    opening must not drop that connection's locks (closing any descriptor of the file
    drops all this process holds on it): another process's connection, closing, would
    then take itself for the last one and delete the log under the window's connection,
    and what the window writes next would be lost to every other reader."""
    count = ("import sqlite3, sys; db = sqlite3.connect(sys.argv[1]);"
             " print(db.execute('SELECT count(*) FROM cramp_sessions').fetchone()[0]);"
             " db.close()")

    def other_process_count() -> str:
        result = subprocess.run([sys.executable, "-c", count, str(path)], capture_output=True,
                                text=True, timeout=60, check=True)
        return result.stdout.strip()

    with Diary.open(path) as window:
        window.start_cramp(T0, "seated", 45)
        with Diary.open(path) as worker:
            assert len(worker.routine_marks()) == 0
        assert other_process_count() == "1"
        assert path.with_name(path.name + "-wal").exists()  # still the window's log
        window.start_cramp(T0 + timedelta(hours=1), "seated", 45)
        assert other_process_count() == "2"


# ---------------------------------------------------------------- the file


def test_wal_full_sync_and_foreign_keys(diary: Diary, path: Path) -> None:
    db = diary._db  # the settings live on the connection
    assert db.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    assert db.execute("PRAGMA synchronous").fetchone() == (2,)  # FULL
    assert db.execute("PRAGMA foreign_keys").fetchone() == (1,)
    assert raw(path, "PRAGMA journal_mode") == [("wal",)]  # stored in the file itself


def test_new_file_and_its_logs_are_private(path: Path) -> None:
    old_umask = os.umask(0o022)
    try:
        with Diary.open(path) as d:
            d.start_cramp(T0, "seated", 45)
            for name in (path.name, path.name + "-wal", path.name + "-shm"):
                assert mode_of(path.with_name(name)) == 0o600, name
    finally:
        os.umask(old_umask)


def test_existing_readable_file_is_made_private(path: Path) -> None:
    Diary.open(path).close()
    path.chmod(0o644)
    Diary.open(path).close()
    assert mode_of(path) == 0o600


def test_schema_version_is_current(diary: Diary) -> None:
    assert diary.schema_version() == DIARY_VERSION == len(MIGRATIONS)


# A version-1 file exactly as the first diary wrote it (cramps only), with rows.
V1_SCHEMA = """
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
);
CREATE INDEX cramp_sessions_by_start ON cramp_sessions (started_us);
CREATE TABLE cramp_followups (
    id       INTEGER PRIMARY KEY,
    cramp_id INTEGER NOT NULL REFERENCES cramp_sessions (id) ON DELETE CASCADE,
    kind     TEXT NOT NULL CHECK (kind IN ('heat', 'cold', 'massage')),
    minutes  REAL NOT NULL CHECK (minutes >= 0)
);
CREATE INDEX cramp_followups_by_cramp ON cramp_followups (cramp_id);
INSERT INTO cramp_sessions VALUES
    (1, '2025-11-02T03:10:00+01:00', 1762049400000000, '2025-11-02T03:14:00+01:00',
     1762049640000000, 'seated', 45, 2, 90.0, 'better', 0, 6, 'right'),
    (2, '2025-11-03T02:00:00+01:00', 1762131600000000, NULL, NULL, 'standing', 30, 0, 0,
     NULL, 0, NULL, NULL);
INSERT INTO cramp_followups VALUES (1, 1, 'heat', 20.0);
PRAGMA user_version = 1;
"""


def test_a_version_1_file_is_migrated_and_keeps_its_rows(path: Path) -> None:
    db = sqlite3.connect(path)
    db.executescript(V1_SCHEMA)
    db.close()
    with Diary.open(path) as d:
        assert d.schema_version() == DIARY_VERSION
        first, second = d.cramps()
        run = d.start_routine(berlin(2025, 11, 3, 22, 0), "Seated")  # the new tables work
        d.finish_routine(run, berlin(2025, 11, 3, 22, 3), "done")
        nights = d.nights(date(2025, 11, 1), date(2025, 11, 3), BERLIN)
    assert first.started_at == berlin(2025, 11, 2, 3, 10)
    assert (first.severity, first.leg, first.outcome) == (6, Leg.RIGHT, CrampOutcome.BETTER)
    assert first.followups == (Followup(FollowupKind.HEAT, 20.0),)
    assert second.unfinished
    assert nights == [
        NightSummary(date(2025, 11, 1), 1, 6.0, False),
        NightSummary(date(2025, 11, 2), 1, None, False),
        NightSummary(date(2025, 11, 3), 0, None, True),
    ]


def test_a_new_file_takes_the_same_path_as_an_old_one(tmp_path: Path) -> None:
    """The schema a new file gets equals the one a migrated v1 file ends up with."""
    fresh, old = tmp_path / "fresh.sqlite3", tmp_path / "old.sqlite3"
    Diary.open(fresh).close()
    db = sqlite3.connect(old)
    db.executescript(V1_SCHEMA)
    db.close()
    Diary.open(old).close()
    query = "SELECT type, name, sql FROM sqlite_schema ORDER BY name"

    def normal(rows: list[tuple[object, ...]]) -> list[tuple[object, ...]]:
        return [(kind, name, " ".join(str(sql).split())) for kind, name, sql in rows]

    assert normal(raw(fresh, query)) == normal(raw(old, query))


def test_a_failed_migration_changes_nothing(path: Path, monkeypatch: pytest.MonkeyPatch
                                            ) -> None:
    db = sqlite3.connect(path)
    db.executescript(V1_SCHEMA)
    db.close()

    def broken(db: sqlite3.Connection) -> None:
        db.execute("CREATE TABLE half_done (x)")
        db.execute("THIS IS NOT SQL")

    from cramp_timer.storage import diary as diary_module
    monkeypatch.setattr(diary_module, "MIGRATIONS", ((0, MIGRATIONS[0][1]), (1, broken)))
    with pytest.raises(DiaryError) as caught:
        Diary.open(path)
    assert caught.value.reason == "migration_failed"
    assert raw(path, "PRAGMA user_version") == [(1,)]
    assert raw(path, "SELECT name FROM sqlite_schema WHERE name = 'half_done'") == []


def test_a_newer_file_is_refused_and_left_unchanged(path: Path) -> None:
    with Diary.open(path) as d:
        d.start_cramp(T0, "seated", 45)
    db = sqlite3.connect(path)
    db.execute(f"PRAGMA user_version = {DIARY_VERSION + 1}")
    db.close()
    path.chmod(0o640)
    before = path.read_bytes()
    with pytest.raises(DiaryError, match="newer version") as caught:
        Diary.open(path)
    assert caught.value.reason == "newer"
    assert str(path) in str(caught.value)
    assert path.read_bytes() == before
    assert mode_of(path) == 0o640


@pytest.mark.parametrize(
    "content",
    [
        b"not a database at all\n" * 20,
        b"x",
        b"SQLite format 3",
        b"SQLite format 3\x00",
        b"SQLite format 3\x00" + b"\xff" * 200,
        bytes(range(256)) * 8,
    ],
    ids=["text", "one-byte", "short-header", "header-only", "bad-header", "binary"],
)
def test_a_file_that_is_not_a_diary_is_refused_and_kept(path: Path, content: bytes) -> None:
    path.write_bytes(content)
    path.chmod(0o644)
    with pytest.raises(DiaryError) as caught:
        Diary.open(path)
    assert caught.value.reason == "not_a_database"
    assert caught.value.path == path
    assert str(path) in str(caught.value)
    assert path.read_bytes() == content
    assert mode_of(path) == 0o644
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]


def test_a_folder_in_the_way_is_refused(path: Path) -> None:
    path.mkdir()
    with pytest.raises(DiaryError) as caught:
        Diary.open(path)
    assert caught.value.reason == "cannot_open"


def test_an_empty_file_becomes_a_diary(path: Path) -> None:
    path.write_bytes(b"")
    with Diary.open(path) as d:
        assert d.schema_version() == DIARY_VERSION


# ---------------------------------------------------------------- nights


def test_night_cut_off_is_noon_local() -> None:
    assert night_of(berlin(2026, 1, 16, 3, 0), BERLIN) == date(2026, 1, 15)
    assert night_of(berlin(2026, 1, 16, 11, 59, 59), BERLIN) == date(2026, 1, 15)
    assert night_of(berlin(2026, 1, 16, 12, 0), BERLIN) == date(2026, 1, 16)
    assert night_of(berlin(2026, 1, 15, 23, 59), BERLIN) == date(2026, 1, 15)
    # 04:00 UTC: 05:00 in Berlin, 23:00 the day before in New York, 13:00 in Tokyo
    moment = datetime(2026, 1, 16, 4, 0, tzinfo=UTC)
    assert night_of(moment, BERLIN) == date(2026, 1, 15)
    assert night_of(moment, ZoneInfo("America/New_York")) == date(2026, 1, 15)
    assert night_of(moment, ZoneInfo("Asia/Tokyo")) == date(2026, 1, 16)


def test_nights_group_across_midnight(diary: Diary) -> None:
    a = diary.start_cramp(berlin(2026, 1, 15, 23, 40), "seated", 45)
    b = diary.start_cramp(berlin(2026, 1, 16, 3, 0), "seated", 45)
    diary.start_cramp(berlin(2026, 1, 16, 13, 0), "seated", 45)  # the next night
    diary.set_severity(a, 4, None)
    diary.set_severity(b, 7, "left")
    run = diary.start_routine(berlin(2026, 1, 16, 0, 30), "Standing")
    diary.finish_routine(run, berlin(2026, 1, 16, 0, 33), "done")
    partial = diary.start_routine(berlin(2026, 1, 16, 21, 0), "Standing")
    diary.finish_routine(partial, berlin(2026, 1, 16, 21, 1), "partial")
    assert diary.nights(date(2026, 1, 14), date(2026, 1, 16), BERLIN) == [
        NightSummary(date(2026, 1, 14), 0, None, False),
        NightSummary(date(2026, 1, 15), 2, 5.5, True),
        NightSummary(date(2026, 1, 16), 1, None, False),
    ]


@pytest.mark.parametrize(
    ("night", "times"),
    [
        # spring forward: 2026-03-29 02:00 CET → 03:00 CEST (a 23-hour night)
        (date(2026, 3, 28), [(2026, 3, 28, 12, 0), (2026, 3, 29, 1, 59), (2026, 3, 29, 3, 0),
                             (2026, 3, 29, 11, 59)]),
        # fall back: 2026-10-25 03:00 CEST → 02:00 CET (a 25-hour night)
        (date(2026, 10, 24), [(2026, 10, 24, 12, 0), (2026, 10, 25, 2, 30),
                              (2026, 10, 25, 11, 59)]),
    ],
    ids=["spring-forward", "fall-back"],
)
def test_nights_across_a_dst_change(diary: Diary, night: date,
                                    times: list[tuple[int, int, int, int, int]]) -> None:
    for t in times:
        diary.start_cramp(berlin(*t), "seated", 45)
    before = night - timedelta(days=1)
    after = night + timedelta(days=1)
    diary.start_cramp(berlin(before.year, before.month, before.day, 23, 0), "seated", 45)
    diary.start_cramp(berlin(after.year, after.month, after.day, 12, 0), "seated", 45)
    counts = [(n.night, n.cramp_count) for n in diary.nights(before, after, BERLIN)]
    assert counts == [(before, 1), (night, len(times)), (after, 1)]


def test_fall_back_ambiguous_hour_both_folds(diary: Diary) -> None:
    """02:30 happens twice on 2026-10-25; both belong to the night of the 24th."""
    first = datetime(2026, 10, 25, 2, 30, tzinfo=BERLIN, fold=0)
    second = datetime(2026, 10, 25, 2, 30, tzinfo=BERLIN, fold=1)
    assert second - first == timedelta(0)  # same zone: wall-clock arithmetic...
    assert second.astimezone(UTC) - first.astimezone(UTC) == timedelta(hours=1)  # ...not so
    a = diary.start_cramp(first, "seated", 45)
    b = diary.start_cramp(second, "seated", 45)
    entries = diary.cramps()
    assert [e.id for e in entries] == [a, b]
    assert [e.started_at.utcoffset() for e in entries] == [timedelta(hours=2),
                                                            timedelta(hours=1)]
    [summary] = diary.nights(date(2026, 10, 24), date(2026, 10, 24), BERLIN)
    assert summary.cramp_count == 2


def test_nights_refuses_a_reversed_range(diary: Diary) -> None:
    with pytest.raises(ValueError, match="last_night"):
        diary.nights(date(2026, 1, 2), date(2026, 1, 1), BERLIN)


# ---------------------------------------------------------------- validation


@pytest.mark.parametrize(
    ("call", "field"),
    [
        (lambda d, c: d.start_cramp(datetime(2026, 1, 1, 3, 0), "seated", 45), "started_at"),
        (lambda d, c: d.start_cramp(T0, "lying", 45), "variant"),
        (lambda d, c: d.start_cramp(T0, "seated", 0), "hold_seconds"),
        (lambda d, c: d.start_cramp(T0, "seated", 45.0), "hold_seconds"),
        (lambda d, c: d.start_cramp(T0, "seated", True), "hold_seconds"),
        (lambda d, c: d.update_cramp(c, rounds=-1), "rounds"),
        (lambda d, c: d.update_cramp(c, stretch_seconds=float("nan")), "stretch_seconds"),
        (lambda d, c: d.update_cramp(c, stretch_seconds=-0.5), "stretch_seconds"),
        (lambda d, c: d.update_cramp(c, outcome="fine"), "outcome"),
        (lambda d, c: d.update_cramp(c, red_flags_shown=1), "red_flags_shown"),
        (lambda d, c: d.finish_cramp(c, T0, "done", 1, 1.0, False), "outcome"),
        (lambda d, c: d.finish_cramp(c, T0.replace(tzinfo=None), "better", 1, 1, False),
         "ended_at"),
        (lambda d, c: d.set_severity(c, 11, None), "severity"),
        (lambda d, c: d.set_severity(c, -1, None), "severity"),
        (lambda d, c: d.set_severity(c, 5, "middle"), "leg"),
        (lambda d, c: d.add_followup(c, "ice", 5), "kind"),
        (lambda d, c: d.add_followup(c, "heat", float("inf")), "minutes"),
        (lambda d, c: d.add_followup(c, "heat", 500), "minutes"),
        (lambda d, c: d.update_cramp("1", rounds=1), "cramp_id"),
        (lambda d, c: d.start_routine(T0, "   "), "routine_name"),
        (lambda d, c: d.finish_routine(1, T0, "finished"), "outcome"),
        (lambda d, c: d.record_reminder(T0, "skipped"), "night"),
        (lambda d, c: d.record_reminder(date(2026, 1, 1), "ignored"), "outcome"),
        (lambda d, c: d.cramps(since=datetime(2026, 1, 1)), "since"),
    ],
)
def test_bad_arguments_are_refused_naming_the_field(diary: Diary, path: Path, call: object,
                                                    field: str) -> None:
    cramp = diary.start_cramp(T0, "seated", 45)
    before = raw(path, "SELECT * FROM cramp_sessions")
    with pytest.raises(ValueError, match=f"^{field}:"):
        call(diary, cramp)  # type: ignore[operator]
    assert raw(path, "SELECT * FROM cramp_sessions") == before


def test_unknown_ids_raise_unknown_entry(diary: Diary) -> None:
    for call in (
        lambda: diary.update_cramp(99, rounds=1),
        lambda: diary.update_cramp(99),
        lambda: diary.finish_cramp(99, T0, "better", 1, 1.0, False),
        lambda: diary.set_severity(99, 3, None),
        lambda: diary.add_followup(99, "heat", 3),
        lambda: diary.delete_cramp(99),
        lambda: diary.finish_routine(99, T0, "done"),
    ):
        with pytest.raises(UnknownEntry):
            call()


def test_a_session_is_finished_once(diary: Diary) -> None:
    cramp = diary.start_cramp(T0, "seated", 45)
    diary.finish_cramp(cramp, T0 + timedelta(minutes=1), "better", 1, 45, False)
    with pytest.raises(ValueError, match="already finished"):
        diary.finish_cramp(cramp, T0 + timedelta(minutes=2), "stopped", 2, 90, True)
    assert diary.cramps()[0].outcome is CrampOutcome.BETTER
    diary.set_severity(cramp, 2, "right")  # rating afterwards is fine
    diary.add_followup(cramp, "massage", 3)


def test_transaction_rolls_back_everything_on_error(diary: Diary) -> None:
    with pytest.raises(ZeroDivisionError), diary.transaction():
        diary.start_cramp(T0, "seated", 45)
        1 / 0  # noqa: B018
    assert diary.cramps() == []
    with diary.transaction():
        diary.start_cramp(T0, "seated", 45)
        diary.start_routine(T0, "Seated")
    assert len(diary.cramps()) == 1


# ---------------------------------------------------------------- ten years of nights


@dataclass(frozen=True)
class Synthetic:
    cramps: int
    nights: list[NightSummary]  # what nights() must say, worked out without the diary


def fill_synthetic(diary: Diary, years: int = 10, seed: int = 1,
                   first_night: date = date(2016, 1, 1), zone: ZoneInfo = BERLIN) -> Synthetic:
    """A plausible history, one transaction: a routine run every evening (done on most),
    0 to 3 cramps a night between 23:10 and 09:50, most of them rated."""
    rng = random.Random(seed)
    expected: list[NightSummary] = []
    with diary.transaction():
        end = first_night.replace(year=first_night.year + years)
        for offset in range((end - first_night).days):
            night = first_night + timedelta(days=offset)
            evening = datetime(night.year, night.month, night.day, 21, 30, tzinfo=zone)
            done = rng.random() < 0.6
            run = diary.start_routine(evening + timedelta(minutes=rng.randrange(90)), "Standing")
            diary.finish_routine(run, evening + timedelta(minutes=95),
                                 "done" if done else rng.choice(["partial", "stopped"]))
            count, ratings = rng.choice([0, 0, 0, 1, 1, 2, 3]), []
            for _ in range(count):
                # wall-clock arithmetic in the zone: stays within the night across DST
                at = evening + timedelta(minutes=rng.randrange(100, 12 * 60 + 20))
                cramp = diary.start_cramp(at, rng.choice(["seated", "standing"]), 45)
                diary.finish_cramp(cramp, at + timedelta(minutes=3), "better", 1, 45.0, False)
                if rng.random() < 0.7:
                    ratings.append(rng.randrange(11))
                    diary.set_severity(cramp, ratings[-1], rng.choice(["left", "right"]))
                if rng.random() < 0.2:
                    diary.add_followup(cramp, "heat", 15)
            mean = sum(ratings) / len(ratings) if ratings else None
            expected.append(NightSummary(night, count, mean, done))
    return Synthetic(sum(n.cramp_count for n in expected), expected)


def test_ten_years_of_nights(diary: Diary) -> None:
    synthetic = fill_synthetic(diary, years=10, seed=7)
    first, last = synthetic.nights[0].night, synthetic.nights[-1].night
    assert len(synthetic.nights) == 3653
    assert diary.nights(first, last, BERLIN) == synthetic.nights
    assert len(diary.cramps()) == synthetic.cramps


def test_range_queries_use_the_start_indexes(diary: Diary) -> None:
    for table in ("cramp_sessions", "routine_runs"):
        plan = diary._db.execute(
            f"EXPLAIN QUERY PLAN SELECT started_at FROM {table}"
            " WHERE started_us >= ? AND started_us < ?", (0, 1)
        ).fetchall()
        assert any(f"{table}_by_start" in str(row) for row in plan), plan


# ---------------------------------------------------------------- marks (bulk reads)


def test_marks_carry_what_the_night_list_needs(diary: Diary) -> None:
    rated = diary.start_cramp(berlin(2026, 2, 1, 2, 0), "seated", 45)
    diary.finish_cramp(rated, berlin(2026, 2, 1, 2, 5), "still_cramping", 3, 135.0, True)
    diary.set_severity(rated, 8, "left")
    diary.start_cramp(berlin(2026, 2, 1, 4, 0), "standing", 45)  # never finished
    run = diary.start_routine(berlin(2026, 1, 31, 22, 0), "Standing")
    diary.finish_routine(run, berlin(2026, 1, 31, 22, 3), "partial")
    diary.start_routine(berlin(2026, 2, 1, 22, 0), "Standing")  # never finished
    diary.record_reminder(date(2026, 2, 1), "snoozed")
    diary.record_reminder(date(2026, 1, 31), "started")
    diary.record_reminder(date(2026, 2, 1), "skipped")
    full = diary.cramps()
    assert diary.cramp_marks() == [
        CrampMark(_us(full[0].started_at), 8, True, True),
        CrampMark(_us(full[1].started_at), None, False, False),
    ]
    assert diary.routine_marks() == [
        RoutineMark(_us(berlin(2026, 1, 31, 22, 0)), RoutineOutcome.PARTIAL),
        RoutineMark(_us(berlin(2026, 2, 1, 22, 0)), None),
    ]
    assert diary.reminder_marks() == [
        ReminderMark(date(2026, 1, 31), ReminderOutcome.STARTED),
        ReminderMark(date(2026, 2, 1), ReminderOutcome.SNOOZED),
        ReminderMark(date(2026, 2, 1), ReminderOutcome.SKIPPED),
    ]
    assert diary.reminder_marks(date(2026, 2, 1)) == diary.reminder_marks()[1:]
    assert diary.reminder_marks(None, date(2026, 1, 31)) == diary.reminder_marks()[:1]


def test_marks_ranges_are_half_open_like_cramps(diary: Diary) -> None:
    times = [berlin(2026, 3, day, 3, 0) for day in (1, 2, 3)]
    for at in times:
        diary.start_cramp(at, "seated", 45)
        diary.start_routine(at, "Seated")
    since, until = times[1], times[2]
    assert [m.started_us for m in diary.cramp_marks(since, until)] == [_us(times[1])]
    assert [m.started_us for m in diary.routine_marks(since=since)] == [_us(t) for t in times[1:]]
    assert [m.started_us for m in diary.routine_marks(until=since)] == [_us(times[0])]
    with pytest.raises(ValueError, match=r"^since:"):
        diary.cramp_marks(since=datetime(2026, 3, 1))


def test_marks_range_queries_use_the_start_indexes(diary: Diary) -> None:
    for table, columns in (
        ("cramp_sessions", "started_us, severity, red_flags_shown, ended_us IS NOT NULL"),
        ("routine_runs", "started_us, outcome"),
    ):
        plan = diary._db.execute(
            f"EXPLAIN QUERY PLAN SELECT {columns} FROM {table}"
            " WHERE 1 AND started_us >= ? AND started_us < ? ORDER BY started_us",
            (0, 1),
        ).fetchall()
        assert any(f"{table}_by_start" in str(row) for row in plan), plan
        assert not any("TEMP B-TREE" in str(row) for row in plan), plan  # no sort step


def test_night_start_and_local_time(monkeypatch: pytest.MonkeyPatch) -> None:
    assert night_start(date(2026, 3, 28), BERLIN) == berlin(2026, 3, 28, 12, 0)
    assert night_start(date(2026, 3, 28), BERLIN).utcoffset() == timedelta(hours=1)
    assert night_start(date(2026, 3, 29), BERLIN).utcoffset() == timedelta(hours=2)
    # None: this computer's local time, whatever it is
    local = night_start(date(2026, 7, 1), None)
    assert local.utcoffset() is not None
    assert (local.date(), local.hour, local.minute) == (date(2026, 7, 1), 12, 0)
    assert night_of(local, None) == date(2026, 7, 1)
    assert night_of(local - timedelta(seconds=1), None) == date(2026, 6, 30)


def test_nights_accepts_local_time(diary: Diary) -> None:
    at = night_start(date(2026, 5, 5), None) + timedelta(hours=14)  # 02:00 local
    diary.start_cramp(at, "seated", 45)
    assert [n.cramp_count for n in diary.nights(date(2026, 5, 4), date(2026, 5, 6), None)] == [
        0, 1, 0
    ]


def _us(moment: datetime) -> int:
    return (moment - datetime(1970, 1, 1, tzinfo=UTC)) // timedelta(microseconds=1)


def test_a_diary_another_process_is_making_just_now_is_busy_not_broken(
        path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Two programs making a new diary at once: the second is told it is in use (and
    keeps its entries to write later), never that the file failed to update."""
    from cramp_timer.storage import diary as diary_module

    monkeypatch.setattr(diary_module, "BUSY_TIMEOUT_SECONDS", 0.01)
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("PRAGMA journal_mode = WAL")
    other.execute("BEGIN IMMEDIATE")  # the other program is in its migration
    try:
        with pytest.raises(DiaryError) as caught:
            Diary.open(path)
        assert caught.value.reason == "busy"
    finally:
        other.execute("ROLLBACK")
        other.close()
    with Diary.open(path) as diary:  # free again: opened and made
        assert diary.cramps() == []
