"""A ProcessSpeaker with the real worker process, a fake clock and fake players, for tests.

`speaker_maker` returns a function that makes one (closed by the `close` it returns too):
player "fast" exits at once, "slow" plays "forever" until killed; extra keyword arguments
go into the worker's environment.
"""

from __future__ import annotations

import os
import stat
import sys
import time
from collections.abc import Callable, Mapping
from pathlib import Path

from cramp_timer.core.clock import FakeClock
from cramp_timer.speech.speaker import ProcessSpeaker, SpeechEvent, SpeechEventKind


def script(path: Path, body: str) -> str:
    path.write_text("#!/bin/sh\n" + body + "\n")
    path.chmod(path.stat().st_mode | stat.S_IXUSR)
    return str(path)


class Harness:
    def __init__(self, speaker: ProcessSpeaker, clock: FakeClock, cache: Path) -> None:
        self.speaker = speaker
        self.clock = clock
        self.cache = cache
        self.seen: list[SpeechEvent] = []
        self._cursor = 0

    def wait_for(self, match: Callable[[SpeechEvent], bool], limit: float = 15.0) -> SpeechEvent:
        """Return the next event (after the last one returned) that matches, polling as needed.

        A bounded wait for a real process to answer, not a timing test.
        """
        deadline = time.monotonic() + limit
        while True:
            while self._cursor < len(self.seen):
                event = self.seen[self._cursor]
                self._cursor += 1
                if match(event):
                    return event
            if time.monotonic() > deadline:
                raise AssertionError(f"no matching event within {limit} s; saw {self.seen}")
            self.seen.extend(self.speaker.poll(wait=0.05))

    def wait_kind(self, kind: SpeechEventKind, key: str | None = None) -> SpeechEvent:
        return self.wait_for(lambda e: e.kind is kind and (key is None or e.key == key))

    def wait_idle(self, limit: float = 15.0) -> None:
        deadline = time.monotonic() + limit
        while self.speaker.busy():
            self.seen.extend(self.speaker.poll(wait=0.05))
            assert time.monotonic() < deadline, f"still busy; saw {self.seen}"

    def kinds(self) -> list[SpeechEventKind]:
        return [e.kind for e in self.seen]



def speaker_maker(tmp_path: Path, base_env: Mapping[str, str],
                  ) -> tuple[Callable[..., Harness], Callable[[], None]]:
    made: list[ProcessSpeaker] = []

    def make(player: str = "fast", python: str = sys.executable, **env: str) -> Harness:
        players = {
            "fast": script(tmp_path / "fast_player", "exit 0"),
            "slow": script(tmp_path / "slow_player", "exec sleep 600"),
        }
        worker_env = {**os.environ, "CRAMP_TIMER_SPEECH_PLAYER": players.get(player, player),
                      **base_env}
        worker_env.update(env)
        clock = FakeClock()
        cache = tmp_path / "cache"
        speaker = ProcessSpeaker(cache, clock, python=python, hang_timeout=2.0,
                                 worker_env=worker_env)
        made.append(speaker)
        return Harness(speaker, clock, cache)

    def close() -> None:
        for speaker in made:
            speaker.close()

    return make, close
