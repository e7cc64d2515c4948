"""The Tips and Warning signs pages: large, calm text from `cramp_timer.core.guidance`.

One renderer (`GuidePage`) draws any `Guide`; the two pages only choose which. A page
emits `back_requested` from its Back button or from Esc; it never decides where "back" is.
Space and Enter are left alone, so they still reach the main window (Cramp now).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from cramp_timer.core.guidance import Guide, Section, tips, warning_signs

COMPACT_WIDTH = 460  # page width in pixels below which the text is set one size smaller


def _text(text: str, object_name: str) -> QLabel:
    """A fixed, word-wrapped paragraph. No accessible name: readers read the text itself."""
    label = QLabel(text)
    label.setObjectName(object_name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


class GuidePage(QWidget):
    """A title, a scrolling column of sections, and a Back button."""

    back_requested = Signal()

    def __init__(self, guide: Guide, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.guide = guide
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)

        self.title = _text(guide.title, "guideTitle")
        layout.addWidget(self.title)

        self.scroll_area = QScrollArea()
        self.scroll_area.setObjectName("guideScroll")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.scroll_area.setAccessibleName(guide.title)
        self.scroll_area.setAccessibleDescription(
            self.tr("Scroll with the arrow keys or Page Up and Page Down. Esc goes back.")
        )
        body = QWidget()
        body.setObjectName("guideBody")
        column = QVBoxLayout(body)
        column.setContentsMargins(6, 8, 12, 16)
        column.setSpacing(28)
        self.texts: list[QLabel] = []
        for section in guide.sections:
            column.addWidget(self._section(section))
        column.addStretch(1)
        self.scroll_area.setWidget(body)
        layout.addWidget(self.scroll_area, 1)

        row = QHBoxLayout()
        self.back_button = QPushButton(self.tr("Back"))
        self.back_button.setAccessibleName(self.tr("Back"))
        self.back_button.setObjectName("guideBack")
        self.back_button.setToolTip(self.tr("Back to the timer (Esc)"))
        self.back_button.clicked.connect(self.back_requested.emit)
        row.addWidget(self.back_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.setFocusProxy(self.scroll_area)

    def _section(self, section: Section) -> QWidget:
        box = QFrame()
        box.setObjectName("guideUrgent" if section.urgent else "guideSection")
        lines = QVBoxLayout(box)
        margin = 14 if section.urgent else 0
        lines.setContentsMargins(margin, margin, margin, margin)
        lines.setSpacing(12)
        heading = _text(section.heading, "guideHeading")
        lines.addWidget(heading)
        self.texts.append(heading)
        for item in section.items:
            label = _text(item, "guideItem")
            lines.addWidget(label)
            self.texts.append(label)
        return box

    # -- size ------------------------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:
        """Below COMPACT_WIDTH the text steps down a size, so a small window still shows
        a useful amount of it; the theme holds both sizes."""
        super().resizeEvent(event)
        compact = self.width() < COMPACT_WIDTH
        if self.property("compact") != compact:
            self.setProperty("compact", compact)
            for label in (self.title, *self.texts):
                label.style().unpolish(label)
                label.style().polish(label)

    # -- keys ------------------------------------------------------------------------
    def event(self, event: QEvent) -> bool:
        # Esc here means "back", not the main window's Esc shortcut (stop): claim it
        # before shortcuts are matched, so it arrives as a key press below.
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
        ):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        bar = self.scroll_area.verticalScrollBar()
        if event.key() == Qt.Key.Key_Escape:
            self.back_requested.emit()
        elif event.key() == Qt.Key.Key_Home:
            bar.setValue(bar.minimum())
        elif event.key() == Qt.Key.Key_End:
            bar.setValue(bar.maximum())
        else:
            super().keyPressEvent(event)  # ignored: Space and Enter go on to the window
            return
        event.accept()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.scroll_area.verticalScrollBar().setValue(0)
        self.scroll_area.setFocus(Qt.FocusReason.OtherFocusReason)


class TipsPage(GuidePage):
    """Prevention tips, cramp versus restless legs, and when to see a doctor."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(tips(), parent)


class WarningSignsPage(GuidePage):
    """The red flags that need a doctor now."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(warning_signs(), parent)
