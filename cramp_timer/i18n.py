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
from collections.abc import Callable

# The languages the app ships, by the code of their .qm file, each named in itself.
LANGUAGES: dict[str, str] = {
    "de": "Deutsch",
    "es": "Español",
    "fr": "Français",
    "pt_BR": "Português (Brasil)",
    "zh_CN": "简体中文",
}

_catalog: dict[tuple[str, str, str], list[str]] | None = None
_catalog_language = ""
_language: str | None = None  # the Language setting ("" or None: the desktop's)
_source: Callable[[], str] | None = None


def set_language_source(source: Callable[[], str]) -> None:
    """Where the window-less path finds the Language setting, asked only when it first
    translates a message (so a launch that shows none reads no file)."""
    global _source
    _source = source


def set_language(code: str | None) -> None:
    """Use the language `code` (the Language setting) rather than the desktop's, on the
    path without Qt; the window passes the same code to its translators (ui.translators)."""
    global _language, _catalog
    _language, _catalog = code, None


def current_language() -> str:
    """The Language setting in use ("" the desktop's), asking its source the first time."""
    if _language is None and _source is not None:
        set_language(_source())
    return _language or ""


def spoken_language() -> str:
    """The language of the spoken lines, as the translation in use names it ("en", "de",
    "pt_BR", ...): it picks the voice that speaks them."""
    return translate("cues", "en", "language code of the spoken lines")


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks `text` for translation where it is defined; translate it where it is shown."""
    return text


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """The translation of `text`. Named like Qt's own function, and called with literal
    arguments, so that pyside6-lupdate finds every string."""
    qtcore = sys.modules.get("PySide6.QtCore")
    if qtcore is not None:
        result: str = qtcore.QCoreApplication.translate(context, text, disambiguation, n)
        return result
    global _catalog, _catalog_language
    from cramp_timer.storage import qm

    if _catalog is None:
        _catalog_language, _catalog = qm.find_for_locale(language=current_language())
    forms = _catalog.get((context, text, disambiguation or "")) or (
        _catalog.get((context, text, "")) if disambiguation else None)
    if forms:
        found = forms[0] if n < 0 else forms[qm.plural_form(_catalog_language, n, len(forms))]
        text = found or text
    return text.replace("%n", str(n)) if n >= 0 else text

