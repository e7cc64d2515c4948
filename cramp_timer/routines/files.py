"""Routine files: one routine or several, as a versioned JSON document.

The format (documented in docs/routine-format.md, described by the JSON Schema in
``cramp_timer/schemas/routines.schema.json``)::

    {"format": "cramp-timer-routines", "version": 1, "routines": [ {routine}, ... ]}

Each routine has the plain JSON shape of `routines.routine_to_data`; its rules are those
of `routines.routine_problems`, which this module reuses: it adds only the rules of the
file around the routines.

`read_routine_file` checks everything before it returns anything: the size (at most
1 MiB, checked before the file is read whole), that it is a regular file, the encoding
(UTF-8; a byte-order mark at the start is accepted, since Windows Notepad writes one),
the JSON syntax (with line and column), duplicate keys, the format marker, the version,
then every routine and step (unknown fields, types, bounds, empty lists) and duplicate
names. Every problem found is reported at once in one `RoutineFileError`, each naming
the file, the field path and the rule: ``night.json: steps[3].hold_seconds: 400 is above
120``. In a file with one routine the path starts at that routine (``steps[3]...``); with
several, at the list (``routines[1].steps[3]...``).

Nothing in a file is executed or evaluated: it is parsed as JSON data and its text is
only ever shown or spoken as text. Text from a file is quoted with its control and
formatting characters escaped before it goes into a message, so a file cannot send
terminal escape sequences through an error.
"""

from __future__ import annotations

import json
import os
import stat
import unicodedata
from collections.abc import Callable, Sequence
from pathlib import Path

from cramp_timer.i18n import translate
from cramp_timer.routines.model import (
    Problem,
    Routine,
    Rule,
    routine_from_data,
    routine_problems,
    routine_to_data,
)
from cramp_timer.storage.atomic import write_bytes_atomic

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, Final

    _JsonObject = dict[str, Any]
else:
    _JsonObject = dict  # (`typing` stays off the routine commands: decision 0022)

FORMAT_MARKER: Final = "cramp-timer-routines"
FORMAT_VERSION: Final = 1
MAX_FILE_BYTES: Final = 1024 * 1024
FILE_MODE: Final = 0o600
# A broken file can have thousands of problems; the first ones are enough to fix it.
MAX_SHOWN_PROBLEMS: Final = 10
SCHEMA_RESOURCE: Final = "schemas/routines.schema.json"

_TOP_KEYS: Final = ("format", "version", "routines")

# Older versions of the format, turned into the next version's shape, in order. When the
# format changes, FORMAT_VERSION goes up by one and a function is added here for the old
# number (see docs/routine-format.md). Version 1 is the first: nothing to migrate yet.
_MIGRATIONS: Final[dict[int, Callable[[dict[str, Any]], dict[str, Any]]]] = {}


class RoutineFileError(ValueError):
    """A routine file cannot be used. ``problems`` are plain sentences, each naming the
    field path and the rule (``steps[3].hold_seconds: 400 is above 120``); ``str()``
    puts the file's name in front of each, one per line, the first ten of them."""

    def __init__(
        self, file: Path, problems: Sequence[str], newer_version: int | None = None
    ) -> None:
        self.file = Path(file)
        self.problems = tuple(problems)
        # Set when the file is refused only because a newer Cramp Timer wrote it.
        self.newer_version = newer_version
        super().__init__(self.file, self.problems)

    def lines(self) -> list[str]:
        """The problems to show, each prefixed with the file's name."""
        name = safe_text(str(self.file))
        shown = [f"{name}: {problem}" for problem in self.problems[:MAX_SHOWN_PROBLEMS]]
        more = len(self.problems) - MAX_SHOWN_PROBLEMS
        if more > 0:
            shown.append(
                f"{name}: "
                + translate("routine_files", "and %n more problems", "", more)
            )
        return shown

    def __str__(self) -> str:
        return "\n".join(self.lines())


# ------------------------------------------------------------------------ names


def name_key(name: str) -> str:
    """What two routine names must not share: case, spacing and Unicode form aside,
    "Evening", "evening" and " Evening" are the same name to a sleepy reader."""
    return " ".join(unicodedata.normalize("NFC", name).casefold().split())


# ------------------------------------------------------------------------ writing


def routines_to_document(routines: Sequence[Routine]) -> dict[str, object]:
    """The file's JSON document for ``routines`` (``ValueError`` if the list is empty or
    two names are the same)."""
    if not routines:
        raise ValueError("a routine file holds at least one routine")
    seen: set[str] = set()
    for routine in routines:
        key = name_key(routine.name)
        if key in seen:
            raise ValueError(f"two routines are called {routine.name!r}")
        seen.add(key)
    return {
        "format": FORMAT_MARKER,
        "version": FORMAT_VERSION,
        "routines": [routine_to_data(routine) for routine in routines],
    }


def dump_routines(routines: Sequence[Routine]) -> bytes:
    """The file's bytes: UTF-8, indented, keys in a fixed order, a newline at the end."""
    text = json.dumps(routines_to_document(routines), indent=2, ensure_ascii=False, allow_nan=False)
    return (text + "\n").encode("utf-8")


class RoutineFileTooBig(ValueError):
    """The routines would make a file bigger than a routine file may be (`MAX_FILE_BYTES`):
    no version of Cramp Timer could read it back. ``str()`` is a plain sentence."""


def export_routines(path: Path, routines: Sequence[Routine]) -> None:
    """Write ``routines`` to ``path`` atomically, readable only by the user (0600).

    Raises ``ValueError`` for an empty list or a repeated name, `RoutineFileTooBig` (and
    writes nothing) if the file would be over `MAX_FILE_BYTES`, ``OSError`` if the file
    cannot be written (an existing file is then left as it was).
    """
    data = dump_routines(routines)
    if len(data) > MAX_FILE_BYTES:
        raise RoutineFileTooBig(translate(
            "routine_files", "These routines would make a file of {size}, and a routine file "
            "may be at most 1 MiB, so nothing was written. Shorten or delete some routines "
            "first.").format(size=_size(len(data))))
    write_bytes_atomic(Path(path), data, FILE_MODE)


# ------------------------------------------------------------------------ reading


def read_routine_file(path: Path) -> list[Routine]:
    """Every routine in the file at ``path``, in file order, all checked.

    Raises `RoutineFileError` (and nothing else for any content or any file) listing
    every problem; then nothing has been returned, so nothing can have been changed.
    """
    path = Path(path)
    return parse_routines(_read_limited(path), path)


def parse_routines(raw: bytes, file: Path) -> list[Routine]:
    """The routines in ``raw``, the content of ``file`` (named in the errors)."""
    file = Path(file)
    if len(raw) > MAX_FILE_BYTES:
        raise RoutineFileError(file, [_too_big(len(raw))])
    data, repeats = _parse_json(raw, file)
    return _document_routines(data, file, repeats=repeats)


def _read_limited(path: Path) -> bytes:
    """The file's bytes, if it is a regular file of at most `MAX_FILE_BYTES`."""
    try:
        info = path.stat()
        _check_kind_and_size(info, path)
        flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
        fd = os.open(path, flags)  # O_NONBLOCK: a pipe swapped in now cannot block us
        with os.fdopen(fd, "rb") as stream:
            _check_kind_and_size(os.fstat(stream.fileno()), path)
            raw = stream.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise RoutineFileError(
            path, [translate("routine_files", "there is no such file")]
        ) from None
    except IsADirectoryError:
        raise RoutineFileError(path, [_not_a_file(True)]) from None
    except OSError as error:
        reason = error.strerror or str(error)
        raise RoutineFileError(
            path,
            [
                translate("routine_files", "the file could not be read: {reason}").format(
                    reason=reason
                )
            ],
        ) from error
    if len(raw) > MAX_FILE_BYTES:  # it grew after the check
        raise RoutineFileError(path, [_too_big(len(raw))])
    return raw


def _check_kind_and_size(info: os.stat_result, path: Path) -> None:
    if not stat.S_ISREG(info.st_mode):
        raise RoutineFileError(path, [_not_a_file(stat.S_ISDIR(info.st_mode))])
    if info.st_size > MAX_FILE_BYTES:
        raise RoutineFileError(path, [_too_big(info.st_size)])


def _not_a_file(folder: bool) -> str:
    if folder:
        return translate("routine_files", "this is a folder, not a routine file")
    return translate("routine_files", "this is not a regular file")


def _too_big(size: int) -> str:
    return translate(
        "routine_files", "the file is {size}; a routine file may be at most 1 MiB"
    ).format(size=_size(size))


def _size(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.1f} MiB"
    return f"{size} bytes"


class _Duplicates(_JsonObject):
    """A JSON object in which a key appeared more than once (the hook records which)."""

    repeated: tuple[str, ...] = ()


class _Refused(ValueError):
    pass


class _ObjectPairs:
    """The object hook of one parse; ``repeats`` counts the objects with a repeated key."""

    def __init__(self) -> None:
        self.repeats = 0

    def __call__(self, pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        quick = dict(pairs)
        if len(quick) == len(pairs):  # no key twice: the usual case, at C speed
            return quick
        self.repeats += 1
        result: dict[str, Any] = {}
        repeated: list[str] = []
        for key, value in pairs:
            if key in result and key not in repeated:
                repeated.append(key)
            result[key] = value
        if not repeated:
            return result
        marked = _Duplicates(result)
        marked.repeated = tuple(repeated)
        return marked


def _refuse_constant(name: str) -> object:
    raise _Refused(name)  # NaN, Infinity, -Infinity: not JSON, though Python accepts them


def _parse_json(raw: bytes, file: Path) -> tuple[object, bool]:
    """The JSON data, and whether some object in it has a key twice."""
    try:
        text = raw.decode("utf-8-sig")  # strict; a leading byte-order mark is dropped
    except UnicodeDecodeError as error:
        raise RoutineFileError(
            file,
            [
                translate(
                    "routine_files", "the file is not UTF-8 text (byte {byte} at offset {offset})"
                ).format(byte=f"0x{raw[error.start]:02x}", offset=error.start)
            ],
        ) from None
    if not text.strip():
        raise RoutineFileError(file, [translate("routine_files", "the file is empty")])
    pairs = _ObjectPairs()
    try:
        data: object = json.loads(text, object_pairs_hook=pairs, parse_constant=_refuse_constant)
    except json.JSONDecodeError as error:
        raise RoutineFileError(
            file,
            [
                translate(
                    "routine_files", "not valid JSON at line {line}, column {column}: {reason}"
                ).format(line=error.lineno, column=error.colno, reason=error.msg)
            ],
        ) from None
    except _Refused as error:
        raise RoutineFileError(
            file,
            [
                translate(
                    "routine_files", "not valid JSON: {word} is not a number JSON allows"
                ).format(word=error.args[0])
            ],
        ) from None
    except RecursionError:
        raise RoutineFileError(
            file, [translate("routine_files", "the file is nested too deeply to be a routine file")]
        ) from None
    except ValueError as error:  # e.g. an integer too long to convert
        raise RoutineFileError(
            file,
            [translate("routine_files", "not valid JSON: {reason}").format(reason=error)],
        ) from None
    return data, pairs.repeats > 0


# ------------------------------------------------------------------------ the document


def _document_routines(data: object, file: Path, repeats: bool | None = None) -> list[Routine]:
    """``repeats``: whether the parse saw a key twice in one object (None: look)."""
    routines_data = data.get("routines") if isinstance(data, dict) else None
    single = isinstance(routines_data, list) and len(routines_data) == 1
    repeated = _repeated_keys(data, single) if repeats is not False else []
    if repeated:
        raise RoutineFileError(file, repeated)
    if not isinstance(data, dict):
        raise RoutineFileError(
            file,
            [
                translate("routine_files", "the file must hold one JSON object, not {kind}").format(
                    kind=_kind(data)
                )
            ],
        )
    if data.get("format") != FORMAT_MARKER:
        raise RoutineFileError(
            file,
            [
                translate(
                    "routine_files",
                    'this is not a Cramp Timer routine file ("format" must be "{marker}")',
                ).format(marker=FORMAT_MARKER)
            ],
        )
    data = _bring_up_to_date(data, file)

    problems: list[str] = [
        describe(Problem(safe_text(str(key)), Rule.UNKNOWN, key))
        for key in data
        if key not in _TOP_KEYS
    ]
    routines_data = data.get("routines")
    if "routines" not in data:
        problems.append(describe(Problem("routines", Rule.REQUIRED)))
    elif not isinstance(routines_data, list):
        problems.append(
            translate("routine_files", "routines: must be a list, not {kind}").format(
                kind=_kind(routines_data)
            )
        )
    elif not routines_data:
        problems.append(
            translate("routine_files", "routines: is empty; a file holds at least one routine")
        )
    else:
        for index, item in enumerate(routines_data):
            for problem in routine_problems(item, f"routines[{index}]"):
                problems.append(describe(_placed(problem, single)))
        problems += _duplicate_names(routines_data)
    if problems:
        raise RoutineFileError(file, problems)
    assert isinstance(routines_data, list)
    return [routine_from_data(item, checked=True) for item in routines_data]


def _bring_up_to_date(data: dict[str, Any], file: Path) -> dict[str, Any]:
    version = data.get("version")
    if "version" not in data:
        raise RoutineFileError(file, [describe(Problem("version", Rule.REQUIRED))])
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise RoutineFileError(
            file,
            [
                translate(
                    "routine_files", "version: must be a whole number from 1 up, not {value}"
                ).format(value=quoted(version))
            ],
        )
    if version > FORMAT_VERSION:
        raise RoutineFileError(
            file,
            [
                translate(
                    "routine_files",
                    "made by a newer Cramp Timer (format version {version}; this one reads "
                    "{supported})",
                ).format(version=quoted(version), supported=FORMAT_VERSION)
            ],
            newer_version=version,
        )
    for old in range(version, FORMAT_VERSION):
        data = _MIGRATIONS[old](data)
    return data


def _placed(problem: Problem, single: bool) -> Problem:
    """In a one-routine file, paths start at the routine: ``steps[3]``, not
    ``routines[0].steps[3]``."""
    prefix = "routines[0]."
    if single and problem.path.startswith(prefix):
        return Problem(
            problem.path[len(prefix) :],
            problem.rule,
            problem.value,
            problem.low,
            problem.high,
            problem.choices,
        )
    return problem


def _duplicate_names(routines_data: Sequence[object]) -> list[str]:
    problems: list[str] = []
    first: dict[str, int] = {}
    for index, item in enumerate(routines_data):
        name = item.get("name") if isinstance(item, dict) else None
        if not isinstance(name, str):
            continue
        key = name_key(name)
        if key in first:
            problems.append(
                translate(
                    "routine_files",
                    "routines[{index}].name: {name} is also the name of routines[{other}]",
                ).format(index=index, name=quoted(name), other=first[key])
            )
        else:
            first[key] = index
    return problems


def _repeated_keys(data: object, single: bool) -> list[str]:
    """Each key that appears twice in one object, by its path, in document order."""
    if not _has_repeats(data):  # the usual case: no paths made (they cost most of a read)
        return []
    problems: list[str] = []
    stack: list[tuple[str, object]] = [("", data)]
    while stack:  # not recursive: the tree may be as deep as the parser allowed
        path, node = stack.pop()
        children: list[tuple[str, object]] = []
        if isinstance(node, dict):
            if isinstance(node, _Duplicates):
                for key in node.repeated:
                    where = _placed(Problem(_join(path, safe_text(key)), Rule.UNKNOWN), single).path
                    problems.append(
                        translate("routine_files", "{path}: appears more than once").format(
                            path=where
                        )
                    )
            children = [(_join(path, safe_text(str(k))), v) for k, v in node.items()]
        elif isinstance(node, list):
            children = [(f"{path}[{i}]", v) for i, v in enumerate(node)]
        stack.extend(reversed(children))
    return problems


def _has_repeats(data: object) -> bool:
    stack = [data]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            if isinstance(node, _Duplicates):
                return True
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
    return False


def _join(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


# ------------------------------------------------------------------------ messages


def describe(problem: Problem) -> str:
    """One problem as ``path: rule``, translated, with the value that broke it:
    ``steps[3].hold_seconds: 400 is above 120``."""
    path = safe_text(problem.path) or translate("routine_files", "the routine")
    value = problem.value
    rule = problem.rule
    if rule is Rule.REQUIRED:
        text = translate("routine_files", "{path}: is missing")
    elif rule is Rule.UNKNOWN:
        text = translate("routine_files", "{path}: is not a known field")
    elif rule is Rule.OBJECT:
        text = translate("routine_files", "{path}: must be an object, not {kind}")
    elif rule in (Rule.LINE, Rule.TEXT):
        text = _text_rule(problem)
    elif rule is Rule.WHOLE_NUMBER:
        if isinstance(value, int) and not isinstance(value, bool):
            if problem.high is not None and value > problem.high:
                text = translate("routine_files", "{path}: {value} is above {high}")
            else:
                text = translate("routine_files", "{path}: {value} is below {low}")
        elif isinstance(value, (bool, float)):
            text = translate("routine_files", "{path}: must be a whole number, not {value}")
        else:
            text = translate(
                "routine_files", "{path}: must be a whole number from {low} to {high}, not {kind}"
            )
    elif rule is Rule.CHOICE:
        if isinstance(value, str):
            text = translate("routine_files", "{path}: {value} is not one of: {choices}")
        else:
            text = translate("routine_files", "{path}: must be one of: {choices} (not {value})")
    elif rule is Rule.LIST:
        if isinstance(value, (list, tuple)):
            if not value:
                text = translate(
                    "routine_files", "{path}: is empty; it needs {low} to {high} items"
                )
            else:
                text = translate("routine_files",
                                 "{path}: has %n items; it may have {low} to {high}", "",
                                 len(value))
        else:
            text = translate("routine_files", "{path}: must be a list, not {kind}")
    else:
        text = translate("routine_files", "{path}: must be true or false, not {value}")
    return text.format(
        path=path,
        value=quoted(value),
        kind=_kind(value),
        low=problem.low,
        high=problem.high,
        choices=", ".join(problem.choices),
    )


def _text_rule(problem: Problem) -> str:
    value = problem.value
    high = problem.high if problem.high is not None else 0
    low = problem.low if problem.low is not None else 0
    if not isinstance(value, str):
        return translate("routine_files", "{path}: must be text, not {kind}")
    if any(unicodedata.category(c) == "Cs" for c in value):
        return translate("routine_files", "{path}: is not valid text (a lone surrogate escape)")
    if len(value) > high:
        return translate("routine_files", "{path}: is %n characters long; the most is {high}",
                         "", len(value))
    if len(value) < low or not value.strip():
        return translate("routine_files", "{path}: is empty")
    if problem.rule is Rule.LINE and not any(unicodedata.category(c) == "Cc" for c in value):
        return translate(
            "routine_files", "{path}: holds an invisible or text-direction character (such as "
            "a zero-width space or a right-to-left override); type it again without it"
        )
    if problem.rule is Rule.LINE:
        return translate(
            "routine_files", "{path}: must be one line, without tabs or control characters"
        )
    return translate("routine_files", "{path}: must not contain control characters")


def quoted(value: object) -> str:
    """A value as JSON would write it, shortened, with no raw control characters."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        digits = str(value)
        return digits if len(digits) <= 24 else f"{digits[:12]}…({len(digits)} digits)"
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, str):
        shown = value if len(value) <= 60 else value[:57] + "…"
        return '"' + safe_text(shown.replace("\\", "\\\\").replace('"', '\\"')) + '"'
    return _kind(value)


def _kind(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return translate("routine_files", "true or false")
    if isinstance(value, (int, float)):
        return translate("routine_files", "a number")
    if isinstance(value, str):
        return translate("routine_files", "text")
    if isinstance(value, (list, tuple)):
        return translate("routine_files", "a list")
    return translate("routine_files", "an object")


def safe_text(text: str) -> str:
    """``text`` with control, formatting, surrogate and line-separator characters
    written as escapes (``\\u001b``), so it prints as one harmless line."""
    if text.isascii() and text.isprintable():  # nothing to escape (the usual case)
        return text
    return "".join(
        f"\\u{ord(c):04x}" if unicodedata.category(c) in ("Cc", "Cf", "Cs", "Zl", "Zp") else c
        for c in text
    )


def schema_text() -> str:
    """The JSON Schema of the format, as shipped inside the package."""
    from importlib.resources import files

    return files("cramp_timer").joinpath(SCHEMA_RESOURCE).read_text(encoding="utf-8")
