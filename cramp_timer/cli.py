"""The command line. Qt is imported only once the window is really wanted.

``--import-routines`` and ``--export-routines`` (cramp_timer.routine_cli) build no window:
they import QtCore only, for the translated messages of the routine model.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence

from cramp_timer import __version__
from cramp_timer.routine_cli import add_routine_options, run_routine_command


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="cramp-timer",
        description="A bedside timer that talks you through a night-time calf cramp.",
    )
    parser.add_argument("--now", action="store_true",
                        help="open the window and start a guided stretch at once")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    add_routine_options(parser)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)  # an unknown option prints usage, exits 2
    routine_status = run_routine_command(parser, args)
    if routine_status is not None:
        return routine_status
    from cramp_timer.startup import run

    return run(now=args.now)
