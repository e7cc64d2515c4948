"""ProcessSpeaker with the real worker process, and the worker's queue logic.

The watchdog runs on a FakeClock, so no test waits for real seconds to pass. The only real
waits are bounded loops for a real worker process to answer (READY, STARTED, ...).
Playback uses a fake player (CRAMP_TIMER_SPEECH_PLAYER) so these tests need no sound
hardware: `fast_player` exits at once, `slow_player` plays "forever" until killed.
"""

from __future__ import annotations

import os
import signal
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from speech_harness import Harness, speaker_maker

from cramp_timer.speech.speaker import (
    SilentSpeaker,
    Speaker,
    SpeechEventKind,
    VoiceOptions,
)
from cramp_timer.speech.worker import (
    CHIME_NAME,
    Configure,
    Play,
    Prepare,
    Quit,
    Silence,
    Skip,
    WorkQueue,
)

K = SpeechEventKind


# --- helpers -------------------------------------------------------------------------------


@pytest.fixture
def make_speaker(tmp_path: Path) -> Iterator[Callable[..., Harness]]:
    # espeak-ng speaks here; tests/unit/speech/test_piper.py has the Piper worker
    make, close = speaker_maker(tmp_path, {"CRAMP_TIMER_SPEECH_NO_PIPER": "1"})
    yield make
    close()


def _gone(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    # A zombie still answers kill(0); check its state.
    try:
        return Path(f"/proc/{pid}/stat").read_text().split()[2] == "Z"
    except FileNotFoundError:
        return True


# --- the worker's queue as a pure function ---------------------------------------------------


def test_queue_say_beats_prepare_and_a_newer_number_replaces_a_waiting_one() -> None:
    q = WorkQueue(stale_after=1.5)
    q.push({"op": "prepare", "texts": ["a", "b", "a", " "], "seq": 1}, received=10.0)
    q.push({"op": "say", "key": "five", "text": "Five", "t": 10.0, "drop": True, "seq": 2},
           received=10.0)
    q.push({"op": "say", "key": "four", "text": "Four", "t": 10.1, "drop": True, "seq": 3},
           received=10.1)
    assert q.max_seq == 3
    assert q.take(10.2) == Skip("five", "skipped: a newer cue replaced it")
    assert q.take(10.2) == Play("four", "Four", 10.1, droppable=True)
    assert q.take(10.2) == Prepare("a")
    assert q.take(10.2) == Prepare("b")
    assert q.take(10.2) is None
    assert q.empty()


def test_queue_drops_a_stale_number() -> None:
    q = WorkQueue(stale_after=1.5)
    q.push({"op": "say", "key": "three", "text": "Three", "t": 100.0, "drop": True},
           received=100.0)
    job = q.take(101.6)
    assert isinstance(job, Skip)
    assert job.key == "three"
    assert job.reason.startswith("skipped: stale")
    q.push({"op": "say", "key": "two", "text": "Two", "t": 101.0, "drop": True},
           received=101.0)
    assert q.take(102.4) == Play("two", "Two", 101.0, droppable=True)  # 1.4 s: in time


def test_queue_keeps_every_line_in_order_however_late() -> None:
    """A cold start: the worker takes its first job seconds after the lines were sent."""
    q = WorkQueue(stale_after=1.5)
    q.push({"op": "say", "key": "position", "text": "Leg straight.", "t": 0.3}, received=0.3)
    q.push({"op": "say", "key": "count-5", "text": "Five.", "t": 0.4, "drop": True},
           received=0.4)
    q.push({"op": "say", "key": "hold-start", "text": "Hold.", "t": 5.0}, received=5.0)
    q.push({"op": "chime", "key": "bell", "t": 5.1}, received=5.1)
    assert q.take(9.0) == Skip("count-5", "skipped: a newer cue replaced it")
    assert q.take(9.0) == Play("position", "Leg straight.", 0.3)  # 8.7 s late, still said
    assert q.take(9.0, hold_plays=True) is None  # while it is being said, the next waits
    assert not q.urgent(playing_droppable=False)  # and does not cut it off
    assert q.urgent(playing_droppable=True)  # a number being said would be cut off
    assert q.empty(hold_plays=True)
    assert q.take(12.0) == Play("hold-start", "Hold.", 5.0)
    assert q.take(12.0) == Play("bell", None, 5.1)
    assert q.take(12.0) is None


def test_queue_silence_skips_every_waiting_line() -> None:
    q = WorkQueue()
    q.push({"op": "say", "key": "a", "text": "A", "t": 1.0}, received=1.0)
    q.push({"op": "say", "key": "b", "text": "B", "t": 1.0}, received=1.0)
    q.push({"op": "silence"}, received=1.2)
    assert q.urgent(playing_droppable=False)
    assert q.take(1.2) == Silence()
    assert [q.take(1.2), q.take(1.2)] == [Skip("a", "skipped: silenced"),
                                          Skip("b", "skipped: silenced")]
    assert q.take(1.2) is None


def test_queue_configure_and_silence_come_first() -> None:
    q = WorkQueue()
    q.push({"op": "say", "key": "k", "text": "Hold", "t": 5.0}, received=5.0)
    q.push({"op": "configure", "options": {"rate": 120}}, received=5.0)
    q.push({"op": "silence"}, received=5.0)
    assert q.take(5.0) == Configure({"rate": 120})
    assert q.take(5.0) == Silence()
    assert q.take(5.0) == Skip("k", "skipped: silenced")
    assert q.take(5.0) is None
    q.push({"op": "chime", "key": "bell", "t": 6.0}, received=6.0)
    assert q.take(6.0) == Play("bell", None, 6.0)
    q.push({"op": "quit"}, received=7.0)
    assert q.take(7.0) == Quit()
    with pytest.raises(ValueError, match="unknown command"):
        q.push({"op": "dance"}, received=7.0)


# --- SilentSpeaker ---------------------------------------------------------------------------


def test_silent_speaker_does_nothing() -> None:
    speaker: Speaker = SilentSpeaker()
    speaker.start()
    speaker.configure(VoiceOptions(rate=120))
    speaker.prepare(["Hold"])
    speaker.say("k", "Hold")
    speaker.chime("c")
    speaker.silence()
    assert speaker.poll() == []
    assert not speaker.busy()
    assert speaker.voices() == ()
    speaker.close()


# --- ProcessSpeaker with the real worker -----------------------------------------------------


def test_ready_lists_voices(make_speaker: Callable[..., Harness]) -> None:
    h = make_speaker()
    assert h.speaker.voices() == ()
    h.speaker.start()
    assert h.speaker.busy()  # starting
    h.wait_kind(K.READY)
    assert len(h.speaker.voices()) > 0
    assert all(v.id and v.name for v in h.speaker.voices())
    # the worker makes no folder before it is asked to speak: the app may not have yet
    assert not h.cache.exists()
    h.wait_idle()


def test_prepare_then_say_plays_from_cache(make_speaker: Callable[..., Harness]) -> None:
    h = make_speaker()
    h.speaker.start()
    h.speaker.prepare(["Release slowly.", "Five"])
    h.wait_idle()
    cached = sorted(p.name for p in h.cache.glob("*.wav") if p.name != CHIME_NAME)
    assert len(cached) == 2
    assert not list(h.cache.glob(".*"))  # no temporary files left behind
    h.speaker.say("release", "Release slowly.")
    started = h.wait_kind(K.STARTED, "release")
    assert started.detail == "espeak-ng default"  # what the log says spoke it
    assert started.at > 0
    finished = h.wait_kind(K.FINISHED, "release")
    assert finished.detail == ""
    h.wait_idle()
    assert sorted(p.name for p in h.cache.glob("*.wav") if p.name != CHIME_NAME) == cached


def test_uncached_say_renders_then_plays(make_speaker: Callable[..., Harness]) -> None:
    h = make_speaker()
    h.speaker.start()
    h.speaker.say("hold", "Hold the stretch.")
    h.wait_kind(K.STARTED, "hold")
    h.wait_kind(K.FINISHED, "hold")
    assert K.ERROR not in h.kinds()
    assert len([p for p in h.cache.glob("*.wav") if p.name != CHIME_NAME]) == 1


def test_new_say_cuts_off_a_number_but_waits_for_a_line(
        make_speaker: Callable[..., Harness]) -> None:
    h = make_speaker("slow")
    h.speaker.start()
    h.speaker.say("first", "Five.", droppable=True)
    h.wait_kind(K.STARTED, "first")
    h.speaker.say("second", "Hold.")
    h.wait_kind(K.STARTED, "second")
    first_done = [e for e in h.seen if e.kind is K.FINISHED and e.key == "first"]
    assert [e.detail for e in first_done] == ["interrupted"]
    h.speaker.say("third", "Halfway.")
    h.speaker.say("fourth", "Four.", droppable=True)
    h.speaker.say("fifth", "Three.", droppable=True)
    assert h.wait_kind(K.FINISHED, "fourth").detail == "skipped: a newer cue replaced it"
    assert not [e for e in h.seen if e.key == "second" and e.kind is K.FINISHED]
    assert not [e for e in h.seen if e.key == "third"]  # waits for "Hold." to be said
    h.speaker.silence()
    assert h.wait_kind(K.FINISHED, "second").detail == "interrupted"
    assert h.wait_kind(K.FINISHED, "third").detail == "skipped: silenced"
    assert h.wait_kind(K.FINISHED, "fifth").detail == "skipped: silenced"
    h.wait_idle()


def test_a_line_said_ahead_is_not_sent_again(make_speaker: Callable[..., Harness]) -> None:
    h = make_speaker()
    h.speaker.start()
    h.speaker.say_ahead("position", "Leg straight.")  # start-up, before the app is built
    h.speaker.say("position", "Leg straight.")  # the stretch, once built
    h.wait_idle()
    h.speaker.say_ahead("a", "One line.")
    h.speaker.say("b", "Another line.")  # not the line said ahead: sent as usual
    h.wait_idle()
    started = [e.key for e in h.seen if e.kind is K.STARTED]
    assert started == ["position", "a", "b"]


def test_voice_off_plays_nothing(make_speaker: Callable[..., Harness]) -> None:
    h = make_speaker()
    h.speaker.start()
    h.speaker.configure(VoiceOptions(enabled=False))
    h.speaker.say("k", "Hold.")
    assert h.wait_kind(K.FINISHED, "k").detail == "skipped: voice is off"
    assert K.STARTED not in h.kinds()
    h.speaker.chime("bell")  # the chime still plays
    h.wait_kind(K.STARTED, "bell")


def test_stopped_worker_is_replaced(make_speaker: Callable[..., Harness]) -> None:
    h = make_speaker()
    h.speaker.start()
    h.wait_kind(K.READY)
    h.speaker.prepare(["Five"])  # a round trip: after it, the idle worker sends nothing more
    h.wait_idle()
    h.speaker.poll()
    old = h.speaker.worker_pid
    assert old is not None
    os.kill(old, signal.SIGSTOP)
    h.speaker.say("k", "Five")
    h.clock.advance(1.0)
    assert K.RESTARTED not in [e.kind for e in h.speaker.poll()]  # not yet
    h.clock.advance(1.5)
    events = h.speaker.poll()
    assert [e.kind for e in events] == [K.RESTARTED]
    assert "hung" in events[0].detail
    assert h.speaker.worker_pid != old
    assert _gone(old)
    h.wait_kind(K.READY)
    h.speaker.say("k2", "Four")
    h.wait_kind(K.STARTED, "k2")


def test_killed_worker_is_replaced(make_speaker: Callable[..., Harness]) -> None:
    h = make_speaker()
    h.speaker.configure(VoiceOptions(rate=170))
    h.speaker.start()
    h.wait_kind(K.READY)
    old = h.speaker.worker_pid
    assert old is not None
    os.kill(old, signal.SIGKILL)
    restarted = h.wait_kind(K.RESTARTED)
    assert "stopped" in restarted.detail
    h.wait_kind(K.READY)
    h.speaker.say("k", "Three")
    h.wait_kind(K.STARTED, "k")


def test_restarts_are_capped(make_speaker: Callable[..., Harness]) -> None:
    h = make_speaker()
    h.speaker.start()
    for _ in range(3):
        h.wait_kind(K.READY)
        pid = h.speaker.worker_pid
        assert pid is not None
        os.kill(pid, signal.SIGKILL)
        h.wait_kind(K.RESTARTED)
    h.wait_kind(K.READY)
    pid = h.speaker.worker_pid
    assert pid is not None
    os.kill(pid, signal.SIGKILL)
    gave_up = h.wait_kind(K.NO_ENGINE)
    assert "restart Cramp Timer" in gave_up.detail
    assert h.speaker.worker_pid is None
    assert not h.speaker.busy()
    h.speaker.say("k", "Two")  # harmless once speech has given up
    assert h.speaker.poll() == []


def test_worker_that_cannot_run_does_not_fork_bomb(make_speaker: Callable[..., Harness]) -> None:
    h = make_speaker(python="/bin/false")
    h.speaker.start()
    h.wait_kind(K.NO_ENGINE)
    assert h.kinds().count(K.RESTARTED) == 3
    assert h.speaker.worker_pid is None


def test_missing_python_reports_no_engine(make_speaker: Callable[..., Harness]) -> None:
    h = make_speaker(python="/nonexistent/python3")
    h.speaker.start()
    assert h.wait_kind(K.NO_ENGINE).detail
    assert not h.speaker.busy()


def test_no_engine_plays_the_chime(make_speaker: Callable[..., Harness]) -> None:
    h = make_speaker(CRAMP_TIMER_SPEECH_NO_ENGINE="1")
    h.speaker.start()
    no_engine = h.wait_kind(K.NO_ENGINE)
    assert "sudo apt install espeak-ng" in no_engine.detail
    h.wait_kind(K.READY)
    assert h.speaker.voices() == ()
    h.speaker.prepare(["Hold."])  # harmless
    h.speaker.say("k", "Hold.")
    assert h.wait_kind(K.STARTED, "k").detail == "chime: no speech engine"
    h.wait_kind(K.FINISHED, "k")
    assert h.kinds().count(K.NO_ENGINE) == 1


def test_chime_is_soft_and_short(make_speaker: Callable[..., Harness]) -> None:
    import wave

    h = make_speaker(CRAMP_TIMER_SPEECH_NO_ENGINE="1")
    h.speaker.start()
    h.speaker.chime("bell")  # made when first needed
    h.wait_kind(K.FINISHED, "bell")
    with wave.open(str(h.cache / CHIME_NAME), "rb") as wav:
        seconds = wav.getnframes() / wav.getframerate()
        frames = wav.readframes(wav.getnframes())
    samples = memoryview(frames).cast("h")
    peak = max(abs(s) for s in samples) / 32768
    assert 0.3 <= seconds <= 1.0
    assert 0.05 < peak < 0.6  # audible but gentle
    assert abs(samples[0]) < 500 and abs(samples[-1]) < 500  # fades in and out: no click


def test_no_sound_device_is_reported_once(make_speaker: Callable[..., Harness],
                                          tmp_path: Path) -> None:
    empty = tmp_path / "empty-asound.conf"
    empty.write_text("\n")
    h = make_speaker("aplay", ALSA_CONFIG_PATH=str(empty))
    h.speaker.start()
    h.speaker.say("a", "Five")
    assert h.wait_kind(K.FINISHED, "a").detail == "failed: no sound"
    h.speaker.say("b", "Four")
    assert h.wait_kind(K.FINISHED, "b").detail == "failed: no sound"
    no_sound = [e for e in h.seen if e.kind is K.NO_SOUND]
    assert len(no_sound) == 1
    assert "sound" in no_sound[0].detail and "sudo apt install" in no_sound[0].detail


def test_missing_aplay_is_reported(make_speaker: Callable[..., Harness], tmp_path: Path) -> None:
    h = make_speaker(str(tmp_path / "no-such-aplay"))
    h.speaker.start()
    h.speaker.say("a", "Five")
    assert h.wait_kind(K.FINISHED, "a").detail == "failed: no sound"
    no_sound = [e for e in h.seen if e.kind is K.NO_SOUND]
    assert len(no_sound) == 1
    assert "alsa-utils" in no_sound[0].detail


def test_close_kills_worker_and_player(make_speaker: Callable[..., Harness]) -> None:
    h = make_speaker("slow")
    h.speaker.start()
    h.speaker.say("k", "Hold.")
    h.wait_kind(K.STARTED, "k")
    pid = h.speaker.worker_pid
    assert pid is not None
    children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    assert children  # the (fake) player
    h.speaker.close()
    assert _gone(pid)
    assert all(_gone(int(c)) for c in children)
    assert not h.speaker.busy()
