"""The first words of a stretch are heard: only countdown numbers may go unsaid, and the
get-into-position step waits (a bounded time) for its line. Fake clock throughout."""

from __future__ import annotations

import pytest

from cramp_timer.core.clock import FakeClock
from cramp_timer.core.session import CueDue, Event, Phase, Session, StepKind
from cramp_timer.core.stretch import POSITION_LINE_WAIT, cramp_plan
from cramp_timer.routines.model import builtin_routines, routine_plan
from cramp_timer.storage.settings import Variant


def start(clock: FakeClock, prep: int = 5, hold: int = 45) -> tuple[Session, list[Event]]:
    plan = cramp_plan(Variant.SEATED, prep, hold)
    session = Session(clock, lambda _round: plan)
    return session, session.start()


def keys(events: list[Event]) -> list[str]:
    return [e.cue.key for e in events if isinstance(e, CueDue)]


def run_to(session: Session, clock: FakeClock, t: float, step: float = 0.125) -> list[Event]:
    events: list[Event] = []
    while clock.monotonic() < t:
        clock.advance(step)
        events += session.update()
    return events


def test_only_the_countdown_numbers_are_droppable() -> None:
    plan = cramp_plan(Variant.SEATED, 5, 45)
    droppable = {cue.key for step in plan for cue in step.cues if cue.droppable}
    assert droppable == {"count-5", "count-4", "count-3", "count-2", "count-1"}
    for routine in builtin_routines():
        for step in routine_plan(routine):
            for cue in step.cues:
                assert cue.droppable == cue.key.startswith("count-"), cue


def test_the_position_step_waits_for_its_line_then_the_hold_gets_its_full_time() -> None:
    clock = FakeClock(monotonic=0.0)
    session, events = start(clock)
    assert keys(events) == ["position"]
    assert session.waiting_for_line
    events = run_to(session, clock, 7.0)  # the worker is still starting
    assert keys(events) == []
    shot = session.snapshot()
    assert shot.step_kind is StepKind.PREPARE and shot.remaining == 0.0
    assert 0 < session.wake_delay() <= POSITION_LINE_WAIT  # no busy wake-ups meanwhile
    events = session.said("position")  # heard at 7 s
    assert keys(events) == ["hold-start"]
    assert not session.waiting_for_line
    shot = session.snapshot()
    assert shot.step_kind is StepKind.HOLD and shot.remaining == 45.0
    assert "release" in keys(run_to(session, clock, 52.0))
    assert session.phase is Phase.ROUND_DONE


def test_a_line_said_in_time_changes_nothing() -> None:
    clock = FakeClock(monotonic=0.0)
    session, _ = start(clock)
    clock.advance(2.5)
    assert session.said("position") == []
    assert session.said("hold-start") == []  # not a line it waits for
    assert keys(run_to(session, clock, 4.875)) == []
    assert keys(run_to(session, clock, 5.0)) == ["hold-start"]


def test_the_wait_is_bounded_then_the_captions_carry_on() -> None:
    clock = FakeClock(monotonic=0.0)
    session, _ = start(clock)
    assert keys(run_to(session, clock, 5.0 + POSITION_LINE_WAIT - 0.125)) == []
    events = run_to(session, clock, 5.0 + POSITION_LINE_WAIT)
    assert keys(events) == ["hold-start"]
    shot = session.snapshot()
    assert shot.step_kind is StepKind.HOLD and shot.caption == "Hold the stretch. Breathe slowly."
    assert session.said("position") == []  # heard at last: too late to matter


def test_said_for_every_line_releases_the_wait_and_pause_keeps_the_rest() -> None:
    clock = FakeClock(monotonic=0.0)
    session, _ = start(clock)
    run_to(session, clock, 6.0)
    session.pause()
    clock.advance(30)
    assert session.said() == []  # paused: nothing moves
    session.resume()
    assert keys(session.update()) == ["hold-start"]
    assert session.snapshot().remaining == 45.0


@pytest.mark.parametrize("prep", [3, 15])
def test_other_steps_do_not_wait(prep: int) -> None:
    clock = FakeClock(monotonic=0.0)
    session, _ = start(clock, prep=prep)
    run_to(session, clock, prep)
    session.said("position")
    # the hold's lines are never waited for: its end comes on time
    events = run_to(session, clock, prep + 45.0)
    assert "release" in keys(events)
    assert session.phase is Phase.ROUND_DONE


def test_start_up_finds_the_speech_folder_that_the_paths_will_make() -> None:
    """The worker is spawned before `cramp_timer.storage.paths` (and Qt) is imported."""
    from cramp_timer.startup import speech_cache_dir
    from cramp_timer.storage.paths import AppPaths

    assert speech_cache_dir() == AppPaths.default().speech_cache_dir
