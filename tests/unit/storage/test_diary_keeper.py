"""The diary never stops recording: unusable files are set aside (never deleted), a new
diary is started, and nothing is created beside a file that is left alone."""

from __future__ import annotations

import os
import sqlite3
import subprocess
from collections.abc import Callable, Iterator
from datetime import datetime, timezone
from pathlib import Path

import pytest

from cramp_timer.core.clock import FakeClock
from cramp_timer.storage.diary import DIARY_VERSION, CrampOutcome, Diary
from cramp_timer.storage.diary_keeper import DiaryKeeper, open_diary, problem_text

NOW = datetime(2026, 12, 3, 3, 12, 9, tzinfo=timezone.utc)


def random_bytes(path: Path) -> None:
    path.write_bytes(os.urandom(8192))


def truncated(path: Path) -> None:
    with Diary.open(path) as diary:
        for _ in range(200):
            diary.start_cramp(NOW, "seated", 45)
    data = path.read_bytes()
    for suffix in ("-wal", "-shm"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)
    path.write_bytes(data[: len(data) // 3 + 7])


def damaged_inside(path: Path) -> None:
    with Diary.open(path) as diary:
        for _ in range(50):
            diary.start_cramp(NOW, "seated", 45)
    data = bytearray(path.read_bytes())
    data[100:] = os.urandom(len(data) - 100)
    path.write_bytes(bytes(data))


def a_folder(path: Path) -> None:
    path.mkdir()
    (path / "inside.txt").write_text("kept")


def newer(path: Path) -> None:
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE from_the_future (x)")
    db.execute(f"PRAGMA user_version = {DIARY_VERSION + 1}")
    db.commit()
    db.close()


def unreadable(path: Path) -> None:
    with Diary.open(path) as diary:
        diary.start_cramp(NOW, "seated", 45)
    path.chmod(0)


CASES: dict[str, Callable[[Path], None]] = {
    "random bytes": random_bytes, "truncated": truncated, "damaged": damaged_inside,
    "a folder": a_folder, "newer format": newer, "unreadable": unreadable,
}


def snapshot(path: Path) -> bytes | list[str]:
    if path.is_dir():
        return sorted(p.name for p in path.iterdir())
    return path.read_bytes() if os.access(path, os.R_OK) else b"(unreadable)"


@pytest.mark.parametrize("case", list(CASES))
def test_an_unusable_diary_is_moved_aside_whole_and_a_new_one_records(
        case: str, tmp_path: Path) -> None:
    if case == "unreadable" and os.geteuid() == 0:
        pytest.skip("root reads a chmod-000 file")
    path = tmp_path / "diary.sqlite3"
    CASES[case](path)
    before = snapshot(path)
    opened = open_diary(path, NOW)
    assert opened.problem is not None and opened.diary is not None
    assert opened.set_aside == tmp_path / "diary.sqlite3.unreadable-2026-12-03T03-12-09"
    assert snapshot(opened.set_aside) == before  # moved whole, never changed
    entry = opened.diary.start_cramp(NOW, "seated", 45)
    opened.diary.finish_cramp(entry, NOW, CrampOutcome.BETTER, 1, 45.0, False)
    opened.diary.close()
    with Diary.open(path) as again:
        assert [e.outcome for e in again.cramps()] == [CrampOutcome.BETTER]
    text = problem_text(opened.problem, opened.set_aside, tmp_path)
    assert str(opened.set_aside) in text and "new diary" in text
    # a second start uses the new diary and sets nothing else aside
    second = open_diary(path, NOW)
    assert second.problem is None and second.diary is not None
    second.diary.close()
    assert len(list(tmp_path.glob("diary.sqlite3.unreadable-*"))) == 1


def test_a_diary_that_cannot_be_moved_is_left_alone_with_nothing_beside_it(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import cramp_timer.storage.diary_keeper as keeper

    path = tmp_path / "diary.sqlite3"
    damaged_inside(path)
    for suffix in ("-wal", "-shm"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)
    before = path.read_bytes()

    def refuse(_path: Path, _aside: Path) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(keeper, "_move_aside", refuse)
    opened = open_diary(path, NOW)
    assert opened.diary is None and opened.set_aside is None
    assert sorted(p.name for p in tmp_path.iterdir()) == ["diary.sqlite3"]
    assert path.read_bytes() == before


def test_a_failing_open_is_tried_again_later(tmp_path: Path) -> None:
    blocked = tmp_path / "no-folder-yet"
    blocked.write_text("a file where the data folder should be")
    clock = FakeClock()
    told: list[str] = []
    keeper = DiaryKeeper(blocked / "diary.sqlite3", clock, told.append)
    assert keeper.diary() is None and len(told) == 1
    blocked.unlink()
    blocked.mkdir()
    assert keeper.diary() is None  # not tried again at once
    clock.advance(31)
    diary = keeper.diary()
    assert diary is not None
    keeper.close()
    assert len(told) == 1


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A real full disk: a 1 MiB tmpfs (needs root; else skipped)."""
    mount = tmp_path / "disk"
    mount.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(mount)],
                          capture_output=True, check=False)
    if done.returncode != 0:
        pytest.skip("a small tmpfs cannot be mounted here (needs root)")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def fill(folder: Path) -> Path:
    filler = folder / "filler"
    with filler.open("wb") as stream:
        try:
            while True:
                stream.write(b"\0" * 65536)
                stream.flush()
        except OSError:
            pass
    return filler


def test_a_full_disk_is_named_as_a_full_disk_and_the_diary_is_not_blamed(
        small_disk: Path) -> None:
    path = small_disk / "diary.sqlite3"
    with Diary.open(path) as diary:
        diary.start_cramp(NOW, "seated", 45)
    before = path.read_bytes()
    filler = fill(small_disk)
    clock = FakeClock()
    told: list[str] = []
    keeper = DiaryKeeper(path, clock, told.append)
    diary = keeper.diary()
    if diary is not None:  # it opened: the first write fails instead
        with pytest.raises(sqlite3.Error) as caught:
            for _ in range(500):
                diary.start_cramp(NOW, "seated", 45)
        keeper.failed(caught.value)
    assert told and "disk is full" in told[-1]
    assert "damaged" not in " ".join(told)
    assert list(small_disk.glob("*.unreadable-*")) == []
    keeper.close()
    filler.unlink()
    with Diary.open(path) as again:
        assert len(again.cramps()) >= 1
    assert path.read_bytes()[:16] == before[:16]


def test_a_diary_another_program_holds_is_not_moved_aside(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A running (or hung) app holding the diary's lock: the file is healthy, so it stays
    where it is, and the keeper says it is busy rather than damaged."""
    from cramp_timer.storage import diary as diary_module

    path = tmp_path / "diary.sqlite3"
    Diary.open(path).close()
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("PRAGMA journal_mode = DELETE")
    holder.execute("BEGIN EXCLUSIVE")  # nobody else may read now
    monkeypatch.setattr(diary_module, "BUSY_TIMEOUT_SECONDS", 0.05)
    try:
        opened = open_diary(path, datetime(2026, 12, 3, 3, tzinfo=timezone.utc))
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert opened.diary is None and opened.set_aside is None
    assert opened.problem is not None and opened.problem.reason == "busy"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["diary.sqlite3"]
    with Diary.open(path) as again:  # free again: the same diary
        assert again.cramps() == []
