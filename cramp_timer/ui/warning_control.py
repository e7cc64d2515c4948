"""The Warning signs control that every page of the night carries (W opens it too).

One tap from a stretch, a round's end, a care timer or the rating to the signs that need
a doctor. The page to read opens over the night's page; the timer behind it runs on
(`NightView` does not take the screen back until the stage or phase changes), and Back
or Esc returns to it.
"""

from __future__ import annotations

from PySide6.QtCore import SignalInstance
from PySide6.QtWidgets import QPushButton

from cramp_timer.i18n import translate
from cramp_timer.ui.key_badge import show_key
from cramp_timer.ui.widgets import make_button

WARNING_SIGNS_KEY = "W"


# About as tall as a heading's line: each page's height is spoken for (a 768-pixel screen)
COMPACT_STYLE = "padding: 0 22px 0 12px; min-height: 20px; font-size: 16px;"  # right: its key


def warning_signs_button(requested: SignalInstance) -> QPushButton:
    """A small "Warning signs" button; a click emits ``requested``."""
    # Translator: button to the page of signs that need a doctor; use the same words as that page's
    # title. Not 'emergency'.
    button = make_button(translate("WarningControl", "Warning signs"),
                         # Translator: tooltip: keep 'needs a doctor' (not 'emergency', no
                         # diagnosis); W is the key.
                         translate("WarningControl", "When a cramp needs a doctor (W)"),
                         object_name="warningSigns")
    button.setStyleSheet(COMPACT_STYLE)
    button.clicked.connect(requested.emit)
    show_key(button, "W")
    return button


def set_urgent(button: QPushButton, urgent: bool) -> None:
    """After the warning signs the control is the page's first action: large, in the
    accent colour, and it says what it leads to."""
    name = "bigAccent" if urgent else "warningSigns"
    if button.objectName() == name:
        return
    # Translator: shown large once the warning signs appeared: 'what to do now' stays urgent; must
    # not say emergency or name a diagnosis.
    text = (translate("WarningControl", "Warning signs: what to do now") if urgent
            else translate("WarningControl", "Warning signs"))
    button.setText(text)
    button.setAccessibleName(text)
    button.setStyleSheet("" if urgent else COMPACT_STYLE)
    set_look(button, name)


def set_look(button: QPushButton, object_name: str) -> None:
    """Give ``button`` the theme's look for ``object_name`` (restyled at once)."""
    if button.objectName() != object_name:
        button.setObjectName(object_name)
        button.style().unpolish(button)
        button.style().polish(button)
