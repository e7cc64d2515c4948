"""``--export-pdf FILE`` and ``--export-csv FILE``: the diary's exports from a script.

Optional ``--from DATE`` and ``--to DATE`` (YYYY-MM-DD, nights: a night is named by the
date on which it began) limit the range; without them the CSV holds every session and
the PDF the last six weeks. ``--name NAME`` prints a name on the PDF.

They only read the diary (its own connection; SQLite's write-ahead log lets the running
app go on writing meanwhile, and this never waits for the app) and write FILE
atomically. The CSV needs no Qt beyond the translated messages; the PDF uses QtGui's PDF
writer on the offscreen platform (no window, no display needed).

Exit status: 0 written (one line on standard output), 1 nothing written (the reason on
standard error: no diary, nothing recorded in the range, the file could not be
written), 2 wrong usage (argparse).
"""

from __future__ import annotations

import argparse
import sys

from cramp_timer.i18n import QT_TRANSLATE_NOOP

TYPE_CHECKING = False
if TYPE_CHECKING:
    from datetime import date
    from pathlib import Path
    from typing import TextIO

    from cramp_timer.storage.diary import Diary


def add_diary_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group(QT_TRANSLATE_NOOP("cli", "diary exports"))
    which = group.add_mutually_exclusive_group()
    which.add_argument("--export-pdf", metavar="FILE", type=_path,
                       help=QT_TRANSLATE_NOOP(
                           "cli", "write a summary for your doctor to FILE (PDF) and exit"))
    which.add_argument("--export-csv", metavar="FILE", type=_path,
                       help=QT_TRANSLATE_NOOP(
                           "cli", "write the cramp diary to FILE (CSV, for a spreadsheet) and "
                           "exit"))
    group.add_argument("--from", dest="from_night", metavar="DATE", type=_night,
                       help=QT_TRANSLATE_NOOP(
                           "cli", "with an export: from the night of DATE (YYYY-MM-DD)"))
    group.add_argument("--to", dest="to_night", metavar="DATE", type=_night,
                       help=QT_TRANSLATE_NOOP(
                           "cli", "with an export: to the night of DATE (YYYY-MM-DD), included"))
    group.add_argument("--name", metavar="NAME",
                       help=QT_TRANSLATE_NOOP(
                           "cli", "with --export-pdf: the name to print on the summary"))


def _path(text: str) -> Path:
    from pathlib import Path

    return Path(text)


def _night(text: str) -> date:
    from datetime import date

    from cramp_timer.i18n import translate

    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(translate(
            "cli", "not a date like 2026-02-15: {text}").format(text=repr(text))) from None


def run_diary_command(
    parser: argparse.ArgumentParser,
    args: argparse.Namespace,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
) -> int | None:
    """Run an export if one was asked for; ``None`` if not (then the app goes on)."""
    pdf, csv_file = args.export_pdf, args.export_csv
    if pdf is None and csv_file is None:
        for flag, given in (("--from", args.from_night), ("--to", args.to_night),
                            ("--name", args.name)):
            if given is not None:
                parser.error(f"{flag} goes with --export-pdf or --export-csv")
        return None
    if args.name is not None and pdf is None:
        parser.error("--name goes with --export-pdf")
    for flag in ("now", "routine", "tray", "self_check", "import_routines", "export_routines"):
        if getattr(args, flag, None):
            parser.error(f"--{flag.replace('_', '-')} cannot be combined with a diary export")
    first, last = args.from_night, args.to_night
    if first is not None and last is not None and last < first:
        parser.error("--to must not be before --from")
    out = stdout if stdout is not None else sys.stdout
    err = stderr if stderr is not None else sys.stderr
    return _export(pdf, csv_file, first, last, args.name or "", out, err)


def _say(stream: TextIO, text: str) -> None:
    print(f"cramp-timer: {text}", file=stream)


def _export(
    pdf: Path | None, csv_file: Path | None, first: date | None, last: date | None,
    name: str, out: TextIO, err: TextIO,
) -> int:
    from cramp_timer.i18n import translate
    from cramp_timer.storage.paths import AppPaths

    path = AppPaths.default().diary_file
    if not path.is_file():
        _say(err, translate("diary_cli", "There is no diary yet ({file}), so nothing was "
                                         "written.").format(file=path))
        return 1
    import sqlite3
    from datetime import datetime

    from cramp_timer.storage.diary import Diary, DiaryError, night_of

    today = night_of(datetime.now().astimezone(), None)
    try:
        with Diary.open(path) as diary:
            if csv_file is not None:
                return _csv(diary, csv_file, first, last, out, err)
            assert pdf is not None
            return _pdf(diary, pdf, today, first, last, name, out, err)
    except DiaryError as error:
        _say(err, str(error))
        return 1
    except sqlite3.Error as error:
        _say(err, translate("diary_cli", "The diary could not be read ({error}). Nothing was "
                                         "written.").format(error=error))
        return 1


def _nothing(err: TextIO) -> int:
    from cramp_timer.i18n import translate

    _say(err, translate("diary_cli", "Nothing is recorded in the diary for those nights, so "
                                     "nothing was written."))
    return 1


def _not_saved(err: TextIO, file: Path, error: OSError) -> int:
    from cramp_timer.i18n import translate

    reason = error.strerror or str(error)
    _say(err, translate("diary_cli", "The file {file} could not be written: {reason}.").format(
        file=file, reason=reason))
    return 1


def _csv(diary: Diary, file: Path, first: date | None, last: date | None,
         out: TextIO, err: TextIO) -> int:
    from cramp_timer.core.ranges import read_export
    from cramp_timer.i18n import translate
    from cramp_timer.storage.export import write_csv

    cramps, runs = read_export(diary, None, first, last)
    if not cramps and not runs:
        return _nothing(err)
    try:
        count = write_csv(file, cramps, runs, None)
    except OSError as error:
        return _not_saved(err, file, error)
    print(translate("diary_cli", "Saved %n cramp entries to {file}.", "", count).format(
        file=file), file=out)
    return 0


def _pdf(diary: Diary, file: Path, today: date, first: date | None, last: date | None,
         name: str, out: TextIO, err: TextIO) -> int:
    from cramp_timer.core.report import build_report
    from cramp_timer.i18n import translate

    report = build_report(diary, None, today, first, last, name)
    if not report.cramps and not report.routine_runs:
        return _nothing(err)
    from cramp_timer.ui.report_pdf import start_offscreen, write_report

    app = start_offscreen()  # noqa: F841 - kept until the PDF is written
    try:
        write_report(file, report)
    except OSError as error:
        return _not_saved(err, file, error)
    print(translate("diary_cli", "Saved the summary of the nights {first} to {last} to "
                                 "{file}.").format(first=report.first_night.isoformat(),
                                                   last=report.last_night.isoformat(), file=file),
          file=out)
    return 0
