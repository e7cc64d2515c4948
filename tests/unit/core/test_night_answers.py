"""Issue 12: a new cramp always gets an answer, a mistaken press forgives, the heat's
switch-off says why, and the round's question is said. Stepped with a fake clock."""

from __future__ import annotations

import pytest

from cramp_timer.core.aftercare import SAFETY_SECONDS
from cramp_timer.core.clock import FakeClock
from cramp_timer.core.night import (
    QUESTION_REPEAT_SECONDS,
    CrampCancelled,
    FollowupEnded,
    IllegalMove,
    Night,
    NightEvent,
    PadAsk,
    Say,
    Stage,
)
from cramp_timer.core.session import CueDue
from cramp_timer.storage.diary import FollowupKind
from unit.core.test_night import make_night as night_with
from unit.core.test_night import run

ROUND = 5 + 45


def make_night(clock: FakeClock) -> Night:
    return night_with(clock, heat=5, cold=5)


def says(events: list[NightEvent]) -> list[tuple[str, str]]:
    return [(e.key, e.text) if isinstance(e, Say) else (e.cue.key, e.cue.text)
            for e in events if isinstance(e, Say | CueDue)]


def heat_running(clock: FakeClock) -> Night:
    night = make_night(clock)
    night.cramp()
    run(night, clock, ROUND)
    night.better()
    night.followup(FollowupKind.HEAT)
    run(night, clock, SAFETY_SECONDS + 60)
    return night


def test_a_new_cramp_during_heat_ends_the_timer_and_asks_whether_the_pad_is_off() -> None:
    clock = FakeClock()
    night = heat_running(clock)
    events = night.pad_check()
    (ended,) = [e for e in events if isinstance(e, FollowupEnded)]
    assert ended == FollowupEnded(FollowupKind.HEAT, 1.0)  # kept for the diary
    assert night.stage is Stage.SWITCH_OFF
    assert night.snapshot().pad_ask is PadAsk.NEW_CRAMP
    assert [key for key, _ in says(events)] == ["pad-question"]
    assert "Is the heating pad off?" in says(events)[0][1]
    # asked again each minute until answered, with the same question
    later = run(night, clock, 60)
    assert [key for key, _ in says(later)] == ["pad-question"]
    night.acknowledge()
    assert night.stage is Stage.AFTERCARE
    night.cramp()  # (the controller starts the stretch at once)
    assert night.stage is Stage.STRETCH


def test_a_new_cramp_on_the_switch_off_alarm_turns_it_into_the_pad_question() -> None:
    clock = FakeClock()
    night = heat_running(clock)
    run(night, clock, 5 * 60)
    assert night.snapshot().pad_ask is PadAsk.TIME_UP
    events = night.pad_check()
    assert night.snapshot().pad_ask is PadAsk.NEW_CRAMP
    assert [key for key, _ in says(events)] == ["pad-question"]


def test_heat_stopped_early_says_stopped_not_time_is_up() -> None:
    clock = FakeClock()
    night = heat_running(clock)
    events = night.stop()
    assert night.snapshot().pad_ask is PadAsk.STOPPED
    assert [key for key, _ in says(events)] == ["switch-off"]


def test_pad_check_is_only_for_heat() -> None:
    clock = FakeClock()
    night = make_night(clock)
    night.cramp()
    run(night, clock, ROUND)
    night.better()
    night.followup(FollowupKind.COLD)
    with pytest.raises(IllegalMove):
        night.pad_check()


def test_a_mistaken_press_while_getting_into_position_leaves_no_entry() -> None:
    clock = FakeClock()
    night = make_night(clock)
    night.cramp()
    run(night, clock, 2)
    assert night.snapshot().can_cancel
    events = night.mistake()
    assert any(isinstance(e, CrampCancelled) for e in events)
    assert night.stage is Stage.IDLE


@pytest.mark.parametrize("seconds", [5.25, 20])
def test_once_the_hold_begins_it_is_no_mistake_any_more(seconds: float) -> None:
    clock = FakeClock()
    night = make_night(clock)
    night.cramp()
    run(night, clock, seconds)
    assert not night.snapshot().can_cancel
    with pytest.raises(IllegalMove):
        night.mistake()


def test_round_two_getting_into_position_is_no_mistake() -> None:
    clock = FakeClock()
    night = make_night(clock)
    night.cramp()
    run(night, clock, ROUND)
    night.again()
    assert not night.snapshot().can_cancel


def test_the_rating_offers_not_a_cramp_too() -> None:
    clock = FakeClock()
    night = make_night(clock)
    night.cramp()
    run(night, clock, 20)
    night.stop()
    assert night.stage is Stage.RATING and night.snapshot().can_cancel
    assert any(isinstance(e, CrampCancelled) for e in night.mistake())
    assert night.stage is Stage.IDLE


def test_the_rounds_question_is_said_with_release_and_once_more_without_an_answer() -> None:
    clock = FakeClock()
    night = make_night(clock)
    night.cramp()
    end = says(run(night, clock, ROUND))
    assert end[-1] == ("round-question", "Release slowly. How is the cramp now?")
    assert night.wake_delay() == pytest.approx(QUESTION_REPEAT_SECONDS)
    before = says(run(night, clock, QUESTION_REPEAT_SECONDS - 1))
    assert before == []
    again = says(run(night, clock, 1))
    assert again == [("round-question-again", "How is the cramp now?")]
    assert says(run(night, clock, 5 * QUESTION_REPEAT_SECONDS)) == []  # once, not more
    assert night.wake_delay() is None


def test_an_answer_before_the_repeat_stops_it() -> None:
    clock = FakeClock()
    night = make_night(clock)
    night.cramp()
    run(night, clock, ROUND)
    run(night, clock, 10)
    night.again()
    said = says(run(night, clock, QUESTION_REPEAT_SECONDS))
    assert "round-question-again" not in [key for key, _ in said]


def test_the_third_round_says_the_warning_signs_instead_of_the_question() -> None:
    clock = FakeClock()
    night = make_night(clock)
    night.cramp()
    for _ in range(2):
        run(night, clock, ROUND)
        night.again()
    keys = [key for key, _ in says(run(night, clock, ROUND))]
    assert "red-flags" in keys and "round-question" not in keys
