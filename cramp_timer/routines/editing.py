"""What the routine editor decides, without widgets: which routine is chosen, whether a
typed value may stand, and the change to save.

`RoutineEditing` holds the `RoutineStore` and the routine and step being edited. Each
edit is checked with the routine model's own rules (`routines.step_problems`,
`routines.routine_problems`), so the bounds live in one place; a refused value leaves
the stored routine as it was and comes back as one plain sentence naming the field
(`FieldError`). Every accepted change is saved at once through the store. The widget
(`ui.routine_editor`) only shows `EditorState` and reports what was typed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from cramp_timer.core import values
from cramp_timer.i18n import translate
from cramp_timer.routines.files import name_key
from cramp_timer.routines.model import (
    STEPS_MAX,
    STEPS_MIN,
    Problem,
    Routine,
    RoutineError,
    RoutineStep,
    Side,
    routine_problems,
    routine_title,
    step_problems,
    step_to_data,
)
from cramp_timer.routines.store import ImportResult, OnClash, RoutineStore, RoutineStoreError


class Field(str, Enum):
    """An editable field: the routine's own, then a step's."""

    PRESCRIBED_BY = "prescribed_by"
    NOTE = "note"
    STEP_NAME = "name"
    INSTRUCTION = "instruction"
    SIDE = "side"
    HOLD = "hold_seconds"
    REPETITIONS = "repetitions"
    REST = "rest_seconds"


ROUTINE_FIELDS = (Field.PRESCRIBED_BY, Field.NOTE)
NUMBER_FIELDS = (Field.HOLD, Field.REPETITIONS, Field.REST)


def field_label(field: Field) -> str:
    """The field's name in an error sentence."""
    labels = {
        Field.PRESCRIBED_BY: translate("routine_editing", "Prescribed by"),
        Field.NOTE: translate("routine_editing", "The note"),
        Field.STEP_NAME: translate("routine_editing", "The step's name"),
        Field.INSTRUCTION: translate("routine_editing", "The spoken instruction"),
        Field.SIDE: translate("routine_editing", "The side"),
        Field.HOLD: translate("routine_editing", "Hold (seconds)"),
        Field.REPETITIONS: translate("routine_editing", "Repetitions"),
        Field.REST: translate("routine_editing", "Rest (seconds)"),
    }
    return labels[field]


def side_title(side: Side) -> str:
    titles = {
        Side.LEFT: translate("routine_editing", "Left leg"),
        Side.RIGHT: translate("routine_editing", "Right leg"),
        Side.BOTH: translate("routine_editing", "Both legs"),
        Side.NONE: translate("routine_editing", "No side"),
    }
    return titles[side]


@dataclass(frozen=True)
class FieldError:
    field: Field
    message: str


@dataclass(frozen=True)
class RoutineRow:
    name: str  # the identifier
    title: str  # shown (built-in names translated)
    builtin: bool


@dataclass(frozen=True)
class EditorState:
    """Everything the page shows."""

    rows: tuple[RoutineRow, ...]
    routine: Routine | None  # the chosen one
    step: int  # the chosen step's index (-1: none)

    @property
    def read_only(self) -> bool:
        return self.routine is None or self.routine.builtin


class RoutineEditing:
    """The editor's decisions. Methods that change something raise `RoutineStoreError`
    (a sentence to show) when the store refuses; field edits return a `FieldError`."""

    def __init__(self, store: RoutineStore) -> None:
        self.store = store
        self._chosen: str | None = None
        self._step = 0

    # ---------------------------------------------------------------- reading

    def state(self) -> EditorState:
        routines = self.store.all()
        routine = self.store.get(self._chosen) if self._chosen is not None else None
        if routine is None and routines:
            routine = routines[0]
        self._chosen = routine.name if routine is not None else None
        step = -1
        if routine is not None:
            self._step = min(max(self._step, 0), len(routine.steps) - 1)
            step = self._step
        rows = tuple(RoutineRow(r.name, routine_title(r), r.builtin) for r in routines)
        return EditorState(rows, routine, step)

    @property
    def routine(self) -> Routine | None:
        return self.state().routine

    def choose(self, name: str) -> None:
        if name != self._chosen:
            self._chosen = name
            self._step = 0

    def choose_step(self, index: int) -> None:
        self._step = index

    def reload(self) -> bool:
        """Pick up a change made by another process (the command line)."""
        return self.store.reload_if_changed()

    def free_name(self, base: str) -> str:
        """``base``, or ``base (2)``, ``base (3)`` … whichever no routine has."""
        taken = {name_key(r.name) for r in self.store.all()}
        if name_key(base) not in taken:
            return base
        number = 2
        while name_key(f"{base} ({number})") in taken:
            number += 1
        return f"{base} ({number})"

    def copy_name(self, name: str) -> str:
        routine = self.store.get(name)
        title = routine_title(routine) if routine is not None else name
        return self.free_name(translate("routine_editing", "{name} (copy)").format(name=title))

    # ---------------------------------------------------------------- routines

    def new_routine(self, name: str) -> Routine:
        """A routine of one plain step, to change from there."""
        step = RoutineStep(
            name=translate("routine_editing", "Calf stretch"),
            instruction=translate(
                "routine_editing",
                "Sit with this leg straight out and pull the toes gently toward you.",
            ),
            side=Side.LEFT,
            hold_seconds=30,
            repetitions=3,
            rest_seconds=10,
        )
        try:
            routine = Routine(name=name, steps=(step,))
        except RoutineError as error:
            raise RoutineStoreError(_sentences(error.problems)) from None
        added = self.store.add(routine)
        self.choose(added.name)
        return added

    def duplicate(self, name: str, new_name: str) -> Routine:
        copy = self.store.duplicate(name, new_name)
        self.choose(copy.name)
        return copy

    def rename(self, old: str, new: str) -> Routine:
        renamed = self.store.rename(old, new)
        self._chosen = renamed.name
        return renamed

    def delete(self, name: str) -> None:
        self.store.delete(name)
        if self._chosen is not None and name_key(self._chosen) == name_key(name):
            self._chosen = None

    def import_file(self, path: Path, on_clash: OnClash = OnClash.REFUSE) -> ImportResult:
        result = self.store.import_file(path, on_clash)
        names = [*result.added, *result.replaced, *(new for _old, new in result.renamed)]
        if names:
            self.choose(names[0])
        return result

    def export(self, path: Path, names: Sequence[str] | None) -> tuple[str, ...]:
        return self.store.export(path, names)

    # ---------------------------------------------------------------- fields

    def edit_routine_field(self, field: Field, text: str) -> FieldError | None:
        """Prescribed by (empty: none) or the note."""
        routine = self._editable()
        if field is Field.PRESCRIBED_BY:
            value: str | None = text.strip() or None
            changed = values.replace(routine, prescribed_by=value) if _fits(
                routine, field, value) else None
        else:
            changed = values.replace(routine, note=text) if _fits(
                routine, field, text) else None
        if changed is None:
            data: dict[str, object] = {"name": routine.name, "steps": [], field.value: text}
            return self._field_error(field, routine_problems(data))
        if changed != routine:
            self.store.replace(changed)
        return None

    def edit_step_field(self, index: int, field: Field, text: str) -> FieldError | None:
        """One field of step ``index``, as typed (numbers as text)."""
        routine = self._editable()
        step = routine.steps[index]
        data = step_to_data(step)
        value: object = text
        if field in NUMBER_FIELDS:
            stripped = text.strip()
            value = int(stripped) if stripped.isascii() and stripped.isdigit() else stripped
        data[field.value] = value
        problems = step_problems(data)
        if problems:
            return self._field_error(field, problems)
        changed = RoutineStep(**data)  # type: ignore[arg-type]
        if changed != step:
            steps = (*routine.steps[:index], changed, *routine.steps[index + 1 :])
            self.store.replace(values.replace(routine, steps=steps))
        return None

    # ---------------------------------------------------------------- steps

    def add_step(self, after: int) -> int:
        """A copy of step ``after`` right below it (the usual next step is the other leg,
        so the copy takes the other side). Returns the new step's index."""
        routine = self._editable()
        if len(routine.steps) >= STEPS_MAX:
            raise RoutineStoreError(
                translate("routine_editing", "A routine has at most %n steps.", "", STEPS_MAX)
            )
        after = min(max(after, 0), len(routine.steps) - 1)
        base = routine.steps[after]
        other = {Side.LEFT: Side.RIGHT, Side.RIGHT: Side.LEFT}.get(base.side, base.side)
        new = values.replace(base, side=other)
        steps = (*routine.steps[: after + 1], new, *routine.steps[after + 1 :])
        self.store.replace(values.replace(routine, steps=steps))
        self._step = after + 1
        return self._step

    def remove_step(self, index: int) -> int:
        routine = self._editable()
        if len(routine.steps) <= STEPS_MIN:
            raise RoutineStoreError(
                translate(
                    "routine_editing",
                    "A routine needs at least one step. Delete the routine instead.",
                )
            )
        steps = routine.steps[:index] + routine.steps[index + 1 :]
        self.store.replace(values.replace(routine, steps=steps))
        self._step = min(index, len(steps) - 1)
        return self._step

    def move_step(self, index: int, by: int) -> int:
        """Move step ``index`` up (-1) or down (+1); returns where it is now."""
        routine = self._editable()
        target = index + by
        if not 0 <= index < len(routine.steps) or not 0 <= target < len(routine.steps):
            return index
        steps = list(routine.steps)
        steps[index], steps[target] = steps[target], steps[index]
        self.store.replace(values.replace(routine, steps=tuple(steps)))
        self._step = target
        return target

    # ---------------------------------------------------------------- internals

    def _editable(self) -> Routine:
        routine = self.state().routine
        if routine is None:
            raise RoutineStoreError(translate("routine_editing", "Choose a routine first."))
        if routine.builtin:
            raise RoutineStoreError(
                translate(
                    "routine_editing",
                    "This routine comes with Cramp Timer and cannot be changed. "
                    "Duplicate it and change the copy.",
                )
            )
        return routine

    @staticmethod
    def _field_error(field: Field, problems: Sequence[Problem]) -> FieldError:
        own = [p for p in problems if p.path.rsplit(".", 1)[-1] == field.value] or list(problems)
        named = [values.replace(p, path=field_label(field)) for p in own]
        return FieldError(field, _sentences(named))


def _fits(routine: Routine, field: Field, value: object) -> bool:
    data: dict[str, object] = {"name": routine.name, "steps": [], field.value: value}
    return not [p for p in routine_problems(data) if p.path == field.value]


def _sentences(problems: Sequence[Problem]) -> str:
    return " ".join(dict.fromkeys(p.message() for p in problems))
