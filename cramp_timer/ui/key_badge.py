"""The key that does what a button does, shown small in the button's lower right corner.

`show_key(button, "P")` paints it after the button paints itself (an event filter, so
any button, made anywhere, can carry one); the button's text, accessible name and size
stay as they were. The badge is in the theme's dim text colour and a little over half
the button's font size (never under 10 px), so it follows the window's scale and Dim.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QAbstractButton

from cramp_timer.ui import theme

KEY_PROPERTY = "shownKey"  # the key a button shows (for tests and screen walks)


class _Badge(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.Paint or not isinstance(watched, QAbstractButton):
            return False
        assert isinstance(event, QPaintEvent)
        watched.paintEvent(event)  # the button as usual, then its key over it
        key = str(watched.property(KEY_PROPERTY) or "")
        if key:
            paint_key(watched, key)
        return True


def paint_key(button: QAbstractButton, key: str) -> None:
    painter = QPainter(button)
    font = button.font()
    size = font.pixelSize() if font.pixelSize() > 0 else round(font.pointSizeF() * 4 / 3)
    font.setPixelSize(max(10, round(size * 0.55)))
    font.setWeight(font.Weight.Normal)
    painter.setFont(font)
    colours = theme.palette()
    accent = button.objectName() in ("crampNow", "bigAccent", "dialogCrampNow")
    painter.setPen(QColor(colours.accent_text if accent else colours.text_dim))
    inset = max(4, min(button.height(), button.width()) // 8)
    area = QRect(0, 0, button.width() - inset - 4, button.height() - inset // 2 - 2)
    painter.drawText(area, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom), key)
    painter.end()


def show_key(button: QAbstractButton, key: str) -> None:
    """Show ``key`` on ``button`` ("" hides it)."""
    badge = button.findChild(_Badge)
    if badge is None:
        badge = _Badge(button)
        button.installEventFilter(badge)
    button.setProperty(KEY_PROPERTY, key)
    button.update()
