"""The routine editor's decisions, without widgets."""

from __future__ import annotations

from pathlib import Path

import pytest

from cramp_timer.routines.editing import Field, RoutineEditing
from cramp_timer.routines.model import (
    BEDTIME_STRETCH,
    REPETITIONS_MAX,
    STEPS_MAX,
    Routine,
    RoutineStep,
    Side,
)
from cramp_timer.routines.store import RoutineStore, RoutineStoreError
from cramp_timer.storage.paths import AppPaths


@pytest.fixture
def editing(private_home: Path) -> RoutineEditing:
    paths = AppPaths.default()
    paths.ensure()
    return RoutineEditing(RoutineStore(paths))


def one_step(name: str = "Mine") -> Routine:
    return Routine(name, (RoutineStep("Calf", "Pull the toes up.", Side.LEFT, 20, 2, 5),))


def test_the_first_routine_is_chosen_and_built_ins_are_read_only(
        editing: RoutineEditing) -> None:
    state = editing.state()
    assert state.routine is not None and state.routine.name == BEDTIME_STRETCH
    assert state.read_only and state.step == 0
    with pytest.raises(RoutineStoreError, match="Duplicate it"):
        editing.add_step(0)
    with pytest.raises(RoutineStoreError, match="cannot be changed"):
        editing.edit_step_field(0, Field.HOLD, "30")


def test_field_errors_use_the_models_bounds_and_change_nothing(editing: RoutineEditing) -> None:
    editing.store.add(one_step())
    editing.choose("Mine")
    error = editing.edit_step_field(0, Field.REPETITIONS, str(REPETITIONS_MAX + 1))
    assert error is not None and error.field is Field.REPETITIONS
    assert error.message == f"Repetitions must be a whole number from 1 to {REPETITIONS_MAX}."
    assert editing.edit_step_field(0, Field.HOLD, "-3") is not None
    assert editing.edit_step_field(0, Field.STEP_NAME, "   ") is not None
    assert editing.store.get("Mine") == one_step()
    assert editing.edit_step_field(0, Field.HOLD, " 12 ") is None
    routine = editing.store.get("Mine")
    assert routine is not None and routine.steps[0].hold_seconds == 12


def test_prescribed_by_is_one_line_and_empty_means_none(editing: RoutineEditing) -> None:
    editing.store.add(one_step())
    editing.choose("Mine")
    error = editing.edit_routine_field(Field.PRESCRIBED_BY, "x" * 81)
    assert error is not None and error.message.startswith("Prescribed by must be one line")
    assert editing.edit_routine_field(Field.PRESCRIBED_BY, "Dr. Ames") is None
    assert editing.edit_routine_field(Field.PRESCRIBED_BY, "  ") is None
    routine = editing.store.get("Mine")
    assert routine is not None and routine.prescribed_by is None


def test_steps_keep_between_one_and_the_most(editing: RoutineEditing) -> None:
    editing.store.add(one_step())
    editing.choose("Mine")
    with pytest.raises(RoutineStoreError, match="at least one step"):
        editing.remove_step(0)
    for _ in range(STEPS_MAX - 1):
        editing.add_step(editing.state().step)
    with pytest.raises(RoutineStoreError, match=f"at most {STEPS_MAX}"):
        editing.add_step(0)
    assert editing.move_step(0, -1) == 0  # already at the top: nothing moves


def test_names_for_new_routines_and_copies_are_free(editing: RoutineEditing) -> None:
    assert editing.free_name("Evening") == "Evening"
    editing.store.add(one_step("Evening"))
    assert editing.free_name("evening") == "evening (2)"
    assert editing.copy_name(BEDTIME_STRETCH) == "Bedtime stretch (copy)"
    editing.duplicate(BEDTIME_STRETCH, editing.copy_name(BEDTIME_STRETCH))
    assert editing.copy_name(BEDTIME_STRETCH) == "Bedtime stretch (copy) (2)"
    assert editing.state().routine is not None
    assert editing.state().routine.name == "Bedtime stretch (copy)"  # type: ignore[union-attr]
