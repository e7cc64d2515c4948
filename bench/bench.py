"""Cramp Timer's benchmark: measured against a baseline in the same run, never asserted.

    make bench            (or: .venv/bin/python bench/bench.py [--quick] [--write])

Prints, in one run:
  1. start-up to the first painted window, and peak RSS (the app left to settle for
     0.5 s once built), each as a ratio to a bare PySide6 window started the same way,
     alternated with it;
  2. Cramp-now click to the first cue's sound starting (p50, p95), with the real speech
     worker playing into a private PulseAudio null sink;
  2b. a cold `cramp-timer --now` (nothing running) to the first sound of its get-into-
     position line, recorded from that null sink: with nothing cached (a first start)
     and after the app has run before (p50, p95 of 10 each);
  3. the longest stall of the window's event loop while the voice speaks (and without);
  4. the countdown's end error against its deadline with 1 s stalls of the GUI thread
     injected, next to a naive countdown that counts 1-second timer ticks;
  5. opening the history view on ten years of nightly entries, to its first paint with
     the nights in it (the first time, with its imports, and again), the snapshot it is
     built from, and the diary file's size; then 1, 10 and 30 years of diary: opening
     the view, its CSV and its PDF export, each with the window's longest stall meanwhile.
  6. `cramp-timer --now` while the app runs: from spawning it to the running app's
     countdown starting, as a ratio to `python -c pass` (spawn to exit), alternated.
  7. CPU time used by the idle app (`--tray`, bedtime reminder on) over 60 s, from
     /proc/PID/stat, as a share of one core.
  8. window-less commands' CPU against `python -c pass`, the install size, and Workrave and
     Safe Eyes beside the app (bench/extra.py).
  9. reading the routine store at 0, 10 and 100 routines of 10 steps (routines_read.py).
Before anything, the package is compiled to bytecode (compileall), as an installed app is.
`--write` also writes the figures and the machine into docs/performance.md.
"""

from __future__ import annotations

import argparse
import os
import platform
import queue
import resource
import signal
import statistics
import subprocess
import sys
import tempfile
import textwrap
import threading
import time
from collections.abc import Callable
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING

if TYPE_CHECKING:
    from sound import PrivatePulse

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

BARE_WINDOW = textwrap.dedent("""
    import time
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow, QPushButton

    class Probe(QObject):
        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Paint and not getattr(self, "done", False):
                self.done = True
                print(f"first-paint {time.monotonic():.6f}", flush=True)
                QTimer.singleShot(0, app.quit)
            return False

    app = QApplication([])
    window = QMainWindow()
    window.setCentralWidget(QPushButton("Bare"))
    probe = Probe()
    window.installEventFilter(probe)
    window.show()
    app.exec()
""")


@dataclass
class StartRun:
    seconds: float  # to the first painted window
    ready_seconds: float  # to everything built (the bare window: the same moment)
    max_rss_mib: float  # the process's own peak
    with_children_mib: float  # with the children it waited for (the app: its speech worker)


def timed_start(argv: list[str], env: dict[str, str]) -> StartRun:
    began = time.monotonic()
    proc = subprocess.Popen(argv, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                            text=True)
    assert proc.stdout is not None
    painted = ready = own_kib = None
    for line in proc.stdout:
        if line.startswith("first-paint "):
            painted = float(line.split()[1])
        elif line.startswith("ready "):
            ready = float(line.split()[1])
        elif line.startswith("own-peak-kib "):
            own_kib = float(line.split()[1])
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    proc.stdout.close()
    if painted is None or proc.returncode != 0:
        raise SystemExit(f"{argv} did not paint (exit {proc.returncode})")
    ready = painted if ready is None else ready
    # the app's own peak when it says it (the speech worker, a child that may load Piper's
    # model meanwhile, is in wait4's figure); a bare window has no children
    return StartRun(painted - began, ready - began,
                    (own_kib if own_kib is not None else usage.ru_maxrss) / 1024,
                    usage.ru_maxrss / 1024)


def bench_startup(runs: int, home: Path) -> dict[str, float]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CRAMP_TIMER_QUIT_AFTER_FIRST_PAINT": "1"}
    for name in ("CONFIG", "DATA", "CACHE", "STATE"):
        env[f"XDG_{name}_HOME"] = str(home / name.lower())
    # A usual start: the first start's welcome page (once in the app's life) was seen.
    settings = home / "config" / "cramp-timer" / "settings.json"
    settings.parent.mkdir(parents=True, exist_ok=True)
    settings.write_text('{"version": 1, "welcome_seen": true}\n', encoding="utf-8")
    bare_argv = [sys.executable, "-c", BARE_WINDOW]
    app_argv = [sys.executable, "-m", "cramp_timer"]
    timed_start(bare_argv, env)  # warm the file cache for both
    timed_start(app_argv, env)
    bare: list[StartRun] = []
    ours: list[StartRun] = []
    for _ in range(runs):
        bare.append(timed_start(bare_argv, env))
        ours.append(timed_start(app_argv, env))
    b_t = statistics.median(r.seconds for r in bare)
    o_t = statistics.median(r.seconds for r in ours)
    o_r = statistics.median(r.ready_seconds for r in ours)
    b_m = statistics.median(r.max_rss_mib for r in bare)
    o_m = statistics.median(r.max_rss_mib for r in ours)
    o_c = statistics.median(r.with_children_mib for r in ours)
    # each app start is paired with the bare start just before it: the median of those
    # ratios follows the machine's load drifting over the runs less than a ratio of medians
    start_ratio = statistics.median(o.seconds / b.seconds for b, o in zip(bare, ours, strict=True))
    return {"bare_start_s": b_t, "app_start_s": o_t, "start_ratio": start_ratio,
            "app_ready_s": o_r, "ready_ratio": o_r / b_t,
            "bare_rss_mib": b_m, "app_rss_mib": o_m, "rss_ratio": o_m / b_m,
            "app_with_worker_rss_mib": o_c}


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(q / 100 * (len(ordered) - 1))))
    return ordered[index]


def bench_speech(rounds: int, home: Path) -> dict[str, float]:
    """Click-to-cue latency and event-loop stalls, with the real worker and a null sink."""
    from sound import private_pulse

    with ExitStack() as stack:
        pulse = stack.enter_context(private_pulse(home / "pulse"))
        os.environ.update(pulse.client_env)
        return _speech_in_app(rounds, home)


def _speech_in_app(rounds: int, home: Path) -> dict[str, float]:
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtWidgets import QApplication

    from cramp_timer.app import CrampTimer
    from cramp_timer.core.clock import SystemClock
    from cramp_timer.speech.speaker import ProcessSpeaker
    from cramp_timer.storage.paths import AppPaths

    app = QApplication.instance() or QApplication([])
    paths = AppPaths.under(home / "app")
    paths.ensure()
    clock = SystemClock()
    speaker = ProcessSpeaker(paths.speech_cache_dir, clock)
    timer = CrampTimer(paths, clock, speaker)
    timer.show()
    started: dict[str, float] = {}
    timer.controller.cue_started.connect(lambda key, at: started.__setitem__(key, at))

    # a 5 ms heartbeat on the GUI thread: its longest gap is the longest stall
    gaps: list[float] = []
    beat = QElapsedTimer()
    beat.start()
    heart = QTimer()
    heart.setInterval(5)

    def on_beat() -> None:
        gaps.append(beat.nsecsElapsed() / 1e6)
        beat.restart()

    heart.timeout.connect(on_beat)

    def spin(seconds: float, until: Callable[[], bool] = lambda: False) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end and not until():
            app.processEvents()
            time.sleep(0.001)

    spin(20, lambda: bool(speaker.voices()))  # worker ready
    timer.controller.start()  # warm the WAV cache for this plan, once
    spin(8)
    timer.controller.stop()
    spin(2)
    beat.restart()
    heart.start()
    spin(3)
    quiet_stall = max(gaps) if gaps else 0.0
    gaps.clear()
    beat.restart()
    latencies: list[float] = []
    for _ in range(rounds):
        started.clear()
        clicked = time.monotonic()
        timer.window.cramp_now.click()
        spin(3, lambda: "position" in started)
        if "position" in started:
            latencies.append((started["position"] - clicked) * 1000)
        spin(2.5)  # let it speak
        timer.controller.stop()
        spin(0.3)
    heart.stop()
    speaking_stall = max(gaps) if gaps else 0.0
    timer.shutdown()
    if not latencies:
        raise SystemExit("no cue ever started: is the speech worker working? see the log")
    return {"cue_p50_ms": percentile(latencies, 50), "cue_p95_ms": percentile(latencies, 95),
            "cue_samples": float(len(latencies)), "stall_quiet_ms": quiet_stall - 5,
            "stall_speaking_ms": speaking_stall - 5}


ESPEAK_VOICE = "gmw/en"  # espeak-ng's English, chosen in Settings: the plain voice's arm


def bench_cold(runs: int, home: Path) -> dict[str, float]:
    """Spawn of `cramp-timer --now` with nothing running to its first line's sound: with
    the default voice (the natural one where it is installed), and with espeak-ng chosen
    in Settings. Nothing cached, then with the app's cache warm from an earlier run."""
    from sound import private_pulse

    from cramp_timer.storage.settings import Settings, save_settings

    load_before = os.getloadavg()[0]
    figures: dict[str, float] = {}
    with private_pulse(home / "cold-pulse") as pulse:
        for arm, voice in (("", None), ("espeak_", ESPEAK_VOICE)):
            def start(folder: Path, voice: str | None = voice) -> Path:
                if voice is not None and not folder.exists():
                    settings = folder / "config" / "cramp-timer" / "settings.json"
                    settings.parent.mkdir(parents=True)
                    save_settings(settings, Settings().with_changes(voice_id=voice))
                return folder

            fresh = [_cold_now(pulse, start(home / f"cold-{arm}fresh-{i}"),
                               home / f"cold-{arm}{i}.wav") for i in range(runs)]
            again = start(home / f"cold-{arm}again")
            _cold_now(pulse, again, home / f"cold-{arm}warm-up.wav")  # the app has run before
            cached = [_cold_now(pulse, again, home / f"cold-{arm}again-{i}.wav")
                      for i in range(runs)]
            for name, delays in (("fresh", fresh), ("cached", cached)):
                heard = [d for d in delays if d is not None]
                if not heard:
                    raise SystemExit("a cold --now was never heard: is the speech worker "
                                     "working?")
                figures |= {f"cold_{arm}{name}_p50_s": percentile(heard, 50),
                            f"cold_{arm}{name}_p95_s": percentile(heard, 95),
                            f"cold_{arm}{name}_missed": float(len(delays) - len(heard))}
    figures |= {"cold_runs": float(runs), "cold_load_before": load_before,
                "cold_load_after": os.getloadavg()[0]}
    return figures


def _cold_now(pulse: PrivatePulse, home: Path, recording: Path) -> float | None:
    """One cold start; seconds from the spawn to the position line's first sound, or None
    when that line was not heard whole."""
    import importlib.metadata

    from sound import envelope, find_sound

    from cramp_timer.core.stretch import position_cue
    from cramp_timer.speech.worker import cache_name
    from cramp_timer.storage.settings import Variant

    env = {k: v for k, v in os.environ.items() if not k.startswith(("XDG_", "QT_"))}
    env |= {**pulse.client_env, "QT_QPA_PLATFORM": "offscreen"}
    for name in ("CONFIG", "DATA", "CACHE", "STATE"):
        env[f"XDG_{name}_HOME"] = str(home / name.lower())
    log = home / "state" / "cramp-timer" / "cramp-timer.log"
    seen = log.read_text() if log.exists() else ""
    with pulse.recording(recording, tail=4.0) as seconds_recorded:
        spawned_at = seconds_recorded()
        app = subprocess.Popen([sys.executable, "-m", "cramp_timer", "--now"], env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and app.poll() is None and (
                not log.exists() or "cue position:" not in log.read_text()[len(seen):]):
            time.sleep(0.05)
    stop(app)
    line = position_cue(Variant.SEATED)
    said = log.read_text()[len(seen):] if log.exists() else ""
    if "spoke position with Piper " in said:  # the cached case: Piper's own file
        from cramp_timer.speech.piper_engine import piper_version

        voice = said.split("spoke position with Piper ", 1)[1].split()[0]
        name = cache_name(line, "piper", f"piper:{voice}", 150, 0.9, piper_version())
    else:  # espeak-ng (always the first words while Piper's model loads)
        voice = (said.split("spoke position with espeak-ng ", 1)[1].split()[0]
                 if "spoke position with espeak-ng " in said else "default")
        name = cache_name(line, "espeak-ng", "" if voice == "default" else voice, 150, 0.9,
                          importlib.metadata.version("pyttsx3"))
    wav = home / "cache" / "cramp-timer" / "speech" / name
    if not wav.exists():
        return None
    found = find_sound(envelope(recording), envelope(wav), after=spawned_at)
    return found.at - spawned_at if found.score > 0.9 else None


def bench_end_error(runs: int, home: Path) -> dict[str, float]:
    """A 3 s + 30 s round in real time, the GUI thread frozen for 1 s three times."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from cramp_timer.core.clock import SystemClock
    from cramp_timer.core.night import NightSnapshot
    from cramp_timer.core.session import Phase
    from cramp_timer.flows.controller import SessionController
    from cramp_timer.speech.speaker import SilentSpeaker
    from cramp_timer.storage.settings import Settings

    app = QApplication.instance() or QApplication([])
    settings = Settings(hold_seconds=30, prep_seconds=3)
    errors: list[float] = []
    naive_errors: list[float] = []
    for _ in range(runs):
        controller = SessionController(SystemClock(), SilentSpeaker(), lambda: settings)
        ended: list[float] = []

        def on_snapshot(snap: NightSnapshot, ended: list[float] = ended) -> None:
            session = snap.session
            if session is not None and session.phase is Phase.ROUND_DONE and not ended:
                ended.append(time.monotonic())

        controller.snapshot_changed.connect(on_snapshot)
        naive_left = [33]
        naive_end: list[float] = []
        naive = QTimer()
        naive.setInterval(1000)

        def naive_tick(left: list[int] = naive_left, end: list[float] = naive_end,
                       timer: QTimer = naive) -> None:
            left[0] -= 1  # the tick-counting countdown we do not use
            if left[0] == 0:
                end.append(time.monotonic())
                timer.stop()

        naive.timeout.connect(naive_tick)
        began = time.monotonic()
        controller.start()
        naive.start()
        for at in (2.2, 11.5, 24.8):  # three 1 s freezes of the GUI thread
            QTimer.singleShot(int(at * 1000), lambda: time.sleep(1.0))
        deadline = began + 33
        while time.monotonic() < deadline + 3 and not (ended and naive_end):
            app.processEvents()
            time.sleep(0.001)
        if not ended:
            raise SystemExit("bench: the round never ended (no ROUND_DONE snapshot)")
        errors.append(abs(ended[0] - deadline) * 1000)
        naive_errors.append((naive_end[0] - deadline) * 1000 if naive_end else float("nan"))
        controller.shutdown()
    return {"end_error_ms": max(errors), "naive_end_error_ms": max(naive_errors)}


def bench_history(runs: int, home: Path) -> dict[str, float]:
    """Ten years of nights in a real diary file (made before the clock starts), then the
    app (`CrampTimer`, shown) with its History view's modules preloaded as start-up does
    (`ui.preload`; its longest step is recorded), then the History view opened as the
    History button does, to its first paint with the diary's nights in it (they are read
    on a worker thread): once first, then ``runs`` more times. Then the switch to the
    chart tab."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from datetime import date, datetime
    from zoneinfo import ZoneInfo

    from diary_data import fill_nights
    from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QListView

    from cramp_timer.app import CrampTimer
    from cramp_timer.core.clock import FakeClock
    from cramp_timer.speech.speaker import SilentSpeaker
    from cramp_timer.storage.diary import Diary
    from cramp_timer.storage.paths import AppPaths
    from cramp_timer.storage.settings import Settings, save_settings
    from cramp_timer.ui.preload import HISTORY_MODULES, Preload
    from cramp_timer.ui.theme import apply_night_theme

    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    apply_night_theme(app)
    zone = ZoneInfo("Europe/Berlin")
    first, today = date(2016, 3, 1), date(2026, 3, 1)
    paths = AppPaths.under(home / "history")
    paths.ensure()
    save_settings(paths.settings_file, Settings(welcome_seen=True))
    with Diary.open(paths.diary_file) as diary:
        # one cramp a night on average: about 3650 sessions, a routine run most evenings
        cramps = fill_nights(
            diary, first, (today - first).days, zone, seed=10, cramp_weights=(0.35, 0.4, 0.15, 0.1)
        )
    size_mib = paths.diary_file.stat().st_size / 2**20  # closed: the log is folded in
    clock = FakeClock(datetime(2026, 3, 1, 23, 0, tzinfo=zone))

    class FirstPaint(QObject):
        """The first paint once ``ready()`` is true (any paint if it is not given)."""

        def __init__(self, ready: Callable[[], bool] = lambda: True) -> None:
            super().__init__()
            self.at: float | None = None
            self.ready = ready

        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and self.at is None and self.ready():
                self.at = time.perf_counter()
            return False

    def run_until(done: Callable[[], bool]) -> None:
        """Run the event loop as the app does (idle between events, so the worker thread
        that reads the diary is not starved of the GIL by a polling loop) until `done()`,
        10 s at most."""
        loop = QEventLoop()
        poll = QTimer()
        poll.timeout.connect(lambda: loop.quit() if done() else None)
        poll.start(1)
        QTimer.singleShot(10_000, loop.quit)
        loop.exec()
        poll.stop()

    timer = CrampTimer(paths, clock, SilentSpeaker())
    timer.show()
    preload = Preload(HISTORY_MODULES, after_ms=0)  # start-up's, without its 3 s wait
    preload.start()
    run_until(lambda: preload.done)
    if not preload.done:
        raise SystemExit("bench: the preload never finished")
    QListView().viewport()  # the probe's own first call to viewport() (the app makes none)

    def open_once() -> float:
        began = time.perf_counter()
        dialog = timer.open_history()
        if dialog is None:
            raise SystemExit("bench: the history view did not open")
        probe = FirstPaint(lambda: dialog.history is not None)
        dialog.nights.viewport().installEventFilter(probe)
        run_until(lambda: probe.at is not None)
        painted = probe.at
        if painted is None:
            raise SystemExit("the history view never painted")
        opened.append((painted - began) * 1000)
        if len(charts) < len(opened):  # then the charts tab, drawn when first shown
            charts_probe = FirstPaint()
            began = time.perf_counter()
            dialog.charts()[0].installEventFilter(charts_probe)
            dialog.tabs.setCurrentIndex(1)  # the charts paint in the loop below
            run_until(lambda: charts_probe.at is not None)
            if charts_probe.at is None:
                raise SystemExit("the history charts never painted")
            charts.append((charts_probe.at - began) * 1000)
        dialog.close()
        app.processEvents()
        return opened[-1]

    opened: list[float] = []
    charts: list[float] = []
    cold = open_once()
    warm = [open_once() for _ in range(runs)]
    from cramp_timer.flows.history_source import HistorySource

    with Diary.open(paths.diary_file) as diary:
        source = HistorySource(diary, clock, zone)
        loads = []
        for _ in range(runs):
            began = time.perf_counter()
            source.load()
            loads.append((time.perf_counter() - began) * 1000)
    timer.shutdown()
    timer.window.close()
    return {
        "history_cold_ms": cold,
        "history_preload_step_ms": max(preload.steps_ms),
        "history_preload_ms": sum(preload.steps_ms),
        "history_charts_cold_ms": charts[0],
        "history_charts_ms": statistics.median(charts[1:]),
        "history_open_ms": statistics.median(warm),
        "history_load_ms": statistics.median(loads),
        "history_cramps": float(cramps),
        "history_nights": float((today - first).days),
        "history_file_mib": size_mib,
    }


GROWTH_YEARS = (1, 10, 30)


def bench_growth(home: Path) -> dict[str, float]:
    """Diaries of 1, 10 and 30 years (about one cramp a night, a routine run most
    evenings), each opened in the history view over the shown main window, then exported
    as CSV (every session) and as the doctor's PDF, all as the app does them (reading and
    writing on the worker thread). For each: the time until done, and the longest stall
    of the window's event loop meanwhile (the gap between two runs of a 1 ms timer),
    after the dialog's widgets are built (timed apart). And the same stall with nothing
    to do, for the machine's own noise."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from datetime import date, datetime
    from zoneinfo import ZoneInfo

    from diary_data import fill_nights
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from cramp_timer.core.clock import FakeClock
    from cramp_timer.storage.diary import Diary
    from cramp_timer.ui.dialogs.history_view import HistoryDialog
    from cramp_timer.ui.main_window import MainWindow
    from cramp_timer.ui.theme import apply_night_theme

    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    apply_night_theme(app)
    window = MainWindow()
    window.show()
    zone = ZoneInfo("Europe/Berlin")
    today = date(2026, 3, 1)
    clock = FakeClock(datetime(2026, 3, 1, 23, 0, tzinfo=zone))
    figures: dict[str, float] = {}

    def measure(start: Callable[[], object], done: Callable[[], bool]) -> tuple[float, float]:
        ticks: list[float] = []
        timer = QTimer()
        timer.setInterval(1)
        timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
        loop = QEventLoop()  # idle between events as the app is (a polling loop would
        timer.timeout.connect(lambda: loop.quit() if done() else None)  # starve the worker)
        QTimer.singleShot(60_000, loop.quit)
        began = time.perf_counter()
        ticks.append(began)
        timer.start()
        start()
        if not done():
            loop.exec()
        ended = time.perf_counter()
        timer.stop()
        ticks.append(ended)
        if not done():
            raise SystemExit("bench: a history job never finished")
        stall = max(b - a for a, b in zip(ticks, ticks[1:], strict=False))  # noqa: RUF007
        return (ended - began) * 1000, stall * 1000

    def once(years: int) -> None:
        out = home / f"growth-{years}"
        path = out / "diary.sqlite3"
        out.mkdir(parents=True)
        first = date(today.year - years, today.month, today.day)
        with Diary.open(path) as diary:
            cramps = fill_nights(diary, first, (today - first).days, zone, seed=years,
                                 cramp_weights=(0.35, 0.4, 0.15, 0.1))
        figures[f"growth_{years}_cramps"] = float(cramps)
        with Diary.open(path) as diary:
            holder: list[HistoryDialog] = []

            def open_dialog() -> None:
                holder.append(HistoryDialog(
                    diary, clock, zone, window,
                    choose_path=lambda _p, _t, suggested, _f: out / Path(suggested).name,
                    ask_name=lambda _p, _s: "",
                ))
                holder[0].show()

            key = f"growth_{years}"
            began = time.perf_counter()
            open_dialog()  # building the widgets; the diary is read on the worker thread
            figures[f"{key}_build_ms"] = (time.perf_counter() - began) * 1000
            figures[f"{key}_open_ms"], figures[f"{key}_open_stall_ms"] = measure(
                lambda: None, lambda: holder[0].history is not None)
            dialog = holder[0]
            settled = time.perf_counter()
            while time.perf_counter() - settled < 0.5:  # its first paint and batched layout
                app.processEvents()
                time.sleep(0.001)
            shown = dialog.history
            figures[f"{key}_reload_ms"], figures[f"{key}_reload_stall_ms"] = measure(
                dialog.refresh, lambda: dialog.history is not shown)
            for kind, export in (("csv", dialog.export_csv), ("pdf", dialog.export_pdf)):
                figures[f"{key}_{kind}_ms"], figures[f"{key}_{kind}_stall_ms"] = measure(
                    export, lambda: dialog.notice_text.text().startswith("Saved"))
                dialog.notice.hide()
                dialog.notice_text.setText("")
            dialog.close()
            dialog.deleteLater()
            app.processEvents()

    began_idle = time.perf_counter()
    figures["growth_idle_ms"], figures["growth_idle_stall_ms"] = measure(
        lambda: None, lambda: time.perf_counter() - began_idle > 4.0)
    for years in GROWTH_YEARS:
        once(years)
    window.close()
    return figures


def bench_handover(runs: int, home: Path) -> dict[str, float]:
    """`cramp-timer --now` handed to a running app: spawn to that app's countdown running.

    The running app (offscreen, CRAMP_TIMER_BENCH_EVENTS=1) prints `now-started <monotonic>`
    when a handed-over stretch starts, and stops it again so that the next one starts too.
    """
    from cramp_timer.desktop import single_instance

    # an installed app has its bytecode; without it every run would compile the modules
    env = {k: v for k, v in os.environ.items()
           if k not in ("PYTHONDONTWRITEBYTECODE", "CRAMP_TIMER_QUIT_AFTER_FIRST_PAINT")}
    env.update(QT_QPA_PLATFORM="offscreen", CRAMP_TIMER_BENCH_EVENTS="1")
    for name in ("CONFIG", "DATA", "CACHE", "STATE"):
        env[f"XDG_{name}_HOME"] = str(home / "handover" / name.lower())
    data_dir = str(home / "handover" / "data" / "cramp-timer")
    runtime_dir = env.get("XDG_RUNTIME_DIR", "")
    app = subprocess.Popen([sys.executable, "-m", "cramp_timer"], env=env, text=True,
                           stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    events: queue.Queue[str] = queue.Queue()

    def read_events(stdout: IO[str]) -> None:
        for line in stdout:
            if line.startswith("now-started "):
                events.put(line)

    assert app.stdout is not None
    threading.Thread(target=read_events, args=(app.stdout,), daemon=True).start()
    try:
        deadline = time.monotonic() + 60
        show = single_instance.Request("show")
        while single_instance.hand_over(show, data_dir, runtime_dir) is None:  # built?
            if app.poll() is not None or time.monotonic() > deadline:
                raise SystemExit(f"the app did not start (exit {app.returncode})")
            time.sleep(0.05)
        now_argv = [sys.executable, "-m", "cramp_timer", "--now"]
        pass_argv = [sys.executable, "-c", "pass"]

        def handover() -> tuple[float, float]:
            began = time.monotonic()
            client = subprocess.Popen(now_argv, env=env)
            try:
                line = events.get(timeout=30)
            except queue.Empty:
                client.kill()
                raise SystemExit("the app never started the handed-over stretch") from None
            if client.wait(timeout=30) != 0:
                raise SystemExit(f"cramp-timer --now exited {client.returncode}")
            started = float(line.split()[1])
            return started - began, time.monotonic() - began

        def bare() -> float:
            began = time.monotonic()
            subprocess.run(pass_argv, env=env, check=True)
            return time.monotonic() - began

        for _ in range(3):  # warm the file cache, write the bytecode
            handover()
            bare()
        ours: list[tuple[float, float]] = []
        baseline: list[float] = []
        for _ in range(runs):
            baseline.append(bare())
            ours.append(handover())
    finally:
        stop(app)
    b = statistics.median(baseline)
    o = statistics.median(started for started, _ in ours)
    return {"pass_s": b, "handover_s": o, "handover_ratio": o / b,
            "handover_exit_s": statistics.median(ended for _, ended in ours),
            "handover_p95_s": percentile([started for started, _ in ours], 95)}


def bench_hung(runs: int, home: Path) -> dict[str, float]:
    """`cramp-timer --now` while the running app is hung (SIGSTOP): spawn to the voice of
    its own stretch starting (the worker's player launched, logged "spoke position"),
    against the same `--now` with nothing running, paired, in the same run."""
    hung, alone = [], []
    for run in range(runs):
        alone.append(_now_to_voice(home / f"alone-{run}", hung_app=False))
        hung.append(_now_to_voice(home / f"hung-{run}", hung_app=True))
    return {"hung_p50_s": percentile(hung, 50), "hung_p95_s": percentile(hung, 95),
            "hung_alone_p50_s": percentile(alone, 50), "hung_runs": float(runs)}


def _log_time(line: str) -> float:
    """The wall-clock time a log line was written ("2026-12-04 02:17:57,913 ...")."""
    import datetime

    return datetime.datetime.strptime(line[:23], "%Y-%m-%d %H:%M:%S,%f").timestamp()


def _now_to_voice(home: Path, hung_app: bool) -> float:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("XDG_", "QT_"))}
    env |= {"QT_QPA_PLATFORM": "offscreen", "CRAMP_TIMER_SPEECH_PLAYER": "true",
            "XDG_RUNTIME_DIR": str(home / "run")}
    for name in ("CONFIG", "DATA", "CACHE", "STATE"):
        env[f"XDG_{name}_HOME"] = str(home / name.lower())
    (home / "run").mkdir(parents=True, mode=0o700)
    log = home / "state" / "cramp-timer" / "cramp-timer.log"
    running = None
    if hung_app:
        running = subprocess.Popen([sys.executable, "-m", "cramp_timer"], env=env,
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and (
                not log.exists() or "starting" not in log.read_text()):
            time.sleep(0.05)
        time.sleep(1.0)  # built, listening, idle
        running.send_signal(signal.SIGSTOP)
    spawned = time.time()
    app = subprocess.Popen([sys.executable, "-m", "cramp_timer", "--now"], env=env,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    spoke = None
    deadline = time.monotonic() + 30
    while spoke is None and time.monotonic() < deadline:
        time.sleep(0.02)
        lines = log.read_text().splitlines() if log.exists() else []
        spoke = next((_log_time(line) for line in lines
                      if "spoke position" in line and _log_time(line) >= spawned - 0.001),
                     None)
    stop(app)
    if running is not None:
        running.send_signal(signal.SIGCONT)
        stop(running)
    if spoke is None:
        raise SystemExit(f"a --now's own stretch never spoke (hung app: {hung_app})")
    return spoke - spawned


def bench_idle(seconds: float, home: Path) -> dict[str, float]:
    """CPU time of the idle app over `seconds`: `python -m cramp_timer --tray` with the
    bedtime reminder on (its time far from now), on a private Xvfb display, left to settle
    for SETTLE_S, then utime + stime from /proc/PID/stat before and after (the app
    process only; the speech worker is a child of its own and is counted apart).

    Xvfb has no tray host, so `--tray` opens the window instead (as on such desktops):
    the idle window with the reminder timer, the speech worker and the tray code loaded.
    """
    from datetime import datetime, timedelta
    from datetime import time as clock_time

    from e2e.xvfb import Xvfb

    from cramp_timer.storage.settings import Settings, save_settings

    root = home / "idle"
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("XDG_", "QT_")) and k not in (
               "PYTHONDONTWRITEBYTECODE", "CRAMP_TIMER_QUIT_AFTER_FIRST_PAINT")}
    for name in ("CONFIG", "DATA", "CACHE", "STATE"):
        env[f"XDG_{name}_HOME"] = str(root / name.lower())
    far = (datetime.now() + timedelta(hours=12)).time().replace(second=0, microsecond=0)
    config = root / "config" / "cramp-timer"
    config.mkdir(parents=True)
    save_settings(config / "settings.json",
                  Settings(welcome_seen=True, reminder_enabled=True,
                           reminder_time=clock_time(far.hour, far.minute)))
    tick = os.sysconf("SC_CLK_TCK")

    def cpu_seconds(pid: int) -> float:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / tick  # utime, stime

    def children(pid: int) -> list[int]:
        found = []
        for task in Path(f"/proc/{pid}/task").iterdir():
            found += [int(c) for c in (task / "children").read_text().split()]
        return found

    with Xvfb() as display:
        env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb")
        app = subprocess.Popen([sys.executable, "-m", "cramp_timer", "--tray"], env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            time.sleep(SETTLE_S)
            if app.poll() is not None:
                raise SystemExit(f"the app ended while idle (exit {app.returncode})")
            helpers = children(app.pid)
            before = cpu_seconds(app.pid)
            helpers_before = sum(cpu_seconds(c) for c in helpers)
            began = time.monotonic()
            time.sleep(seconds)
            used = cpu_seconds(app.pid) - before
            helpers_used = sum(cpu_seconds(c) for c in helpers) - helpers_before
            wall = time.monotonic() - began
        finally:
            stop(app)
    return {"idle_wall_s": wall, "idle_cpu_ms": used * 1000,
            "idle_pct": 100 * used / wall, "idle_helpers_pct": 100 * helpers_used / wall}


def stop(app: subprocess.Popen[str] | subprocess.Popen[bytes]) -> None:
    """End a running app as a log-out would (SIGTERM), or kill it after 15 s."""
    app.terminate()
    try:
        app.wait(timeout=15)
    except subprocess.TimeoutExpired:
        app.kill()
        app.wait()


def machine() -> str:
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    import PySide6

    mem = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    load = " / ".join(f"{x:.2f}" for x in os.getloadavg())
    return (f"{platform.system()} {platform.release()}, {cpu}, {os.cpu_count()} cores, "
            f"{mem:.0f} GiB, Python {platform.python_version()}, PySide6 {PySide6.__version__}; "
            f"load average (1, 5, 15 min) {load} when written")


TARGETS = {"start_ratio": 1.3, "rss_ratio": 1.3, "cue_p95_ms": 100.0, "stall_speaking_ms": 30.0,
           "cold_fresh_p95_s": 2.0, "cold_cached_p95_s": 1.5,
           "cold_espeak_fresh_p95_s": 2.0, "cold_espeak_cached_p95_s": 1.5,
           "end_error_ms": 20.0, "history_cold_ms": 100.0, "history_preload_step_ms": 30.0,
           "handover_ratio": 2.0,
           "hung_p95_s": 2.0,
           "idle_pct": 0.1, "growth_30_open_stall_ms": 30.0, "growth_30_csv_stall_ms": 30.0,
           "growth_30_pdf_stall_ms": 30.0}
SETTLE_S = 10.0  # after start-up, before the idle CPU time is counted


def report(figures: dict[str, float], when: str) -> str:
    def row(name: str, value: str, target: str = "") -> str:
        return f"| {name} | {value} | {target} |"

    def verdict(key: str) -> str:
        return "met" if figures[key] <= TARGETS[key] else "**missed**"

    f = figures
    lines = [
        f"Measured {when} on: {machine()}; load average {_load(f)} at the start. The package "
        f"was {'compiled to bytecode first' if f.get('compiled') else 'NOT compiled first'}.",
        "",
        "| measure | value | target |",
        "| --- | --- | --- |",
    ]
    if "start_ratio" in f:
        lines += [
            row("start-up to first paint (a usual start): app / bare PySide6 window "
                "(medians; median ratio of paired runs)",
                f"{f['app_start_s']*1000:.0f} ms / {f['bare_start_s']*1000:.0f} ms; "
                f"{f['start_ratio']:.2f}x", f"<= 1.3x ({verdict('start_ratio')})"),
            row("start-up to all built (settings, diary, speech, every page): app / bare paint",
                f"{f['app_ready_s']*1000:.0f} ms = {f['ready_ratio']:.2f}x",
                "none (for reference)"),
            row("peak RSS, the app settled 0.5 s after all is built: app / bare window",
                f"{f['app_rss_mib']:.1f} MiB / {f['bare_rss_mib']:.1f} MiB = "
                f"{f['rss_ratio']:.2f}x", f"<= 1.3x ({verdict('rss_ratio')})"),
            row("the same with its speech worker's peak (the larger of the two: with Piper, "
                "the worker loads the natural voice's model to render the lines ahead)",
                f"{f['app_with_worker_rss_mib']:.1f} MiB", "none (for reference)"),
        ]
    if "cue_p50_ms" in f:
        lines += [
            row("click to first cue's sound, p50 / p95",
                f"{f['cue_p50_ms']:.0f} ms / {f['cue_p95_ms']:.0f} ms "
                f"({f['cue_samples']:.0f} clicks)", f"p95 <= 100 ms ({verdict('cue_p95_ms')})"),
        ]
    if "cold_fresh_p95_s" in f:
        missed = f["cold_fresh_missed"] + f["cold_cached_missed"]
        lines += [
            row("cold `cramp-timer --now` (nothing running) to the first sound of its "
                "get-into-position line, nothing cached: p50 / p95",
                f"{f['cold_fresh_p50_s']*1000:.0f} ms / {f['cold_fresh_p95_s']*1000:.0f} ms "
                f"({f['cold_runs']:.0f} starts)", f"p95 <= 2.0 s ({verdict('cold_fresh_p95_s')})"),
            row("the same when the app has run before (its speech cache warm): p50 / p95",
                f"{f['cold_cached_p50_s']*1000:.0f} ms / {f['cold_cached_p95_s']*1000:.0f} ms "
                f"({f['cold_runs']:.0f} starts; line not heard whole: {missed:.0f}; 1-min load "
                f"average {f['cold_load_before']:.2f} before, {f['cold_load_after']:.2f} after)",
                f"p95 <= 1.5 s ({verdict('cold_cached_p95_s')})"),
        ]
    if "cold_espeak_fresh_p95_s" in f:
        missed = f["cold_espeak_fresh_missed"] + f["cold_espeak_cached_missed"]
        lines += [
            row(f"the same two with espeak-ng chosen in Settings ({ESPEAK_VOICE}): nothing "
                "cached / cache warm, p50 / p95",
                f"{f['cold_espeak_fresh_p50_s']*1000:.0f} / "
                f"{f['cold_espeak_fresh_p95_s']*1000:.0f} ms; "
                f"{f['cold_espeak_cached_p50_s']*1000:.0f} / "
                f"{f['cold_espeak_cached_p95_s']*1000:.0f} ms (line not heard whole: "
                f"{missed:.0f})",
                f"p95 <= 2.0 s / 1.5 s ({verdict('cold_espeak_fresh_p95_s')} / "
                f"{verdict('cold_espeak_cached_p95_s')})"),
        ]
    if "cue_p50_ms" in f:
        lines += [
            row("longest event-loop stall while speaking (idle, no speech)",
                f"{f['stall_speaking_ms']:.1f} ms ({f['stall_quiet_ms']:.1f} ms)",
                f"<= 30 ms ({verdict('stall_speaking_ms')})"),
        ]
    if "end_error_ms" in f:
        lines.append(row("countdown end vs deadline, 3 x 1 s GUI stalls (naive tick counter)",
                         f"{f['end_error_ms']:.1f} ms ({f['naive_end_error_ms']:.0f} ms)",
                         f"<= 20 ms ({verdict('end_error_ms')})"))
    if "history_cold_ms" in f:
        lines += [
            row("the History view's modules, imported 3 s after start-up (`ui.preload`): in "
                "all; the longest step on the window's thread",
                f"{f['history_preload_ms']:.1f} ms; {f['history_preload_step_ms']:.1f} ms",
                f"step <= 30 ms ({verdict('history_preload_step_ms')})"),
            row(f"History button to the view's first paint in the app, "
                f"{f['history_nights']:.0f} nights ({f['history_cramps']:.0f} cramps): "
                "first open (again)",
                f"{f['history_cold_ms']:.0f} ms ({f['history_open_ms']:.0f} ms)",
                f"<= 100 ms ({verdict('history_cold_ms')})"),
            row("then its six-week charts tab, drawn when first shown: first open (again)",
                f"{f['history_charts_cold_ms']:.0f} ms ({f['history_charts_ms']:.0f} ms)"),
            row("history snapshot from that diary (median)", f"{f['history_load_ms']:.1f} ms"),
            row("that diary's file size", f"{f['history_file_mib']:.2f} MiB"),
        ]
    if "growth_idle_stall_ms" in f:
        lines.append(row("the window's longest event-loop stall over 4 s with nothing to do "
                         "(this machine's noise, for the rows below)",
                         f"{f['growth_idle_stall_ms']:.1f} ms"))
    for years in GROWTH_YEARS:
        if f"growth_{years}_open_ms" not in f:
            continue
        lines.append(row(f"{years} year(s) of diary: building the history view's widgets "
                         "(on the window's thread; the reading starts meanwhile)",
                         f"{f[f'growth_{years}_build_ms']:.0f} ms"))
        for kind, what in (("open", "then, until its nights are shown (its first paint too)"),
                           ("reload", "read again (after a change: the history query alone)"),
                           ("csv", "then its CSV export (every session)"),
                           ("pdf", "then its PDF for the doctor")):
            stall = f[f"growth_{years}_{kind}_stall_ms"]
            verdict_text = "met" if stall <= 30.0 else "**missed**"
            target = f"stall <= 30 ms ({verdict_text})"
            if kind == "open":  # its first paint is in it: the budget is the whole open's
                whole = f[f"growth_{years}_build_ms"] + f[f"growth_{years}_open_ms"]
                target = (f"with the building {whole:.0f} ms <= 100 ms "
                          f"({'met' if whole <= 100.0 else '**missed**'})")
            lines.append(row(
                f"{years} year(s) of diary ({f[f'growth_{years}_cramps']:.0f} cramps): {what}; "
                "longest window stall meanwhile",
                f"{f[f'growth_{years}_{kind}_ms']:.0f} ms; stall {stall:.1f} ms", target))
    if "handover_s" in f:
        lines.append(row("`cramp-timer --now` to the running app: spawn to its countdown "
                         "running (p95; client exited) / `python -c pass`",
                         f"{f['handover_s']*1000:.0f} ms ({f['handover_p95_s']*1000:.0f} ms; "
                         f"{f['handover_exit_s']*1000:.0f} ms) / {f['pass_s']*1000:.0f} ms = "
                         f"{f['handover_ratio']:.2f}x",
                         f"<= 2x ({verdict('handover_ratio')})"))
    if "hung_p95_s" in f:
        lines.append(row("`cramp-timer --now` while the running app is hung (SIGSTOP): spawn "
                         "to the voice of its own stretch starting, p50 / p95 (the same `--now` "
                         "with nothing running, p50)",
                         f"{f['hung_p50_s']*1000:.0f} ms / {f['hung_p95_s']*1000:.0f} ms "
                         f"({f['hung_alone_p50_s']*1000:.0f} ms; {f['hung_runs']:.0f} pairs)",
                         f"p95 <= 2.0 s ({verdict('hung_p95_s')})"))
    if "idle_pct" in f:
        lines.append(row(f"CPU time of the idle app (`--tray`, reminder on, window open: "
                         f"Xvfb has no tray host) over {f['idle_wall_s']:.0f} s "
                         f"(its speech worker)",
                         f"{f['idle_cpu_ms']:.0f} ms = {f['idle_pct']:.3f} % of one core "
                         f"({f['idle_helpers_pct']:.3f} %)",
                         f"<= 0.1 % ({verdict('idle_pct')})"))
    import extra
    from routines_read import report_rows

    lines += [row(*r) for r in extra.report_rows(f)]
    lines += report_rows(f)
    return "\n".join(lines)


def _load(f: dict[str, float]) -> str:
    if "load_1" not in f:
        return "unknown"
    return f"{f['load_1']:.2f} / {f['load_5']:.2f} / {f['load_15']:.2f} (1 / 5 / 15 min)"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer repetitions")
    parser.add_argument("--write", action="store_true", help="update docs/performance.md")
    parser.add_argument("--skip", action="append", default=[],
                        choices=["startup", "speech", "cold", "end", "history", "growth",
                                 "handover", "hung", "idle", "cli", "size", "peers",
                                 "routines"],
                        help="leave a part out")
    args = parser.parse_args()
    figures: dict[str, float] = {}
    figures["load_1"], figures["load_5"], figures["load_15"] = os.getloadavg()
    import compileall

    import extra

    # an installed app has its bytecode: measure that, never a start that compiles
    compiled = compileall.compile_dir(str(ROOT / "cramp_timer"), quiet=1)
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp)
        if "startup" not in args.skip:
            figures.update(bench_startup(5 if args.quick else 15, home))
        if "speech" not in args.skip:
            figures.update(bench_speech(8 if args.quick else 20, home))
        if "cold" not in args.skip:
            figures.update(bench_cold(4 if args.quick else 10, home))
        if "end" not in args.skip:
            figures.update(bench_end_error(1 if args.quick else 3, home))
        if "history" not in args.skip:
            figures.update(bench_history(5 if args.quick else 15, home))
        if "growth" not in args.skip:
            figures.update(bench_growth(home))
        if "handover" not in args.skip:
            figures.update(bench_handover(7 if args.quick else 21, home))
        if "hung" not in args.skip:
            figures.update(bench_hung(3 if args.quick else 7, home))
        if "idle" not in args.skip:
            figures.update(bench_idle(20 if args.quick else 60, home))
        if "cli" not in args.skip:
            figures.update(extra.bench_cli(5 if args.quick else 15, home))
        if "size" not in args.skip:
            figures.update(extra.install_size())
        if "peers" not in args.skip:
            figures.update(extra.bench_peers(20 if args.quick else 60, home))
        if "routines" not in args.skip:
            from routines_read import bench_routines

            figures.update(bench_routines(5 if args.quick else 21, home))
    figures["compiled"] = 1.0 if compiled else 0.0
    when = time.strftime("%Y-%m-%d")
    text = report(figures, when)
    print(text)
    print(f"(peak RSS of this benchmark process: "
          f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB)")
    if args.write:
        write_doc(text)
    return 0


def write_doc(table: str) -> None:
    doc = ROOT / "docs" / "performance.md"
    marker_start, marker_end = "<!-- bench:start -->", "<!-- bench:end -->"
    text = doc.read_text(encoding="utf-8")
    head, _, rest = text.partition(marker_start)
    _, _, tail = rest.partition(marker_end)
    doc.write_text(f"{head}{marker_start}\n{table}\n{marker_end}{tail}", encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
