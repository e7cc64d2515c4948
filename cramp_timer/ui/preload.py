"""Importing, while the app is idle, the modules that a later click needs.

The first open of the History view would otherwise import its modules on that click
(docs/decisions/0021-preload-history.md). `Preload` imports them a few seconds after
start-up, one module per turn of the event loop, so no turn blocks the window for long.
"""

from __future__ import annotations

import importlib
import logging
import sys
import time
from collections.abc import Callable, Sequence
from typing import Final

from PySide6.QtCore import QObject, QTimer

# What the History view imports beyond the start-up's modules, leaves first (each import
# then pays only for its own module; docs/decisions/0021 has the figures).
HISTORY_MODULES: Final[tuple[str, ...]] = (
    "cramp_timer.core.marks",
    "cramp_timer.core.history",
    "cramp_timer.core.trial",
    "cramp_timer.flows.history_source",
    "cramp_timer.ui.formatting",
    "cramp_timer.ui.trial_words",
    "cramp_timer.ui.history_charts",
    "cramp_timer.ui.background",
    "cramp_timer.ui.dialogs.history_view",
)
PRELOAD_AFTER_MS: Final = 3000  # after start-up's own queued work (speech, caregiver files)


class Preload(QObject):
    """Imports ``modules`` in order, one per event-loop turn, starting ``after_ms`` after
    `start`; then calls ``then``. A module already imported costs nothing; one that fails
    to import is logged and skipped (the click that needs it meets the error again).
    ``steps_ms`` holds how long each import blocked the window's thread."""

    def __init__(self, modules: Sequence[str], parent: QObject | None = None, *,
                 after_ms: int = PRELOAD_AFTER_MS, then: Callable[[], None] = lambda: None,
                 import_module: Callable[[str], object] = importlib.import_module) -> None:
        super().__init__(parent)
        self._todo = list(modules)
        self._after_ms = after_ms
        self._then = then
        self._import = import_module
        self.steps_ms: list[float] = []
        self.done = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._step)

    def start(self) -> None:
        self._timer.start(self._after_ms)

    def _step(self) -> None:
        if not self._todo:
            self.done = True
            logging.getLogger(__name__).info(
                "preloaded %d modules in %.1f ms, the longest step %.1f ms",
                len(self.steps_ms), sum(self.steps_ms), max(self.steps_ms, default=0.0))
            self._then()
            return
        name = self._todo.pop(0)
        began = time.perf_counter()
        if name not in sys.modules:
            try:
                self._import(name)
            except Exception:  # a broken install: the click that needs it meets it again
                logging.getLogger(__name__).exception("could not preload %s", name)
        self.steps_ms.append((time.perf_counter() - began) * 1000)
        self._timer.start(0)  # the next one after the events that came meanwhile
