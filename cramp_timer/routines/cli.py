"""``--import-routines`` and ``--export-routines``: set a machine up by script.

Both only touch files (the routine store and the lock), so they work while the app runs;
the running window picks the change up through `RoutineStore.reload_if_changed`. They
build no window and import no Qt (`cramp_timer.i18n` translates without it).

Exit status: 0 on success (one line on standard output says what happened), 1 when
nothing was changed (the reasons on standard error), 2 for a usage error (argparse).
"""

from __future__ import annotations

import argparse
import sys

from cramp_timer.i18n import QT_TRANSLATE_NOOP

TYPE_CHECKING = False  # (typing and pathlib cost the hand-over launch several ms)
if TYPE_CHECKING:
    from pathlib import Path
    from typing import TextIO


def add_routine_options(parser: argparse.ArgumentParser) -> None:
    """The routine-file options, in their own group of ``cramp-timer --help``."""
    group = parser.add_argument_group(QT_TRANSLATE_NOOP("cli", "routine files"))
    which = group.add_mutually_exclusive_group()
    which.add_argument(
        "--import-routines",
        metavar="FILE",
        type=_path,
        help=QT_TRANSLATE_NOOP(
            "cli", "add the routines in FILE to your own, checking the whole file first; "
            "asks for the PIN if one is set"),
    )
    which.add_argument(
        "--export-routines",
        metavar="FILE",
        type=_path,
        help=QT_TRANSLATE_NOOP(
            "cli", "write your own routines (or those named with --routine) to FILE"),
    )
    group.add_argument(
        "--replace",
        action="store_true",
        help=QT_TRANSLATE_NOOP(
            "cli", "with --import-routines: replace your routines that have the same names"),
    )
    group.add_argument(
        "--pin-stdin",
        action="store_true",
        help=QT_TRANSLATE_NOOP(
            "cli", "with --import-routines: read the PIN from the first line of standard input"),
    )
    # With --export-routines, the main parser's --routine NAME exports just that routine.


def _path(text: str) -> Path:
    from pathlib import Path

    return Path(text)


def run_routine_command(
    parser: argparse.ArgumentParser,
    args: argparse.Namespace,
    stdin: TextIO | None = None,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
) -> int | None:
    """Run ``--import-routines`` or ``--export-routines`` if asked; ``None`` if neither
    was (then the window starts as usual)."""
    importing = args.import_routines is not None
    exporting = args.export_routines is not None
    if not importing:
        for flag, given in (("--replace", args.replace), ("--pin-stdin", args.pin_stdin)):
            if given:
                parser.error(f"{flag} goes with --import-routines")
    if not (importing or exporting):
        return None
    if getattr(args, "now", False):
        parser.error("--now cannot be combined with --import-routines or --export-routines")
    out = stdout if stdout is not None else sys.stdout
    err = stderr if stderr is not None else sys.stderr
    if importing:
        return _import(args.import_routines, args.replace, args.pin_stdin, stdin, out, err)
    names = [args.routine] if getattr(args, "routine", None) else None
    return _export(args.export_routines, names, out, err)


def _say(stream: TextIO, text: str) -> None:
    for line in text.splitlines() or [""]:
        print(f"cramp-timer: {line}", file=stream)


def _import(
    file: Path,
    replace: bool,
    pin_stdin: bool,
    stdin: TextIO | None,
    out: TextIO,
    err: TextIO,
) -> int:
    from cramp_timer.core.clock import SystemClock
    from cramp_timer.i18n import translate
    from cramp_timer.routines.files import RoutineFileError
    from cramp_timer.routines.store import (
        ImportClashError,
        OnClash,
        RoutineStore,
        RoutineStoreError,
    )
    from cramp_timer.storage.lock import PinLock
    from cramp_timer.storage.paths import AppPaths

    paths = AppPaths.default()
    try:
        paths.ensure()
    except OSError as error:
        _say(err, str(error))
        return 1
    clock = SystemClock()
    lock = PinLock(paths.lock_file, clock)
    for problem in lock.problems:
        _say(err, problem)
    if lock.is_set():
        pin = _read_pin(pin_stdin, stdin if stdin is not None else sys.stdin, err)
        if pin is None:
            return 1
        result = lock.check(pin)
        if not result.ok:
            _say(err, result.message())
            return 1
    store = RoutineStore(paths, clock)
    for problem in store.problems:
        _say(err, problem)
    try:
        imported = store.import_file(file, OnClash.REPLACE if replace else OnClash.REFUSE)
    except ImportClashError as error:
        _say(err, str(error))
        if error.names and not replace:
            _say(
                err,
                translate(
                    "routine_cli", "Nothing was imported. Add --replace to replace your routines."
                ),
            )
        return 1
    except (RoutineFileError, RoutineStoreError) as error:
        _say(err, str(error))
        return 1
    print(imported.summary(), file=out)
    return 0


def _read_pin(pin_stdin: bool, stdin: TextIO, err: TextIO) -> str | None:
    from cramp_timer.i18n import translate

    if pin_stdin:
        line = stdin.readline()
        if not line.strip():
            _say(err, translate("routine_cli", "No PIN was given on standard input."))
            return None
        return line.strip()
    if not stdin.isatty():
        _say(
            err,
            translate(
                "routine_cli",
                "A PIN is set. Run this at a terminal, or give the PIN on standard input "
                "with --pin-stdin.",
            ),
        )
        return None
    import getpass

    try:
        return getpass.getpass(translate("routine_cli", "PIN: "))
    except (EOFError, KeyboardInterrupt):
        print(file=err)
        return None


def _export(file: Path, names: list[str] | None, out: TextIO, err: TextIO) -> int:
    from cramp_timer.core.clock import SystemClock
    from cramp_timer.i18n import translate
    from cramp_timer.routines.files import quoted
    from cramp_timer.routines.store import RoutineStore, RoutineStoreError
    from cramp_timer.storage.paths import AppPaths

    paths = AppPaths.default()
    store = RoutineStore(paths, SystemClock())
    for problem in store.problems:
        _say(err, problem)
    try:
        written = store.export(file, names)
    except RoutineStoreError as error:
        _say(err, str(error))
        return 1
    if len(written) == 1:
        line = translate("routine_cli", "Exported the routine {name} to {file}.").format(
            name=quoted(written[0]), file=file
        )
    else:
        line = translate("routine_cli", "Exported %n routines to {file}: {names}.", "",
                         len(written)).format(file=file,
                                              names=", ".join(quoted(n) for n in written))
    print(line, file=out)
    return 0
