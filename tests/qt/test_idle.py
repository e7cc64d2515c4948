"""The idle app wakes rarely: nothing polls while nothing happens (docs/performance.md,
"CPU time of the idle app")."""

from __future__ import annotations

from fakes import RecordingSpeaker
from pytestqt.qtbot import QtBot

from cramp_timer.app import CrampTimer
from cramp_timer.core.clock import FakeClock
from cramp_timer.speech.speaker import SpeechEvent, SpeechEventKind


def test_the_speech_poll_runs_only_while_something_is_said_or_on_screen(
        timer: CrampTimer, clock: FakeClock, speaker: RecordingSpeaker, qtbot: QtBot) -> None:
    controller = timer.controller
    qtbot.waitUntil(lambda: controller.polling_speech)  # the speech worker starting
    speaker.pending.append(SpeechEvent(SpeechEventKind.READY))
    controller.poll_speech()
    assert not controller.polling_speech  # idle: nothing to wait for

    controller.start()  # Cramp now
    assert controller.polling_speech
    clock.advance(2)
    controller.tick()
    controller.poll_speech()
    assert controller.polling_speech  # a stretch is on screen
    controller.stop()
    speaker.pending.append(SpeechEvent(SpeechEventKind.FINISHED, key="last"))
    controller.poll_speech()
    assert speaker.pending == []
    assert controller.polling_speech  # "how bad was it?" is still on screen
    controller.rate(None, None)
    assert not controller.active
    controller.poll_speech()
    assert not controller.polling_speech

    controller.announce("reminder", "Time for your stretch.")  # the bedtime reminder
    assert controller.polling_speech
    controller.poll_speech()
    assert not controller.polling_speech
    controller.apply_settings()  # a new voice: its outcome is read
    assert controller.polling_speech
