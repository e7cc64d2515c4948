from __future__ import annotations

import dataclasses
import json
import os
import stat
import tempfile
from datetime import datetime, time, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cramp_timer.routines.model import (
    DEFAULT_ROUTINE_NAME,
    NAME_MAX_LENGTH,
    builtin_routines,
    find_routine,
)
from cramp_timer.storage import settings as settings_module
from cramp_timer.storage.settings import (
    FIELDS,
    MIGRATIONS,
    SETTINGS_VERSION,
    BoolField,
    ChoiceField,
    FloatField,
    IntField,
    LoadResult,
    Settings,
    SettingsError,
    TextField,
    Variant,
    field_spec,
    load_settings,
    migrate,
    save_settings,
)

NOW = datetime(2026, 11, 26, 3, 12, 9, tzinfo=timezone(timedelta(hours=1)))
STAMP = "2026-11-26T03-12-09"
INT_FIELDS = [spec for spec in FIELDS if isinstance(spec, IntField)]
FLOAT_FIELDS = [spec for spec in FIELDS if isinstance(spec, FloatField)]


def names_in(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def write_json(path: Path, data: object) -> None:
    path.write_text(json.dumps(data), encoding="utf-8")


def load(path: Path) -> LoadResult:
    return load_settings(path, NOW)


# ---------------------------------------------------------------- defaults and values


def test_defaults() -> None:
    s = Settings()
    assert s.hold_seconds == 45
    assert s.prep_seconds == 5
    assert s.variant is Variant.SEATED
    assert s.voice_enabled is True
    assert s.voice_id == ""
    assert s.voice_rate == 150
    assert s.voice_volume == 0.9
    assert s.reminder_enabled is False
    assert s.reminder_time == time(22, 0)
    assert s.reminder_weekdays == frozenset(range(7))
    assert s.reminder_speak is False
    assert s.snooze_minutes == 10
    assert s.bedtime_routine == "Bedtime stretch" == DEFAULT_ROUTINE_NAME


def test_table_and_dataclass_agree() -> None:
    assert [f.name for f in dataclasses.fields(Settings)] == [spec.name for spec in FIELDS]
    for spec in FIELDS:
        assert getattr(Settings(), spec.name) == spec.default


def test_import_time_check_catches_a_field_missing_from_the_dataclass(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    extra = IntField("night_light", "night light", 1, 0, 2)
    monkeypatch.setattr(settings_module, "FIELDS", (*FIELDS, extra))
    with pytest.raises(TypeError, match="do not match"):
        settings_module._check_table_matches_dataclass()


def test_settings_are_immutable() -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        Settings().hold_seconds = 50  # type: ignore[misc]


def test_with_changes_returns_a_validated_copy() -> None:
    base = Settings()
    changed = base.with_changes(hold_seconds=60, variant=Variant.STANDING, voice_volume=0.5)
    assert (changed.hold_seconds, changed.variant, changed.voice_volume) == (
        60,
        Variant.STANDING,
        0.5,
    )
    assert base == Settings()


def test_with_changes_names_the_field_and_the_rule() -> None:
    with pytest.raises(SettingsError) as caught:
        Settings().with_changes(hold_seconds=61)
    error = caught.value
    assert isinstance(error, ValueError)
    assert error.field == "hold_seconds"
    assert "30 to 60" in error.rule
    assert "hold_seconds" in str(error) and "61" in str(error)


def test_constructor_validates_too() -> None:
    with pytest.raises(SettingsError, match="prep_seconds"):
        Settings(prep_seconds=2)


def test_with_changes_rejects_an_unknown_name() -> None:
    with pytest.raises(TypeError, match="hold"):
        Settings().with_changes(hold=50)


@pytest.mark.parametrize("spec", INT_FIELDS, ids=lambda s: s.name)
def test_a_bool_is_not_an_int(spec: IntField) -> None:
    with pytest.raises(SettingsError, match=spec.name):
        Settings().with_changes(**{spec.name: True})


@pytest.mark.parametrize("spec", INT_FIELDS, ids=lambda s: s.name)
def test_a_float_is_not_an_int(spec: IntField) -> None:
    with pytest.raises(SettingsError, match=spec.name):
        Settings().with_changes(**{spec.name: float(spec.default)})  # type: ignore[arg-type]


def test_a_bool_is_not_a_volume() -> None:
    with pytest.raises(SettingsError, match="voice_volume"):
        Settings().with_changes(voice_volume=True)


def test_an_int_volume_becomes_a_float() -> None:
    s = Settings().with_changes(voice_volume=1)
    assert s.voice_volume == 1.0 and type(s.voice_volume) is float


def test_variant_accepts_its_text_value_and_nothing_else() -> None:
    assert Settings().with_changes(variant="standing").variant is Variant.STANDING
    with pytest.raises(SettingsError, match="variant"):
        Settings().with_changes(variant="lying")
    with pytest.raises(SettingsError, match="variant"):
        Settings().with_changes(variant=1)


def test_voice_enabled_must_be_a_real_bool() -> None:
    with pytest.raises(SettingsError, match="voice_enabled"):
        Settings().with_changes(voice_enabled=1)


def test_voice_id_length_limit() -> None:
    assert Settings().with_changes(voice_id="v" * 200).voice_id == "v" * 200
    with pytest.raises(SettingsError, match="voice_id"):
        Settings().with_changes(voice_id="v" * 201)


def test_voice_id_must_be_encodable_text() -> None:
    with pytest.raises(SettingsError, match="voice_id"):
        Settings().with_changes(voice_id="\ud800")


@pytest.mark.parametrize("spec", INT_FIELDS, ids=lambda s: s.name)
def test_int_bounds_are_inclusive(spec: IntField) -> None:
    assert getattr(Settings().with_changes(**{spec.name: spec.minimum}), spec.name) == spec.minimum
    assert getattr(Settings().with_changes(**{spec.name: spec.maximum}), spec.name) == spec.maximum
    for outside in (spec.minimum - 1, spec.maximum + 1):
        with pytest.raises(SettingsError, match=spec.name):
            Settings().with_changes(**{spec.name: outside})


@pytest.mark.parametrize("spec", INT_FIELDS, ids=lambda s: s.name)
@given(value=st.integers())
def test_int_fields_accept_exactly_their_range(spec: IntField, value: int) -> None:
    if spec.minimum <= value <= spec.maximum:
        assert getattr(Settings().with_changes(**{spec.name: value}), spec.name) == value
    else:
        with pytest.raises(SettingsError, match=spec.name):
            Settings().with_changes(**{spec.name: value})


@pytest.mark.parametrize("spec", FLOAT_FIELDS, ids=lambda s: s.name)
@given(value=st.floats(allow_nan=True, allow_infinity=True) | st.integers())
def test_float_fields_accept_exactly_their_range(spec: FloatField, value: float) -> None:
    if spec.minimum <= value <= spec.maximum:
        assert getattr(Settings().with_changes(**{spec.name: value}), spec.name) == value
    else:
        with pytest.raises(SettingsError, match=spec.name):
            Settings().with_changes(**{spec.name: value})


def test_field_spec_exposes_bounds_for_settings_pages() -> None:
    hold = field_spec("hold_seconds")
    assert isinstance(hold, IntField)
    assert (hold.minimum, hold.maximum, hold.default) == (30, 60, 45)
    variant = field_spec("variant")
    assert isinstance(variant, ChoiceField) and variant.choices is Variant
    assert isinstance(field_spec("voice_enabled"), BoolField)
    voice = field_spec("voice_id")
    assert isinstance(voice, TextField) and voice.max_length == 200


# ---------------------------------------------------------------- the reminder fields


@pytest.mark.parametrize(
    ("text", "value"),
    [("22:00", time(22, 0)), ("00:00", time(0, 0)), ("23:59", time(23, 59)),
     ("07:05", time(7, 5))],
)
def test_reminder_time_is_hh_mm_in_the_file(tmp_path: Path, text: str, value: time) -> None:
    path = tmp_path / "settings.json"
    write_json(path, {"version": SETTINGS_VERSION, "reminder_time": text})
    assert load(path) == LoadResult(Settings(reminder_time=value), (), None)
    save_settings(path, Settings(reminder_time=value))
    assert json.loads(path.read_text(encoding="utf-8"))["reminder_time"] == text


@pytest.mark.parametrize(
    "value",
    ["24:00", "22:60", "7:05", "22.00", "22:00:00", "２２:００", "", 2200, None,
     time(22, 0, 30), time(22, 0, tzinfo=timezone.utc)],
)
def test_reminder_time_refuses_anything_else(value: object) -> None:
    with pytest.raises(SettingsError, match=r"reminder_time.*HH:MM"):
        Settings().with_changes(reminder_time=value)


def test_reminder_weekdays_are_names_in_the_file(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    chosen = Settings(reminder_weekdays=frozenset({0, 2, 6}))
    save_settings(path, chosen)
    assert json.loads(path.read_text(encoding="utf-8"))["reminder_weekdays"] == [
        "mon", "wed", "sun"]
    assert load(path) == LoadResult(chosen, (), None)
    write_json(path, {"version": SETTINGS_VERSION, "reminder_weekdays": ["sun", "sun", "sat"]})
    assert load(path).settings.reminder_weekdays == frozenset({5, 6})
    write_json(path, {"version": SETTINGS_VERSION, "reminder_weekdays": []})
    assert load(path).settings.reminder_weekdays == frozenset()


@pytest.mark.parametrize(
    "value",
    [["Monday"], ["mon", 1], "mon", [0], {7}, {True}, frozenset({"mon"}), None],
)
def test_reminder_weekdays_refuse_anything_else(value: object) -> None:
    with pytest.raises(SettingsError, match="reminder_weekdays"):
        Settings().with_changes(reminder_weekdays=value)


def test_a_bad_reminder_value_is_repaired_like_any_other(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    write_json(path, {"version": SETTINGS_VERSION, "reminder_time": "25:00",
                      "reminder_weekdays": ["mon"], "snooze_minutes": 61})
    result = load(path)
    assert result.settings == Settings(reminder_weekdays=frozenset({0}))
    assert "reminder time, snooze time" in result.problems[0]


def test_files_from_before_the_reminder_need_no_migration(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    write_json(path, {"version": 1, "hold_seconds": 50})
    assert load(path) == LoadResult(Settings(hold_seconds=50), (), None)
    assert SETTINGS_VERSION == 1


def test_bedtime_routine_names_a_built_in_routine_by_default() -> None:
    spec = field_spec("bedtime_routine")
    assert isinstance(spec, TextField) and spec.max_length == NAME_MAX_LENGTH
    assert find_routine(Settings().bedtime_routine, builtin_routines()) is not None


# ---------------------------------------------------------------- save and load


def test_missing_file_gives_defaults_and_writes_nothing(tmp_path: Path) -> None:
    result = load(tmp_path / "settings.json")
    assert result == LoadResult(Settings(), (), None)
    assert names_in(tmp_path) == []


def test_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    original = Settings(
        hold_seconds=30,
        prep_seconds=15,
        variant=Variant.STANDING,
        voice_enabled=False,
        voice_id="de+f3 – Stimme",
        voice_rate=220,
        voice_volume=0.0,
    )
    save_settings(path, original)
    result = load(path)
    assert result == LoadResult(original, (), None)
    assert names_in(tmp_path) == ["settings.json"]


@given(
    hold=st.integers(30, 60),
    prep=st.integers(3, 15),
    variant=st.sampled_from(Variant),
    enabled=st.booleans(),
    voice_id=st.text(max_size=200).filter(lambda t: not any(0xD800 <= ord(c) < 0xE000 for c in t)),
    rate=st.integers(80, 220),
    volume=st.floats(0.0, 1.0),
)
@settings(deadline=None, max_examples=50)
def test_round_trip_any_valid_settings(
    hold: int,
    prep: int,
    variant: Variant,
    enabled: bool,
    voice_id: str,
    rate: int,
    volume: float,
) -> None:
    original = Settings(
        hold_seconds=hold,
        prep_seconds=prep,
        variant=variant,
        voice_enabled=enabled,
        voice_id=voice_id,
        voice_rate=rate,
        voice_volume=volume,
    )
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "settings.json"
        save_settings(path, original)
        assert load(path) == LoadResult(original, (), None)


def test_saved_file_is_versioned_json_readable_only_by_the_user(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    save_settings(path, Settings().with_changes(variant=Variant.STANDING))
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["version"] == SETTINGS_VERSION
    assert data["variant"] == "standing"
    assert data["hold_seconds"] == 45
    if os.name != "nt":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_missing_keys_take_defaults_silently(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    write_json(path, {"version": 1, "hold_seconds": 50})
    before = path.read_bytes()
    result = load(path)
    assert result == LoadResult(Settings(hold_seconds=50), (), None)
    assert path.read_bytes() == before


def test_byte_order_mark_is_tolerated(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps({"version": 1, "hold_seconds": 40}).encode())
    assert load(path) == LoadResult(Settings(hold_seconds=40), (), None)


# ---------------------------------------------------------------- unreadable files

UNREADABLE_CONTENTS = {
    "corrupt json": b'{"hold_seconds": 45,',
    "binary junk": bytes(range(256)) * 4,
    "empty file": b"",
    "top-level list": b"[45, 5]",
    "top-level string": b'"settings"',
    "top-level null": b"null",
    "not utf-8": '{"voice_id": "é"}'.encode("latin-1"),
    "deeply nested": b"[" * 100_000 + b"]" * 100_000,
    "integer too long": b'{"hold_seconds": ' + b"9" * 5000 + b"}",
    "too big": b'{"voice_id": "' + b"x" * (1024 * 1024) + b'"}',
}


@pytest.mark.parametrize("content", UNREADABLE_CONTENTS.values(), ids=UNREADABLE_CONTENTS.keys())
def test_unreadable_file_gives_defaults_and_is_kept_aside(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "settings.json"
    path.write_bytes(content)
    result = load(path)
    assert result.settings == Settings()
    aside = tmp_path / f"settings.json.broken-{STAMP}"
    assert result.kept_aside == aside
    assert aside.read_bytes() == content
    assert names_in(tmp_path) == [aside.name]  # nothing written in its place
    assert len(result.problems) == 1
    assert "could not be read" in result.problems[0]
    assert aside.name in result.problems[0]
    # the next start is quiet
    assert load(path) == LoadResult(Settings(), (), None)


def test_a_folder_where_the_file_should_be_is_unreadable(tmp_path: Path) -> None:
    # Honest stand-in for "permission denied" that also works when tests run as root.
    path = tmp_path / "settings.json"
    path.mkdir()
    result = load(path)
    assert result.settings == Settings()
    assert result.kept_aside == tmp_path / f"settings.json.broken-{STAMP}"
    assert result.kept_aside.is_dir()
    assert not path.exists()
    assert len(result.problems) == 1


@pytest.mark.skipif(
    os.name == "nt" or os.geteuid() == 0, reason="root (or Windows) can read a chmod-000 file"
)
def test_permission_denied_really(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    save_settings(path, Settings(hold_seconds=50))
    path.chmod(0)
    result = load(path)
    assert result.settings == Settings()
    assert result.kept_aside == tmp_path / f"settings.json.broken-{STAMP}"
    assert len(result.problems) == 1


def test_permission_denied_simulated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "settings.json"
    save_settings(path, Settings(hold_seconds=50))
    real_open = Path.open

    def deny(self: Path, *args: Any, **kwargs: Any) -> Any:
        if self == path:
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", deny)
    result = load(path)
    assert result.settings == Settings()
    assert result.kept_aside == tmp_path / f"settings.json.broken-{STAMP}"
    assert len(result.problems) == 1


def test_unreadable_file_that_cannot_be_moved_is_left_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "settings.json"
    path.write_bytes(b"{oops")

    def refuse(self: Path, target: object) -> Path:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "replace", refuse)
    result = load(path)
    assert result.settings == Settings()
    assert result.kept_aside is None
    assert len(result.problems) == 1
    assert path.read_bytes() == b"{oops"


def test_kept_aside_name_uses_the_given_time_and_never_overwrites(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_bytes(b"first")
    first = load_settings(path, NOW).kept_aside
    path.write_bytes(b"second")
    second = load_settings(path, NOW).kept_aside
    path.write_bytes(b"third")
    later = load_settings(path, datetime(2027, 1, 2, 23, 59, 58)).kept_aside
    assert first == tmp_path / "settings.json.broken-2026-11-26T03-12-09"
    assert second == tmp_path / "settings.json.broken-2026-11-26T03-12-09-2"
    assert later == tmp_path / "settings.json.broken-2027-01-02T23-59-58"
    assert (first.read_bytes(), second.read_bytes(), later.read_bytes()) == (
        b"first",
        b"second",
        b"third",
    )


# ---------------------------------------------------------------- repairable files


def test_out_of_range_value_is_repaired_kept_aside_and_rewritten(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    original = {"version": 1, "hold_seconds": 999, "voice_rate": 100, "variant": "standing"}
    write_json(path, original)
    original_bytes = path.read_bytes()

    result = load(path)
    expected = Settings(voice_rate=100, variant=Variant.STANDING)
    assert result.settings == expected
    aside = tmp_path / f"settings.json.broken-{STAMP}"
    assert result.kept_aside == aside
    assert aside.read_bytes() == original_bytes
    assert names_in(tmp_path) == sorted(["settings.json", aside.name])
    assert "stretch hold time" in result.problems[0]
    assert "speaking speed" not in " ".join(result.problems)
    assert len(result.problems) == 1  # one notice, the whole story
    assert aside.name in result.problems[0]
    if os.name != "nt":
        assert stat.S_IMODE(aside.stat().st_mode) == 0o600

    # the repaired settings were saved: the second start is quiet and nothing new is kept
    assert load(path) == LoadResult(expected, (), None)
    assert names_in(tmp_path) == sorted(["settings.json", aside.name])


def test_one_sentence_lists_every_bad_field(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    write_json(
        path,
        {
            "version": 1,
            "hold_seconds": True,  # JSON true is not 1
            "prep_seconds": "5",
            "variant": "lying down",
            "voice_enabled": 1,
            "voice_id": ["x"],
            "voice_rate": 150.0,
            "voice_volume": 1.5,
        },
    )
    result = load(path)
    assert result.settings == Settings()
    fields_sentence = result.problems[0]
    for label in (
        "stretch hold time",
        "get-ready time",
        "stretch",
        "spoken guidance",
        "voice",
        "speaking speed",
        "voice volume",
    ):
        assert label in fields_sentence
    assert result.problems == (
        "Some settings could not be used, so the usual values are back for: "
        "stretch hold time, get-ready time, stretch, spoken guidance, voice, speaking speed, "
        f"voice volume. The old file was kept as settings.json.broken-{STAMP}.",
    )


def test_unknown_keys_are_ignored_but_noted(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    write_json(path, {"version": 1, "hold_seconds": 50, "hold_secs": 55})
    result = load(path)
    assert result.settings == Settings(hold_seconds=50)
    assert any("hold_secs" in problem for problem in result.problems)
    assert result.kept_aside is not None
    assert load(path) == LoadResult(Settings(hold_seconds=50), (), None)


def test_many_unknown_keys_are_summarised(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    write_json(path, {"version": 1, **{f"key{i}": i for i in range(50)}})
    result = load(path)
    assert "and 45 more" in result.problems[0]


def test_newer_version_keeps_a_copy_and_uses_what_is_valid(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    newer = {"version": 7, "hold_seconds": 50, "voice_rate": 999, "bedtime_reminder": "22:00"}
    write_json(path, newer)
    newer_bytes = path.read_bytes()

    result = load(path)
    assert result.settings == Settings(hold_seconds=50)
    assert result.kept_aside == tmp_path / f"settings.json.newer-{STAMP}"
    assert result.kept_aside.read_bytes() == newer_bytes
    assert len(result.problems) == 1
    text = result.problems[0]
    assert "newer version" in text
    assert "speaking speed" in text  # the invalid value is still named
    assert "bedtime_reminder" not in text  # expected in a newer file, not a problem
    assert json.loads(path.read_text(encoding="utf-8"))["version"] == SETTINGS_VERSION
    assert load(path) == LoadResult(Settings(hold_seconds=50), (), None)


@pytest.mark.parametrize("version", ["1", 1.0, True, -1, None, [1]])
def test_unusable_version_is_repaired(tmp_path: Path, version: object) -> None:
    path = tmp_path / "settings.json"
    write_json(path, {"version": version, "hold_seconds": 50})
    result = load(path)
    assert result.settings == Settings(hold_seconds=50)
    assert any("version" in problem for problem in result.problems)
    assert load(path) == LoadResult(Settings(hold_seconds=50), (), None)


def test_repair_does_not_overwrite_when_the_copy_cannot_be_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "settings.json"
    write_json(path, {"version": 1, "hold_seconds": 999})
    before = path.read_bytes()

    def no_space(target: Path, data: bytes, mode: int = 0o600) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(settings_module, "write_bytes_atomic", no_space)
    result = load(path)
    assert result.settings == Settings()
    assert result.kept_aside is None
    assert path.read_bytes() == before
    assert len(result.problems) == 1
    assert "could not be repaired" in result.problems[0]


def test_repair_that_cannot_be_saved_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "settings.json"
    write_json(path, {"version": 1, "hold_seconds": 999})
    before = path.read_bytes()

    def read_only(target: Path, text: str, mode: int = 0o600) -> None:
        raise OSError(30, "Read-only file system")

    monkeypatch.setattr(settings_module, "write_text_atomic", read_only)
    result = load(path)
    assert result.settings == Settings()
    assert result.kept_aside is not None and result.kept_aside.read_bytes() == before
    assert path.read_bytes() == before
    assert "could not be repaired" in result.problems[0]


# ---------------------------------------------------------------- migrations


def test_migrations_are_ordered_and_complete() -> None:
    assert [version for version, _ in MIGRATIONS] == list(range(SETTINGS_VERSION))


def test_unversioned_file_is_migrated_from_v0(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    write_json(path, {"hold": 50, "prep": 10, "variant": "standing"})
    before = path.read_bytes()
    result = load(path)
    assert result == LoadResult(
        Settings(hold_seconds=50, prep_seconds=10, variant=Variant.STANDING), (), None
    )
    assert path.read_bytes() == before  # a clean load writes nothing


def test_v0_migration_prefers_the_new_name_if_both_are_present() -> None:
    migrated = migrate({"hold": 50, "hold_seconds": 40}, 0)
    assert migrated == {"hold_seconds": 40, "version": SETTINGS_VERSION}


def test_v0_migration_is_a_no_op_for_current_files() -> None:
    data = {"version": 1, "hold_seconds": 40, "hold": 50}
    assert migrate(data, 1) == data


def test_migrated_bad_value_is_named_and_repaired(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    write_json(path, {"hold": 5})
    result = load(path)
    assert result.settings == Settings()
    assert "stretch hold time" in result.problems[0]
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["version"] == SETTINGS_VERSION and "hold" not in data


# ---------------------------------------------------------------- never raises

json_leaf = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=20)
)
json_value = st.recursive(
    json_leaf,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner),
    max_leaves=8,
)
interesting_keys = st.sampled_from([spec.name for spec in FIELDS] + ["version", "hold", "prep"])
field_values = st.one_of(
    [st.sampled_from([spec.to_json(spec.default), getattr(spec, "minimum", None)])
     for spec in FIELDS]
)
settings_like = st.dictionaries(
    interesting_keys | st.text(max_size=10), field_values | json_value, max_size=10
)


@given(content=settings_like | json_value)
@settings(deadline=None, max_examples=150)
def test_any_json_loads_without_raising_and_the_second_load_is_quiet(content: object) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "settings.json"
        path.write_text(json.dumps(content), encoding="utf-8")
        before = path.read_bytes()
        first = load(path)
        assert isinstance(first.settings, Settings)
        assert len(first.problems) <= 1
        if first.problems:
            assert first.kept_aside is not None
            assert first.kept_aside.read_bytes() == before
        else:
            assert first.kept_aside is None
            assert path.read_bytes() == before
        assert load(path) == LoadResult(first.settings, (), None)


@given(content=st.binary(max_size=200))
@settings(deadline=None, max_examples=100)
def test_any_bytes_load_without_raising(content: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "settings.json"
        path.write_bytes(content)
        result = load(path)
        assert isinstance(result.settings, Settings)
        assert load(path).problems == ()


def test_module_has_no_qt_imports() -> None:
    source = Path(settings_module.__file__).read_text(encoding="utf-8")
    assert "PySide6" not in source
