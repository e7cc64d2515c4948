"""The standing bedtime routine run through the session engine under a fake clock.

The protocol (Hallegraeff et al. 2012): calf then hamstring stretch, each leg, each held
10 s, three times, 10 s relaxed between; each 10 s count starts once the person has moved
into the stretch (5 s). The times below are seconds from the start.
"""

from __future__ import annotations

import pytest

from cramp_timer.core.clock import FakeClock
from cramp_timer.core.session import CueDue, Phase, PhaseChanged, Plan, Session, StepKind
from cramp_timer.routines.model import bedtime_stretch, routine_outcome, routine_plan
from cramp_timer.storage.diary import RoutineOutcome

STEP = 0.0625  # 1/16 s: exact in binary, like the session tests

POSITIONS = [0, 86, 161, 251]  # get into position (21 s, 10 s, 25 s, 10 s)
EASE_INS = [21, 46, 71, 96, 121, 146, 186, 211, 236, 261, 286, 311]  # move into the stretch
HOLDS = [26, 51, 76, 101, 126, 151, 191, 216, 241, 266, 291, 316]
RESTS = [36, 61, 111, 136, 201, 226, 276, 301]
END = 326


def protocol_schedule() -> list[tuple[float, str]]:
    """Every cue of the routine: position lines, "Three. Two. One." before moving into
    each stretch, the ease-in line, the hold line, "Relax." and the closing line."""
    cues = [(t, "position") for t in POSITIONS] + [(t, "ease-in") for t in EASE_INS]
    cues += [(t, "hold") for t in HOLDS] + [(t, "relax") for t in RESTS]
    cues += [(t - n, f"count-{n}") for t in EASE_INS for n in (3, 2, 1)]
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
    starts = sorted(HOLDS + RESTS + POSITIONS + EASE_INS)
    ends = {t: min([u for u in [*starts, END] if u > t]) for t in starts}
    assert all(ends[t] - t == 10 for t in HOLDS)
    assert all(ends[t] - t == 10 for t in RESTS)
    assert all(ends[t] - t == 5 and t + 5 in HOLDS for t in EASE_INS)
    assert len(HOLDS) == 12 and len(RESTS) == 8
    assert END == 5 * 60 + 26


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
    run(session, clock, 21 + 2, began)  # 2 s into moving into the first stretch
    snap = session.snapshot()
    assert snap.step_kind is StepKind.EASE_IN and snap.hold_seconds_done == 0
    assert snap.step is not None
    assert snap.step.title == ("Calf stretch against the wall, left leg: "
                               "move into stretch 1 of 3")
    assert snap.caption == "Slowly into the stretch: firm, not painful."
    run(session, clock, 3 + 4, began)  # 4 s into the first hold
    snap = session.snapshot()
    assert snap.step_kind is StepKind.HOLD
    assert snap.display_seconds == 6
    assert snap.step is not None
    assert snap.step.title == "Calf stretch against the wall, left leg: stretch 1 of 3"
    assert snap.caption == "Hold it there. Keep breathing."
    assert (snap.step_index, snap.step_count) == (2, 36)


def test_pause_and_resume_shift_the_rest_of_the_routine() -> None:
    clock = FakeClock()
    session, plan, began, heard = start(clock)
    heard += run(session, clock, 30.5, began)
    session.pause()
    clock.advance(300)
    assert session.update() == []
    assert session.snapshot().remaining == pytest.approx(5.5)
    session.resume()
    heard += run(session, clock, END - 30.5 + 2, began)
    expected = [(t if t <= 30.5 else t + 300, key) for t, key in protocol_schedule()]
    assert heard == expected
    session.better()
    assert routine_outcome(session.snapshot(), plan) is RoutineOutcome.DONE


def test_skip_jumps_to_the_next_stretch() -> None:
    clock = FakeClock()
    session, plan, began, heard = start(clock)
    heard += run(session, clock, 28, began)  # 2 s into the first hold of the left calf
    events = session.skip()
    assert [e.cue.text for e in events if isinstance(e, CueDue)] == [
        "Relax. Next: Calf stretch against the wall, right leg."
    ]
    snap = session.snapshot()
    assert (snap.step_index, snap.step_kind, snap.remaining) == (9, StepKind.PREPARE, 10)
    assert snap.hold_seconds_done == pytest.approx(2)
    heard += [(28.0, "position")]
    heard += run(session, clock, END - 86 + 2, began)
    # the right calf onwards, 58 s earlier than in a full run
    expected = [(t, k) for t, k in protocol_schedule() if t <= 28]
    expected += [(t - 58, k) for t, k in protocol_schedule() if t >= 86]
    assert heard == expected
    assert session.phase is Phase.ROUND_DONE
    session.better()
    assert session.snapshot().hold_seconds_done == pytest.approx(2 + 90)
    assert routine_outcome(session.snapshot(), plan) is RoutineOutcome.PARTIAL


def test_skip_from_a_rest_also_leaves_the_stretch() -> None:
    clock = FakeClock()
    session, _plan, began, _ = start(clock)
    run(session, clock, 40, began)  # in the first rest
    session.skip()
    assert session.snapshot().step_index == 9


def test_skip_in_the_last_stretch_ends_the_routine() -> None:
    clock = FakeClock()
    session, _plan, began, _ = start(clock)
    run(session, clock, 255, began)  # getting into position for the right hamstring
    events = session.skip()
    assert any(isinstance(e, PhaseChanged) and e.new is Phase.ROUND_DONE for e in events)


def test_stop_part_way_records_a_stopped_run() -> None:
    clock = FakeClock()
    session, plan, began, _ = start(clock)
    run(session, clock, 128, began)
    session.stop()
    snap = session.snapshot()
    assert snap.phase is Phase.ENDED
    assert snap.hold_seconds_done == pytest.approx(3 * 10 + 10 + 2)
    assert routine_outcome(snap, plan) is RoutineOutcome.STOPPED


def test_stop_while_paused() -> None:
    clock = FakeClock()
    session, plan, began, _ = start(clock)
    run(session, clock, 33, began)
    session.pause()
    clock.advance(60)
    session.stop()
    assert session.snapshot().hold_seconds_done == pytest.approx(7)
    assert routine_outcome(session.snapshot(), plan) is RoutineOutcome.STOPPED
