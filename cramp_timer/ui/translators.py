"""Qt's translators for the language the app speaks (QtCore only: the window, the PDF)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from cramp_timer.i18n import set_language


def install_translators(app: QCoreApplication, language: str) -> None:
    """Qt's own strings (dialog buttons) and the app's in `language` (the Language
    setting: "" the desktop's, "en" English); numbers and dates follow it (QLocale)."""
    locale = QLocale() if not language else QLocale(language)
    QLocale.setDefault(locale)
    set_language(language)
    if locale.language() in (QLocale.Language.English, QLocale.Language.C):
        return
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt = QTranslator(app)
    if qt.load(locale, "qtbase", "_", folder):
        app.installTranslator(qt)
    from cramp_timer.storage.qm import translations_folder  # the app's own, also read without Qt

    own = QTranslator(app)
    if own.load(locale, "cramp_timer", "_", str(translations_folder())):
        app.installTranslator(own)
