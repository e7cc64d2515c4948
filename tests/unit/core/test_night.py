"""The night's flow around the stretch, stepped through with a fake clock."""

from __future__ import annotations

import pytest

from cramp_timer.core.aftercare import (
    SAFETY_SECONDS,
    cold_plan,
    followup_plan,
    heat_plan,
    massage_plan,
)
from cramp_timer.core.clock import FakeClock
from cramp_timer.core.night import (
    STAGES,
    CrampEnded,
    FollowupEnded,
    IllegalMove,
    Move,
    Night,
    NightEvent,
    Rated,
    RoutineEnded,
    RoutineStarted,
    Say,
    Stage,
    offered_followups,
    warning_after,
)
from cramp_timer.core.rating import RATING_PAUSE_SECONDS
from cramp_timer.core.session import CueDue, Phase, StepKind
from cramp_timer.core.stretch import cramp_plan
from cramp_timer.storage.diary import CrampOutcome, FollowupKind, Leg, RoutineOutcome
from cramp_timer.storage.settings import Variant

ROUND = 5 + 45  # get into position + hold


def make_night(clock: FakeClock, heat: int = 15, cold: int = 10) -> Night:
    minutes = {FollowupKind.HEAT: heat, FollowupKind.COLD: cold, FollowupKind.MASSAGE: 0}
    return Night(clock, lambda: cramp_plan(Variant.SEATED, 5, 45), minutes.__getitem__)


def run(night: Night, clock: FakeClock, seconds: float, step: float = 0.25,
        suspend: bool = False) -> list[NightEvent]:
    events: list[NightEvent] = []
    for _ in range(round(seconds / step)):
        if suspend:
            clock.suspend(step)
        else:
            clock.advance(step)
        events += night.said()  # a speaker that has said each line by the next step
        events += night.update()
    return events


def spoken(events: list[NightEvent]) -> list[str]:
    keys = []
    for event in events:
        if isinstance(event, CueDue):
            keys.append(event.cue.key)
        elif isinstance(event, Say):
            keys.append(event.key)
    return keys


def test_every_stage_can_be_left_and_only_idle_and_the_questions_take_a_new_cramp() -> None:
    sources = {stage for stage, _move in STAGES}
    assert sources == set(Stage)
    assert {stage for stage, move in STAGES if move is Move.CRAMP} == {
        Stage.IDLE, Stage.AFTERCARE, Stage.RATING, Stage.ROUTINE}


def test_better_leads_to_aftercare_then_rating_then_idle() -> None:
    clock = FakeClock()
    night = make_night(clock)
    night.cramp()
    run(night, clock, ROUND)
    assert night.phase is Phase.ROUND_DONE
    events = night.better()
    (ended,) = [e for e in events if isinstance(e, CrampEnded)]
    assert ended == CrampEnded(CrampOutcome.BETTER, 1, 45.0, False)
    assert night.stage is Stage.AFTERCARE
    night.finish_care()
    assert night.stage is Stage.RATING
    events = night.rate(7, Leg.LEFT)
    assert Rated(7, Leg.LEFT) in events
    assert night.stage is Stage.IDLE


def test_stop_during_the_stretch_asks_the_rating_and_records_stopped() -> None:
    clock = FakeClock()
    night = make_night(clock)
    night.cramp()
    run(night, clock, 20)
    events = night.stop()
    (ended,) = [e for e in events if isinstance(e, CrampEnded)]
    assert ended.outcome is CrampOutcome.STOPPED and ended.stretch_seconds == pytest.approx(15)
    assert night.stage is Stage.RATING


def test_the_red_flags_come_after_the_third_round_without_relief_and_are_said_once() -> None:
    clock = FakeClock()
    night = make_night(clock)
    night.cramp()
    said: list[str] = []
    for round_number in (1, 2, 3):
        said += spoken(run(night, clock, ROUND))
        assert night.snapshot().red_flags is (round_number >= 3)
        if round_number < 3:
            said += spoken(night.again())
    assert said.count("red-flags") == 1
    assert said[-2:] == ["release", "red-flags"]
    said += spoken(night.again()) + spoken(run(night, clock, ROUND))
    assert said.count("red-flags") == 1  # not again in round four
    # the next step is help: heat or massage "instead" is refused
    with pytest.raises(IllegalMove):
        night.care_instead()
    (ended,) = [e for e in night.stop() if isinstance(e, CrampEnded)]
    assert ended.outcome is CrampOutcome.STOPPED
    assert ended.rounds == 4 and ended.red_flags_shown


@pytest.mark.parametrize("kind", [FollowupKind.HEAT, FollowupKind.MASSAGE])
def test_after_the_warning_signs_no_heat_and_no_massage(kind: FollowupKind) -> None:
    clock = FakeClock()
    night = make_night(clock)
    night.cramp()
    for _ in range(2):
        run(night, clock, ROUND)
        night.again()
    run(night, clock, ROUND)
    night.better()  # eased after all: the care choice, but the warning signs were shown
    assert night.stage is Stage.AFTERCARE and night.snapshot().red_flags
    assert offered_followups(night.snapshot()) == (FollowupKind.COLD,)
    with pytest.raises(IllegalMove):
        night.followup(kind)
    assert night.stage is Stage.AFTERCARE
    night.followup(FollowupKind.COLD)  # cold, once the spasm has passed, stays possible
    assert night.stage is Stage.FOLLOWUP


def test_without_warning_signs_every_followup_is_offered() -> None:
    clock = FakeClock()
    night = make_night(clock)
    night.cramp()
    run(night, clock, ROUND)
    night.better()
    assert offered_followups(night.snapshot()) == tuple(FollowupKind)
    night.followup(FollowupKind.MASSAGE)
    assert night.stage is Stage.FOLLOWUP


def test_the_warning_after_round_three_carries_release_slowly_with_it() -> None:
    """The warning falls due with the round's last cue, "Release slowly.". A speaker plays
    only the newest of lines said at once, so the warning must say that cue's words
    first, or the person is never told to let go slowly."""
    clock = FakeClock()
    night = make_night(clock)
    night.cramp()
    for _ in range(2):
        run(night, clock, ROUND)
        night.again()
    events = run(night, clock, ROUND)
    due = [e for e in events if isinstance(e, (CueDue, Say))]
    release, warning = due[-2:]
    assert isinstance(release, CueDue) and release.cue.key == "release"
    assert isinstance(warning, Say) and warning.key == "red-flags"
    assert warning.text == warning_after(release.cue.text)
    assert warning.text.startswith("Release slowly. ") and "doctor" in warning.text


def test_care_instead_needs_a_finished_round() -> None:
    clock = FakeClock()
    night = make_night(clock)
    night.cramp()
    run(night, clock, 10)
    with pytest.raises(IllegalMove):
        night.care_instead()


def test_heat_says_its_safety_line_first_then_asks_to_switch_off_every_minute() -> None:
    clock = FakeClock()
    night = make_night(clock, heat=5)
    night.cramp()
    run(night, clock, ROUND)
    night.better()
    start = clock.boottime()
    events = night.followup(FollowupKind.HEAT)
    assert spoken(events) == ["care-safety"]
    assert night.stage is Stage.FOLLOWUP
    events = run(night, clock, SAFETY_SECONDS + 5 * 60)
    assert spoken(events) == ["care-start", "care-halfway", "care-minute", "switch-off"]
    assert FollowupEnded(FollowupKind.HEAT, 5.0) in events
    assert night.stage is Stage.SWITCH_OFF
    assert clock.boottime() - start == SAFETY_SECONDS + 300
    # unanswered: again after each full minute, and not in between
    times = []
    for _ in range(3 * 60 * 4):
        clock.advance(0.25)
        if spoken(night.update()) == ["switch-off"]:
            times.append(clock.boottime() - start - SAFETY_SECONDS - 300)
    assert times == [60, 120, 180]
    assert night.snapshot().switch_off_asks == 4
    night.acknowledge()
    assert night.stage is Stage.AFTERCARE
    assert run(night, clock, 120) == []
    assert night.snapshot().followups_done == (FollowupKind.HEAT,)


def test_a_heat_timer_counts_on_while_the_computer_sleeps() -> None:
    clock = FakeClock()
    night = make_night(clock, heat=15)
    night.cramp()
    run(night, clock, ROUND)
    night.better()
    night.followup(FollowupKind.HEAT)
    run(night, clock, SAFETY_SECONDS)
    events = run(night, clock, 10 * 60, step=60, suspend=True)  # asleep for 10 minutes
    assert events == [] or all(not isinstance(e, FollowupEnded) for e in events)
    events = night.update()  # awake: the timer knows 10 minutes went by
    shot = night.snapshot().session
    assert shot is not None and shot.remaining == pytest.approx(5 * 60)
    events = run(night, clock, 3 * 60, step=60, suspend=True) + run(night, clock, 3 * 60, 60)
    assert night.stage is Stage.SWITCH_OFF
    # after a long sleep the alarm is said once, not once for every missed minute
    events = run(night, clock, 30 * 60, step=30 * 60, suspend=True)
    assert spoken(events) == ["switch-off"]


def test_stopping_heat_early_still_asks_to_switch_the_pad_off() -> None:
    clock = FakeClock()
    night = make_night(clock)
    night.cramp()
    run(night, clock, ROUND)
    night.better()
    night.followup(FollowupKind.HEAT)
    run(night, clock, SAFETY_SECONDS + 90)
    events = night.stop()
    assert FollowupEnded(FollowupKind.HEAT, 1.5) in events
    assert spoken(events) == ["switch-off"]
    assert night.stage is Stage.SWITCH_OFF
    assert not night.can(Move.CRAMP)  # the pad comes first


@pytest.mark.parametrize("kind", [FollowupKind.COLD, FollowupKind.MASSAGE])
def test_cold_and_massage_end_back_at_the_choice(kind: FollowupKind) -> None:
    clock = FakeClock()
    night = make_night(clock, cold=5)
    night.cramp()
    run(night, clock, ROUND)
    night.better()
    night.followup(kind)
    total = sum(step.seconds for step in followup_plan(kind, 5))
    events = run(night, clock, total)
    assert "care-end" in spoken(events)
    assert night.stage is Stage.AFTERCARE
    (ended,) = [e for e in events if isinstance(e, FollowupEnded)]
    assert ended.minutes == (5.0 if kind is FollowupKind.COLD else 2.0)


def test_pause_freezes_a_follow_up_and_stop_returns_to_the_choice() -> None:
    clock = FakeClock()
    night = make_night(clock, cold=5)
    night.cramp()
    run(night, clock, ROUND)
    night.better()
    night.followup(FollowupKind.COLD)
    run(night, clock, SAFETY_SECONDS + 30)
    night.pause()
    run(night, clock, 600)
    shot = night.snapshot().session
    assert shot is not None and shot.phase is Phase.PAUSED
    assert shot.remaining == pytest.approx(270)
    night.resume()
    events = night.stop()
    assert FollowupEnded(FollowupKind.COLD, 0.5) in events
    assert night.stage is Stage.AFTERCARE


def test_a_new_cramp_during_the_rating_starts_afresh() -> None:
    clock = FakeClock()
    night = make_night(clock)
    night.cramp()
    run(night, clock, 10)
    night.stop()
    events = night.cramp()
    assert night.stage is Stage.STRETCH and spoken(events) == ["position"]
    shot = night.snapshot()
    assert shot.session is not None and shot.session.round == 1 and not shot.red_flags


def test_moves_outside_the_table_raise() -> None:
    night = make_night(FakeClock())
    with pytest.raises(IllegalMove):
        night.finish_care()
    with pytest.raises(IllegalMove):
        night.acknowledge()
    with pytest.raises(IllegalMove):
        night.followup(FollowupKind.HEAT)
    with pytest.raises(IllegalMove):
        night.stop()


@pytest.mark.parametrize(("minutes", "total"), [(5, 300), (20, 1200)])
def test_heat_and_cold_plans_last_their_minutes_after_the_safety_line(minutes: int,
                                                                      total: int) -> None:
    for plan in (heat_plan(minutes), cold_plan(min(minutes, 15))):
        prepare, hold = plan
        assert prepare.kind is StepKind.PREPARE and prepare.seconds == SAFETY_SECONDS
        assert hold.kind is StepKind.HOLD
        assert hold.seconds in (total, min(minutes, 15) * 60)
    assert "fall asleep" in heat_plan(5)[0].title
    assert "cloth" in cold_plan(5)[0].title and "skin" in cold_plan(5)[0].title


def test_the_massage_is_two_minutes_of_spoken_steps_from_ankle_to_knee() -> None:
    plan = massage_plan()
    holds = [step for step in plan if step.kind is StepKind.HOLD]
    assert sum(step.seconds for step in holds) == 120
    assert all(step.cues[0].at_remaining == step.seconds for step in holds)
    text = " ".join(step.title for step in holds)
    assert "ankle" in text and "knee" in text and "Ease off if it hurts" in text


def routine_night(clock: FakeClock) -> tuple[Night, float]:
    from cramp_timer.routines.model import bedtime_stretch, plan_seconds, routine_plan

    night = make_night(clock)
    return night, plan_seconds(routine_plan(bedtime_stretch()))


def test_a_routine_run_to_its_end_is_done_and_back_to_idle() -> None:
    from cramp_timer.routines.model import bedtime_stretch

    clock = FakeClock()
    night, total = routine_night(clock)
    events = night.routine(bedtime_stretch())
    assert RoutineStarted("Bedtime stretch") in events
    assert night.stage is Stage.ROUTINE and night.snapshot().routine == bedtime_stretch()
    events = run(night, clock, total)
    assert RoutineEnded("Bedtime stretch", RoutineOutcome.DONE) in events
    assert night.stage is Stage.IDLE


def test_a_skipped_stretch_makes_the_routine_partial_and_stop_makes_it_stopped() -> None:
    from cramp_timer.routines.model import bedtime_stretch

    clock = FakeClock()
    night, total = routine_night(clock)
    night.routine(bedtime_stretch())
    run(night, clock, 12)
    night.skip()
    events = run(night, clock, total)
    assert RoutineEnded("Bedtime stretch", RoutineOutcome.PARTIAL) in events
    night.routine(bedtime_stretch())
    run(night, clock, 30)
    assert RoutineEnded("Bedtime stretch", RoutineOutcome.STOPPED) in night.stop()
    assert night.stage is Stage.IDLE


def test_cramp_now_during_a_routine_stops_it_and_starts_the_stretch() -> None:
    from cramp_timer.routines.model import bedtime_stretch

    clock = FakeClock()
    night, _total = routine_night(clock)
    night.routine(bedtime_stretch())
    run(night, clock, 40)
    events = night.cramp()
    assert RoutineEnded("Bedtime stretch", RoutineOutcome.STOPPED) in events
    assert night.stage is Stage.STRETCH and spoken(events) == ["position"]
    with pytest.raises(IllegalMove):
        night.routine(bedtime_stretch())  # not over a stretch


def to_rating(clock: FakeClock) -> Night:
    night = make_night(clock)
    night.cramp()
    run(night, clock, 20)
    night.stop()
    assert night.stage is Stage.RATING
    return night


def test_the_rating_keeps_a_number_and_a_leg_after_a_pause() -> None:
    clock = FakeClock()
    night = to_rating(clock)
    night.type_digit(1)
    night.type_digit(0)
    night.choose_leg(Leg.LEFT)
    shot = night.snapshot()
    assert (shot.chosen_severity, shot.chosen_leg) == (10, Leg.LEFT)
    assert night.wake_delay() == pytest.approx(RATING_PAUSE_SECONDS)
    clock.advance(RATING_PAUSE_SECONDS - 0.5)
    assert night.update() == [] and night.stage is Stage.RATING
    clock.advance(0.5)
    events = night.update()
    assert Rated(10, Leg.LEFT) in events and night.stage is Stage.IDLE
    assert night.wake_delay() is None


def test_done_keeps_the_rating_at_once_and_the_next_rating_starts_empty() -> None:
    clock = FakeClock()
    night = to_rating(clock)
    night.choose_severity(3)
    assert Rated(3, None) in night.confirm_rating()
    night = to_rating(clock)
    shot = night.snapshot()
    assert (shot.chosen_severity, shot.chosen_leg) == (None, None)
    assert night.wake_delay() is None  # nothing chosen: it waits for the person
    assert Rated(None, None) in night.confirm_rating()


def test_a_new_cramp_or_not_a_cramp_during_the_rating_forgets_the_choice() -> None:
    clock = FakeClock()
    night = to_rating(clock)
    night.choose_severity(8)
    night.cramp()
    assert night.snapshot().chosen_severity is None
    night.stop()
    night.choose_severity(8)
    night.mistake()
    assert night.stage is Stage.IDLE and night.snapshot().chosen_severity is None


def test_a_rating_choice_outside_the_rating_is_refused() -> None:
    night = make_night(FakeClock())
    for choose in (lambda: night.type_digit(4), lambda: night.choose_severity(4),
                   lambda: night.choose_leg(Leg.BOTH), night.confirm_rating):
        with pytest.raises(IllegalMove):
            choose()
