"""Which stretch, side and hold a routine run is on, read off the plan's position, for
every step of the built-in routines and of a routine without rests."""

from __future__ import annotations

from cramp_timer.core.session import StepKind
from cramp_timer.routines.model import Routine, RoutineStep, Side, bedtime_stretch, routine_plan
from cramp_timer.routines.progress import progress_text, routine_progress


def test_every_step_of_the_bedtime_routine_has_its_place() -> None:
    routine = bedtime_stretch()
    plan = routine_plan(routine)
    places = [routine_progress(routine, index) for index in range(len(plan))]
    assert None not in places
    assert routine_progress(routine, len(plan)) is None
    for step, place in zip(plan, places, strict=True):
        assert place is not None
        assert place.getting_ready is (step.kind is StepKind.PREPARE)
        assert place.resting is (step.kind is StepKind.REST)
        assert step.group == place.stretch - 1  # the plan's own grouping agrees
        if step.kind is StepKind.HOLD:  # the hold's title says its number too
            assert f"stretch {place.hold} of {place.holds}" in step.title
    second = places[1]
    assert second is not None
    assert progress_text(second) == f"Stretch 1 of {len(routine.steps)} · left leg · hold 1 of 3"
    assert places[2] == second  # the move into the stretch, then its hold
    assert progress_text(places[3]) == (  # type: ignore[arg-type]
        f"Stretch 1 of {len(routine.steps)} · left leg · rest, then hold 2 of 3")
    assert progress_text(places[9]) == (  # type: ignore[arg-type]
        f"Stretch 2 of {len(routine.steps)} · right leg · get ready")


def test_a_routine_without_rests_counts_its_holds() -> None:
    routine = Routine("Quick", (
        RoutineStep("Ankle circles", "Draw circles.", Side.NONE, 10, 2, 0),
        RoutineStep("Calf", "Lean on the wall.", Side.BOTH, 10, 1, 5),
    ))
    texts = [progress_text(p) for p in (routine_progress(routine, i) for i in range(8)) if p]
    # each hold twice: the move into the stretch, then the hold itself
    assert texts == ["Stretch 1 of 2 · get ready", *["Stretch 1 of 2 · hold 1 of 2"] * 2,
                     *["Stretch 1 of 2 · hold 2 of 2"] * 2,
                     "Stretch 2 of 2 · both legs · get ready",
                     *["Stretch 2 of 2 · both legs · hold 1 of 1"] * 2]
    assert len(routine_plan(routine)) == 8
