"""A cold `cramp-timer --now` (nothing running, nothing cached) is heard from its first
line: recorded through a private PulseAudio null sink, the get-into-position line's sound
comes whole, first, and before the hold line's. How soon is the benchmark's to say."""

from __future__ import annotations

import importlib.metadata
import subprocess
import sys
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


def rendered(home: Path, text: str) -> Path:
    """The WAV the app's speech worker made of `text` (default voice, rate and volume)."""
    name = cache_name(text, "espeak-ng", "", 150, 0.9, importlib.metadata.version("pyttsx3"))
    return home / "cache" / "cramp-timer" / "speech" / name


@pytest.mark.skipif(bool(missing_tools()), reason=f"needs {', '.join(missing_tools())}")
def test_a_cold_now_says_the_position_line_first_and_whole(tmp_path: Path) -> None:
    home = tmp_path / "home"
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
    position = find_sound(sound, envelope(rendered(home, POSITION)), after=spawned_at)
    hold = find_sound(sound, envelope(rendered(home, HOLD)), after=spawned_at)
    assert position.score > MATCH, f"the position line was not heard whole: {position}"
    assert hold.score > MATCH, f"the hold line was not heard whole: {hold}"
    assert position.at < hold.at
    again = find_sound(sound, envelope(rendered(home, POSITION)), after=position.at + 0.5)
    assert again.score < MATCH, f"the position line was said twice: {again}"
    # nothing sounded before it (a chime instead, or a cut-off line)
    before = sound[int(spawned_at / 0.01):int(position.at / 0.01) - 5]
    assert max(before, default=0.0) < 0.01
    print(f"position line heard {position.at - spawned_at:.2f} s after the spawn, "
          f"hold line {hold.at - spawned_at:.2f} s")
