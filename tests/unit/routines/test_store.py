"""The routine store: built-ins always there, the user's routines saved at once, imports
all-or-nothing, a corrupt file kept aside."""

from __future__ import annotations

import json
import stat
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from cramp_timer.core.clock import FakeClock
from cramp_timer.routines import store as routine_store
from cramp_timer.routines.files import (
    FORMAT_MARKER,
    RoutineFileError,
    dump_routines,
    export_routines,
    read_routine_file,
)
from cramp_timer.routines.model import (
    BEDTIME_STRETCH,
    BEDTIME_STRETCH_SEATED,
    NAME_MAX_LENGTH,
    Routine,
    RoutineStep,
    Side,
    builtin_routines,
)
from cramp_timer.routines.store import (
    ImportClashError,
    OnClash,
    RoutineStore,
    RoutineStoreError,
)
from cramp_timer.storage.paths import AppPaths

NOW = datetime(2026, 11, 26, 3, 12, 9, tzinfo=timezone(timedelta(hours=1)))
STAMP = "2026-11-26T03-12-09"


def routine(name: str, hold: int = 30) -> Routine:
    return Routine(
        name,
        (
            RoutineStep("Calf stretch", "Face the wall, this leg back.", Side.LEFT, hold, 3, 10),
            RoutineStep("Calf stretch", "Face the wall, this leg back.", Side.RIGHT, hold, 3, 10),
        ),
        note="Gently.",
        prescribed_by="J. Ortiz",
    )


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    result = AppPaths.under(tmp_path / "app")
    result.ensure()
    return result


def open_store(paths: AppPaths) -> RoutineStore:
    return RoutineStore(paths, FakeClock(NOW))


def names(routines: tuple[Routine, ...]) -> list[str]:
    return [r.name for r in routines]


def folder_names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


# ---------------------------------------------------------------- reading


def test_a_new_store_has_the_built_ins_and_writes_nothing(paths: AppPaths) -> None:
    store = open_store(paths)
    assert names(store.all()) == [BEDTIME_STRETCH, BEDTIME_STRETCH_SEATED]
    assert store.user() == ()
    assert store.problems == ()
    assert all(r.builtin for r in store.builtins())
    assert not paths.routines_file.exists()
    assert paths.routines_file == paths.config_dir / "routines.json"


def test_get_finds_exact_names_then_ignores_case_and_spacing(paths: AppPaths) -> None:
    store = open_store(paths)
    store.add(routine("Evening"))
    assert store.get("Evening") == routine("Evening")
    assert store.get(" evening ") == routine("Evening")
    assert store.get("bedtime STRETCH") == builtin_routines()[0]
    assert store.get("Morning") is None


# ---------------------------------------------------------------- changes


def test_add_saves_at_once_privately_in_the_file_format(paths: AppPaths) -> None:
    store = open_store(paths)
    store.add(routine("Evening"))
    assert stat.S_IMODE(paths.routines_file.stat().st_mode) == 0o600
    assert read_routine_file(paths.routines_file) == [routine("Evening")]
    assert json.loads(paths.routines_file.read_bytes())["format"] == FORMAT_MARKER
    again = open_store(paths)
    assert names(again.all()) == [BEDTIME_STRETCH, BEDTIME_STRETCH_SEATED, "Evening"]
    assert [f for f in folder_names(paths.config_dir) if f.endswith(".tmp")] == []


def test_add_refuses_a_taken_name_and_changes_nothing(paths: AppPaths) -> None:
    store = open_store(paths)
    store.add(routine("Evening"))
    before = paths.routines_file.read_bytes()
    with pytest.raises(RoutineStoreError, match="is the name of a built-in routine"):
        store.add(routine("bedtime stretch"))
    with pytest.raises(RoutineStoreError, match='There is already a routine called "EVENING "'):
        store.add(routine("EVENING "))
    assert paths.routines_file.read_bytes() == before
    assert names(store.user()) == ["Evening"]


def test_a_built_in_routine_added_becomes_the_users_only_under_a_new_name(
    paths: AppPaths,
) -> None:
    store = open_store(paths)
    with pytest.raises(RoutineStoreError):
        store.add(builtin_routines()[0])
    copy = store.duplicate(BEDTIME_STRETCH, "Mum's bedtime stretch")
    assert copy.builtin is False
    assert copy.steps == builtin_routines()[0].steps
    assert store.get("Mum's bedtime stretch") == copy
    assert store.get(BEDTIME_STRETCH) == builtin_routines()[0]


def test_replace_keeps_the_place_and_refuses_built_ins(paths: AppPaths) -> None:
    store = open_store(paths)
    for name in ("Evening", "Morning", "Noon"):
        store.add(routine(name))
    store.replace(routine("Morning", hold=60))
    assert names(store.user()) == ["Evening", "Morning", "Noon"]
    assert store.user()[1].steps[0].hold_seconds == 60
    assert read_routine_file(paths.routines_file)[1].steps[0].hold_seconds == 60
    with pytest.raises(RoutineStoreError, match="comes with Cramp Timer and cannot be changed"):
        store.replace(routine(BEDTIME_STRETCH))
    with pytest.raises(RoutineStoreError, match='There is no routine called "Night"'):
        store.replace(routine("Night"))


def test_rename(paths: AppPaths) -> None:
    store = open_store(paths)
    store.add(routine("Evening"))
    store.add(routine("Morning"))
    assert store.rename("Evening", "Night").name == "Night"
    assert names(store.user()) == ["Night", "Morning"]
    store.rename("Night", "NIGHT")  # its own name in other letters is fine
    assert names(open_store(paths).user()) == ["NIGHT", "Morning"]
    with pytest.raises(RoutineStoreError, match="already a routine called"):
        store.rename("NIGHT", "morning")
    with pytest.raises(RoutineStoreError, match="built-in routine"):
        store.rename("NIGHT", BEDTIME_STRETCH_SEATED)
    with pytest.raises(RoutineStoreError, match="cannot be changed"):
        store.rename(BEDTIME_STRETCH, "Mine")
    with pytest.raises(RoutineStoreError, match="name must be one line of 1 to 80 characters"):
        store.rename("NIGHT", "x" * (NAME_MAX_LENGTH + 1))
    with pytest.raises(RoutineStoreError, match="name must be one line"):
        store.rename("NIGHT", "   ")
    assert names(store.user()) == ["NIGHT", "Morning"]


def test_duplicate(paths: AppPaths) -> None:
    store = open_store(paths)
    store.add(routine("Evening"))
    copy = store.duplicate("Evening", "Evening, longer")
    assert copy == routine("Evening, longer")
    with pytest.raises(RoutineStoreError, match="already a routine called"):
        store.duplicate("Evening", "evening")
    with pytest.raises(RoutineStoreError, match="no routine called"):
        store.duplicate("Nothing", "Something")


def test_delete(paths: AppPaths) -> None:
    store = open_store(paths)
    store.add(routine("Evening"))
    store.add(routine("Morning"))
    store.delete("evening")
    assert names(store.user()) == ["Morning"]
    with pytest.raises(RoutineStoreError, match="cannot be changed or deleted"):
        store.delete(BEDTIME_STRETCH)
    with pytest.raises(RoutineStoreError, match="no routine called"):
        store.delete("Evening")
    store.delete("Morning")
    assert not paths.routines_file.exists()  # a routine file is never empty
    assert names(open_store(paths).all()) == [BEDTIME_STRETCH, BEDTIME_STRETCH_SEATED]


def test_a_failed_save_changes_nothing_and_says_why(
    paths: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = open_store(paths)
    store.add(routine("Evening"))

    def disk_full(path: Path, routines: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(routine_store, "export_routines", disk_full)
    with pytest.raises(
        RoutineStoreError, match="Your routines could not be saved: No space left on device"
    ):
        store.add(routine("Morning"))
    assert names(store.user()) == ["Evening"]
    assert read_routine_file(paths.routines_file) == [routine("Evening")]


# ---------------------------------------------------------------- import


def write_file(path: Path, *routines: Routine) -> Path:
    export_routines(path, routines)
    return path


def test_import_adds_every_routine(paths: AppPaths, tmp_path: Path) -> None:
    store = open_store(paths)
    file = write_file(tmp_path / "physio.json", routine("Evening"), routine("Morning"))
    result = store.import_file(file)
    assert (result.added, result.replaced, result.renamed) == (("Evening", "Morning"), (), ())
    assert result.summary() == f'Imported 2 routines from {file}: "Evening", "Morning".'
    assert names(open_store(paths).user()) == ["Evening", "Morning"]


def test_import_is_all_or_nothing(paths: AppPaths, tmp_path: Path) -> None:
    store = open_store(paths)
    store.add(routine("Old"))
    before = paths.routines_file.read_bytes()
    good = json.loads(dump_routines([routine("Evening"), routine("Morning")]))
    good["routines"][1]["steps"][1]["hold_seconds"] = 400
    file = tmp_path / "half-good.json"
    file.write_text(json.dumps(good), encoding="utf-8")
    with pytest.raises(RoutineFileError) as caught:
        store.import_file(file)
    assert caught.value.problems == ("routines[1].steps[1].hold_seconds: 400 is above 120",)
    assert paths.routines_file.read_bytes() == before
    assert names(store.user()) == ["Old"]


def test_a_name_clash_is_refused_unless_replace_is_chosen(paths: AppPaths, tmp_path: Path) -> None:
    store = open_store(paths)
    store.add(routine("Evening"))
    store.add(routine("Noon"))
    before = paths.routines_file.read_bytes()
    file = write_file(tmp_path / "new.json", routine("Morning"), routine("evening", hold=60))
    with pytest.raises(ImportClashError) as caught:
        store.import_file(file)
    assert caught.value.names == ("evening",)
    assert caught.value.builtin_names == ()
    assert caught.value.problems == ('routines[1].name: "evening" is already one of your routines',)
    assert paths.routines_file.read_bytes() == before

    result = store.import_file(file, OnClash.REPLACE)
    assert (result.added, result.replaced) == (("Morning",), ("evening",))
    assert names(store.user()) == ["evening", "Noon", "Morning"]  # replaced in its place
    assert store.get("evening") == routine("evening", hold=60)


def test_a_built_in_name_is_never_replaced(paths: AppPaths, tmp_path: Path) -> None:
    store = open_store(paths)
    file = write_file(tmp_path / "one.json", routine("Bedtime Stretch"))
    for on_clash in (OnClash.REFUSE, OnClash.REPLACE):
        with pytest.raises(ImportClashError) as caught:
            store.import_file(file, on_clash)
        assert caught.value.builtin_names == ("Bedtime Stretch",)
        assert caught.value.problems == (
            'name: "Bedtime Stretch" is the name of a built-in routine; give it another name',
        )
    assert not paths.routines_file.exists()
    assert store.get(BEDTIME_STRETCH) == builtin_routines()[0]


def test_keep_both_gives_a_free_name(paths: AppPaths, tmp_path: Path) -> None:
    store = open_store(paths)
    store.add(routine("Evening"))
    store.add(routine("Evening (2)"))
    long_name = "x" * NAME_MAX_LENGTH
    store.add(routine(long_name))
    file = write_file(
        tmp_path / "f.json", routine("evening"), routine(BEDTIME_STRETCH), routine(long_name)
    )
    result = store.import_file(file, OnClash.KEEP_BOTH)
    assert result.renamed == (
        ("evening", "evening (3)"),
        (BEDTIME_STRETCH, f"{BEDTIME_STRETCH} (2)"),
        (long_name, "x" * (NAME_MAX_LENGTH - 4) + " (2)"),
    )
    assert len(store.user()) == 6
    assert '"evening" was taken, so it is called "evening (3)".' in result.summary()


def test_import_of_a_missing_file_says_so(paths: AppPaths, tmp_path: Path) -> None:
    with pytest.raises(RoutineFileError, match="there is no such file"):
        open_store(paths).import_file(tmp_path / "nope.json")


# ---------------------------------------------------------------- export


def test_export_writes_the_users_routines_or_those_named(paths: AppPaths, tmp_path: Path) -> None:
    store = open_store(paths)
    with pytest.raises(RoutineStoreError, match="no routines of your own to export"):
        store.export(tmp_path / "none.json")
    assert not (tmp_path / "none.json").exists()
    store.add(routine("Evening"))
    store.add(routine("Morning"))
    assert store.export(tmp_path / "all.json") == ("Evening", "Morning")
    assert read_routine_file(tmp_path / "all.json") == [routine("Evening"), routine("Morning")]
    assert stat.S_IMODE((tmp_path / "all.json").stat().st_mode) == 0o600
    assert store.export(tmp_path / "two.json", ["morning", BEDTIME_STRETCH, "Morning"]) == (
        "Morning",
        BEDTIME_STRETCH,
    )
    with pytest.raises(RoutineStoreError, match="no routine called"):
        store.export(tmp_path / "x.json", ["Nothing"])
    with pytest.raises(RoutineStoreError, match="could not be written"):
        store.export(tmp_path / "no-such-folder" / "x.json")


# ---------------------------------------------------------------- other processes


def test_reload_if_changed_picks_up_another_process(paths: AppPaths, tmp_path: Path) -> None:
    window = open_store(paths)
    assert window.reload_if_changed() is False
    command_line = open_store(paths)  # e.g. cramp-timer --import-routines
    command_line.import_file(write_file(tmp_path / "a.json", routine("Evening")))
    assert window.reload_if_changed() is True
    assert names(window.user()) == ["Evening"]
    assert window.reload_if_changed() is False
    command_line.delete("Evening")
    assert window.reload_if_changed() is True
    assert window.user() == ()


def test_a_change_is_made_on_the_latest_file(paths: AppPaths, tmp_path: Path) -> None:
    window = open_store(paths)
    open_store(paths).add(routine("From the command line"))
    window.add(routine("From the window"))  # no reload_if_changed call in between
    assert names(open_store(paths).user()) == ["From the command line", "From the window"]


# ---------------------------------------------------------------- a bad store file


def test_a_corrupt_file_is_kept_aside_and_the_built_ins_still_work(paths: AppPaths) -> None:
    paths.routines_file.write_bytes(b'{"format": "cramp-timer-routines", "version": 1, ')
    store = open_store(paths)
    assert names(store.all()) == [BEDTIME_STRETCH, BEDTIME_STRETCH_SEATED]
    aside = paths.config_dir / f"routines.json.broken-{STAMP}"
    assert store.kept_aside == aside
    assert aside.read_bytes() == b'{"format": "cramp-timer-routines", "version": 1, '
    assert store.problems == (
        "Your routines file could not be read, so only the built-in routines are available. "
        f"The old file was kept as {aside.name}; once it is mended it can be imported again.",
    )
    assert store.load_error is not None
    assert "not valid JSON at line 1" in str(store.load_error)
    assert not paths.routines_file.exists()
    store.add(routine("Fresh"))  # the store works on
    assert names(open_store(paths).user()) == ["Fresh"]
    assert open_store(paths).problems == ()  # said once


def test_a_second_corrupt_file_the_same_second_gets_its_own_name(paths: AppPaths) -> None:
    for _ in range(2):
        paths.routines_file.write_bytes(b"\xff")
        open_store(paths)
    assert folder_names(paths.config_dir) == [
        f"routines.json.broken-{STAMP}",
        f"routines.json.broken-{STAMP}-2",
    ]


def test_a_newer_file_is_kept_aside_as_newer(paths: AppPaths) -> None:
    raw = json.dumps({"format": FORMAT_MARKER, "version": 9, "routines": []}).encode()
    paths.routines_file.write_bytes(raw)
    store = open_store(paths)
    assert store.user() == ()
    assert store.kept_aside == paths.config_dir / f"routines.json.newer-{STAMP}"
    assert store.problems[0].startswith(
        "Your routines were saved by a newer version of Cramp Timer, so only the built-in "
        "routines are available."
    )


def test_a_built_in_name_in_the_store_file_is_a_broken_file(paths: AppPaths) -> None:
    paths.routines_file.write_bytes(dump_routines([routine("Evening"), routine(BEDTIME_STRETCH)]))
    store = open_store(paths)
    assert store.user() == ()
    assert store.load_error is not None
    assert store.load_error.problems == (
        'routines[1].name: "Bedtime stretch" is the name of a built-in routine',
    )
    assert store.kept_aside is not None


def test_a_corrupt_file_written_while_running_is_noticed_on_reload(paths: AppPaths) -> None:
    store = open_store(paths)
    store.add(routine("Evening"))
    paths.routines_file.write_bytes(b"[]")
    assert store.reload_if_changed() is True
    assert store.user() == ()
    assert len(store.problems) == 1


def test_a_bad_file_that_cannot_be_moved_is_never_written_over(
    paths: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths.routines_file.write_bytes(b"not json")

    def refuse(self: Path, target: object) -> Path:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "replace", refuse)
    store = open_store(paths)
    assert "could not be moved out of the way either" in store.problems[0]
    with pytest.raises(RoutineStoreError, match="cannot be saved"):
        store.add(routine("Evening"))
    assert paths.routines_file.read_bytes() == b"not json"
    assert store.reload_if_changed() is False  # not re-read (and re-reported) every time


def test_a_file_deleted_while_being_read_is_no_problem(
    paths: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    open_store(paths).add(routine("Evening"))

    def deleted_meanwhile(path: Path) -> list[Routine]:
        path.unlink()  # another process deleted its last routine just now
        raise RoutineFileError(path, ["there is no such file"])

    monkeypatch.setattr(routine_store, "read_routine_file", deleted_meanwhile)
    store = open_store(paths)
    assert store.user() == ()
    assert store.problems == ()
    assert store.kept_aside is None
    monkeypatch.undo()
    store.add(routine("Morning"))  # not frozen
    assert names(open_store(paths).user()) == ["Morning"]


def big_routine(name: str) -> Routine:
    """About 7 KB in the file: 20 steps of long instructions and a long note."""
    step = RoutineStep("Calf stretch", "Face the wall and lean in slowly. " * 8, Side.LEFT,
                       30, 3, 10)
    return Routine(name, (step,) * 20, note="Go gently. " * 90, prescribed_by="J. Ortiz")


def test_imports_that_would_outgrow_the_read_limit_are_refused_and_change_nothing(
        paths: AppPaths, tmp_path: Path) -> None:
    from cramp_timer.routines.files import MAX_FILE_BYTES

    store = open_store(paths)
    per_file = 55  # routines per import: about 400 KB each, as in the issue
    done = 0
    for batch in range(4):
        routines = [big_routine(f"Batch {batch} routine {n}") for n in range(per_file)]
        source = write_file(tmp_path / f"import-{batch}.json", *routines)
        before = paths.routines_file.read_bytes() if paths.routines_file.exists() else b""
        try:
            store.import_file(source)
        except RoutineStoreError as error:
            assert "at most 1 MiB" in str(error) and "nothing was written" in str(error)
            assert paths.routines_file.read_bytes() == before  # changed nothing
            break
        done += 1
    assert done >= 1 and done < 4  # some fitted, the one that did not was refused
    assert paths.routines_file.stat().st_size <= MAX_FILE_BYTES
    again = RoutineStore(paths, FakeClock(NOW))  # and the store reads back whole
    assert again.problems == ()
    assert len(again.user()) == done * per_file
