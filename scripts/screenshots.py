"""Take the README's screenshots of the real window on a virtual X screen (Xvfb).

The app is built as usual, with a fake clock (so "mid-countdown" is an exact moment) and
a silent speaker; each picture is the real window on the X server, captured by Qt.
Run: `make screenshots` (or `.venv/bin/python scripts/screenshots.py [OUT_DIR]`).
``--screen 1366x768@1.5`` takes them on a screen of that size at that display scale
(QT_SCALE_FACTOR), with the window opened as the app opens it there. ``--language de``
takes them in that language; ``--only idle,countdown`` takes only those pictures.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from e2e.xvfb import Xvfb  # noqa: E402

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from cramp_timer.app import CrampTimer


ONLY: set[str] = set()  # the pictures to take (all when empty)


def save(widget: QWidget, path: Path) -> None:
    """Write the widget as drawn now to ``path`` (a PNG) and say where."""
    if ONLY and path.stem not in ONLY:
        return
    if not widget.grab().save(str(path)):
        raise SystemExit(f"could not write {path}")
    print(path)


def main(out: Path, screen: str = "", language: str = "") -> int:
    out.mkdir(parents=True, exist_ok=True)
    size, _, scale = screen.partition("@")
    width, height = (int(n) for n in size.split("x")) if size else (1280, 800)
    if scale:
        os.environ["QT_SCALE_FACTOR"] = scale
    with Xvfb(width=width, height=height) as display, \
            tempfile.TemporaryDirectory() as home:
        os.environ["DISPLAY"] = display
        os.environ["QT_QPA_PLATFORM"] = "xcb"
        for name in ("CONFIG", "DATA", "CACHE", "STATE"):
            os.environ[f"XDG_{name}_HOME"] = str(Path(home) / name.lower())
        return shoot(out, language)


def shoot(out: Path, language: str = "") -> int:
    from PySide6.QtWidgets import QApplication

    from cramp_timer.app import CrampTimer
    from cramp_timer.core.aftercare import SAFETY_SECONDS
    from cramp_timer.core.clock import FakeClock
    from cramp_timer.core.stretch import POSITION_LINE_WAIT
    from cramp_timer.speech.speaker import SilentSpeaker
    from cramp_timer.storage.diary import FollowupKind, Leg
    from cramp_timer.storage.paths import AppPaths
    from cramp_timer.ui.theme import apply_night_theme
    from cramp_timer.ui.translators import install_translators

    app = QApplication(["cramp-timer"])
    install_translators(app, language)
    apply_night_theme(app)
    paths = AppPaths.default()
    paths.ensure()
    clock = FakeClock()
    timer = CrampTimer(paths, clock, SilentSpeaker())
    window = timer.window
    window.place_on_pointer_screen(560, 680)  # no larger than the screen
    window.show()

    def settle() -> None:
        for _ in range(20):
            app.processEvents()

    def snap(name: str, action: Callable[[], object] | None = None) -> None:
        if action is not None:
            action()
        settle()
        save(window, out / f"{name}.png")

    snap("idle")
    controller = timer.controller

    def run_for(seconds: float) -> None:
        """The fake clock on by ``seconds``, the controller woken every quarter second as
        its timer would."""
        for _quarter in range(round(seconds * 4)):
            clock.advance(0.25)
            controller.tick()

    controller.start()
    # a silent speaker never reports a line said: the position step waits its bound out
    run_for(5 + POSITION_LINE_WAIT + 17.4)
    snap("countdown")
    run_for(40)
    snap("round-done")
    controller.better()
    snap("aftercare")
    controller.followup(FollowupKind.HEAT)
    run_for(SAFETY_SECONDS + 4 * 60 + 21.3)
    snap("heat")
    run_for(15 * 60)
    snap("switch-off")
    controller.acknowledge()
    controller.finish_care()
    controller.type_digit(6)  # chosen, not yet kept: the page says so
    controller.choose_leg(Leg.LEFT)
    snap("rating")
    controller.rate(None, None)
    # a second cramp that three rounds do not ease: the warning signs, then only cold
    controller.start()
    for _round in (1, 2, 3):
        if _round > 1:
            controller.again()
        run_for(5 + POSITION_LINE_WAIT + 45.5)
    snap("red-flags")
    controller.better()
    snap("aftercare-after-warning-signs")
    controller.finish_care()
    controller.rate(None, None)
    snap("warning-signs", window.show_warning_signs)
    snap("tips", window.show_tips)
    window.show_idle()
    # the bedtime routine: the left calf held, the first time
    if timer.run_routine() is not None:
        raise SystemExit("the bedtime routine did not start")
    run_for(30.5)
    snap("routine")
    controller.stop()
    settle()
    if controller.active:
        controller.rate(None, None)
    window.show_idle()
    shoot_tray_menu(out, timer, settle)
    dialog = timer.open_settings()
    assert dialog is not None  # no PIN is set yet
    settle()
    save(dialog, out / "settings.png")
    dialog.reject()
    shoot_routines(out, timer, settle)
    shoot_history(out, timer, settle)
    timer.shutdown()
    return 0


def shoot_tray_menu(out: Path, timer: CrampTimer, settle: Callable[[], None]) -> None:
    """The tray icon's menu while the bedtime reminder is due (Xvfb has no tray host, so
    the menu is opened on its own, as the tray would open it)."""
    from PySide6.QtCore import QPoint

    from cramp_timer.flows.reminders import reminder_text

    tray = timer.make_tray()
    tray.show_reminder(reminder_text("Bedtime stretch"), balloon=False)
    tray.menu.popup(QPoint(40, 40))
    settle()
    save(tray.menu, out / "tray-menu.png")
    tray.menu.hide()
    tray.show_reminder(None)


def shoot_routines(out: Path, timer: CrampTimer, settle: Callable[[], None]) -> None:
    """The Routines page on a physiotherapist's routine, a hold of 400 s just refused;
    then the PIN prompt after one wrong try."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QKeyEvent

    from cramp_timer.routines.model import Routine, RoutineStep, Side

    window = timer.window
    steps = tuple(
        RoutineStep(name, how, side, hold, 3, 10)
        for name, how, side, hold in (
            ("Calf stretch on a step", "Stand on the stair, heels over the edge. Let this "
             "heel sink slowly until the calf pulls.", Side.LEFT, 30),
            ("Calf stretch on a step", "Stand on the stair, heels over the edge. Let this "
             "heel sink slowly until the calf pulls.", Side.RIGHT, 30),
            ("Ankle circles", "Sit down. Draw slow circles with this foot.", Side.BOTH, 20),
        )
    )
    timer.store.add(Routine("Evening plan from Dr. Ames", steps,
                            note="Every evening before bed. Slowly; it should never hurt.",
                            prescribed_by="Dr. Ames, physiotherapist"))
    editor = timer.show_routines()
    editor.editing.choose("Evening plan from Dr. Ames")
    editor.refresh()
    page = editor.page
    page.hold.setFocus()
    page.hold.setText("400")
    page.hold.editingFinished.emit()
    size = window.size()
    window.resize(640, 1180)  # a caregiver at a desk: taller than the bedside window
    settle()
    for name, shown in (("routines", page.routines), ("routine-step", page.speak_button)):
        page.scroll_area.ensureWidgetVisible(shown)
        settle()
        save(window, out / f"{name}.png")
    window.resize(size)
    window.leave_page()
    timer.lock.set_pin("2468")
    timer.open_settings()
    prompt = timer.pin_prompt
    assert prompt is not None
    prompt.pin.setText("1111")
    prompt.try_pin()
    prompt.pin.setText("24")
    prompt.pin.keyPressEvent(QKeyEvent(QKeyEvent.Type.KeyPress, Qt.Key.Key_6,
                                       Qt.KeyboardModifier.NoModifier, "6"))
    settle()
    save(prompt, out / "pin-prompt.png")
    prompt.reject()
    timer.lock.clear("2468")


def shoot_history(out: Path, timer: CrampTimer, settle: Callable[[], None]) -> None:
    """Six weeks and a half of made-up but plausible nights; the nights tab on a night
    with two cramps, then the six-week charts and the before/after answer."""
    from datetime import date, datetime
    from zoneinfo import ZoneInfo

    from diary_data import fill_nights

    from cramp_timer.core.clock import FakeClock
    from cramp_timer.ui.dialogs.history_view import ANSWER_TAB, CHARTS_TAB, HistoryDialog

    if timer.diary is None:
        raise SystemExit("the diary did not open; no history to show")
    zone = ZoneInfo("Europe/Berlin")
    fill_nights(timer.diary, date(2026, 1, 1), 46, zone, seed=4)
    dialog = HistoryDialog(
        timer.diary, FakeClock(datetime(2026, 2, 16, 7, 30, tzinfo=zone)), zone, timer.window
    )
    dialog.resize(1000, 720)
    dialog.show()
    while dialog.history is None:  # read on a worker thread
        settle()
    settle()
    rows = dialog.nights_model.rows()
    newest = next(i for i, night in enumerate(rows) if night.cramp_count >= 2)
    index = dialog.nights_model.index(newest, 0)
    dialog.nights.setCurrentIndex(index)
    dialog.nights.scrollTo(index)
    settle()
    for name, tab in (("history", 0), ("history-charts", CHARTS_TAB),
                      ("history-answer", ANSWER_TAB)):
        dialog.tabs.setCurrentIndex(tab)
        settle()
        save(dialog, out / f"{name}.png")
    dialog.reject()


if __name__ == "__main__":
    args = sys.argv[1:]
    options = {"--screen": "", "--language": "", "--only": ""}
    for option in options:
        if option in args:
            at = args.index(option)
            options[option] = args[at + 1]
            del args[at:at + 2]
    ONLY.update(filter(None, options["--only"].split(",")))
    sys.exit(main(Path(args[0]) if args else ROOT / "docs" / "screenshots",
                  options["--screen"], options["--language"]))
