"""Every string a person sees or hears goes through `translate`.

Once Qt is loaded (the window), Qt's translator answers. A command that shows no window
(``--export-routines``, ``--version``, ...) never loads Qt for a message: then the app's
own ``assets/translations/cramp_timer_<lang>.qm`` (if there is one for the person's
language) is read by the small reader in `cramp_timer.storage.qm`, and a text without a
translation comes back as written. Both paths give the same answer for the same .qm file.
The reason: docs/decisions/0019-qt-free-translations.md.
"""

from __future__ import annotations

import sys

# The languages the app ships, by the code of their .qm file, each named in itself.
LANGUAGES: dict[str, str] = {
    "de": "Deutsch",
    "es": "Español",
    "fr": "Français",
    "pt_BR": "Português (Brasil)",
    "zh_CN": "简体中文",
}

_catalog: dict[tuple[str, str, str], list[str]] | None = None


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """The translation of `text`. Named like Qt's own function, and called with literal
    arguments, so that pyside6-lupdate finds every string."""
    qtcore = sys.modules.get("PySide6.QtCore")
    if qtcore is not None:
        result: str = qtcore.QCoreApplication.translate(context, text, disambiguation, n)
        return result
    global _catalog
    if _catalog is None:
        from cramp_timer.storage import qm

        _catalog = qm.load_for_locale()
    forms = _catalog.get((context, text, disambiguation or "")) or (
        _catalog.get((context, text, "")) if disambiguation else None)
    if forms:
        found = forms[0] if n < 0 or len(forms) == 1 else forms[0 if n == 1 else 1]
        text = found or text
    return text.replace("%n", str(n)) if n >= 0 else text


def reset_catalog() -> None:
    """Forget the translations read without Qt (tests; a changed language)."""
    global _catalog
    _catalog = None
