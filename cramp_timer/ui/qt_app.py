"""The Qt application object and its process-level plumbing (translators, theme, signals).

Kept in the UI package so the composition root (`cramp_timer.app`) needs no widget code.
"""

from __future__ import annotations

import logging
import signal
import socket
import time
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import (
    QEvent,
    QLibraryInfo,
    QLocale,
    QObject,
    QSocketNotifier,
    QTimer,
    QTranslator,
)
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import QApplication, QWidget

from cramp_timer.resources import APP_ID, icon_theme_files
from cramp_timer.ui.theme import apply_night_theme

log = logging.getLogger(__name__)


def create_application(argv: Sequence[str], version: str) -> QApplication:
    app = QApplication(list(argv))
    app.setApplicationName("Cramp Timer")
    app.setApplicationVersion(version)
    app.setDesktopFileName(APP_ID)  # the installed desktop entry's name (Wayland app id)
    app.setWindowIcon(app_icon())
    _install_translators(app)
    apply_night_theme(app)
    _SignalQuitter(app)
    return app


def app_icon() -> QIcon:
    """The app icon at every shipped PNG size (read only when a size is drawn)."""
    icon = QIcon()
    for relative, source in icon_theme_files():
        if not relative.endswith(".png"):
            continue  # the SVG would need Qt's SVG icon plugin; the PNGs go up to 512
        if isinstance(source, Path):
            icon.addFile(str(source))
        else:  # packed in an archive: read it now
            pixmap = QPixmap()
            pixmap.loadFromData(source.read_bytes())
            icon.addPixmap(pixmap)
    return icon


def _install_translators(app: QApplication) -> None:
    """Qt's own strings (dialog buttons) in the person's language."""
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt = QTranslator(app)
    if qt.load(QLocale(), "qtbase", "_", folder):
        app.installTranslator(qt)


class _SignalQuitter(QObject):
    """SIGTERM / SIGINT end the app through its normal shutdown (speech worker closed).

    Python runs signal handlers only when it gets control, so the signal's wake-up byte
    goes to a socket that Qt's event loop watches.
    """

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)  # owned by the app: lives exactly as long
        self._app = app
        self._reader, self._writer = socket.socketpair()
        self._reader.setblocking(False)
        self._writer.setblocking(False)
        signal.set_wakeup_fd(self._writer.fileno())
        for signum in (signal.SIGTERM, signal.SIGINT):
            signal.signal(signum, lambda *_: None)  # the wake-up byte does the work
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._on_signal)
        app.aboutToQuit.connect(self._release)

    def _on_signal(self) -> None:
        try:
            self._reader.recv(64)
        except OSError:
            return
        log.info("asked to quit by a signal")
        self._app.quit()

    def _release(self) -> None:
        signal.set_wakeup_fd(-1)
        self._notifier.setEnabled(False)
        self._reader.close()
        self._writer.close()


class _FirstPaintProbe(QObject):
    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._app = app
        self._done = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self._done:
            self._done = True
            print(f"first-paint {time.monotonic():.6f}", flush=True)
            QTimer.singleShot(0, self._app.quit)
        return False


def report_first_paint(app: QApplication, window: QWidget) -> None:
    """For the benchmark: print the moment `window` first paints, then quit."""
    window.installEventFilter(_FirstPaintProbe(app))
