"""The standing bedtime routine run through the session engine under a fake clock.

The protocol (Hallegraeff et al. 2012): calf then hamstring stretch, each leg, each held
10 s, three times, 10 s relaxed between. The times below are seconds from the start.
"""

from __future__ import annotations

import pytest

from cramp_timer.clock import FakeClock
from cramp_timer.diary import RoutineOutcome
from cramp_timer.routines import bedtime_stretch, routine_outcome, routine_plan
from cramp_timer.session import CueDue, Phase, PhaseChanged, Plan, Session, StepKind

STEP = 0.0625  # 1/16 s: exact in binary, like the session tests

POSITIONS = [0, 68, 128, 197]  # get into position (18 s, 10 s, 19 s, 10 s)
HOLDS = [18, 38, 58, 78, 98, 118, 147, 167, 187, 207, 227, 247]
RESTS = [28, 48, 88, 108, 157, 177, 217, 237]
END = 257


def protocol_schedule() -> list[tuple[float, str]]:
    """Every cue of the routine: position lines, "Three. Two. One." before each hold,
    "Stretch and hold.", "Relax." and the closing line."""
    cues = [(t, "position") for t in POSITIONS]
    cues += [(t, "hold") for t in HOLDS] + [(t, "relax") for t in RESTS]
    cues += [(t - n, f"count-{n}") for t in HOLDS for n in (3, 2, 1)]
    cues.append((END, "finished"))
    return sorted((float(t), key) for t, key in cues)


def run(
    session: Session, clock: FakeClock, seconds: float, since: float
) -> list[tuple[float, str]]:
    """Advance in small steps, waking the session each time like the QTimer would."""
    heard: list[tuple[float, str]] = []
    for _ in range(round(seconds / STEP)):
        clock.advance(STEP)
        for event in session.update():
            if isinstance(event, CueDue):
                heard.append((round(clock.monotonic() - since, 3), event.cue.key))
    return heard


def start(clock: FakeClock) -> tuple[Session, Plan, float, list[tuple[float, str]]]:
    plan = routine_plan(bedtime_stretch())
    session = Session(clock, lambda _round: plan)
    began = clock.monotonic()
    first = [(0.0, e.cue.key) for e in session.start() if isinstance(e, CueDue)]
    return session, plan, began, first


def test_the_schedule_is_the_protocol() -> None:
    """The hand-written times really are 12 holds of 10 s with 10 s rests between."""
    starts = sorted(HOLDS + RESTS + POSITIONS)
    ends = {t: min([u for u in [*starts, END] if u > t]) for t in starts}
    assert all(ends[t] - t == 10 for t in HOLDS)
    assert all(ends[t] - t == 10 for t in RESTS)
    assert len(HOLDS) == 12 and len(RESTS) == 8
    assert END == 4 * 60 + 17


def test_the_whole_routine_speaks_each_cue_on_its_second() -> None:
    clock = FakeClock()
    session, plan, began, heard = start(clock)
    heard += run(session, clock, END + 2, began)
    assert heard == protocol_schedule()
    assert session.phase is Phase.ROUND_DONE
    snap = session.snapshot()
    assert snap.hold_seconds_done == pytest.approx(120)
    session.better()
    assert routine_outcome(session.snapshot(), plan) is RoutineOutcome.DONE


def test_the_screen_shows_the_step_and_its_seconds() -> None:
    clock = FakeClock()
    session, _plan, began, _ = start(clock)
    run(session, clock, 18 + 4, began)  # 4 s into the first hold
    snap = session.snapshot()
    assert snap.step_kind is StepKind.HOLD
    assert snap.display_seconds == 6
    assert snap.step is not None
    assert snap.step.title == "Calf stretch against the wall, left leg: stretch 1 of 3"
    assert snap.caption == "Stretch and hold."
    assert (snap.step_index, snap.step_count) == (1, 24)


def test_pause_and_resume_shift_the_rest_of_the_routine() -> None:
    clock = FakeClock()
    session, plan, began, heard = start(clock)
    heard += run(session, clock, 22.5, began)
    session.pause()
    clock.advance(300)
    assert session.update() == []
    assert session.snapshot().remaining == pytest.approx(5.5)
    session.resume()
    heard += run(session, clock, END - 22.5 + 2, began)
    expected = [(t if t <= 22.5 else t + 300, key) for t, key in protocol_schedule()]
    assert heard == expected
    session.better()
    assert routine_outcome(session.snapshot(), plan) is RoutineOutcome.DONE


def test_skip_jumps_to_the_next_stretch() -> None:
    clock = FakeClock()
    session, plan, began, heard = start(clock)
    heard += run(session, clock, 20, began)  # 2 s into the first hold of the left calf
    events = session.skip()
    assert [e.cue.text for e in events if isinstance(e, CueDue)] == [
        "Relax. Next: Calf stretch against the wall, right leg."
    ]
    snap = session.snapshot()
    assert (snap.step_index, snap.step_kind, snap.remaining) == (6, StepKind.PREPARE, 10)
    assert snap.hold_seconds_done == pytest.approx(2)
    heard += [(20.0, "position")]
    heard += run(session, clock, END - 68 + 2, began)
    # the right calf onwards, 48 s earlier than in a full run
    expected = [(t, k) for t, k in protocol_schedule() if t <= 20]
    expected += [(t - 48, k) for t, k in protocol_schedule() if t >= 68]
    assert heard == expected
    assert session.phase is Phase.ROUND_DONE
    session.better()
    assert session.snapshot().hold_seconds_done == pytest.approx(2 + 90)
    assert routine_outcome(session.snapshot(), plan) is RoutineOutcome.PARTIAL


def test_skip_from_a_rest_also_leaves_the_stretch() -> None:
    clock = FakeClock()
    session, _plan, began, _ = start(clock)
    run(session, clock, 30, began)  # in the first rest
    session.skip()
    assert session.snapshot().step_index == 6


def test_skip_in_the_last_stretch_ends_the_routine() -> None:
    clock = FakeClock()
    session, _plan, began, _ = start(clock)
    run(session, clock, 200, began)  # getting into position for the right hamstring
    events = session.skip()
    assert any(isinstance(e, PhaseChanged) and e.new is Phase.ROUND_DONE for e in events)


def test_stop_part_way_records_a_stopped_run() -> None:
    clock = FakeClock()
    session, plan, began, _ = start(clock)
    run(session, clock, 100, began)
    session.stop()
    snap = session.snapshot()
    assert snap.phase is Phase.ENDED
    assert snap.hold_seconds_done == pytest.approx(3 * 10 + 10 + 2)
    assert routine_outcome(snap, plan) is RoutineOutcome.STOPPED


def test_stop_while_paused() -> None:
    clock = FakeClock()
    session, plan, began, _ = start(clock)
    run(session, clock, 25, began)
    session.pause()
    clock.advance(60)
    session.stop()
    assert session.snapshot().hold_seconds_done == pytest.approx(7)
    assert routine_outcome(session.snapshot(), plan) is RoutineOutcome.STOPPED
