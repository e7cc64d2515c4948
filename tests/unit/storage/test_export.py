"""CSV export: a real diary file, a real CSV file read back with the csv module."""

from __future__ import annotations

import csv
import os
import re
import stat
from collections.abc import Iterator
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from cramp_timer.storage import export
from cramp_timer.storage.diary import CrampEntry, CrampOutcome, Diary, RoutineEntry, RoutineOutcome
from cramp_timer.storage.export import COLUMNS, HEADER, csv_rows, csv_text, guard_cell, write_csv

BERLIN = ZoneInfo("Europe/Berlin")
DOC = Path(__file__).resolve().parents[3] / "docs" / "export-format.md"


def berlin(*args: int) -> datetime:
    return datetime(*args, tzinfo=BERLIN)  # type: ignore[misc]


@pytest.fixture
def diary(tmp_path: Path) -> Iterator[Diary]:
    with Diary.open(tmp_path / "diary.sqlite3") as opened:
        yield opened


def read_back(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as stream:
        reader = csv.DictReader(stream)
        assert tuple(reader.fieldnames or ()) == HEADER
        return list(reader)


def fill(diary: Diary) -> list[int]:
    a = diary.start_cramp(berlin(2026, 2, 14, 23, 30, 5, 999999), "seated", 45)
    diary.update_cramp(a, rounds=1, stretch_seconds=45.0)
    diary.add_followup(a, "heat", 15)
    diary.add_followup(a, "heat", 5.5)
    diary.add_followup(a, "massage", 2.25)
    diary.finish_cramp(a, berlin(2026, 2, 14, 23, 41), "still_cramping", 3, 135.0, True)
    diary.set_severity(a, 8, "left")
    b = diary.start_cramp(berlin(2026, 2, 15, 4, 0), "standing", 60)  # never finished
    c = diary.start_cramp(datetime(2026, 2, 16, 1, 0, tzinfo=timezone.utc), "seated", 30)
    diary.finish_cramp(c, datetime(2026, 2, 16, 1, 2, tzinfo=timezone.utc), "better", 1, 30, False)
    diary.set_severity(c, 0, "both")
    done = diary.start_routine(berlin(2026, 2, 14, 21, 0), "Standing")
    diary.finish_routine(done, berlin(2026, 2, 14, 21, 3), "done")
    partial = diary.start_routine(berlin(2026, 2, 15, 21, 0), "Standing")
    diary.finish_routine(partial, berlin(2026, 2, 15, 21, 1), "partial")
    diary.start_routine(berlin(2026, 2, 15, 22, 0), "Seated")  # never ended: partial wins
    return [a, b, c]


def test_one_row_per_session_with_every_column(diary: Diary, tmp_path: Path) -> None:
    a, b, c = fill(diary)
    out = tmp_path / "cramps.csv"
    assert write_csv(out, diary.cramps(), diary.routine_runs(), BERLIN) == 3
    rows = read_back(out)
    assert rows == [
        {
            "session_id": str(a),
            "night": "2026-02-14",
            "started_at": "2026-02-14T23:30:05+01:00",
            "ended_at": "2026-02-14T23:41:00+01:00",
            "finished": "yes",
            "stretch": "seated",
            "hold_seconds": "45",
            "rounds": "3",
            "stretch_seconds": "135",
            "outcome": "still_cramping",
            "red_flags_shown": "yes",
            "severity": "8",
            "leg": "left",
            "heat_minutes": "20.5",
            "cold_minutes": "0",
            "massage_minutes": "2.25",
            "bedtime_routine": "done",
        },
        {
            "session_id": str(b),
            "night": "2026-02-14",
            "started_at": "2026-02-15T04:00:00+01:00",
            "ended_at": "",
            "finished": "no",
            "stretch": "standing",
            "hold_seconds": "60",
            "rounds": "0",
            "stretch_seconds": "0",
            "outcome": "",
            "red_flags_shown": "no",
            "severity": "",
            "leg": "",
            "heat_minutes": "0",
            "cold_minutes": "0",
            "massage_minutes": "0",
            "bedtime_routine": "done",
        },
        {
            "session_id": str(c),
            "night": "2026-02-15",
            "started_at": "2026-02-16T02:00:00+01:00",  # stored in UTC, shown in the zone
            "ended_at": "2026-02-16T02:02:00+01:00",
            "finished": "yes",
            "stretch": "seated",
            "hold_seconds": "30",
            "rounds": "1",
            "stretch_seconds": "30",
            "outcome": "better",
            "red_flags_shown": "no",
            "severity": "0",
            "leg": "both",
            "heat_minutes": "0",
            "cold_minutes": "0",
            "massage_minutes": "0",
            "bedtime_routine": "partial",
        },
    ]


def test_the_file_is_utf8_with_crlf_rows_and_private(diary: Diary, tmp_path: Path) -> None:
    fill(diary)
    out = tmp_path / "cramps.csv"
    write_csv(out, diary.cramps(), diary.routine_runs(), BERLIN)
    data = out.read_bytes()
    assert not data.startswith(b"\xef\xbb\xbf")  # no byte-order mark
    data.decode("utf-8")
    assert data.startswith(",".join(HEADER).encode() + b"\r\n")
    assert data.count(b"\r\n") == 4 and data.count(b"\n") == 4
    assert stat.S_IMODE(out.stat().st_mode) == 0o600


def test_an_empty_diary_exports_just_the_header(diary: Diary, tmp_path: Path) -> None:
    out = tmp_path / "cramps.csv"
    assert write_csv(out, diary.cramps(), diary.routine_runs(), BERLIN) == 0
    assert read_back(out) == []


def test_a_routine_started_but_never_ended_says_so() -> None:
    at = berlin(2026, 2, 15, 3, 0)
    cramp = CrampEntry(1, at, None, "seated", 45, 0, 0.0, None, False, None, None, ())
    run = RoutineEntry(1, berlin(2026, 2, 14, 22, 0), None, "Seated", None)
    stopped = RoutineEntry(
        2, berlin(2026, 2, 14, 22, 5), berlin(2026, 2, 14, 22, 6), "Seated", RoutineOutcome.STOPPED
    )
    assert csv_rows([cramp], [run], BERLIN)[1][-1] == "started"
    assert csv_rows([cramp], [run, stopped], BERLIN)[1][-1] == "stopped"
    assert csv_rows([cramp], [], BERLIN)[1][-1] == ""


# ---------------------------------------------------------------- formula injection


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("=1+1", "'=1+1"),
        ("+41 79 000", "'+41 79 000"),
        ("-2", "'-2"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\t=1", "'\t=1"),
        ("\r=1", "'\r=1"),
        ("seated", "seated"),
        ("2026-02-14T23:30:05+01:00", "2026-02-14T23:30:05+01:00"),
        ("a=b", "a=b"),
        ("", ""),
    ],
)
def test_guard_cell(text: str, shown: str) -> None:
    assert guard_cell(text) == shown


def test_text_that_looks_like_a_formula_is_written_as_text(tmp_path: Path) -> None:
    """The diary only stores known words; a row built by hand shows the guard on the way out."""
    at = berlin(2026, 2, 15, 3, 0)
    bad = CrampEntry(
        7,
        at,
        at + timedelta(minutes=1),
        '=HYPERLINK("http://x","y")',
        45,
        1,
        45.0,
        CrampOutcome.BETTER,
        False,
        None,
        None,
        (),
    )
    plus = CrampEntry(8, at, None, "+cmd|' /C calc'!A0", 45, 0, 0.0, None, False, None, None, ())
    out = tmp_path / "cramps.csv"
    write_csv(out, [bad, plus], [], BERLIN)
    rows = read_back(out)
    assert [r["stretch"] for r in rows] == ['\'=HYPERLINK("http://x","y")', "'+cmd|' /C calc'!A0"]
    assert [r["session_id"] for r in rows] == ["7", "8"]


# ---------------------------------------------------------------- atomic


def test_an_existing_file_is_replaced_whole(diary: Diary, tmp_path: Path) -> None:
    fill(diary)
    out = tmp_path / "cramps.csv"
    out.write_text("old content, much longer than the new one\n" * 500, encoding="utf-8")
    out.chmod(0o644)
    write_csv(out, diary.cramps(), diary.routine_runs(), BERLIN)
    expected = csv_text(diary.cramps(), diary.routine_runs(), BERLIN).encode("utf-8")
    assert out.read_bytes() == expected
    assert b"old content" not in out.read_bytes()
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "cramps.csv",
        "diary.sqlite3",
        "diary.sqlite3-shm",
        "diary.sqlite3-wal",
    ]


def test_a_failed_write_leaves_the_old_file(
    diary: Diary, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fill(diary)
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "cramps.csv"
    out.write_bytes(b"the export from last month\r\n")

    def full_disk(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full_disk)
    with pytest.raises(OSError, match="No space"):
        write_csv(out, diary.cramps(), diary.routine_runs(), BERLIN)
    assert out.read_bytes() == b"the export from last month\r\n"
    assert [p.name for p in folder.iterdir()] == ["cramps.csv"]


def test_a_missing_folder_is_an_os_error(diary: Diary, tmp_path: Path) -> None:
    with pytest.raises(OSError):
        write_csv(tmp_path / "gone" / "cramps.csv", diary.cramps(), [], BERLIN)
    assert not (tmp_path / "gone").exists()


# ---------------------------------------------------------------- the documentation


def test_every_column_is_documented_in_order() -> None:
    text = DOC.read_text(encoding="utf-8")
    documented = re.findall(r"^\| `([a-z_]+)` \|", text, flags=re.MULTILINE)
    assert documented == list(HEADER)
    assert len(COLUMNS) == len(HEADER) == len(set(HEADER))


def test_module_has_no_qt_imports() -> None:
    assert "PySide6" not in Path(str(export.__file__)).read_text(encoding="utf-8")


def test_the_night_column_uses_the_noon_cut_off() -> None:
    at = berlin(2026, 2, 15, 11, 59, 59)
    rows = csv_rows(
        [
            CrampEntry(1, at, None, "seated", 45, 0, 0.0, None, False, None, None, ()),
            CrampEntry(
                2,
                at + timedelta(seconds=1),
                None,
                "seated",
                45,
                0,
                0.0,
                None,
                False,
                None,
                None,
                (),
            ),
        ],
        [],
        BERLIN,
    )
    assert [row[1] for row in rows[1:]] == [date(2026, 2, 14).isoformat(), "2026-02-15"]
