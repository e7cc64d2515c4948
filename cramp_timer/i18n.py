"""Every string a person sees or hears goes through Qt's translator.

QtCore only: the domain may mark and translate text, it never touches widgets.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def tr(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate(context, text, disambiguation, n)
