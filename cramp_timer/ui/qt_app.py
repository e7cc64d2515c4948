"""The Qt application object and its process-level plumbing (translators, theme, signals).

Kept in the UI package so the composition root (`cramp_timer.app`) needs no widget code.
"""

from __future__ import annotations

import os
import signal
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QEvent,
    QObject,
    QSocketNotifier,
    QTimer,
)
from PySide6.QtWidgets import QApplication, QWidget

from cramp_timer.storage.resources import APP_ID

if TYPE_CHECKING:
    from PySide6.QtGui import QIcon
from cramp_timer.ui.fitting import refit_all, watch_windows
from cramp_timer.ui.theme import apply_night_theme, is_dim
from cramp_timer.ui.translators import install_translators


def create_application(argv: Sequence[str], version: str, language: str = "") -> QApplication:
    """The application, its translators set for `language` (see `install_translators`)."""
    app = QApplication(list(argv))
    app.setApplicationName("Cramp Timer")
    app.setApplicationVersion(version)
    app.setDesktopFileName(APP_ID)  # the installed desktop entry's name (Wayland app id)
    install_translators(app, language)
    apply_theme(app)
    _SignalQuitter(app)
    return app


def apply_theme(app: QApplication, dim: bool = False) -> None:
    """The night palette (dimmed or not) on ``app``, and every window fitted to it and to
    its screen (see `ui.fitting`)."""
    apply_night_theme(app, dim)
    watch_windows(app)
    refit_all(restyle=True)


def set_dim(dim: bool) -> None:
    """Dim the running application's palette, or not (nothing when it already is)."""
    app = QApplication.instance()
    if isinstance(app, QApplication) and dim != is_dim():
        apply_theme(app, dim)


def quit_on_last_window_closed(quit_: bool) -> None:
    """False while the app lives in the tray: closing the window then only hides it."""
    QApplication.setQuitOnLastWindowClosed(quit_)


def tray_available() -> bool:
    from PySide6.QtWidgets import QSystemTrayIcon

    return QSystemTrayIcon.isSystemTrayAvailable()


# Window and tray icons go up to this size: an X11 window carries every size of its icon
# (_NET_WM_ICON), and the 256 and 512 px ones alone cost 1.3 MiB. Launchers take the
# large sizes from the installed icon theme instead.
WINDOW_ICON_MAX = 128


def set_window_icon(app: QApplication) -> None:
    """After the first paint: the window manager shows it as soon as it is set."""
    app.setWindowIcon(app_icon(WINDOW_ICON_MAX))


def app_icon(max_size: int = WINDOW_ICON_MAX) -> QIcon:
    """The app icon at the shipped PNG sizes up to ``max_size`` (read when drawn)."""
    from PySide6.QtGui import QIcon, QPixmap

    from cramp_timer.storage.resources import icon_theme_files

    icon = QIcon()
    for relative, source in icon_theme_files():
        if not relative.endswith(".png"):
            continue  # the SVG would need Qt's SVG icon plugin; the PNGs go up to 512
        if int(relative.split("x", 1)[0]) > max_size:
            continue
        if isinstance(source, Path):
            icon.addFile(str(source))
        else:  # packed in an archive: read it now
            pixmap = QPixmap()
            pixmap.loadFromData(source.read_bytes())
            icon.addPixmap(pixmap)
    return icon


class _SignalQuitter(QObject):
    """SIGTERM / SIGINT end the app through its normal shutdown (speech worker closed).

    Python runs signal handlers only when it gets control, so the signal's wake-up byte
    goes to a pipe (a socket pair on Windows) that Qt's event loop watches.
    """

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)  # owned by the app: lives exactly as long
        self._app = app
        self._read, self._close = self._channel()
        signal.set_wakeup_fd(self._write_fd)
        for signum in (signal.SIGTERM, signal.SIGINT):
            signal.signal(signum, lambda *_: None)  # the wake-up byte does the work
        self._notifier = QSocketNotifier(self._read_fd, QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._on_signal)
        app.aboutToQuit.connect(self._release)

    def _channel(self) -> tuple[Callable[[], object], Callable[[], None]]:
        if sys.platform == "win32":  # set_wakeup_fd takes only a socket there
            import socket

            reader, writer = socket.socketpair()
            reader.setblocking(False)
            writer.setblocking(False)
            self._read_fd, self._write_fd = reader.fileno(), writer.fileno()

            def close_sockets() -> None:
                reader.close()
                writer.close()

            return lambda: reader.recv(64), close_sockets
        read_fd, write_fd = os.pipe()
        os.set_blocking(read_fd, False)
        os.set_blocking(write_fd, False)
        self._read_fd, self._write_fd = read_fd, write_fd

        def close_pipe() -> None:
            os.close(read_fd)
            os.close(write_fd)

        return lambda: os.read(read_fd, 64), close_pipe

    def _on_signal(self) -> None:
        try:
            self._read()
        except OSError:
            return
        import logging  # not needed at start-up

        logging.getLogger(__name__).info("asked to quit by a signal")
        self._app.quit()

    def _release(self) -> None:
        signal.set_wakeup_fd(-1)
        self._notifier.setEnabled(False)
        self._close()


class _FirstPaint(QObject):
    """Calls back once `window` has painted for the first time."""

    def __init__(self, window: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(window)
        self._window = window
        self._callback: Callable[[], None] | None = callback

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self._callback is not None:
            callback, self._callback = self._callback, None
            self._window.removeEventFilter(self)
            if os.environ.get("CRAMP_TIMER_QUIT_AFTER_FIRST_PAINT"):  # for the benchmark
                print(f"first-paint {time.monotonic():.6f}", flush=True)
            QTimer.singleShot(0, callback)
        return False


def after_first_paint(window: QWidget, callback: Callable[[], None]) -> None:
    """Run `callback` from the event loop right after `window` first paints."""
    window.installEventFilter(_FirstPaint(window, callback))
