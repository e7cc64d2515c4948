"""The real pyttsx3 + espeak-ng engine, checked by measuring the sound it makes with sox.

The last test goes all the way: the app's worker says a cue through aplay into a private
PulseAudio null sink, and the recording of that sink is measured.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
import wave
from collections.abc import Callable
from pathlib import Path

import pytest
from sound import is_audible_speech, missing_tools, private_pulse, sox_stat

from cramp_timer.core.clock import FakeClock
from cramp_timer.core.session import StepKind
from cramp_timer.routines.model import COUNT_IN_SECONDS, builtin_routines, routine_plan
from cramp_timer.speech.speaker import ProcessSpeaker, SpeechEvent, SpeechEventKind
from cramp_timer.speech.worker import Engine

pytestmark = [
    pytest.mark.engine,
    pytest.mark.skipif(shutil.which("sox") is None, reason="needs sox (sudo apt install sox)"),
]

CUE = "Release slowly."


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(no_engine=False)


def test_engine_renders_a_cue(engine: Engine, tmp_path: Path) -> None:
    out = tmp_path / "cue.wav"
    engine.render(CUE, "", 150, 0.9, out)
    stat = sox_stat(out)
    assert is_audible_speech(stat, min_length=0.6, max_length=3.0), stat
    assert not list(tmp_path.glob(".*"))  # the temporary file was renamed into place


def test_the_check_fails_on_silence(tmp_path: Path) -> None:
    silent = tmp_path / "silent.wav"
    with wave.open(str(silent), "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(22050)
        wav.writeframes(b"\0\0" * 22050)
    assert not is_audible_speech(sox_stat(silent), min_length=0.6, max_length=3.0)


def test_engine_refuses_to_cache_nothing(engine: Engine, tmp_path: Path) -> None:
    out = tmp_path / "empty.wav"
    with pytest.raises((RuntimeError, AssertionError)):
        engine.render("", "", 150, 0.9, out)
    assert not out.exists()


def render_in_own_process(text: str, rate: int, path: Path) -> None:
    """Render as the app does: one pyttsx3 engine in a process of its own. (pyttsx3 keeps
    process-wide espeak state; next to the other engine tests in this process a second
    render sometimes came out at the first one's rate.)"""
    code = ("import sys; from pathlib import Path; from cramp_timer.speech.worker import Engine; "
            "Engine(False).render(sys.argv[1], '', int(sys.argv[2]), 0.9, Path(sys.argv[3]))")
    subprocess.run([sys.executable, "-c", code, text, str(rate), str(path)], check=True,
                   capture_output=True, timeout=60)


def test_rate_changes_the_length(tmp_path: Path) -> None:
    slow, fast = tmp_path / "slow.wav", tmp_path / "fast.wav"
    render_in_own_process("Breathe out and let the calf go soft.", 110, slow)
    render_in_own_process("Breathe out and let the calf go soft.", 220, fast)
    assert sox_stat(slow).length > sox_stat(fast).length * 1.4


@pytest.mark.parametrize("rate", [80, 150, 220])
def test_the_longest_get_ready_line_is_said_before_the_count_in(rate: int,
                                                               tmp_path: Path) -> None:
    """The real voice at each end of its speed range, on the longest line a built-in
    routine says: all of it is rendered (runAndWait returns before espeak-ng has written
    the file: a line this long came out empty) and it ends before "Three." is due."""
    prepare = max((step for r in builtin_routines() for step in routine_plan(r, rate)
                   if step.kind is StepKind.PREPARE), key=lambda step: len(step.cues[0].text))
    line = prepare.cues[0].text
    assert len(line.split()) >= 30
    out = tmp_path / "line.wav"
    render_in_own_process(line, rate, out)
    stat = sox_stat(out, trim_silence=True)
    words_time = len(line.split()) * 60 / rate
    assert is_audible_speech(stat, min_length=0.8 * words_time, max_length=1.5 * words_time)
    assert stat.length <= prepare.seconds - COUNT_IN_SECONDS


def test_worker_speaks_into_a_null_sink(tmp_path: Path) -> None:
    missing = missing_tools()
    if missing:
        pytest.skip("needs " + ", ".join(missing))
    with private_pulse(tmp_path / "pulse") as daemon:
        env = {**os.environ, **daemon.client_env}
        speaker = ProcessSpeaker(tmp_path / "cache", FakeClock(), worker_env=env)
        try:
            speaker.start()
            speaker.prepare([CUE])
            _drain(speaker, lambda e: False, until_idle=True)
            with daemon.recording(tmp_path / "rec.wav"):
                speaker.say("release", CUE)
                finished = _drain(speaker, lambda e: e.kind is SpeechEventKind.FINISHED)
        finally:
            speaker.close()
    assert finished.detail == ""
    played = sox_stat(tmp_path / "rec.wav", trim_silence=True)
    rendered = next(p for p in (tmp_path / "cache").glob("*.wav") if "chime" not in p.name)
    expected = sox_stat(rendered, trim_silence=True).length
    assert is_audible_speech(played, min_length=expected * 0.7, max_length=expected * 1.3), (
        played, expected)


def _drain(
    speaker: ProcessSpeaker,
    match: Callable[[SpeechEvent], bool],
    *,
    until_idle: bool = False,
    limit: float = 20.0,
) -> SpeechEvent:
    """Poll a real worker until an event matches (or it is idle): a bounded wait."""
    deadline = time.monotonic() + limit
    last = SpeechEvent(SpeechEventKind.READY)
    while time.monotonic() < deadline:
        for event in speaker.poll(wait=0.05):
            assert event.kind not in (SpeechEventKind.NO_SOUND, SpeechEventKind.NO_ENGINE), event
            last = event
            if match(event):
                return event
        if until_idle and not speaker.busy():
            return last
    raise AssertionError("the speech worker did not answer in time")
