"""The voice follows the language of the lines: espeak-ng's voice for it, or none."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from cramp_timer.speech.languages import espeak_voice_for
from cramp_timer.speech.worker import Emitter, LockedQueue, Worker, WorkQueue

# what pyttsx3 lists for espeak-ng 1.51 (id, languages), a few of its voices
ESPEAK = [("gmw/en", ["en-gb"]), ("gmw/en-us", ["en-us"]), ("gmw/de", ["de"]),
          ("roa/es", ["es"]), ("roa/es-419", ["es-419"]), ("roa/fr-be", ["fr-be"]),
          ("roa/fr", ["fr-fr"]), ("roa/pt", ["pt"]), ("roa/pt-br", ["pt-br"]),
          ("sit/cmn", ["cmn"]), ("sit/cmn-latn-pinyin", ["cmn-latn-pinyin"])]


@pytest.mark.parametrize(("language", "voice"), [
    ("de", "gmw/de"), ("es", "roa/es"), ("fr", "roa/fr"), ("pt_BR", "roa/pt-br"),
    ("zh_CN", "sit/cmn"), ("en", ""), ("en_GB", ""),
])
def test_each_shipped_language_gets_its_espeak_voice(language: str, voice: str) -> None:
    assert espeak_voice_for(language, ESPEAK) == voice


def test_a_language_without_a_voice_gets_none() -> None:
    assert espeak_voice_for("de", [("gmw/en", ["en-gb"])]) is None
    assert espeak_voice_for("sv", ESPEAK) is None


class FakeEngine:
    version = "fake"

    def __init__(self, voices: list[tuple[str, list[str]]]) -> None:
        self.languages = voices
        self.voices = [(vid, vid) for vid, _ in voices]
        self.rendered: list[tuple[str, str]] = []

    def has_voice(self, voice_id: str) -> bool:
        return any(vid == voice_id for vid, _ in self.languages)

    def render(self, text: str, voice_id: str, rate: int, volume: float, path: Path) -> None:
        self.rendered.append((text, voice_id))
        path.write_bytes(b"")


def _worker(tmp_path: Path, voices: list[tuple[str, list[str]]],
            monkeypatch: pytest.MonkeyPatch) -> tuple[Worker, FakeEngine, int]:
    monkeypatch.setenv("CRAMP_TIMER_SPEECH_NO_PIPER", "1")
    monkeypatch.setenv("CRAMP_TIMER_VOICES_DIR", str(tmp_path / "no-voices"))
    read_fd, write_fd = os.pipe()
    os.set_blocking(read_fd, False)
    worker = Worker(tmp_path / "speech", Emitter(write_fd), LockedQueue(WorkQueue()))
    engine = FakeEngine(voices)
    worker.engine = engine  # type: ignore[assignment]
    return worker, engine, read_fd


def _events(fd: int) -> list[dict[str, object]]:
    try:
        data = os.read(fd, 1 << 16)
    except BlockingIOError:
        return []
    return [json.loads(line) for line in data.splitlines() if line.strip()]


def test_the_worker_speaks_german_lines_with_the_german_voice(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    worker, engine, fd = _worker(tmp_path, ESPEAK, monkeypatch)
    worker._configure({"voice_id": "", "language": "de"})
    worker._cached("Halten Sie die Dehnung.")
    assert engine.rendered == [("Halten Sie die Dehnung.", "gmw/de")]
    kinds = [(e["kind"], e.get("detail")) for e in _events(fd)]
    assert ("voice", "espeak-ng gmw/de") in kinds
    assert "no_voice" not in [kind for kind, _ in kinds]


def test_no_voice_for_the_language_is_said_once_and_nothing_is_spoken(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    worker, engine, fd = _worker(tmp_path, [("gmw/en", ["en-gb"])], monkeypatch)
    worker._configure({"voice_id": "", "language": "zh_CN"})
    assert worker._cached("请保持拉伸。") is None  # the caption carries the line alone
    worker._configure({"voice_id": "", "language": "zh_CN", "rate": 120})
    assert worker._cached("请慢慢放松。") is None
    assert engine.rendered == []
    told = [e for e in _events(fd) if e["kind"] == "no_voice"]
    assert len(told) == 1
    assert "简体中文" in str(told[0]["detail"]) and "espeak-ng-data" in str(told[0]["detail"])


def test_a_chosen_voice_wins_over_the_language(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    worker, engine, _fd = _worker(tmp_path, ESPEAK, monkeypatch)
    worker._configure({"voice_id": "gmw/en-us", "language": "de"})
    worker._cached("Hold the stretch.")
    assert engine.rendered == [("Hold the stretch.", "gmw/en-us")]
