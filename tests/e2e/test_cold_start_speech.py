"""A cold `cramp-timer --now` (nothing running, nothing cached) is heard from its first
line: recorded through a private PulseAudio null sink, the get-into-position line's sound
comes whole, first, and before the hold line's. How soon is the benchmark's to say."""

from __future__ import annotations

import importlib.metadata
import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from sound import envelope, find_sound, missing_tools, private_pulse

from cramp_timer.speech.worker import cache_name
from e2e.test_app_process import app_env, end, output, wait_for
from e2e.xvfb import Xvfb

pytestmark = pytest.mark.e2e

POSITION = "Leg straight. Pull your foot toward you."
HOLD = "Hold the stretch. Breathe slowly."
MATCH = 0.9  # envelope correlation of a line played whole (a cut or other line: < 0.8)


# the language, and the espeak-ng voice that speaks it
VOICES = {"en": "", "de": "gmw/de", "zh_CN": "sit/cmn"}


def rendered(home: Path, text: str, voice: str = "") -> Path:
    """The WAV the app's speech worker made of `text` (this voice, default rate, volume)."""
    name = cache_name(text, "espeak-ng", voice, 150, 0.9, importlib.metadata.version("pyttsx3"))
    return home / "cache" / "cramp-timer" / "speech" / name


def translated(text: str, language: str) -> str:
    if language == "en":
        return text
    ts = Path(__file__).resolve().parents[2] / "assets" / "translations"
    for context in ET.parse(ts / f"cramp_timer_{language}.ts").getroot().iter("context"):
        for message in context.iter("message") if context.findtext("name") == "cues" else ():
            if message.findtext("source") == text:
                return message.findtext("translation") or text
    raise AssertionError(f"{text!r} has no {language} translation")


@pytest.mark.skipif(bool(missing_tools()), reason=f"needs {', '.join(missing_tools())}")
@pytest.mark.parametrize("language", list(VOICES))
def test_a_cold_now_says_the_position_line_first_and_whole(tmp_path: Path,
                                                           language: str) -> None:
    """In English, and in German and Chinese (the Language setting): their own voices."""
    home = tmp_path / "home"
    if language != "en":
        (home / "config" / "cramp-timer").mkdir(parents=True)
        (home / "config" / "cramp-timer" / "settings.json").write_text(
            json.dumps({"language": language}), encoding="utf-8")
    log = home / "state" / "cramp-timer" / "cramp-timer.log"
    recording = tmp_path / "cold-now.wav"
    with Xvfb() as display, private_pulse(tmp_path / "pulse") as pulse:
        # espeak-ng's voice, whose files this test can name; with Piper the cold line is
        # espeak-ng's too while the model loads (tests/unit/speech/test_piper.py)
        env = {**app_env(display, home), **pulse.client_env, "CRAMP_TIMER_SPEECH_NO_PIPER": "1"}
        with pulse.recording(recording, tail=4.0) as seconds_recorded:
            spawned_at = seconds_recorded()
            proc = subprocess.Popen([sys.executable, "-m", "cramp_timer", "--now"], env=env,
                                    stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
            try:
                wait_for(lambda: proc.poll() is not None
                         or (log.exists() and "cue hold-start:" in log.read_text()),
                         "the hold line")
                assert proc.poll() is None, output(proc)
            except BaseException:
                end(proc)
                raise
            # the recording's tail, 4 s of sound after this, holds the whole hold line
        end(proc)
    sound = envelope(recording)
    voice = VOICES[language]
    said = envelope(rendered(home, translated(POSITION, language), voice))
    position = find_sound(sound, said, after=spawned_at)
    hold = find_sound(sound, envelope(rendered(home, translated(HOLD, language), voice)),
                      after=spawned_at)
    assert f"spoke position with espeak-ng {voice or 'default'}" in log.read_text()
    assert position.score > MATCH, f"the position line was not heard whole: {position}"
    assert hold.score > MATCH, f"the hold line was not heard whole: {hold}"
    assert position.at < hold.at
    again = find_sound(sound, said, after=position.at + 0.5)
    assert again.score < MATCH, f"the position line was said twice: {again}"
    # nothing sounded before it (a chime instead, or a cut-off line)
    before = sound[int(spawned_at / 0.01):int(position.at / 0.01) - 5]
    assert max(before, default=0.0) < 0.01
    print(f"position line heard {position.at - spawned_at:.2f} s after the spawn, "
          f"hold line {hold.at - spawned_at:.2f} s")
