from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from cramp_timer.storage import atomic
from cramp_timer.storage.atomic import write_bytes_atomic, write_text_atomic


def mode_of(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_writes_a_new_file_with_private_mode(tmp_path: Path) -> None:
    target = tmp_path / "f.bin"
    write_bytes_atomic(target, b"\x00hello\xff")
    assert target.read_bytes() == b"\x00hello\xff"
    assert mode_of(target) == 0o600
    assert sorted(p.name for p in tmp_path.iterdir()) == ["f.bin"]


def test_replaces_an_existing_file_and_sets_the_given_mode(tmp_path: Path) -> None:
    target = tmp_path / "f.txt"
    target.write_text("old and longer than the new content")
    target.chmod(0o666)
    write_bytes_atomic(target, b"new", mode=0o640)
    assert target.read_bytes() == b"new"
    assert mode_of(target) == 0o640


def test_mode_is_exact_whatever_the_umask(tmp_path: Path) -> None:
    old = os.umask(0o077)
    try:
        write_bytes_atomic(tmp_path / "f", b"x", mode=0o644)
    finally:
        os.umask(old)
    assert mode_of(tmp_path / "f") == 0o644


def test_text_is_utf8_and_line_endings_are_kept(tmp_path: Path) -> None:
    target = tmp_path / "t.txt"
    write_text_atomic(target, "Wadenkrampf – ça va\r\nzwei\n")
    assert target.read_bytes() == "Wadenkrampf – ça va\r\nzwei\n".encode()
    assert mode_of(target) == 0o600


def test_failed_replace_keeps_the_old_file_and_leaves_no_temp(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "settings.json"
    target.write_bytes(b"old")

    def refuse(src: object, dst: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(OSError, match="No space"):
        write_bytes_atomic(target, b"new")
    assert target.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["settings.json"]


def test_failed_write_keeps_the_old_file_and_leaves_no_temp(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "settings.json"
    target.write_bytes(b"old")

    def fail(fd: int) -> None:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(os, "fsync", fail)
    with pytest.raises(OSError, match="Input/output"):
        write_bytes_atomic(target, b"new")
    assert target.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["settings.json"]


def test_interrupt_in_the_middle_also_cleans_up(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "settings.json"
    target.write_bytes(b"old")

    def interrupt(fd: int) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "fsync", interrupt)
    with pytest.raises(KeyboardInterrupt):
        write_bytes_atomic(target, b"new")
    assert target.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["settings.json"]


def test_wrong_data_type_cleans_up(tmp_path: Path) -> None:
    with pytest.raises(TypeError):
        write_bytes_atomic(tmp_path / "f", "not bytes")  # type: ignore[arg-type]
    assert list(tmp_path.iterdir()) == []


def test_missing_folder_raises_and_creates_nothing(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        write_bytes_atomic(tmp_path / "missing" / "f", b"x")
    assert list(tmp_path.iterdir()) == []


def test_file_and_folder_are_fsynced(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    synced: list[bool] = []
    real_fsync = os.fsync

    def record(fd: int) -> None:
        synced.append(stat.S_ISDIR(os.fstat(fd).st_mode))
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", record)
    write_bytes_atomic(tmp_path / "f", b"x")
    expected = [False] if os.name == "nt" else [False, True]
    assert synced == expected


def test_folder_fsync_refused_is_not_an_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_fsync = os.fsync

    def refuse_on_folders(fd: int) -> None:
        if stat.S_ISDIR(os.fstat(fd).st_mode):
            raise OSError(22, "Invalid argument")
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", refuse_on_folders)
    write_bytes_atomic(tmp_path / "f", b"x")
    assert (tmp_path / "f").read_bytes() == b"x"


@pytest.mark.skipif(os.name == "nt", reason="symbolic links need privileges on Windows")
def test_symlink_is_kept_and_its_target_replaced(tmp_path: Path) -> None:
    real = tmp_path / "dotfiles" / "settings.json"
    real.parent.mkdir()
    real.write_bytes(b"old")
    link = tmp_path / "settings.json"
    link.symlink_to(real)
    write_bytes_atomic(link, b"new")
    assert link.is_symlink()
    assert real.read_bytes() == b"new"
    assert sorted(p.name for p in real.parent.iterdir()) == ["settings.json"]


def test_module_has_no_qt_imports() -> None:
    source = Path(atomic.__file__).read_text(encoding="utf-8")
    assert "PySide6" not in source
