"""The voice in the window: a Piper failure is said once, in one line; a new voice or rate
renders the stretch lines ahead; the log names who spoke each line."""

from __future__ import annotations

import dataclasses
import logging

import pytest
from fakes import RecordingSpeaker
from pytestqt.qtbot import QtBot

from cramp_timer.app import CrampTimer
from cramp_timer.speech.speaker import SpeechEvent, SpeechEventKind

FALLBACK = ("The natural voice is off (Piper is not installed), so the plainer espeak-ng "
            "voice speaks; to get it back, run Cramp Timer's setup again (./run.sh) or "
            "reinstall it.")


def test_a_fallback_is_said_once_and_speech_goes_on(timer: CrampTimer,
                                                    speaker: RecordingSpeaker) -> None:
    controller = timer.controller
    controller.start()
    for _ in range(2):  # a replaced worker says it again: the window does not
        speaker.pending.append(SpeechEvent(SpeechEventKind.FALLBACK, detail=FALLBACK))
        controller.poll_speech()
    assert timer.window.notice_text.text() == FALLBACK
    controller.stop()
    controller.rate(None, None)
    controller.test_voice()
    assert speaker.said[-1][1] == "test-voice"  # the voice is not given up for a fallback


def test_a_new_rate_renders_the_lines_ahead(timer: CrampTimer, speaker: RecordingSpeaker,
                                            qtbot: QtBot) -> None:
    qtbot.waitUntil(lambda: speaker.started)
    controller = timer.controller
    before = len(speaker.prepared)
    controller.apply_settings()  # nothing changed: nothing to render
    assert len(speaker.prepared) == before
    current = timer.settings.current()
    timer.settings.replace(dataclasses.replace(current, voice_rate=current.voice_rate + 20))
    controller.apply_settings()
    assert speaker.options[-1].rate == current.voice_rate + 20
    assert len(speaker.prepared) > before
    assert "Release slowly." in " ".join(speaker.prepared[before:])


def test_the_log_names_the_engine_and_voice(timer: CrampTimer, speaker: RecordingSpeaker,
                                            caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="cramp_timer.flows.controller")
    speaker.pending.append(SpeechEvent(SpeechEventKind.STARTED, key="start",
                                       detail="Piper en_US-joe-medium"))
    timer.controller.poll_speech()
    assert "spoke start with Piper en_US-joe-medium" in caplog.text
