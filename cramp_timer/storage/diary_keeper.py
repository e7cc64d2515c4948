"""Keeps the diary recording whatever the file and the disk do.

`open_diary` opens the diary; a file that cannot be used (not a database, damaged, from a
newer version, unreadable, a folder in its place) is moved aside, dated and never deleted
(``diary.sqlite3.unreadable-2026-12-03T03-12-09``, its ``-wal``/``-shm`` with it), and a
new diary is started. A diary that cannot be written (a full disk, a read-only folder)
is left as it is.

`DiaryKeeper` holds the open diary (or none) and, when it has none, tries again now and
then. `PendingFile` keeps entries that could not be written yet beside the settings
(``diary-pending.json``), so they outlive the app; the journal writes them when it can.
`problem_text` turns what happened into one plain sentence for the window.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from cramp_timer.core.clock import Clock
from cramp_timer.i18n import translate
from cramp_timer.storage.atomic import free_aside_path, write_text_atomic
from cramp_timer.storage.diary import Diary, DiaryError, is_disk_full

log = logging.getLogger(__name__)

SET_ASIDE_TAG = "unreadable"
RETRY_SECONDS = 30.0  # how often a diary that could not be opened is tried again
MAX_PENDING_BYTES = 1024 * 1024


@dataclass(frozen=True)
class Opened:
    diary: Diary | None
    problem: DiaryError | None  # why the diary could not be used as it was
    set_aside: Path | None  # where the old file went, if it was moved


def open_diary(path: Path, now: datetime) -> Opened:
    """Open the diary; set an unusable file aside and start a new one (see above)."""
    try:
        return Opened(Diary.open(path), None, None)
    except DiaryError as error:
        if error.reason in ("disk_full", "busy") or not os.path.lexists(path) \
                or not _writable(path):
            return Opened(None, error, None)
        aside = free_aside_path(path, SET_ASIDE_TAG, now)
        try:
            _move_aside(path, aside)
        except OSError as move_error:
            log.error("diary could not be set aside: %s", move_error)
            return Opened(None, error, None)
        log.warning("diary set aside as %s: %s", aside, error)
        try:
            return Opened(Diary.open(path), error, aside)
        except DiaryError as second:
            return Opened(None, second, aside)


def _writable(path: Path) -> bool:
    return os.access(path.parent, os.W_OK | os.X_OK)


def _move_aside(path: Path, aside: Path) -> None:
    path.rename(aside)
    for suffix in ("-wal", "-shm"):
        part = path.with_name(path.name + suffix)
        if os.path.lexists(part):
            part.rename(aside.with_name(aside.name + suffix))


def problem_text(problem: BaseException | None, set_aside: Path | None,
                 folder: Path) -> str:
    """The one sentence the window shows about the diary ('' if all is well)."""
    if set_aside is not None:
        return translate(
            "diary", "Your cramp diary could not be read ({reason}), so it was moved aside "
            "to {path} and a new diary was started. Nothing was deleted.").format(
                path=set_aside, reason=_why(problem))
    if problem is None:
        return ""
    if is_disk_full(problem, folder):
        return translate(
            "diary", "The disk is full, so tonight's entries cannot be written to your "
            "diary yet. They are kept and written as soon as there is room again.")
    return translate(
        "diary", "Your cramp diary cannot be written just now, so tonight's entries are "
        "kept and written as soon as it can be. ({reason})").format(reason=problem)


def _why(problem: BaseException | None) -> str:
    reason = getattr(problem, "reason", "")
    if reason == "not_a_database":
        return translate("diary", "it is not a diary, or it is damaged")
    if reason == "newer":
        return translate("diary", "it was written by a newer version of Cramp Timer")
    cause = problem.__cause__ if problem is not None else None
    if isinstance(cause, OSError) and cause.strerror:
        return cause.strerror
    return translate("diary", "it could not be opened")


class DiaryKeeper:
    """The open diary, or none (then ``diary()`` tries again every `RETRY_SECONDS`).
    ``tell`` gets each new sentence for the window."""

    def __init__(self, path: Path, clock: Clock, tell: Callable[[str], None],
                 diary: Diary | None = None) -> None:
        """``diary``: one already open at ``path`` (else it is opened now)."""
        self._path = path
        self._clock = clock
        self._tell = tell
        self._told: set[str] = set()
        self._diary = diary
        self._next_try = 0.0
        self.set_aside: Path | None = None
        self.diary()

    def diary(self) -> Diary | None:
        if self._diary is None and self._clock.monotonic() >= self._next_try:
            opened = open_diary(self._path, self._clock.now())
            self._diary = opened.diary
            if opened.set_aside is not None:
                self.set_aside = opened.set_aside
            if opened.diary is None:
                self._next_try = self._clock.monotonic() + RETRY_SECONDS
            if opened.problem is not None:
                log.error("diary: %s", opened.problem)
                self.tell(problem_text(opened.problem, opened.set_aside, self._path.parent))
        return self._diary

    def failed(self, error: BaseException) -> None:
        """A write failed: say so (once per kind of failure)."""
        log.error("diary write failed: %s", error)
        self.tell(problem_text(error, None, self._path.parent))

    def tell(self, text: str) -> None:
        key = text.split("(")[0]
        if text and key not in self._told:
            self._told.add(key)
            self._tell(text)

    def identity(self) -> str:
        """Names this diary file, so pending row ids are never used on another file."""
        try:
            info = self._path.stat()
        except OSError:
            return ""
        return f"{info.st_dev}:{info.st_ino}"

    def close(self) -> None:
        if self._diary is not None:
            self._diary.close()
            self._diary = None


class PendingFile:
    """Entries not yet in the diary, as JSON beside the settings (best effort: a disk that
    is full keeps them in memory only)."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def load(self) -> dict[str, Any] | None:
        try:
            if self.path.stat().st_size > MAX_PENDING_BYTES:
                raise ValueError("too large")
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return None
        except (OSError, ValueError) as error:
            log.error("pending diary entries unreadable (%s): %s", self.path, error)
            return None
        return data if isinstance(data, dict) else None

    def save(self, data: dict[str, Any]) -> bool:
        try:
            write_text_atomic(self.path, json.dumps(data, ensure_ascii=False))
        except OSError as error:
            log.warning("pending diary entries kept in memory only: %s", error)
            return False
        return True

    def clear(self) -> None:
        try:
            self.path.unlink()
        except FileNotFoundError:
            pass
        except OSError as error:
            log.warning("pending diary entries not removed: %s", error)
