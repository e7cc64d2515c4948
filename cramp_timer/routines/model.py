"""Bedtime routines: value objects, their rules, the built-in routines, and their plans.

A `Routine` is a named list of `RoutineStep`s. Each step is one stretch on one side
(left leg, right leg, both, or no side): get into position, then ``repetitions`` holds
of ``hold_seconds`` with ``rest_seconds`` relaxed between them. `routine_plan` turns a
routine into the timed steps and spoken cues that `session.Session` runs.

Validation works on the plain JSON shape of a routine (dicts, lists, strings, numbers),
so a routine file reader can use it unchanged: `routine_problems(data)` lists every
problem with its path (``steps[3].hold_seconds``), the rule it breaks and the value.
The value objects check themselves with the same rules on construction. Nothing here
reads or writes files.

The built-in routines follow the protocol of Hallegraeff et al., J Physiother
2012;58:17-22: a calf stretch and a hamstring stretch, each leg, each held 10 s, three
times, with 10 s relaxed between.
"""

from __future__ import annotations

import math
import re
import reprlib
from collections.abc import Mapping, Sequence
from enum import Enum

from cramp_timer.core.values import frozen
from cramp_timer.i18n import translate

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Final, TypeVar

    from cramp_timer.core.records import RoutineOutcome
    from cramp_timer.core.session import Cue, Plan, Snapshot, Step

    _T = TypeVar("_T")

# ------------------------------------------------------------------------ the bounds

NAME_MIN_LENGTH: Final = 1
NAME_MAX_LENGTH: Final = 80
INSTRUCTION_MIN_LENGTH: Final = 1
INSTRUCTION_MAX_LENGTH: Final = 300
NOTE_MAX_LENGTH: Final = 1000
PRESCRIBED_BY_MAX_LENGTH: Final = 80
HOLD_SECONDS_MIN: Final = 5
HOLD_SECONDS_MAX: Final = 120
REPETITIONS_MIN: Final = 1
REPETITIONS_MAX: Final = 10
REST_SECONDS_MIN: Final = 0
REST_SECONDS_MAX: Final = 60
STEPS_MIN: Final = 1
STEPS_MAX: Final = 20

# ------------------------------------------------------------------------ the plan's timing

# The shortest time to get into position (or to change legs) before the first hold.
POSITION_SECONDS: Final = 10
# The spoken instruction must end before the count-in starts. 2 words a second is a little
# slower than the default voice (150 words a minute), which leaves room for the pauses.
SPOKEN_WORDS_PER_SECOND: Final = 2.0
# A slower voice takes longer: espeak-ng said the longest built-in get-ready line (32 words)
# in 24.9 s at 80 words a minute, 13.6 s at 150 and 8.9 s at 220, about 1.04 times the
# words' share of a minute plus its pauses. This allows 1.1 times, plus half a second.
SPOKEN_PACE_ALLOWANCE: Final = 1.1
SPOKEN_PAUSE_SECONDS: Final = 0.5
# "Three. Two. One." before each hold, one word a second.
COUNT_IN_SECONDS: Final = 3
# The moment to move into the stretch before each hold's count starts (longer if its
# spoken line needs it): the trial's 10 s are 10 s *in* the stretch.
EASE_IN_SECONDS: Final = 5
# A rest this short gets no count-in: "Relax." needs its own moment first.
COUNT_IN_MIN_REST: Final = 5
# Holds this long get a "Halfway." cue.
HALFWAY_MIN_HOLD: Final = 20


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name pyside6-lupdate looks for
    """Mark ``text`` for translation without translating it now."""
    return text


# The built-in routines' names are also their identifiers (in the settings and the diary),
# so they stay in English; show them through `routine_title`.
BEDTIME_STRETCH: Final = QT_TRANSLATE_NOOP("routines", "Bedtime stretch")
BEDTIME_STRETCH_SEATED: Final = QT_TRANSLATE_NOOP("routines", "Bedtime stretch (seated)")
DEFAULT_ROUTINE_NAME: Final = BEDTIME_STRETCH


class Side(str, Enum):
    """Which leg a step works on."""

    LEFT = "left"
    RIGHT = "right"
    BOTH = "both"
    NONE = "none"  # not about one leg (or the instruction says which)


# ------------------------------------------------------------------------ problems


class Rule(str, Enum):
    """The kinds of rule a routine's data can break."""

    REQUIRED = "required"  # a field is missing
    UNKNOWN = "unknown"  # a field that is not part of a routine
    OBJECT = "object"  # must be an object (a mapping)
    LINE = "line"  # text of low..high characters on one line, not blank
    TEXT = "text"  # text of low..high characters (line breaks allowed)
    WHOLE_NUMBER = "whole_number"  # a whole number from low to high
    CHOICE = "choice"  # one of `choices`
    LIST = "list"  # a list of low..high items
    FLAG = "flag"  # true or false


@frozen
class Problem:
    """One thing wrong in a routine: where (``steps[3].hold_seconds``), which rule, what value.

    ``str(problem)`` is plain English for logs; `message` is the translated sentence to
    show a person.
    """

    path: str
    rule: Rule
    value: object = None
    low: int | None = None
    high: int | None = None
    choices: tuple[str, ...] = ()

    @property
    def requirement(self) -> str:
        """The rule in English, e.g. "must be a whole number from 5 to 120"."""
        rule = self.rule
        if rule is Rule.REQUIRED:
            return "is required"
        if rule is Rule.UNKNOWN:
            return "is not a known field"
        if rule is Rule.OBJECT:
            return "must be an object"
        if rule is Rule.LINE:
            return f"must be text of {self.low} to {self.high} characters on one line"
        if rule is Rule.TEXT:
            return f"must be text of {self.low} to {self.high} characters"
        if rule is Rule.WHOLE_NUMBER:
            return f"must be a whole number from {self.low} to {self.high}"
        if rule is Rule.CHOICE:
            return "must be one of: " + ", ".join(repr(c) for c in self.choices)
        if rule is Rule.LIST:
            return f"must be a list of {self.low} to {self.high} items"
        return "must be true or false"

    def __str__(self) -> str:
        if self.rule in (Rule.REQUIRED, Rule.UNKNOWN):
            return f"{self.path}: {self.requirement}"
        return f"{self.path}: {self.requirement} (got {reprlib.repr(self.value)})"

    def message(self) -> str:
        """The problem as a plain sentence for the person at the screen."""
        rule = self.rule
        if rule is Rule.REQUIRED:
            text = translate("routines", "{path} is missing.")
        elif rule is Rule.UNKNOWN:
            text = translate("routines", "{path} is not part of a routine.")
        elif rule is Rule.OBJECT:
            text = translate("routines", "{path} must be a group of named values.")
        elif rule is Rule.LINE:
            text = translate("routines", "{path} must be one line of {low} to {high} characters.")
        elif rule is Rule.TEXT:
            text = translate("routines", "{path} must be text of {low} to {high} characters.")
        elif rule is Rule.WHOLE_NUMBER:
            text = translate("routines", "{path} must be a whole number from {low} to {high}.")
        elif rule is Rule.CHOICE:
            text = translate("routines", "{path} must be one of: {choices}.")
        elif rule is Rule.LIST:
            text = translate("routines", "{path} must be a list of {low} to {high} items.")
        else:
            text = translate("routines", "{path} must be true or false.")
        return text.format(
            path=self.path or translate("routines", "The routine"),
            low=self.low,
            high=self.high,
            choices=", ".join(self.choices),
        )


class RoutineError(ValueError):
    """A routine breaks its rules. ``problems`` lists each one."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems = tuple(problems)
        super().__init__("; ".join(str(p) for p in self.problems))


# ------------------------------------------------------------------------ value objects


@frozen
class RoutineStep:
    """One stretch on one side: get into position, then ``repetitions`` timed holds."""

    name: str  # a short name, e.g. "Calf stretch against the wall"
    instruction: str  # what to do, spoken while the person gets into position
    side: Side
    hold_seconds: int
    repetitions: int
    rest_seconds: int  # relaxed between two holds

    def __post_init__(self) -> None:
        if isinstance(self.side, str) and not isinstance(self.side, Side):
            side = _member(Side, self.side)
            if side is not None:
                object.__setattr__(self, "side", side)
        problems = step_problems(step_to_data(self))
        if problems:
            raise RoutineError(problems)


@frozen
class Routine:
    name: str
    steps: tuple[RoutineStep, ...]
    note: str = ""  # why and how, shown before the routine starts
    prescribed_by: str | None = None  # who set it up, e.g. a physiotherapist
    builtin: bool = False

    def __post_init__(self) -> None:
        if isinstance(self.steps, list):
            object.__setattr__(self, "steps", tuple(self.steps))
        problems = routine_problems(routine_to_data(self))
        if not isinstance(self.builtin, bool):
            problems.append(Problem("builtin", Rule.FLAG, self.builtin))
        if isinstance(self.steps, tuple):
            # A plain mapping passes the data rules; as a step object it does not.
            problems += [
                Problem(f"steps[{index}]", Rule.OBJECT, step)
                for index, step in enumerate(self.steps)
                if isinstance(step, Mapping)
            ]
        if problems:
            raise RoutineError(problems)


# ------------------------------------------------------------------------ the data shape

_STEP_KEYS: Final = ("name", "instruction", "side", "hold_seconds", "repetitions", "rest_seconds")
_STEP_KEY_SET: Final = frozenset(_STEP_KEYS)
_SIDES: Final = {side.value: side for side in Side}  # (a lookup, not Side(value): faster)
_SIDE_VALUES: Final = frozenset(_SIDES)
_ROUTINE_KEYS: Final = ("name", "note", "prescribed_by", "steps")
_ROUTINE_REQUIRED: Final = ("name", "steps")


def step_to_data(step: RoutineStep) -> dict[str, object]:
    """The plain JSON shape of a step."""
    side: object = step.side.value if isinstance(step.side, Side) else step.side
    return {
        "name": step.name,
        "instruction": step.instruction,
        "side": side,
        "hold_seconds": step.hold_seconds,
        "repetitions": step.repetitions,
        "rest_seconds": step.rest_seconds,
    }


def routine_to_data(routine: Routine) -> dict[str, object]:
    """The plain JSON shape of a routine (``builtin`` is not part of it)."""
    steps: object = routine.steps
    if isinstance(steps, (list, tuple)):
        steps = [step_to_data(s) if isinstance(s, RoutineStep) else s for s in steps]
    data: dict[str, object] = {"name": routine.name, "note": routine.note}
    if routine.prescribed_by is not None:
        data["prescribed_by"] = routine.prescribed_by
    data["steps"] = steps
    return data


def routine_from_data(data: object, checked: bool = False) -> Routine:
    """Build a routine from its plain JSON shape. Raises `RoutineError` listing every
    problem. A routine read from data is never built in. ``checked``: the caller has
    just had `routine_problems` find nothing in ``data`` (it is then checked once only:
    reading 100 routines of 10 steps checked each step four times)."""
    if not checked:
        problems = routine_problems(data)
        if problems:
            raise RoutineError(problems)
    assert isinstance(data, Mapping)
    steps = tuple(
        _unchecked(
            RoutineStep,
            name=s["name"],
            instruction=s["instruction"],
            side=_SIDES[s["side"]],
            hold_seconds=s["hold_seconds"],
            repetitions=s["repetitions"],
            rest_seconds=s["rest_seconds"],
        )
        for s in data["steps"]
    )
    return _unchecked(
        Routine,
        name=data["name"],
        steps=steps,
        note=data.get("note", ""),
        prescribed_by=data.get("prescribed_by"),
        builtin=False,
    )


def _unchecked(cls: type[_T], **values: object) -> _T:
    """An instance of the frozen value class ``cls`` from values already checked (its
    ``__post_init__``, which checks them again, is skipped)."""
    made = object.__new__(cls)
    made.__dict__.update(values)  # (frozen: its own __setattr__ refuses)
    return made


def routine_problems(data: object, path: str = "") -> list[Problem]:
    """Every problem in a routine's plain JSON shape; empty if it is a valid routine.

    ``path`` prefixes each problem's path, for a routine nested in a larger document.
    """
    if not isinstance(data, Mapping):
        return [Problem(path, Rule.OBJECT, data)]
    problems = _unknown_and_missing(data, path, _ROUTINE_KEYS, _ROUTINE_REQUIRED)
    if "name" in data:
        problems += _line(data["name"], _join(path, "name"), NAME_MIN_LENGTH, NAME_MAX_LENGTH)
    if "note" in data:
        problems += _text(data["note"], _join(path, "note"), 0, NOTE_MAX_LENGTH)
    if data.get("prescribed_by") is not None:
        problems += _line(
            data["prescribed_by"], _join(path, "prescribed_by"), 1, PRESCRIBED_BY_MAX_LENGTH
        )
    if "steps" in data:
        steps = data["steps"]
        steps_path = _join(path, "steps")
        if not isinstance(steps, (list, tuple)) or not STEPS_MIN <= len(steps) <= STEPS_MAX:
            problems.append(Problem(steps_path, Rule.LIST, steps, STEPS_MIN, STEPS_MAX))
        if isinstance(steps, (list, tuple)):
            for index, step in enumerate(steps):
                problems += step_problems(step, f"{steps_path}[{index}]")
    return problems


def step_problems(data: object, path: str = "") -> list[Problem]:
    """Every problem in one step's plain JSON shape; empty if it is a valid step."""
    if type(data) is dict and _plainly_valid_step(data):  # the usual case, fast
        return []
    if not isinstance(data, Mapping):
        return [Problem(path, Rule.OBJECT, data)]
    problems = _unknown_and_missing(data, path, _STEP_KEYS, _STEP_KEYS)
    for key, low, high in (
        ("name", NAME_MIN_LENGTH, NAME_MAX_LENGTH),
        ("instruction", INSTRUCTION_MIN_LENGTH, INSTRUCTION_MAX_LENGTH),
    ):
        if key in data:
            problems += _line(data[key], _join(path, key), low, high)
    if "side" in data:
        problems += _choice(data["side"], _join(path, "side"), Side)
    for key, low, high in (
        ("hold_seconds", HOLD_SECONDS_MIN, HOLD_SECONDS_MAX),
        ("repetitions", REPETITIONS_MIN, REPETITIONS_MAX),
        ("rest_seconds", REST_SECONDS_MIN, REST_SECONDS_MAX),
    ):
        if key in data:
            problems += _whole(data[key], _join(path, key), low, high)
    return problems


def _plainly_valid_step(data: dict[object, object]) -> bool:
    """True only for a step that the full check would pass (the same rules in one
    expression, so a file of 1,000 steps reads in a few milliseconds); False when unsure."""
    if data.keys() != _STEP_KEY_SET:
        return False
    name, instruction, side = data["name"], data["instruction"], data["side"]
    hold, repetitions, rest = data["hold_seconds"], data["repetitions"], data["rest_seconds"]
    return (
        type(name) is str and type(instruction) is str
        and type(hold) is int and type(repetitions) is int and type(rest) is int
        and NAME_MIN_LENGTH <= len(name) <= NAME_MAX_LENGTH
        and INSTRUCTION_MIN_LENGTH <= len(instruction) <= INSTRUCTION_MAX_LENGTH
        and HOLD_SECONDS_MIN <= hold <= HOLD_SECONDS_MAX
        and REPETITIONS_MIN <= repetitions <= REPETITIONS_MAX
        and REST_SECONDS_MIN <= rest <= REST_SECONDS_MAX
        and type(side) is str and side in _SIDE_VALUES
        and bool(name.strip()) and bool(instruction.strip())
        and _FAST_REFUSE.search(name) is None and _FAST_REFUSE.search(instruction) is None
    )


def _join(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


def _unknown_and_missing(
    data: Mapping[object, object], path: str, known: Sequence[str], required: Sequence[str]
) -> list[Problem]:
    problems = [Problem(_join(path, key), Rule.REQUIRED) for key in required if key not in data]
    problems += [
        Problem(_join(path, str(key)), Rule.UNKNOWN, key) for key in data if key not in known
    ]
    return problems


# Control characters (Unicode's Cc: U+0000-U+001F, U+007F-U+009F) and, in one-line text
# such as a name, the invisible and direction-changing ones that can hide or spoof it:
# soft hyphen, Arabic letter mark, Mongolian vowel separator, zero-width space/joiners,
# left/right marks, embeddings and overrides, word joiner and invisible operators,
# isolates, and the zero-width no-break space (BOM). The schema says the same.
_NOT_IN_LINE: Final = re.compile(
    "[\x00-\x1f\x7f-\x9f\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e"
    "\u2060-\u2064\u2066-\u2069\ufeff]")
_NOT_IN_TEXT: Final = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# the same as _NOT_IN_LINE, and lone surrogates ("\ud800" in JSON), for the fast check
_FAST_REFUSE: Final = re.compile(_NOT_IN_LINE.pattern[:-1] + "\ud800-\udfff]")


def _line(value: object, path: str, low: int, high: int) -> list[Problem]:
    """Text on one line, not blank, without control or invisible characters."""
    if (
        not _is_text(value, low, high)
        or not str(value).strip()
        or _NOT_IN_LINE.search(str(value))
    ):
        return [Problem(path, Rule.LINE, value, low, high)]
    return []


def _text(value: object, path: str, low: int, high: int) -> list[Problem]:
    """Text that may span lines; no other control characters."""
    if not _is_text(value, low, high) or _NOT_IN_TEXT.search(str(value)):
        return [Problem(path, Rule.TEXT, value, low, high)]
    return []


def _is_text(value: object, low: int, high: int) -> bool:
    if not isinstance(value, str) or not low <= len(value) <= high:
        return False
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate, e.g. from "\ud800" in JSON
        return False
    return True


def _whole(value: object, path: str, low: int, high: int) -> list[Problem]:
    # bool is an int in Python, but JSON true is not 1; 10.0 is not a whole-number field.
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        return [Problem(path, Rule.WHOLE_NUMBER, value, low, high)]
    return []


def _choice(value: object, path: str, choices: type[Side]) -> list[Problem]:
    if _member(choices, value) is None:
        return [Problem(path, Rule.CHOICE, value, choices=tuple(c.value for c in choices))]
    return []


def _member(choices: type[Side], value: object) -> Side | None:
    if isinstance(value, choices):
        return value
    for member in choices:
        if isinstance(value, str) and value == member.value:
            return member
    return None


# ------------------------------------------------------------------------ built-in routines


def builtin_routines() -> tuple[Routine, ...]:
    """The routines that come with the app, their text in the current language."""
    return (bedtime_stretch(), bedtime_stretch_seated())


def bedtime_stretch() -> Routine:
    """Standing calf and hamstring stretches, each leg (Hallegraeff et al. 2012)."""
    calf = translate("routines", "Calf stretch against the wall")
    # Translator: stretch steps: hands on the wall, this leg back, heel down, knee straight; limit:
    # lean until the calf pulls firmly but does not hurt.
    calf_how = translate(
        "routines",
        "Face a wall with both hands on it. Step this leg back, heel down, knee straight. "
        "Lean in until the calf pulls firmly, but it does not hurt.",
    )
    hamstring = translate("routines", "Standing hamstring stretch")
    # Translator: must begin with the safety step: hold on to something steady. Keep the limit: the
    # thigh pulls firmly but does not hurt.
    hamstring_how = translate(
        "routines",
        "Hold on to something steady. Put this heel a small step forward, toes up. "
        "Bend the other knee and lean forward from the hips until the back of the thigh "
        "pulls firmly, but it does not hurt.",
    )
    return Routine(
        name=BEDTIME_STRETCH,
        steps=_both_legs(calf, calf_how) + _both_legs(hamstring, hamstring_how),
        note=_protocol_note(),
        builtin=True,
    )


def bedtime_stretch_seated() -> Routine:
    """The same stretches sitting down, for people who cannot stand safely."""
    calf = translate("routines", "Seated calf stretch")
    # Translator: stretch steps: leg straight, towel around the ball of the foot, draw the foot
    # toward you; limit: the calf pulls firmly but does not hurt.
    calf_how = translate(
        "routines",
        "Sit with this leg straight out. Put a towel around the ball of the foot "
        "and draw the foot toward you until the calf pulls firmly, but it does not hurt.",
    )
    hamstring = translate("routines", "Seated hamstring stretch")
    # Translator: stretch steps: sit on the edge of a bed or chair, leg straight, heel down, toes
    # up, lean from the hips with a straight back; limit: a firm pull that does not hurt.
    hamstring_how = translate(
        "routines",
        "Sit on the edge of the bed or a chair. Put this leg straight out, heel down, "
        "toes up. Lean forward from the hips, back straight, until the thigh pulls firmly "
        "but does not hurt.",
    )
    return Routine(
        name=BEDTIME_STRETCH_SEATED,
        steps=_both_legs(calf, calf_how) + _both_legs(hamstring, hamstring_how),
        note=_protocol_note(),
        builtin=True,
    )


def _protocol_note() -> str:
    # Translator: one study (keep its details: 10 seconds, three times, six weeks, 80 adults,
    # Hallegraeff 2012): 'led to fewer and milder', no 'proven' or 'will'. Keep 'stop if it hurts'
    # and 'never hold your breath'.
    return translate(
        "routines",
        "Calf and hamstring stretches, each leg, held 10 seconds, three times, just before "
        "bed. In a six-week study of 80 adults (Hallegraeff and others, 2012) this led to "
        "fewer and milder night cramps. Each stretch should pull firmly but never hurt; "
        "stop if it hurts. Keep breathing: never hold your breath.",
    )


def _both_legs(name: str, instruction: str) -> tuple[RoutineStep, ...]:
    return tuple(
        RoutineStep(name, instruction, side, hold_seconds=10, repetitions=3, rest_seconds=10)
        for side in (Side.LEFT, Side.RIGHT)
    )


def routine_title(routine: Routine) -> str:
    """The routine's name to show: built-in names in the current language."""
    return translate("routines", routine.name) if routine.builtin else routine.name


def name_title(name: str) -> str:
    """A routine's name as kept (settings, diary) as it is shown: a built-in one's in the
    current language, anyone else's as written."""
    builtin = name in (BEDTIME_STRETCH, BEDTIME_STRETCH_SEATED)
    return translate("routines", name) if builtin else name


def find_routine(name: str, routines: Sequence[Routine]) -> Routine | None:
    """The routine called ``name`` (an identifier, as kept in the settings), if any."""
    return next((r for r in routines if r.name == name), None)


# ------------------------------------------------------------------------ the plan
# (core.session is imported where a plan is made: the routine commands make none;
# docs/decisions/0022)


def heading(step: RoutineStep) -> str:
    """The step's name with its side, e.g. "Calf stretch against the wall, left leg"."""
    if step.side is Side.LEFT:
        return translate("routines", "{exercise}, left leg").format(exercise=step.name)
    if step.side is Side.RIGHT:
        return translate("routines", "{exercise}, right leg").format(exercise=step.name)
    if step.side is Side.BOTH:
        return translate("routines", "{exercise}, both legs").format(exercise=step.name)
    return step.name


def spoken_seconds(text: str, words_per_minute: float | None = None) -> int:
    """About how long ``text`` takes to say, in whole seconds (rounded up): at 2 words a
    second, or longer if the voice speaks ``words_per_minute`` more slowly than that."""
    words = len(text.split())
    seconds = words / SPOKEN_WORDS_PER_SECOND
    if words_per_minute:
        at_voice = words * 60 / words_per_minute * SPOKEN_PACE_ALLOWANCE + SPOKEN_PAUSE_SECONDS
        seconds = max(seconds, at_voice)
    return math.ceil(seconds)


def routine_plan(routine: Routine, words_per_minute: float | None = None) -> Plan:
    """The timed steps and spoken cues of one run of ``routine``, for a voice that speaks
    ``words_per_minute`` (None: no voice, or the default pace).

    For each routine step: a PREPARE step (get into position; it names the stretch and
    the leg, speaks the instruction, then counts in "Three. Two. One."), then for each
    repetition an EASE_IN step to move into the stretch (`EASE_IN_SECONDS`) and the
    HOLD (which says to keep breathing), with REST steps between them. All steps of one
    routine step share a ``group``, so Skip jumps to the next stretch. The PREPARE step
    lasts at least `POSITION_SECONDS`, and longer if its spoken line needs it. When the
    same stretch follows on the other leg, the instruction is shown but not spoken again.
    """
    plan: list[Step] = []
    last = len(routine.steps) - 1
    for index, step in enumerate(routine.steps):
        previous = routine.steps[index - 1] if index > 0 else None
        plan.append(_prepare(step, previous, index, words_per_minute))
        for number in range(1, step.repetitions + 1):
            final = index == last and number == step.repetitions
            plan.append(_ease_in(step, number, index, words_per_minute))
            plan.append(_hold(step, number, index, final))
            if number < step.repetitions and step.rest_seconds > 0:
                plan.append(_rest(step, number, index))
    return tuple(plan)


def plan_seconds(plan: Plan) -> float:
    """How long a plan runs without pauses or skips."""
    return sum(step.seconds for step in plan)


def routine_seconds(routine: Routine) -> float:
    """How long a routine runs without pauses or skips."""
    return plan_seconds(routine_plan(routine))


def _count_in() -> tuple[Cue, ...]:
    from cramp_timer.core.session import Cue

    return (
        Cue("count-3", translate("cues", "Three."), 3, droppable=True),
        Cue("count-2", translate("cues", "Two."), 2, droppable=True),
        Cue("count-1", translate("cues", "One."), 1, droppable=True),
    )


def _prepare(step: RoutineStep, previous: RoutineStep | None, group: int,
             words_per_minute: float | None) -> Step:
    from cramp_timer.core.session import Cue, Step, StepKind

    title = heading(step)
    repeat = (
        previous is not None
        and previous.name == step.name
        and previous.instruction == step.instruction
    )
    if repeat:
        line = translate("routines", "{heading}.").format(heading=title)
    else:
        line = translate("routines", "{heading}. {instruction}").format(
            heading=title, instruction=step.instruction
        )
    if previous is not None:
        line = translate("routines", "Relax. Next: {line}").format(line=line)
    seconds = max(POSITION_SECONDS, spoken_seconds(line, words_per_minute) + COUNT_IN_SECONDS)
    cues = (Cue("position", line, seconds, chime=True), *_count_in())
    return Step(StepKind.PREPARE, seconds, f"{title}\n{step.instruction}", cues, group)


def _ease_in(step: RoutineStep, number: int, group: int,
             words_per_minute: float | None) -> Step:
    """Moving into the stretch: the hold's count starts once the person is in it."""
    from cramp_timer.core.session import Cue, Step, StepKind

    # Translator: spoken: move slowly into the stretch; it should feel firm, never painful. Keep
    # both.
    line = translate("routines", "Slowly into the stretch: firm, not painful.")
    seconds = max(EASE_IN_SECONDS, spoken_seconds(line, words_per_minute))
    title = translate("routines", "{heading}: move into stretch {number} of {count}").format(
        heading=heading(step), number=number, count=step.repetitions
    )
    return Step(StepKind.EASE_IN, seconds, title, (Cue("ease-in", line, seconds),), group)


def _hold(step: RoutineStep, number: int, group: int, final: bool) -> Step:
    from cramp_timer.core.session import Cue, Step, StepKind

    seconds = step.hold_seconds
    # Translator: spoken as the hold starts: stay in the stretch and keep breathing (do not hold the
    # breath).
    cues = [Cue("hold", translate("routines", "Hold it there. Keep breathing."), seconds,
                chime=True)]
    if seconds >= HALFWAY_MIN_HOLD:
        cues.append(Cue("halfway", translate("cues", "Halfway. Keep breathing."), seconds / 2))
    if final:
        cues.append(
            Cue(
                "finished",
                translate("routines", "Relax. That is the whole routine. Sleep well."),
                0,
                chime=True,
            )
        )
    title = translate("routines", "{heading}: stretch {number} of {count}").format(
        heading=heading(step), number=number, count=step.repetitions
    )
    return Step(StepKind.HOLD, seconds, title, tuple(cues), group)


def _rest(step: RoutineStep, number: int, group: int) -> Step:
    from cramp_timer.core.session import Cue, Step, StepKind

    seconds = step.rest_seconds
    cues: tuple[Cue, ...] = (Cue("relax", translate("routines", "Relax."), seconds, chime=True),)
    if seconds >= COUNT_IN_MIN_REST:
        cues += _count_in()
    title = translate("routines", "Relax. Stretch {number} of {count} comes next.").format(
        number=number + 1, count=step.repetitions
    )
    return Step(StepKind.REST, seconds, title, cues, group)


# ------------------------------------------------------------------------ the outcome


def routine_outcome(snapshot: Snapshot, plan: Plan) -> RoutineOutcome:
    """What to record in the diary for a routine run that has ended.

    DONE: every hold was held to its end. PARTIAL: the run reached its end (closed with
    `Session.better`) but some holds were skipped. STOPPED: stopped before the end.
    """
    from cramp_timer.core.records import RoutineOutcome
    from cramp_timer.core.session import Outcome, StepKind

    if snapshot.outcome is None:
        raise ValueError("the routine has not ended yet")
    hold_total = sum(step.seconds for step in plan if step.kind is StepKind.HOLD)
    if snapshot.hold_seconds_done >= hold_total - 1e-6:
        return RoutineOutcome.DONE
    if snapshot.outcome is Outcome.BETTER:
        return RoutineOutcome.PARTIAL
    return RoutineOutcome.STOPPED
