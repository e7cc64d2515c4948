"""The command line. Qt is imported only once the window is really wanted.

One Cramp Timer runs at a time: a launch while one runs hands its wish (show the window,
``--now``, ``--routine NAME``) to it and exits, without ever importing Qt
(`cramp_timer.desktop.single_instance`).

``--import-routines`` and ``--export-routines`` (cramp_timer.routines.cli) build no window
and import no Qt at all: `cramp_timer.i18n` translates without it. A new window-less
command does the same: it returns before `cramp_timer.startup` is imported.
"""

from __future__ import annotations

import argparse
import os
import sys

from cramp_timer import __version__
from cramp_timer.diary_cli import add_diary_options, run_diary_command
from cramp_timer.i18n import QT_TRANSLATE_NOOP, set_language_source
from cramp_timer.launch import HELPER_FLAG, HELPERS
from cramp_timer.routines.cli import add_routine_options, run_routine_command

TYPE_CHECKING = False  # (not typing's: see docs/decisions/0022)
if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

    from cramp_timer.core.clock import Clock
    from cramp_timer.speech.speaker import ProcessSpeaker


class _Translated(argparse.HelpFormatter):
    """Translates the help texts when they are shown (a launch that only parses its
    options reads no translation)."""

    def __init__(self, prog: str) -> None:
        super().__init__(prog, width=_help_width())

    def _get_help_string(self, action: argparse.Action) -> str | None:
        from cramp_timer.i18n import translate

        return translate("cli", action.help) if action.help else action.help

    def start_section(self, heading: str | None) -> None:
        from cramp_timer.i18n import translate

        super().start_section(translate("cli", heading) if heading else heading)

    def _format_text(self, text: str) -> str:
        from cramp_timer.i18n import translate

        return super()._format_text(translate("cli", text) if text else text)

    def add_usage(self, usage: str | None, actions: Iterable[argparse.Action],
                  groups: Iterable[argparse._MutuallyExclusiveGroup],
                  prefix: str | None = None) -> None:
        from cramp_timer.i18n import translate

        super().add_usage(usage, actions, groups, prefix if prefix is not None else translate(
            "cli", "usage: "))


def _help_width() -> int:
    """argparse's own width (the terminal's less 2, as `shutil.get_terminal_size` finds
    it) without importing shutil, which argparse would import for every formatter
    (docs/decisions/0022)."""
    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    if columns <= 0:
        try:
            columns = os.get_terminal_size(sys.__stdout__.fileno()).columns  # type: ignore[union-attr]
        except (AttributeError, ValueError, OSError):
            columns = 0
    return (columns or 80) - 2


# argparse's own words in the help, marked for translation here (it says them in English)
QT_TRANSLATE_NOOP("cli", "options")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="cramp-timer",
        formatter_class=_Translated,
        add_help=False,  # its -h is added below, with a help text that is translated
        description=QT_TRANSLATE_NOOP(
            "cli", "A bedside timer that talks you through a night-time calf cramp. If Cramp "
            "Timer is already open, its window comes to the front and the option is done "
            "there."),
    )
    parser.add_argument("-h", "--help", action="help",
                        help=QT_TRANSLATE_NOOP("cli", "show this help message and exit"))
    action = parser.add_mutually_exclusive_group()
    action.add_argument(
        "--now", action="store_true",
        help=QT_TRANSLATE_NOOP("cli", "open the window and start a guided stretch at once"),
    )
    action.add_argument("--routine", metavar="NAME",
                        help=QT_TRANSLATE_NOOP(
                            "cli", "open the window and start the routine called NAME"))
    action.add_argument(
        "--tray", action="store_true",
        help=QT_TRANSLATE_NOOP(
            "cli", "start hidden in the tray (as at login); the window opens from the tray icon"),
    )
    action.add_argument(
        "--self-check",
        action="store_true",
        help=QT_TRANSLATE_NOOP("cli", "check that this computer can run Cramp Timer (display, "
                       "speech, sound, folders, diary), print one line per check and exit; "
                       "the exit status is 0 when Cramp now can work"),
    )
    action.add_argument(
        "--install-desktop-entry",
        action="store_true",
        help=QT_TRANSLATE_NOOP(
            "cli", "add Cramp Timer to your desktop's application menu (for you only) and exit"),
    )
    action.add_argument(
        "--uninstall-desktop-entry",
        action="store_true",
        help=QT_TRANSLATE_NOOP("cli", "remove what --install-desktop-entry added and exit"),
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}",
                        help=QT_TRANSLATE_NOOP("cli", "show the version number and exit"))
    add_routine_options(parser)
    add_diary_options(parser)
    return parser


def _language_setting() -> str:
    from cramp_timer.storage.language import read_choice
    from cramp_timer.storage.paths import AppPaths

    return read_choice(AppPaths.default().settings_file)


def run_helper(argv: Sequence[str]) -> int:
    """Run the helper named by ``argv[0]`` with the remaining arguments (bundle entry)."""
    if not argv or argv[0] not in HELPERS:
        known = ", ".join(sorted(HELPERS))
        print(f"cramp-timer: {HELPER_FLAG} needs one of: {known}", file=sys.stderr)
        return 2
    name, rest = argv[0], list(argv[1:])
    # Plain imports (not importlib) so that the bundler sees both modules.
    if name == "speech-worker":
        from cramp_timer.speech import worker as speech_worker

        return speech_worker.main(rest)
    if name == "piper-render":
        from cramp_timer.speech import piper_render

        return piper_render.main(rest)
    if name == "report-pdf":
        from cramp_timer.ui import report_process

        return report_process.main(rest)
    from cramp_timer.ui import qt_probe

    return qt_probe.main(rest)


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    if args_list[:1] == [HELPER_FLAG]:  # a frozen bundle starting one of its helpers
        return run_helper(args_list[1:])
    if args_list:
        set_language_source(_language_setting)  # read with the first translated message
        parser = build_parser()
        args = parser.parse_args(args_list)  # an unknown option prints usage, exits 2
        diary_status = run_diary_command(parser, args)  # first: it refuses routine options
        if diary_status is not None:
            return diary_status
        routine_status = run_routine_command(parser, args)
        if routine_status is not None:
            return routine_status
    else:  # the usual launch: the window, as soon as possible
        args = argparse.Namespace(now=False, routine=None, tray=False, self_check=False,
                                  install_desktop_entry=False, uninstall_desktop_entry=False)
    if args.self_check:
        return _self_check()
    if args.install_desktop_entry or args.uninstall_desktop_entry:
        return _desktop_entry(install=args.install_desktop_entry)
    from cramp_timer.desktop import single_instance as one

    try:
        if args.routine is not None:
            request = one.Request("routine", args.routine)
        else:
            request = one.Request("now" if args.now else "show")
    except one.ProtocolError as error:
        build_parser().error(str(error))  # exits 2
    warmup = Warmup() if args.now else None
    try:
        claimed = one.claim(request)
    except one.InstanceError as error:  # hung, or no check possible: a cramp still gets its
        # timer, in a window of this process (a hung one that wakes drops the request)
        from cramp_timer.i18n import translate

        print("cramp-timer: " + translate("cli", "{error} Starting anyway.").format(error=error),
              file=sys.stderr)
        claimed = None
    if isinstance(claimed, one.Reply):
        if warmup is not None:
            warmup.cancel()
        if claimed.ok:
            return 0
        print(f"cramp-timer: {claimed.error}", file=sys.stderr)
        return 1
    from cramp_timer.startup import run

    try:
        return run(now=args.now, routine=args.routine, tray=args.tray, instance=claimed,
                   early=warmup.taken() if warmup is not None else None)
    finally:
        if claimed is not None:
            claimed.close()  # after the app has shut down: then the lock goes



class Warmup:
    """`--now` while a running app is asked to take it: if it has not answered within
    `AFTER` seconds, the speech worker is spawned and Qt imported on a thread, so that
    if it never answers (hung) this process's own stretch starts that much sooner."""

    AFTER = 0.15  # s: a running app answers a hand-over in a few ms

    def __init__(self) -> None:
        import threading  # (here: only --now needs it, docs/decisions/0022)

        self._cancelled = threading.Event()
        self._lock = threading.Lock()
        self.speech: tuple[Clock, ProcessSpeaker] | None = None
        self._thread = threading.Thread(target=self._run, name="warm-up", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        if self._cancelled.wait(self.AFTER):
            return
        with self._lock:
            if self._cancelled.is_set():
                return
            from cramp_timer.startup import start_speech

            self.speech = start_speech()
        import cramp_timer.ui.main_window  # noqa: F401 - Qt and the window, needed first

    def taken(self) -> tuple[Clock, ProcessSpeaker] | None:
        """The worker spawned so far (None if none), for `run`; stops the warm-up."""
        with self._lock:
            self._cancelled.set()
            return self.speech

    def cancel(self) -> None:
        """The running app took the request: the worker goes again (and the warm-up ends
        before this process does)."""
        speech = self.taken()
        if speech is not None:
            speech[1].close()
            self._thread.join()


def _self_check() -> int:
    from cramp_timer.diagnostics.self_check import format_report, run_self_check
    from cramp_timer.storage.paths import AppPaths

    report = run_self_check(AppPaths.default())
    print(format_report(report), flush=True)
    return report.exit_code()


def _desktop_entry(*, install: bool) -> int:
    from cramp_timer.desktop import desktop_entry

    try:
        if install:
            done = desktop_entry.install(desktop_entry.current_command())
        else:
            done = desktop_entry.uninstall()
    except OSError as error:
        print(f"cramp-timer: {error}", file=sys.stderr)
        return 1
    print(done.message)
    for path in done.files:
        print(f"  {path}")
    return 0
