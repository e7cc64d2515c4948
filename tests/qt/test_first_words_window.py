"""The first words through the controller: a speaker that is still starting holds the
get-into-position step, its FINISHED lets the hold begin; numbers go out droppable."""

from __future__ import annotations

from fakes import RecordingSpeaker
from night_steps import advance

from cramp_timer.app import CrampTimer
from cramp_timer.core.clock import FakeClock
from cramp_timer.core.session import StepKind
from cramp_timer.core.stretch import POSITION_LINE_WAIT
from cramp_timer.speech.speaker import SpeechEvent, SpeechEventKind


def step_kind(timer: CrampTimer) -> StepKind | None:
    session = timer.controller.snapshot().session
    return session.step_kind if session is not None else None


def test_a_slow_speaker_holds_the_position_step_until_its_line_is_said(
        timer: CrampTimer, clock: FakeClock, speaker: RecordingSpeaker) -> None:
    speaker.slow = True  # the worker is still starting
    start = clock.monotonic()
    timer.controller.start()
    advance(timer, clock, 7)
    assert speaker.keys() == ["position"]
    assert step_kind(timer) is StepKind.PREPARE
    speaker.pending.append(SpeechEvent(SpeechEventKind.STARTED, key="position"))
    timer.controller.poll_speech()
    assert step_kind(timer) is StepKind.PREPARE  # begun, not yet said to its end
    speaker.pending.append(SpeechEvent(SpeechEventKind.FINISHED, key="position"))
    timer.controller.poll_speech()
    assert speaker.keys() == ["position", "hold-start"]
    assert speaker.said[-1][0] - start == 7.0
    assert step_kind(timer) is StepKind.HOLD
    shot = timer.controller.snapshot().session
    assert shot is not None and shot.remaining == 45.0


def test_a_speaker_that_never_answers_holds_the_step_only_so_long(
        timer: CrampTimer, clock: FakeClock, speaker: RecordingSpeaker) -> None:
    speaker.slow = True
    start = clock.monotonic()
    timer.controller.start()
    advance(timer, clock, 5 + POSITION_LINE_WAIT + 0.5)
    assert speaker.keys() == ["position", "hold-start"]
    assert speaker.said[-1][0] - start == 5 + POSITION_LINE_WAIT


def test_an_idle_speaker_has_said_everything_and_only_numbers_are_droppable(
        timer: CrampTimer, clock: FakeClock, speaker: RecordingSpeaker) -> None:
    start = clock.monotonic()
    timer.controller.start()
    advance(timer, clock, 51)
    assert [(t - start, key) for t, key, _ in speaker.said][:2] == [(0.0, "position"),
                                                                   (5.0, "hold-start")]
    assert speaker.droppable == ["count-5", "count-4", "count-3", "count-2", "count-1"]
