"""The shipped JSON Schema and the app agree on every routine file: thousands of mutated
files, each read by the app (from a real file) and checked by a real JSON Schema validator.

The schema's own description names the rules only the app can check (names that differ
only in case or spacing, numbers written with a fraction, lone surrogate escapes); a
file breaking one of those is the only kind the schema may accept and the app refuse.
"""

from __future__ import annotations

import copy
import json
import random
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator

from cramp_timer.routines.files import (
    FORMAT_MARKER,
    FORMAT_VERSION,
    RoutineFileError,
    name_key,
    read_routine_file,
    schema_text,
)

VALIDATOR = Draft202012Validator(json.loads(schema_text()))
FILES = 3000

# values a mutation may put anywhere: edge lengths, edge numbers, every kind of JSON value,
# and text with each character class a line or a note may or may not hold
TEXTS = ["", " ", "\t", "Evening", "evening ", "Eve\nning", "Evening\n", "\nEvening",
         "Eve\u200bning", "\u202eEvening", "Even\u00ading", "\ufeffEvening", "Eve\u2066ning",
         "Eve\u200dning", "Eve\u061cning", "\u00a0", "\u3000x", "a\u0085b", "ring\a",
         "tab\there", "x" * 80, "x" * 81, "x" * 300, "x" * 301, "y" * 1000, "y" * 1001,
         "\u00e9v\u00e9nement", "e\u0301", "\U0001f9b5 legs", "\ud800", "left", "right",
         "both", "none", "LEFT", "cramp-timer-routines"]
NUMBERS: list[Any] = [0, 1, 4, 5, 9, 10, 11, 20, 21, 59, 60, 61, 120, 121, -1, 10.0, 10.5,
                      2**53, True, False]
OTHERS: list[Any] = [None, [], {}, [1], {"x": 1}]
VALUES = TEXTS + NUMBERS + OTHERS


def a_step(rng: random.Random) -> dict[str, Any]:
    return {"name": rng.choice(["Calf stretch", "Hamstring", "Wall push"]),
            "instruction": "Face the wall, this leg back, heel down.",
            "side": rng.choice(["left", "right", "both", "none"]),
            "hold_seconds": rng.randint(5, 120), "repetitions": rng.randint(1, 10),
            "rest_seconds": rng.randint(0, 60)}


def a_document(rng: random.Random) -> dict[str, Any]:
    routines = []
    for index in range(rng.randint(1, 3)):
        routine: dict[str, Any] = {"name": f"Routine {index}",
                                   "steps": [a_step(rng) for _ in range(rng.randint(1, 4))]}
        if rng.random() < 0.7:
            routine["note"] = "From the physio."
        if rng.random() < 0.5:
            routine["prescribed_by"] = rng.choice(["J. Ortiz", None])
        routines.append(routine)
    return {"format": FORMAT_MARKER, "version": FORMAT_VERSION, "routines": routines}


def places(node: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every path to a value in the document."""
    found = [path]
    if isinstance(node, dict):
        for key, value in node.items():
            found += places(value, (*path, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found += places(value, (*path, index))
    return found


def at(node: Any, path: tuple[Any, ...]) -> Any:
    for part in path:
        node = node[part]
    return node


def mutate(document: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    mutated = copy.deepcopy(document)
    for _ in range(rng.randint(1, 3)):
        path = rng.choice(places(mutated)[1:])
        parent, last = at(mutated, path[:-1]), path[-1]
        kind = rng.random()
        if kind < 0.6:
            parent[last] = rng.choice(VALUES)
        elif kind < 0.75 and isinstance(parent, dict):
            del parent[last]
        elif kind < 0.85 and isinstance(parent, dict):
            parent[rng.choice(["extra", "Name", "builtin", "steps"])] = rng.choice(VALUES)
        elif isinstance(parent, list) and parent:
            parent.append(copy.deepcopy(rng.choice(parent)))  # a repeat: maybe a name twice
            if len(parent) < 25 and rng.random() < 0.3:
                parent.extend(copy.deepcopy(parent))  # past a list's bounds
        if not places(mutated)[1:]:
            break
    return mutated


def leaves(node: Any) -> list[Any]:
    if isinstance(node, dict):
        return [*node.keys(), *(leaf for value in node.values() for leaf in leaves(value))]
    if isinstance(node, list):
        return [leaf for value in node for leaf in leaves(value)]
    return [node]


def only_the_app_checks(document: Any) -> bool:
    """True if the file breaks one of the rules the schema's description leaves to the app."""
    routines = document.get("routines") if isinstance(document, dict) else None
    for value in leaves(document):
        if isinstance(value, float) and value.is_integer():  # 10.0 for 10
            return True
        if isinstance(value, str) and any("\ud800" <= c <= "\udfff" for c in value):
            return True  # a lone surrogate
    if isinstance(routines, list):
        names = [r["name"] for r in routines if isinstance(r, dict)
                 and isinstance(r.get("name"), str)]
        if len({name_key(n) for n in names}) < len(names):
            return True
    return False


def test_the_schema_and_the_app_agree_on_thousands_of_mutated_files(tmp_path: Path) -> None:
    rng = random.Random(18)
    file = tmp_path / "routines.json"
    disagreements: list[str] = []
    refused = accepted = 0
    for _ in range(FILES):
        document = mutate(a_document(rng), rng)
        file.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8",
                        errors="surrogatepass")
        try:
            read_routine_file(file)
            app_ok = True
        except RoutineFileError:
            app_ok = False
        schema_ok = VALIDATOR.is_valid(document)
        expected = schema_ok and not only_the_app_checks(document)
        if app_ok != expected:
            disagreements.append(f"app {app_ok}, schema {schema_ok}: {json.dumps(document)}")
        accepted += app_ok
        refused += not app_ok
    assert disagreements == [], "\n".join(disagreements[:5])
    assert accepted > 300 and refused > 1500  # both sides were really exercised
