"""Every string a person sees or hears goes through Qt's translator.

QtCore only: the domain may mark and translate text, it never touches widgets.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Qt's translation of `text`. Named like Qt's own function, and called with literal
    arguments, so that pyside6-lupdate finds every string."""
    return QCoreApplication.translate(context, text, disambiguation, n)
