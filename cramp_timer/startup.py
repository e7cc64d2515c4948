"""Process start-up: the Cramp now button is painted first, everything else right after.

Someone woken by a cramp needs the button, not the diary or the speech worker. So `run`
imports and builds only what the first paint needs (the Qt application, the night
theme and the window's shell) and shows the window; the first paint then triggers the
rest: logging, settings, diary, speech, the session pages (`CrampTimer`). That second
step takes a few tens of milliseconds, far below the time a hand needs to reach the
button; `--now` starts the stretch at its end. `--now` needs the voice first: it spawns
the speech worker before Qt is imported and hands it the first line before the window
is built. The History view's modules are imported a few seconds later (`ui.preload`).
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from cramp_timer import __version__

# Pure-Python modules that the first paint needs are imported before PySide6: it reads
# the source of every module imported after it (see _forget_module_sources).
from cramp_timer.storage.window_state import load_window_state

if TYPE_CHECKING:
    from PySide6.QtCore import QObject

    from cramp_timer.app import CrampTimer
    from cramp_timer.core.clock import Clock
    from cramp_timer.desktop.instance_server import InstanceServer
    from cramp_timer.desktop.single_instance import Primary
    from cramp_timer.speech.speaker import ProcessSpeaker
    from cramp_timer.storage.paths import AppPaths

LOG_KEEP_BYTES = 256 * 1024
BENCH_SETTLE_MS = 500


def run(now: bool = False, argv: Sequence[str] = (), routine: str | None = None,
        tray: bool = False, instance: Primary | None = None,
        early: tuple[Clock, ProcessSpeaker] | None = None) -> int:
    """``tray``: start hidden in the tray (when the desktop has one; else as usual).
    ``instance``: this process is the running instance (see `single_instance.claim`);
    requests from later launches are served from before the window shows, and handled
    once the app is built. The caller closes it after this returns. ``early``: a speech
    worker already spawned (`cli.Warmup`, while a hung app was asked)."""
    # --now: the speech worker first, to load while Qt does (else after the first paint)
    if now and early is None:
        early = _speech(start=True)
    from cramp_timer.storage.paths import AppPaths  # (imports PySide6.QtCore)

    paths = AppPaths.default()
    folder_problems = paths.ensure_each()  # a folder that cannot be used never stops a night
    for problem in folder_problems:
        print(f"cramp-timer: {problem}", file=sys.stderr)
    paths = paths.with_private_cache(folder_problems)
    if early is not None and paths.speech_cache_dir != speech_cache_dir():
        early[1].close()  # its cache folder cannot be used: the app's speaker says the line
        early = None
    from PySide6.QtCore import QTimer

    from cramp_timer.storage.language import read_choice
    from cramp_timer.ui.main_window import MainWindow
    from cramp_timer.ui.qt_app import (
        after_first_paint,
        create_application,
        set_window_icon,
        tray_available,
    )

    app = create_application([sys.argv[0] if sys.argv else "cramp-timer", *argv], __version__,
                             read_choice(paths.settings_file))
    if early is not None:
        _say_first_line(early[1], paths, early[0])
    server = _serve_other_launches(instance, app)
    window = MainWindow()
    hidden = tray and tray_available()
    if not hidden:
        window.present(load_window_state(paths.window_state_file))
    built: list[CrampTimer] = []

    def build_the_rest() -> None:
        _forget_module_sources()  # the window's; the rest's right after their import
        set_window_icon(app)
        _setup_logging(paths)
        import logging

        from cramp_timer.app import CrampTimer, Desktop
        from cramp_timer.desktop.keep_awake import default_keep_awake
        from cramp_timer.desktop.notifier import default_notifier

        _forget_module_sources()
        logging.getLogger(__name__).info("Cramp Timer %s starting", __version__)
        clock, speaker = early if early is not None else _speech(start=False)
        timer = CrampTimer(paths, clock, speaker, window,
                           Desktop(keep_awake=default_keep_awake(),
                                   notifier=default_notifier()))
        built.append(timer)
        timer.tell_folder_problems(folder_problems)
        timer.show(hidden=hidden)
        QTimer.singleShot(0, _forget_module_sources)  # after what show() queued
        from cramp_timer.ui.preload import HISTORY_MODULES, Preload

        Preload(HISTORY_MODULES, app, then=_forget_module_sources).start()
        if now:
            timer.controller.apply_settings()  # the voice before its first line
            timer.controller.start()
        if routine is not None:
            timer.run_routine(routine)  # a refusal is shown in the window
        if server is not None:  # requests that came while this was being built, then all
            from cramp_timer.desktop.instance_server import answer

            server.requested.connect(lambda incoming: answer(timer, incoming))
            server.start_delivery()
        if os.environ.get("CRAMP_TIMER_QUIT_AFTER_FIRST_PAINT"):  # for the benchmark
            import time

            print(f"ready {time.monotonic():.6f}", flush=True)
            # after the work queued for right after start-up (speech worker, caregiver
            # files), so the peak memory the benchmark reads is the settled app's: its
            # own, apart from the speech worker's (a child, counted with it by wait4)
            QTimer.singleShot(BENCH_SETTLE_MS, _print_own_peak)
            QTimer.singleShot(BENCH_SETTLE_MS, app.quit)

    if hidden:
        QTimer.singleShot(0, build_the_rest)
    else:
        after_first_paint(window, build_the_rest)
    try:
        return app.exec()
    finally:
        for timer in built:
            timer.shutdown()
        if server is not None:
            server.close()


def speech_cache_dir() -> Path:
    """`AppPaths.default().speech_cache_dir`, found without importing Qt (paths does)."""
    from cramp_timer.desktop.xdg import user_dir

    return Path(user_dir("cache")) / "speech"


def start_speech() -> tuple[Clock, ProcessSpeaker]:
    """The clock and a speaker whose worker is spawned now (`--now`'s early start)."""
    return _speech(start=True)


def _speech(start: bool) -> tuple[Clock, ProcessSpeaker]:
    """The clock and the speaker; `start`: spawn the worker now. `--now` starts it before
    Qt is imported: it takes about as long to load as Qt and the window, and the first
    line is said as soon as both are up. The worker touches its folder only once asked to
    speak, after `AppPaths.ensure` made it. A usual start leaves it to `CrampTimer.show`,
    after the first paint, which it would otherwise slow on a busy machine."""
    from cramp_timer.core.clock import SystemClock
    from cramp_timer.desktop.xdg import user_dir
    from cramp_timer.speech.piper_voices import VOICES_ENV
    from cramp_timer.speech.speaker import ProcessSpeaker

    # the data folder's voices/ (`AppPaths.voices_dir`), for the speech worker
    os.environ.setdefault(VOICES_ENV, str(Path(user_dir("data")) / "voices"))
    clock = SystemClock()
    speaker = ProcessSpeaker(speech_cache_dir(), clock)
    if start:
        speaker.start()
    return clock, speaker


def _say_first_line(speaker: ProcessSpeaker, paths: AppPaths, clock: Clock) -> None:
    """`--now`: the get-into-position line goes to the worker before the window is built
    (with the translators installed, so it is the very line the stretch will say); the
    stretch's own say of it is then not sent again. (Not through the controller: its
    imports cost more than the rest of this start-up put together.)"""
    from cramp_timer.core.stretch import position_cue
    from cramp_timer.i18n import spoken_language
    from cramp_timer.speech.speaker import VoiceOptions
    from cramp_timer.storage.settings import load_settings

    s = load_settings(paths.settings_file, clock.now()).settings
    if s.voice_enabled:
        speaker.configure(VoiceOptions(enabled=True, voice_id=s.voice_id, rate=s.voice_rate,
                                       volume=s.voice_volume, language=spoken_language()))
        speaker.say_ahead("position", position_cue(s.variant))


def _print_own_peak() -> None:
    """For the benchmark: this process's own peak memory, in KiB (not its children's)."""
    if sys.platform == "win32":  # no getrusage there
        return
    import resource

    print(f"own-peak-kib {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}", flush=True)


def _forget_module_sources() -> None:
    """Drop the module sources PySide6 had Python cache: about 3 MiB.

    PySide6 reads the source of every module imported after it (to see whether it uses
    its optional `__feature__` switches), and `linecache` keeps every line. Only tracebacks
    need those lines, and they read the file again when it is not cached.
    """
    import linecache

    linecache.clearcache()


def _serve_other_launches(instance: Primary | None, parent: QObject) -> InstanceServer | None:
    if instance is None:
        return None
    from cramp_timer.desktop.instance_server import InstanceServer

    return InstanceServer(instance, parent)


def _setup_logging(paths: AppPaths) -> None:
    """Log to a file in the state folder; a log grown past 256 KiB starts afresh, the old
    one kept as .1 (plain logging: logging.handlers costs start-up time)."""
    import logging

    log_file = paths.log_file
    try:
        if log_file.stat().st_size > LOG_KEEP_BYTES:
            log_file.replace(log_file.with_suffix(".log.1"))
    except OSError:
        pass  # no log yet
    try:  # created private (0600) before logging opens it: it follows the umask otherwise
        os.close(os.open(log_file, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600))
        with contextlib.suppress(OSError):
            log_file.chmod(0o600)  # a log from an older version
        handler: logging.Handler = logging.FileHandler(log_file, encoding="utf-8")
    except OSError:  # an unwritable state folder: the window says so; log to stderr
        handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    root.addHandler(handler)
