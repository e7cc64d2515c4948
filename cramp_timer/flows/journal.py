"""Writes each night's cramp to the diary as it happens, and never stops recording.

The entry is created the moment the stretch starts; rounds, stretch time and follow-up
minutes are written as they accrue (at each step's end and every `PROGRESS_SECONDS` of
a hold or a care timer), so a crash or a power cut loses at most a few seconds. Follow-up
care and the rating are added to the same entry afterwards; "Not a cramp" removes it.

The journal keeps every entry of the night in memory until the diary has all of it. A
write that fails (a full disk, a diary that could not be opened) leaves the entry
pending: saved to the pending file (`diary_keeper.PendingFile`) and written, in full, at
the next write or start that finds the diary usable. Plain Python: the composition root
connects the controller's signals to these methods.
"""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from typing import Any

from cramp_timer.core.clock import Clock
from cramp_timer.core.night import (
    CrampCancelled,
    CrampEnded,
    FollowupEnded,
    NightSnapshot,
    Rated,
    RoutineEnded,
    RoutineStarted,
    Stage,
)
from cramp_timer.core.session import Phase, Snapshot, StepKind
from cramp_timer.storage.diary import Diary, FollowupKind, ReminderOutcome, UnknownEntry
from cramp_timer.storage.diary_keeper import DiaryKeeper, PendingFile
from cramp_timer.storage.settings import Settings

log = logging.getLogger(__name__)

PROGRESS_SECONDS = 3.0  # a hold or a care timer is written at least this often


@dataclass
class _Followup:
    kind: str
    minutes: float
    id: int | None = None
    running: bool = True


@dataclass
class _Cramp:
    started_at: str
    variant: str
    hold_seconds: int
    rounds: int = 0
    stretch_seconds: float = 0.0
    ended_at: str | None = None
    outcome: str | None = None
    red_flags_shown: bool = False
    followups: list[_Followup] = field(default_factory=list)
    rating: list[Any] | None = None  # [severity, leg]
    id: int | None = None
    finish_written: bool = False
    rating_written: bool = False
    kind: str = "cramp"


@dataclass
class _Run:
    started_at: str
    name: str
    ended_at: str | None = None
    outcome: str | None = None
    id: int | None = None
    finish_written: bool = False
    kind: str = "routine"


@dataclass
class _Reminder:
    night: str
    outcome: str
    id: int | None = None
    kind: str = "reminder"


_Entry = _Cramp | _Run | _Reminder


def accrued_seconds(shot: Snapshot) -> float:
    """Hold seconds done, the hold under way included (the session adds it at its end)."""
    done = shot.hold_seconds_done
    step = shot.step
    if (step is not None and step.kind is StepKind.HOLD
            and shot.phase in (Phase.RUNNING, Phase.PAUSED)):
        done += max(0.0, step.seconds - shot.remaining)
    return done


class SessionJournal:
    def __init__(self, keeper: DiaryKeeper, clock: Clock,
                 pending: PendingFile | None = None) -> None:
        self._keeper = keeper
        self._clock = clock
        self._pending = pending
        self._unwritten: list[_Entry] = []
        self._entry: _Cramp | None = None  # the stretch being written
        self._last: _Cramp | None = None  # the night's entry, for follow-ups and the rating
        self._run: _Run | None = None  # the routine run being written
        self._written_at = 0.0  # seconds accrued when progress was last written
        self._step: tuple[int, int] = (0, 0)  # (round, step) last written
        self._load_pending()
        if self._unwritten:
            self._flush()

    @classmethod
    def on(cls, diary: Diary, clock: Clock) -> SessionJournal:
        """A journal over an already open diary (tests, tools)."""
        return cls(DiaryKeeper(diary.path, clock, lambda _text: None, diary), clock)

    @property
    def diary(self) -> Diary | None:
        return self._keeper.diary()

    @property
    def pending(self) -> int:
        """Entries not yet (fully) in the diary."""
        return len(self._unwritten)

    # -- what happens ----------------------------------------------------------------
    def started(self, settings: Settings) -> None:
        self._entry = self._last = _Cramp(self._now(), settings.variant.value,
                                          settings.hold_seconds)
        self._written_at, self._step = 0.0, (0, 0)
        self._changed(self._entry)
        log.info("diary: cramp entry %s started", self._entry.id)

    def progressed(self, snapshot: NightSnapshot) -> None:
        """Keep rounds, stretch time and care minutes current (see the module doc)."""
        shot = snapshot.session
        if shot is None:
            return
        if snapshot.stage is Stage.STRETCH and self._entry is not None:
            seconds = accrued_seconds(shot)
            if self._due(shot, seconds):
                self._entry.rounds = shot.round
                self._entry.stretch_seconds = seconds
                self._changed(self._entry)
        elif (snapshot.stage is Stage.FOLLOWUP and self._last is not None
              and snapshot.followup is not None):
            seconds = accrued_seconds(shot)
            if self._due(shot, seconds):
                care = self._care(snapshot.followup.value)
                care.minutes = int(seconds) / 60
                self._changed(self._last)

    def ended(self, ended: CrampEnded) -> None:
        entry = self._entry
        if entry is None:
            return
        entry.ended_at = self._now()
        entry.outcome = ended.outcome.value
        entry.rounds, entry.stretch_seconds = ended.rounds, ended.stretch_seconds
        entry.red_flags_shown = ended.red_flags_shown
        self._entry = None
        self._changed(entry)
        log.info("diary: cramp entry %s finished (%s)", entry.id, ended.outcome.value)

    def followup(self, ended: FollowupEnded) -> None:
        if self._last is not None:
            care = self._care(ended.kind.value)
            care.minutes, care.running = ended.minutes, False
            self._changed(self._last)

    def rated(self, rated: Rated) -> None:
        last = self._last
        if last is not None and (rated.severity is not None or rated.leg is not None):
            last.rating = [rated.severity, None if rated.leg is None else rated.leg.value]
            last.rating_written = False
            self._changed(last)

    def cancelled(self, _cancelled: CrampCancelled) -> None:
        """Not a cramp after all: its entry goes, follow-ups and all (a pending one is
        simply never written)."""
        entry = self._last
        self._entry = self._last = None
        if entry is None:
            return
        self._unwritten = [other for other in self._unwritten if other is not entry]
        diary = self._keeper.diary()
        if entry.id is not None and diary is not None:
            try:
                diary.delete_cramp(entry.id)
            except UnknownEntry:  # deleted in History meanwhile
                pass
            except (sqlite3.Error, OSError) as error:
                self._keeper.failed(error)
        log.info("diary: cramp entry %s removed (not a cramp)", entry.id)
        self._flush()  # the pending file forgets it too

    def routine_started(self, started: RoutineStarted) -> None:
        self._run = _Run(self._now(), started.name)
        self._changed(self._run)

    def routine_ended(self, ended: RoutineEnded) -> None:
        if self._run is not None:
            self._run.ended_at, self._run.outcome = self._now(), ended.outcome.value
            self._changed(self._run)
            self._run = None

    def reminder(self, night: date, outcome: ReminderOutcome) -> None:
        self._changed(_Reminder(night.isoformat(), outcome.value))

    def retry(self) -> bool:
        """Write what is pending, if the diary can take it now (True: nothing pending)."""
        if self._unwritten:
            self._flush()
        return not self._unwritten

    def close(self) -> None:
        self._keeper.close()

    # -- inside ----------------------------------------------------------------------
    def _now(self) -> str:
        return self._clock.now().isoformat()

    def _due(self, shot: Snapshot, seconds: float) -> bool:
        step = (shot.round, shot.step_index)
        if step == self._step and seconds - self._written_at < PROGRESS_SECONDS:
            return False
        self._step, self._written_at = step, seconds
        return True

    def _care(self, kind: str) -> _Followup:
        assert self._last is not None
        for care in reversed(self._last.followups):
            if care.kind == kind and care.running:
                return care
        care = _Followup(kind, 0.0)
        self._last.followups.append(care)
        self._written_at, self._step = 0.0, (0, 0)
        return care

    def _changed(self, entry: _Entry) -> None:
        if not any(entry is other for other in self._unwritten):
            self._unwritten.append(entry)
        self._flush()

    def _flush(self) -> None:
        diary = self._keeper.diary()
        if diary is not None:
            while self._unwritten:
                entry = self._unwritten[0]
                try:
                    _write(diary, entry)
                except (sqlite3.Error, OSError) as error:
                    self._keeper.failed(error)
                    break
                except ValueError as error:  # a value the diary refuses: never retried
                    log.error("diary: entry not written: %s", error)
                self._unwritten.pop(0)
        if self._pending is None:
            return
        if self._unwritten:
            self._pending.save({"diary": self._keeper.identity(),
                                "entries": [asdict(entry) for entry in self._unwritten]})
        elif diary is not None:
            self._pending.clear()

    def _load_pending(self) -> None:
        data = self._pending.load() if self._pending is not None else None
        if not data:
            return
        same_file = data.get("diary") == self._keeper.identity() != ""
        for raw in data.get("entries", ()):
            try:
                entry = _entry_from(raw, same_file)
            except (TypeError, ValueError, KeyError) as error:
                log.error("pending diary entry skipped: %s", error)
                continue
            self._unwritten.append(entry)
        log.info("diary: %d pending entries to write", len(self._unwritten))


def _entry_from(raw: dict[str, Any], same_file: bool) -> _Entry:
    """A pending entry read back; row ids only count on the same diary file."""
    kind = raw.get("kind")
    if kind == "cramp":
        fields = {**raw, "followups": [_Followup(**care) for care in raw["followups"]]}
        entry = _Cramp(**fields)
        if not same_file:
            entry.id, entry.finish_written, entry.rating_written = None, False, False
            for care in entry.followups:
                care.id = None
        if entry.ended_at is None:
            entry.followups = [care for care in entry.followups if care.minutes > 0]
        return entry
    if kind == "routine":
        run = _Run(**raw)
        if not same_file:
            run.id, run.finish_written = None, False
        return run
    if kind == "reminder":
        reminder = _Reminder(**raw)
        if not same_file:
            reminder.id = None
        return reminder
    raise ValueError(f"unknown kind {kind!r}")


def _write(diary: Diary, entry: _Entry) -> None:
    """Bring the diary's copy of ``entry`` up to date (each step committed on its own)."""
    if isinstance(entry, _Reminder):
        if entry.id is None:
            entry.id = diary.record_reminder(date.fromisoformat(entry.night),
                                             ReminderOutcome(entry.outcome))
        return
    if isinstance(entry, _Run):
        if entry.id is None:
            entry.id = diary.start_routine(datetime.fromisoformat(entry.started_at),
                                           entry.name)
        if entry.ended_at is not None and entry.outcome is not None and not entry.finish_written:
            diary.finish_routine(entry.id, datetime.fromisoformat(entry.ended_at),
                                 entry.outcome)
            entry.finish_written = True
        return
    if entry.id is None:
        entry.id = diary.start_cramp(datetime.fromisoformat(entry.started_at), entry.variant,
                                     entry.hold_seconds)
    if entry.ended_at is None or entry.outcome is None:
        diary.update_cramp(entry.id, rounds=entry.rounds,
                           stretch_seconds=entry.stretch_seconds)
    elif not entry.finish_written:
        diary.finish_cramp(entry.id, datetime.fromisoformat(entry.ended_at), entry.outcome,
                           entry.rounds, entry.stretch_seconds, entry.red_flags_shown)
        entry.finish_written = True
    for care in entry.followups:
        if care.id is None:
            care.id = diary.add_followup(entry.id, FollowupKind(care.kind), care.minutes)
        else:
            diary.update_followup(care.id, care.minutes)
    if entry.rating is not None and not entry.rating_written:
        diary.set_severity(entry.id, entry.rating[0], entry.rating[1])
        entry.rating_written = True
