"""The user's settings: declared once, validated always, loaded tolerantly, saved atomically.

To add a setting: one line in ``FIELDS`` and one field in ``Settings`` (whose default is
``_DEFAULTS["name"]``). An import-time check makes sure the two agree.

Loading never raises because of what is in the file. Whatever is wrong is repaired, the
original file is kept beside it under a dated name, and ``LoadResult.problems`` holds
plain, translated sentences for the person at the screen.
"""

from __future__ import annotations

import dataclasses
import json
import math
import reprlib
import stat
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime, time
from enum import Enum
from pathlib import Path
from typing import Any, Final, get_origin, get_type_hints

from cramp_timer.core.aftercare import CARE_KINDS
from cramp_timer.core.records import Variant as Variant  # re-exported: a setting's choice
from cramp_timer.i18n import translate
from cramp_timer.storage import language
from cramp_timer.storage.atomic import free_aside_path, write_bytes_atomic, write_text_atomic

SETTINGS_VERSION: Final = 1
FILE_MODE: Final = 0o600
MAX_FILE_BYTES: Final = 1024 * 1024  # a real settings file is a few hundred bytes


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name pyside6-lupdate looks for
    """Mark ``text`` for translation without translating it now."""
    return text


class SettingsError(ValueError):
    """A value does not fit its setting. Names the field and the rule it broke."""

    def __init__(self, field: str, rule: str, value: object) -> None:
        super().__init__(f"{field}: {rule} (got {reprlib.repr(value)})")
        self.field = field
        self.rule = rule
        self.value = value


class _Invalid(Exception):
    """Raised by a field's ``check``; carries the rule as an English phrase."""

    def __init__(self, rule: str) -> None:
        super().__init__(rule)
        self.rule = rule


# --------------------------------------------------------------------------- the table


@dataclass(frozen=True)
class FieldSpec:
    """One setting: its name in the file, a short label for people, and its default.

    ``label`` is untranslated; show it through ``i18n.translate("settings", spec.label)``.
    """

    name: str
    label: str
    default: object

    @property
    def python_type(self) -> type:
        raise NotImplementedError

    def check(self, value: object) -> object:
        """Return the value in its canonical type, or raise ``_Invalid``."""
        raise NotImplementedError

    def to_json(self, value: object) -> object:
        return value


@dataclass(frozen=True)
class IntField(FieldSpec):
    minimum: int
    maximum: int

    @property
    def python_type(self) -> type:
        return int

    def check(self, value: object) -> object:
        rule = f"must be a whole number from {self.minimum} to {self.maximum}"
        # bool is a subclass of int, but JSON true is not 1.
        if isinstance(value, bool) or not isinstance(value, int):
            raise _Invalid(rule)
        if not self.minimum <= value <= self.maximum:
            raise _Invalid(rule)
        return int(value)


@dataclass(frozen=True)
class FloatField(FieldSpec):
    minimum: float
    maximum: float

    @property
    def python_type(self) -> type:
        return float

    def check(self, value: object) -> object:
        rule = f"must be a number from {self.minimum} to {self.maximum}"
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise _Invalid(rule)
        # Compare before converting: a huge JSON integer would overflow float().
        # NaN fails every comparison, so it is refused here too.
        if not self.minimum <= value <= self.maximum:
            raise _Invalid(rule)
        result = float(value)
        if not math.isfinite(result):
            raise _Invalid(rule)
        return result


@dataclass(frozen=True)
class BoolField(FieldSpec):
    @property
    def python_type(self) -> type:
        return bool

    def check(self, value: object) -> object:
        if not isinstance(value, bool):
            raise _Invalid("must be true or false")
        return value


@dataclass(frozen=True)
class TextField(FieldSpec):
    max_length: int

    @property
    def python_type(self) -> type:
        return str

    def check(self, value: object) -> object:
        rule = f"must be text of at most {self.max_length} characters"
        if not isinstance(value, str) or len(value) > self.max_length:
            raise _Invalid(rule)
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:  # a lone surrogate from a "\ud800" escape in JSON
            raise _Invalid(rule) from None
        return str(value)


@dataclass(frozen=True)
class ChoiceField(FieldSpec):
    choices: type[Enum]

    @property
    def python_type(self) -> type:
        return self.choices

    def check(self, value: object) -> object:
        by_value = {member.value: member for member in self.choices}
        rule = "must be one of: " + ", ".join(repr(v) for v in by_value)
        if isinstance(value, self.choices):
            return value
        if isinstance(value, str) and value in by_value:
            return by_value[value]
        raise _Invalid(rule)

    def to_json(self, value: object) -> object:
        return value.value if isinstance(value, Enum) else value


@dataclass(frozen=True)
class TextChoiceField(FieldSpec):
    """One of a few fixed texts (the Language setting's codes)."""

    choices: tuple[str, ...]

    @property
    def python_type(self) -> type:
        return str

    def check(self, value: object) -> object:
        if isinstance(value, str) and value in self.choices:
            return value
        raise _Invalid("must be one of: " + ", ".join(repr(v) for v in self.choices))


@dataclass(frozen=True)
class TimeField(FieldSpec):
    """A local clock time, whole minutes; ``"22:00"`` in the file."""

    @property
    def python_type(self) -> type:
        return time

    def check(self, value: object) -> object:
        rule = "must be a time of day written HH:MM, from 00:00 to 23:59"
        if isinstance(value, time):
            if value.tzinfo is not None or value.second or value.microsecond:
                raise _Invalid(rule)
            return value
        if (not isinstance(value, str) or len(value) != 5 or value[2] != ":"
                or not (value[:2] + value[3:]).isascii()
                or not (value[:2] + value[3:]).isdigit()):
            raise _Invalid(rule)
        hour, minute = int(value[:2]), int(value[3:])
        if hour > 23 or minute > 59:
            raise _Invalid(rule)
        return time(hour, minute)

    def to_json(self, value: object) -> object:
        return value.strftime("%H:%M") if isinstance(value, time) else value


WEEKDAY_NAMES: Final = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


@dataclass(frozen=True)
class WeekdaysField(FieldSpec):
    """A set of weekdays, 0 = Monday ... 6 = Sunday; ``["mon", "tue"]`` in the file."""

    @property
    def python_type(self) -> type:
        return frozenset

    def check(self, value: object) -> object:
        rule = "must be a list of weekdays from: " + ", ".join(WEEKDAY_NAMES)
        if isinstance(value, (set, frozenset)):
            if not all(type(d) is int and 0 <= d <= 6 for d in value):
                raise _Invalid(rule)
            return frozenset(value)
        if not isinstance(value, list) or not all(
                isinstance(d, str) and d in WEEKDAY_NAMES for d in value):
            raise _Invalid(rule)
        return frozenset(WEEKDAY_NAMES.index(d) for d in value)

    def to_json(self, value: object) -> object:
        if isinstance(value, frozenset):
            return [WEEKDAY_NAMES[d] for d in sorted(value)]
        return value


FIELDS: Final[tuple[FieldSpec, ...]] = (
    # kind, name in the file, label for people (used in problem sentences), default, rule
    IntField("hold_seconds", QT_TRANSLATE_NOOP("settings", "stretch hold time"), 45, 30, 60),
    IntField("prep_seconds", QT_TRANSLATE_NOOP("settings", "get-ready time"), 5, 3, 15),
    # getting up at night takes longer, and must not be rushed (see cramp.position_seconds)
    IntField("standing_prep_seconds", QT_TRANSLATE_NOOP("settings", "get-ready time standing"),
             15, 10, 30),
    ChoiceField("variant", QT_TRANSLATE_NOOP("settings", "stretch"), Variant.SEATED, Variant),
    BoolField("voice_enabled", QT_TRANSLATE_NOOP("settings", "spoken guidance"), True),
    TextField("voice_id", QT_TRANSLATE_NOOP("settings", "voice"), "", 200),
    IntField("voice_rate", QT_TRANSLATE_NOOP("settings", "speaking speed"), 150, 80, 220),
    FloatField("voice_volume", QT_TRANSLATE_NOOP("settings", "voice volume"), 0.9, 0.0, 1.0),
    # the follow-up timers' minutes, as their kinds declare them (core.aftercare.CARE_KINDS)
    *(IntField(spec.setting, spec.setting_label, *spec.minutes)
      for spec in CARE_KINDS if spec.setting),
    BoolField("welcome_seen", QT_TRANSLATE_NOOP("settings", "welcome shown"), False),
    # the bedtime reminder and routine
    BoolField("reminder_enabled", QT_TRANSLATE_NOOP("settings", "bedtime reminder"), False),
    TimeField("reminder_time", QT_TRANSLATE_NOOP("settings", "reminder time"), time(22, 0)),
    WeekdaysField(
        "reminder_weekdays", QT_TRANSLATE_NOOP("settings", "reminder days"), frozenset(range(7))
    ),
    BoolField("reminder_speak", QT_TRANSLATE_NOOP("settings", "spoken reminder"), False),
    IntField("snooze_minutes", QT_TRANSLATE_NOOP("settings", "snooze time"), 10, 5, 60),
    # the name of a routine (routines.DEFAULT_ROUTINE_NAME; not imported: routines imports us)
    TextField(
        "bedtime_routine", QT_TRANSLATE_NOOP("settings", "bedtime routine"), "Bedtime stretch", 80
    ),
    BoolField("dim", QT_TRANSLATE_NOOP("settings", "dim screen"), False),
    # read before Qt starts, on its own: storage.language.read_choice
    TextChoiceField("language", QT_TRANSLATE_NOOP("settings", "language"), language.SYSTEM,
                    language.CHOICES),
)
FIELDS_BY_NAME: Final[Mapping[str, FieldSpec]] = {spec.name: spec for spec in FIELDS}


def field_spec(name: str) -> FieldSpec:
    """The declaration of one setting (for settings pages: bounds, choices, label)."""
    return FIELDS_BY_NAME[name]


# Typed Any so the dataclass below can take its defaults from the table.
_DEFAULTS: Final[Mapping[str, Any]] = {spec.name: spec.default for spec in FIELDS}


# ------------------------------------------------------------------------ the values


@dataclass(frozen=True)
class Settings:
    """All settings, always valid. Build changed copies with ``with_changes``."""

    hold_seconds: int = _DEFAULTS["hold_seconds"]
    prep_seconds: int = _DEFAULTS["prep_seconds"]
    standing_prep_seconds: int = _DEFAULTS["standing_prep_seconds"]
    variant: Variant = _DEFAULTS["variant"]
    voice_enabled: bool = _DEFAULTS["voice_enabled"]
    voice_id: str = _DEFAULTS["voice_id"]
    voice_rate: int = _DEFAULTS["voice_rate"]
    voice_volume: float = _DEFAULTS["voice_volume"]
    heat_minutes: int = _DEFAULTS["heat_minutes"]
    cold_minutes: int = _DEFAULTS["cold_minutes"]
    welcome_seen: bool = _DEFAULTS["welcome_seen"]
    reminder_enabled: bool = _DEFAULTS["reminder_enabled"]
    reminder_time: time = _DEFAULTS["reminder_time"]
    reminder_weekdays: frozenset[int] = _DEFAULTS["reminder_weekdays"]
    reminder_speak: bool = _DEFAULTS["reminder_speak"]
    snooze_minutes: int = _DEFAULTS["snooze_minutes"]
    bedtime_routine: str = _DEFAULTS["bedtime_routine"]
    dim: bool = _DEFAULTS["dim"]  # the dim palette (`ui.theme.DIM`), key D
    language: str = _DEFAULTS["language"]  # "" the desktop's; used from the next start

    def __post_init__(self) -> None:
        for spec in FIELDS:
            value = getattr(self, spec.name)
            try:
                checked = spec.check(value)
            except _Invalid as invalid:
                raise SettingsError(spec.name, invalid.rule, value) from None
            if checked is not value:
                object.__setattr__(self, spec.name, checked)

    def with_changes(self, **changes: object) -> Settings:
        """A copy with some settings changed.

        Raises ``SettingsError`` (a ``ValueError``) naming the field and the rule if a
        value does not fit, and ``TypeError`` for a name that is not a setting.
        """
        unknown = sorted(set(changes) - set(FIELDS_BY_NAME))
        if unknown:
            raise TypeError(f"not a setting: {', '.join(unknown)}")
        return dataclasses.replace(self, **changes)  # type: ignore[arg-type]

    def to_json_dict(self) -> dict[str, object]:
        """The file form: ``version`` first, then every field in table order."""
        data: dict[str, object] = {"version": SETTINGS_VERSION}
        for spec in FIELDS:
            data[spec.name] = spec.to_json(getattr(self, spec.name))
        return data


def _check_table_matches_dataclass() -> None:
    """Fail at import, not at 3 a.m., if ``FIELDS`` and ``Settings`` disagree."""
    names = [f.name for f in dataclasses.fields(Settings)]
    if names != [spec.name for spec in FIELDS]:
        raise TypeError(f"Settings fields {names} do not match FIELDS")
    hints = get_type_hints(Settings)
    for spec in FIELDS:
        hint = hints[spec.name]
        if (get_origin(hint) or hint) is not spec.python_type:  # frozenset[int] -> frozenset
            raise TypeError(f"Settings.{spec.name} is not {spec.python_type.__name__}")
        spec.check(spec.default)  # raises _Invalid if a default breaks its own rule
    if len(FIELDS_BY_NAME) != len(FIELDS) or "version" in FIELDS_BY_NAME:
        raise TypeError("setting names must be unique and not 'version'")


_check_table_matches_dataclass()


# ------------------------------------------------------------------------ migrations

Migration = Callable[[dict[str, object]], dict[str, object]]


def _v0_to_v1(data: dict[str, object]) -> dict[str, object]:
    """Files from before versioning called the hold time "hold" and the prep time "prep"."""
    result = dict(data)
    for old, new in (("hold", "hold_seconds"), ("prep", "prep_seconds")):
        if old in result:
            value = result.pop(old)
            result.setdefault(new, value)
    return result


# (from_version, function turning a from_version dict into a from_version + 1 dict).
# Ordered, one per version, ending at SETTINGS_VERSION - 1. Checked below.
MIGRATIONS: Final[tuple[tuple[int, Migration], ...]] = ((0, _v0_to_v1),)

if [version for version, _fn in MIGRATIONS] != list(range(SETTINGS_VERSION)):
    raise TypeError("MIGRATIONS must cover every version from 0 to SETTINGS_VERSION - 1")


def migrate(data: Mapping[str, object], from_version: int) -> dict[str, object]:
    """Bring a file's dict from ``from_version`` up to ``SETTINGS_VERSION``."""
    result = dict(data)
    for version, step in MIGRATIONS:
        if version >= from_version:
            result = step(result)
    result["version"] = SETTINGS_VERSION
    return result


# ------------------------------------------------------------------------ load / save


@dataclass(frozen=True)
class LoadResult:
    settings: Settings
    # Plain translated text for the person at the screen; empty if all was well. Today a
    # load gives at most one problem (its sentences joined); show each entry in full.
    problems: tuple[str, ...]
    kept_aside: Path | None  # where the original file was kept, if it was


def save_settings(path: Path, settings: Settings) -> None:
    """Write ``settings`` as JSON with a version, atomically, readable only by the user."""
    text = json.dumps(settings.to_json_dict(), indent=2, ensure_ascii=False, allow_nan=False)
    write_text_atomic(path, text + "\n", FILE_MODE)


class _Unreadable(Exception):
    pass


def load_settings(path: Path, now: datetime) -> LoadResult:
    """Read the settings file. Never raises because of the file's content.

    - missing: defaults, no problems, nothing written;
    - unreadable (permissions, not a file, not UTF-8, not JSON, not an object, too big):
      defaults; the file is renamed to ``<name>.broken-<now>``; one problem sentence;
    - some values wrong, unknown keys, or a newer version: valid values are kept, the
      rest fall back to defaults; the original is copied aside and the repaired settings
      are saved, so the next load is clean.
    """
    path = Path(path)
    try:
        data = _read_json_object(path)
    except FileNotFoundError:
        return LoadResult(Settings(), (), None)
    except _Unreadable:
        return _unreadable(path, now)

    problems: list[str] = []
    version = _file_version(data)
    bad_version = version is None
    if version is None:
        version = SETTINGS_VERSION  # unknown: read the fields as they are
    newer = version > SETTINGS_VERSION
    if version < SETTINGS_VERSION:
        data = migrate(data, version)

    values: dict[str, object] = {}
    bad_fields: list[FieldSpec] = []
    for spec in FIELDS:
        if spec.name not in data:
            continue  # an older file, or the user removed it: the default is right
        try:
            values[spec.name] = spec.check(data[spec.name])
        except _Invalid:
            bad_fields.append(spec)
    unknown = [key for key in data if key != "version" and key not in FIELDS_BY_NAME]
    settings = Settings(**values)  # type: ignore[arg-type]  # each value checked above

    if newer:
        problems.append(
            translate(
                "settings",
                "Your settings were saved by a newer version of Cramp Timer. "
                "This version uses the settings it understands.",
            )
        )
    if bad_fields:
        labels = ", ".join(translate("settings", spec.label) for spec in bad_fields)
        problems.append(
            translate(
                "settings",
                "Some settings could not be used, so the usual values are back for: {fields}.",
            ).format(fields=labels)
        )
    if unknown and not newer:
        problems.append(
            translate(
                "settings", "Some entries in the settings file were not recognised: {names}."
            ).format(names=_short_list(unknown))
        )
    if bad_version:
        problems.append(translate("settings", "The settings file had no usable version number."))
    if not problems:
        return LoadResult(settings, (), None)
    return _repair(path, now, settings, problems, "newer" if newer else "broken")


def _file_version(data: Mapping[str, object]) -> int | None:
    """The file's version: 0 if it has none (from before versioning), None if unusable."""
    version = data.get("version", 0)
    if isinstance(version, bool) or not isinstance(version, int) or version < 0:
        return None
    return version


def _read_json_object(path: Path) -> dict[str, object]:
    """The file's top-level object. ``FileNotFoundError`` if absent, else ``_Unreadable``."""
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):  # a folder, or a pipe that would block the read
            raise _Unreadable
        with path.open("rb") as stream:
            raw = stream.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise
    except OSError as error:
        raise _Unreadable from error
    if len(raw) > MAX_FILE_BYTES:
        raise _Unreadable
    try:
        data = json.loads(raw.decode("utf-8-sig"))  # a byte-order mark from Notepad is fine
    except (UnicodeDecodeError, ValueError, RecursionError) as error:
        # ValueError covers bad JSON and integers too long to convert.
        raise _Unreadable from error
    if not isinstance(data, dict):
        raise _Unreadable
    return data


def _unreadable(path: Path, now: datetime) -> LoadResult:
    aside = free_aside_path(path, "broken", now)
    try:
        path.replace(aside)
    except OSError:
        message = translate(
            "settings",
            "Your settings file could not be read, so the usual settings are in use. "
            "The file could not be moved out of the way either: {name}.",
        ).format(name=path)
        return LoadResult(Settings(), (message,), None)
    message = translate(
        "settings",
        "Your settings file could not be read, so the usual settings are in use. "
        "The old file was kept as {name}.",
    ).format(name=aside.name)
    return LoadResult(Settings(), (message,), aside)


def _repair(
    path: Path, now: datetime, settings: Settings, sentences: list[str], tag: str
) -> LoadResult:
    """Copy the original aside, then save the repaired settings in its place.

    All sentences become ONE problem, so a window showing only the latest notice still
    shows everything.
    """
    could_not_repair = translate(
        "settings", "The settings file could not be repaired, so this may show again."
    )
    aside = free_aside_path(path, tag, now)
    try:
        original = path.read_bytes()
        write_bytes_atomic(aside, original, FILE_MODE)
    except OSError:
        # Without a copy, do not overwrite: the user's file stays as it is.
        return LoadResult(settings, (" ".join([*sentences, could_not_repair]),), None)
    sentences.append(
        translate("settings", "The old file was kept as {name}.").format(name=aside.name)
    )
    try:
        save_settings(path, settings)
    except OSError:
        sentences.append(could_not_repair)
    return LoadResult(settings, (" ".join(sentences),), aside)


def _short_list(names: list[str], limit: int = 5) -> str:
    shown = [reprlib.repr(name).strip("'\"") for name in names[:limit]]
    text = ", ".join(shown)
    if len(names) > limit:
        text += " " + translate("settings", "and %n more", "", len(names) - limit)
    return text
