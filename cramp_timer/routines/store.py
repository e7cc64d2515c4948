"""The user's own routines, kept in the config folder beside the built-in ones.

The built-in routines are always there and read-only; no routine of the user's may take
a built-in's name (names compare as `routine_files.name_key`: case and spacing aside).
The user's routines live in ``routines.json`` (`AppPaths.routines_file`), in the same
format as an exported routine file; the file is absent while there are none.

Every change is saved at once, atomically (0600); a change that would make the file too
big to read back (`routine_files.MAX_FILE_BYTES`) is refused and changes nothing. Before a
change the store re-reads the file if another process (the ``--import-routines`` command
line) changed it, so the change is made on the latest routines; `reload_if_changed` lets
the window pick such a change up (call it when the window gains focus, or on a slow timer).

A store file that cannot be used (not JSON, broken rules, a newer format) never stops
the app: the built-in routines still work, the file is moved aside under a dated name
(``routines.json.broken-2026-11-26T03-12-09``), and `RoutineStore.problems` holds one
plain message for the person at the screen.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import Enum
from pathlib import Path

from cramp_timer.core import values
from cramp_timer.core.clock import Clock, SystemClock
from cramp_timer.i18n import translate
from cramp_timer.routines.files import (
    RoutineFileError,
    RoutineFileTooBig,
    export_routines,
    name_key,
    quoted,
    read_routine_file,
)
from cramp_timer.routines.model import NAME_MAX_LENGTH, Routine, RoutineError, builtin_routines
from cramp_timer.storage.atomic import free_aside_path
from cramp_timer.storage.paths import FOLDER_MODE, AppPaths

_Stamp = tuple[int, int, int]  # inode, modification time (ns), size


class OnClash(str, Enum):
    """What an import does with a routine whose name is already taken."""

    REFUSE = "refuse"  # change nothing and say which names clash
    REPLACE = "replace"  # the imported routine replaces the user's (never a built-in)
    KEEP_BOTH = "keep_both"  # the imported routine gets a free name: "Evening (2)"


class RoutineStoreError(ValueError):
    """A change to the routines was refused or could not be saved. ``str()`` is a plain,
    translated sentence to show."""


class ImportClashError(RoutineFileError):
    """An import was refused because names in the file are taken. ``names``: those of
    the user's routines (an import with `OnClash.REPLACE` would replace them);
    ``builtin_names``: those of built-in routines (never replaced)."""

    def __init__(
        self,
        file: Path,
        problems: Sequence[str],
        names: Sequence[str],
        builtin_names: Sequence[str],
    ) -> None:
        super().__init__(file, problems)
        self.names = tuple(names)
        self.builtin_names = tuple(builtin_names)


@values.frozen
class ImportResult:
    """What an import did, by routine name."""

    file: Path
    added: tuple[str, ...]
    replaced: tuple[str, ...]
    renamed: tuple[tuple[str, str], ...]  # (name in the file, name it was given)

    @property
    def count(self) -> int:
        return len(self.added) + len(self.replaced) + len(self.renamed)

    def summary(self) -> str:
        """One line saying what happened, e.g. for the command line."""
        names = [*self.added, *self.replaced, *(new for _old, new in self.renamed)]
        if self.count == 1:
            line = translate("routine_store", "Imported the routine {name} from {file}.").format(
                name=quoted(names[0]), file=self.file
            )
        else:
            line = translate(
                "routine_store", "Imported %n routines from {file}: {names}.", "", self.count
            ).format(file=self.file, names=", ".join(quoted(n) for n in names))
        if self.replaced:
            line += " " + translate(
                "routine_store", "It replaced the routine(s) of the same name: {names}."
            ).format(names=", ".join(quoted(n) for n in self.replaced))
        for old, new in self.renamed:
            line += " " + translate(
                "routine_store", "{old} was taken, so it is called {new}."
            ).format(old=quoted(old), new=quoted(new))
        return line


class RoutineStore:
    """The built-in routines and the user's own, with the changes a caregiver makes."""

    def __init__(self, paths: AppPaths, clock: Clock | None = None) -> None:
        self._file = paths.routines_file
        self._clock: Clock = clock if clock is not None else SystemClock()
        self._builtins: tuple[Routine, ...] = builtin_routines()
        self._user: tuple[Routine, ...] = ()
        self._stamp: _Stamp | None = None
        self._frozen = False  # a bad file could not be moved aside: do not write over it
        self.problems: tuple[str, ...] = ()  # from the latest load; plain sentences
        self.load_error: RoutineFileError | None = None  # the details, for the log
        self.kept_aside: Path | None = None
        self._load()

    @property
    def file(self) -> Path:
        return self._file

    # ---------------------------------------------------------------- reading

    def all(self) -> tuple[Routine, ...]:
        """The built-in routines, then the user's in the order they were added."""
        return self._builtins + self._user

    def builtins(self) -> tuple[Routine, ...]:
        return self._builtins

    def user(self) -> tuple[Routine, ...]:
        return self._user

    def get(self, name: str) -> Routine | None:
        """The routine called ``name``: exactly, or else ignoring case and spacing."""
        routines = self.all()
        exact = next((r for r in routines if r.name == name), None)
        if exact is not None:
            return exact
        key = name_key(name)
        return next((r for r in routines if name_key(r.name) == key), None)

    def reload_if_changed(self) -> bool:
        """Re-read the file if it changed on disk since this store last read or wrote it
        (judged by inode, modification time and size). True if it was re-read."""
        if _stamp(self._file) == self._stamp:
            return False
        self._load()
        return True

    # ---------------------------------------------------------------- changes

    def add(self, routine: Routine) -> Routine:
        """Add a new routine of the user's. Refused if its name is taken."""
        self.reload_if_changed()
        routine = _as_user(routine)
        self._require_free(routine.name)
        self._save((*self._user, routine))
        return routine

    def replace(self, routine: Routine) -> Routine:
        """Put ``routine`` in place of the user's routine of the same name."""
        self.reload_if_changed()
        routine = _as_user(routine)
        index = self._user_index(routine.name)
        self._save(_with(self._user, index, routine))
        return routine

    def rename(self, old: str, new: str) -> Routine:
        """Give the user's routine ``old`` the name ``new``. The settings may name the
        routine (the bedtime routine): the caller updates them."""
        self.reload_if_changed()
        index = self._user_index(old)
        self._require_free(new, allow=self._user[index].name)
        renamed = _named(self._user[index], new)
        self._save(_with(self._user, index, renamed))
        return renamed

    def duplicate(self, name: str, new_name: str) -> Routine:
        """A copy of any routine (built-in ones too) under ``new_name``, as the user's."""
        self.reload_if_changed()
        original = self._require(name)
        self._require_free(new_name)
        copy = _named(_as_user(original), new_name)
        self._save((*self._user, copy))
        return copy

    def delete(self, name: str) -> None:
        """Delete the user's routine ``name``; built-in ones are refused."""
        self.reload_if_changed()
        index = self._user_index(name)
        self._save(self._user[:index] + self._user[index + 1 :])

    def import_file(self, path: Path, on_clash: OnClash = OnClash.REFUSE) -> ImportResult:
        """Import every routine in the file at ``path``, or none.

        The whole file is checked first (`RoutineFileError` lists every problem); a name
        that is taken is refused (`ImportClashError`) unless ``on_clash`` says otherwise.
        Built-in names are never replaced. On any error nothing has changed.
        """
        path = Path(path)
        self.reload_if_changed()
        incoming = read_routine_file(path)
        single = len(incoming) == 1
        builtin_keys = {name_key(r.name) for r in self._builtins}
        user_index = {name_key(r.name): i for i, r in enumerate(self._user)}

        clash_problems: list[str] = []
        clashes: list[str] = []
        builtin_clashes: list[str] = []
        for index, routine in enumerate(incoming):
            key = name_key(routine.name)
            where = "name" if single else f"routines[{index}].name"
            if key in builtin_keys and on_clash is not OnClash.KEEP_BOTH:
                builtin_clashes.append(routine.name)
                clash_problems.append(
                    translate(
                        "routine_store",
                        "{path}: {name} is the name of a built-in routine; give it another name",
                    ).format(path=where, name=quoted(routine.name))
                )
            elif key in user_index and on_clash is OnClash.REFUSE:
                clashes.append(routine.name)
                clash_problems.append(
                    translate(
                        "routine_store", "{path}: {name} is already one of your routines"
                    ).format(path=where, name=quoted(routine.name))
                )
        if clash_problems:
            raise ImportClashError(path, clash_problems, clashes, builtin_clashes)

        user = list(self._user)
        added: list[str] = []
        replaced: list[str] = []
        renamed: list[tuple[str, str]] = []
        taken = builtin_keys | set(user_index)
        for routine in incoming:
            key = name_key(routine.name)
            if key in user_index and on_clash is OnClash.REPLACE:
                user[user_index[key]] = routine
                replaced.append(routine.name)
            elif key in taken:  # KEEP_BOTH
                new_name = _free_name(routine.name, taken)
                user.append(_named(routine, new_name))
                renamed.append((routine.name, new_name))
                taken.add(name_key(new_name))
            else:
                user.append(routine)
                added.append(routine.name)
                taken.add(key)
        self._save(tuple(user))
        return ImportResult(path, tuple(added), tuple(replaced), tuple(renamed))

    def export(self, path: Path, names: Sequence[str] | None = None) -> tuple[str, ...]:
        """Write routines to a routine file at ``path`` (atomically, 0600): those named
        (built-in ones too), or else all of the user's. Returns the names written."""
        self.reload_if_changed()
        if names is None:
            selected = list(self._user)
            if not selected:
                raise RoutineStoreError(
                    translate("routine_store", "There are no routines of your own to export yet.")
                )
        else:
            selected = []
            for name in names:
                routine = self._require(name)
                if routine not in selected:
                    selected.append(routine)
            if not selected:
                raise RoutineStoreError(
                    translate("routine_store", "Choose at least one routine to export.")
                )
        try:
            export_routines(Path(path), selected)
        except RoutineFileTooBig as error:
            raise RoutineStoreError(str(error)) from error
        except OSError as error:
            raise RoutineStoreError(
                translate(
                    "routine_store", "The routines could not be written to {file}: {reason}."
                ).format(file=path, reason=error.strerror or error)
            ) from error
        return tuple(r.name for r in selected)

    # ---------------------------------------------------------------- internals

    def _require(self, name: str) -> Routine:
        routine = self.get(name)
        if routine is None:
            raise RoutineStoreError(
                translate("routine_store", "There is no routine called {name}.").format(
                    name=quoted(name)
                )
            )
        return routine

    def _user_index(self, name: str) -> int:
        routine = self._require(name)
        if routine.builtin:
            raise RoutineStoreError(
                translate(
                    "routine_store",
                    "{name} comes with Cramp Timer and cannot be changed or deleted. "
                    "You can duplicate it and change the copy.",
                ).format(name=quoted(routine.name))
            )
        return self._user.index(routine)

    def _require_free(self, name: str, allow: str | None = None) -> None:
        key = name_key(name)
        if allow is not None and key == name_key(allow):
            return  # a routine may keep its own name (or change its case)
        if any(name_key(r.name) == key for r in self._builtins):
            raise RoutineStoreError(
                translate(
                    "routine_store",
                    "{name} is the name of a built-in routine. Please choose another name.",
                ).format(name=quoted(name))
            )
        if any(name_key(r.name) == key for r in self._user):
            raise RoutineStoreError(
                translate(
                    "routine_store",
                    "There is already a routine called {name}. Please choose another name.",
                ).format(name=quoted(name))
            )

    def _save(self, user: tuple[Routine, ...]) -> None:
        if self._frozen:
            raise RoutineStoreError(
                translate(
                    "routine_store",
                    "Your routines file could not be read or moved out of the way, so changes "
                    "cannot be saved. Move it away and start Cramp Timer again: {file}",
                ).format(file=self._file)
            )
        try:
            if user:
                self._file.parent.mkdir(mode=FOLDER_MODE, parents=True, exist_ok=True)
                export_routines(self._file, user)
            else:
                self._file.unlink(missing_ok=True)  # a routine file is never empty
        except RoutineFileTooBig as error:  # it could not be read back: nothing changes
            raise RoutineStoreError(str(error)) from error
        except OSError as error:
            raise RoutineStoreError(
                translate("routine_store", "Your routines could not be saved: {reason}.").format(
                    reason=error.strerror or error
                )
            ) from error
        self._user = user
        self._stamp = _stamp(self._file)

    def _load(self) -> None:
        self.problems = ()
        self.load_error = None
        self.kept_aside = None
        self._frozen = False
        self._user = ()
        stamp = _stamp(self._file)
        if stamp is None:
            self._stamp = None
            return
        try:
            routines = read_routine_file(self._file)
            self._check_store_rules(routines)
        except RoutineFileError as error:
            if _stamp(self._file) is None:  # deleted meanwhile (the last routine went)
                self._stamp = None
                return
            self._set_aside(error)
            return
        self._user = tuple(routines)
        self._stamp = stamp

    def _check_store_rules(self, routines: Sequence[Routine]) -> None:
        builtin_keys = {name_key(r.name) for r in self._builtins}
        problems = [
            translate(
                "routine_store", "routines[{index}].name: {name} is the name of a built-in routine"
            ).format(index=index, name=quoted(routine.name))
            for index, routine in enumerate(routines)
            if name_key(routine.name) in builtin_keys
        ]
        if problems:
            raise RoutineFileError(self._file, problems)

    def _set_aside(self, error: RoutineFileError) -> None:
        import logging  # (here: the routine commands log nothing, docs/decisions/0022)

        self.load_error = error
        logging.getLogger(__name__).warning("routines file not usable: %s", error)
        tag = "newer" if error.newer_version is not None else "broken"
        aside = free_aside_path(self._file, tag, self._clock.now())
        if error.newer_version is not None:
            first = translate(
                "routine_store",
                "Your routines were saved by a newer version of Cramp Timer, so only the "
                "built-in routines are available.",
            )
        else:
            first = translate(
                "routine_store",
                "Your routines file could not be read, so only the built-in routines are "
                "available.",
            )
        try:
            self._file.replace(aside)
        except OSError:
            self._frozen = True
            self._stamp = _stamp(self._file)
            second = translate(
                "routine_store", "The file could not be moved out of the way either: {file}."
            ).format(file=self._file)
        else:
            self.kept_aside = aside
            self._stamp = None
            second = translate(
                "routine_store",
                "The old file was kept as {name}; once it is mended it can be imported again.",
            ).format(name=aside.name)
        self.problems = (f"{first} {second}",)


def _stamp(path: Path) -> _Stamp | None:
    try:
        info = path.stat()
    except OSError:
        return None
    return (info.st_ino, info.st_mtime_ns, info.st_size)


def _as_user(routine: Routine) -> Routine:
    return values.replace(routine, builtin=False) if routine.builtin else routine


def _named(routine: Routine, name: str) -> Routine:
    try:
        return values.replace(routine, name=name, builtin=False)
    except RoutineError as error:
        raise RoutineStoreError(" ".join(p.message() for p in error.problems)) from None


def _with(routines: tuple[Routine, ...], index: int, routine: Routine) -> tuple[Routine, ...]:
    return (*routines[:index], routine, *routines[index + 1 :])


def _free_name(name: str, taken: set[str]) -> str:
    """``name (2)``, ``name (3)`` …: the first not taken, cut to fit the length limit."""
    number = 2
    while True:
        suffix = f" ({number})"
        candidate = name[: NAME_MAX_LENGTH - len(suffix)].rstrip() + suffix
        if name_key(candidate) not in taken:
            return candidate
        number += 1
