"""The session state machine under a fake clock: transitions, cue timing, no drift."""

from __future__ import annotations

import pytest
from fakes import HOLD_45_SCHEDULE

from cramp_timer.core.clock import FakeClock
from cramp_timer.core.session import (
    TRANSITIONS,
    Action,
    Cue,
    CueDue,
    IllegalTransition,
    Outcome,
    Phase,
    PhaseChanged,
    Plan,
    Session,
    Step,
    StepKind,
)


def simple_plan(prep: float = 5, hold: float = 45) -> Plan:
    return (
        Step(StepKind.PREPARE, prep, "Get ready", (Cue("position", "Get ready.", prep),)),
        Step(
            StepKind.HOLD,
            hold,
            "Hold",
            (
                Cue("hold-start", "Hold.", hold),
                Cue("halfway", "Halfway.", hold / 2),
                Cue("ten-left", "Ten left.", 10),
                *(Cue(f"count-{n}", str(n), n) for n in range(5, 0, -1)),
                Cue("release", "Release slowly.", 0),
            ),
        ),
    )


def make(clock: FakeClock, plan: Plan | None = None) -> Session:
    return Session(clock, lambda _round: plan or simple_plan())


def run_through(session: Session, clock: FakeClock, seconds: float, step: float = 0.0625
                ) -> list[tuple[float, str]]:
    """Advance the clock in small steps (1/16 s: exact in binary), waking the session each
    time like the QTimer would."""
    start = clock.monotonic()
    heard: list[tuple[float, str]] = []
    for _ in range(round(seconds / step)):
        clock.advance(step)
        for event in session.update():
            if isinstance(event, CueDue):
                heard.append((round(clock.monotonic() - start, 3), event.cue.key))
    return heard


def cues_of(events: list[CueDue | PhaseChanged]) -> list[str]:
    return [e.cue.key for e in events if isinstance(e, CueDue)]


def test_cues_fall_due_at_the_right_seconds() -> None:
    clock = FakeClock()
    session = make(clock)
    assert cues_of(session.start()) == ["position"]  # spoken the moment it starts
    assert cues_of(session.update()) == []
    heard = run_through(session, clock, 51)
    assert heard == HOLD_45_SCHEDULE
    assert session.phase is Phase.ROUND_DONE
    assert session.snapshot().hold_seconds_done == pytest.approx(45)


def test_remaining_time_comes_from_the_deadline_not_from_wakeups() -> None:
    clock = FakeClock()
    session = make(clock)
    session.start()
    # the window was stalled for 3.7 s: no wake-ups at all, yet the time is right
    clock.advance(3.7)
    assert session.snapshot().remaining == pytest.approx(1.3)
    session.update()
    clock.advance(1.3 + 20)
    session.update()
    snap = session.snapshot()
    assert snap.step_kind is StepKind.HOLD
    assert snap.remaining == pytest.approx(25)
    assert snap.display_seconds == 25


def test_a_long_stall_speaks_only_the_newest_overdue_cue() -> None:
    clock = FakeClock()
    session = make(clock)
    session.start()
    session.update()
    clock.advance(5 + 45 - 2.5)  # asleep through halfway, ten-left, 5, 4, 3
    keys = cues_of(session.update())
    assert keys == ["count-3"]
    assert session.snapshot().caption == "3"
    assert run_through(session, clock, 3) == [(0.5, "count-2"), (1.5, "count-1"),
                                               (2.5, "release")]


def test_a_stall_across_the_end_still_ends_the_round_on_time() -> None:
    clock = FakeClock()
    session = make(clock)
    session.start()
    clock.advance(60)
    events = session.update()
    assert cues_of(events) == ["release"] or cues_of(events) == []
    assert any(isinstance(e, PhaseChanged) and e.new is Phase.ROUND_DONE for e in events)
    assert session.snapshot().hold_seconds_done == pytest.approx(45)


def test_pause_freezes_the_countdown_and_resume_continues_it() -> None:
    clock = FakeClock()
    session = make(clock)
    session.start()
    clock.advance(15)  # 10 s into the hold
    session.update()
    session.pause()
    assert session.phase is Phase.PAUSED
    clock.advance(300)
    assert session.update() == []
    assert session.snapshot().remaining == pytest.approx(35)
    session.resume()
    assert session.snapshot().remaining == pytest.approx(35)
    heard = run_through(session, clock, 36)
    assert heard[0] == (12.5, "halfway")  # 35 - 22.5
    assert heard[-1] == (35.0, "release")


def test_again_starts_a_new_round_and_better_ends_it() -> None:
    clock = FakeClock()
    rounds: list[int] = []

    def plan(n: int) -> Plan:
        rounds.append(n)
        return simple_plan(prep=3, hold=30)

    session = Session(clock, plan)
    session.start()
    clock.advance(33)
    session.update()
    assert session.phase is Phase.ROUND_DONE
    assert cues_of(session.again()) == ["position"]
    assert session.snapshot().round == 2
    clock.advance(33)
    session.update()
    session.better()
    snap = session.snapshot()
    assert rounds == [1, 2]
    assert snap.phase is Phase.ENDED
    assert snap.outcome is Outcome.BETTER
    assert snap.hold_seconds_done == pytest.approx(60)


def test_stop_mid_hold_counts_the_seconds_held() -> None:
    clock = FakeClock()
    session = make(clock)
    session.start()
    clock.advance(5 + 12)
    session.stop()
    snap = session.snapshot()
    assert snap.outcome is Outcome.STOPPED
    assert snap.hold_seconds_done == pytest.approx(12)


def test_stop_while_paused_counts_the_seconds_held_before_the_pause() -> None:
    clock = FakeClock()
    session = make(clock)
    session.start()
    clock.advance(5 + 8)
    session.pause()
    clock.advance(100)
    session.stop()
    assert session.snapshot().hold_seconds_done == pytest.approx(8)


def test_skip_moves_to_the_next_step_at_once() -> None:
    clock = FakeClock()
    session = make(clock)
    session.start()
    session.update()
    clock.advance(1)
    assert cues_of(session.skip()) == ["hold-start"]
    assert session.snapshot().step_kind is StepKind.HOLD
    assert session.snapshot().remaining == pytest.approx(45)
    session.skip()
    assert session.phase is Phase.ROUND_DONE


def test_skip_leaves_the_rest_of_a_group() -> None:
    def step(kind: StepKind, group: int | None) -> Step:
        return Step(kind, 10, kind.value, (Cue("start", kind.value, 10),), group)

    plan = (
        step(StepKind.PREPARE, 0), step(StepKind.HOLD, 0), step(StepKind.REST, 0),
        step(StepKind.HOLD, 0), step(StepKind.PREPARE, 1), step(StepKind.HOLD, 1),
        step(StepKind.HOLD, None), step(StepKind.HOLD, None),
    )
    clock = FakeClock()
    session = make(clock, plan)
    session.start()
    clock.advance(12)  # 2 s into the first hold of group 0
    session.update()
    assert cues_of(session.skip()) == ["start"]
    assert session.snapshot().step_index == 4
    assert session.snapshot().hold_seconds_done == pytest.approx(2)
    session.skip()
    assert session.snapshot().step_index == 6  # group 1 done
    session.skip()
    assert session.snapshot().step_index == 7  # no group: one step at a time
    session.skip()
    assert session.phase is Phase.ROUND_DONE


def test_a_tap_that_arrives_just_after_the_end_does_not_raise() -> None:
    clock = FakeClock()
    session = make(clock)
    session.start()
    clock.advance(50.01)
    events = session.pause()  # the round ended 10 ms before the tap was handled
    assert session.phase is Phase.ROUND_DONE
    assert any(isinstance(e, PhaseChanged) for e in events)


@pytest.mark.parametrize("phase", list(Phase))
@pytest.mark.parametrize("action", [a for a in Action if a is not Action.ROUND_END])
def test_every_move_outside_the_table_raises(phase: Phase, action: Action) -> None:
    clock = FakeClock()
    session = make(clock)
    drive_to(session, clock, phase)
    if (phase, action) in TRANSITIONS:
        return
    method = {
        Action.START: session.start,
        Action.PAUSE: session.pause,
        Action.RESUME: session.resume,
        Action.SKIP: session.skip,
        Action.AGAIN: session.again,
        Action.BETTER: session.better,
        Action.STOP: session.stop,
    }[action]
    with pytest.raises(IllegalTransition):
        method()
    assert session.phase is phase


def drive_to(session: Session, clock: FakeClock, phase: Phase) -> None:
    if phase is Phase.IDLE:
        return
    session.start()
    if phase is Phase.PAUSED:
        session.pause()
    elif phase is Phase.ROUND_DONE:
        clock.advance(100)
        session.update()
    elif phase is Phase.ENDED:
        session.stop()
    assert session.phase is phase


def test_next_wake_points_at_the_next_change() -> None:
    clock = FakeClock()
    session = make(clock)
    assert session.next_wake() is None
    session.start()
    session.update()
    now = clock.monotonic()
    assert session.next_wake() == pytest.approx(now + 1)  # the digits go from 5 to 4
    clock.advance(5 + 22.3)
    session.update()
    assert session.next_wake() == pytest.approx(clock.monotonic() + 0.2)  # halfway at 22.5
    session.pause()
    assert session.next_wake() is None


def test_steps_reject_nonsense() -> None:
    with pytest.raises(ValueError, match="positive"):
        Step(StepKind.HOLD, 0, "x")
    with pytest.raises(ValueError, match="outside"):
        Step(StepKind.HOLD, 10, "x", (Cue("late", "late", 11),))


def test_display_seconds_and_progress() -> None:
    clock = FakeClock()
    session = make(clock)
    session.start()
    clock.advance(5)
    session.update()
    snap = session.snapshot()
    assert (snap.display_seconds, snap.progress) == (45, 0.0)
    clock.advance(0.2)
    assert session.snapshot().display_seconds == 45
    clock.advance(44.7)
    snap = session.snapshot()
    assert snap.display_seconds == 1
    assert snap.progress == pytest.approx(44.9 / 45)
