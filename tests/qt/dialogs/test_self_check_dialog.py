"""Help → Check setup: the report dialog and the background run, offscreen."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontInfo, QGuiApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from cramp_timer.diagnostics.self_check import Check, Report, Status, format_report
from cramp_timer.storage.paths import AppPaths
from cramp_timer.ui.dialogs.self_check_dialog import BackgroundSelfCheck, SelfCheckDialog
from cramp_timer.ui.qt_app import apply_theme

REPORT = Report(
    checks=(
        Check("Qt platform", Status.OK, "xcb"),
        Check("Sound", Status.WARN, "aplay is missing", "sudo apt install alsa-utils"),
    ),
    seconds=0.4,
)


def make_dialog(qtbot: QtBot) -> SelfCheckDialog:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_theme(app)
    dialog = SelfCheckDialog()
    qtbot.addWidget(dialog)
    return dialog


def test_the_dialog_shows_the_report_in_a_fixed_width_font(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot)
    dialog.show_running()
    assert not dialog.copy.isEnabled()
    assert dialog.text.toPlainText() == ""
    dialog.show_report(REPORT)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.text.toPlainText() == format_report(REPORT)
    assert dialog.text.isReadOnly()
    assert QFontInfo(dialog.text.font()).fixedPitch()
    assert dialog.summary.text() == "Cramp Timer can do its job on this computer."
    failed = Report(checks=(Check("Diary", Status.FAIL, "damaged", "mv a b"),), seconds=0.1)
    dialog.show_report(failed)
    assert dialog.summary.text().startswith("Something needs fixing")


def test_copy_puts_the_report_on_the_clipboard(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot)
    dialog.show_report(REPORT)
    QGuiApplication.clipboard().setText("")
    qtbot.mouseClick(dialog.copy, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == format_report(REPORT)


def test_every_button_has_a_name_and_a_key(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot)
    for button in (dialog.copy, dialog.again, dialog.close_button):
        assert button.accessibleName()
    assert "&" in dialog.copy.text() and "&" in dialog.again.text()
    dialog.show_report(REPORT)
    with qtbot.waitSignal(dialog.rerun_requested, timeout=1000):
        qtbot.mouseClick(dialog.again, Qt.MouseButton.LeftButton)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_the_background_check_reports_on_the_gui_thread(qtbot: QtBot) -> None:
    paths = AppPaths.default()
    dialog = make_dialog(qtbot)
    checker = BackgroundSelfCheck(paths, dialog)
    checker.finished.connect(dialog.show_report)
    dialog.show_running()
    # Waiting for real helper processes to answer (bounded), not timing anything.
    with qtbot.waitSignal(checker.finished, timeout=30_000) as blocker:
        assert checker.start()
        assert not checker.start()  # one run at a time
    report = blocker.args[0]
    assert isinstance(report, Report)
    assert [c.name for c in report.checks][:2] == ["Qt platform", "System tray"]
    assert dialog.text.toPlainText() == format_report(report)
    checker.wait(5.0)
    assert not checker.running()
