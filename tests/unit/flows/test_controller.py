"""The session controller with no window: intents in, lines to the speaker and the
night's events out, on the fake clock. (QtCore only; the application object is there for
its timers, which are never left to fire: `tick` is called as the wake timer would.)"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fakes import RecordingSpeaker
from night_steps import STEP, tick_for
from PySide6.QtCore import QCoreApplication, QTranslator

from cramp_timer.core.clock import FakeClock
from cramp_timer.core.night import CrampEnded, NightSnapshot, PadAsk, Rated, Stage
from cramp_timer.core.rating import RATING_PAUSE_SECONDS
from cramp_timer.core.records import CrampOutcome, FollowupKind, Leg
from cramp_timer.core.session import Phase
from cramp_timer.flows.controller import SessionController
from cramp_timer.speech.speaker import VoiceOptions
from cramp_timer.storage.settings import Settings

ROUND = 5 + 45


@pytest.fixture
def controller(qapp: QCoreApplication, clock: FakeClock, speaker: RecordingSpeaker
               ) -> Iterator[SessionController]:
    settings = Settings(heat_minutes=5, cold_minutes=5)
    controller = SessionController(clock, speaker, lambda: settings)
    controller.start_speech()
    yield controller
    controller.shutdown()


def caught(signal: object) -> list[object]:
    got: list[object] = []
    signal.connect(got.append)  # type: ignore[attr-defined]
    return got


def test_cramp_now_says_the_position_line_first_and_the_round_ends_with_the_question(
        controller: SessionController, clock: FakeClock, speaker: RecordingSpeaker) -> None:
    snapshots = caught(controller.snapshot_changed)
    controller.start()
    assert controller.stage is Stage.STRETCH and controller.active
    assert speaker.said[0][1] == "position"
    tick_for(controller, clock, ROUND)
    assert speaker.keys()[-1] == "round-question"
    assert isinstance(snapshots[-1], NightSnapshot)


def test_space_does_what_the_moment_calls_for(
        controller: SessionController, clock: FakeClock) -> None:
    controller.primary()  # idle: Cramp now
    assert controller.stage is Stage.STRETCH
    tick_for(controller, clock, 10)
    controller.primary()  # counting: pause
    paused = controller.snapshot().session
    assert paused is not None and paused.phase is Phase.PAUSED
    controller.primary()  # resume
    tick_for(controller, clock, ROUND)
    controller.primary()  # the round's end: another round
    again = controller.snapshot().session
    assert again is not None and again.round == 2


def test_better_then_heat_then_a_new_cramp_asks_for_the_pad_first(
        controller: SessionController, clock: FakeClock, speaker: RecordingSpeaker) -> None:
    ended = caught(controller.session_ended)
    controller.start()
    tick_for(controller, clock, ROUND)
    controller.better()
    assert [e.outcome for e in ended if isinstance(e, CrampEnded)] == [CrampOutcome.BETTER]
    controller.followup(FollowupKind.HEAT)
    tick_for(controller, clock, 60)
    controller.start()  # a new cramp while the pad is on
    shot = controller.snapshot()
    assert shot.stage is Stage.SWITCH_OFF and shot.pad_ask is PadAsk.NEW_CRAMP
    assert speaker.keys()[-1] == "pad-question"
    controller.primary()  # it is off: the stretch starts at once
    assert controller.stage is Stage.STRETCH


def test_the_rating_is_kept_after_its_pause_on_the_controllers_clock(
        controller: SessionController, clock: FakeClock) -> None:
    rated = caught(controller.rated)
    controller.start()
    tick_for(controller, clock, 10)
    controller.stop()
    assert controller.stage is Stage.RATING
    controller.type_digit(1)
    controller.type_digit(0)
    controller.choose_leg(Leg.RIGHT)
    tick_for(controller, clock, RATING_PAUSE_SECONDS - STEP)
    assert rated == []
    tick_for(controller, clock, STEP)
    assert rated == [Rated(10, Leg.RIGHT)] and controller.snapshot().stage is Stage.IDLE


def test_done_keeps_the_choice_and_choices_outside_the_rating_are_ignored(
        controller: SessionController, clock: FakeClock) -> None:
    rated = caught(controller.rated)
    controller.type_digit(3)  # idle: nothing to rate
    controller.choose_leg(Leg.LEFT)
    controller.confirm_rating()
    assert controller.stage is Stage.IDLE and rated == []
    controller.start()
    tick_for(controller, clock, 10)
    controller.stop()
    controller.choose_severity(4)
    controller.primary()  # Space on the rating: Done
    assert rated == [Rated(4, None)]


class German(QTranslator):
    """A stand-in German translation: only the language of the spoken lines."""

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str:
        return "de" if (context, source) == ("cues", "en") else ""


def test_the_voice_and_its_test_speak_the_language_of_the_lines(
        controller: SessionController, speaker: RecordingSpeaker) -> None:
    translator = German()
    assert QCoreApplication.installTranslator(translator)
    try:
        controller.apply_settings()
        assert speaker.options[-1].language == "de"
        controller.test_voice(VoiceOptions(voice_id="", rate=120))  # the dialog's, unsaved
        assert speaker.options[-1] == VoiceOptions(voice_id="", rate=120, language="de")
        assert speaker.said[-1][1] == "test-voice"
    finally:
        QCoreApplication.removeTranslator(translator)
