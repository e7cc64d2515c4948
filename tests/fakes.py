"""Test doubles that record what the app asked for."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from cramp_timer.core.clock import FakeClock
from cramp_timer.speech.speaker import SpeechEvent, VoiceInfo, VoiceOptions

# What a 5 s + 45 s round speaks, in seconds from its start (after the "position" cue at 0).
HOLD_45_SCHEDULE = [
    (5.0, "hold-start"),
    (27.5, "halfway"),
    (40.0, "ten-left"),
    (45.0, "count-5"),
    (46.0, "count-4"),
    (47.0, "count-3"),
    (48.0, "count-2"),
    (49.0, "count-1"),
    (50.0, "release"),
]


@dataclass
class RecordingSpeaker:
    """A Speaker that records each request with the fake clock's time."""

    clock: FakeClock
    said: list[tuple[float, str, str]] = field(default_factory=list)  # (t, key, text)
    chimed: list[tuple[float, str]] = field(default_factory=list)
    prepared: list[str] = field(default_factory=list)
    droppable: list[str] = field(default_factory=list)  # keys said as droppable numbers
    options: list[VoiceOptions] = field(default_factory=list)
    pending: list[SpeechEvent] = field(default_factory=list)
    silenced: int = 0
    slow: bool = False  # a worker still starting: busy, and nothing said is heard yet
    started: bool = False
    closed: bool = False
    voice_list: tuple[VoiceInfo, ...] = (VoiceInfo("gmw/en", "English"),)

    def start(self) -> None:
        self.started = True

    def configure(self, options: VoiceOptions) -> None:
        self.options.append(options)

    def prepare(self, texts: Sequence[str]) -> None:
        self.prepared.extend(texts)

    def say(self, key: str, text: str, droppable: bool = False) -> None:
        self.said.append((self.clock.monotonic(), key, text))
        if droppable:
            self.droppable.append(key)

    def chime(self, key: str) -> None:
        self.chimed.append((self.clock.monotonic(), key))

    def silence(self) -> None:
        self.silenced += 1

    def poll(self) -> list[SpeechEvent]:
        events, self.pending = self.pending, []
        return events

    def busy(self) -> bool:
        return self.slow or bool(self.pending)

    def voices(self) -> tuple[VoiceInfo, ...]:
        return self.voice_list

    def close(self) -> None:
        self.closed = True

    def keys(self) -> list[str]:
        return [key for _, key, _ in self.said]


class FakeSignal:
    """A Qt signal's connect and emit, for flows driven without Qt objects."""

    def __init__(self) -> None:
        self.slots: list[Callable[..., object]] = []

    def connect(self, slot: Callable[..., object]) -> None:
        self.slots.append(slot)

    def emit(self, *args: object) -> None:
        for slot in self.slots:
            slot(*args)


class FullDisk:
    """A diary connection whose writes fail as SQLite's do on a full disk (``full``)."""

    def __init__(self, real: sqlite3.Connection) -> None:
        self.real, self.full = real, True

    def execute(self, sql: str, *args: object) -> sqlite3.Cursor:
        if self.full and sql.lstrip().upper().startswith(("INSERT", "UPDATE")):
            raise sqlite3.OperationalError("database or disk is full")
        return self.real.execute(sql, *args)

    def __getattr__(self, name: str) -> object:
        return getattr(self.real, name)
