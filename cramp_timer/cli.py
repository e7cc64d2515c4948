"""The command line. Qt is imported only once the window is really wanted.

One Cramp Timer runs at a time: a launch while one runs hands its wish (show the window,
``--now``, ``--routine NAME``) to it and exits, without ever importing Qt
(`cramp_timer.single_instance`).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from cramp_timer import __version__


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="cramp-timer",
        description="A bedside timer that talks you through a night-time calf cramp. "
                    "If Cramp Timer is already open, its window comes to the front and "
                    "the option is done there.",
    )
    what = parser.add_mutually_exclusive_group()
    what.add_argument("--now", action="store_true",
                      help="open the window and start a guided stretch at once")
    what.add_argument("--routine", metavar="NAME",
                      help="open the window and start the routine called NAME")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)  # an unknown option prints usage, exits 2
    from cramp_timer import single_instance as one

    try:
        if args.routine is not None:
            request = one.Request("routine", args.routine)
        else:
            request = one.Request("now" if args.now else "show")
    except one.ProtocolError as error:
        parser.error(str(error))  # exits 2
    try:
        claimed = one.claim(request)
    except one.NotAnswering as error:
        print(f"cramp-timer: {error}", file=sys.stderr)
        return 1
    except one.InstanceError as error:  # no check possible: a cramp still gets its timer
        print(f"cramp-timer: {error} Starting anyway.", file=sys.stderr)
        claimed = None
    if isinstance(claimed, one.Reply):
        if claimed.ok:
            return 0
        print(f"cramp-timer: {claimed.error}", file=sys.stderr)
        return 1
    from cramp_timer.startup import run

    try:
        return run(now=args.now, routine=args.routine, instance=claimed)
    finally:
        if claimed is not None:
            claimed.close()  # after the app has shut down: then the lock goes
