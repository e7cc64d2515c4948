"""The Warning signs control that every page of the night carries (W opens it too).

One tap from a stretch, a round's end, a care timer or the rating to the signs that need
a doctor. The page to read opens over the night's page; the timer behind it runs on
(`NightView` does not take the screen back until the stage or phase changes), and Back
or Esc returns to it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QPushButton

from cramp_timer.ui.main_window import make_button

if TYPE_CHECKING:
    from cramp_timer.ui.main_window import MainWindow

WARNING_SIGNS_KEY = "W"


def warning_signs_button(window: MainWindow) -> QPushButton:
    """A "Warning signs" button that opens the Warning signs page."""
    button = make_button(window.tr("Warning signs"),
                         window.tr("When a cramp needs a doctor (W)"),
                         object_name="warningSigns")
    button.clicked.connect(window.warning_signs_requested.emit)
    return button
