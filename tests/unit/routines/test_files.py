"""Routine files: round trips, every kind of broken file, the schema, and a fuzz test."""

from __future__ import annotations

import copy
import json
import os
import random
import re
import stat
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator, ValidationError

import cramp_timer
from cramp_timer.core.clock import FakeClock
from cramp_timer.routines.files import (
    FORMAT_MARKER,
    FORMAT_VERSION,
    MAX_FILE_BYTES,
    RoutineFileError,
    dump_routines,
    export_routines,
    name_key,
    parse_routines,
    read_routine_file,
    schema_text,
)
from cramp_timer.routines.model import (
    HOLD_SECONDS_MAX,
    HOLD_SECONDS_MIN,
    INSTRUCTION_MAX_LENGTH,
    INSTRUCTION_MIN_LENGTH,
    NAME_MAX_LENGTH,
    NAME_MIN_LENGTH,
    NOTE_MAX_LENGTH,
    PRESCRIBED_BY_MAX_LENGTH,
    REPETITIONS_MAX,
    REPETITIONS_MIN,
    REST_SECONDS_MAX,
    REST_SECONDS_MIN,
    STEPS_MAX,
    STEPS_MIN,
    Routine,
    RoutineStep,
    Side,
    builtin_routines,
    routine_to_data,
    step_to_data,
)
from cramp_timer.routines.store import RoutineStore
from cramp_timer.storage.paths import AppPaths

# ---------------------------------------------------------------- strategies

# invisible and direction-changing characters a name may not hold (issue 18)
INVISIBLE = ("\u00ad\u061c\u180e\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d"
             "\u202e\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068\u2069\ufeff")
ONE_LINE = st.characters(exclude_categories=("Cc", "Cs"), exclude_characters=INVISIBLE)
MULTI_LINE = st.characters(exclude_categories=("Cc", "Cs"), include_characters="\n\t")


def lines(low: int, high: int) -> st.SearchStrategy[str]:
    return st.text(ONE_LINE, min_size=low, max_size=high).filter(lambda s: bool(s.strip()))


steps = st.builds(
    RoutineStep,
    name=lines(NAME_MIN_LENGTH, NAME_MAX_LENGTH),
    instruction=lines(INSTRUCTION_MIN_LENGTH, INSTRUCTION_MAX_LENGTH),
    side=st.sampled_from(Side),
    hold_seconds=st.integers(HOLD_SECONDS_MIN, HOLD_SECONDS_MAX),
    repetitions=st.integers(REPETITIONS_MIN, REPETITIONS_MAX),
    rest_seconds=st.integers(REST_SECONDS_MIN, REST_SECONDS_MAX),
)
routines = st.builds(
    Routine,
    name=lines(NAME_MIN_LENGTH, NAME_MAX_LENGTH),
    steps=st.lists(steps, min_size=STEPS_MIN, max_size=STEPS_MAX).map(tuple),
    note=st.text(MULTI_LINE, max_size=NOTE_MAX_LENGTH),
    prescribed_by=st.none() | lines(1, PRESCRIBED_BY_MAX_LENGTH),
)
routine_lists = st.lists(routines, min_size=1, max_size=4, unique_by=lambda r: name_key(r.name))


def a_step(**changes: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "name": "Calf stretch",
        "instruction": "Face the wall, this leg back, heel down.",
        "side": "left",
        "hold_seconds": 30,
        "repetitions": 3,
        "rest_seconds": 10,
    }
    data.update(changes)
    return data


def a_routine(*step_list: dict[str, Any], **changes: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "name": "Evening",
        "note": "From the physio.",
        "prescribed_by": "J. Ortiz, physiotherapist",
        "steps": list(step_list) or [a_step(), a_step(side="right")],
    }
    data.update(changes)
    return data


def a_document(*routine_list: dict[str, Any], **changes: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "format": FORMAT_MARKER,
        "version": FORMAT_VERSION,
        "routines": list(routine_list) or [a_routine()],
    }
    data.update(changes)
    return data


def encoded(data: object) -> bytes:
    return json.dumps(data, ensure_ascii=False).encode("utf-8")


def problems_in(tmp_path: Path, raw: bytes) -> tuple[str, ...]:
    file = tmp_path / "night.json"
    file.write_bytes(raw)
    with pytest.raises(RoutineFileError) as caught:
        read_routine_file(file)
    assert caught.value.file == file
    assert str(caught.value).splitlines()[0] == f"{file}: {caught.value.problems[0]}"
    return caught.value.problems


# ---------------------------------------------------------------- round trips


@given(chosen=routine_lists)
@settings(deadline=None, max_examples=60)
def test_export_then_import_gives_the_same_routines(chosen: list[Routine]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        file = Path(folder) / "routines.json"
        export_routines(file, chosen)
        assert read_routine_file(file) == chosen
        assert stat.S_IMODE(file.stat().st_mode) == 0o600
        raw = file.read_bytes()
        assert raw.endswith(b"}\n")
        assert raw == dump_routines(read_routine_file(file))  # stable: same bytes again
        assert schema_errors(json.loads(raw)) == []


def test_the_built_in_routines_round_trip(tmp_path: Path) -> None:
    file = tmp_path / "built-in.json"
    export_routines(file, builtin_routines())
    back = read_routine_file(file)
    assert [r.name for r in back] == [r.name for r in builtin_routines()]
    assert [r.steps for r in back] == [r.steps for r in builtin_routines()]
    assert not any(r.builtin for r in back)  # a routine read from a file is never built in


def test_the_file_is_utf8_with_a_fixed_key_order(tmp_path: Path) -> None:
    routine = Routine(
        "Abends – ruhig", (RoutineStep("Wade", "Ferse runter.", Side.BOTH, 20, 2, 5),)
    )
    file = tmp_path / "one.json"
    export_routines(file, [routine])
    text = file.read_text(encoding="utf-8")
    assert "Abends – ruhig" in text  # not \u escapes
    data = json.loads(text)
    assert list(data) == ["format", "version", "routines"]
    assert list(data["routines"][0]) == ["name", "note", "steps"]
    assert list(data["routines"][0]["steps"][0]) == [
        "name",
        "instruction",
        "side",
        "hold_seconds",
        "repetitions",
        "rest_seconds",
    ]


def test_export_refuses_an_empty_list_or_a_repeated_name(tmp_path: Path) -> None:
    routine = Routine("Evening", (RoutineStep("Calf", "Lean.", Side.LEFT, 10, 1, 0),))
    with pytest.raises(ValueError, match="at least one"):
        export_routines(tmp_path / "x.json", [])
    with pytest.raises(ValueError, match="EVENING"):
        export_routines(tmp_path / "x.json", [routine, Routine("EVENING", routine.steps)])
    assert not (tmp_path / "x.json").exists()


def test_a_byte_order_mark_is_accepted(tmp_path: Path) -> None:
    file = tmp_path / "notepad.json"
    file.write_bytes(b"\xef\xbb\xbf" + encoded(a_document()))
    assert [r.name for r in read_routine_file(file)] == ["Evening"]


def test_a_valid_hand_written_file_is_read(tmp_path: Path) -> None:
    file = tmp_path / "physio.json"
    file.write_bytes(
        encoded(a_document(a_routine(), a_routine(name="Morning", note="", prescribed_by=None)))
    )
    evening, morning = read_routine_file(file)
    assert (evening.name, evening.prescribed_by, evening.note) == (
        "Evening",
        "J. Ortiz, physiotherapist",
        "From the physio.",
    )
    assert evening.steps[1].side is Side.RIGHT
    assert (morning.name, morning.prescribed_by, morning.note) == ("Morning", None, "")


# ---------------------------------------------------------------- broken files


def with_step(**changes: Any) -> bytes:
    return encoded(a_document(a_routine(a_step(), a_step(), a_step(), a_step(**changes))))


def two_routines(second: dict[str, Any]) -> bytes:
    return encoded(a_document(a_routine(), second))


BROKEN: list[tuple[str, bytes, tuple[str, ...]]] = [
    (
        "too big",
        b'{"format": "cramp-timer-routines"}' + b" " * MAX_FILE_BYTES,
        ("the file is 1.0 MiB; a routine file may be at most 1 MiB",),
    ),
    (
        "not UTF-8 (Latin-1)",
        encoded(a_document(a_routine(name="Caf_"))).replace(b"Caf_", b"Caf\xe9"),
        ("the file is not UTF-8 text (byte 0xe9 at offset 75)",),
    ),
    (
        "UTF-16",
        json.dumps(a_document()).encode("utf-16"),
        ("the file is not UTF-8 text (byte 0xff at offset 0)",),
    ),
    ("empty", b"", ("the file is empty",)),
    ("only spaces", b" \n\t\n", ("the file is empty",)),
    (
        "bad JSON",
        b'{\n  "format": "cramp-timer-routines",\n  "version": 1\n  "routines": []\n}\n',
        ("not valid JSON at line 4, column 3: Expecting ',' delimiter",),
    ),
    (
        "a colon left out",
        b'{"format" "cramp-timer-routines"}',
        ("not valid JSON at line 1, column 11: Expecting ':' delimiter",),
    ),
    ("NaN", b'{"version": NaN}', ("not valid JSON: NaN is not a number JSON allows",)),
    (
        "duplicate key",
        with_step().replace(b'"hold_seconds": 30', b'"hold_seconds": 30, "hold_seconds": 5', 1),
        ("steps[0].hold_seconds: appears more than once",),
    ),
    (
        "duplicate top-level key",
        encoded(a_document()).replace(b'"version": 1', b'"version": 1, "version": 2'),
        ("version: appears more than once",),
    ),
    (
        "a list, not an object",
        encoded([a_routine()]),
        ("the file must hold one JSON object, not a list",),
    ),
    (
        "wrong marker",
        encoded(a_document(format="cramp-timer-settings")),
        ('this is not a Cramp Timer routine file ("format" must be "cramp-timer-routines")',),
    ),
    (
        "no marker: a bare routine",
        encoded(a_routine()),
        ('this is not a Cramp Timer routine file ("format" must be "cramp-timer-routines")',),
    ),
    (
        "newer version",
        encoded(a_document(version=3)),
        ("made by a newer Cramp Timer (format version 3; this one reads 1)",),
    ),
    ("no version", encoded({"format": FORMAT_MARKER, "routines": []}), ("version: is missing",)),
    (
        "version as text",
        encoded(a_document(version="1")),
        ('version: must be a whole number from 1 up, not "1"',),
    ),
    (
        "version as a bool",
        encoded(a_document(version=True)),
        ("version: must be a whole number from 1 up, not true",),
    ),
    (
        "unknown top-level field",
        encoded(a_document(exported_by="me")),
        ("exported_by: is not a known field",),
    ),
    (
        "unknown routine field",
        encoded(a_document(a_routine(colour="blue"))),
        ("colour: is not a known field",),
    ),
    (
        "unknown step field",
        with_step(speed="fast"),
        ("steps[3].speed: is not a known field",),
    ),
    (
        "unknown step field in the second of two routines",
        two_routines(a_routine(a_step(speed="fast"), name="Morning")),
        ("routines[1].steps[0].speed: is not a known field",),
    ),
    (
        "missing fields",
        encoded(a_document(a_routine({"name": "Calf"}))),
        (
            "steps[0].instruction: is missing",
            "steps[0].side: is missing",
            "steps[0].hold_seconds: is missing",
            "steps[0].repetitions: is missing",
            "steps[0].rest_seconds: is missing",
        ),
    ),
    (
        "number as text",
        with_step(hold_seconds="30"),
        ("steps[3].hold_seconds: must be a whole number from 5 to 120, not text",),
    ),
    (
        "bool as a number",
        with_step(repetitions=True),
        ("steps[3].repetitions: must be a whole number, not true",),
    ),
    (
        "a fraction",
        with_step(rest_seconds=7.5),
        ("steps[3].rest_seconds: must be a whole number, not 7.5",),
    ),
    (
        "a whole number written as a float",
        with_step(rest_seconds=10.0),
        ("steps[3].rest_seconds: must be a whole number, not 10.0",),
    ),
    (
        "side not a choice",
        with_step(side="up"),
        ('steps[3].side: "up" is not one of: left, right, both, none',),
    ),
    (
        "side as a bool",
        with_step(side=False),
        ("steps[3].side: must be one of: left, right, both, none (not false)",),
    ),
    (
        "a name as a number",
        encoded(a_document(a_routine(name=7))),
        ("name: must be text, not a number",),
    ),
    ("a blank name", encoded(a_document(a_routine(name="   "))), ("name: is empty",)),
    (
        "a name on two lines",
        encoded(a_document(a_routine(name="Eve\nning"))),
        ("name: must be one line, without tabs or control characters",),
    ),
    (
        "a zero-width space in a name",
        encoded(a_document(a_routine(name="Eve\u200bning"))),
        ("name: holds an invisible or text-direction character (such as a zero-width space "
         "or a right-to-left override); type it again without it",),
    ),
    (
        "a right-to-left override in a name",
        encoded(a_document(a_routine(name="\u202eEvening"))),
        ("name: holds an invisible or text-direction character (such as a zero-width space "
         "or a right-to-left override); type it again without it",),
    ),
    (
        "a lone surrogate",
        encoded(a_document(a_routine(name="x"))).replace(b'"name": "x"', b'"name": "\\ud800"'),
        ("name: is not valid text (a lone surrogate escape)",),
    ),
    (
        "a bell in the note",
        encoded(a_document(a_routine(note="ring\a"))),
        ("note: must not contain control characters",),
    ),
    (
        "routines not a list",
        encoded(a_document(routines={"name": "Evening"})),
        ("routines: must be a list, not an object",),
    ),
    (
        "a routine not an object",
        encoded(a_document(a_routine(), "Morning")),
        ("routines[1]: must be an object, not text",),
    ),
    (
        "empty routines",
        encoded(a_document(routines=[])),
        ("routines: is empty; a file holds at least one routine",),
    ),
    (
        "empty steps",
        encoded(a_document(a_routine(steps=[]))),
        ("steps: is empty; it needs 1 to 20 items",),
    ),
    (
        "too many steps",
        encoded(a_document(a_routine(steps=[a_step()] * (STEPS_MAX + 1)))),
        ("steps: has 21 items; it may have 1 to 20",),
    ),
    (
        "duplicate names",
        encoded(a_document(a_routine(), a_routine(name="Morning"), a_routine(name=" evening"))),
        ('routines[2].name: " evening" is also the name of routines[0]',),
    ),
    (
        "nesting 100,000 deep",
        b"[" * 100_000 + b"]" * 100_000,
        ("the file is nested too deeply to be a routine file",),
    ),
    (
        "nesting 100,000 deep inside a routine",
        encoded(a_document(a_routine(note="@"))).replace(b'"@"', b"[" * 100_000 + b"]" * 100_000),
        ("the file is nested too deeply to be a routine file",),
    ),
    (
        "an escape sequence in a field name is shown escaped",
        with_step(**{"\x1b[2J": 1}),
        ("steps[3].\\u001b[2J: is not a known field",),
    ),
]

BOUNDS = [
    ("hold_seconds", HOLD_SECONDS_MIN, HOLD_SECONDS_MAX),
    ("repetitions", REPETITIONS_MIN, REPETITIONS_MAX),
    ("rest_seconds", REST_SECONDS_MIN, REST_SECONDS_MAX),
]
for _key, _low, _high in BOUNDS:
    BROKEN += [
        (
            f"{_key} below",
            with_step(**{_key: _low - 1}),
            (f"steps[3].{_key}: {_low - 1} is below {_low}",),
        ),
        (
            f"{_key} above",
            with_step(**{_key: _high + 1}),
            (f"steps[3].{_key}: {_high + 1} is above {_high}",),
        ),
        (
            f"{_key} above, second routine",
            two_routines(a_routine(a_step(), a_step(**{_key: 400}), name="Morning")),
            (f"routines[1].steps[1].{_key}: 400 is above {_high}",),
        ),
    ]
BROKEN += [
    (
        "the issue's example",
        with_step(hold_seconds=400),
        ("steps[3].hold_seconds: 400 is above 120",),
    ),
    (
        "a huge number",
        with_step(hold_seconds=10**30),
        ("steps[3].hold_seconds: 100000000000…(31 digits) is above 120",),
    ),
    (
        "step name too long",
        with_step(name="x" * (NAME_MAX_LENGTH + 1)),
        ("steps[3].name: is 81 characters long; the most is 80",),
    ),
    (
        "instruction too long",
        with_step(instruction="x" * (INSTRUCTION_MAX_LENGTH + 1)),
        ("steps[3].instruction: is 301 characters long; the most is 300",),
    ),
    ("instruction empty", with_step(instruction=""), ("steps[3].instruction: is empty",)),
    (
        "routine name too long",
        encoded(a_document(a_routine(name="x" * (NAME_MAX_LENGTH + 1)))),
        ("name: is 81 characters long; the most is 80",),
    ),
    (
        "note too long",
        encoded(a_document(a_routine(note="x" * (NOTE_MAX_LENGTH + 1)))),
        ("note: is 1001 characters long; the most is 1000",),
    ),
    (
        "prescribed_by too long",
        encoded(a_document(a_routine(prescribed_by="x" * (PRESCRIBED_BY_MAX_LENGTH + 1)))),
        ("prescribed_by: is 81 characters long; the most is 80",),
    ),
    (
        "every problem at once, in file order",
        encoded(
            a_document(
                a_routine(a_step(side="up", hold_seconds=0), name=""),
                a_routine(a_step(extra=1), name="Morning"),
                colour=1,
            )
        ),
        (
            "colour: is not a known field",
            "routines[0].name: is empty",
            'routines[0].steps[0].side: "up" is not one of: left, right, both, none',
            "routines[0].steps[0].hold_seconds: 0 is below 5",
            "routines[1].steps[0].extra: is not a known field",
        ),
    ),
]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [(raw, expected) for _name, raw, expected in BROKEN],
    ids=[name for name, _raw, _expected in BROKEN],
)
def test_a_broken_file_is_refused_with_its_reason(
    tmp_path: Path, raw: bytes, expected: tuple[str, ...]
) -> None:
    assert problems_in(tmp_path, raw) == expected


def test_the_table_has_every_kind_the_issue_names() -> None:
    names = " ".join(name for name, _raw, _expected in BROKEN)
    for kind in (
        "too big",
        "UTF-8",
        "bad JSON",
        "duplicate key",
        "marker",
        "newer version",
        "unknown routine field",
        "unknown step field",
        "number as text",
        "bool as a number",
        "below",
        "above",
        "empty routines",
        "empty steps",
        "duplicate names",
        "100,000 deep",
    ):
        assert kind in names


def test_a_newer_version_is_marked_as_such(tmp_path: Path) -> None:
    file = tmp_path / "new.json"
    file.write_bytes(encoded(a_document(version=FORMAT_VERSION + 1)))
    with pytest.raises(RoutineFileError) as caught:
        read_routine_file(file)
    assert caught.value.newer_version == FORMAT_VERSION + 1


def test_a_huge_file_is_refused_without_reading_it(tmp_path: Path) -> None:
    file = tmp_path / "huge.json"
    with file.open("wb") as stream:
        stream.truncate(10 * 1024**3)  # 10 GiB, sparse: reading it whole would take long
    started = time.monotonic()
    with pytest.raises(RoutineFileError) as caught:
        read_routine_file(file)
    assert caught.value.problems == (
        "the file is 10240.0 MiB; a routine file may be at most 1 MiB",
    )
    assert time.monotonic() - started < 5


def test_a_missing_file_a_folder_and_a_pipe_are_refused(tmp_path: Path) -> None:
    with pytest.raises(RoutineFileError, match="there is no such file"):
        read_routine_file(tmp_path / "absent.json")
    with pytest.raises(RoutineFileError, match="this is a folder, not a routine file"):
        read_routine_file(tmp_path)
    if hasattr(os, "mkfifo"):
        pipe = tmp_path / "pipe.json"
        os.mkfifo(pipe)
        with pytest.raises(RoutineFileError, match="this is not a regular file"):
            read_routine_file(pipe)  # does not block waiting for a writer


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0, reason="root reads anything")
def test_an_unreadable_file_is_refused_with_the_reason(tmp_path: Path) -> None:
    file = tmp_path / "secret.json"
    file.write_bytes(encoded(a_document()))
    file.chmod(0)
    with pytest.raises(RoutineFileError, match="the file could not be read: Permission denied"):
        read_routine_file(file)


def test_a_huge_integer_literal_is_a_validation_error(tmp_path: Path) -> None:
    [problem] = problems_in(
        tmp_path, with_step(hold_seconds=5).replace(b": 5,", b": " + b"9" * 5000 + b",", 1)
    )
    assert problem.startswith("not valid JSON: ")


def test_many_problems_are_shown_ten_at_a_time(tmp_path: Path) -> None:
    raw = encoded(a_document(a_routine(*[a_step(hold_seconds=0)] * 15)))
    file = tmp_path / "many.json"
    file.write_bytes(raw)
    with pytest.raises(RoutineFileError) as caught:
        read_routine_file(file)
    assert len(caught.value.problems) == 15
    shown = str(caught.value).splitlines()
    assert len(shown) == 11
    assert shown[-1] == f"{file}: and 5 more problems"


def test_nothing_in_a_file_is_evaluated(tmp_path: Path) -> None:
    marker = tmp_path / "ran"
    sneaky = f"__import__('pathlib').Path({str(marker)!r}).touch()"
    raw = encoded(a_document(a_routine(a_step(name="eval(1)", instruction=sneaky), note=sneaky)))
    file = tmp_path / "sneaky.json"
    file.write_bytes(raw)
    [routine] = read_routine_file(file)
    assert routine.steps[0].instruction == sneaky  # kept as text
    assert not marker.exists()


# ---------------------------------------------------------------- the schema

SCHEMA: dict[str, Any] = json.loads(schema_text())


VALIDATOR = Draft202012Validator(SCHEMA)  # a real validator (a pinned test dependency)


def schema_errors(value: Any) -> list[str]:
    """What the JSON Schema validator finds wrong, as ``$.path: keyword``."""
    def where(error: ValidationError) -> str:
        return "$" + "".join(f"[{part}]" if isinstance(part, int) else f".{part}"
                             for part in error.absolute_path)

    return sorted(f"{where(error)}: {error.validator}" for error in VALIDATOR.iter_errors(value))


def test_the_schema_is_draft_2020_12_and_ships_in_the_package() -> None:
    assert SCHEMA["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert (Path(cramp_timer.__file__).parent / "schemas" / "routines.schema.json").is_file()
    pyproject = Path(cramp_timer.__file__).parent.parent / "pyproject.toml"
    text = pyproject.read_text(encoding="utf-8")
    found = re.search(r"\[tool\.setuptools\.package-data\]\s*cramp_timer\s*=\s*\[([^]]*)\]", text)
    assert found is not None
    assert '"schemas/*.json"' in found.group(1)


def test_the_schema_bounds_are_the_code_bounds() -> None:
    top = SCHEMA["properties"]
    routine = SCHEMA["$defs"]["routine"]
    step = SCHEMA["$defs"]["step"]["properties"]
    assert top["format"]["const"] == FORMAT_MARKER
    assert top["version"]["const"] == FORMAT_VERSION
    assert top["routines"]["minItems"] == 1
    assert set(SCHEMA["required"]) == set(top) == {"format", "version", "routines"}
    sample = Routine("n", (RoutineStep("s", "i", Side.LEFT, 10, 1, 0),), prescribed_by="p")
    assert list(routine["properties"]) == list(routine_to_data(sample))
    assert list(SCHEMA["$defs"]["step"]["required"]) == list(step_to_data(sample.steps[0]))
    assert list(SCHEMA["$defs"]["step"]["properties"]) == list(step_to_data(sample.steps[0]))
    props = routine["properties"]
    assert (props["name"]["minLength"], props["name"]["maxLength"]) == (
        NAME_MIN_LENGTH,
        NAME_MAX_LENGTH,
    )
    assert (props["note"]["minLength"], props["note"]["maxLength"]) == (0, NOTE_MAX_LENGTH)
    assert props["prescribed_by"]["anyOf"][1]["maxLength"] == PRESCRIBED_BY_MAX_LENGTH
    assert (props["steps"]["minItems"], props["steps"]["maxItems"]) == (STEPS_MIN, STEPS_MAX)
    assert (step["name"]["minLength"], step["name"]["maxLength"]) == (
        NAME_MIN_LENGTH,
        NAME_MAX_LENGTH,
    )
    assert (step["instruction"]["minLength"], step["instruction"]["maxLength"]) == (
        INSTRUCTION_MIN_LENGTH,
        INSTRUCTION_MAX_LENGTH,
    )
    assert step["side"]["enum"] == [side.value for side in Side]
    for key, low, high in BOUNDS:
        assert (step[key]["type"], step[key]["minimum"], step[key]["maximum"]) == (
            "integer",
            low,
            high,
        )


def test_the_schema_accepts_exported_files(tmp_path: Path) -> None:
    file = tmp_path / "built-in.json"
    export_routines(file, builtin_routines())
    assert schema_errors(json.loads(file.read_bytes())) == []
    assert schema_errors(a_document(a_routine(), a_routine(name="Morning"))) == []


SCHEMA_CASES = [
    (name, raw)
    for name, raw, _expected in BROKEN
    if any(
        word in name
        for word in (
            "above",
            "below",
            "unknown",
            "empty routines",
            "empty steps",
            "missing",
            "too long",
            "too many",
            "as a bool",
            "as text",
            "marker",
            "newer",
            "two lines",
            "blank",
            "not a choice",
            "bell",
        )
    )
]


@pytest.mark.parametrize(
    "raw", [raw for _name, raw in SCHEMA_CASES], ids=[n for n, _ in SCHEMA_CASES]
)
def test_the_schema_refuses_what_the_reader_refuses(raw: bytes) -> None:
    assert schema_errors(json.loads(raw)) != []


def test_the_schema_check_can_fail() -> None:
    broken = copy.deepcopy(a_document())
    broken["routines"][0]["steps"][0]["hold_seconds"] = 121
    assert schema_errors(broken) == ["$.routines[0].steps[0].hold_seconds: maximum"]


# ---------------------------------------------------------------- fuzzing

FRAGMENTS = [
    b"{}",
    b"[]",
    b"null",
    b"true",
    b"false",
    b"0",
    b"-1",
    b"1e400",
    b"10.0",
    b'"x"',
    b'""',
    b'{"a": 1}',
    b"[[[[[[[[",
    b"]]]]",
    b"}}}",
    b'"\\ud800"',
    b'"\\u0000"',
    b"9" * 5000,
    b'"format"',
    b', "extra": 1',
    b', "name": "Evening"',
    b'"steps": []',
    b"NaN",
    b"Infinity",
    b'"version": 2',
    b"\xff\xfe",
    b"\xef\xbb\xbf",
    b"\x00",
    b"\\",
    b'"',
    b",",
    b":",
    b"\n",
]
NUMBERS = [
    b"-1",
    b"0",
    b"4",
    b"5",
    b"120",
    b"121",
    b"61",
    b"11",
    b"1e2",
    b"10.0",
    b"true",
    b"null",
    b'"10"',
    b"99999999999999999999",
    b"-0",
    b"1E400",
]


VALUES: list[Any] = [
    None,
    True,
    False,
    0,
    -1,
    4,
    5,
    10.0,
    10.5,
    121,
    10**30,
    "",
    " ",
    "x" * 301,
    "left",
    "Evening",
    "a\nb",
    "\u0007",
    [],
    {},
    [{}],
    {"name": "x"},
]


def mutate_tree(raw: bytes, rng: random.Random) -> bytes:
    """Change one value, key or list item of the parsed file and write it out again."""
    data = json.loads(raw)
    places: list[tuple[Any, Any]] = []  # (container, key or index)
    stack: list[Any] = [data]
    while stack:
        node = stack.pop()
        items = node.items() if isinstance(node, dict) else enumerate(node)
        for key, value in items:
            places.append((node, key))
            if isinstance(value, (dict, list)):
                stack.append(value)
    node, key = rng.choice(places)
    action = rng.randrange(4)
    if action == 0:
        node[key] = copy.deepcopy(rng.choice(VALUES))
    elif action == 1:
        del node[key]
    elif action == 2 and isinstance(node, dict):
        node[rng.choice(["extra", "Name", "steps", "note", "side"])] = rng.choice(VALUES)
    elif isinstance(node, list):
        node.insert(key, copy.deepcopy(node[key]))
    return json.dumps(data, ensure_ascii=rng.random() < 0.5, indent=rng.choice([None, 2])).encode()


def mutate(raw: bytes, rng: random.Random) -> bytes:
    if rng.random() < 0.4:
        raw = mutate_tree(raw, rng)
        if rng.random() < 0.7:
            return raw
    data = bytearray(raw)
    for _ in range(rng.randint(1, 3)):
        kind = rng.randrange(6)
        at = rng.randrange(len(data) + 1)
        if kind == 0 and data:  # flip bits in a byte
            at = min(at, len(data) - 1)
            data[at] ^= 1 << rng.randrange(8)
        elif kind == 1:  # insert bytes
            data[at:at] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 4)))
        elif kind == 2 and data:  # delete a stretch
            del data[at : at + rng.randint(1, 40)]
        elif kind == 3:  # swap a number for another
            numbers = list(re.finditer(rb"-?\d+", bytes(data)))
            if numbers:
                match = rng.choice(numbers)
                data[match.start() : match.end()] = rng.choice(NUMBERS)
        elif kind == 4:  # splice a JSON fragment over a stretch
            data[at : at + rng.randint(0, 12)] = rng.choice(FRAGMENTS)
        else:  # copy a stretch of the file elsewhere
            start = rng.randrange(len(data) + 1)
            data[at:at] = data[start : start + rng.randint(1, 200)]
    return bytes(data)


def test_fuzzed_files_never_raise_anything_else_and_never_change_the_store(
    tmp_path: Path,
) -> None:
    paths = AppPaths.under(tmp_path / "app")
    paths.ensure()
    store = RoutineStore(paths, FakeClock())
    mine = Routine("Evening", (RoutineStep("Calf", "Lean on the wall.", Side.LEFT, 30, 3, 10),))
    store.add(mine)
    store.add(Routine("Morning", mine.steps, prescribed_by="Dr. Adeyemi"))
    before = paths.routines_file.read_bytes()
    # The file to mutate has the store's names: an intact copy would clash and be refused.
    user_before = store.user()
    seed = dump_routines(user_before)  # exported bytes, as a caregiver would share them
    rng = random.Random(20261126)
    file = tmp_path / "fuzzed.json"
    fd = os.open(file, os.O_RDWR | os.O_CREAT, 0o600)  # rewritten in place: opening is slow
    refused = accepted = 0
    started = time.monotonic()
    for _ in range(10_000):
        raw = mutate(seed, rng)
        os.ftruncate(fd, 0)
        os.pwrite(fd, raw, 0)
        try:
            result = store.import_file(file)
        except RoutineFileError:
            refused += 1
            assert paths.routines_file.read_bytes() == before
            assert store.user() == user_before
            continue
        # A mutant can still be a valid file with new names: it is then imported, whole.
        accepted += 1
        assert [r.name for r in store.user()[2:]] == list(result.added)
        assert [r.name for r in read_routine_file(file)] == list(result.added)
        paths.routines_file.write_bytes(before)
        assert store.reload_if_changed()
    elapsed = time.monotonic() - started
    os.close(fd)
    assert refused + accepted == 10_000
    assert refused > 9_000, (refused, accepted)
    print(f"fuzz: {refused} refused, {accepted} imported, {elapsed:.1f} s")


def test_parse_routines_names_the_file_it_is_given() -> None:
    with pytest.raises(RoutineFileError) as caught:
        parse_routines(b"{", Path("from-email.json"))
    assert str(caught.value) == (
        "from-email.json: not valid JSON at line 1, column 2: "
        "Expecting property name enclosed in double quotes"
    )
