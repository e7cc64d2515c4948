"""The command line. Qt is imported only once the window is really wanted."""

from __future__ import annotations

import argparse
from collections.abc import Sequence

from cramp_timer import __version__


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="cramp-timer",
        description="A bedside timer that talks you through a night-time calf cramp.",
    )
    parser.add_argument("--now", action="store_true",
                        help="open the window and start a guided stretch at once")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)  # an unknown option prints usage, exits 2
    from cramp_timer.startup import run

    return run(now=args.now)
