"""The doctor's PDF made in a process of its own (the launch helper "report-pdf").

QTextDocument holds Python's GIL while it parses HTML (tens of milliseconds for the
summary on a busy machine), so a PDF made on a thread of the app stalls its window;
made here, it cannot. ``main(argv)`` reads the diary, writes the PDF atomically, and
exits 0; on a problem it writes the reason (one line, the person's words) to standard
error and exits 1. The arguments come from ``report_argv``.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
from datetime import date
from pathlib import Path
from typing import TextIO


def report_argv(
    diary: Path, out: Path, today: date, made_on: date, zone: str, name: str,
    language: str = "",
) -> list[str]:
    """``zone``: an IANA name, or "" for this computer's local time; ``language``: the
    Language setting in use ("" the desktop's)."""
    return ["--diary", str(diary), "--out", str(out), "--today", today.isoformat(),
            "--made-on", made_on.isoformat(), "--zone", zone, "--name", name,
            "--language", language]


def main(argv: list[str], stderr: TextIO | None = None) -> int:
    err = stderr if stderr is not None else sys.stderr
    parser = argparse.ArgumentParser(prog="cramp-timer report-pdf")
    parser.add_argument("--diary", type=Path, required=True)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--today", type=date.fromisoformat, required=True)
    parser.add_argument("--made-on", type=date.fromisoformat, required=True)
    parser.add_argument("--zone", default="")
    parser.add_argument("--name", default="")
    parser.add_argument("--language", default="")
    args = parser.parse_args(argv)
    from cramp_timer.i18n import set_language

    set_language(args.language)
    from zoneinfo import ZoneInfo

    from cramp_timer.core.report import build_report
    from cramp_timer.storage.diary import Diary, DiaryError
    from cramp_timer.ui.report_pdf import start_offscreen, write_report

    zone = ZoneInfo(args.zone) if args.zone else None
    app = start_offscreen()  # noqa: F841 - fonts, until the PDF is written
    try:
        with Diary.open(args.diary) as diary:
            report = build_report(diary, zone, args.today, name=args.name,
                                  made_on=args.made_on)
        write_report(args.out, report)
    except OSError as error:
        print(error.strerror or str(error), file=err)
        return 1
    except (DiaryError, sqlite3.Error) as error:
        print(str(error), file=err)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
