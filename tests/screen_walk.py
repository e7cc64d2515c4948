"""Walk every page and dialog of the real app on screens of many sizes, and say what
does not fit. Run in its own process (the scale is fixed when Qt starts):

    python tests/screen_walk.py [--language de] 1024x600@2 1366x768@1.5 ...

The offscreen platform is given one screen per size and scale: at scale 1.5 a
1366x768 screen is 911x512 of Qt's (logical) pixels, with 1.5 device pixels to each,
as QT_SCALE_FACTOR=1.5 makes it. On each the app is built afresh (fake clock,
recording speaker, private files) and walked, its window opened at the default size
under the pointer. One JSON object per line is
printed: {"screen", "state", "window": [w, h], "problems": [...]}, and a last line
{"done": true}. A problem is a window or a visible button not wholly inside the
screen's available area, a button outside its window, a button narrower than its text,
or a window that did not go back to its size on the idle page. With ``--language``, the
app speaks that language ("en": English), and a problem is also English left on a page
or a label or button whose text does not fit it (tests/language_check.py).
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

GAP = 100  # between the screens, so a window on one never touches the next
WINDOW = (560, 680)  # the default window size
# the pages and dialogs a walk shows on each screen (one that broke off would not)
STATES = {"idle", "countdown", "round done", "round three, warning signs",
          "heat, cold or massage", "heat timer", "switch the pad off", "rating",
          "idle again", "tips", "warning signs", "welcome", "bedtime routine", "routines",
          "settings", "history", "check setup", "PIN settings", "PIN prompt", "about"}


def screens_config(screens: list[tuple[int, int, float]], path: Path) -> None:
    config, x = [], 0
    for width, height, scale in screens:
        logical = (round(width / scale), round(height / scale))
        config.append({"name": f"{width}x{height}@{scale:g}", "x": x, "y": 0,
                       "width": logical[0], "height": logical[1], "dpr": scale})
        x += logical[0] + GAP
    path.write_text(json.dumps({"windowFrameMargins": True, "screens": config}))


def parse(arg: str) -> tuple[int, int, float]:
    size, _, scale = arg.partition("@")
    width, height = (int(n) for n in size.split("x"))
    return width, height, float(scale or 1)


def main(args: list[str]) -> int:
    language = None
    if args[:1] == ["--language"]:
        language, args = args[1], args[2:]
    screens = [parse(arg) for arg in args]
    # (ignore_cleanup_errors: a helper the app left behind may still be closing a file)
    with tempfile.TemporaryDirectory(ignore_cleanup_errors=True) as home:
        config = Path(home) / "screens.json"
        screens_config(screens, config)
        os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
        for name in ("CONFIG", "DATA", "CACHE", "STATE"):
            os.environ[f"XDG_{name}_HOME"] = str(Path(home) / name.lower())
        from PySide6.QtWidgets import QApplication

        from cramp_timer.ui.qt_app import apply_theme, install_translators

        app = QApplication(["cramp-timer"])
        if language is not None:
            install_translators(app, language)
        apply_theme(app)
        for index in range(len(screens)):
            for line in walk(app, app.screens()[index], language):
                print(json.dumps(line), flush=True)
        wait_for_jobs(app)
        print(json.dumps({"done": True}), flush=True)
    return 0


def wait_for_jobs(app: object, limit_s: float = 30.0) -> None:
    """Lets the jobs a closed dialog left running (the history's read of the diary) end
    before the folder they read is removed."""
    import time

    from PySide6.QtCore import QCoreApplication, QEvent, QProcess, QThreadPool
    from PySide6.QtWidgets import QApplication

    from cramp_timer.ui.background import Background

    assert isinstance(app, QApplication)
    end = time.monotonic() + limit_s
    while time.monotonic() < end and (app.findChildren(Background)
                                      or app.findChildren(QProcess)):
        app.processEvents()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QThreadPool.globalInstance().waitForDone(50)
    QThreadPool.globalInstance().waitForDone()


def walk(app: object, screen: object, language: str | None = None,
         ) -> Iterator[dict[str, object]]:
    from fakes import RecordingSpeaker
    from PySide6.QtGui import QCursor, QScreen
    from PySide6.QtWidgets import QApplication, QWidget

    from cramp_timer.app import CrampTimer
    from cramp_timer.core.clock import FakeClock
    from cramp_timer.storage.diary import FollowupKind
    from cramp_timer.storage.paths import AppPaths
    from cramp_timer.storage.settings import Settings, save_settings
    from cramp_timer.storage.window_state import WindowState

    assert isinstance(app, QApplication) and isinstance(screen, QScreen)
    paths = AppPaths.default()
    for folder in (paths.config_dir, paths.data_dir):
        if folder.exists():
            for file in folder.iterdir():
                if file.is_file():
                    file.unlink()
    paths.ensure()
    save_settings(paths.settings_file, Settings(welcome_seen=True, heat_minutes=5,
                                                language=language or ""))
    clock = FakeClock()
    timer = CrampTimer(paths, clock, RecordingSpeaker(clock))
    window = timer.window
    free = screen.availableGeometry()
    QCursor.setPos(free.center())
    window.present(WindowState(*WINDOW))
    name = screen.name()

    def settle() -> None:
        for _ in range(6):
            app.processEvents()

    def advance(seconds: float, step: float = 0.25) -> None:
        for _ in range(round(seconds / step)):
            clock.advance(step)
            timer.controller.tick()

    settle()
    start = window.size()

    def state(label: str, shown: QWidget | None = None) -> dict[str, object]:
        settle()
        top = shown if shown is not None else window
        size = top.size()
        problems = check(top, free)
        if top is not window:
            problems += check(window, free)
        if language is not None:
            from language_check import clipped, english_left, shown_texts

            for widget in {top, window}:
                problems += clipped(widget)
                if language != "en":
                    problems += english_left(shown_texts(widget), language)
        return {"screen": name, "state": label, "window": [size.width(), size.height()],
                "problems": problems}

    yield state("idle")
    controller = timer.controller
    controller.start()
    advance(5 + 17)
    yield state("countdown")
    advance(40)
    yield state("round done")
    for _round in (2, 3):
        controller.again()
        advance(51)
    yield state("round three, warning signs")
    controller.better()
    yield state("heat, cold or massage")
    controller.followup(FollowupKind.HEAT)
    advance(12 + 60)
    yield state("heat timer")
    advance(5 * 60)
    yield state("switch the pad off")
    controller.acknowledge()
    controller.finish_care()
    yield state("rating")
    controller.rate(None, None)
    yield state("idle again")
    if window.size() != start:
        yield {"screen": name, "state": "back to its size", "window": [0, 0], "problems": [
            f"the window stayed {window.width()}x{window.height()}, "
            f"not {start.width()}x{start.height()}"]}
    window.show_tips()
    yield state("tips")
    window.show_warning_signs()
    yield state("warning signs")
    window.leave_page()
    timer.show_welcome()
    yield state("welcome")
    window.leave_page()
    if timer.run_routine() is None:
        advance(38)
        yield state("bedtime routine")
        controller.stop()
        settle()
    timer.show_routines()
    yield state("routines")
    window.leave_page()
    for label, opened in (("settings", timer.open_settings), ("history", timer.open_history),
                          ("check setup", timer.check_setup),
                          ("PIN settings", timer.open_pin_settings)):
        dialog = opened()
        if dialog is not None:
            yield state(label, dialog)
            dialog.reject()
            settle()
    timer.lock.set_pin("2468")
    prompt = timer.open_routines()
    if prompt is not None:
        yield state("PIN prompt", prompt)
        prompt.reject()
    timer.lock.clear("2468")
    box = window._about()  # what the More menu's last item calls (opened, not run)
    yield state("about", box)
    box.close()
    timer.shutdown()
    window.close()
    window.deleteLater()
    settle()


def check(top: object, free: object) -> list[str]:
    from PySide6.QtCore import QPoint, QRect
    from PySide6.QtWidgets import QAbstractButton, QWidget

    assert isinstance(top, QWidget) and isinstance(free, QRect)
    problems = []
    frame = top.frameGeometry()
    what = type(top).__name__
    if not free.contains(frame):
        problems.append(f"{what} {rect_text(frame)} is not inside the screen {rect_text(free)}")
    inside = QRect(QPoint(0, 0), top.size())
    for button in top.findChildren(QAbstractButton):
        if not button.isVisible() or button.window() is not top:
            continue
        scrolled = scroll_area(button, top)
        if scrolled is not None:  # reached by scrolling: its scroll area must fit
            button = scrolled
        here = QRect(button.mapTo(top, QPoint(0, 0)), button.size())
        label = button.accessibleName() or button.text() or button.objectName()
        if not inside.contains(here):
            problems.append(f"{label!r} {rect_text(here)} is outside its {what} "
                            f"({top.width()}x{top.height()})")
        on_screen = QRect(button.mapToGlobal(QPoint(0, 0)), button.size())
        if not free.contains(on_screen):
            problems.append(f"{label!r} {rect_text(on_screen)} is off the screen")
        if button.width() + 1 < button.minimumSizeHint().width():
            problems.append(f"{label!r} is {button.width()} wide, its text needs "
                            f"{button.minimumSizeHint().width()}")
    return problems


def scroll_area(widget: object, top: object) -> object | None:
    """The scroll area ``widget`` lies in, below ``top``, if any."""
    from PySide6.QtWidgets import QAbstractScrollArea, QWidget

    assert isinstance(widget, QWidget)
    found = None
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        if isinstance(parent, QAbstractScrollArea):
            found = parent  # the outermost one
        parent = parent.parentWidget()
    return found


def rect_text(rect: object) -> str:
    from PySide6.QtCore import QRect

    assert isinstance(rect, QRect)
    return f"{rect.width()}x{rect.height()}+{rect.x()}+{rect.y()}"


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
