"""Routines: bounds, validation paths, the built-in routines and the plans they make."""

from __future__ import annotations

import copy
import itertools
from pathlib import Path
from typing import Any

import pytest

import cramp_timer.routines.model as routines_module
from cramp_timer.core.session import StepKind
from cramp_timer.core.stretch import plan_texts
from cramp_timer.routines.model import (
    BEDTIME_STRETCH,
    BEDTIME_STRETCH_SEATED,
    COUNT_IN_SECONDS,
    DEFAULT_ROUTINE_NAME,
    EASE_IN_SECONDS,
    HOLD_SECONDS_MAX,
    HOLD_SECONDS_MIN,
    INSTRUCTION_MAX_LENGTH,
    NAME_MAX_LENGTH,
    POSITION_SECONDS,
    REPETITIONS_MAX,
    REPETITIONS_MIN,
    REST_SECONDS_MAX,
    REST_SECONDS_MIN,
    STEPS_MAX,
    Problem,
    Routine,
    RoutineError,
    RoutineStep,
    Rule,
    Side,
    bedtime_stretch,
    bedtime_stretch_seated,
    builtin_routines,
    find_routine,
    plan_seconds,
    routine_from_data,
    routine_plan,
    routine_problems,
    routine_seconds,
    routine_title,
    routine_to_data,
    spoken_seconds,
    step_problems,
)
from cramp_timer.storage.diary import RoutineOutcome


def step_data(**changes: object) -> dict[str, object]:
    data: dict[str, object] = {
        "name": "Calf stretch",
        "instruction": "Lean on the wall with this leg back.",
        "side": "left",
        "hold_seconds": 10,
        "repetitions": 3,
        "rest_seconds": 10,
    }
    data.update(changes)
    return data


def routine_data(*steps: dict[str, object], **changes: object) -> dict[str, object]:
    data: dict[str, object] = {"name": "Evening", "steps": list(steps) or [step_data()]}
    data.update(changes)
    return data


def one_step(**changes: Any) -> RoutineStep:
    values: dict[str, Any] = {
        "name": "Calf stretch",
        "instruction": "Lean on the wall with this leg back.",
        "side": Side.LEFT,
        "hold_seconds": 10,
        "repetitions": 3,
        "rest_seconds": 10,
    }
    values.update(changes)
    return RoutineStep(**values)


def found(problems: list[Problem]) -> list[tuple[str, Rule, object]]:
    return [(p.path, p.rule, p.value) for p in problems]


# ---------------------------------------------------------------- bounds


NUMBER_BOUNDS = [
    ("hold_seconds", HOLD_SECONDS_MIN, HOLD_SECONDS_MAX),
    ("repetitions", REPETITIONS_MIN, REPETITIONS_MAX),
    ("rest_seconds", REST_SECONDS_MIN, REST_SECONDS_MAX),
]


def test_the_bounds_are_the_agreed_ones() -> None:
    assert NUMBER_BOUNDS == [
        ("hold_seconds", 5, 120),
        ("repetitions", 1, 10),
        ("rest_seconds", 0, 60),
    ]
    assert (INSTRUCTION_MAX_LENGTH, NAME_MAX_LENGTH) == (300, 80)


@pytest.mark.parametrize(("key", "low", "high"), NUMBER_BOUNDS)
def test_whole_number_fields_accept_exactly_their_range(key: str, low: int, high: int) -> None:
    for value in (low, high):
        assert step_problems(step_data(**{key: value})) == []
        assert getattr(one_step(**{key: value}), key) == value
    for value in (low - 1, high + 1, float(low), True, str(low), None):
        if isinstance(value, bool) and key == "rest_seconds" and value is False:
            continue
        problems = step_problems(step_data(**{key: value}))
        assert found(problems) == [(key, Rule.WHOLE_NUMBER, value)]
        assert (problems[0].low, problems[0].high) == (low, high)
        with pytest.raises(RoutineError):
            one_step(**{key: value})


@pytest.mark.parametrize(
    ("key", "high"), [("name", NAME_MAX_LENGTH), ("instruction", INSTRUCTION_MAX_LENGTH)]
)
def test_text_fields_take_1_to_max_characters_on_one_line(key: str, high: int) -> None:
    for value in ("x", "x" * high, "Ü ünïcode ✓"):
        assert step_problems(step_data(**{key: value})) == []
    for value in ("", "   ", "x" * (high + 1), "two\nlines", "tab\there", "\ud800", 7, None):
        assert found(step_problems(step_data(**{key: value}))) == [(key, Rule.LINE, value)]


def test_side_is_one_of_four() -> None:
    for side in ("left", "right", "both", "none"):
        assert step_problems(step_data(side=side)) == []
    [problem] = step_problems(step_data(side="LEFT"))
    assert (problem.rule, problem.choices) == (Rule.CHOICE, ("left", "right", "both", "none"))
    assert one_step(side="right").side is Side.RIGHT  # the text value becomes the member


def test_a_routine_needs_1_to_max_steps() -> None:
    assert found(routine_problems(routine_data(steps=[]))) == [("steps", Rule.LIST, [])]
    many = [step_data()] * (STEPS_MAX + 1)
    assert found(routine_problems(routine_data(steps=many))) == [("steps", Rule.LIST, many)]
    assert routine_problems(routine_data(steps=[step_data()] * STEPS_MAX)) == []
    assert found(routine_problems(routine_data(steps="lots"))) == [("steps", Rule.LIST, "lots")]


def test_routine_text_fields() -> None:
    assert routine_problems(routine_data(note="", prescribed_by=None)) == []
    assert routine_problems(routine_data(note="Line one\nline two", prescribed_by="Dr. Ha")) == []
    assert found(routine_problems(routine_data(name="x" * 81))) == [("name", Rule.LINE, "x" * 81)]
    assert found(routine_problems(routine_data(note="x" * 1001))) == [
        ("note", Rule.TEXT, "x" * 1001)
    ]
    assert found(routine_problems(routine_data(note="bell\a"))) == [("note", Rule.TEXT, "bell\a")]
    assert found(routine_problems(routine_data(prescribed_by=""))) == [
        ("prescribed_by", Rule.LINE, "")
    ]


# ---------------------------------------------------------------- validation paths


def test_every_problem_is_named_by_its_path() -> None:
    data = routine_data(
        step_data(),
        step_data(side="middle"),
        step_data(),
        step_data(hold_seconds=200, repetitions=0, extra=1),
        "not a step",
        {"name": "Half a step"},
        name="",
        colour="blue",
    )
    assert found(routine_problems(data)) == [
        ("colour", Rule.UNKNOWN, "colour"),
        ("name", Rule.LINE, ""),
        ("steps[1].side", Rule.CHOICE, "middle"),
        ("steps[3].extra", Rule.UNKNOWN, "extra"),
        ("steps[3].hold_seconds", Rule.WHOLE_NUMBER, 200),
        ("steps[3].repetitions", Rule.WHOLE_NUMBER, 0),
        ("steps[4]", Rule.OBJECT, "not a step"),
        ("steps[5].instruction", Rule.REQUIRED, None),
        ("steps[5].side", Rule.REQUIRED, None),
        ("steps[5].hold_seconds", Rule.REQUIRED, None),
        ("steps[5].repetitions", Rule.REQUIRED, None),
        ("steps[5].rest_seconds", Rule.REQUIRED, None),
    ]


def test_a_path_prefix_places_a_nested_routine() -> None:
    problems = routine_problems(routine_data(step_data(rest_seconds=61)), path="routines[2]")
    assert found(problems) == [("routines[2].steps[0].rest_seconds", Rule.WHOLE_NUMBER, 61)]
    assert found(routine_problems([], path="routines[0]")) == [("routines[0]", Rule.OBJECT, [])]
    assert found(routine_problems({})) == [
        ("name", Rule.REQUIRED, None),
        ("steps", Rule.REQUIRED, None),
    ]


def test_problems_read_well_in_logs_and_on_screen() -> None:
    [problem] = routine_problems(routine_data(step_data(), step_data(hold_seconds=200)))
    assert str(problem) == "steps[1].hold_seconds: must be a whole number from 5 to 120 (got 200)"
    assert problem.message() == "steps[1].hold_seconds must be a whole number from 5 to 120."
    [missing] = routine_problems({"steps": [step_data()]})
    assert str(missing) == "name: is required"
    assert missing.message() == "name is missing."
    assert Problem("", Rule.OBJECT, 3).message() == "The routine must be a group of named values."
    for rule in Rule:  # every rule has words in both forms
        sample = Problem("x", rule, 1, 1, 2, ("a",))
        assert sample.requirement and sample.message().startswith("x ")


def test_routine_error_carries_every_problem() -> None:
    with pytest.raises(RoutineError) as caught:
        routine_from_data(routine_data(step_data(hold_seconds=1, repetitions=11)))
    assert [p.path for p in caught.value.problems] == [
        "steps[0].hold_seconds",
        "steps[0].repetitions",
    ]
    assert "steps[0].hold_seconds" in str(caught.value)


def test_value_objects_check_themselves() -> None:
    with pytest.raises(RoutineError) as caught:
        Routine("Evening", ())
    assert found(list(caught.value.problems)) == [("steps", Rule.LIST, [])]
    with pytest.raises(RoutineError) as caught:
        Routine("Evening", (step_data(),))  # type: ignore[arg-type]
    assert found(list(caught.value.problems)) == [("steps[0]", Rule.OBJECT, step_data())]
    with pytest.raises(RoutineError, match="builtin"):
        Routine("Evening", (one_step(),), builtin="yes")  # type: ignore[arg-type]
    listed = Routine("Evening", [one_step()])  # type: ignore[arg-type]
    assert listed.steps == (one_step(),)


def test_data_round_trip() -> None:
    for routine in builtin_routines():
        data = routine_to_data(routine)
        assert "builtin" not in data
        again = routine_from_data(copy.deepcopy(data))
        assert again.builtin is False
        assert routine_to_data(again) == data
        assert again.steps == routine.steps
    custom = Routine(
        "Mum's stretch",
        (one_step(side=Side.BOTH),),
        note="Slowly.",
        prescribed_by="Physio A. Jones",
    )
    assert routine_from_data(routine_to_data(custom)) == custom


# ---------------------------------------------------------------- built-in routines


def test_the_built_in_routines() -> None:
    standing, seated = builtin_routines()
    assert (standing.name, seated.name) == (BEDTIME_STRETCH, BEDTIME_STRETCH_SEATED)
    assert DEFAULT_ROUTINE_NAME == "Bedtime stretch"
    assert standing.builtin and seated.builtin
    assert find_routine("Bedtime stretch (seated)", builtin_routines()) == seated
    assert find_routine("Gone", builtin_routines()) is None
    assert routine_title(standing) == "Bedtime stretch"
    assert routine_title(Routine("Mine", (one_step(),))) == "Mine"
    assert "wall" in standing.steps[0].name.lower()
    assert "towel" in seated.steps[0].instruction


@pytest.mark.parametrize(
    "routine", [bedtime_stretch(), bedtime_stretch_seated()], ids=["standing", "seated"]
)
def test_built_ins_follow_the_trial_protocol(routine: Routine) -> None:
    # calf then hamstring, each leg, 3 x 10 s holds with 10 s relaxed between
    assert [s.side for s in routine.steps] == [Side.LEFT, Side.RIGHT, Side.LEFT, Side.RIGHT]
    assert routine.steps[0].name == routine.steps[1].name != routine.steps[2].name
    assert "calf" in routine.steps[0].name.lower()
    assert "hamstring" in routine.steps[2].name.lower()
    for step in routine.steps:
        assert (step.hold_seconds, step.repetitions, step.rest_seconds) == (10, 3, 10)
    plan = routine_plan(routine)
    kinds = [s.kind for s in plan]
    assert kinds.count(StepKind.HOLD) == 12
    assert kinds.count(StepKind.REST) == 8
    assert kinds.count(StepKind.PREPARE) == 4
    assert kinds.count(StepKind.EASE_IN) == 12
    # each 10 s count starts once the person is in the stretch
    for before, hold in itertools.pairwise(plan):
        if hold.kind is StepKind.HOLD:
            assert before.kind is StepKind.EASE_IN and before.seconds == EASE_IN_SECONDS
    holding = sum(s.seconds for s in plan if s.kind in (StepKind.HOLD, StepKind.REST))
    assert holding == 12 * 10 + 8 * 10  # 3 min 20 s of stretching and relaxing


def test_built_in_totals_are_about_five_and_a_half_minutes() -> None:
    # 200 s of stretches and rests, 60 s of moving into them, plus time to get into
    # position for each stretch (docs/health-sources.md says why not the trial's 3 min)
    assert routine_seconds(bedtime_stretch()) == 326  # 5 min 26 s
    assert routine_seconds(bedtime_stretch_seated()) == 325  # 5 min 25 s
    for routine in builtin_routines():
        assert 300 <= routine_seconds(routine) <= 360
        assert plan_seconds(routine_plan(routine)) == routine_seconds(routine)


@pytest.mark.parametrize(
    "routine", [bedtime_stretch(), bedtime_stretch_seated()], ids=["standing", "seated"]
)
def test_every_hold_says_keep_breathing_and_every_stretch_pulls_firmly_not_hurting(
        routine: Routine) -> None:
    for step in routine_plan(routine):
        if step.kind is StepKind.HOLD:
            assert "keep breathing" in step.cues[0].text.lower()
        if step.kind is StepKind.EASE_IN:
            assert "into the stretch" in step.cues[0].text.lower()
            assert "firm, not painful" in step.cues[0].text.lower()
    for step in routine.steps:
        assert "pulls firmly" in step.instruction and "not hurt" in step.instruction
    assert "pull firmly but never hurt" in routine.note
    assert "never hold your breath" in routine.note


# ---------------------------------------------------------------- the plan


def test_the_plan_of_one_stretch() -> None:
    routine = Routine("Evening", (one_step(),))
    prepare, ease1, hold1, rest1, ease2, hold2, rest2, ease3, hold3 = routine_plan(routine)
    assert [s.kind for s in (prepare, ease1, hold1, rest1, ease2, hold2, rest2, ease3,
                             hold3)] == [
        StepKind.PREPARE,
        StepKind.EASE_IN,
        StepKind.HOLD,
        StepKind.REST,
        StepKind.EASE_IN,
        StepKind.HOLD,
        StepKind.REST,
        StepKind.EASE_IN,
        StepKind.HOLD,
    ]
    assert [(c.key, c.text, c.at_remaining) for c in ease1.cues] == [
        ("ease-in", "Slowly into the stretch: firm, not painful.", EASE_IN_SECONDS)
    ]
    assert ease2.title == "Calf stretch, left leg: move into stretch 2 of 3"
    assert prepare.seconds == POSITION_SECONDS
    assert [(c.key, c.text, c.at_remaining) for c in prepare.cues] == [
        ("position", "Calf stretch, left leg. Lean on the wall with this leg back.", 10),
        ("count-3", "Three.", 3),
        ("count-2", "Two.", 2),
        ("count-1", "One.", 1),
    ]
    assert prepare.title == "Calf stretch, left leg\nLean on the wall with this leg back."
    assert [(c.key, c.text, c.at_remaining) for c in hold1.cues] == [
        ("hold", "Hold it there. Keep breathing.", 10)
    ]
    assert hold1.title == "Calf stretch, left leg: stretch 1 of 3"
    assert [(c.key, c.text, c.at_remaining) for c in rest1.cues] == [
        ("relax", "Relax.", 10),
        ("count-3", "Three.", 3),
        ("count-2", "Two.", 2),
        ("count-1", "One.", 1),
    ]
    assert rest1.title == "Relax. Stretch 2 of 3 comes next."
    assert [(c.key, c.at_remaining) for c in hold3.cues] == [("hold", 10), ("finished", 0)]
    assert hold3.cues[-1].text == "Relax. That is the whole routine. Sleep well."
    assert {s.group for s in (prepare, ease1, hold1, rest1, ease2, hold2, rest2, ease3,
                              hold3)} == {0}
    assert [c.key for s in routine_plan(routine) for c in s.cues if c.chime] == [
        "position",
        "hold",
        "relax",
        "hold",
        "relax",
        "hold",
        "finished",
    ]


def test_the_other_leg_is_announced_without_repeating_the_instruction() -> None:
    plan = routine_plan(bedtime_stretch())
    prepares = [s for s in plan if s.kind is StepKind.PREPARE]
    spoken = [s.cues[0].text for s in prepares]
    assert spoken[0].startswith("Calf stretch against the wall, left leg. Face a wall")
    assert spoken[1] == "Relax. Next: Calf stretch against the wall, right leg."
    assert spoken[2].startswith("Relax. Next: Standing hamstring stretch, left leg. Hold on")
    assert spoken[3] == "Relax. Next: Standing hamstring stretch, right leg."
    # the instruction stays on screen for both legs
    assert all(bedtime_stretch().steps[i].instruction in prepares[i].title for i in range(4))
    assert [s.group for s in prepares] == [0, 1, 2, 3]


@pytest.mark.parametrize(
    "routine", [bedtime_stretch(), bedtime_stretch_seated()], ids=["standing", "seated"]
)
def test_each_spoken_position_line_ends_before_the_count_in(routine: Routine) -> None:
    for step in routine_plan(routine):
        if step.kind is StepKind.PREPARE:
            line = step.cues[0].text
            assert spoken_seconds(line) + COUNT_IN_SECONDS <= step.seconds
            assert step.seconds == max(POSITION_SECONDS, spoken_seconds(line) + COUNT_IN_SECONDS)


def test_a_slower_voice_gets_longer_to_say_the_get_ready_line() -> None:
    routine = bedtime_stretch()
    default = routine_plan(routine)
    assert routine_plan(routine, 150) == default  # the default voice keeps the 2-a-second pace
    slow, fast = routine_plan(routine, 80), routine_plan(routine, 220)
    assert fast == default
    for d, s in zip(default, slow, strict=True):
        if d.kind is StepKind.PREPARE:
            line = d.cues[0].text
            words = len(line.split())
            assert s.seconds - COUNT_IN_SECONDS >= words * 60 / 80  # room for every word
            assert s.seconds == max(POSITION_SECONDS, spoken_seconds(line, 80) + COUNT_IN_SECONDS)
        elif d.kind is StepKind.EASE_IN:  # its line is said whole before the count starts
            assert s.seconds == max(EASE_IN_SECONDS, spoken_seconds(d.cues[0].text, 80)) > 5
        else:
            assert s == d  # holds and rests are the routine's own
    longest = max(s.seconds for s in slow if s.kind is StepKind.PREPARE)
    assert longest - COUNT_IN_SECONDS >= 25  # espeak-ng said that line in 24.9 s at 80


def test_a_long_instruction_gets_a_longer_position_step() -> None:
    long = " ".join(["word"] * 40)
    prepare = routine_plan(Routine("Long", (one_step(instruction=long),)))[0]
    assert prepare.seconds == spoken_seconds(prepare.cues[0].text) + COUNT_IN_SECONDS
    assert prepare.seconds == 22 + 3  # 44 words at 2 a second, then "Three. Two. One."


def test_sides_name_the_leg() -> None:
    titles = [routine_plan(Routine("S", (one_step(side=side),)))[0].cues[0].text for side in Side]
    assert titles == [
        "Calf stretch, left leg. Lean on the wall with this leg back.",
        "Calf stretch, right leg. Lean on the wall with this leg back.",
        "Calf stretch, both legs. Lean on the wall with this leg back.",
        "Calf stretch. Lean on the wall with this leg back.",
    ]


def test_rest_and_hold_options_shape_the_plan() -> None:
    no_rest = routine_plan(Routine("R", (one_step(rest_seconds=0),)))
    assert [s.kind for s in no_rest] == [StepKind.PREPARE] + [StepKind.EASE_IN,
                                                              StepKind.HOLD] * 3
    short_rest = routine_plan(Routine("R", (one_step(rest_seconds=4),)))[3]
    assert [c.key for c in short_rest.cues] == ["relax"]  # no room for a count-in
    long_hold = routine_plan(Routine("R", (one_step(hold_seconds=30, repetitions=1),)))[2]
    assert [(c.key, c.at_remaining) for c in long_hold.cues] == [
        ("hold", 30),
        ("halfway", 15),
        ("finished", 0),
    ]
    single = routine_plan(Routine("R", (one_step(repetitions=1),)))
    assert [s.kind for s in single] == [StepKind.PREPARE, StepKind.EASE_IN, StepKind.HOLD]


def test_plan_texts_are_few_and_ready_to_render() -> None:
    texts = plan_texts(routine_plan(bedtime_stretch()))
    assert len(texts) == 11  # 4 position lines, ease in, hold, relax, 3 2 1, the end
    assert "Hold it there. Keep breathing." in texts and "Relax." in texts


# ---------------------------------------------------------------- the outcome


def test_module_has_no_qt_widgets() -> None:
    source = Path(routines_module.__file__).read_text(encoding="utf-8")
    assert "QtWidgets" not in source and "QtGui" not in source
    assert "open(" not in source  # no file I/O here


def test_outcome_needs_an_ended_run() -> None:
    from cramp_timer.core.clock import FakeClock
    from cramp_timer.core.session import Session
    from cramp_timer.routines.model import routine_outcome

    plan = routine_plan(Routine("R", (one_step(repetitions=1),)))
    session = Session(FakeClock(), lambda _n: plan)
    session.start()
    with pytest.raises(ValueError, match="not ended"):
        routine_outcome(session.snapshot(), plan)
    session.stop()
    assert routine_outcome(session.snapshot(), plan) is RoutineOutcome.STOPPED
