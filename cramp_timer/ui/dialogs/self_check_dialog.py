"""Help → Check setup: the self-check report in a read-only dialog.

:class:`SelfCheckDialog` only shows text: ``show_running()`` while a check runs,
``show_report(report)`` when it is done. It emits ``rerun_requested`` for "Check again";
Copy puts the report on the clipboard (to paste into a message to whoever helps).
:class:`BackgroundSelfCheck` runs ``run_self_check`` in a thread, so the window never waits
for it, and emits ``finished(Report)`` on the GUI thread.

Wiring, for the composition root::

    dialog = SelfCheckDialog(window)
    checker = BackgroundSelfCheck(paths, dialog)
    checker.finished.connect(dialog.show_report)
    dialog.rerun_requested.connect(lambda: (dialog.show_running(), checker.start()))
    dialog.show_running(); checker.start(); dialog.open()
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cramp_timer.diagnostics.self_check import Report, format_report, run_self_check
from cramp_timer.storage.paths import AppPaths
from cramp_timer.ui import theme
from cramp_timer.ui.main_window import add_cramp_now


class BackgroundSelfCheck(QObject):
    """Runs the self-check in a worker thread; one run at a time."""

    finished = Signal(object)  # Report

    def __init__(self, paths: AppPaths, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._paths = paths
        self._thread: threading.Thread | None = None

    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self) -> bool:
        """Start a run; False (and nothing happens) while one is still going."""
        if self.running():
            return False
        self._thread = threading.Thread(target=self._run, name="self-check", daemon=True)
        self._thread.start()
        return True

    def wait(self, timeout: float) -> None:
        """For shutdown and tests: wait (bounded) for a run to end."""
        if self._thread is not None:
            self._thread.join(timeout)

    def _run(self) -> None:
        # A signal emitted from this thread reaches GUI-thread slots through the event loop.
        report = run_self_check(self._paths)
        try:
            self.finished.emit(report)
        except RuntimeError:  # the dialog (our parent) was closed before the check ended
            return


class SelfCheckDialog(QDialog):
    rerun_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Check setup"))
        self.setAccessibleName(self.tr("Check setup"))
        layout = QVBoxLayout(self)
        self.cramp_now = add_cramp_now(self, layout, steps_aside=True)

        self.summary = QLabel()
        self.summary.setObjectName("hint")
        self.summary.setWordWrap(True)
        self.summary.setAccessibleDescription(self.tr("The outcome of the check"))
        layout.addWidget(self.summary)

        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.text.setAccessibleName(self.tr("Check report"))
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPixelSize(16)
        self.text.setFont(font)
        # The app's style sheet sets a font size for every widget: name the family here too.
        self.text.setStyleSheet(
            f"QPlainTextEdit {{ background: {theme.SURFACE}; color: {theme.TEXT};"
            f" border: 1px solid {theme.BORDER}; font-family: '{font.family()}', monospace;"
            f" font-size: 16px; selection-background-color: {theme.BORDER};"
            f" selection-color: {theme.ACCENT_TEXT}; }}"
        )
        layout.addWidget(self.text, 1)

        buttons = QDialogButtonBox()
        self.copy = QPushButton(self.tr("&Copy"))
        self.copy.setAccessibleName(self.tr("Copy the report"))
        self.again = QPushButton(self.tr("Check &again"))
        self.again.setAccessibleName(self.tr("Check again"))
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setAccessibleName(self.tr("Close"))
        buttons.addButton(self.copy, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.again, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        layout.addWidget(buttons)
        self.copy.clicked.connect(self.copy_report)
        self.again.clicked.connect(self.rerun_requested)
        self.close_button.clicked.connect(self.reject)
        self.close_button.setDefault(True)
        self.resize(1000, 600)

    def show_running(self) -> None:
        self.summary.setText(self.tr("Checking this computer. This takes a few seconds."))
        self.text.setPlainText("")
        self.copy.setEnabled(False)
        self.again.setEnabled(False)

    def show_report(self, report: Report) -> None:
        if report.ok:
            self.summary.setText(self.tr("Cramp Timer can do its job on this computer."))
        else:
            self.summary.setText(
                self.tr(
                    "Something needs fixing before Cramp Timer can work. Each FAIL line says how."
                )
            )
        self.text.setPlainText(format_report(report))
        self.copy.setEnabled(True)
        self.again.setEnabled(True)
        self.close_button.setFocus()

    def copy_report(self) -> None:
        QGuiApplication.clipboard().setText(self.text.toPlainText())
