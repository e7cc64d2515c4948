"""A window fits its screen: a hidden tab of wrapped text does not make the tab on screen
smaller (`StackPage`), and the tab that needs the room still gets it."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QDialog, QLabel, QTabWidget, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from cramp_timer.ui.fitting import StackPage, fit_to_screen
from cramp_timer.ui.qt_app import apply_theme

LONG = "A line of advice that wraps, and wraps again, on a small screen. " * 60


def dialog_with_tabs(qtbot: QtBot, second: QWidget) -> tuple[QDialog, QTabWidget]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_theme(app)
    dialog = QDialog()
    qtbot.addWidget(dialog)
    tabs = QTabWidget()
    QVBoxLayout(dialog).addWidget(tabs)
    first = QLabel("Short, and wrapped")  # a page of wrapped text on screen: then Qt asks
    first.setWordWrap(True)              # every page, hidden ones too, for its height
    tabs.addTab(first, "First")
    text = QLabel(LONG)
    text.setWordWrap(True)
    QVBoxLayout(second).addWidget(text)
    tabs.addTab(second, "Second")
    screen = dialog.screen().availableGeometry()
    dialog.resize(min(500, screen.width() - 40), 300)
    fit_to_screen(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog, tabs


def settle(qtbot: QtBot) -> None:
    for _ in range(5):
        qtbot.wait(1)  # the fit runs from the event loop (one fit for many changes)


def test_a_hidden_tab_of_wrapped_text_leaves_the_tab_on_screen_full_size(
        qtbot: QtBot) -> None:
    dialog, tabs = dialog_with_tabs(qtbot, StackPage())
    settle(qtbot)
    fit = fit_to_screen(dialog)
    assert fit.scale == 1.0
    tabs.setCurrentIndex(1)  # the long text needs the room: smaller now
    settle(qtbot)
    assert fit.scale < 1.0
    tabs.setCurrentIndex(0)  # and full size again
    settle(qtbot)
    assert fit.scale == 1.0


def test_a_plain_page_would_count_while_hidden(qtbot: QtBot) -> None:
    """What StackPage is for: Qt asks a hidden plain page for its height too."""
    dialog, _tabs = dialog_with_tabs(qtbot, QWidget())
    settle(qtbot)
    assert fit_to_screen(dialog).scale < 1.0
