"""``cramp-timer --export-pdf`` / ``--export-csv``, run as real processes on a real diary
file (in the private XDG folders from conftest) written by the diary code."""

from __future__ import annotations

import csv
import shutil
import subprocess
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from cramp_timer.storage.diary import Diary
from cramp_timer.storage.paths import AppPaths

HAS_POPPLER = shutil.which("pdftotext") is not None


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "cramp_timer", *args],
        capture_output=True, text=True, timeout=120, check=False,
    )


def local(night: date, hour: int) -> datetime:
    day = night + timedelta(days=1) if hour < 12 else night
    return datetime(day.year, day.month, day.day, hour, 10).astimezone()


def diary_path() -> Path:
    path = AppPaths.default().diary_file
    path.parent.mkdir(parents=True, exist_ok=True)
    return path


def fill(nights: int = 30) -> date:
    """A cramp at 03:10 on each of ``nights`` nights ending yesterday, the routine on the
    second half. Returns the first night."""
    today = (datetime.now().astimezone() - timedelta(hours=12)).date()
    first = today - timedelta(days=nights)
    with Diary.open(diary_path()) as diary:
        for offset in range(nights):
            night = first + timedelta(days=offset)
            cramp = diary.start_cramp(local(night, 3), "seated", 45)
            diary.finish_cramp(cramp, local(night, 3) + timedelta(minutes=2), "better", 1,
                               45.0, False)
            diary.set_severity(cramp, 5, "right")
            if offset >= nights // 2:
                run = diary.start_routine(local(night, 22), "Standing")
                diary.finish_routine(run, local(night, 22) + timedelta(minutes=4), "done")
    return first


def test_csv_of_a_range_exits_0_and_writes_those_nights(tmp_path: Path) -> None:
    first = fill()
    out = tmp_path / "range.csv"
    result = cli("--export-csv", str(out), "--from", (first + timedelta(days=5)).isoformat(),
                 "--to", (first + timedelta(days=9)).isoformat())
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"Saved 5 cramp entries to {out}.\n"
    with out.open(encoding="utf-8", newline="") as stream:
        rows = list(csv.DictReader(stream))
    assert [r["night"] for r in rows] == [
        (first + timedelta(days=d)).isoformat() for d in range(5, 10)
    ]
    # 03:10 belongs to the night before: the started_at date is the next day
    assert rows[0]["started_at"].startswith((first + timedelta(days=6)).isoformat())
    assert out.stat().st_mode & 0o777 == 0o600


def test_csv_without_a_range_holds_every_session(tmp_path: Path) -> None:
    fill(20)
    out = tmp_path / "all.csv"
    result = cli("--export-csv", str(out))
    assert result.returncode == 0, result.stderr
    assert "Saved 20 cramp entries" in result.stdout


@pytest.mark.skipif(not HAS_POPPLER, reason="needs pdftotext (poppler-utils)")
def test_pdf_of_a_range_with_a_name(tmp_path: Path) -> None:
    first = fill()
    out = tmp_path / "summary.pdf"
    last = first + timedelta(days=29)
    result = cli("--export-pdf", str(out), "--from", first.isoformat(), "--to",
                 last.isoformat(), "--name", "Ada Lovelace")
    assert result.returncode == 0, result.stderr
    assert result.stdout == (
        f"Saved the summary of the nights {first.isoformat()} to {last.isoformat()} to {out}.\n"
    )
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True,
                          check=True).stdout
    flat = " ".join(text.split())
    assert "Name: Ada Lovelace" in flat
    assert "(30 nights)" in flat
    assert "Bedtime routine: done on 15 of the 30 nights in this range." in flat
    assert "Since you started the bedtime routine: 1.0 cramps a night, before 1.0." in flat
    assert "Every cramp in this range" in flat


def test_no_diary_exits_1_and_writes_nothing(tmp_path: Path) -> None:
    out = tmp_path / "x.csv"
    result = cli("--export-csv", str(out))
    assert result.returncode == 1
    assert result.stderr.startswith("cramp-timer: There is no diary yet (")
    assert "nothing was written" in result.stderr
    assert not out.exists()
    assert not AppPaths.default().diary_file.exists()  # and none was made


def test_an_empty_range_exits_1_and_keeps_the_old_file(tmp_path: Path) -> None:
    first = fill(10)
    out = tmp_path / "old.pdf"
    out.write_bytes(b"last month")
    long_ago = (first - timedelta(days=400)).isoformat()
    for flag in ("--export-pdf", "--export-csv"):
        result = cli(flag, str(out), "--from", long_ago, "--to", long_ago)
        assert result.returncode == 1
        assert result.stderr == (
            "cramp-timer: Nothing is recorded in the diary for those nights, so nothing was "
            "written.\n"
        )
        assert out.read_bytes() == b"last month"


def test_a_folder_that_is_not_there_exits_1(tmp_path: Path) -> None:
    fill(5)
    out = tmp_path / "missing" / "x.csv"
    result = cli("--export-csv", str(out))
    assert result.returncode == 1
    assert result.stderr.startswith(f"cramp-timer: The file {out} could not be written: ")


def test_a_file_that_is_not_a_diary_exits_1_and_is_left_alone(tmp_path: Path) -> None:
    path = diary_path()
    path.write_bytes(b"not a database at all")
    result = cli("--export-csv", str(tmp_path / "x.csv"))
    assert result.returncode == 1
    assert "is not a Cramp Timer diary" in result.stderr
    assert path.read_bytes() == b"not a database at all"


@pytest.mark.parametrize(
    "args",
    [
        ("--export-csv", "x.csv", "--from", "2026-02-30"),
        ("--export-csv", "x.csv", "--from", "2026-02-10", "--to", "2026-02-01"),
        ("--export-csv", "x.csv", "--name", "Ada"),
        ("--export-csv", "x.csv", "--export-pdf", "y.pdf"),
        ("--export-csv", "x.csv", "--now"),
        ("--export-pdf", "x.pdf", "--export-routines", "r.json"),
        ("--from", "2026-02-01"),
        ("--export-csv",),
    ],
)
def test_wrong_usage_exits_2(args: tuple[str, ...], tmp_path: Path) -> None:
    result = subprocess.run([sys.executable, "-m", "cramp_timer", *args], cwd=tmp_path,
                            capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 2, result
    assert "usage: cramp-timer" in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == []


def test_it_works_while_the_app_is_writing_and_does_not_wait_for_it(tmp_path: Path) -> None:
    """The app holds a write transaction open (as in the middle of a save): the export
    reads what is committed and finishes; the app's write then commits as usual."""
    fill(10)
    out = tmp_path / "during.csv"
    with Diary.open(diary_path()) as app_diary, app_diary.transaction():
        app_diary.start_cramp(datetime.now().astimezone(), "seated", 45)
        result = cli("--export-csv", str(out))
        assert result.returncode == 0, result.stderr
        assert "Saved 10 cramp entries" in result.stdout
    with Diary.open(diary_path()) as diary:
        assert len(diary.cramps()) == 11


@pytest.mark.skipif(not HAS_POPPLER, reason="needs pdftotext (poppler-utils)")
def test_the_summary_and_the_message_are_in_the_chosen_language(tmp_path: Path) -> None:
    import json
    import xml.etree.ElementTree as ET

    def german(source: str) -> str:
        ts = Path(__file__).resolve().parents[2] / "assets" / "translations" / "cramp_timer_de.ts"
        for message in ET.parse(ts).getroot().iter("message"):
            if message.findtext("source") == source:
                return message.findtext("translation") or ""
        raise AssertionError(source)

    first = fill()
    settings = AppPaths.default().settings_file
    settings.parent.mkdir(parents=True, exist_ok=True)
    settings.write_text(json.dumps({"language": "de"}), encoding="utf-8")
    out = tmp_path / "summary.pdf"
    result = cli("--export-pdf", str(out), "--from", first.isoformat())
    assert result.returncode == 0, result.stderr
    said = german("Saved the summary of the nights {first} to {last} to {file}.")
    assert result.stdout.startswith(said.split("{")[0]) and str(out) in result.stdout
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert german("Every cramp in this range") in " ".join(text.split())
    assert "Every cramp in this range" not in text
