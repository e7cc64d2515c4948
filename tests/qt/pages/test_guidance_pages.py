"""The Tips and Warning signs pages, offscreen, in the night theme."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QMainWindow, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from cramp_timer.core.guidance import Guide, tips, warning_signs
from cramp_timer.ui.pages.guidance_pages import GuidePage, TipsPage, WarningSignsPage

PAGES = [(TipsPage, tips), (WarningSignsPage, warning_signs)]
IDS = ["tips", "warning-signs"]


pytestmark = pytest.mark.usefixtures("night_theme")  # its font sizes decide the wrapping


class Host(QMainWindow):
    """Stands in for the main window: Esc is its "stop" shortcut, Space its "start" key."""

    def __init__(self, page: QWidget) -> None:
        super().__init__()
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.addWidget(page)
        self.setCentralWidget(central)
        self.stops = 0
        self.keys: list[int] = []
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self._stop)

    def _stop(self) -> None:
        self.stops += 1

    def keyPressEvent(self, event: QKeyEvent) -> None:
        self.keys.append(event.key())
        event.accept()


Show = Callable[..., Host]


@pytest.fixture
def show(qtbot: QtBot) -> Iterator[Show]:
    """Put a page in a host window of the given size, shown, with the text focused."""
    hosts: list[Host] = []  # held until the test ends, so Python keeps the windows

    def shown(page: GuidePage, width: int = 560, height: int = 680) -> Host:
        host = Host(page)
        hosts.append(host)
        qtbot.addWidget(host)
        host.resize(width, height)
        host.show()
        qtbot.waitExposed(host)
        host.activateWindow()
        qtbot.waitUntil(lambda: page.scroll_area.hasFocus())
        return host

    yield shown
    hosts.clear()


def texts(guide: Guide) -> list[str]:
    return [t for s in guide.sections for t in (s.heading, *s.items)]


@pytest.mark.parametrize(("page_class", "content"), PAGES, ids=IDS)
def test_the_page_shows_every_heading_and_item(
    show: Show, page_class: type[GuidePage], content: Callable[[], Guide]
) -> None:
    page = page_class()
    show(page)
    assert page.title.text() == content().title
    assert [label.text() for label in page.texts] == texts(content())
    assert all(label.isVisibleTo(page) for label in page.texts)
    headings = [label for label in page.texts if label.objectName() == "guideHeading"]
    items = [label for label in page.texts if label.objectName() == "guideItem"]
    assert len(headings) == len(content().sections)
    assert headings[0].font().pixelSize() > items[0].font().pixelSize() >= 20


@pytest.mark.parametrize(("page_class", "content"), PAGES, ids=IDS)
def test_back_button_and_escape_both_ask_to_go_back(
    qtbot: QtBot, show: Show, page_class: type[GuidePage], content: Callable[[], Guide]
) -> None:
    page = page_class()
    host = show(page)
    with qtbot.waitSignal(page.back_requested, timeout=0):
        qtbot.mouseClick(page.back_button, Qt.MouseButton.LeftButton)
    page.scroll_area.setFocus()
    with qtbot.waitSignal(page.back_requested, timeout=0):
        qtbot.keyClick(page.scroll_area, Qt.Key.Key_Escape)
    # the window's own Esc shortcut (stop) does not also fire, nor steal the key
    assert host.stops == 0


def test_escape_elsewhere_still_reaches_the_window_shortcut(qtbot: QtBot, show: Show) -> None:
    page = TipsPage()
    host = show(page)
    page.hide()
    host.setFocus()
    qtbot.keyClick(host, Qt.Key.Key_Escape)
    assert host.stops == 1


def test_space_and_enter_are_left_for_the_window(qtbot: QtBot, show: Show) -> None:
    # Space or Enter is "Cramp now" in the main window; a guidance page must not eat it
    page = WarningSignsPage()
    host = show(page)
    qtbot.keyClick(page.scroll_area, Qt.Key.Key_Space)
    qtbot.keyClick(page.scroll_area, Qt.Key.Key_Return)
    assert host.keys == [Qt.Key.Key_Space, Qt.Key.Key_Return]


def test_keys_scroll_the_text(qtbot: QtBot, show: Show) -> None:
    page = TipsPage()
    show(page)
    bar = page.scroll_area.verticalScrollBar()
    assert bar.maximum() > 0 and bar.value() == 0
    qtbot.keyClick(page.scroll_area, Qt.Key.Key_Down)
    after_arrow = bar.value()
    assert after_arrow > 0
    qtbot.keyClick(page.scroll_area, Qt.Key.Key_PageDown)
    assert bar.value() >= after_arrow + bar.pageStep() // 2
    qtbot.keyClick(page.scroll_area, Qt.Key.Key_End)
    assert bar.value() == bar.maximum()
    qtbot.keyClick(page.scroll_area, Qt.Key.Key_PageUp)
    assert bar.value() < bar.maximum()
    qtbot.keyClick(page.scroll_area, Qt.Key.Key_Home)
    assert bar.value() == 0


def test_showing_again_starts_at_the_top_with_focus_on_the_text(qtbot: QtBot, show: Show) -> None:
    page = TipsPage()
    show(page)
    bar = page.scroll_area.verticalScrollBar()
    bar.setValue(bar.maximum())
    page.back_button.setFocus()
    page.hide()
    page.show()
    assert bar.value() == 0
    qtbot.waitUntil(lambda: page.scroll_area.hasFocus())


@pytest.mark.parametrize(("page_class", "content"), PAGES, ids=IDS)
def test_controls_are_named_and_text_labels_are_not(
    show: Show, page_class: type[GuidePage], content: Callable[[], Guide]
) -> None:
    page = page_class()
    show(page)
    assert page.scroll_area.accessibleName() == content().title
    assert page.scroll_area.accessibleDescription()
    assert page.back_button.accessibleName() == "Back"
    labels = page.findChildren(QLabel)
    assert len(labels) == len(page.texts) + 1
    assert [label.accessibleName() for label in labels] == [""] * len(labels)


@pytest.mark.parametrize(("page_class", "content"), PAGES, ids=IDS)
@pytest.mark.parametrize("size", [(560, 680), (360, 420)], ids=["560", "360"])
def test_text_wraps_to_the_width_without_a_sideways_scrollbar(
    show: Show, page_class: type[GuidePage], content: Callable[[], Guide], size: tuple[int, int]
) -> None:
    page = page_class()
    host = show(page, *size)
    assert host.width() == size[0]
    viewport = page.scroll_area.viewport().width()
    assert not page.scroll_area.horizontalScrollBar().isVisible()
    assert page.scroll_area.widget().width() <= viewport
    for label in page.texts:
        assert label.width() <= viewport
        assert label.height() >= label.heightForWidth(label.width())  # nothing cut off
    assert page.back_button.isVisible()
    assert page.scroll_area.height() >= size[1] // 3  # the text, not the chrome, has the room


def test_a_small_window_sets_the_text_one_size_smaller(qtbot: QtBot, show: Show) -> None:
    page = WarningSignsPage()
    host = show(page)
    item = page.texts[1]
    large = item.font().pixelSize()
    host.resize(360, 420)
    qtbot.waitUntil(lambda: item.font().pixelSize() < large)
    host.resize(560, 680)
    qtbot.waitUntil(lambda: item.font().pixelSize() == large)


class Upper(QTranslator):
    """A stand-in translation: every "guidance" string in capitals."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        return source.upper() if context == "guidance" else ""


def test_the_page_shows_the_installed_translation(qtbot: QtBot) -> None:
    translator = Upper()
    assert QCoreApplication.installTranslator(translator)
    try:
        page = WarningSignsPage()
    finally:
        QCoreApplication.removeTranslator(translator)
    assert page.title.text() == "WARNING SIGNS"
    assert page.texts[0].text() == warning_signs().sections[0].heading.upper()
