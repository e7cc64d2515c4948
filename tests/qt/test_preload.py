"""The History view's modules are imported while the app is idle, one per event-loop turn."""

from __future__ import annotations

import subprocess
import sys

from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from cramp_timer.ui.preload import HISTORY_MODULES, Preload


def test_each_module_is_its_own_turn_and_then_runs_last(qtbot: QtBot) -> None:
    events: list[str] = []

    def fake_import(name: str) -> object:
        events.append(name)
        # an event that arrives during this import is handled before the next import
        QTimer.singleShot(0, lambda: events.append(f"event after {name}"))
        return object()

    preload = Preload(["a.one", "a.two"], after_ms=0, then=lambda: events.append("then"),
                      import_module=fake_import)
    preload.start()
    qtbot.waitUntil(lambda: preload.done, timeout=2000)
    assert events == ["a.one", "event after a.one", "a.two", "event after a.two", "then"]
    assert len(preload.steps_ms) == 2


def test_nothing_happens_before_the_delay(qtbot: QtBot) -> None:
    imported: list[str] = []
    preload = Preload(["a.one"], after_ms=60_000, import_module=imported.append)
    preload.start()
    qtbot.wait(50)  # a few turns of the event loop: the 60 s have not passed
    assert imported == []
    assert not preload.done


def test_a_module_that_fails_to_import_is_skipped_and_the_rest_go_on(qtbot: QtBot) -> None:
    imported: list[str] = []

    def fake_import(name: str) -> object:
        if name == "broken":
            raise ImportError("no such module")
        imported.append(name)
        return object()

    preload = Preload(["broken", "fine"], after_ms=0, import_module=fake_import)
    preload.start()
    qtbot.waitUntil(lambda: preload.done, timeout=2000)
    assert imported == ["fine"]


def test_a_module_already_imported_is_not_imported_again(qtbot: QtBot) -> None:
    imported: list[str] = []
    preload = Preload(["sys", "a.new"], after_ms=0, import_module=imported.append)
    preload.start()
    qtbot.waitUntil(lambda: preload.done, timeout=2000)
    assert imported == ["a.new"]


def test_the_history_list_names_what_opening_the_history_imports() -> None:
    """In a fresh process: with the window's modules and the listed ones imported, the
    History view's import brings no cramp_timer module of its own (the list is complete),
    and each step imports only its own module (its package aside): leaves come first."""
    code = (
        "import sys, importlib\n"
        "import cramp_timer.app\n"  # what start-up has imported before the preload
        f"for name in {list(HISTORY_MODULES)!r}:\n"
        "    before = set(sys.modules)\n"
        "    importlib.import_module(name)\n"
        "    new = sorted(m for m in set(sys.modules) - before"
        " if m.startswith('cramp_timer') and not name.startswith(m))\n"
        "    print(name, ' '.join(new))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin"})
    lines = dict(line.partition(" ")[::2] for line in out.stdout.splitlines())
    assert list(lines) == list(HISTORY_MODULES)
    assert {name: extra.strip() for name, extra in lines.items()} == {
        name: "" for name in HISTORY_MODULES}
